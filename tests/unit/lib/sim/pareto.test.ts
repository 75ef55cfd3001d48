import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	defectsPerMillionOpportunities,
	paretoAnalysis,
	sigmaLevel
} from '../../../../src/lib/sim/pareto';

// SAS/QC User's Guide, PROC PARETO, "Getting Started": failures in integrated circuit
// manufacturing, 31 in all, contamination and oxide defects the largest.
const IC_FAILURES = [
	{ cause: 'Contamination', count: 14 },
	{ cause: 'Corrosion', count: 2 },
	{ cause: 'Doping', count: 1 },
	{ cause: 'Metallization', count: 2 },
	{ cause: 'Miscellaneous', count: 3 },
	{ cause: 'Oxide Defect', count: 8 },
	{ cause: 'Silicon Defect', count: 1 }
];

describe('paretoAnalysis', () => {
	it('ranks the SAS/QC integrated-circuit failures: contamination 45.2 %, oxide defects to 71.0 %', () => {
		const p = paretoAnalysis(IC_FAILURES);
		expect(p.total).toBe(31);
		expect(p.rows.map((r) => r.cause)).toEqual([
			'Contamination',
			'Oxide Defect',
			'Miscellaneous',
			'Corrosion',
			'Metallization',
			'Doping',
			'Silicon Defect'
		]);
		expect(p.rows.map((r) => Number((r.cumulativeShare * 100).toFixed(1)))).toEqual([
			45.2, 71.0, 80.6, 87.1, 93.5, 96.8, 100
		]);
		// The third cause crosses 80 %, so it is one of the vital few.
		expect(p.vitalFew).toEqual(['Contamination', 'Oxide Defect', 'Miscellaneous']);
		expect(p.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});

	it('keeps a catch-all last, as PROC PARETO does with LAST=, and never calls it vital', () => {
		const p = paretoAnalysis(IC_FAILURES, { otherLast: 'Miscellaneous' });
		expect(p.rows.at(-1)).toMatchObject({ cause: 'Miscellaneous', rank: 7, vitalFew: false });
		expect(p.vitalFew).toEqual(['Contamination', 'Oxide Defect', 'Corrosion', 'Metallization']);
		const onlyOther = paretoAnalysis([{ cause: 'Other', count: 5 }], { otherLast: 'Other' });
		expect(onlyOther.vitalFew).toEqual([]);
	});

	it('keeps ties in input order and treats a cumulative share exactly on the cutoff as reaching it', () => {
		const p = paretoAnalysis(
			[
				{ cause: 'b', count: 1 },
				{ cause: 'a', count: 4 },
				{ cause: 'c', count: 4 },
				{ cause: 'd', count: 1 }
			],
			{ cutoff: 0.8 }
		);
		expect(p.rows.map((r) => r.cause)).toEqual(['a', 'c', 'b', 'd']);
		// a and c make exactly 80 %: b is not needed.
		expect(p.vitalFew).toEqual(['a', 'c']);
		expect(paretoAnalysis([{ cause: 'x', count: 7 }], { cutoff: 1 }).vitalFew).toEqual(['x']);
	});

	it('accepts weights such as cost, not only counts', () => {
		const p = paretoAnalysis([
			{ cause: 'Short shipment', count: 1800.5 },
			{ cause: 'Pricing', count: 420 }
		]);
		expect(p.rows[0].cause).toBe('Short shipment');
		expect(p.rows[0].share).toBeCloseTo(1800.5 / 2220.5, 12);
	});

	it('refuses impossible input', () => {
		expect(() => paretoAnalysis([])).toThrow(RangeError);
		expect(() => paretoAnalysis([{ cause: 'a', count: -1 }])).toThrow(/negative/);
		expect(() => paretoAnalysis([{ cause: 'a', count: 0 }])).toThrow(/all be 0/);
		expect(() =>
			paretoAnalysis([
				{ cause: 'a', count: 1 },
				{ cause: 'a', count: 2 }
			])
		).toThrow(/twice/);
		for (const cutoff of [0, 1.2, Number.NaN]) {
			expect(() => paretoAnalysis([{ cause: 'a', count: 1 }], { cutoff })).toThrow(RangeError);
		}
	});

	it('properties: shares sum to 1, cumulative share ends at 1 and never falls, the top cause is vital', () => {
		const causes = fc.uniqueArray(
			fc.record({ cause: fc.string({ minLength: 1, maxLength: 6 }), count: fc.nat(500) }),
			{ minLength: 1, maxLength: 12, selector: (c) => c.cause }
		);
		fc.assert(
			fc.property(causes, fc.double({ min: 0.05, max: 1, noNaN: true }), (list, cutoff) => {
				fc.pre(list.some((c) => c.count > 0));
				const p = paretoAnalysis(list, { cutoff });
				expect(p.rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 9);
				expect(p.rows.at(-1)!.cumulativeShare).toBeCloseTo(1, 9);
				for (let i = 1; i < p.rows.length; i++) {
					expect(p.rows[i].count).toBeLessThanOrEqual(p.rows[i - 1].count);
					expect(p.rows[i].cumulativeShare).toBeGreaterThanOrEqual(p.rows[i - 1].cumulativeShare);
				}
				expect(p.rows[0].vitalFew).toBe(true);
				const lastVital = p.rows[p.vitalFew.length - 1];
				expect(lastVital.cumulativeShare).toBeGreaterThanOrEqual(cutoff - 1e-9);
			})
		);
	});
});

describe('defectsPerMillionOpportunities and sigmaLevel', () => {
	it('computes DPMO as defects over units times opportunities, times a million', () => {
		expect(defectsPerMillionOpportunities(30, 2000, 5)).toBe(3000);
		expect(defectsPerMillionOpportunities(0, 10, 3)).toBe(0);
		expect(defectsPerMillionOpportunities(30, 30, 1)).toBe(1_000_000);
	});

	it('matches the sigma conversion table with the 1.5 sigma shift (Pyzdek & Keller, The Six Sigma Handbook)', () => {
		const table: [number, number][] = [
			[691_462, 1],
			[308_538, 2],
			[66_807, 3],
			[6_210, 4],
			[233, 5],
			[3.4, 6]
		];
		for (const [dpmo, sigma] of table) expect(Number(sigmaLevel(dpmo).toFixed(2))).toBe(sigma);
	});

	it('refuses impossible input', () => {
		expect(() => defectsPerMillionOpportunities(1.5, 10, 1)).toThrow(/whole number/);
		expect(() => defectsPerMillionOpportunities(1, 0, 1)).toThrow(/units/);
		expect(() => defectsPerMillionOpportunities(1, 10, 0)).toThrow(/opportunitiesPerUnit/);
		expect(() => defectsPerMillionOpportunities(11, 10, 1)).toThrow(/exceed/);
		for (const d of [0, 1_000_000, -5, Number.NaN]) expect(() => sigmaLevel(d)).toThrow(RangeError);
	});
});
