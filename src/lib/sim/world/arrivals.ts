/**
 * Orders arriving each day: the scenario's scripted orders, then orders drawn from its demand
 * profile with the world's seeded generator. A seeded share carries a planted error that
 * validation should catch.
 */
import { activeSeverity } from './disruptions';
import { ediMessage } from './documents';
import type { WorldDraft } from './draft';
import { INITIAL_ORDER_STATE, note } from './lifecycle';
import { customerPrice, orderId, round2 } from './lookup';
import type { Scenario, ScenarioCustomer } from './scenario';
import type { Order, PlantedError, WorldEvent } from './types';

type Draft = { sku: string; qty: number; price: number };

/** Incoterms 2020 rules under which the seller delivers at origin (E, F and C rules). */
const ORIGIN_RULES = new Set(['EXW', 'FCA', 'FAS', 'FOB', 'CPT', 'CIP', 'CFR', 'CIF']);

function pickWeighted<T>(draft: WorldDraft, entries: [T, number][]): T {
	const total = entries.reduce((s, [, w]) => s + w, 0);
	let u = draft.random() * total;
	for (const [value, weight] of entries) {
		u -= weight;
		if (u < 0) return value;
	}
	return entries[entries.length - 1][0];
}

function shipToOf(customer: ScenarioCustomer): string {
	return `${customer.name}, receiving dock`;
}

/**
 * How much a customer inflates its order in the rationing game: after getting a share s of
 * what it asked under pro-rata allocation, it asks for 1/s times what it needs (at most
 * double), so the same rule gives it what it really wanted. Nothing while the rule is not
 * pro-rata or the scenario leaves the game out.
 */
export function inflation(draft: WorldDraft, customerId: string): number {
	const share = draft.fields.shorted[customerId];
	if (!draft.scenario.demand.rationingGame || share === undefined || share >= 1) return 1;
	if (draft.fields.policy.allocationRule !== 'pro-rata') return 1;
	return Math.min(2, 1 / Math.max(0.5, share));
}

/** Rounds a quantity up to the item's pack multiple. */
function inPacks(qty: number, pack: number): number {
	return Math.max(pack, Math.ceil(Math.round(qty) / pack) * pack);
}

/** The planted errors that make sense for an order, in a fixed order. */
function applicableErrors(scenario: Scenario, lines: Draft[]): PlantedError[] {
	const errors: PlantedError[] = ['unknown-sku', 'stale-price', 'missing-ship-to', 'keying-error'];
	const packed = lines.some(
		(l) => (scenario.catalog.find((i) => i.sku === l.sku)?.packMultiple ?? 1) > 1
	);
	return packed ? [...errors, 'pack-multiple'] : errors;
}

/** The order as captured: the intended lines with the planted errors applied. */
function capture(
	scenario: Scenario,
	customer: ScenarioCustomer,
	lines: Draft[],
	shipTo: string,
	errors: PlantedError[]
) {
	const captured = lines.map((l) => ({ ...l }));
	let capturedShipTo: string | null = shipTo;
	for (const error of errors) {
		const first = captured[0];
		switch (error) {
			case 'unknown-sku': {
				// A transposed or mistyped code that matches no catalog item.
				let typo = first.sku.endsWith('0') ? `${first.sku.slice(0, -1)}O` : `${first.sku}X`;
				while (scenario.catalog.some((i) => i.sku === typo)) typo += 'X';
				first.sku = typo;
				break;
			}
			case 'pack-multiple':
				first.qty += 1;
				break;
			case 'stale-price':
				// Last season's price, about 6 % below the current list.
				first.price = round2(first.price * 0.94);
				break;
			case 'missing-ship-to':
				capturedShipTo = null;
				break;
			case 'keying-error': {
				// An extra zero; the order system prices what was keyed.
				first.qty *= 10;
				const item = scenario.catalog.find((i) => i.sku === first.sku);
				if (item) first.price = customerPrice(customer, item, first.qty);
				break;
			}
		}
	}
	return { lines: captured, shipTo: capturedShipTo };
}

function enter(
	draft: WorldDraft,
	customer: ScenarioCustomer,
	lines: Draft[],
	requestedDay: number,
	errors: PlantedError[],
	events: WorldEvent[]
) {
	const day = draft.day;
	const index = draft.orders.size;
	const shipTo = shipToOf(customer);
	const captured = capture(draft.scenario, customer, lines, shipTo, errors);
	const order: Order = {
		id: orderId(index),
		index,
		customerId: customer.id,
		channel: customer.channel,
		enteredDay: day,
		requestedDay,
		shipTo: captured.shipTo,
		lines: captured.lines.map((l) => ({
			...l,
			allocated: 0,
			shipped: 0,
			firstShipped: null,
			node: null,
			pinned: false,
			method: 'stock' as const
		})),
		intended: { errors, lines: lines.map((l) => ({ ...l })), shipTo },
		findings: [],
		acknowledged: [],
		escaped: [],
		changeRequest: null,
		shortClosed: false,
		state: { ...INITIAL_ORDER_STATE },
		promise: null,
		shipments: [],
		invoices: [],
		costToServe: 0,
		backordered: false,
		timeline: [],
		closedDay: null,
		settled: false,
		notifiedDay: null,
		touches: 0,
		riskPoint: customer.incoterm && ORIGIN_RULES.has(customer.incoterm) ? 'origin' : 'destination',
		documents: null,
		edi: [],
		inquiries: 0,
		lastInquiryDay: null
	};
	note(
		order,
		day,
		'order.entered',
		`Received by ${customer.channel.toUpperCase()} from ${customer.name}.`
	);
	ediMessage(draft, order, '850', 'Purchase order received.');
	draft.addOrder(order);
	events.push({ type: 'order.entered', orderId: order.id, day });
}

/** Adds the day's orders to the draft world. */
export function receiveOrders(draft: WorldDraft, events: WorldEvent[]): void {
	const scenario = draft.scenario;
	const day = draft.day;
	const customers = new Map(scenario.customers.map((c) => [c.id, c]));

	for (const scripted of scenario.scriptedOrders) {
		if (scripted.day !== day) continue;
		const customer = customers.get(scripted.customer)!;
		const lines = scripted.lines.map((l) => {
			const item = scenario.catalog.find((i) => i.sku === l.sku)!;
			return { sku: l.sku, qty: l.qty, price: customerPrice(customer, item, l.qty) };
		});
		enter(draft, customer, lines, scripted.requestedDay, scripted.errors, events);
	}

	const profile = scenario.demand;
	const planned = Array.isArray(profile.ordersPerDay)
		? profile.ordersPerDay[day - 1]
		: profile.ordersPerDay;
	// A demand spike raises the day's order rate; a data-quality incident its error rate.
	const rate = planned * (1 + activeSeverity(draft.fields, 'demand-spike', day));
	const errorRate = Math.min(
		1,
		profile.errorRate + 0.5 * activeSeverity(draft.fields, 'data-quality', day)
	);
	const vmi = draft.fields.policy.vmiCustomer;
	const count = Math.floor(rate) + (draft.random() < rate - Math.floor(rate) ? 1 : 0);
	const itemWeights = Object.entries(profile.items).filter(([, w]) => w > 0);
	const customerWeights: [ScenarioCustomer, number][] = scenario.customers.map((c) => [
		c,
		profile.customerWeights[c.id] ?? (Object.keys(profile.customerWeights).length ? 0 : 1)
	]);
	const usable = customerWeights.filter(([, w]) => w > 0);
	if (!itemWeights.length || !usable.length) return;

	for (let n = 0; n < count; n++) {
		const customer = pickWeighted(draft, usable);
		// Under vendor-managed inventory the company plans this customer's replenishment: steady
		// quantities, ordered ahead, with no keying errors.
		const managed = customer.id === vmi;
		const lineCount = Math.min(
			draft.randomInt(profile.linesPerOrder[0], profile.linesPerOrder[1]),
			itemWeights.length
		);
		const remaining = [...itemWeights];
		const lines: Draft[] = [];
		for (let l = 0; l < lineCount; l++) {
			const sku = pickWeighted(draft, remaining);
			remaining.splice(
				remaining.findIndex(([s]) => s === sku),
				1
			);
			const item = scenario.catalog.find((i) => i.sku === sku)!;
			const drawn = draft.randomInt(profile.lineQty[0], profile.lineQty[1]);
			const qty = inPacks(
				managed ? Math.round(customer.averageLineQty) : drawn * inflation(draft, customer.id),
				item.packMultiple
			);
			lines.push({ sku, qty, price: customerPrice(customer, item, qty) });
		}
		const lead = draft.randomInt(profile.requestedLeadDays[0], profile.requestedLeadDays[1]);
		// Replenishment the company plans itself is ordered ahead of need.
		const requestedDay = day + (managed ? lead + 3 : lead);
		const errors: PlantedError[] = [];
		const keyed = draft.random() < errorRate;
		if (keyed && !managed) {
			const options = applicableErrors(scenario, lines);
			errors.push(options[draft.randomInt(0, options.length - 1)]);
		}
		enter(draft, customer, lines, requestedDay, errors, events);
	}
}
