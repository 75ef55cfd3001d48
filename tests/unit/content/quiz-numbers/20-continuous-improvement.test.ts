import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	defectsPerMillionOpportunities,
	paretoAnalysis,
	perfectOrderRate,
	sigmaLevel,
	type PerfectOrderInput
} from '../../../../src/lib/sim/index';

// Numeric questions of content/quizzes/20-continuous-improvement.yaml (and the figures its
// single-choice questions state): each stored answer must equal what the engine computes from
// the figures the prompt gives.
type Question = {
	id: string;
	type: string;
	answer: number | string;
	options?: { id: string; text: string }[];
};
const bank = parse(
	readFileSync(
		new URL('../../../../content/quizzes/20-continuous-improvement.yaml', import.meta.url),
		'utf8'
	)
) as { topic: number; questions: Question[] };

function question(id: string, type: string): Question {
	const q = bank.questions.find((x) => x.id === id);
	if (!q || q.type !== type) throw new Error(`no ${type} question "${id}" in bank 20`);
	return q;
}
const rightText = (q: Question) => q.options!.find((o) => o.id === q.answer)!.text;
const round = (x: number, decimals: number) => Number(x.toFixed(decimals));

// The month's 80 imperfect orders by primary cause, in the order the prompt lists them.
const causes = [
	{ cause: 'Carrier late', count: 8 },
	{ cause: 'Price', count: 30 },
	{ cause: 'Damage', count: 4 },
	{ cause: 'Wrong ship-to', count: 12 },
	{ cause: 'Other', count: 6 },
	{ cause: 'Short shipment', count: 18 },
	{ cause: 'Certificate missing', count: 2 }
];

describe('bank 20: numeric answers come from the engine', () => {
	it('pareto-top-three-share: price, short shipment and wrong ship-to make 75 % of 80', () => {
		const r = paretoAnalysis(causes, { otherLast: 'Other' });
		expect(r.total).toBe(80);
		expect(r.rows.slice(0, 3).map((row) => row.cause)).toEqual([
			'Price',
			'Short shipment',
			'Wrong ship-to'
		]);
		expect(question('pareto-top-three-share', 'numeric').answer).toBe(
			round(r.rows[2].cumulativeShare * 100, 2)
		);
		expect(r.rows.at(-1)!.cause).toBe('Other');
	});

	it('pareto-vital-few-rule: the smallest set reaching 80 % includes carrier late, which crosses the line', () => {
		const r = paretoAnalysis(causes, { otherLast: 'Other', cutoff: 0.8 });
		expect(r.vitalFew).toEqual(['Price', 'Short shipment', 'Wrong ship-to', 'Carrier late']);
		expect(rightText(question('pareto-vital-few-rule', 'single'))).toBe(
			'Price, short shipment, wrong ship-to and carrier late'
		);
		expect(round(r.rows[3].cumulativeShare * 100, 2)).toBe(85);
	});

	it('dpmo-numeric: 62 wrong fields in 1,250 orders x 8 fields is 6,200 DPMO', () => {
		expect(question('dpmo-numeric', 'numeric').answer).toBe(
			round(defectsPerMillionOpportunities(62, 1250, 8), 2)
		);
	});

	it('sigma-level-numeric: 6,200 DPMO is about 4.0 sigma with the 1.5 shift', () => {
		const q = question('sigma-level-numeric', 'numeric');
		expect(q.answer).toBe(round(sigmaLevel(6200), 1));
		// The conversion table's four sigma is 6,210 DPMO.
		expect(round(sigmaLevel(6210), 2)).toBe(4);
	});

	it('dpmo-not-defectives: 30 defects over 10,000 opportunities is 3,000 DPMO', () => {
		const dpmo = defectsPerMillionOpportunities(30, 2000, 5);
		expect(rightText(question('dpmo-not-defectives', 'single'))).toBe(dpmo.toLocaleString('en-US'));
		// The explanation's "about 4.2 sigma".
		expect(round(sigmaLevel(dpmo), 1)).toBe(4.2);
	});

	it('perfect-order-after-change: 41 failures on 36 orders leave 484 of 520 perfect, 93.08 %', () => {
		const ok: PerfectOrderInput = {
			onTime: true,
			inFull: true,
			damageFree: true,
			documentationAccurate: true
		};
		const orders: PerfectOrderInput[] = [
			...Array.from({ length: 18 }, () => ({ ...ok, documentationAccurate: false })),
			...Array.from({ length: 5 }, () => ({ ...ok, inFull: false, onTime: false })),
			...Array.from({ length: 7 }, () => ({ ...ok, inFull: false })),
			...Array.from({ length: 3 }, () => ({ ...ok, onTime: false })),
			...Array.from({ length: 3 }, () => ({ ...ok, damageFree: false })),
			...Array.from({ length: 484 }, () => ({ ...ok }))
		];
		expect(orders).toHaveLength(520);
		const failures = orders.reduce(
			(n, o) =>
				n +
				Number(!o.onTime) +
				Number(!o.inFull) +
				Number(!o.damageFree) +
				Number(!o.documentationAccurate),
			0
		);
		expect(failures).toBe(41);
		const r = perfectOrderRate(orders);
		expect(question('perfect-order-after-change', 'numeric').answer).toBe(round(r.rate * 100, 2));
		// Treating every failure as a separate order gives the 92.12 % the explanation warns of.
		expect(round(((520 - failures) / 520) * 100, 2)).toBe(92.12);
	});
});
