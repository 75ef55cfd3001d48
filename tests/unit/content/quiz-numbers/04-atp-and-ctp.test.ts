import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	capableToPromise,
	cumulativeAtp,
	discreteAtp,
	projectedAvailableBalance,
	type AtpInput
} from '../../../../src/lib/sim/index';

// Numeric questions of content/quizzes/04-atp-and-ctp.yaml, and the figures its single-choice
// questions state: each stored answer must equal what the engine computes.
type Question = {
	id: string;
	type: string;
	answer: number | string | string[];
	options?: { id: string; text: string }[];
};
const bank = parse(
	readFileSync(new URL('../../../../content/quizzes/04-atp-and-ctp.yaml', import.meta.url), 'utf8')
) as { topic: number; questions: Question[] };

function question(id: string, type: string): Question {
	const q = bank.questions.find((x) => x.id === id);
	if (!q || q.type !== type) throw new Error(`no ${type} question "${id}" in bank 4`);
	return q;
}
const rightText = (id: string) => {
	const q = question(id, 'single');
	return q.options!.find((o) => o.id === q.answer)!.text;
};
const optionTexts = (id: string) => question(id, 'single').options!.map((o) => o.text);

// The weekly record most questions use: 35 on hand, lots of 60 in weeks 2, 4 and 6, forecast
// 20 a week, demand time fence at the end of week 2.
const record: AtpInput = {
	onHand: 35,
	mps: [0, 60, 0, 60, 0, 60, 0],
	customerOrders: [15, 30, 15, 55, 25, 10, 5],
	forecast: [20, 20, 20, 20, 20, 20, 20],
	demandTimeFence: 2
};
const week = (series: number[], n: number) => series[n - 1];

describe('bank 4: numeric answers come from the engine', () => {
	it('bank 4 is topic 4', () => expect(bank.topic).toBe(4));

	it('pab-beyond-the-fence: PAB week 5 is 10 (5 if the forecast counted inside the fence, 15 without forecast)', () => {
		const pab = projectedAvailableBalance(record);
		expect(pab).toEqual([20, 50, 30, 35, 10, 50, 30]);
		expect(question('pab-beyond-the-fence', 'numeric').answer).toBe(week(pab, 5));
		expect(week(projectedAvailableBalance({ ...record, demandTimeFence: 0 }), 5)).toBe(5);
		const noForecast = { ...record, forecast: undefined, demandTimeFence: 0 };
		expect(week(projectedAvailableBalance(noForecast), 5)).toBe(15);
	});

	it('discrete-atp-oversold-lot: week 4 discrete ATP is -20', () => {
		const atp = discreteAtp(record);
		expect(atp).toEqual([20, 15, 0, -20, 0, 45, 0]);
		expect(question('discrete-atp-oversold-lot', 'numeric').answer).toBe(week(atp, 4));
	});

	it('look-ahead-first-week: after APICS netting week 1 keeps 15', () => {
		const atp = discreteAtp(record, { lookAhead: true });
		expect(atp).toEqual([15, 0, 0, 0, 0, 45, 0]);
		expect(question('look-ahead-first-week', 'numeric').answer).toBe(week(atp, 1));
	});

	it('cumulative-atp-running-balance: week 4 without look-ahead is 40', () => {
		const cum = cumulativeAtp(record);
		expect(cum).toEqual([20, 50, 35, 40, 15, 65, 60]);
		expect(question('cumulative-atp-running-balance', 'numeric').answer).toBe(week(cum, 4));
	});

	it('cumulative-atp-with-look-ahead: week 2 is 15; the distractors are the other forms', () => {
		const withLa = cumulativeAtp(record, { lookAhead: true });
		expect(withLa).toEqual([15, 15, 15, 15, 15, 60, 60]);
		expect(rightText('cumulative-atp-with-look-ahead')).toBe(String(week(withLa, 2)));
		const discrete = discreteAtp(record);
		const runningSumOfDiscrete = discrete[0] + discrete[1];
		expect(optionTexts('cumulative-atp-with-look-ahead')).toEqual(
			expect.arrayContaining([
				String(week(cumulativeAtp(record), 2)),
				String(runningSumOfDiscrete),
				String(week(discreteAtp(record, { lookAhead: true }), 2))
			])
		);
	});

	it('promise-before-next-lot: 15 free for week 3 (35 without look-ahead)', () => {
		expect(rightText('promise-before-next-lot')).toBe(
			String(week(cumulativeAtp(record, { lookAhead: true }), 3))
		);
		expect(week(cumulativeAtp(record), 3)).toBe(35);
	});

	it('safety-stock-held-back: holding back 10 leaves 5 for week 3', () => {
		const held = cumulativeAtp({ ...record, onHand: record.onHand - 10 }, { lookAhead: true });
		expect(held).toEqual([5, 5, 5, 5, 5, 50, 50]);
		expect(question('safety-stock-held-back', 'numeric').answer).toBe(week(held, 3));
	});

	it('over-committed-schedule: netting leaves -20 in week 1', () => {
		const over: AtpInput = { onHand: 10, mps: [0, 40, 0, 40], customerOrders: [5, 30, 20, 55] };
		expect(discreteAtp(over)).toEqual([5, -10, 0, -15]);
		const netted = discreteAtp(over, { lookAhead: true });
		expect(rightText('over-committed-schedule').startsWith(`${week(netted, 1)}:`)).toBe(true);
		expect(cumulativeAtp(over, { lookAhead: true })[0]).toBe(-20);
	});

	it('change-order-inside-fence: week 2 has 15 free and week 6 is the next free supply', () => {
		const withLa = cumulativeAtp(record, { lookAhead: true });
		expect(week(withLa, 2)).toBe(15);
		expect(withLa.findIndex((x) => x > 15) + 1).toBe(6);
		expect(rightText('change-order-inside-fence')).toContain('Offer 15 more in week 2');
	});

	const request = {
		qty: 40,
		requestedPeriod: 2,
		productCumulativeAtp: [20, 35, 25, 10, 40, 40],
		components: [
			{ qtyPer: 1, cumulativeAtp: [20, 30, 45, 60, 60, 60] },
			{ qtyPer: 2, cumulativeAtp: [80, 80, 80, 80, 80, 80] }
		],
		capacity: { hoursPerUnit: 0.4, spareHours: [15, 8, 10, 14, 20, 20] },
		leadTimePeriods: 1
	};

	it('ctp-atp-portion: ATP covers 10 of 40 in week 2', () => {
		const r = capableToPromise(request);
		expect(rightText('ctp-atp-portion')).toBe(String(r.fromAtp.qty));
	});

	it('ctp-complete-week: the lot of 30 starts in week 4 and the order ships complete in week 5', () => {
		const r = capableToPromise(request);
		expect(r.fromCapacity).toEqual({ qty: 30, period: 5 });
		expect(question('ctp-complete-week', 'numeric').answer).toBe(r.completePeriod);
	});
});
