// Order management automation (the rules engine), collaboration with partners (CPFR, VMI) and
// the scorecards computed from the world.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	carrierScorecard,
	createWorld,
	parseScenario,
	playReference,
	playScenario,
	step,
	supplierScorecard,
	vecGet,
	vecToArray,
	type World
} from '../../../../../src/lib/sim';
import { testScenario } from './fixture';

const advance = (world: World) => step(world, { type: 'day.advance' }).world;

describe('the rules engine (automation: rules)', () => {
	const scenario = testScenario({
		carrierDelayRate: 0,
		damageRate: 0,
		policies: { automation: 'rules', partialShipments: true, promiseSafetyStock: true }
	});

	it('takes a clean order through without a person; an order with a finding waits for the desk', () => {
		let world = advance(createWorld(scenario));
		// Gold Co's clean EDI order: validated and promised by the rules at the end of day 1.
		expect(vecGet(world.orders, 0)!.state.fulfilment).toBe('confirmed');
		// Silver Co's stale price and Tight Co's credit exposure are left for a person.
		expect(vecGet(world.orders, 1)!.state.fulfilment).toBe('held.pricing');
		expect(vecGet(world.orders, 2)!.state.fulfilment).toBe('held.credit');
		world = advance(world);
		expect(vecGet(world.orders, 0)!.state.fulfilment).toBe('shipped.complete');
		expect(world.exceptions.map((e) => [e.kind, e.orderId])).toEqual([
			['credit-hold', 'SO-0003'],
			['data-error', 'SO-0002']
		]);
		world = advance(world);
		expect(vecGet(world.orders, 0)!.touches).toBe(0);
		expect(world.kpis.at(-1)!.touchlessRate).toBe(1);
	});

	it('counts an order a person decided as touched', () => {
		let world = step(createWorld(scenario), { type: 'order.validate', orderId: 'SO-0002' }).world;
		world = step(world, {
			type: 'order.correct',
			orderId: 'SO-0002',
			code: 'price-mismatch'
		}).world;
		expect(vecGet(world.orders, 1)!.touches).toBe(2);
		for (let d = 0; d < 5; d++) world = advance(world);
		// Gold Co's order and Silver Co's (now clean) went through; only Silver Co's was touched.
		expect(world.kpis.at(-1)!.touchlessRate).toBe(0.5);
	});

	it('leaves an order it cannot fill to the desk, as a stockout exception', () => {
		const short = testScenario({
			carrierDelayRate: 0,
			damageRate: 0,
			policies: { automation: 'rules', promiseSafetyStock: true },
			scriptedOrders: [
				{ day: 1, customer: 'GOLD', lines: [{ sku: 'PMP-1', qty: 30 }], requestedDay: 2 },
				{ day: 1, customer: 'SILVER', lines: [{ sku: 'PMP-1', qty: 30 }], requestedDay: 5 }
			]
		});
		let world = advance(createWorld(short));
		// ATP promises Gold Co's 30 now and Silver Co's after the day-4 receipt.
		expect(vecGet(world.orders, 1)!.promise!.shipDay).toBe(4);
		// Then the supplier slips two days: the receipt Silver Co's promise counts on comes day 6.
		world = step(world, {
			type: 'disruption.inject',
			kind: 'supplier-delay',
			sku: 'PMP-1',
			severity: 0.4,
			days: 3
		}).world;
		while (world.day < 5) world = advance(world);
		const silver = vecGet(world.orders, 1)!;
		expect(silver.state.fulfilment).toBe('confirmed');
		expect(silver.lines[0].allocated).toBe(0);
		expect(
			world.exceptions.filter((e) => e.resolvedDay === null).map((e) => [e.kind, e.orderId])
		).toContainEqual(['stockout', 'SO-0002']);
	});
});

describe('collaboration with partners', () => {
	const receipts = Array.from({ length: 30 }, (_, i) => ({ day: i + 1, sku: 'PMP-1', qty: 10 }));
	const supply = (cpfr: boolean) =>
		testScenario({
			days: 30,
			supplierOnTimeRate: 0.6,
			policies: { cpfr },
			nodes: [{ id: 'DC-1', name: 'Test DC', onHand: { 'PMP-1': 40, 'BOX-6': 120 }, receipts }]
		});

	it('CPFR halves the supplier’s misses: more receipts on time and in full', () => {
		const run = (cpfr: boolean) => {
			let world = createWorld(supply(cpfr));
			while (!world.ended) world = advance(world);
			return supplierScorecard(world);
		};
		const alone = run(false);
		const together = run(true);
		expect(alone.receipts).toBe(30);
		expect(together.receipts).toBe(30);
		const misses = (s: typeof alone) => 30 * (1 - s.onTime! * s.inFull!);
		expect(misses(together)).toBeLessThan(misses(alone));
		expect(together.onTime! + together.inFull!).toBeGreaterThan(alone.onTime! + alone.inFull!);
	});

	it('a short receipt arrives in part and its balance two days later, every unit counted', () => {
		let world = createWorld(supply(false));
		while (!world.ended) world = advance(world);
		const short = world.receipts.find((r) => r.shortBy > 0)!;
		const balance = world.receipts.find(
			(r) => r.balance && r.plannedDay === short.plannedDay && r.sku === short.sku
		)!;
		expect(short.qty + balance.qty).toBe(10);
		expect(balance.day).toBe(short.plannedDay + 2);
		const arrived = world.receipts.filter((r) => r.arrived).reduce((s, r) => s + r.qty, 0);
		expect(world.unitsIn['PMP-1']).toBe(40 + arrived);
	});

	it('VMI: the managed customer’s replenishment arrives steady, ahead of need and error-free', () => {
		const scenario = testScenario({
			days: 10,
			scriptedOrders: [],
			policies: { vmiCustomer: 'SILVER' },
			demand: {
				ordersPerDay: 3,
				items: { 'PMP-1': 1 },
				lineQty: [1, 40],
				errorRate: 0.5,
				requestedLeadDays: [1, 2]
			}
		});
		let world = createWorld(scenario);
		while (!world.ended) world = advance(world);
		const silver = vecToArray(world.orders).filter((o) => o.customerId === 'SILVER');
		const others = vecToArray(world.orders).filter((o) => o.customerId !== 'SILVER');
		expect(silver.length).toBeGreaterThan(3);
		for (const o of silver) {
			expect(o.intended.errors).toEqual([]);
			expect(o.lines[0].qty).toBe(30);
			expect(o.requestedDay - o.enteredDay).toBeGreaterThanOrEqual(4);
		}
		expect(others.some((o) => o.intended.errors.length > 0)).toBe(true);
	});

	it('the carrier scorecard counts deliveries the carrier delayed or damaged', () => {
		const scenario = testScenario({
			days: 20,
			carrierDelayRate: 0.5,
			damageRate: 0.3,
			scriptedOrders: []
		});
		const world = playScenario(
			{ ...scenario, demand: { ...scenario.demand, ordersPerDay: 3, lineQty: [1, 3] } },
			[]
		).world;
		const card = carrierScorecard(world);
		let late = 0;
		let damaged = 0;
		for (const o of vecToArray(world.orders))
			for (const s of o.shipments) {
				if (s.deliveredDay === null) continue;
				if (s.delayCause === 'carrier') late++;
				if (s.damaged) damaged++;
			}
		expect(card.shipments).toBeGreaterThan(20);
		expect(card.onTime).toBe(Math.round((1 - late / card.shipments) * 10000) / 10000);
		expect(card.damageFree).toBe(Math.round((1 - damaged / card.shipments) * 10000) / 10000);
		expect(late).toBeGreaterThan(0);
		expect(damaged).toBeGreaterThan(0);
	});
});

describe('the reference policies', () => {
	const files = readdirSync('content/scenarios').filter((f) => f.endsWith('.json'));

	it.each(files)('good practice beats doing nothing on perfect order rate in %s', (file) => {
		const parsed = parseScenario(JSON.parse(readFileSync(`content/scenarios/${file}`, 'utf8')));
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
		const nothing = playReference(parsed.scenario, 'do-nothing').kpis.at(-1)!;
		const good = playReference(parsed.scenario, 'good-practice').kpis.at(-1)!;
		expect(good.perfectOrderRate!).toBeGreaterThan(nothing.perfectOrderRate!);
	});

	it('is the same run every time for the same seed', () => {
		const parsed = parseScenario(
			JSON.parse(readFileSync('content/scenarios/first-day-at-the-desk.json', 'utf8'))
		);
		if (!parsed.ok) throw new Error('invalid');
		const a = playReference(parsed.scenario, 'good-practice', 9);
		const b = playReference(parsed.scenario, 'good-practice', 9);
		expect(JSON.stringify(a)).toBe(JSON.stringify(b));
	});
});
