// A small scenario built in code for world tests: one distribution center, three customers,
// two items, no random demand unless a test asks for it.
import { parseScenario, vecToArray, type Scenario, type World } from '../../../../../src/lib/sim';

export function testScenario(overrides: Record<string, unknown> = {}): Scenario {
	const data = {
		id: 'test-desk',
		title: 'Test desk',
		summary: 'A small scenario for the world tests, with scripted orders only.',
		topics: [3],
		difficulty: 'introductory',
		days: 8,
		seed: 7,
		briefing: ['A test scenario with scripted orders.'],
		objectives: [{ kpi: 'perfectOrderRate', target: 0.9 }],
		policies: {
			allocationRule: 'fcfs',
			partialShipments: true,
			tierReserve: 0,
			promiseSafetyStock: true
		},
		adjustablePolicies: ['allocationRule', 'partialShipments', 'tierReserve'],
		demandTimeFenceDays: 2,
		catalog: [
			{
				sku: 'PMP-1',
				description: 'Pump',
				priceBreaks: [
					{ minQty: 1, price: 100 },
					{ minQty: 50, price: 90 }
				],
				standardCost: 60
			},
			{
				sku: 'BOX-6',
				description: 'Box of six',
				priceBreaks: [{ minQty: 1, price: 10 }],
				standardCost: 5,
				packMultiple: 6
			}
		],
		nodes: [
			{
				id: 'DC-1',
				name: 'Test DC',
				onHand: { 'PMP-1': 40, 'BOX-6': 120 },
				receipts: [{ day: 4, sku: 'PMP-1', qty: 60 }],
				handlingDays: 0
			}
		],
		customers: [
			{
				id: 'GOLD',
				name: 'Gold Co',
				tier: 'strategic',
				channel: 'edi',
				creditLimit: 100000,
				transitDays: 1,
				shipPreference: 'ship-complete',
				averageLineQty: 30
			},
			{
				id: 'SILVER',
				name: 'Silver Co',
				tier: 'key',
				channel: 'web',
				creditLimit: 50000,
				transitDays: 1,
				averageLineQty: 30
			},
			{
				id: 'TIGHT',
				name: 'Tight Co',
				tier: 'standard',
				channel: 'phone',
				creditLimit: 1000,
				openReceivables: 800,
				transitDays: 2,
				averageLineQty: 10
			}
		],
		demand: { ordersPerDay: 0, items: { 'PMP-1': 1 }, lineQty: [1, 10] },
		scriptedOrders: [
			{ day: 1, customer: 'GOLD', lines: [{ sku: 'PMP-1', qty: 30 }], requestedDay: 3 },
			{
				day: 1,
				customer: 'SILVER',
				lines: [
					{ sku: 'PMP-1', qty: 20 },
					{ sku: 'BOX-6', qty: 12 }
				],
				requestedDay: 2,
				errors: ['stale-price']
			},
			{ day: 1, customer: 'TIGHT', lines: [{ sku: 'PMP-1', qty: 5 }], requestedDay: 4 }
		],
		debrief: ['A test debrief note long enough.'],
		...overrides
	};
	const result = parseScenario(data);
	if (!result.ok) throw new Error(JSON.stringify(result.issues));
	return result.scenario;
}

/**
 * Every unit that entered the world is somewhere: on hand (free or allocated), on the road to
 * a customer, delivered and kept, coming back, in the returns area, being refurbished, or gone
 * out by disposition. Returns the two sides per item, for `toEqual`.
 */
export function unitBalance(world: World): Record<string, [came: number, accounted: number]> {
	const inTransit: Record<string, number> = {};
	const delivered: Record<string, number> = {};
	for (const order of vecToArray(world.orders)) {
		for (const s of order.shipments) {
			const bucket = s.deliveredDay === null ? inTransit : delivered;
			for (const l of s.lines) bucket[l.sku] = (bucket[l.sku] ?? 0) + l.qty;
		}
	}
	const out: Record<string, [number, number]> = {};
	const items = new Set([
		...Object.keys(world.unitsIn),
		...Object.values(world.nodes).flatMap((n) => Object.keys(n.stock))
	]);
	for (const sku of items) {
		const onHand = Object.values(world.nodes).reduce((s, n) => s + (n.stock[sku]?.onHand ?? 0), 0);
		const r = world.returnedUnits[sku] ?? {
			shippedBack: 0,
			inTransit: 0,
			held: 0,
			refurbishing: 0,
			disposedOut: 0
		};
		out[sku] = [
			(world.unitsIn[sku] ?? 0) - (world.unitsConsumed[sku] ?? 0),
			onHand +
				(inTransit[sku] ?? 0) +
				(delivered[sku] ?? 0) -
				r.shippedBack +
				r.inTransit +
				r.held +
				r.refurbishing +
				r.disposedOut
		];
	}
	return out;
}
