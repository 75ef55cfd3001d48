/**
 * Sensible default decisions, so a scenario can run headless and a learner's open decisions
 * can be filled in. `autopilot` looks at the world as it is and returns the next round of
 * commands; `runAutopilot` applies rounds until nothing is left to decide today.
 *
 * Its habits: validate everything; correct findings with the customer (or, in the careless
 * style, wave them through); promise from ATP; allocate on the promised ship day, rationing
 * by the policy's rule when due orders want more than is free; ship complete, or in part
 * when policy and customer allow and the rest cannot be allocated.
 */
import { troubleSince } from './communication';
import { missingDocuments } from './documents';
import { freeUnits, fullyAllocated, lineNeed, mayShipPartial } from './fulfilment';
import { isPastTheDesk } from './lifecycle';
import { customerOf, itemOf, lineNode } from './lookup';
import { vecForEach, vecGet } from './pvec';
import { step } from './step';
import type {
	Command,
	Disposition,
	FindingCode,
	Order,
	Policy,
	ReturnRecord,
	World
} from './types';

export type AutopilotStyle = {
	/** Correct findings with the customer (true) or wave them through with a release (false). */
	correctFindings: boolean;
	/** Release credit holds (true) or leave them for credit to decide (false). */
	releaseCreditHolds: boolean;
	/** Accept customers' change requests (true) or decline them. */
	acceptChanges: boolean;
	/**
	 * Returns: `screen` authorizes what the policy allows and denies the rest, then gives
	 * each return the disposition its inspection supports; `accept-all` takes everything back
	 * and restocks what it can, scrapping the rest.
	 */
	returns: 'screen' | 'accept-all';
	/** Act on exceptions: expedite or substitute for stockouts, tell customers about delays. */
	resolveExceptions: boolean;
	/**
	 * Documents: `prepare` readies every document an order needs once it is promised;
	 * `minimal` only what stops a shipment leaving (dangerous goods declaration, export
	 * license), so export paperwork is missing at customs.
	 */
	documents: 'prepare' | 'minimal';
	/** Tell customers proactively when an order is late, delayed or held. */
	notify: boolean;
};

export const DEFAULT_STYLE: AutopilotStyle = {
	correctFindings: true,
	releaseCreditHolds: true,
	acceptChanges: true,
	returns: 'screen',
	resolveExceptions: false,
	documents: 'prepare',
	notify: false
};

/**
 * The two policies every debrief compares a learner's run with, on the same seed.
 * `do-nothing` accepts everything as it comes: findings waved through, first come first
 * served, every return taken back, no exception handled. `good-practice` corrects findings
 * with the customer, allocates by priority, screens returns and works its exceptions.
 */
export const REFERENCE_POLICIES = {
	'do-nothing': {
		style: {
			correctFindings: false,
			releaseCreditHolds: true,
			acceptChanges: true,
			returns: 'accept-all',
			resolveExceptions: false,
			documents: 'minimal',
			notify: false
		},
		policy: { allocationRule: 'fcfs' }
	},
	'good-practice': {
		style: {
			correctFindings: true,
			releaseCreditHolds: true,
			acceptChanges: true,
			returns: 'screen',
			resolveExceptions: true,
			documents: 'prepare',
			notify: true
		},
		policy: { allocationRule: 'priority' }
	}
} as const satisfies Record<string, { style: AutopilotStyle; policy: Partial<Policy> }>;

export type ReferencePolicy = keyof typeof REFERENCE_POLICIES;

const CORRECTABLE: FindingCode[] = [
	'unknown-sku',
	'bad-quantity',
	'price-mismatch',
	'missing-ship-to',
	'abnormal-demand'
];

function decide(world: World, order: Order, style: AutopilotStyle): Command | null {
	const id = order.id;
	const s = order.state.fulfilment;
	if (isPastTheDesk(order)) return null;
	if (order.changeRequest && (s === 'confirmed' || s === 'allocated')) {
		return { type: 'order.change', orderId: id, accept: style.acceptChanges };
	}
	// Under automation the rules engine takes clean orders through at day end: leave them.
	const rules = world.policy.automation === 'rules';
	if (s === 'entered') return rules ? null : { type: 'order.validate', orderId: id };
	if (s.startsWith('held.')) {
		const fixable = order.findings.find((f) => CORRECTABLE.includes(f.code));
		// An unknown item cannot be waved through: nobody could pick it.
		if (fixable && (style.correctFindings || fixable.code === 'unknown-sku')) {
			return { type: 'order.correct', orderId: id, code: fixable.code };
		}
		if (s === 'held.credit' && !style.releaseCreditHolds) return null;
		return { type: 'order.release', orderId: id };
	}
	if (s === 'validated') return rules ? null : { type: 'order.promise', orderId: id };
	if (needsDocuments(world, order, style)) return { type: 'order.document', orderId: id };
	if (style.notify && shouldNotify(order, world.day)) return { type: 'order.notify', orderId: id };
	const due = order.promise !== null && order.promise.shipDay <= world.day;
	if (s === 'allocated' && due && fullyAllocated(order))
		return rules ? null : { type: 'order.ship', orderId: id };
	return null;
}

/**
 * Orders due to ship that still need stock, grouped by the node and item they draw on, in
 * order number order. Drop-shipped lines need no stock of ours: they are allocated at once.
 */
function allocationCommands(world: World): Command[] {
	const wanting = new Map<string, { nodeId: string; sku: string; orders: Order[] }>();
	const direct: Order[] = [];
	vecForEach(
		world.orders,
		(order) => {
			const s = order.state.fulfilment;
			if (s !== 'confirmed' && s !== 'allocated' && s !== 'shipped.partial') return;
			if (!order.promise || order.promise.shipDay > world.day || order.changeRequest) return;
			const tier = customerOf(world, order.customerId).tier;
			order.lines.forEach((line, i) => {
				if (lineNeed(order, i) === 0) return;
				if (line.method === 'drop-ship') {
					if (!direct.includes(order)) direct.push(order);
					return;
				}
				const nodeId = lineNode(world, order, i);
				if (
					freeUnits(
						world.nodes[nodeId].stock[line.sku],
						world.policy,
						tier,
						itemOf(world, line.sku)
					) === 0
				)
					return;
				const key = `${nodeId}|${line.sku}`;
				const group = wanting.get(key);
				if (group) group.orders.push(order);
				else wanting.set(key, { nodeId, sku: line.sku, orders: [order] });
			});
		},
		world.openFrom
	);
	const commands: Command[] = [];
	const asked = new Set<string>();
	const allocateEach = (orders: Order[]) => {
		for (const o of orders) {
			if (asked.has(o.id)) continue;
			asked.add(o.id);
			commands.push({ type: 'order.allocate', orderId: o.id });
		}
	};
	for (const { nodeId, sku, orders } of wanting.values()) {
		const need = orders.reduce(
			(sum, o) =>
				sum +
				o.lines.reduce(
					(n, l, i) => n + (l.sku === sku && lineNode(world, o, i) === nodeId ? lineNeed(o, i) : 0),
					0
				),
			0
		);
		const free = freeUnits(world.nodes[nodeId].stock[sku], world.policy, 'strategic');
		// Orders the stock covers are the rules engine's under automation; shortages are ours.
		if (world.policy.automation === 'rules' && need <= free) continue;
		if (need > free && orders.length > 1) {
			commands.push({
				type: 'allocation.run',
				sku,
				orderIds: orders.map((o) => o.id),
				rule: world.policy.allocationRule
			});
		} else allocateEach(orders);
	}
	allocateEach(direct);
	return commands;
}

/** One round of decisions for today: each open order's next step, then allocations. */
export function autopilot(world: World, style: AutopilotStyle = DEFAULT_STYLE): Command[] {
	if (world.ended) return [];
	const commands: Command[] = [];
	vecForEach(
		world.orders,
		(order) => {
			const command = decide(world, order, style);
			if (command) commands.push(command);
		},
		world.openFrom
	);
	return [...commands, ...allocationCommands(world)];
}

/** Due orders that cannot be completed today and may ship in part. */
function partialShipments(world: World): Command[] {
	const commands: Command[] = [];
	vecForEach(
		world.orders,
		(o) => {
			if (
				o.state.fulfilment !== 'allocated' ||
				fullyAllocated(o) ||
				!o.promise ||
				o.promise.shipDay > world.day
			)
				return;
			if (mayShipPartial(world.policy, customerOf(world, o.customerId))) {
				commands.push({ type: 'order.ship', orderId: o.id, partial: true });
			}
		},
		world.openFrom
	);
	return commands;
}

function applyAll(world: World, commands: Command[], applied: Command[]) {
	let current = world;
	for (const command of commands) {
		const result = step(current, command);
		if (result.world !== current) {
			current = result.world;
			applied.push(command);
		}
	}
	return current;
}

/** Takes every open order as far as today allows, one order at a time. */
function advanceEachOrder(world: World, style: AutopilotStyle, applied: Command[]): World {
	let current = world;
	for (let i = current.openFrom; i < current.orders.size; i++) {
		for (let guard = 0; guard < 10; guard++) {
			const command = decide(current, vecGet(current.orders, i)!, style);
			if (!command) break;
			const result = step(current, command);
			if (result.world === current) break;
			current = result.world;
			applied.push(command);
		}
	}
	return current;
}

const SHIPPING_DOCUMENTS = new Set(['dangerous-goods-declaration', 'export-license']);

/** Does the order still need documents this style prepares? */
function needsDocuments(world: World, order: Order, style: AutopilotStyle): boolean {
	const s = order.state.fulfilment;
	if (s !== 'confirmed' && s !== 'allocated') return false;
	const missing = missingDocuments(world, order);
	return style.documents === 'prepare'
		? missing.length > 0
		: missing.some((d) => SHIPPING_DOCUMENTS.has(d));
}

/** News the customer has not been told yet. */
function shouldNotify(order: Order, day: number): boolean {
	const since = troubleSince(order, day);
	return since !== null && (order.notifiedDay === null || order.notifiedDay < since - 1);
}

function dispositionFor(rma: ReturnRecord, style: AutopilotStyle): Disposition {
	if (rma.inspection === 'sellable') return 'restock';
	if (style.returns === 'accept-all') return 'scrap';
	return rma.inspection === 'repairable' ? 'refurbish' : 'return-to-vendor';
}

/** The next step for every open return. */
function returnCommands(world: World, style: AutopilotStyle): Command[] {
	const commands: Command[] = [];
	vecForEach(world.returns, (rma) => {
		const returnId = rma.id;
		if (rma.state === 'screened') {
			const take = style.returns === 'accept-all' || rma.screening.allowed;
			commands.push({ type: take ? 'return.authorise' : 'return.deny', returnId });
		} else if (rma.state === 'inspected') {
			commands.push({
				type: 'return.disposition',
				returnId,
				disposition: dispositionFor(rma, style)
			});
		} else if (rma.state.startsWith('dispositioned')) {
			commands.push({ type: 'return.credit', returnId });
		}
	});
	return commands;
}

/** Does the order still need more of the item than is free for it now? */
function stillShort(world: World, orderId: string | null, sku: string | null): boolean {
	const order = orderId ? vecGet(world.orders, Number(orderId.slice(3)) - 1) : undefined;
	if (!order || !sku) return false;
	const tier = customerOf(world, order.customerId).tier;
	return order.lines.some(
		(l, i) =>
			l.sku === sku &&
			lineNeed(order, i) >
				freeUnits(
					world.nodes[lineNode(world, order, i)].stock[sku],
					world.policy,
					tier,
					itemOf(world, sku)
				)
	);
}

/** Will a shipment on the road now arrive after the order's commit date? */
function threatensCommit(world: World, orderId: string | null): boolean {
	const order = orderId ? vecGet(world.orders, Number(orderId.slice(3)) - 1) : undefined;
	if (!order?.promise) return false;
	return order.shipments.some(
		(s) => s.deliveredDay === null && s.plannedDeliveryDay > order.promise!.commitDeliveryDay
	);
}

/**
 * Good practice on exceptions: pull in supply (or ship a substitute) for a stockout, win back
 * a carrier delay that would make an order late, and tell the customer about any delay
 * before the customer has to ask.
 */
function exceptionCommands(world: World): Command[] {
	const commands: Command[] = [];
	for (const e of world.exceptions) {
		if (e.resolvedDay !== null) continue;
		const exceptionId = e.id;
		if (e.kind === 'stockout') {
			// Only for a shortage still real this morning: a receipt may already have cured it.
			if (stillShort(world, e.orderId, e.sku)) {
				commands.push({ type: 'exception.resolve', exceptionId, action: 'expedite' });
				commands.push({ type: 'exception.resolve', exceptionId, action: 'substitute' });
			}
			commands.push({ type: 'exception.resolve', exceptionId, action: 'contact-customer' });
		} else if (e.kind === 'carrier-delay') {
			// Win the days back when the delay would break the commit date, else tell the customer.
			if (threatensCommit(world, e.orderId)) {
				commands.push({ type: 'exception.resolve', exceptionId, action: 'reroute' });
			}
			commands.push({ type: 'exception.resolve', exceptionId, action: 'contact-customer' });
		} else if (e.kind === 'customs-hold') {
			commands.push({ type: 'exception.resolve', exceptionId, action: 'contact-customer' });
		}
	}
	return commands;
}

/**
 * Makes today's decisions: each open order's own steps, then allocation of due orders
 * (rationed by the policy's rule when short), shipping what is complete, and shipping in
 * part what may. Returns the new world and the commands that were accepted, in order.
 */
export function runAutopilot(world: World, style: AutopilotStyle = DEFAULT_STYLE) {
	const applied: Command[] = [];
	if (world.ended) return { world, commands: applied };
	let current = advanceEachOrder(world, style, applied);
	current = applyAll(current, allocationCommands(current), applied);
	current = advanceEachOrder(current, style, applied);
	current = applyAll(current, partialShipments(current), applied);
	// A return moves one step a day at most on its own; run its steps until it stops.
	for (let round = 0; round < 3; round++) {
		const next = applyAll(current, returnCommands(current, style), applied);
		if (next === current) break;
		current = next;
	}
	if (style.resolveExceptions) current = applyAll(current, exceptionCommands(current), applied);
	return { world: current, commands: applied };
}
