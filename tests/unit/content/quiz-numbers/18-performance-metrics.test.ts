import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	backorderRate,
	cashToCash,
	fillRates,
	orderFulfillmentCycleTime,
	otif,
	returnRates
} from '../../../../src/lib/sim/index';

// Numeric questions of content/quizzes/18-performance-metrics.yaml (and the figures its
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
		new URL('../../../../content/quizzes/18-performance-metrics.yaml', import.meta.url),
		'utf8'
	)
) as { topic: number; questions: Question[] };

function question(id: string, type: string): Question {
	const q = bank.questions.find((x) => x.id === id);
	if (!q || q.type !== type) throw new Error(`no ${type} question "${id}" in bank 18`);
	return q;
}
const rightText = (q: Question) => q.options!.find((o) => o.id === q.answer)!.text;
const optionTexts = (q: Question) => q.options!.map((o) => o.text);
const round = (x: number, decimals: number) => Number(x.toFixed(decimals));
const pct = (x: number) => `${round(x * 100, 2)} %`;

// Five orders: ordered / first shipment per line. P-301's 8 are backordered; P-303's 10 were
// cancelled by the customer (a lost sale, not a backorder).
const lines = [
	{ orderId: 'P-301', ordered: 60, shipped: 60, backordered: 0 },
	{ orderId: 'P-301', ordered: 40, shipped: 32, backordered: 8 },
	{ orderId: 'P-302', ordered: 25, shipped: 25, backordered: 0 },
	{ orderId: 'P-303', ordered: 100, shipped: 100, backordered: 0 },
	{ orderId: 'P-303', ordered: 15, shipped: 15, backordered: 0 },
	{ orderId: 'P-303', ordered: 10, shipped: 0, backordered: 0 },
	{ orderId: 'P-304', ordered: 80, shipped: 80, backordered: 0 },
	{ orderId: 'P-305', ordered: 30, shipped: 30, backordered: 0 },
	{ orderId: 'P-305', ordered: 20, shipped: 20, backordered: 0 }
];

// Ten orders, received day and delivered day, none waiting for a later requested date.
const cycle = [
	[1, 3],
	[1, 4],
	[2, 5],
	[2, 6],
	[3, 7],
	[3, 7],
	[4, 9],
	[4, 9],
	[5, 14],
	[5, 19]
].map(([receivedDay, deliveredDay]) => ({ receivedDay, deliveredDay }));

describe('bank 18: numeric answers come from the engine', () => {
	it('unit-fill-rate: 362 of 380 units on the first shipment is 95.26 %', () => {
		const r = fillRates(lines);
		expect(question('unit-fill-rate', 'numeric').answer).toBe(round(r.unit * 100, 2));
	});

	it('order-fill-rate-choice: 3 of 5 orders complete; the distractors are the other levels', () => {
		const r = fillRates(lines);
		const q = question('order-fill-rate-choice', 'single');
		expect(rightText(q)).toBe(pct(r.order));
		expect(optionTexts(q)).toContain(pct(r.line));
		expect(optionTexts(q)).toContain(pct(r.unit));
		// The 80 % distractor drops the cancelled line, as if P-303 had been complete.
		const withoutCancelled = fillRates(
			lines.filter((l) => !(l.orderId === 'P-303' && l.ordered === 10))
		);
		expect(optionTexts(q)).toContain(pct(withoutCancelled.order));
	});

	it('backorder-rate-orders: only P-301 still owes units, 1 of 5 orders', () => {
		const r = backorderRate(lines);
		expect(question('backorder-rate-orders', 'numeric').answer).toBe(round(r.order * 100, 2));
		// Two orders were not filled complete: the backorder rate is lower than that share.
		expect(1 - fillRates(lines).order).toBeCloseTo(0.4, 10);
	});

	it('otif-to-request: 3 of 8 orders on time to the request date and in full (6 of 8 to commit)', () => {
		// [requested, committed, delivered, in full]
		const orders: [number, number, number, boolean][] = [
			[5, 5, 5, true],
			[5, 7, 7, true],
			[6, 6, 8, true],
			[6, 6, 6, false],
			[7, 9, 9, true],
			[8, 8, 8, true],
			[8, 8, 8, true],
			[9, 10, 10, true]
		];
		const toRequest = otif(orders.map(([req, , del, inFull]) => ({ onTime: del <= req, inFull })));
		const toCommit = otif(orders.map(([, com, del, inFull]) => ({ onTime: del <= com, inFull })));
		expect(question('otif-to-request', 'numeric').answer).toBe(round(toRequest * 100, 2));
		expect(toCommit).toBe(0.75);
	});

	it('ofct-mean: the mean cycle time is 5.3 days; the distractors are the median, p90 and inclusive count', () => {
		const r = orderFulfillmentCycleTime(cycle);
		const q = question('ofct-mean', 'single');
		expect(rightText(q)).toBe(`${round(r.mean, 2)} days`);
		expect(optionTexts(q)).toContain(`${r.p90} days`);
		expect(optionTexts(q)).toContain(`${round(r.mean + 1, 2)} days`);
		const sorted = cycle.map((o) => o.deliveredDay - o.receivedDay).sort((a, b) => a - b);
		expect(optionTexts(q)).toContain(`${(sorted[4] + sorted[5]) / 2} days`);
	});

	it('ofct-90th-percentile: nearest rank 9 of 10 is 9 days', () => {
		const r = orderFulfillmentCycleTime(cycle);
		expect(question('ofct-90th-percentile', 'numeric').answer).toBe(r.p90);
		expect(r.max).toBe(14);
	});

	it('cash-to-cash-annual: 50 + 50 - 40 = 60 days over 365', () => {
		const r = cashToCash({
			revenue: 7_300_000,
			cogs: 5_475_000,
			inventoryBegin: 700_000,
			inventoryEnd: 800_000,
			receivablesBegin: 900_000,
			receivablesEnd: 1_100_000,
			payablesBegin: 560_000,
			payablesEnd: 640_000,
			days: 365
		});
		expect([round(r.dio, 2), round(r.dso, 2), round(r.dpo, 2)]).toEqual([50, 50, 40]);
		expect(question('cash-to-cash-annual', 'numeric').answer).toBe(round(r.cashToCash, 2));
	});

	it('cash-to-cash-quarter: 30 + 39 - 25 = 44 days over 90; a 365-day window gives about 178', () => {
		const quarter = {
			revenue: 2_400_000,
			cogs: 1_800_000,
			inventoryBegin: 560_000,
			inventoryEnd: 640_000,
			receivablesBegin: 1_000_000,
			receivablesEnd: 1_080_000,
			payablesBegin: 460_000,
			payablesEnd: 540_000
		};
		const r = cashToCash({ ...quarter, days: 90 });
		expect([round(r.dio, 2), round(r.dso, 2), round(r.dpo, 2)]).toEqual([30, 39, 25]);
		expect(question('cash-to-cash-quarter', 'numeric').answer).toBe(round(r.cashToCash, 2));
		expect(Math.round(cashToCash({ ...quarter, days: 365 }).cashToCash)).toBe(178);
	});

	it('return-rate-orders: 3 of 40 orders returned something, 7.5 % (units 1 %)', () => {
		const returned = [10, 6, 4];
		const r = returnRates(
			Array.from({ length: 40 }, (_, i) => ({
				orderId: `M-${i + 1}`,
				shipped: 50,
				returned: returned[i] ?? 0
			}))
		);
		expect(question('return-rate-orders', 'numeric').answer).toBe(round(r.order * 100, 2));
		expect(r.unit).toBe(0.01);
	});
});
