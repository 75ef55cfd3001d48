import { describe, expect, it } from 'vitest';
import {
	capableToPromise,
	cumulativeAtp,
	discreteAtp,
	projectedAvailableBalance
} from '../../../../src/lib/sim/index';

// Lesson 4, "Available-to-promise and capable-to-promise": every figure its worked example
// prints. An eight-week master schedule record for a wireless room thermostat: 40 on hand,
// lots of 80 due in weeks 2, 4, 6 and 8, forecast 35 a week, demand time fence after week 2.
// "Look-ahead" here is the APICS netting rule; Stevenson's textbook uses the word for the
// summing of orders up to the next receipt, which every discrete ATP below already does.
const record = {
	onHand: 40,
	forecast: [35, 35, 35, 35, 35, 35, 35, 35],
	customerOrders: [25, 20, 35, 70, 40, 10, 5, 0],
	mps: [0, 80, 0, 80, 0, 80, 0, 80],
	demandTimeFence: 2
};

const runningSum = (values: number[]) => {
	let sum = 0;
	return values.map((v) => (sum += v));
};

describe('lesson 4 worked example: the thermostat master schedule record', () => {
	it('projects the available balance with orders only inside the fence: 15 75 40 50 10 55 20 65', () => {
		// Week 1: 40 - 25 = 15. Week 2: 15 + 80 - 20 = 75 (the forecast of 35 is ignored inside
		// the fence). Week 3: 75 - max(35, 35) = 40. Week 4: 40 + 80 - max(35, 70) = 50.
		// Week 5: 50 - max(35, 40) = 10. Then 10 + 80 - 35 = 55, 55 - 35 = 20, 20 + 80 - 35 = 65.
		expect(projectedAvailableBalance(record)).toEqual([15, 75, 40, 50, 10, 55, 20, 65]);
	});

	it('without the fence the unconsumed forecast of weeks 1-2 (10 + 15) makes a phantom shortage of 15 in week 5', () => {
		expect(projectedAvailableBalance({ ...record, demandTimeFence: 0 })).toEqual([
			5, 50, 15, 25, -15, 30, -5, 40
		]);
	});

	it('computes discrete ATP in the receipt weeks, with a negative 30 in week 4', () => {
		// Week 1: 40 - 25 = 15. Week 2: 80 - (20 + 35) = 25. Week 4: 80 - (70 + 40) = -30.
		// Week 6: 80 - (10 + 5) = 65. Week 8: 80 - 0 = 80. Weeks without a receipt show 0.
		expect(discreteAtp(record)).toEqual([15, 25, 0, -30, 0, 65, 0, 80]);
	});

	it('nets the week-4 shortfall back with look-ahead: all 25 of week 2, then 5 of week 1', () => {
		expect(discreteAtp(record, { lookAhead: true })).toEqual([10, 0, 0, 0, 0, 65, 0, 80]);
	});

	it('gives the Dictionary cumulative ATP without look-ahead: each order charged to its own week', () => {
		// 40 - 25 = 15; 15 + 80 - 20 = 75; 75 - 35 = 40; 40 + 80 - 70 = 50; 50 - 40 = 10;
		// 10 + 80 - 10 = 80; 80 - 5 = 75; 75 + 80 - 0 = 155.
		expect(cumulativeAtp(record)).toEqual([15, 75, 40, 50, 10, 80, 75, 155]);
	});

	it('gives cumulative ATP with look-ahead: the lowest later balance, 10 through week 5', () => {
		const withLookAhead = cumulativeAtp(record, { lookAhead: true });
		expect(withLookAhead).toEqual([10, 10, 10, 10, 10, 75, 75, 155]);
		// It equals the running sum of look-ahead discrete ATP.
		expect(runningSum(discreteAtp(record, { lookAhead: true }))).toEqual(withLookAhead);
	});

	it('shows the textbook trap: a running sum of discrete ATP without look-ahead matches neither', () => {
		const trap = runningSum(discreteAtp(record));
		expect(trap).toEqual([15, 40, 40, 10, 10, 75, 75, 155]);
		expect(trap).not.toEqual(cumulativeAtp(record));
		expect(trap).not.toEqual(cumulativeAtp(record, { lookAhead: true }));
	});

	it('leaves nothing to promise through week 5 if 10 units of safety stock are held back', () => {
		// Holding stock back from promising is booked like an order in week 1.
		const held = { ...record, customerOrders: [35, 20, 35, 70, 40, 10, 5, 0] };
		expect(cumulativeAtp(held, { lookAhead: true })).toEqual([0, 0, 0, 0, 0, 65, 65, 145]);
	});
});

describe('lesson 4 worked example: capable-to-promise for 40 thermostats wanted in week 3', () => {
	const request = {
		qty: 40,
		requestedPeriod: 3,
		productCumulativeAtp: cumulativeAtp(record, { lookAhead: true }),
		components: [
			// Radio module, one per thermostat.
			{ qtyPer: 1, cumulativeAtp: [10, 35, 35, 60, 60, 60, 85, 85] },
			// Housing, one per thermostat.
			{ qtyPer: 1, cumulativeAtp: [50, 50, 50, 50, 50, 50, 50, 50] }
		],
		// Assembly cell: half an hour a unit, spare hours after the planned lots.
		capacity: { hoursPerUnit: 0.5, spareHours: [6, 12, 18, 18, 24, 24, 24, 24] },
		leadTimePeriods: 1
	};

	it('covers 10 from ATP and makes 30 as one lot that starts in week 3 and is ready in week 4', () => {
		// Week 1: 10 radio modules, fewer than 30. Week 2: 35 modules, but 12 spare hours, fewer
		// than 30 x 0.5 = 15. Week 3: 35 modules, 50 housings, 18 hours: the lot starts.
		const result = capableToPromise(request);
		expect(result.fromAtp).toEqual({ qty: 10, period: 3 });
		expect(result.fromCapacity).toEqual({ qty: 30, period: 4 });
		expect(result.completePeriod).toBe(4);
		expect(result.explanation).toMatch(/lot of 30 can start in period 3/);
		expect(result.explanation).toMatch(/15 hours/);
	});

	it('needs no CTP if the customer can take the goods in week 6, where ATP is 75', () => {
		const result = capableToPromise({ ...request, requestedPeriod: 6 });
		expect(result).toMatchObject({
			fromAtp: { qty: 40, period: 6 },
			fromCapacity: null,
			completePeriod: 6
		});
	});

	it('after booking the order for week 4 and the lot of 30, ATP is 0 through week 5 and 65 from week 6', () => {
		const booked = {
			...record,
			mps: [0, 80, 0, 110, 0, 80, 0, 80],
			customerOrders: [25, 20, 35, 110, 40, 10, 5, 0]
		};
		expect(cumulativeAtp(booked, { lookAhead: true })).toEqual([0, 0, 0, 0, 0, 65, 65, 145]);
	});
});
