import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cumulativeAtp, discreteAtp } from '../../../../src/lib/sim/atp';
import {
	explainPeriod,
	formatUnits,
	lookAheadNetting,
	masterScheduleRows,
	recordSummary
} from '../../../../src/lib/sim/master-schedule-record';
import type { AtpInput } from '../../../../src/lib/sim/types';

// Lesson 4's worked example (its figures are checked against the lesson in
// tests/unit/content/worked-examples/04-atp-and-ctp.test.ts): 40 on hand, lots of 80 in weeks
// 2, 4, 6 and 8, forecast 35, demand time fence after week 2.
const record: AtpInput = {
	onHand: 40,
	forecast: [35, 35, 35, 35, 35, 35, 35, 35],
	customerOrders: [25, 20, 35, 70, 40, 10, 5, 0],
	mps: [0, 80, 0, 80, 0, 80, 0, 80],
	demandTimeFence: 2
};
const WEEK = { periodName: 'week' };

// Oracle Inventory User's Guide, "ATP with Backward Consumption" (as in atp.test.ts): nothing on
// hand, supply 6 4 2 4 8 4 4 4, demand 6 2 3 6 6 1 2 2. The APICS rule carries the uncovered
// unit back to period 1, which is then over-committed by 1.
const ORACLE: AtpInput = {
	onHand: 0,
	mps: [6, 4, 2, 4, 8, 4, 4, 4],
	customerOrders: [6, 2, 3, 6, 6, 1, 2, 2]
};

const records = fc.integer({ min: 1, max: 10 }).chain((n) =>
	fc.record({
		onHand: fc.integer({ min: 0, max: 200 }),
		mps: fc.array(fc.constantFrom(0, 0, 20, 50, 80), { minLength: n, maxLength: n }),
		customerOrders: fc.array(fc.integer({ min: 0, max: 90 }), { minLength: n, maxLength: n }),
		forecast: fc.array(fc.integer({ min: 0, max: 90 }), { minLength: n, maxLength: n }),
		demandTimeFence: fc.integer({ min: 0, max: n })
	})
);

describe('masterScheduleRows', () => {
	it('lays out the worked example: every row from the ATP functions, the trap row beside them', () => {
		const rows = masterScheduleRows(record);
		expect(rows.pab).toEqual([15, 75, 40, 50, 10, 55, 20, 65]);
		expect(rows.discrete).toEqual([15, 25, 0, -30, 0, 65, 0, 80]);
		expect(rows.discreteLookAhead).toEqual([10, 0, 0, 0, 0, 65, 0, 80]);
		expect(rows.cumulative).toEqual([15, 75, 40, 50, 10, 80, 75, 155]);
		expect(rows.cumulativeLookAhead).toEqual([10, 10, 10, 10, 10, 75, 75, 155]);
		expect(rows.discreteRunningSum).toEqual([15, 40, 40, 10, 10, 75, 75, 155]);
		expect(rows.atpPeriods).toEqual([true, true, false, true, false, true, false, true]);
	});

	it('books safety stock held back in period 1 for ATP only, leaving PAB alone', () => {
		const rows = masterScheduleRows(record, { holdBack: 10 });
		expect(rows.pab).toEqual(masterScheduleRows(record).pab);
		// The lesson: with 10 held back nothing is free until week 6, which offers 65.
		expect(rows.cumulativeLookAhead).toEqual([0, 0, 0, 0, 0, 65, 65, 145]);
	});

	it('agrees with the ATP functions for any record, and netting keeps the running sum', () => {
		fc.assert(
			fc.property(records, (input) => {
				const rows = masterScheduleRows(input);
				expect(rows.discrete).toEqual(discreteAtp(input));
				expect(rows.cumulativeLookAhead).toEqual(cumulativeAtp(input, { lookAhead: true }));
				// ASCM: cumulative ATP with look-ahead = running sum of look-ahead discrete ATP.
				let sum = 0;
				expect(rows.discreteLookAhead.map((v) => (sum += v))).toEqual(rows.cumulativeLookAhead);
			})
		);
	});

	it('refuses an impossible record or hold-back with a RangeError', () => {
		expect(() => masterScheduleRows({ ...record, onHand: -1 })).toThrow(RangeError);
		expect(() => masterScheduleRows(record, { holdBack: 2.5 })).toThrow(/whole number/);
		expect(() => masterScheduleRows({ ...record, demandTimeFence: 9 })).toThrow(/beyond/);
	});
});

describe('lookAheadNetting', () => {
	it('takes the worked example’s week-4 shortfall of 30 from week 2 (25), then week 1 (5)', () => {
		expect(lookAheadNetting(record)).toEqual({
			shortages: [{ period: 4, qty: 30 }],
			covers: [
				{ period: 2, qty: 25 },
				{ period: 1, qty: 5 }
			],
			overCommitted: 0
		});
	});

	it('reports Oracle’s record as over-committed by 1 after netting back to period 1', () => {
		const netting = lookAheadNetting(ORACLE);
		expect(netting.shortages).toEqual([
			{ period: 3, qty: 1 },
			{ period: 4, qty: 2 }
		]);
		expect(netting.overCommitted).toBe(1);
	});

	it('conserves units: what earlier periods give plus what stays short equals the shortages', () => {
		fc.assert(
			fc.property(records, (input) => {
				const n = lookAheadNetting(input);
				const total = (xs: { qty: number }[]) => xs.reduce((a, x) => a + x.qty, 0);
				expect(total(n.covers) + n.overCommitted).toBe(total(n.shortages));
			})
		);
	});
});

describe('explainPeriod', () => {
	it('works out week 4 of the worked example in words, with the figures substituted', () => {
		const week4 = explainPeriod(record, 4, WEEK);
		expect(week4).toMatchObject({ period: 4, insideFence: false, demand: 70 });
		expect(week4.demandReason).toBe(
			'Beyond the demand time fence, demand is the larger of forecast 35 and orders 70: 70.'
		);
		expect(week4.pab).toBe('50 = 40 (PAB week 3) + 80 MPS − 70 demand.');
		expect(week4.discrete).toBe(
			'−30 = MPS lot of 80 − orders due in weeks 4–5 (70 + 40). The orders booked against this lot exceed it.'
		);
		expect(week4.discreteLookAhead).toBe(
			'0: its shortfall of 30 is netted against earlier ATP (look-ahead).'
		);
		expect(week4.cumulative).toBe('50 = 40 (week 3) + 80 MPS − 70 orders of this week.');
		expect(week4.cumulativeLookAhead).toBe(
			'10: the lowest running balance from week 4 to week 8 (in week 5), so no later order is put at risk.'
		);
	});

	it('says why week 2 ignores the forecast and gives its ATP to week 4, and why week 3 has none', () => {
		const week2 = explainPeriod(record, 2, WEEK);
		expect(week2.insideFence).toBe(true);
		expect(week2.demandReason).toMatch(
			/only customer orders count: 20 \(the forecast of 35 is ignored\)/
		);
		expect(week2.discreteLookAhead).toBe('0: all 25 go to cover later shortfalls.');
		expect(explainPeriod(record, 3, WEEK).discrete).toBe(
			"0: no MPS receipt in week 3, so its orders (35) are charged to week 2's ATP."
		);
		expect(explainPeriod(record, 1, WEEK).discreteLookAhead).toBe(
			'10: 5 of its 15 go to cover later shortfalls.'
		);
	});

	it('names the hold-back in period 1 and an over-committed schedule', () => {
		expect(explainPeriod(record, 1, { ...WEEK, holdBack: 10 }).discrete).toBe(
			'5 = 40 on hand + 0 MPS − orders due in week 1 (25) − 10 held back.'
		);
		expect(explainPeriod(ORACLE, 1).discreteLookAhead).toMatch(/over-committed by 1/);
	});

	it('starts every sentence with the figure the grid shows for that period', () => {
		fc.assert(
			fc.property(records, fc.nat(), (input, k) => {
				const rows = masterScheduleRows(input);
				const t = k % rows.pab.length;
				const e = explainPeriod(input, t + 1);
				expect(e.pab.startsWith(`${formatUnits(rows.pab[t])} = `)).toBe(true);
				expect(e.discrete.startsWith(formatUnits(rows.discrete[t]))).toBe(true);
				expect(e.discreteLookAhead.startsWith(formatUnits(rows.discreteLookAhead[t]))).toBe(true);
				expect(e.cumulative.startsWith(formatUnits(rows.cumulative[t]))).toBe(true);
				expect(e.cumulativeLookAhead.startsWith(formatUnits(rows.cumulativeLookAhead[t]))).toBe(
					true
				);
			})
		);
	});

	it('refuses a period outside the horizon', () => {
		expect(() => explainPeriod(record, 0)).toThrow(/from 1 to 8/);
		expect(() => explainPeriod(record, 9)).toThrow(RangeError);
		expect(() => explainPeriod(record, 1.5)).toThrow(/whole number/);
	});
});

describe('recordSummary', () => {
	it('reads the worked example as a planner would', () => {
		expect(recordSummary(record, WEEK)).toBe(
			'Free to promise (cumulative ATP with look-ahead): 10 from week 1, 75 from week 6 and 155 from week 8. Oversold: week 4 by 30. Look-ahead covers it from week 2 (25) and week 1 (5).'
		);
	});

	it('says when nothing is free before a later lot, and when the schedule is over-committed', () => {
		expect(recordSummary(record, { ...WEEK, holdBack: 10 })).toMatch(
			/^Free to promise \(cumulative ATP with look-ahead\): nothing before week 6, then 65 from week 6 and 145 from week 8\./
		);
		expect(recordSummary(ORACLE)).toMatch(/^Over-committed by 1: /);
		expect(recordSummary({ onHand: 0, mps: [0, 0], customerOrders: [0, 0] })).toBe(
			'Nothing is free to promise in the 2 periods planned.'
		);
	});
});

describe('formatUnits', () => {
	it('prints thousands separators and a true minus sign', () => {
		expect(formatUnits(-30)).toBe('−30');
		expect(formatUnits(12_500)).toBe('12,500');
		expect(formatUnits(0.5)).toBe('0.5');
	});
});
