// A small scenario built in code for world tests: one distribution center, three customers,
// two items, no random demand unless a test asks for it.
import { parseScenario, type Scenario } from '../../../../../src/lib/sim';

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
