import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { allocate, fairShareByDaysOfSupply } from '../../../../src/lib/sim/allocation';
import { fillRates } from '../../../../src/lib/sim/kpis';

// Every numeric answer in content/quizzes/08-prioritization-and-allocation.yaml, and the
// figures its other questions and explanations quote, recomputed with the engine.

type BankQuestion = { id: string; type: string; answer: unknown; tolerance?: number };
const bank = parse(
	readFileSync(
		new URL('../../../../content/quizzes/08-prioritization-and-allocation.yaml', import.meta.url),
		'utf8'
	)
) as { topic: number; questions: BankQuestion[] };

function numeric(id: string): { answer: number; tolerance: number } {
	const q = bank.questions.find((x) => x.id === id);
	if (!q) throw new Error(`no question "${id}" in the bank`);
	expect(q.type).toBe('numeric');
	return { answer: q.answer as number, tolerance: q.tolerance ?? 0 };
}

/** The bank's answer is the engine's figure, rounded as the question states it. */
function expectAnswer(id: string, computed: number, decimals = 0) {
	const { answer, tolerance } = numeric(id);
	expect(answer).toBe(Number(computed.toFixed(decimals)));
	// Rounding to the stated precision must stay within the tolerance the learner is given.
	expect(Math.abs(answer - computed)).toBeLessThanOrEqual(
		Math.max(tolerance, 0.5 * 10 ** -decimals)
	);
}

/** Fill rates when each order is one line shipped once. */
const rates = (orders: { id: string; qty: number }[], given: number[]) =>
	fillRates(orders.map((o, i) => ({ orderId: o.id, ordered: o.qty, shipped: given[i] })));

describe('quiz bank 8, prioritization and allocation: numeric answers', () => {
	it('is the bank for topic 8', () => {
		expect(bank.topic).toBe(8);
	});

	it('pro-rata-share-with-remainders: 90 units over 50, 40, 30, 20 gives the 40-unit order 26', () => {
		const orders = [
			{ id: 'first', qty: 50 },
			{ id: 'second', qty: 40 },
			{ id: 'third', qty: 30 },
			{ id: 'fourth', qty: 20 }
		];
		const exact = orders.map((o) => (90 * o.qty) / 140);
		expect(exact.map((s) => Number(s.toFixed(2)))).toEqual([32.14, 25.71, 19.29, 12.86]);
		expect(exact.reduce((sum, s) => sum + Math.floor(s), 0)).toBe(88);
		const given = allocate(90, orders, 'pro-rata');
		expect(given).toEqual([32, 26, 19, 13]);
		expectAnswer('pro-rata-share-with-remainders', given[1]);
	});

	it('priority-tier-customer-fill: tier 2 shares 70 units, so order C gets 28 of 40 = 70 %', () => {
		const orders = [
			{ id: 'A', qty: 50, priority: 1 },
			{ id: 'B', qty: 60, priority: 2 },
			{ id: 'C', qty: 40, priority: 2 },
			{ id: 'D', qty: 30, priority: 3 }
		];
		const given = allocate(120, orders, 'priority');
		expect(given).toEqual([50, 42, 28, 0]);
		expectAnswer('priority-tier-customer-fill', (given[2] / orders[2].qty) * 100, 1);
	});

	it('fair-share-units-with-exclusion: Reno drops out, 13.2 days, Boise receives 276', () => {
		const centers = [
			{ id: 'Boise', onHand: 120, dailyDemand: 30 },
			{ id: 'Fresno', onHand: 60, dailyDemand: 20 },
			{ id: 'Reno', onHand: 500, dailyDemand: 10 }
		];
		const result = fairShareByDaysOfSupply(480, centers);
		expect(result.daysOfSupply).toBeCloseTo(13.2, 10);
		expect(result.allocation).toEqual([276, 204, 0]);
		expectAnswer('fair-share-units-with-exclusion', result.allocation[0]);
		// The explanation's first pass over all three, with the network pooled as one location.
		const pooled = fairShareByDaysOfSupply(480, [{ id: 'all', onHand: 680, dailyDemand: 60 }]);
		expect(Number(pooled.daysOfSupply.toFixed(2))).toBe(19.33);
		expect(pooled.daysOfSupply * 10 - 500).toBeLessThan(0);
		expect(Math.round(pooled.daysOfSupply * 30 - 120)).toBe(460);
	});

	it('fair-share-common-days: (420 + 180) / 50 = 12 days, shares 90, 90 and 240', () => {
		const centers = [
			{ id: 'Akron', onHand: 90, dailyDemand: 15 },
			{ id: 'Dayton', onHand: 30, dailyDemand: 10 },
			{ id: 'Toledo', onHand: 60, dailyDemand: 25 }
		];
		const result = fairShareByDaysOfSupply(420, centers);
		expect(result.allocation).toEqual([90, 90, 240]);
		expectAnswer('fair-share-common-days', result.daysOfSupply, 1);
		const daysAfter = centers.map((c, j) => (c.onHand + result.allocation[j]) / c.dailyDemand);
		expect(daysAfter).toEqual([12, 12, 12]);
	});

	it('overall-unit-fill-any-rule: 150 of 200 units is 75 % under every rule', () => {
		const orders = [
			{ id: 'O-1', qty: 60, priority: 2 },
			{ id: 'O-2', qty: 50, priority: 1 },
			{ id: 'O-3', qty: 40, priority: 3 },
			{ id: 'O-4', qty: 50, priority: 2 }
		];
		const byRule = (['fcfs', 'pro-rata', 'priority'] as const).map((rule) =>
			rates(orders, allocate(150, orders, rule))
		);
		for (const r of byRule) expectAnswer('overall-unit-fill-any-rule', r.unit * 100, 1);
		// The explanation: first come, first served completes three orders, pro-rata none.
		expect(byRule[0].order).toBe(0.75);
		expect(byRule[1].order).toBe(0);
	});
});

describe('quiz bank 8, prioritization and allocation: figures in choice questions', () => {
	it('priority-within-tier: 70 units for two 40-unit orders is 35 / 35 pro-rata, 40 / 30 by date', () => {
		const tier2 = [
			{ id: 'Monday', qty: 40 },
			{ id: 'Tuesday', qty: 40 }
		];
		expect(allocate(70, tier2, 'pro-rata')).toEqual([35, 35]);
		expect(allocate(70, tier2, 'fcfs')).toEqual([40, 30]);
	});
});
