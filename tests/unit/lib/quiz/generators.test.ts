import { describe, expect, it } from 'vitest';
import {
	allocate,
	cashToCash,
	cumulativeAtp,
	discreteAtp,
	fillRates,
	perfectOrderRate
} from '../../../../src/lib/sim';
import { generate, generatedQuestions, GENERATORS } from '../../../../src/lib/quiz/generators';

describe('generated questions', () => {
	it.each(GENERATORS.map((g) => g.id))(
		'%s draws the same question from the same seed and another from another seed',
		(id) => {
			expect(generate(id, 42)).toEqual(generate(id, 42));
			const draws = new Set(
				[1, 2, 3, 4, 5, 6].map((seed) =>
					JSON.stringify({ ...generate(id, seed), id: '', generated: null })
				)
			);
			expect(draws.size).toBeGreaterThan(1);
		}
	);

	it('answers ATP questions with the engine’s discrete and cumulative ATP', () => {
		for (let seed = 1; seed <= 30; seed++) {
			for (const id of ['discrete-atp', 'cumulative-atp']) {
				const q = generate(id, seed);
				const [mps, orders] = q.table!.rows.map((r) => r.slice(1) as number[]);
				const onHand = Number(/start: (\d+)/.exec(q.table!.caption)![1]);
				const period = Number(/in period (\d+)/.exec(q.prompt)![1]) - 1;
				const input = { onHand, mps, customerOrders: orders };
				const expected =
					id === 'discrete-atp'
						? discreteAtp(input)[period]
						: cumulativeAtp(input, { lookAhead: true })[period];
				expect(q.answer).toBe(expected);
			}
		}
	});

	it('answers pro-rata, fill-rate, perfect-order and cash-to-cash questions with the engine', () => {
		for (let seed = 1; seed <= 30; seed++) {
			const pro = generate('pro-rata', seed);
			const available = Number(/^(\d+) units/.exec(pro.prompt)![1]);
			const demands = [...pro.prompt.matchAll(/(North|South|West) (\d+)/g)].map((m) => ({
				id: m[1],
				qty: Number(m[2])
			}));
			const who = demands.findIndex((d) => pro.prompt.includes(`how many does ${d.id} get`));
			expect(pro.answer).toBe(allocate(available, demands, 'pro-rata')[who]);

			const fill = generate('fill-rate', seed);
			const lines = fill.table!.rows.map(([orderId, ordered, shipped]) => ({
				orderId: String(orderId),
				ordered: Number(ordered),
				shipped: Number(shipped)
			}));
			const kind = /the (unit|line|order) fill rate/.exec(fill.prompt)![1] as
				'unit' | 'line' | 'order';
			expect(fill.answer).toBeCloseTo(fillRates(lines)[kind] * 100, 1);

			const c2c = generate('cash-to-cash', seed);
			const figures = Object.fromEntries(c2c.table!.rows.map(([k, v]) => [k, Number(v)]));
			expect(c2c.answer).toBeCloseTo(cashToCash(figures as never).cashToCash, 1);

			const po = generate('perfect-order', seed);
			const failed = Number(/; (\d+) orders failed/.exec(po.prompt)![1]);
			expect(po.answer).toBeCloseTo(((20 - failed) / 20) * 100, 5);
			expect(
				perfectOrderRate(
					Array.from({ length: 20 }, (_, i) => ({
						onTime: i >= failed,
						inFull: true,
						damageFree: true,
						documentationAccurate: true
					}))
				).rate * 100
			).toBeCloseTo(po.answer, 5);
		}
	});

	it('gives each numeric topic its generated questions', () => {
		expect(generatedQuestions(4, 9).map((q) => q.generated?.generator)).toEqual([
			'discrete-atp',
			'cumulative-atp'
		]);
		expect(generatedQuestions(18, 9)).toHaveLength(2);
		expect(generatedQuestions(1, 9)).toEqual([]);
	});
});
