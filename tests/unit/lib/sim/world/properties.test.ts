// Property tests over random command sequences: whatever a learner (or a bad client) sends,
// the world stays physically consistent, deterministic, and unchanged by refused commands.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	createWorld,
	REFERENCE_POLICIES,
	runAutopilot,
	step,
	vecToArray,
	type Command,
	type World
} from '../../../../../src/lib/sim';
import { testScenario, unitBalance } from './fixture';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);
const scenario = testScenario({
	days: 12,
	demand: {
		ordersPerDay: 2,
		items: { 'PMP-1': 2, 'BOX-6': 1 },
		lineQty: [1, 30],
		errorRate: 0.3,
		changeRate: 0.2
	},
	// Enough going wrong for returns, exceptions and partners to be exercised.
	damageRate: 0.3,
	carrierDelayRate: 0.2,
	supplierOnTimeRate: 0.6,
	returns: { rate: 0.5, transitDays: 1, windowDays: 2 },
	// Two nodes, a drop-ship supplier and lanes, so routing, splits and drop shipments happen.
	catalog: [
		{
			sku: 'PMP-1',
			description: 'Pump',
			priceBreaks: [
				{ minQty: 1, price: 100 },
				{ minQty: 50, price: 90 }
			],
			standardCost: 60,
			dropShip: { leadDays: 2, unitCost: 70, onTimeRate: 0.7 },
			substitutes: ['BOX-6']
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
			receipts: [{ day: 4, sku: 'PMP-1', qty: 60 }]
		},
		{
			id: 'ST-1',
			name: 'Store',
			kind: 'store',
			region: 'north',
			onHand: { 'PMP-1': 15, 'BOX-6': 30 }
		}
	],
	lanes: [{ from: 'ST-1', region: 'home', transitDays: 0, parcelCost: 3 }],
	adjustablePolicies: [
		'allocationRule',
		'partialShipments',
		'tierReserve',
		'automation',
		'cpfr',
		'routingRule'
	]
});
const RETURN_STATES = new Set([
	'screened',
	'authorised',
	'denied',
	'received',
	'inspected',
	'dispositioned.restock',
	'dispositioned.refurbish',
	'dispositioned.returnToVendor',
	'dispositioned.liquidate',
	'dispositioned.recycle',
	'dispositioned.scrap',
	'credited',
	'closed'
]);
const STATES = new Set([
	'entered',
	'held.credit',
	'held.compliance',
	'held.pricing',
	'held.data',
	'validated',
	'confirmed',
	'allocated',
	'released',
	'picked',
	'packed',
	'shipped.partial',
	'shipped.complete',
	'delivered',
	'closed',
	'rejected',
	'cancelled'
]);

const orderId = fc.integer({ min: 1, max: 12 }).map((n) => `SO-${String(n).padStart(4, '0')}`);
const command: fc.Arbitrary<Command> = fc.oneof(
	{ weight: 3, arbitrary: fc.constant({ type: 'day.advance' } as Command) },
	{
		weight: 4,
		arbitrary: orderId.map((id) => ({ type: 'order.validate', orderId: id }) as Command)
	},
	{
		weight: 2,
		arbitrary: fc.record({
			type: fc.constant('order.correct' as const),
			orderId,
			code: fc.constantFrom(
				'unknown-sku',
				'bad-quantity',
				'price-mismatch',
				'missing-ship-to',
				'abnormal-demand',
				'over-credit-limit' as const
			)
		})
	},
	{
		weight: 2,
		arbitrary: orderId.map((id) => ({ type: 'order.release', orderId: id }) as Command)
	},
	{
		weight: 4,
		arbitrary: fc
			.record({
				type: fc.constant('order.promise' as const),
				orderId,
				shipDay: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined })
			})
			.map((c) => (c.shipDay === undefined ? { type: c.type, orderId: c.orderId } : c) as Command)
	},
	{
		weight: 4,
		arbitrary: orderId.map((id) => ({ type: 'order.allocate', orderId: id }) as Command)
	},
	{
		weight: 3,
		arbitrary: fc.record({
			type: fc.constant('order.ship' as const),
			orderId,
			partial: fc.boolean()
		})
	},
	{ weight: 1, arbitrary: orderId.map((id) => ({ type: 'order.cancel', orderId: id }) as Command) },
	{ weight: 1, arbitrary: orderId.map((id) => ({ type: 'order.reject', orderId: id }) as Command) },
	{
		weight: 1,
		arbitrary: fc.record({
			type: fc.constant('order.change' as const),
			orderId,
			accept: fc.boolean()
		})
	},
	{
		weight: 1,
		arbitrary: fc.record({
			type: fc.constant('order.hold' as const),
			orderId,
			reason: fc.constantFrom('credit', 'pricing', 'data', 'compliance' as const)
		})
	},
	{
		weight: 1,
		arbitrary: fc.record({
			type: fc.constant('allocation.run' as const),
			sku: fc.constantFrom('PMP-1', 'BOX-6'),
			orderIds: fc.uniqueArray(orderId, { minLength: 1, maxLength: 4 }),
			rule: fc.constantFrom('fcfs', 'pro-rata', 'priority' as const)
		})
	},
	{
		weight: 1,
		arbitrary: fc.record({
			type: fc.constant('policy.set' as const),
			policy: fc.record({
				allocationRule: fc.constantFrom('fcfs', 'pro-rata', 'priority' as const),
				partialShipments: fc.boolean()
			})
		})
	},
	{
		weight: 1,
		arbitrary: fc.record({
			type: fc.constant('policy.set' as const),
			policy: fc.record({
				automation: fc.constantFrom('manual', 'rules' as const),
				cpfr: fc.boolean()
			})
		})
	},
	{
		weight: 1,
		arbitrary: fc.record({
			type: fc.constant('disruption.inject' as const),
			kind: fc.constantFrom(
				'demand-spike',
				'supplier-delay',
				'capacity-loss',
				'carrier-delay',
				'data-quality',
				'product-recall',
				'credit-downgrade' as const
			),
			severity: fc.constantFrom(0.2, 0.5, 1)
		})
	},
	{
		weight: 2,
		arbitrary: fc.record({
			type: fc.constant('exception.resolve' as const),
			exceptionId: fc.integer({ min: 1, max: 8 }).map((n) => `EX-${String(n).padStart(4, '0')}`),
			action: fc.constantFrom(
				'expedite',
				'substitute',
				'reroute',
				'split',
				'release',
				'contact-customer',
				'dismiss' as const
			)
		})
	},
	{
		weight: 2,
		arbitrary: fc.record({
			type: fc.constantFrom('return.authorise', 'return.deny', 'return.credit' as const),
			returnId: fc.integer({ min: 1, max: 6 }).map((n) => `RMA-${String(n).padStart(4, '0')}`)
		})
	},
	// Malformed and nonsensical commands must be refused without harm.
	{
		weight: 1,
		arbitrary: fc.constantFrom(
			{ type: 'order.promise' },
			{ type: 'order.ship', orderId: 'SO-1' },
			{ type: 'nothing' },
			{ type: 'order.validate', orderId: 'SO-0001', x: 1 },
			{ type: 'return.disposition', returnId: 'RMA-0001', disposition: 'burn' },
			{ type: 'disruption.inject', kind: 'demand-spike', severity: 0 }
		) as fc.Arbitrary<Command>
	}
);

const FINISHED = new Set(['closed', 'rejected', 'cancelled']);
const PAST_THE_DESK = new Set([...FINISHED, 'delivered']);

function checkInvariants(world: World) {
	for (const order of vecToArray(world.orders)) {
		expect(STATES.has(order.state.fulfilment), order.state.fulfilment).toBe(true);
		for (const l of order.lines) {
			expect(l.allocated).toBeGreaterThanOrEqual(0);
			expect(l.shipped).toBeGreaterThanOrEqual(0);
		}
	}
	// The day's scans start at these cursors: every order they skip must really be done with.
	expect(world.openFrom).toBeGreaterThanOrEqual(world.activeFrom);
	vecToArray(world.orders).forEach((order, i) => {
		const s = order.state.fulfilment;
		if (i < world.activeFrom) expect(FINISHED.has(s), `${order.id} before activeFrom`).toBe(true);
		if (i < world.openFrom) expect(PAST_THE_DESK.has(s), `${order.id} before openFrom`).toBe(true);
	});
	for (const [nodeId, node] of Object.entries(world.nodes)) {
		for (const [sku, stock] of Object.entries(node.stock)) {
			expect(stock.onHand, `${sku} on hand at ${nodeId}`).toBeGreaterThanOrEqual(0);
			expect(stock.allocated, `${sku} allocated at ${nodeId}`).toBeGreaterThanOrEqual(0);
			expect(stock.allocated).toBeLessThanOrEqual(stock.onHand);
		}
		for (const [sku, days] of Object.entries(node.committed)) {
			for (const qty of days)
				expect(qty, `${sku} committed at ${nodeId}`).toBeGreaterThanOrEqual(0);
		}
	}
	// Conservation: every unit that came in is on hand, on the road, delivered and kept, or
	// somewhere in the returns flow (coming back, held, refurbishing, or gone by disposition).
	for (const [sku, [came, accounted]] of Object.entries(unitBalance(world))) {
		expect(accounted, `units of ${sku}`).toBe(came);
	}
	for (const units of Object.values(world.returnedUnits)) {
		for (const [bucket, n] of Object.entries(units)) expect(n, bucket).toBeGreaterThanOrEqual(0);
	}
	for (const rma of vecToArray(world.returns)) {
		expect(RETURN_STATES.has(rma.state), rma.state).toBe(true);
		if (rma.disposition === 'restock') expect(rma.inspection).toBe('sellable');
	}
	for (const e of world.exceptions) {
		if (e.resolvedDay !== null) expect(e.resolvedDay).toBeGreaterThanOrEqual(e.raisedDay);
	}
	for (const row of world.kpis) {
		for (const key of [
			'fillRateUnit',
			'fillRateLine',
			'fillRateOrder',
			'otif',
			'otifToRequest',
			'perfectOrderRate',
			'perfectOrderProduct',
			'backorderRate',
			'returnRateUnits',
			'returnRateOrders',
			'touchlessRate'
		] as const) {
			const v = row[key];
			if (v !== null) {
				expect(v).toBeGreaterThanOrEqual(0);
				expect(v).toBeLessThanOrEqual(1);
			}
		}
	}
}

/** Fulfilment states reached across all runs, to show the random decisions go deep enough. */
const reached = new Set<string>();
const reachedReturns = new Set<string>();
let openFromReached = 0;

/**
 * A random choice turned into a command against the world as it is: mostly the natural next
 * decision for a random order (so runs get deep into fulfilment and billing), sometimes a
 * random or malformed command from the list above, sometimes the end of the day.
 */
type Choice = [kind: number, pick: number, flag: boolean, day: number, raw: Command];
const choice: fc.Arbitrary<Choice> = fc.tuple(
	fc.nat(99),
	fc.nat(),
	fc.boolean(),
	fc.integer({ min: 1, max: 12 }),
	command
);

function decide(world: World, [kind, pick, flag, day, raw]: Choice): Command {
	if (kind < 11) return { type: 'day.advance' };
	if (kind < 35) return raw;
	const returns = vecToArray(world.returns);
	if (kind < 52 && returns.length) {
		// The natural next step for a random return.
		const r = returns[pick % returns.length];
		const returnId = r.id;
		if (r.state === 'screened')
			return { type: flag ? 'return.authorise' : 'return.deny', returnId };
		if (r.state === 'inspected') {
			const options = [
				'restock',
				'refurbish',
				'return-to-vendor',
				'liquidate',
				'recycle',
				'scrap'
			] as const;
			return { type: 'return.disposition', returnId, disposition: options[day % options.length] };
		}
		if (r.state.startsWith('dispositioned')) return { type: 'return.credit', returnId };
	}
	if (kind < 56 && world.exceptions.length) {
		const e = world.exceptions[pick % world.exceptions.length];
		const actions = [
			'expedite',
			'substitute',
			'reroute',
			'split',
			'release',
			'contact-customer'
		] as const;
		return { type: 'exception.resolve', exceptionId: e.id, action: actions[day % actions.length] };
	}
	const orders = vecToArray(world.orders);
	if (!orders.length) return { type: 'day.advance' };
	const o = orders[pick % orders.length];
	const s = o.state.fulfilment;
	if (kind < 58) return { type: 'order.cancel', orderId: o.id };
	if (s === 'entered') return { type: 'order.validate', orderId: o.id };
	if (s.startsWith('held.')) {
		const f = o.findings[pick % Math.max(1, o.findings.length)];
		return flag && f
			? { type: 'order.correct', orderId: o.id, code: f.code }
			: { type: 'order.release', orderId: o.id };
	}
	if (s === 'validated') {
		if (kind > 95) return { type: 'order.route', orderId: o.id, node: flag ? 'ST-1' : 'DC-1' };
		if (kind > 92)
			return {
				type: 'order.method',
				orderId: o.id,
				method: flag ? 'drop-ship' : 'cross-dock',
				line: 1
			};
		return flag
			? { type: 'order.promise', orderId: o.id }
			: { type: 'order.promise', orderId: o.id, shipDay: world.day + (day % 4) };
	}
	if (s === 'confirmed' || s === 'shipped.partial')
		return o.changeRequest && flag
			? { type: 'order.change', orderId: o.id, accept: day % 2 === 0 }
			: { type: 'order.allocate', orderId: o.id };
	if (s === 'allocated') return { type: 'order.ship', orderId: o.id, partial: flag };
	return { type: 'day.advance' };
}

function play(choices: Choice[]): World {
	let world = createWorld(scenario);
	for (const pickOf of choices) {
		const c = decide(world, pickOf);
		const before = JSON.stringify(world);
		const result = step(world, c);
		if (result.events.some((e) => e.type === 'command.rejected')) {
			expect(result.world).toBe(world);
			expect(JSON.stringify(result.world)).toBe(before);
		}
		world = result.world;
		checkInvariants(world);
		for (const o of vecToArray(world.orders)) reached.add(o.state.fulfilment);
		for (const r of vecToArray(world.returns)) reachedReturns.add(r.state);
	}
	return world;
}

describe('world properties over random decisions', () => {
	it('conserves units, never goes negative, keeps every order in one state and every rate in [0, 1]', () => {
		fc.assert(
			fc.property(fc.array(choice, { minLength: 40, maxLength: 140, size: 'max' }), (choices) => {
				play(choices);
			}),
			{ numRuns: RUNS }
		);
		for (const state of [
			'held.pricing',
			'held.credit',
			'validated',
			'confirmed',
			'allocated',
			'shipped.complete',
			'delivered',
			'cancelled'
		]) {
			expect(reached, `random decisions reached ${state}`).toContain(state);
		}
		for (const state of ['screened', 'authorised', 'denied']) {
			expect(reachedReturns, `random decisions reached return state ${state}`).toContain(state);
		}
	}, 300_000);

	it('gives the same world, byte for byte, for the same seed and commands', () => {
		fc.assert(
			fc.property(fc.array(choice, { maxLength: 50, size: 'max' }), (choices) => {
				expect(JSON.stringify(play(choices))).toBe(JSON.stringify(play(choices)));
			}),
			{ numRuns: Math.ceil(RUNS / 3) }
		);
	}, 300_000);

	it('keeps every unit accounted for through whole runs under random policies and disruptions', () => {
		const disruption = fc.record({
			day: fc.integer({ min: 1, max: 12 }),
			kind: fc.constantFrom(
				'demand-spike',
				'supplier-delay',
				'capacity-loss',
				'carrier-delay',
				'data-quality',
				'product-recall',
				'credit-downgrade' as const
			),
			severity: fc.constantFrom(0.2, 0.6, 1)
		});
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 10_000 }),
				fc.constantFrom('do-nothing', 'good-practice' as const),
				fc.constantFrom('manual', 'rules' as const),
				fc.boolean(),
				fc.array(disruption, { maxLength: 4 }),
				(seed, name, automation, cpfr, disruptions) => {
					const reference = REFERENCE_POLICIES[name];
					let world = createWorld(
						{ ...scenario, disruptions: disruptions.map((d) => ({ ...d, days: 3 })) },
						seed,
						{
							...reference.policy,
							automation,
							cpfr
						}
					);
					while (!world.ended) {
						world = runAutopilot(world, reference.style).world;
						world = step(world, { type: 'day.advance' }).world;
						checkInvariants(world);
						openFromReached = Math.max(openFromReached, world.openFrom);
						for (const r of vecToArray(world.returns)) reachedReturns.add(r.state);
					}
				}
			),
			{ numRuns: Math.ceil(RUNS / 3) }
		);
		for (const state of ['inspected', 'closed', 'denied']) {
			expect(reachedReturns, `whole runs reached return state ${state}`).toContain(state);
		}
		// The cursor checks above mean something only if the cursor moved.
		expect(openFromReached, 'openFrom moved past delivered orders').toBeGreaterThan(0);
	}, 300_000);
});
