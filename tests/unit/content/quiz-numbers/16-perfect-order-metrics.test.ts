import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { otif, perfectOrderRate } from '../../../../src/lib/sim/kpis';
import type { PerfectOrderInput } from '../../../../src/lib/sim/types';

// Numeric questions of content/quizzes/16-perfect-order-metrics.yaml (and the OTIF figure its
// single-choice question states): each stored answer must equal what the engine computes.
type Question = {
	id: string;
	type: string;
	answer: number | string;
	options?: { id: string; text: string }[];
};
const bank = parse(
	readFileSync(
		new URL('../../../../content/quizzes/16-perfect-order-metrics.yaml', import.meta.url),
		'utf8'
	)
) as { topic: number; questions: Question[] };

function question(id: string, type: string): Question {
	const q = bank.questions.find((x) => x.id === id);
	if (!q || q.type !== type) throw new Error(`no ${type} question "${id}" in bank 16`);
	return q;
}
const round = (x: number, decimals: number) => Number(x.toFixed(decimals));
const ok: PerfectOrderInput = {
	onTime: true,
	inFull: true,
	damageFree: true,
	documentationAccurate: true
};

// The month's audit: 21 orders, one canceled by the customer and left out; six with failures.
const audit: PerfectOrderInput[] = [
	{ ...ok, onTime: false, inFull: false },
	{ ...ok, onTime: false, inFull: false, documentationAccurate: false },
	{ ...ok, damageFree: false },
	{ ...ok, onTime: false },
	{ ...ok, documentationAccurate: false },
	{ ...ok, inFull: false },
	...Array.from({ length: 14 }, () => ({ ...ok }))
];

describe('bank 16: numeric answers come from the engine', () => {
	it('perfect-order-count: 14 of 20 orders perfect is 70 % (66.7 % if the cancellation counted)', () => {
		expect(audit).toHaveLength(20);
		const r = perfectOrderRate(audit);
		expect(question('perfect-order-count', 'numeric').answer).toBe(round(r.rate * 100, 2));
		const withCancellation = perfectOrderRate([...audit, { ...ok, onTime: false }]);
		expect(round(withCancellation.rate * 100, 1)).toBe(66.7);
	});

	it('perfect-order-product: 85 % x 85 % x 95 % x 90 % = 61.77 %', () => {
		const r = perfectOrderRate(audit);
		expect(r.components).toEqual({
			onTime: 0.85,
			inFull: 0.85,
			damageFree: 0.95,
			documentationAccurate: 0.9
		});
		expect(question('perfect-order-product', 'numeric').answer).toBe(
			round(r.productOfComponents * 100, 2)
		);
	});

	it('otif-from-audit: 16 of 20 orders on time and in full, the 80 % option', () => {
		const q = question('otif-from-audit', 'single');
		const right = q.options!.find((o) => o.id === q.answer)!;
		expect(right.text).toBe(`${round(otif(audit) * 100, 2)} %`);
		// The 72.25 % distractor multiplies the two component rates.
		const r = perfectOrderRate(audit);
		expect(round(r.components.onTime * r.components.inFull * 100, 2)).toBe(72.25);
	});

	it('lowest-possible-count: 28 failures of 200 on different orders leave 86 %; piled on the late orders, 94 %', () => {
		// 12 late, 6 short, 2 damaged, 8 wrongly documented, each on its own order ...
		const spread = Array.from({ length: 200 }, (_, i) => ({
			onTime: !(i < 12),
			inFull: !(i >= 12 && i < 18),
			damageFree: !(i >= 18 && i < 20),
			documentationAccurate: !(i >= 20 && i < 28)
		}));
		// ... or every failure on the 12 late orders.
		const piled = Array.from({ length: 200 }, (_, i) => ({
			onTime: !(i < 12),
			inFull: !(i < 6),
			damageFree: !(i < 2),
			documentationAccurate: !(i < 8)
		}));
		const low = perfectOrderRate(spread);
		const high = perfectOrderRate(piled);
		const rates = { onTime: 0.94, inFull: 0.97, damageFree: 0.99, documentationAccurate: 0.96 };
		expect(low.components).toEqual(rates);
		expect(high.components).toEqual(rates);
		expect(question('lowest-possible-count', 'numeric').answer).toBe(round(low.rate * 100, 2));
		expect(high.rate).toBe(0.94);
		expect(round(low.productOfComponents * 100, 2)).toBe(86.66);
	});
});
