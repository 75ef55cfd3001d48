import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { creditCheck, orderMultipleOptions } from '../../../../src/lib/sim/index';

// Numeric questions of content/quizzes/03-order-capture-and-validation.yaml, and the figures
// its single-choice questions state: each stored answer must equal what the engine computes.
type Question = {
	id: string;
	type: string;
	answer: number | string | string[];
	options?: { id: string; text: string }[];
};
const bank = parse(
	readFileSync(
		new URL('../../../../content/quizzes/03-order-capture-and-validation.yaml', import.meta.url),
		'utf8'
	)
) as { topic: number; questions: Question[] };

function question(id: string, type: string): Question {
	const q = bank.questions.find((x) => x.id === id);
	if (!q || q.type !== type) throw new Error(`no ${type} question "${id}" in bank 3`);
	return q;
}

describe('bank 3: numeric answers come from the engine', () => {
	it('bank 3 is topic 3', () => expect(bank.topic).toBe(3));

	it('credit-exposure-over-limit: 25,220 against 25,000 is 220 over', () => {
		const r = creditCheck({
			creditLimit: 25000,
			openReceivables: 14200,
			openOrders: 7350,
			lines: [
				{ qty: 120, unitPrice: 18.5 },
				{ qty: 40, unitPrice: 36.25 }
			]
		});
		expect(r.orderValue).toBe(3670);
		expect(r.exposure).toBe(25220);
		expect(question('credit-exposure-over-limit', 'numeric').answer).toBe(r.overLimitBy);
	});

	it('credit-headroom: 15,000 - (8,900 + 3,400) = 2,700, and an order of exactly that passes', () => {
		const input = { creditLimit: 15000, openReceivables: 8900, openOrders: 3400 };
		const r = creditCheck({ ...input, lines: [{ qty: 1, unitPrice: 2700 }] });
		expect(question('credit-headroom', 'numeric').answer).toBe(r.headroom);
		expect(r.withinLimit).toBe(true);
		expect(creditCheck({ ...input, lines: [{ qty: 1, unitPrice: 2700.01 }] }).withinLimit).toBe(
			false
		);
	});

	it('pack-multiple-then-credit: 75 in cases of 20 becomes 80, 30 over the limit; 75 as keyed passed', () => {
		const multiple = orderMultipleOptions(75, 20);
		expect(multiple).toMatchObject({ isMultiple: false, down: 60, up: 80 });
		const base = { creditLimit: 12000, openReceivables: 7900, openOrders: 2450 };
		const confirmed = creditCheck({ ...base, lines: [{ qty: multiple.up, unitPrice: 21 }] });
		expect(confirmed.exposure).toBe(12030);
		expect(question('pack-multiple-then-credit', 'numeric').answer).toBe(confirmed.overLimitBy);
		expect(creditCheck({ ...base, lines: [{ qty: 75, unitPrice: 21 }] }).withinLimit).toBe(true);
	});

	it('order-multiple-at-entry: 130 in boxes of 12 lies between 120 (10 boxes) and 132 (11 boxes)', () => {
		const r = orderMultipleOptions(130, 12);
		const q = question('order-multiple-at-entry', 'single');
		const right = q.options!.find((o) => o.id === q.answer)!.text;
		expect(right).toBe(
			`Offer ${r.down} (${r.packsDown} boxes) or ${r.up} (${r.packsUp} boxes) and let the customer choose.`
		);
	});
});
