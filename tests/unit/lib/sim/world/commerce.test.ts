// Pricing and terms, CRM facts, documents and compliance, EDI, status communication and the
// cash side of order-to-cash, each with worked numbers.
import { describe, expect, it } from 'vitest';
import {
	createWorld,
	runAutopilot,
	step,
	vecGet,
	type Command,
	type World
} from '../../../../../src/lib/sim';
import { testScenario } from './fixture';

function run(world: World, ...commands: Command[]): World {
	for (const command of commands) {
		const result = step(world, command);
		const rejection = result.events.find((e) => e.type === 'command.rejected');
		if (rejection) throw new Error(`${command.type}: ${JSON.stringify(rejection)}`);
		world = result.world;
	}
	return world;
}

function refuse(world: World, command: Command): string {
	const result = step(world, command);
	expect(result.world).toBe(world);
	const event = result.events[0];
	return event.type === 'command.rejected' ? event.message : '';
}

const advance = (world: World) => run(world, { type: 'day.advance' });
const order = (world: World, n: number) => vecGet(world.orders, n - 1)!;
const customer = (overrides: Record<string, unknown>) => ({
	id: 'ACME',
	name: 'Acme Export',
	tier: 'key',
	channel: 'edi',
	creditLimit: 100000,
	averageLineQty: 20,
	transitDays: 2,
	...overrides
});
const oneOrder = (lines: { sku: string; qty: number }[], requestedDay = 5) => [
	{ day: 1, customer: 'ACME', lines, requestedDay }
];

describe('pricing and terms', () => {
	it('prices from the customer’s contract, or the list less its standing discount', () => {
		const world = createWorld(
			testScenario({
				customers: [customer({ contractPrices: { 'PMP-1': 87.5 }, discountPercent: 10 })],
				scriptedOrders: oneOrder([
					{ sku: 'PMP-1', qty: 10 },
					{ sku: 'BOX-6', qty: 12 }
				])
			})
		);
		// The contract price for pumps; boxes at the list's 10.00 less 10 %.
		expect(order(world, 1).lines.map((l) => l.price)).toEqual([87.5, 9]);
		const validated = run(world, { type: 'order.validate', orderId: 'SO-0001' });
		expect(order(validated, 1).state.fulfilment).toBe('validated');
	});

	it('flags a price that differs from the contract, naming it', () => {
		const world = createWorld(
			testScenario({
				customers: [customer({ contractPrices: { 'PMP-1': 87.5 } })],
				scriptedOrders: [{ ...oneOrder([{ sku: 'PMP-1', qty: 10 }])[0], errors: ['stale-price'] }]
			})
		);
		const held = run(world, { type: 'order.validate', orderId: 'SO-0001' });
		expect(order(held, 1).findings[0].message).toBe(
			"Line 1: quoted 82.25 but Acme Export's contract price is 87.50 for 10 of PMP-1. Correct the price before it reaches the invoice."
		);
	});

	it('records an unearned discount a late payer deducts, and recovers it 20 days later', () => {
		let world = createWorld(
			testScenario({
				days: 30,
				carrierDelayRate: 0,
				damageRate: 0,
				customers: [
					customer({
						terms: { discountPercent: 2, discountDays: 10, netDays: 5 },
						deductsLateDiscount: 1
					})
				],
				scriptedOrders: oneOrder([{ sku: 'PMP-1', qty: 10 }], 3)
			})
		);
		while (world.day < 8) world = advance(runAutopilot(world).world);
		const invoice = order(world, 1).invoices[0];
		// 10 pumps at 100: the customer pays net 5 days late yet deducts the 2 %: 980.00 paid.
		expect(invoice).toMatchObject({ amount: 1000, deduction: 20, paidAmount: 980 });
		expect(invoice.paidDay).not.toBeNull();
		const cashAfterPayment = world.cashCollected;
		const recoveryDay = invoice.paidDay! + 20;
		expect(world.deductionsDue).toEqual({ [String(recoveryDay)]: 20 });
		expect(world.kpis.at(-1)!.receivables).toBe(20);
		while (world.day <= recoveryDay) world = advance(world);
		expect(world.cashCollected).toBe(cashAfterPayment + 20);
		expect(world.deductionsDue).toEqual({});
	});
});

describe('Incoterms', () => {
	it('measures on time at origin under FCA: the handover, not the arrival, meets the commitment', () => {
		const scenario = (incoterm: string) =>
			testScenario({
				carrierDelayRate: 1,
				damageRate: 0,
				customers: [customer({ international: true, incoterm })],
				scriptedOrders: oneOrder([{ sku: 'PMP-1', qty: 10 }], 4)
			});
		const finish = (incoterm: string) => {
			let world = createWorld(scenario(incoterm));
			world = run(world, { type: 'order.validate', orderId: 'SO-0001' });
			world = run(world, { type: 'order.promise', orderId: 'SO-0001' });
			world = run(world, { type: 'order.document', orderId: 'SO-0001' });
			while (!world.ended) world = advance(runAutopilot(world).world);
			return world;
		};
		// Every carrier is a day late here. Under FCA the seller delivered on time at origin;
		// under DAP it answers for the arrival, which was late.
		expect(finish('FCA').kpis.at(-1)!.otif).toBe(1);
		expect(finish('DAP').kpis.at(-1)!.otif).toBe(0);
	});

	it('refuses an Incoterms rule on a domestic customer, naming the field', () => {
		expect(() =>
			testScenario({ customers: [customer({ incoterm: 'FOB' })], scriptedOrders: [] })
		).toThrow(/customers\.0\.incoterm.*international/);
	});
});

describe('documents and compliance', () => {
	const export_ = (itemFlags: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
		testScenario({
			carrierDelayRate: 0,
			damageRate: 0,
			catalog: [
				{
					sku: 'VLV-9',
					description: 'Control valve',
					priceBreaks: [{ minQty: 1, price: 400 }],
					standardCost: 250,
					...itemFlags
				}
			],
			nodes: [{ id: 'DC-1', name: 'Plant', onHand: { 'VLV-9': 50 } }],
			customers: [customer({ international: true, incoterm: 'CIP' })],
			scriptedOrders: oneOrder([{ sku: 'VLV-9', qty: 5 }], 2),
			demand: { ordersPerDay: 0, items: { 'VLV-9': 1 }, lineQty: [1, 2] },
			...extra
		});
	const ready = (world: World) =>
		run(
			world,
			{ type: 'order.validate', orderId: 'SO-0001' },
			{ type: 'order.promise', orderId: 'SO-0001' },
			{ type: 'order.allocate', orderId: 'SO-0001' }
		);

	it('holds an export shipment at customs for 4 days when its papers are missing', () => {
		let world = ready(createWorld(export_({})));
		world = run(world, { type: 'order.ship', orderId: 'SO-0001' });
		world = advance(world);
		const shipment = order(world, 1).shipments[0];
		// Shipped day 1, 2 days in transit, 4 more days at customs.
		expect(shipment).toMatchObject({ customsHold: true, plannedDeliveryDay: 7 });
		expect(world.exceptions.map((e) => e.kind)).toContain('customs-hold');
	});

	it('clears customs with a commercial invoice and certificate of origin prepared', () => {
		let world = ready(createWorld(export_({})));
		world = run(world, { type: 'order.document', orderId: 'SO-0001' });
		expect(order(world, 1).documents).toMatchObject({
			prepared: ['commercial-invoice', 'certificate-of-origin'],
			accurate: true
		});
		expect(order(world, 1).costToServe).toBe(10);
		world = advance(run(world, { type: 'order.ship', orderId: 'SO-0001' }));
		expect(order(world, 1).shipments[0]).toMatchObject({
			customsHold: false,
			plannedDeliveryDay: 3
		});
		expect(refuse(world, { type: 'order.document', orderId: 'SO-0001' })).toMatch(
			/prepare documents after validation and before it is released/
		);
	});

	it('will not ship an export-controlled item before the license is granted, 3 days on', () => {
		let world = ready(createWorld(export_({ exportControlled: true })));
		expect(refuse(world, { type: 'order.ship', orderId: 'SO-0001' })).toBe(
			'SO-0001 has an export-controlled item for a foreign customer: apply for the export license (prepare the documents) first.'
		);
		world = run(world, { type: 'order.document', orderId: 'SO-0001' });
		expect(order(world, 1).documents!.licenseReadyDay).toBe(4);
		expect(order(world, 1).costToServe).toBe(60);
		expect(refuse(world, { type: 'order.ship', orderId: 'SO-0001' })).toBe(
			"SO-0001's export license is granted on day 4: it cannot ship before then."
		);
		while (world.day < 4) world = advance(world);
		world = run(world, { type: 'order.ship', orderId: 'SO-0001' });
		expect(order(world, 1).state.fulfilment).toBe('released');
	});

	it('will not hand hazardous materials to a carrier without the declaration and labels', () => {
		const world = ready(createWorld(export_({ hazmat: true }, { customers: [customer({})] })));
		expect(refuse(world, { type: 'order.ship', orderId: 'SO-0001' })).toMatch(
			/no carrier takes it without a dangerous goods declaration and labels/
		);
		const documented = run(world, { type: 'order.document', orderId: 'SO-0001' });
		expect(order(documented, 1).documents!.prepared).toEqual([
			'dangerous-goods-declaration',
			'hazmat-labels'
		]);
		expect(
			order(run(documented, { type: 'order.ship', orderId: 'SO-0001' }), 1).state.fulfilment
		).toBe('released');
	});

	it('exchanges the X12 transaction sets with an EDI customer through the cycle', () => {
		let world = createWorld(
			testScenario({
				days: 40,
				carrierDelayRate: 0,
				damageRate: 0,
				customers: [customer({ terms: { discountPercent: 0, discountDays: 0, netDays: 5 } })],
				scriptedOrders: oneOrder([{ sku: 'PMP-1', qty: 10 }], 3)
			})
		);
		while (world.day < 12) world = advance(runAutopilot(world).world);
		expect(order(world, 1).edi.map((m) => [m.set, m.accurate])).toEqual([
			['850', true],
			['855', true],
			['856', true],
			['810', true],
			['820', true]
		]);
	});
});

describe('status and communication', () => {
	/** An order promised for day 2 that the desk then fails to ship. */
	const late = (notify: boolean) => {
		let world = createWorld(
			testScenario({
				days: 12,
				carrierDelayRate: 0,
				damageRate: 0,
				customers: [customer({ channel: 'phone' })],
				scriptedOrders: oneOrder([{ sku: 'PMP-1', qty: 10 }], 4)
			})
		);
		world = run(
			world,
			{ type: 'order.validate', orderId: 'SO-0001' },
			{ type: 'order.promise', orderId: 'SO-0001' }
		);
		for (let d = 0; d < 8; d++) {
			if (notify && world.day >= 3)
				world = run(world, { type: 'order.notify', orderId: 'SO-0001' });
			world = advance(world);
		}
		return world;
	};

	it('lets an unannounced delay draw inquiries, each costing the desk 8', () => {
		const world = late(false);
		const o = order(world, 1);
		expect(o.inquiries).toBeGreaterThan(0);
		expect(o.costToServe).toBe(8 * o.inquiries);
		expect(world.kpis.at(-1)!.inquiries).toBe(o.inquiries);
		expect(o.timeline.some((t) => t.code === 'order.inquiry')).toBe(true);
	});

	it('draws no inquiry when the desk tells the customer first', () => {
		const world = late(true);
		expect(order(world, 1).inquiries).toBe(0);
		expect(order(world, 1).notifiedDay).toBe(world.day - 1);
	});

	it('refuses to notify about an order that has nothing to tell', () => {
		const world = createWorld(testScenario());
		expect(refuse(world, { type: 'order.notify', orderId: 'SO-0001' })).toBe(
			'SO-0001 is entered: there is nothing new to tell the customer.'
		);
	});

	it('scores satisfaction from outcomes: 100 for a perfect order, less for each failure', () => {
		let world = createWorld(
			testScenario({
				carrierDelayRate: 0,
				damageRate: 0,
				scriptedOrders: [
					{ day: 1, customer: 'GOLD', lines: [{ sku: 'PMP-1', qty: 10 }], requestedDay: 3 }
				]
			})
		);
		while (!world.ended) world = advance(runAutopilot(world).world);
		expect(world.kpis.at(-1)!.satisfaction).toBe(100);
		expect(world.kpis.at(-1)!.byTier.strategic).toMatchObject({
			orders: 1,
			otif: 1,
			perfectOrderRate: 1
		});
		expect(world.kpis.at(-1)!.byTier.standard).toMatchObject({ orders: 0, otif: null });
	});
});

describe('credit and the CRM', () => {
	it('sends a C-rated customer to credit review from 80 % of its limit', () => {
		const world = createWorld(
			testScenario({
				customers: [customer({ creditLimit: 1000, creditRating: 'C' })],
				scriptedOrders: oneOrder([{ sku: 'PMP-1', qty: 9 }])
			})
		);
		const held = run(world, { type: 'order.validate', orderId: 'SO-0001' });
		// 9 pumps at 100 is 900: under the 1,000 limit but over 80 % of it.
		expect(order(held, 1).state.fulfilment).toBe('held.credit');
		expect(order(held, 1).findings[0].message).toBe(
			'Accepting this order brings Acme Export’s exposure to 900.00, over 80 % of its 1,000.00 limit; its C credit rating calls for a credit review first.'.replace(
				'’',
				"'"
			)
		);
	});
});

describe('the cash cycle', () => {
	it('owes suppliers for receipts, pays them in 30 days, and reports DSO, DIO, DPO and cash-to-cash', () => {
		let world = createWorld(testScenario({ days: 40, carrierDelayRate: 0, damageRate: 0 }));
		while (!world.ended) world = advance(runAutopilot(world).world);
		// The day-4 receipt of 60 pumps at a standard cost of 60 was owed and paid on day 34.
		expect(world.cashPaid).toBe(3600);
		expect(world.payablesOpen).toBe(0);
		const row = world.kpis.at(-1)!;
		expect(row.dso).not.toBeNull();
		expect(row.cashToCash).toBeCloseTo(row.dio! + row.dso! - row.dpo!, 1);
	});
});
