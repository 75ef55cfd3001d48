/**
 * What the order desk shows, derived from a world: pure selectors, so components render
 * and never compute. Every figure here comes from the same functions the world uses.
 */
import { allocate } from '../allocation';
import { cumulativeAtpOf } from '../atp';
import { fillRates } from '../kpis';
import { freeUnits, lineNeed } from './fulfilment';
import { allowedEvents, ORDER_LIFECYCLE } from './lifecycle';
import {
	customerOf,
	horizon,
	itemOf,
	lineNode,
	orderValue,
	primaryNode,
	round2,
	TIER_RANK,
	tierReserveOf
} from './lookup';
import { atpRecord, orderLead, planPromise } from './promising';
import { vecGet, vecToArray } from './pvec';
import { creditExposure } from './validation';
import type { Order, Policy, World } from './types';

export type InboxGroup =
	| 'to-validate'
	| 'on-hold'
	| 'to-promise'
	| 'to-allocate'
	| 'to-ship'
	| 'in-warehouse'
	| 'on-the-road'
	| 'done';

export const INBOX_GROUPS: { id: InboxGroup; label: string }[] = [
	{ id: 'to-validate', label: 'To validate' },
	{ id: 'on-hold', label: 'On hold' },
	{ id: 'to-promise', label: 'To promise' },
	{ id: 'to-allocate', label: 'To allocate' },
	{ id: 'to-ship', label: 'To ship' },
	{ id: 'in-warehouse', label: 'In the warehouse' },
	{ id: 'on-the-road', label: 'Shipped' },
	{ id: 'done', label: 'Delivered or closed' }
];

/** Where an order sits in the inbox: what the desk has to do with it next. */
export function inboxGroup(order: Order): InboxGroup {
	const s = order.state.fulfilment;
	if (s === 'entered') return 'to-validate';
	if (s.startsWith('held.')) return 'on-hold';
	if (s === 'validated') return 'to-promise';
	if (s === 'confirmed' || s === 'shipped.partial') return 'to-allocate';
	if (s === 'allocated') return 'to-ship';
	if (s === 'released' || s === 'picked' || s === 'packed') return 'in-warehouse';
	if (s === 'shipped.complete') return 'on-the-road';
	return 'done';
}

export type InboxRow = {
	id: string;
	customer: string;
	channel: string;
	state: string;
	group: InboxGroup;
	value: number;
	requestedDay: number;
	shipDay: number | null;
	attention: boolean;
};

export function inbox(world: World): InboxRow[] {
	return vecToArray(world.orders).map((order) => {
		const due = order.promise !== null && order.promise.shipDay <= world.day;
		const group = inboxGroup(order);
		return {
			id: order.id,
			customer: customerOf(world, order.customerId).name,
			channel: order.channel,
			state: order.state.fulfilment,
			group,
			value: orderValue(order),
			requestedDay: order.requestedDay,
			shipDay: order.promise?.shipDay ?? null,
			attention:
				order.changeRequest !== null || ((group === 'to-allocate' || group === 'to-ship') && due)
		};
	});
}

export function findOrder(world: World, id: string): Order | undefined {
	const match = /^SO-(\d+)$/.exec(id);
	return match ? vecGet(world.orders, Number(match[1]) - 1) : undefined;
}

/** The decisions the lifecycle allows for this order now, as command types. */
export function availableDecisions(order: Order): string[] {
	const events = new Set(allowedEvents(order));
	const decisions = [
		'order.validate',
		'order.correct',
		'order.release',
		'order.hold',
		'order.promise',
		'order.allocate',
		'order.ship',
		'order.reject',
		'order.cancel'
	];
	const out = decisions.filter((d) => events.has(d));
	if (order.changeRequest && events.has('order.change')) out.push('order.change');
	return out;
}

export function customerFacts(world: World, order: Order) {
	const c = customerOf(world, order.customerId);
	const account = world.accounts[c.id] ?? { receivables: 0, uninvoiced: 0 };
	return {
		name: c.name,
		tier: c.tier,
		channel: c.channel,
		creditLimit: world.creditLimits[c.id] ?? c.creditLimit,
		receivables: round2(account.receivables),
		openOrderValue: round2(account.uninvoiced),
		exposureWithThisOrder: creditExposure(world, order, account),
		terms: c.terms,
		shipPreference: c.shipPreference,
		transitDays: c.transitDays,
		averageLineQty: c.averageLineQty,
		region: c.region,
		pickupNode: c.pickupNode ?? null,
		// CRM facts: what the account's record says about the customer.
		creditRating: c.creditRating,
		pastComplaints: c.pastComplaints,
		orderHistory: c.orderHistory,
		international: c.international,
		incoterm: c.incoterm ?? null,
		/** Where delivery, and the risk, pass to the customer under its Incoterms rule. */
		riskPoint: order.riskPoint
	};
}

/** Stock at every node, item by item: what omnichannel inventory visibility shows. */
export function inventoryByNode(world: World) {
	return world.scenario.nodes.map((n) => ({
		id: n.id,
		name: n.name,
		kind: n.kind,
		region: n.region,
		stock: Object.entries(world.nodes[n.id].stock)
			.map(([sku, s]) => ({
				sku,
				onHand: s.onHand,
				allocated: s.allocated,
				free: Math.max(0, s.onHand - s.allocated)
			}))
			.sort((a, b) => a.sku.localeCompare(b.sku))
	}));
}

export type AtpGridRow = { day: number; receipts: number; promised: number; cumulativeAtp: number };
export type AtpGrid = { sku: string; onHand: number; heldBack: number; rows: AtpGridRow[] };

/** The master schedule record the promise is made from, for each line's item, from today. */
export function atpGrid(
	world: World,
	sku: string,
	days = 10,
	tier = 'strategic',
	nodeId = primaryNode(world)
): AtpGrid {
	const node = world.nodes[nodeId];
	const scenarioNode = world.scenario.nodes.find((n) => n.id === nodeId)!;
	const holdBack =
		(world.policy.promiseSafetyStock ? 0 : (scenarioNode.safetyStock[sku] ?? 0)) +
		tierReserveOf(world.policy, tier, itemOf(world, sku));
	const record = atpRecord(world, node, nodeId, sku, world.day, holdBack);
	const atp = cumulativeAtpOf(record.onHand, record.mps, record.customerOrders, true);
	const count = Math.min(days, horizon(world) - world.day + 1);
	return {
		sku,
		onHand: record.onHand,
		heldBack: holdBack,
		rows: Array.from({ length: count }, (_, p) => ({
			day: world.day + p,
			receipts: record.mps[p],
			// Period 1's orders include what is held back (safety stock, tier reserve).
			promised: record.customerOrders[p] - (p === 0 ? holdBack : 0),
			cumulativeAtp: atp[p]
		}))
	};
}

/** What promising would do now, without doing it: the earliest date and its explanation. */
export function promisePreview(world: World, order: Order) {
	const plan = planPromise(world, (id) => world.nodes[id], order, world.day);
	if (!plan.ok) return { ok: false as const, message: plan.message };
	const c = customerOf(world, order.customerId);
	const lead = orderLead(world, order, plan.lines);
	const automatic = c.acceptsEarlyDelivery
		? plan.earliestShipDay
		: Math.max(plan.earliestShipDay, order.requestedDay - lead);
	return {
		ok: true as const,
		earliestShipDay: plan.earliestShipDay,
		shipDay: automatic,
		deliveryDay: automatic + lead,
		lines: plan.lines.map((l) => ({
			line: l.line,
			sku: l.sku,
			qty: l.qty,
			node: l.node,
			shipDay: l.shipDay,
			note: l.note,
			ctp: l.lot !== null
		}))
	};
}

export type AllocationCandidate = {
	orderId: string;
	customer: string;
	tier: string;
	line: number;
	need: number;
	shipDay: number | null;
};

/** Orders waiting for an item, the stock free for them, and what each rule would give. */
export function allocationBoard(world: World, sku: string, nodeId = primaryNode(world)) {
	const stock = world.nodes[nodeId].stock[sku];
	const candidates: AllocationCandidate[] = [];
	for (const order of vecToArray(world.orders)) {
		const s = order.state.fulfilment;
		if (s !== 'confirmed' && s !== 'allocated' && s !== 'shipped.partial') continue;
		order.lines.forEach((l, i) => {
			const need = lineNeed(order, i);
			if (l.sku !== sku || need === 0 || l.method === 'drop-ship') return;
			if (lineNode(world, order, i) !== nodeId) return;
			const c = customerOf(world, order.customerId);
			candidates.push({
				orderId: order.id,
				customer: c.name,
				tier: c.tier,
				line: i + 1,
				need,
				shipDay: order.promise?.shipDay ?? null
			});
		});
	}
	const free = Math.min(
		...candidates.map((c) => freeUnits(stock, world.policy, c.tier, itemOf(world, sku))),
		freeUnits(stock, world.policy, 'strategic')
	);
	const demands = candidates.map((c) => ({
		id: c.orderId,
		qty: c.need,
		priority: TIER_RANK[c.tier as keyof typeof TIER_RANK]
	}));
	const preview = (rule: Policy['allocationRule']) => {
		const given = candidates.length ? allocate(Math.max(0, free), demands, rule) : [];
		return candidates.map((c, k) => ({
			orderId: c.orderId,
			given: given[k],
			fillRate: c.need ? round2(given[k] / c.need) : 1
		}));
	};
	const totalNeed = candidates.reduce((s, c) => s + c.need, 0);
	return {
		sku,
		onHand: stock?.onHand ?? 0,
		allocated: stock?.allocated ?? 0,
		free: Math.max(0, free),
		totalNeed,
		short: totalNeed > free,
		candidates,
		byRule: {
			fcfs: preview('fcfs'),
			'pro-rata': preview('pro-rata'),
			priority: preview('priority')
		}
	};
}

/** Items whose waiting orders want more than is free: where an allocation board is needed. */
export function shortItems(world: World): string[] {
	return world.scenario.catalog
		.map((i) => i.sku)
		.filter(
			(sku) =>
				allocationBoard(world, sku).short && allocationBoard(world, sku).candidates.length > 1
		);
}

/** Each state of the lifecycle with whether the order is in it, for the statechart view. */
export function lifecycleStates(order: Order) {
	return ORDER_LIFECYCLE.regions.map((region) => ({
		region,
		states: Object.keys(ORDER_LIFECYCLE.tables[region]).map((state) => ({
			state,
			current: order.state[region as 'fulfilment' | 'billing'] === state
		}))
	}));
}

/** Fill rate of each customer's first shipments so far. */
export function fillRateByCustomer(world: World) {
	const byCustomer = new Map<string, { orderId: string; ordered: number; shipped: number }[]>();
	for (const order of vecToArray(world.orders)) {
		if (!order.lines.some((l) => l.firstShipped !== null)) continue;
		const list = byCustomer.get(order.customerId) ?? [];
		for (const l of order.lines)
			list.push({ orderId: order.id, ordered: l.qty, shipped: l.firstShipped ?? 0 });
		byCustomer.set(order.customerId, list);
	}
	return [...byCustomer.entries()].map(([id, lines]) => ({
		customer: customerOf(world, id).name,
		...fillRates(lines)
	}));
}

/** Mistakes a run made, for the debrief and the review queue: escaped findings and at-risk promises. */
export function runMistakes(world: World): { code: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const order of vecToArray(world.orders)) {
		for (const code of order.escaped)
			counts.set(`escaped-${code}`, (counts.get(`escaped-${code}`) ?? 0) + 1);
		if (order.promise?.atRisk)
			counts.set('at-risk-promise', (counts.get('at-risk-promise') ?? 0) + 1);
	}
	return [...counts.entries()]
		.map(([code, count]) => ({ code, count }))
		.sort((a, b) => a.code.localeCompare(b.code));
}
