import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cashToCash, fillRates, otif, perfectOrderRate } from '../../../../src/lib/sim';

describe('fill rates', () => {
	it('matches RightChain’s two-order example: 85 % units, 67 % lines, 0 % orders', () => {
		// RightChain knowledge base, "Fill Rate": 2 orders, 6 lines, 200 units ordered, 170 shipped,
		// 4 lines complete, no order complete. Line detail ours, consistent with those totals.
		const lines = [
			{ orderId: '1', ordered: 50, shipped: 50 },
			{ orderId: '1', ordered: 30, shipped: 30 },
			{ orderId: '1', ordered: 20, shipped: 5 },
			{ orderId: '2', ordered: 40, shipped: 40 },
			{ orderId: '2', ordered: 35, shipped: 35 },
			{ orderId: '2', ordered: 25, shipped: 10 }
		];
		const rates = fillRates(lines);
		expect(rates.unit).toBeCloseTo(0.85, 10);
		expect(rates.line).toBeCloseTo(4 / 6, 10);
		expect(rates.order).toBe(0);
	});

	it('matches the Aldo Inc. quarter: 80 % units, 75 % lines, 70 % orders', () => {
		// Published operations-management exercise (wizedu, "Aldo Inc."): 500 orders, 3,100 lines,
		// 16,000 units ordered, 12,800 delivered, 2,325 complete lines, 350 complete orders.
		// We build lines with exactly those totals, then check the rates.
		// Orders 0-349 complete (the first 100 with 7 lines of 4 units, the rest 6 lines);
		// orders 350-499 incomplete: 125 of them with one complete line and 5 short lines, 25 with
		// 6 short lines. Short lines: 500 of 9 units shipping 5, 225 of 8 shipping 4, 50 of 8 shipping 2.
		const lines: { orderId: string; ordered: number; shipped: number }[] = [];
		let short = 0;
		const shortLine = (orderId: string) => {
			const k = short++;
			return { orderId, ordered: k < 500 ? 9 : 8, shipped: k < 500 ? 5 : k < 725 ? 4 : 2 };
		};
		for (let o = 0; o < 500; o++) {
			const id = `${o}`;
			if (o < 350) {
				for (let l = 0; l < (o < 100 ? 7 : 6); l++)
					lines.push({ orderId: id, ordered: 4, shipped: 4 });
			} else {
				const completeLines = o < 475 ? 1 : 0;
				for (let l = 0; l < 6; l++) {
					lines.push(l < completeLines ? { orderId: id, ordered: 4, shipped: 4 } : shortLine(id));
				}
			}
		}
		const sum = (f: (l: (typeof lines)[number]) => number) => lines.reduce((a, l) => a + f(l), 0);
		expect(new Set(lines.map((l) => l.orderId)).size).toBe(500);
		expect(lines.length).toBe(3100);
		expect(sum((l) => l.ordered)).toBe(16000);
		expect(sum((l) => l.shipped)).toBe(12800);
		expect(lines.filter((l) => l.shipped === l.ordered).length).toBe(2325);

		expect(fillRates(lines)).toEqual({ unit: 0.8, line: 0.75, order: 0.7 });
	});

	it('refuses over-shipment, zero-quantity lines and an empty list', () => {
		expect(() => fillRates([{ orderId: 'a', ordered: 5, shipped: 6 }])).toThrow(
			/at most what was ordered/
		);
		expect(() => fillRates([{ orderId: 'a', ordered: 0, shipped: 0 }])).toThrow(/greater than 0/);
		expect(() => fillRates([])).toThrow(/must not be empty/);
	});
});

/** n orders, all perfect, then the listed failures applied to the given order indexes. */
function orders(
	n: number,
	failures: Partial<Record<'onTime' | 'inFull' | 'damageFree' | 'documentationAccurate', number[]>>
) {
	const list = Array.from({ length: n }, () => ({
		onTime: true,
		inFull: true,
		damageFree: true,
		documentationAccurate: true
	}));
	for (const [key, indexes] of Object.entries(failures)) {
		for (const i of indexes ?? []) list[i][key as keyof (typeof list)[number]] = false;
	}
	return list;
}
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('perfect order', () => {
	it('multiplies APQC’s component rates .98 x .97 x .99 x .82 to 77.16 %, but counts differently', () => {
		// APQC Open Standards Benchmarking, "Perfect order performance": product of % on time,
		// % complete, % damage free and % accurate documentation; example .98 x .97 x .99 x .82.
		// 100 orders: 2 late, 3 short, 1 damaged, 18 with document errors.
		const spread = orders(100, {
			onTime: range(0, 2),
			inFull: range(2, 3),
			damageFree: range(5, 1),
			documentationAccurate: range(6, 18)
		});
		const a = perfectOrderRate(spread);
		expect(a.components).toEqual({
			onTime: 0.98,
			inFull: 0.97,
			damageFree: 0.99,
			documentationAccurate: 0.82
		});
		// .98 x .97 x .99 x .82 = 0.7716971; APQC prints it truncated, as 77.16.
		expect(Math.floor(a.productOfComponents * 10000) / 100).toBe(77.16);
		// Failures on 24 different orders: 76 % perfect, below the product.
		expect(a.rate).toBe(0.76);

		// Same component rates, failures piled onto the same 18 orders: 82 % perfect, above it.
		const piled = orders(100, {
			onTime: range(0, 2),
			inFull: range(0, 3),
			damageFree: range(0, 1),
			documentationAccurate: range(0, 18)
		});
		const b = perfectOrderRate(piled);
		expect(b.productOfComponents).toBeCloseTo(a.productOfComponents, 12);
		expect(b.rate).toBe(0.82);
	});

	it('counts 475 perfect orders of 500 as 95 % (supplychainpedia example)', () => {
		const list = orders(500, { onTime: range(0, 10), damageFree: range(10, 15) });
		expect(perfectOrderRate(list).rate).toBe(0.95);
	});

	it('computes OTIF as the share both on time and in full', () => {
		const list = orders(10, { onTime: [0, 1], inFull: [1, 2] });
		expect(otif(list)).toBe(0.7);
		expect(() => otif([])).toThrow(RangeError);
	});
});

describe('cash-to-cash cycle time', () => {
	it('matches the wizedu operating-cycle exercise with averaged balances', () => {
		// Inventory 2,600 -> 2,890, receivables 3,222 -> 2,800, payables 2,500 -> 2,670,
		// sales 24,589, COGS 19,630: published answers DIO 51.04, DSO 44.70, DPO 48.07, CCC 47.67.
		const result = cashToCash({
			revenue: 24589,
			cogs: 19630,
			inventoryBegin: 2600,
			inventoryEnd: 2890,
			receivablesBegin: 3222,
			receivablesEnd: 2800,
			payablesBegin: 2500,
			payablesEnd: 2670
		});
		expect(result.dio).toBeCloseTo(51.04, 2);
		expect(result.dso).toBeCloseTo(44.7, 2);
		expect(result.dpo).toBeCloseTo(48.07, 2);
		expect(result.cashToCash).toBeCloseTo(47.67, 2);
	});

	it('matches the qammunity example with year-end balances: 76.04 + 97.33 - 25.35 = 148 days', () => {
		const result = cashToCash({
			revenue: 600_000,
			cogs: 360_000,
			inventoryBegin: 75_000,
			inventoryEnd: 75_000,
			receivablesBegin: 160_000,
			receivablesEnd: 160_000,
			payablesBegin: 25_000,
			payablesEnd: 25_000
		});
		expect(result.dio).toBeCloseTo(76.04, 2);
		expect(result.dso).toBeCloseTo(97.33, 2);
		expect(result.dpo).toBeCloseTo(25.35, 2);
		// The published total, 148.0, adds the three rounded figures.
		expect(result.cashToCash).toBeCloseTo(148.0, 1);
	});

	it('scales to the window the revenue covers (a 30-day simulation, not a year)', () => {
		const month = cashToCash({
			revenue: 30_000,
			cogs: 18_000,
			inventoryBegin: 6_000,
			inventoryEnd: 6_000,
			receivablesBegin: 15_000,
			receivablesEnd: 15_000,
			payablesBegin: 3_000,
			payablesEnd: 3_000,
			days: 30
		});
		expect(month).toEqual({ dio: 10, dso: 15, dpo: 5, cashToCash: 20 });
		expect(() =>
			cashToCash({
				...month,
				revenue: 0,
				cogs: 1,
				inventoryBegin: 0,
				inventoryEnd: 0,
				receivablesBegin: 0,
				receivablesEnd: 0,
				payablesBegin: 0,
				payablesEnd: 0
			})
		).toThrow(/revenue must be greater than 0/);
	});
});

describe('KPI properties', () => {
	it('keeps every rate within [0, 1] and the perfect-order rate at or below each component', () => {
		const outcome = fc.record({
			onTime: fc.boolean(),
			inFull: fc.boolean(),
			damageFree: fc.boolean(),
			documentationAccurate: fc.boolean()
		});
		fc.assert(
			fc.property(fc.array(outcome, { minLength: 1, maxLength: 50 }), (list) => {
				const r = perfectOrderRate(list);
				for (const v of [
					r.rate,
					r.productOfComponents,
					...Object.values(r.components),
					otif(list)
				]) {
					expect(v).toBeGreaterThanOrEqual(0);
					expect(v).toBeLessThanOrEqual(1);
				}
				for (const c of Object.values(r.components)) expect(r.rate).toBeLessThanOrEqual(c);
				expect(r.rate).toBeLessThanOrEqual(otif(list));
			})
		);
		fc.assert(
			fc.property(
				fc.array(
					fc
						.record({
							orderId: fc.constantFrom('a', 'b', 'c'),
							ordered: fc.integer({ min: 1, max: 50 })
						})
						.chain((l) =>
							fc.integer({ min: 0, max: l.ordered }).map((shipped) => ({ ...l, shipped }))
						),
					{ minLength: 1, maxLength: 20 }
				),
				(lines) => {
					const r = fillRates(lines);
					for (const v of Object.values(r)) {
						expect(v).toBeGreaterThanOrEqual(0);
						expect(v).toBeLessThanOrEqual(1);
					}
					// Every order complete means every line complete, and every unit shipped.
					if (r.order === 1) expect([r.line, r.unit]).toEqual([1, 1]);
				}
			)
		);
	});
});
