import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cumulativeAtp, discreteAtp, projectedAvailableBalance } from '../../../../src/lib/sim';

// Stevenson, Operations Management (ch. "MRP and ERP" / master scheduling): a pump maker with
// 64 pumps on hand, forecast 30 a week in June and 40 in July, booked orders 33, 20, 10, 4, 2,
// and lots of 70 scheduled whenever projected inventory would go negative (weeks 3, 5, 7, 8).
// Stevenson projects inventory with the larger of forecast and orders in every week, which
// is a demand time fence of 0 here.
const STEVENSON = {
	onHand: 64,
	forecast: [30, 30, 30, 30, 40, 40, 40, 40],
	customerOrders: [33, 20, 10, 4, 2, 0, 0, 0],
	mps: [0, 0, 70, 0, 70, 0, 70, 70]
};

// Arnold, Chapman & Clive, Introduction to Materials Management (master scheduling chapter):
// 40 on hand, forecast 40 a week, orders 39, 42, 39, 33, 23, MPS lots of 100 in weeks 2 and 4,
// demand time fence after week 3. The published projected available balance is
// 1, 59, 20, 80, 40 (week 4: 20 + 100 - max(40, 33) = 80).
const ARNOLD = {
	onHand: 40,
	forecast: [40, 40, 40, 40, 40],
	customerOrders: [39, 42, 39, 33, 23],
	mps: [0, 100, 0, 100, 0],
	demandTimeFence: 3
};

// Oracle Inventory User's Guide, "ATP with Backward Consumption": supply 6 4 2 4 8 4 4 4 and
// demand 6 2 3 6 6 1 2 2 in every period, nothing on hand. Period ATP is 0 2 -1 -2 2 2 2 2
// before netting. Oracle nets period 3 and part of period 4 against period 2 and leaves -1 in
// period 4; the APICS look-ahead rule carries the uncovered 1 on back to period 1.
const ORACLE = {
	onHand: 0,
	mps: [6, 4, 2, 4, 8, 4, 4, 4],
	customerOrders: [6, 2, 3, 6, 6, 1, 2, 2]
};

describe('projected available balance', () => {
	it('matches Stevenson’s pump record (larger of forecast and orders, weeks 1-8)', () => {
		expect(projectedAvailableBalance(STEVENSON)).toEqual([31, 1, 41, 11, 41, 1, 31, 61]);
	});

	it('uses only customer orders inside Arnold’s demand time fence, the larger beyond it', () => {
		expect(projectedAvailableBalance(ARNOLD)).toEqual([1, 59, 20, 80, 40]);
		// Without the fence the forecast of 40 would count in weeks 1-3 as well.
		expect(projectedAvailableBalance({ ...ARNOLD, demandTimeFence: 0 })).toEqual([
			0, 58, 18, 78, 38
		]);
	});

	it('counts only orders when there is no forecast at all', () => {
		expect(projectedAvailableBalance(ORACLE)).toEqual([0, 2, 1, -1, 1, 4, 6, 8]);
	});
});

describe('discrete ATP', () => {
	it('matches Stevenson’s ATP of 11, 56, 68, 70, 70 in the receipt weeks', () => {
		// Week 1: 64 + 0 - (33 + 20) = 11; week 3: 70 - (10 + 4) = 56; week 5: 70 - 2 = 68.
		expect(discreteAtp(STEVENSON)).toEqual([11, 0, 56, 0, 68, 0, 70, 70]);
	});

	it('matches Arnold’s record, ignoring the forecast', () => {
		expect(discreteAtp(ARNOLD)).toEqual([1, 19, 0, 44, 0]);
		expect(discreteAtp({ ...ARNOLD, forecast: [999, 999, 999, 999, 999] })).toEqual([
			1, 19, 0, 44, 0
		]);
	});

	it('leaves a negative ATP in place without look-ahead (Oracle’s period ATP)', () => {
		expect(discreteAtp(ORACLE)).toEqual([0, 2, -1, -2, 2, 3, 2, 2]);
	});

	it('nets negative ATP back to period 1 with look-ahead (Oracle example, APICS convention)', () => {
		expect(discreteAtp(ORACLE, { lookAhead: true })).toEqual([-1, 0, 0, 0, 2, 3, 2, 2]);
	});

	it('nets a shortfall through periods without a receipt to the nearest earlier ATP', () => {
		const input = { onHand: 50, mps: [0, 40, 0, 30], customerOrders: [10, 20, 10, 45] };
		expect(discreteAtp(input)).toEqual([40, 10, 0, -15]);
		// Period 4's -15 passes through period 3 (no receipt), takes period 2's 10 and 5 of
		// period 1's 40.
		expect(discreteAtp(input, { lookAhead: true })).toEqual([35, 0, 0, 0]);
	});
});

describe('cumulative ATP (ASCM Dictionary)', () => {
	it('charges each order to its own period without look-ahead', () => {
		expect(cumulativeAtp(STEVENSON)).toEqual([31, 11, 71, 67, 135, 135, 205, 275]);
	});

	it('takes the lowest later balance with look-ahead, equal to summing look-ahead discrete ATP', () => {
		expect(cumulativeAtp(STEVENSON, { lookAhead: true })).toEqual([
			11, 11, 67, 67, 135, 135, 205, 275
		]);
		expect(cumulativeAtp(ORACLE, { lookAhead: true })).toEqual([-1, -1, -1, -1, 1, 4, 6, 8]);
	});

	it('differs from the textbook trap of cumulating discrete ATP without look-ahead', () => {
		const trap = discreteAtp(ORACLE).reduce<number[]>(
			(acc, v) => [...acc, (acc.at(-1) ?? 0) + v],
			[]
		);
		expect(trap).toEqual([0, 2, 1, -1, 1, 4, 6, 8]);
		expect(cumulativeAtp(ORACLE, { lookAhead: true })).not.toEqual(trap);
	});
});

describe('impossible master schedule records', () => {
	it.each([
		[{ onHand: -1, mps: [0], customerOrders: [0] }, /onHand must not be negative/],
		[{ onHand: 0, mps: [0, 1], customerOrders: [0] }, /customerOrders has 1 periods but 2/],
		[{ onHand: 0, mps: [Number.NaN], customerOrders: [0] }, /mps\[0\] must be a finite/],
		[{ onHand: 0, mps: [1], customerOrders: [0], forecast: [1, 2] }, /forecast has 2 periods/],
		[{ onHand: 0, mps: [1], customerOrders: [0], demandTimeFence: 2 }, /beyond the 1-period/],
		[{ onHand: 0, mps: [1], customerOrders: [0], demandTimeFence: 0.5 }, /whole number/]
	])('refuses %j', (input, message) => {
		expect(() => projectedAvailableBalance(input)).toThrow(RangeError);
		expect(() => discreteAtp(input)).toThrow(message);
	});
});

const record = fc.integer({ min: 1, max: 12 }).chain((n) =>
	fc.record({
		onHand: fc.integer({ min: 0, max: 200 }),
		mps: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100 })), {
			minLength: n,
			maxLength: n
		}),
		customerOrders: fc.array(fc.integer({ min: 0, max: 80 }), { minLength: n, maxLength: n })
	})
);

describe('ATP properties', () => {
	it('cumulative ATP with look-ahead never exceeds the running balance', () => {
		fc.assert(
			fc.property(record, (input) => {
				const plain = cumulativeAtp(input);
				cumulativeAtp(input, { lookAhead: true }).forEach((v, t) =>
					expect(v).toBeLessThanOrEqual(plain[t])
				);
			})
		);
	});

	it('cumulative ATP with look-ahead equals the running sum of look-ahead discrete ATP', () => {
		fc.assert(
			fc.property(record, (input) => {
				let sum = 0;
				const running = discreteAtp(input, { lookAhead: true }).map((v) => (sum += v));
				expect(cumulativeAtp(input, { lookAhead: true })).toEqual(running);
			})
		);
	});

	it('discrete ATP, netted or not, conserves stock: it sums to on hand + MPS - orders', () => {
		fc.assert(
			fc.property(record, fc.boolean(), (input, lookAhead) => {
				const total = input.onHand + input.mps.reduce((a, b) => a + b, 0);
				const booked = input.customerOrders.reduce((a, b) => a + b, 0);
				const atp = discreteAtp(input, { lookAhead });
				expect(atp.reduce((a, b) => a + b, 0)).toBe(total - booked);
				if (lookAhead) atp.slice(1).forEach((v) => expect(v).toBeGreaterThanOrEqual(0));
			})
		);
	});
});
