import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cashToCash } from '../../../../src/lib/sim/kpis';
import { creditCheck } from '../../../../src/lib/sim/order-entry-checks';
import { orderToCashTimeline } from '../../../../src/lib/sim/order-to-cash';

// Every numeric answer in content/quizzes/02-order-to-cash.yaml, and the figures its other
// questions and explanations quote, recomputed with the engine.

type BankQuestion = { id: string; type: string; answer: unknown; tolerance?: number };
const bank = parse(
	readFileSync(
		new URL('../../../../content/quizzes/02-order-to-cash.yaml', import.meta.url),
		'utf8'
	)
) as { topic: number; questions: BankQuestion[] };

function numeric(id: string): { answer: number; tolerance: number } {
	const q = bank.questions.find((x) => x.id === id);
	if (!q) throw new Error(`no question "${id}" in the bank`);
	expect(q.type).toBe('numeric');
	return { answer: q.answer as number, tolerance: q.tolerance ?? 0 };
}

/** The bank's answer is the engine's figure, rounded as the question states it. */
function expectAnswer(id: string, computed: number, decimals = 0) {
	const { answer, tolerance } = numeric(id);
	expect(answer).toBe(Number(computed.toFixed(decimals)));
	// Rounding to the stated precision must stay within the tolerance the learner is given.
	expect(Math.abs(answer - computed)).toBeLessThanOrEqual(
		Math.max(tolerance, 0.5 * 10 ** -decimals)
	);
}

const quarter = {
	revenue: 3_600_000,
	cogs: 2_700_000,
	inventoryBegin: 800_000,
	inventoryEnd: 1_000_000,
	receivablesBegin: 1_180_000,
	receivablesEnd: 1_340_000,
	payablesBegin: 420_000,
	payablesEnd: 480_000,
	days: 90
};

describe('quiz bank 2, order-to-cash: numeric answers', () => {
	it('is the bank for topic 2', () => {
		expect(bank.topic).toBe(2);
	});

	it('o2c-days-one-order: received day 12, applied day 54 gives 42 days', () => {
		const t = orderToCashTimeline(
			{ received: 12, shipped: 14, delivered: 17, invoiced: 14, paid: 51, applied: 54 },
			30
		);
		expectAnswer('o2c-days-one-order', t.orderToCash);
		// Figures the explanation quotes.
		expect(t.fulfillmentCycleTime).toBe(5);
		expect(t.dueDay).toBe(44);
		expect(t.daysPastDue).toBe(7);
		expect(t.unappliedDays).toBe(3);
	});

	it('days-past-due-late-invoice: net 30 counts from the invoice (day 9), so day 41 is 2 days late', () => {
		const t = orderToCashTimeline(
			{ received: 0, shipped: 5, delivered: 7, invoiced: 9, paid: 41, applied: 41 },
			30
		);
		expectAnswer('days-past-due-late-invoice', t.daysPastDue);
		expect(t.dueDay).toBe(39);
		// The distractor readings: counting from the ship date or the delivery date.
		const fromShip = orderToCashTimeline(
			{ received: 0, shipped: 5, delivered: 7, invoiced: 5, paid: 41, applied: 41 },
			30
		);
		expect(fromShip.dueDay).toBe(35);
		const fromDelivery = orderToCashTimeline(
			{ received: 0, shipped: 5, delivered: 7, invoiced: 7, paid: 41, applied: 41 },
			30
		);
		expect(fromDelivery.dueDay).toBe(37);
		// An invoice raised on shipment would have been due four days earlier.
		expect(t.dueDay - fromShip.dueDay).toBe(4);
	});

	it('dso-from-average-receivables: 1,260,000 / 3,600,000 x 90 = 31.5 days', () => {
		const r = cashToCash(quarter);
		expectAnswer('dso-from-average-receivables', r.dso, 1);
		// The explanation: the closing balance alone gives 33.5.
		const closingOnly = cashToCash({ ...quarter, receivablesBegin: quarter.receivablesEnd });
		expect(Number(closingOnly.dso.toFixed(1))).toBe(33.5);
	});

	it('cash-to-cash-quarter: 30 + 31.5 - 15 = 46.5 days', () => {
		const r = cashToCash(quarter);
		expect(r.dio).toBeCloseTo(30, 10);
		expect(r.dso).toBeCloseTo(31.5, 10);
		expect(r.dpo).toBeCloseTo(15, 10);
		expectAnswer('cash-to-cash-quarter', r.cashToCash, 1);
	});
});

describe('quiz bank 2, order-to-cash: figures in choice questions', () => {
	it('credit-exposure-at-entry: 71,500 + 26,000 + 24,000 = 121,500, 1,500 over the limit', () => {
		const r = creditCheck({
			creditLimit: 120_000,
			openReceivables: 71_500,
			openOrders: 26_000,
			lines: [{ qty: 300, unitPrice: 80 }]
		});
		expect(r.orderValue).toBe(24_000);
		expect(r.exposure).toBe(121_500);
		expect(r.overLimitBy).toBe(1_500);
		expect(r.withinLimit).toBe(false);
		// The reading that leaves out the open orders would have passed.
		expect(71_500 + 24_000).toBeLessThanOrEqual(120_000);
	});

	it('missed-wave-spans: a day later from shipment on lengthens order-to-ship, OFCT and O2C only', () => {
		const onTime = orderToCashTimeline(
			{ received: 0, shipped: 1, delivered: 3, invoiced: 1, paid: 31, applied: 31 },
			30
		);
		const late = orderToCashTimeline(
			{ received: 0, shipped: 2, delivered: 4, invoiced: 2, paid: 32, applied: 32 },
			30
		);
		expect(late.orderToShip - onTime.orderToShip).toBe(1);
		expect(late.fulfillmentCycleTime - onTime.fulfillmentCycleTime).toBe(1);
		expect(late.orderToCash - onTime.orderToCash).toBe(1);
		expect(late.transit).toBe(onTime.transit);
		expect(late.daysPastDue).toBe(0);
		expect(onTime.daysPastDue).toBe(0);
	});
});
