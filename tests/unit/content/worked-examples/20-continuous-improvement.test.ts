import { describe, expect, it } from 'vitest';
import { perfectOrderRate } from '../../../../src/lib/sim/kpis';
import {
	defectsPerMillionOpportunities,
	paretoAnalysis,
	sigmaLevel,
	type ParetoCause
} from '../../../../src/lib/sim/pareto';
import type { PerfectOrderInput } from '../../../../src/lib/sim/types';

// Lesson 20, "Continuous improvement in order management", worked example: a pump distributor's
// perfect-order failures in March by primary cause, a fix to contract pricing, and April.
type Component = keyof PerfectOrderInput;
const CAUSES: { cause: string; fails: Component }[] = [
	{ cause: 'Invoice price not the contract price', fails: 'documentationAccurate' },
	{ cause: 'Short shipment, inventory record wrong', fails: 'inFull' },
	{ cause: 'Wrong ship-to address keyed', fails: 'onTime' },
	{ cause: 'Carrier late', fails: 'onTime' },
	{ cause: 'Damaged in transit', fails: 'damageFree' },
	{ cause: 'Certificate missing', fails: 'documentationAccurate' },
	{ cause: 'Other', fails: 'inFull' }
];
const MARCH = [21, 12, 6, 4, 3, 1, 1];
const APRIL = [3, 13, 5, 4, 3, 1, 2];

const perfect: PerfectOrderInput = {
	onTime: true,
	inFull: true,
	damageFree: true,
	documentationAccurate: true
};
/** One order per failure, failing its cause's component, and the rest perfect. */
function month(orders: number, counts: number[]): PerfectOrderInput[] {
	const failed = counts.flatMap((n, i) =>
		Array.from({ length: n }, () => ({ ...perfect, [CAUSES[i].fails]: false }))
	);
	return [...failed, ...Array.from({ length: orders - failed.length }, () => ({ ...perfect }))];
}
const causes = (counts: number[]): ParetoCause[] =>
	CAUSES.map((c, i) => ({ cause: c.cause, count: counts[i] }));
const pct = (x: number, dp: number) => Number((x * 100).toFixed(dp));

describe('lesson 20 worked example: a Pareto of perfect-order failures and one PDCA cycle', () => {
	it('step 1: 48 of 400 orders fail, Perfect Order Fulfillment by count 88.0 %', () => {
		const march = month(400, MARCH);
		expect(MARCH.reduce((s, n) => s + n, 0)).toBe(48);
		expect(march).toHaveLength(400);
		const r = perfectOrderRate(march);
		expect(Math.round(r.rate * 400)).toBe(352);
		expect(pct(r.rate, 1)).toBe(88.0);
	});

	it('the Pareto table: shares and cumulative shares as printed, "Other" last', () => {
		const p = paretoAnalysis(causes(MARCH), { otherLast: 'Other' });
		expect(p.total).toBe(48);
		expect(p.rows.map((r) => [r.rank, r.cause, r.count])).toEqual(
			CAUSES.map((c, i) => [i + 1, c.cause, MARCH[i]])
		);
		expect(p.rows.map((r) => pct(r.share, 2))).toEqual([43.75, 25, 12.5, 8.33, 6.25, 2.08, 2.08]);
		expect(p.rows.map((r) => pct(r.cumulativeShare, 2))).toEqual([
			43.75, 68.75, 81.25, 89.58, 95.83, 97.92, 100
		]);
	});

	it('step 2: three of seven causes are the vital few, 81.25 %, pricing alone 43.75 %', () => {
		const p = paretoAnalysis(causes(MARCH), { otherLast: 'Other' });
		expect(p.vitalFew).toEqual([CAUSES[0].cause, CAUSES[1].cause, CAUSES[2].cause]);
		expect(p.rows.length).toBe(7);
		expect(pct(p.rows[2].cumulativeShare, 2)).toBe(81.25);
		expect(pct(p.rows[0].share, 2)).toBe(43.75);
	});

	it('step 5: April 31 of 410 imperfect, pricing 3; documentation 94.5 % to 99.0 %; count 88.0 % to 92.4 %', () => {
		const march = perfectOrderRate(month(400, MARCH));
		const april = perfectOrderRate(month(410, APRIL));
		expect(APRIL.reduce((s, n) => s + n, 0)).toBe(31);
		expect(APRIL[0]).toBe(3);
		expect(pct(march.components.documentationAccurate, 1)).toBe(94.5);
		expect(pct(april.components.documentationAccurate, 1)).toBe(99.0);
		expect(pct(april.rate, 1)).toBe(92.4);
		expect(Math.round(april.rate * 410)).toBe(379);
	});

	it('step 6: delivery failures 10 and 9; the new top cause is short shipments, 13 of 31, 41.9 %', () => {
		const late = (counts: number[]) =>
			counts.reduce((s, n, i) => s + (CAUSES[i].fails === 'onTime' ? n : 0), 0);
		expect(late(MARCH)).toBe(10);
		expect(late(APRIL)).toBe(9);
		expect(Math.round((1 - perfectOrderRate(month(400, MARCH)).components.onTime) * 400)).toBe(10);
		expect(Math.round((1 - perfectOrderRate(month(410, APRIL)).components.onTime) * 410)).toBe(9);
		const p = paretoAnalysis(causes(APRIL), { otherLast: 'Other' });
		expect(p.rows[0].cause).toBe('Short shipment, inventory record wrong');
		expect(p.rows[0].count).toBe(13);
		expect(pct(p.rows[0].share, 1)).toBe(41.9);
	});

	it('the DPMO illustration: five fields on 2,000 orders, 30 wrong: 3,000 DPMO, about 4.2 sigma', () => {
		const dpmo = defectsPerMillionOpportunities(30, 2000, 5);
		expect(dpmo).toBe(3000);
		expect(Number(sigmaLevel(dpmo).toFixed(1))).toBe(4.2);
		// Six Sigma quality, 3.4 DPMO, is six sigma with the 1.5 sigma shift.
		expect(Number(sigmaLevel(3.4).toFixed(1))).toBe(6.0);
	});

	it('self-check 2: four fields on 1,500 orders, 24 wrong: 4,000 DPMO, about 4.2 sigma', () => {
		const dpmo = defectsPerMillionOpportunities(24, 1500, 4);
		expect(dpmo).toBe(4000);
		expect(Number(sigmaLevel(dpmo).toFixed(1))).toBe(4.2);
	});
});
