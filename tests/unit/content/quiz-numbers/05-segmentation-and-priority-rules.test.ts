import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { abcClassification, fillRates, volumeMarginMatrix } from '../../../../src/lib/sim/index';

// Numeric questions of content/quizzes/05-segmentation-and-priority-rules.yaml, and the
// figures its single-choice questions state: each stored answer must equal what the engine
// computes.
type Question = {
	id: string;
	type: string;
	answer: number | string | string[];
	options?: { id: string; text: string }[];
};
const bank = parse(
	readFileSync(
		new URL('../../../../content/quizzes/05-segmentation-and-priority-rules.yaml', import.meta.url),
		'utf8'
	)
) as { topic: number; questions: Question[] };

function question(id: string, type: string): Question {
	const q = bank.questions.find((x) => x.id === id);
	if (!q || q.type !== type) throw new Error(`no ${type} question "${id}" in bank 5`);
	return q;
}
const rightText = (id: string) => {
	const q = question(id, 'single');
	return q.options!.find((o) => o.id === q.answer)!.text;
};
const round = (x: number, decimals: number) => Number(x.toFixed(decimals));

// Ten customers by annual revenue (thousands); A to 70 %, B to 90 %.
const revenue = [520, 310, 240, 180, 150, 120, 90, 60, 50, 30];
const rows = abcClassification(
	revenue.map((value, i) => ({ id: `c${i + 1}`, value })),
	{ a: 0.7, b: 0.9 }
);

describe('bank 5: numeric answers come from the engine', () => {
	it('bank 5 is topic 5', () => expect(bank.topic).toBe(5));

	it('abc-count-of-a-customers: four customers complete class A', () => {
		const a = rows.filter((r) => r.abcClass === 'A');
		expect(question('abc-count-of-a-customers', 'numeric').answer).toBe(a.length);
		// Three customers stay under 70 %: the distractor the explanation names.
		expect(rows.filter((r) => r.cumulativeShare < 0.7)).toHaveLength(3);
	});

	it('abc-share-of-class-a: class A carries 71.43 % of revenue', () => {
		const a = rows.filter((r) => r.abcClass === 'A');
		expect(question('abc-share-of-class-a', 'numeric').answer).toBe(
			round(a.at(-1)!.cumulativeShare * 100, 2)
		);
	});

	it('abc-class-of-seventh: the seventh customer (90) is B, though its own cumulative share is 92 %', () => {
		const seventh = rows[6];
		expect(seventh.value).toBe(90);
		expect(rightText('abc-class-of-seventh')).toBe(seventh.abcClass);
		expect(round(seventh.cumulativeShare * 100, 1)).toBe(92);
	});

	const [customer] = volumeMarginMatrix(
		[{ id: 'x', revenue: 2400, grossMargin: 480, costToServe: 300 }],
		{ revenue: 1000, netMarginRate: 0.1 }
	);

	it('matrix-cell-of-customer: high volume, low margin after cost to serve', () => {
		expect(customer.quadrant).toBe('fix-cost-to-serve');
		expect(rightText('matrix-cell-of-customer')).toBe('Fix the cost to serve');
		expect(customer.grossMarginRate).toBe(0.2);
	});

	it('net-margin-rate: (480 - 300) / 2,400 = 7.5 %', () => {
		expect(question('net-margin-rate', 'numeric').answer).toBe(
			round(customer.netMarginRate * 100, 2)
		);
	});

	it('customer-service-ratio-value: 4,650 of 4,800 units on schedule is 96.88 %', () => {
		const r = fillRates([{ orderId: 'march', ordered: 4800, shipped: 4650 }]);
		expect(question('customer-service-ratio-value', 'numeric').answer).toBe(round(r.unit * 100, 2));
	});

	it('service-ratio-vs-cycle-level: 18 of 20 cycles and 9,880 of 10,000 units', () => {
		const ratio = fillRates([{ orderId: 'period', ordered: 10000, shipped: 9880 }]).unit;
		const cycleServiceLevel = (20 - 2) / 20;
		expect(rightText('service-ratio-vs-cycle-level')).toBe(
			`Cycle service level ${round(cycleServiceLevel * 100, 1)} %; customer service ratio ${round(ratio * 100, 1)} %`
		);
	});
});
