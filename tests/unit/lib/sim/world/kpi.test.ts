// The world's daily KPI row is a running tally; these tests prove it equals the engine's KPI
// functions applied to the full list of order outcomes, every day of a busy run.
import { describe, expect, it } from 'vitest';
import {
	createWorld,
	fillRates,
	otif,
	perfectOrderRate,
	runAutopilot,
	step,
	vecToArray,
	type World
} from '../../../../../src/lib/sim';
import { fillRateLines, orderOutcome } from '../../../../../src/lib/sim/world/kpi';
import { testScenario } from './fixture';

const round = (x: number) => Math.round(x * 10000) / 10000;

function expected(world: World, day: number) {
	const orders = vecToArray(world.orders);
	const lines = orders.flatMap((o) => fillRateLines(o, day) ?? []);
	const outcomes = orders.flatMap((o) => orderOutcome(o, day) ?? []);
	const fill = lines.length ? fillRates(lines) : null;
	const perfect = outcomes.length ? perfectOrderRate(outcomes) : null;
	return {
		fillRateUnit: fill && round(fill.unit),
		fillRateLine: fill && round(fill.line),
		fillRateOrder: fill && round(fill.order),
		otif: outcomes.length ? round(otif(outcomes)) : null,
		perfectOrderRate: perfect && round(perfect.rate),
		perfectOrderProduct: perfect && round(perfect.productOfComponents)
	};
}

describe('the daily KPI row', () => {
	it('matches fillRates, otif and perfectOrderRate over every order, every day', () => {
		const scenario = testScenario({
			days: 30,
			nodes: [
				{
					id: 'DC-1',
					name: 'Test DC',
					onHand: { 'PMP-1': 60, 'BOX-6': 300 },
					receipts: [
						{ day: 10, sku: 'PMP-1', qty: 80 },
						{ day: 20, sku: 'PMP-1', qty: 80 }
					],
					handlingDays: 0
				}
			],
			demand: {
				ordersPerDay: 3,
				items: { 'PMP-1': 2, 'BOX-6': 1 },
				lineQty: [2, 18],
				errorRate: 0.3
			},
			customers: [
				{
					id: 'GOLD',
					name: 'Gold Co',
					tier: 'strategic',
					channel: 'edi',
					creditLimit: 100000,
					transitDays: 1,
					terms: { discountPercent: 2, discountDays: 3, netDays: 7 },
					takesDiscount: 0.5
				},
				{
					id: 'SILVER',
					name: 'Silver Co',
					tier: 'key',
					channel: 'web',
					creditLimit: 50000,
					transitDays: 2,
					terms: { discountPercent: 0, discountDays: 0, netDays: 5 }
				},
				{
					id: 'TIGHT',
					name: 'Tight Co',
					tier: 'standard',
					channel: 'phone',
					creditLimit: 3000,
					transitDays: 2,
					terms: { discountPercent: 0, discountDays: 0, netDays: 5 },
					paysLateDays: [0, 4]
				}
			],
			carrierDelayRate: 0.2,
			damageRate: 0.1
		});
		let world = createWorld(scenario);
		let checked = 0;
		while (!world.ended) {
			world = step(runAutopilot(world).world, { type: 'day.advance' }).world;
			const row = world.kpis.at(-1)!;
			expect(row).toMatchObject(expected(world, row.day));
			checked++;
		}
		expect(checked).toBe(30);
		// The run went deep enough for the comparison to mean something.
		const last = world.kpis.at(-1)!;
		expect(last.ordersDelivered).toBeGreaterThan(20);
		expect(last.perfectOrderRate).toBeLessThan(1);
		expect(vecToArray(world.orders).filter((o) => o.settled).length).toBeGreaterThan(10);
	});
});
