import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	amountDue,
	cashDiscountCost,
	cheapestQuantityAtLeast,
	priceForQuantity,
	type PriceBreak
} from '../../../../src/lib/sim/index';

// Numeric questions of content/quizzes/06-pricing-terms-and-conditions.yaml, and the figures
// its single-choice questions state: each stored answer must equal what the engine computes.
type Question = {
	id: string;
	type: string;
	answer: number | string | string[];
	options?: { id: string; text: string }[];
};
const bank = parse(
	readFileSync(
		new URL('../../../../content/quizzes/06-pricing-terms-and-conditions.yaml', import.meta.url),
		'utf8'
	)
) as { topic: number; questions: Question[] };

function question(id: string, type: string): Question {
	const q = bank.questions.find((x) => x.id === id);
	if (!q || q.type !== type) throw new Error(`no ${type} question "${id}" in bank 6`);
	return q;
}
const rightText = (id: string) => {
	const q = question(id, 'single');
	return q.options!.find((o) => o.id === q.answer)!.text;
};
const round = (x: number, decimals: number) => Number(x.toFixed(decimals));
const money = (x: number) =>
	x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const twoTenNet30 = { discountRate: 0.02, discountDays: 10, netDays: 30 };
const schedule: PriceBreak[] = [
	{ fromQty: 1, unitPrice: 12 },
	{ fromQty: 50, unitPrice: 10.5 },
	{ fromQty: 200, unitPrice: 9.75 }
];

describe('bank 6: numeric answers come from the engine', () => {
	it('bank 6 is topic 6', () => expect(bank.topic).toBe(6));

	it('skipped-discount-simple: 2/10 net 30 costs 37.24 % a year', () => {
		expect(question('skipped-discount-simple', 'numeric').answer).toBe(
			round(cashDiscountCost(twoTenNet30) * 100, 2)
		);
	});

	it('skipped-discount-compound: compounded, 44.59 %', () => {
		expect(question('skipped-discount-compound', 'numeric').answer).toBe(
			round(cashDiscountCost(twoTenNet30, { method: 'compound' }) * 100, 2)
		);
	});

	it('skipped-discount-other-terms: 3/15 net 60 costs 25.09 %; dividing by 60 days gives 18.8 %', () => {
		const terms = { discountRate: 0.03, discountDays: 15, netDays: 60 };
		expect(question('skipped-discount-other-terms', 'numeric').answer).toBe(
			round(cashDiscountCost(terms) * 100, 2)
		);
		expect(round(cashDiscountCost({ ...terms, discountDays: 0 }) * 100, 1)).toBe(18.8);
	});

	it('take-or-skip-discount: the skipped discount costs far more than 9 %', () => {
		expect(cashDiscountCost(twoTenNet30)).toBeGreaterThan(0.09);
		expect(round(cashDiscountCost(twoTenNet30) * 100, 0)).toBe(37);
	});

	it('amount-due-in-discount-period: 8,400 paid on day 9 owes 8,232', () => {
		const r = amountDue(8400, twoTenNet30, 9);
		expect(r.discountEarned).toBe(true);
		expect(question('amount-due-in-discount-period', 'numeric').answer).toBe(r.amountDue);
	});

	it('discount-taken-late: paying 8,232 on day 18 short-pays by 168', () => {
		const late = amountDue(8400, twoTenNet30, 18);
		const early = amountDue(8400, twoTenNet30, 9);
		expect(late.discountEarned).toBe(false);
		expect(late.daysPastDue).toBe(0);
		const deduction = late.amountDue - early.amountDue;
		expect(rightText('discount-taken-late').startsWith(`A ${money(deduction)} deduction`)).toBe(
			true
		);
	});

	it('incremental-break-total: 190 units incremental cost 2,068.50', () => {
		const quote = priceForQuantity(190, schedule, 'incremental');
		expect(question('incremental-break-total', 'numeric').answer).toBe(quote.total);
	});

	it('all-units-round-up: 200 units cost 1,950.00, 45.00 less than 190 at 1,995.00', () => {
		const best = cheapestQuantityAtLeast(190, schedule, 'all-units');
		const asAsked = priceForQuantity(190, schedule, 'all-units').total;
		expect(best.qty).toBe(200);
		expect(rightText('all-units-round-up')).toBe(
			`${best.qty} units cost ${money(best.total)}, which is ${money(asAsked - best.total)} less than 190 units at ${money(asAsked)}.`
		);
		// The distractors are the incremental prices of 200 and 190 units.
		expect(priceForQuantity(200, schedule, 'incremental').total).toBe(2172.75);
		expect(priceForQuantity(190, schedule, 'incremental').total).toBe(2068.5);
		expect(cheapestQuantityAtLeast(190, schedule, 'incremental').qty).toBe(190);
	});
});
