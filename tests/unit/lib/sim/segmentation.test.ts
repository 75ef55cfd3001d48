import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abcClassification, volumeMarginMatrix } from '../../../../src/lib/sim/segmentation';

describe('ABC classification by cumulative share', () => {
	it('reproduces Heizer & Render’s Silicon Chips, Inc. example with 70 % and 95 % cut lines', () => {
		// Heizer & Render, Operations Management, inventory chapter, Example 1 (ABC analysis for a
		// chip manufacturer): ten items, $232,057 of annual dollar volume; the two A items carry
		// 72 %, the three B items 23 %, the five C items 5 %. The book draws its lines by judgment
		// ("not hard and fast"); cut lines of 70 % and 95 % reproduce them under this module's rule.
		const items = [
			{ id: '#10286', value: 90_000 },
			{ id: '#11526', value: 77_000 },
			{ id: '#12760', value: 26_350 },
			{ id: '#10867', value: 15_001 },
			{ id: '#10500', value: 12_500 },
			{ id: '#12572', value: 8_502 },
			{ id: '#14075', value: 1_200 },
			{ id: '#01036', value: 850 },
			{ id: '#01307', value: 504 },
			{ id: '#10572', value: 150 }
		];
		const rows = abcClassification(items, { a: 0.7, b: 0.95 });
		expect(rows.map((r) => r.abcClass).join('')).toBe('AABBBCCCCC');
		expect(rows[0].share).toBeCloseTo(0.388, 3);
		expect(rows[1].share).toBeCloseTo(0.332, 3);
		expect(rows[1].cumulativeShare).toBeCloseTo(0.72, 2);
		// The B class together: 11.3 % + 6.4 % + 5.4 % = 23 %.
		expect(rows[4].cumulativeShare - rows[1].cumulativeShare).toBeCloseTo(0.23, 2);
		expect(rows[9].cumulativeShare).toBe(1);
	});

	it('ranks by value, keeps ties in input order and numbers the ranks from 1', () => {
		const rows = abcClassification(
			[
				{ id: 'x', value: 10 },
				{ id: 'y', value: 30 },
				{ id: 'z', value: 10 }
			],
			{ a: 0.5, b: 0.8 }
		);
		expect(rows.map((r) => [r.id, r.rank])).toEqual([
			['y', 1],
			['x', 2],
			['z', 3]
		]);
	});

	it('puts the entry that crosses a cut line in the class it completes, and the top entry in A', () => {
		// 70 reaches the 70 % line exactly: the next entry starts B. 20 takes the total to 90 %.
		const rows = abcClassification(
			[
				{ id: 'p', value: 70 },
				{ id: 'q', value: 20 },
				{ id: 'r', value: 10 }
			],
			{ a: 0.7, b: 0.9 }
		);
		expect(rows.map((r) => r.abcClass)).toEqual(['A', 'B', 'C']);
		// One dominant customer is A on its own even though it passes both lines.
		const dominant = abcClassification(
			[
				{ id: 'big', value: 96 },
				{ id: 'small', value: 4 }
			],
			{ a: 0.8, b: 0.95 }
		);
		expect(dominant.map((r) => r.abcClass)).toEqual(['A', 'C']);
	});

	it('classes a zero value as C', () => {
		const rows = abcClassification(
			[
				{ id: 'a', value: 5 },
				{ id: 'b', value: 0 }
			],
			{ a: 0.8, b: 0.95 }
		);
		expect(rows[1]).toMatchObject({ id: 'b', share: 0, abcClass: 'C' });
	});

	it('refuses an empty list, negative values, a zero total and cut lines out of order', () => {
		const cut = { a: 0.8, b: 0.95 };
		expect(() => abcClassification([], cut)).toThrow(RangeError);
		expect(() => abcClassification([{ id: 'a', value: -1 }], cut)).toThrow(/must not be negative/);
		expect(() => abcClassification([{ id: 'a', value: 0 }], cut)).toThrow(/not all be 0/);
		expect(() => abcClassification([{ id: 'a', value: 1 }], { a: 0.9, b: 0.8 })).toThrow(
			/0 < a < b <= 1/
		);
		expect(() => abcClassification([{ id: 'a', value: 1 }], { a: 0, b: 0.8 })).toThrow(RangeError);
		expect(() => abcClassification([{ id: 'a', value: 1 }], { a: 0.5, b: 1.2 })).toThrow(
			RangeError
		);
		expect(() => abcClassification([{ id: 'a', value: Number.NaN }], cut)).toThrow(RangeError);
	});

	it('always gives ordered classes, an A entry, shares summing to 1 and a last cumulative of 1', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 40 }),
				fc.integer({ min: 1, max: 98 }),
				fc.integer({ min: 1, max: 99 }),
				(values, aPct, gap) => {
					fc.pre(values.some((v) => v > 0));
					const a = aPct / 100;
					const b = Math.min(1, a + gap / 100);
					fc.pre(b > a);
					const rows = abcClassification(
						values.map((value, i) => ({ id: String(i), value })),
						{ a, b }
					);
					const order = rows.map((r) => 'ABC'.indexOf(r.abcClass));
					expect(order).toEqual([...order].sort((x, y) => x - y));
					expect(rows[0].abcClass).toBe('A');
					expect(rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 9);
					expect(rows[rows.length - 1].cumulativeShare).toBeCloseTo(1, 9);
					for (let k = 1; k < rows.length; k++)
						expect(rows[k].value).toBeLessThanOrEqual(rows[k - 1].value);
				}
			)
		);
	});
});

describe('volume x margin matrix after cost to serve', () => {
	const thresholds = { revenue: 1000, netMarginRate: 0.1 };

	it('measures margin after the cost to serve, so a large customer can be a low-margin one', () => {
		// Two customers with the same revenue and gross margin rate (20 %); one costs 150 to serve.
		const [lean, costly] = volumeMarginMatrix(
			[
				{ id: 'lean', revenue: 2000, grossMargin: 400, costToServe: 50 },
				{ id: 'costly', revenue: 2000, grossMargin: 400, costToServe: 250 }
			],
			thresholds
		);
		expect(lean).toMatchObject({ netMargin: 350, quadrant: 'protect', highVolume: true });
		expect(lean.netMarginRate).toBeCloseTo(0.175, 10);
		expect(costly).toMatchObject({ netMargin: 150, quadrant: 'fix-cost-to-serve' });
		expect(costly.grossMarginRate).toBeCloseTo(0.2, 10);
		expect(costly.netMarginRate).toBeCloseTo(0.075, 10);
	});

	it('counts a customer on a threshold as high, and fills all four quadrants', () => {
		const rows = volumeMarginMatrix(
			[
				{ id: 'on-both-lines', revenue: 1000, grossMargin: 150, costToServe: 50 },
				{ id: 'small-rich', revenue: 999, grossMargin: 300, costToServe: 0 },
				{ id: 'small-poor', revenue: 400, grossMargin: 60, costToServe: 40 },
				{ id: 'loss-maker', revenue: 5000, grossMargin: -100, costToServe: 200 }
			],
			thresholds
		);
		expect(rows.map((r) => r.quadrant)).toEqual([
			'protect',
			'develop',
			'serve-efficiently',
			'fix-cost-to-serve'
		]);
		expect(rows[3].netMargin).toBe(-300);
	});

	it('refuses impossible economics and thresholds', () => {
		const ok = { id: 'c', revenue: 100, grossMargin: 20, costToServe: 5 };
		expect(() => volumeMarginMatrix([], thresholds)).toThrow(RangeError);
		expect(() => volumeMarginMatrix([{ ...ok, revenue: 0 }], thresholds)).toThrow(/greater than 0/);
		expect(() => volumeMarginMatrix([{ ...ok, grossMargin: 120 }], thresholds)).toThrow(
			/cannot exceed revenue/
		);
		expect(() => volumeMarginMatrix([{ ...ok, costToServe: -1 }], thresholds)).toThrow(
			/must not be negative/
		);
		expect(() => volumeMarginMatrix([ok], { revenue: -1, netMarginRate: 0.1 })).toThrow(RangeError);
		expect(() => volumeMarginMatrix([ok], { revenue: 1, netMarginRate: Number.NaN })).toThrow(
			RangeError
		);
	});

	it('is deterministic and keeps the input order', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						revenue: fc.integer({ min: 1, max: 10_000 }),
						marginPct: fc.integer({ min: -50, max: 100 }),
						costToServe: fc.integer({ min: 0, max: 5_000 })
					}),
					{ minLength: 1, maxLength: 20 }
				),
				(list) => {
					const customers = list.map((c, i) => ({
						id: String(i),
						revenue: c.revenue,
						grossMargin: (c.revenue * c.marginPct) / 100,
						costToServe: c.costToServe
					}));
					const a = volumeMarginMatrix(customers, thresholds);
					expect(a).toEqual(volumeMarginMatrix(customers, thresholds));
					expect(a.map((r) => r.id)).toEqual(customers.map((c) => c.id));
					for (const r of a)
						expect(r.netMargin).toBeCloseTo(r.revenue * r.grossMarginRate - r.costToServe, 6);
				}
			)
		);
	});
});
