// Returns and reverse logistics in the world: screening, the RMA steps, dispositions and their
// money, the credit memo, units accounted for throughout, and the return-rate KPIs.
import { describe, expect, it } from 'vitest';
import {
	createWorld,
	DEFAULT_STYLE,
	dispositionValue,
	returnCredit,
	runAutopilot,
	step,
	vecGet,
	vecToArray,
	type Command,
	type World
} from '../../../../../src/lib/sim';
import { testScenario, unitBalance } from './fixture';

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

const rma = (world: World, id: string) => vecToArray(world.returns).find((r) => r.id === id)!;
const advance = (world: World) => run(world, { type: 'day.advance' });

function balanced(world: World) {
	for (const [sku, [came, accounted]] of Object.entries(unitBalance(world))) {
		expect(accounted, `units of ${sku}`).toBe(came);
	}
}

/**
 * The fixture's orders played by the autopilot with no damage or carrier delay to the start of
 * day 5 (Gold Co's 30 pumps delivered on day 3, Tight Co's 5 on day 4, Silver Co's 20 still on
 * the road), then a recall of half the pumps delivered.
 */
function beforeRecall(): World {
	let world = createWorld(
		testScenario({ carrierDelayRate: 0, damageRate: 0, returns: { transitDays: 2 } })
	);
	while (world.day < 4) world = advance(runAutopilot(world).world);
	return advance(runAutopilot(world).world);
}

const recall: Command = {
	type: 'disruption.inject',
	kind: 'product-recall',
	sku: 'PMP-1',
	severity: 0.5
};
const recalled = () => run(beforeRecall(), recall);

describe('a product recall', () => {
	it('asks for half of every delivered pump back, screened as within policy', () => {
		const world = recalled();
		expect(world.day).toBe(5);
		// Half of 30 is 15; half of 5 rounds to 3. Undelivered goods are not recalled from customers.
		expect(vecToArray(world.returns).map((r) => [r.id, r.orderId, r.qty, r.state])).toEqual([
			['RMA-0001', 'SO-0001', 15, 'screened'],
			['RMA-0002', 'SO-0003', 3, 'screened']
		]);
		expect(rma(world, 'RMA-0001').screening).toMatchObject({ allowed: true });
		expect(world.disruptions[0].headline).toBe(
			'Product recall: customers send back 50 % of the PMP-1 delivered, and 50 % of the free PMP-1 in stock is quarantined.'
		);
		balanced(world);
	});

	it('quarantines the same share of the free stock on the shelf, which can no longer be promised', () => {
		const before = beforeRecall();
		expect(before.nodes['DC-1'].stock['PMP-1']).toEqual({ onHand: 45, allocated: 0 });
		const world = run(before, recall);
		// Half of 45 free pumps is 22.5, rounded to 23: they go back to the maker at once.
		expect(world.nodes['DC-1'].stock['PMP-1']).toEqual({ onHand: 22, allocated: 0 });
		expect(world.returnedUnits['PMP-1']).toMatchObject({ disposedOut: 23, held: 0 });
		balanced(world);
		// A second recall of the same share takes half of what is left: 11 of the 22.
		const again = run(world, recall);
		expect(again.nodes['DC-1'].stock['PMP-1'].onHand).toBe(11);
	});

	it('takes a recalled return through authorization, inspection, disposition and credit', () => {
		let world = run(recalled(), { type: 'return.authorise', returnId: 'RMA-0001' });
		expect(rma(world, 'RMA-0001')).toMatchObject({ state: 'authorised', arrivalDay: 7, cost: 25 });
		expect(world.returnedUnits['PMP-1']).toMatchObject({ shippedBack: 15, inTransit: 15 });
		balanced(world);
		expect(refuse(world, { type: 'return.credit', returnId: 'RMA-0001' })).toBe(
			'RMA-0001 is authorised, so it cannot be credited now.'
		);
		world = advance(advance(advance(world)));
		// Recalled goods are found defective: they cannot go back on the shelf.
		expect(rma(world, 'RMA-0001')).toMatchObject({ state: 'inspected', inspection: 'defective' });
		expect(
			refuse(world, { type: 'return.disposition', returnId: 'RMA-0001', disposition: 'restock' })
		).toMatch(/cannot go back into sellable stock/);
		const receivables = world.accounts.GOLD.receivables;
		world = run(
			world,
			{ type: 'return.disposition', returnId: 'RMA-0001', disposition: 'return-to-vendor' },
			{ type: 'return.credit', returnId: 'RMA-0001' }
		);
		const closed = rma(world, 'RMA-0001');
		// 15 pumps credited at the 100 paid; the vendor credits their 60 standard cost.
		expect(closed).toMatchObject({
			state: 'closed',
			disposition: 'return-to-vendor',
			credit: 1500,
			recoveredValue: 900,
			cost: 25
		});
		// 15 came back and went to the vendor, beside the 23 quarantined on recall day.
		expect(world.returnedUnits['PMP-1']).toMatchObject({ held: 0, disposedOut: 15 + 23 });
		// The invoice (net 30) is still open, so the credit memo lowers what Gold Co pays.
		const invoice = vecGet(world.orders, 0)!.invoices[0];
		expect(invoice).toMatchObject({ amount: 3000, paidAmount: 1500, memoCredit: 1500 });
		expect(world.accounts.GOLD.receivables).toBe(receivables - 1500);
		balanced(world);
	});

	it('reports the return rate by units and by orders', () => {
		let world = recalled();
		world = run(
			world,
			{ type: 'return.authorise', returnId: 'RMA-0001' },
			{ type: 'return.authorise', returnId: 'RMA-0002' }
		);
		world = advance(world);
		const row = world.kpis.at(-1)!;
		// By the end of day 5 all three orders are delivered: 30 + 5 + 32 = 67 units. 18 of them
		// came back under an RMA, from 2 of the 3 orders.
		expect(row.ordersDelivered).toBe(3);
		expect(row.returnRateUnits).toBe(Math.round((18 / 67) * 10000) / 10000);
		expect(row.returnRateOrders).toBe(Math.round((2 / 3) * 10000) / 10000);
	});
});

describe('screening and dispositions', () => {
	it('screens a change of mind against the return window; good practice denies what falls outside', () => {
		const scenario = testScenario({
			carrierDelayRate: 0,
			damageRate: 0,
			days: 20,
			returns: { windowDays: 3, transitDays: 1, rate: 1 },
			demand: { ordersPerDay: 1, items: { 'PMP-1': 1 }, lineQty: [1, 10] }
		});
		let world = createWorld(scenario);
		const decisions: Command[] = [];
		while (!world.ended) {
			const day = runAutopilot(world, { ...defaults, returns: 'screen' });
			decisions.push(...day.commands);
			world = advance(day.world);
			balanced(world);
		}
		const returns = vecToArray(world.returns);
		const late = returns.filter((r) => r.reason === 'not-needed' && !r.screening.withinWindow);
		const inWindow = returns.filter((r) => r.reason === 'not-needed' && r.screening.withinWindow);
		expect(late.length).toBeGreaterThan(0);
		expect(inWindow.length).toBeGreaterThan(0);
		for (const r of late) {
			expect(r.screening.note).toMatch(/^Outside policy: the 3-day return window has passed/);
			expect(r.state).toBe('denied');
		}
		for (const r of inWindow) expect(r.state).not.toBe('denied');
		// Nothing reached the shelf without an inspection that found it sellable.
		for (const r of returns.filter((x) => x.disposition === 'restock'))
			expect(r.inspection).toBe('sellable');
		expect(decisions.some((c) => c.type === 'return.deny')).toBe(true);
	});

	it('refuses steps the return is not ready for, and unknown returns', () => {
		const world = recalled();
		expect(
			refuse(world, { type: 'return.disposition', returnId: 'RMA-0001', disposition: 'scrap' })
		).toBe('RMA-0001 is screened, so it cannot be given a disposition now.');
		expect(refuse(world, { type: 'return.authorise', returnId: 'RMA-0099' })).toBe(
			'There is no return RMA-0099.'
		);
		expect(refuse(world, { type: 'return.authorise', returnId: 'R1' } as Command)).toMatch(
			/returnId must look like RMA-0001/
		);
	});

	it('values each disposition (worked numbers, standard cost 60)', () => {
		const terms = { refurbishCost: 0.2, liquidationRecovery: 0.3, recycleCostPerUnit: 1 };
		expect(dispositionValue('restock', 10, 60, terms)).toEqual({ cost: 0, recovered: 0 });
		expect(dispositionValue('refurbish', 10, 60, terms)).toEqual({ cost: 120, recovered: 0 });
		expect(dispositionValue('return-to-vendor', 10, 60, terms)).toEqual({
			cost: 0,
			recovered: 600
		});
		expect(dispositionValue('liquidate', 10, 60, terms)).toEqual({ cost: 0, recovered: 180 });
		expect(dispositionValue('recycle', 10, 60, terms)).toEqual({ cost: 10, recovered: 0 });
		expect(dispositionValue('scrap', 10, 60, terms)).toEqual({ cost: 0, recovered: 0 });
	});

	it('credits the price paid, less a 15 % restocking fee for a change of mind', () => {
		expect(returnCredit(10, 100, 'defective')).toBe(1000);
		expect(returnCredit(10, 100, 'not-needed')).toBe(850);
	});
});

const defaults = { ...DEFAULT_STYLE, returns: 'screen' as const };
