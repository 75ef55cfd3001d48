/**
 * `step(world, command)`: the only way a world changes. A valid command returns a new world
 * sharing everything it did not touch with the old one; an invalid command returns the very
 * same world and one `command.rejected` event whose message says what to do instead.
 */
import { receiveOrders } from './arrivals';
import { collectPayments } from './billing';
import { settleCash } from './cash';
import { customerInquiries } from './communication';
import { parseCommand } from './commands';
import { injectDisruption, playScriptedDisruptions } from './disruptions';
import { WorldDraft } from './draft';
import { resolveException, reviewExceptions } from './exceptions';
import {
	deliverShipments,
	rationStock,
	receiveSupply,
	runProduction,
	shipReleased
} from './fulfilment';
import { kpiRow, settleFinalOrders } from './kpi';
import { fire, note, peek } from './lifecycle';
import { orderIndex } from './lookup';
import { handleOrderCommand } from './order-commands';
import { generateReturns, handleReturnCommand, processReturns } from './returns';
import { runRules } from './rules-engine';
import type { Command, Order, StepResult, World, WorldEvent } from './types';

function rejected(world: World, command: unknown, message: string): StepResult {
	const type =
		command && typeof command === 'object' && 'type' in command
			? String((command as { type: unknown }).type)
			: 'unknown';
	return { world, events: [{ type: 'command.rejected', command: type, message }] };
}

export function step(world: World, input: Command): StepResult {
	const check = parseCommand(input);
	if (!check.ok) return rejected(world, input, check.message);
	const command = check.command;
	if (world.ended)
		return rejected(
			world,
			command,
			`The scenario ended on day ${world.day}: no more decisions can be made.`
		);

	const draft = new WorldDraft(world);
	const events: WorldEvent[] = [];
	const error = apply(draft, command, events);
	if (error) return rejected(world, command, error);
	return { world: draft.freeze(), events };
}

function apply(draft: WorldDraft, command: Command, events: WorldEvent[]): string | null {
	switch (command.type) {
		case 'day.advance':
			advanceDay(draft, events);
			return null;
		case 'policy.set': {
			const adjustable = new Set(draft.scenario.adjustablePolicies);
			for (const key of Object.keys(command.policy)) {
				if (!adjustable.has(key as never)) return `This scenario does not let you change ${key}.`;
			}
			draft.fields.policy = { ...draft.fields.policy, ...command.policy };
			return null;
		}
		case 'allocation.run':
			return runAllocation(draft, command);
		case 'disruption.inject':
			return injectDisruption(draft, command, events);
		case 'exception.resolve':
			return resolveException(draft, command.exceptionId, command.action);
		case 'return.authorise':
		case 'return.deny':
		case 'return.credit':
		case 'return.disposition':
			return handleReturnCommand(draft, command);
		default: {
			const index = orderIndex(command.orderId);
			if (!draft.order(index)) return `There is no order ${command.orderId}.`;
			const order = draft.mutableOrder(index);
			const error = handleOrderCommand(draft, order, command);
			// A person decided: the order is no longer touchless.
			if (!error) order.touches++;
			return error;
		}
	}
}

function runAllocation(
	draft: WorldDraft,
	command: Extract<Command, { type: 'allocation.run' }>
): string | null {
	if (!draft.scenario.catalog.some((i) => i.sku === command.sku))
		return `There is no item ${command.sku}.`;
	if (new Set(command.orderIds).size !== command.orderIds.length)
		return 'Each order may appear only once.';
	const orders: Order[] = [];
	for (const id of command.orderIds) {
		const index = orderIndex(id);
		const order = draft.order(index);
		if (!order) return `There is no order ${id}.`;
		if (!peek(order, { type: 'order.allocate' }))
			return `${id} cannot be allocated in its current state (${order.state.fulfilment}).`;
		if (!order.lines.some((l) => l.sku === command.sku && l.qty - l.shipped - l.allocated > 0)) {
			return `${id} needs no more ${command.sku}.`;
		}
		orders.push(draft.mutableOrder(index));
	}
	const rule = command.rule ?? draft.fields.policy.allocationRule;
	const needs = orders.map((o) =>
		o.lines.reduce((n, l) => n + (l.sku === command.sku ? l.qty - l.shipped - l.allocated : 0), 0)
	);
	const shares = rationStock(draft, command.sku, orders, rule);
	if (shares.every((s) => s === 0)) return `There is no free stock of ${command.sku} to allocate.`;
	// Customers remember a pro-rata cut: in the rationing game they order more next time.
	if (rule === 'pro-rata') {
		const shorted = { ...draft.fields.shorted };
		orders.forEach((o, k) => {
			if (needs[k] > 0) shorted[o.customerId] = Math.min(1, shares[k] / needs[k]);
		});
		draft.fields.shorted = shorted;
	}
	orders.forEach((order, k) => {
		if (shares[k] === 0) return;
		fire(order, { type: 'order.allocate' });
		note(
			order,
			draft.day,
			'order.allocated',
			`Allocated ${shares[k]} ${command.sku} by ${rule} rationing.`
		);
	});
	return null;
}

/** Customers of promised orders sometimes ask to change them (a later date or another quantity). */
function customerChanges(draft: WorldDraft) {
	const rate = draft.scenario.demand.changeRate;
	if (rate <= 0) return;
	for (let i = draft.fields.openFrom; i < draft.orders.size; i++) {
		const order = draft.order(i)!;
		const s = order.state.fulfilment;
		if ((s !== 'confirmed' && s !== 'allocated') || order.changeRequest || !order.promise) continue;
		if (order.promise.shipDay <= draft.day || draft.random() >= rate) continue;
		const mutable = draft.mutableOrder(i);
		if (draft.random() < 0.5) {
			mutable.changeRequest = { requestedDay: order.requestedDay + draft.randomInt(2, 4) };
			note(
				mutable,
				draft.day,
				'order.change-requested',
				`The customer asks to move delivery to day ${mutable.changeRequest.requestedDay}.`
			);
		} else {
			const pack =
				draft.scenario.catalog.find((c) => c.sku === order.lines[0].sku)?.packMultiple ?? 1;
			const qty = Math.max(pack, order.lines[0].qty + pack * draft.randomInt(-2, 3));
			mutable.changeRequest = {
				qty: { line: 1, qty: Math.max(qty, order.lines[0].shipped || pack) }
			};
			note(
				mutable,
				draft.day,
				'order.change-requested',
				`The customer asks to change line 1 to ${mutable.changeRequest.qty!.qty} units.`
			);
		}
	}
}

/**
 * Ends the day: under automation the rules engine takes clean orders through; the warehouse
 * ships, shipments arrive, some deliveries come back, payments come in, exceptions are
 * reviewed and the KPIs recorded. Then the next day starts: scripted disruptions strike,
 * receipts arrive, customers ask for changes and new orders come in.
 */
function advanceDay(draft: WorldDraft, events: WorldEvent[]) {
	const day = draft.day;
	if (draft.fields.policy.automation === 'rules') runRules(draft);
	shipReleased(draft);
	runProduction(draft, day + 1);
	generateReturns(draft, deliverShipments(draft));
	processReturns(draft);
	collectPayments(draft);
	settleCash(draft);
	customerInquiries(draft);
	reviewExceptions(draft);
	settleFinalOrders(draft, day);
	draft.fields.kpis = [...draft.fields.kpis, kpiRow(draft.freeze(), day)];
	events.push({ type: 'day.ended', day });
	if (day >= draft.scenario.days) {
		draft.fields.ended = true;
		events.push({ type: 'scenario.ended', day });
		return;
	}
	draft.fields.day = day + 1;
	playScriptedDisruptions(draft, events);
	receiveSupply(draft, day + 1);
	customerChanges(draft);
	receiveOrders(draft, events);
}
