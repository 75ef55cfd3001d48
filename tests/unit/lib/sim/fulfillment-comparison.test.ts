import { describe, expect, it } from 'vitest';
import { decouplingPoints } from '../../../../src/lib/sim/decoupling';
import {
	compareDecouplingPoints,
	distributionLeadTime,
	engineerToOrderSplit
} from '../../../../src/lib/sim/fulfillment-comparison';

// Lesson 9 ("Order fulfillment strategies") worked example: the CP pump family's critical
// path, 1 day of order processing and 3 of picking, packing and transit.
const stages = [
	{ name: 'Buy castings and motors', days: 20 },
	{ name: 'Machine casings and impellers', days: 8 },
	{ name: 'Assemble and test the pump end', days: 4 },
	{ name: 'Fit motor, seal and baseplate; paint', days: 2 }
];
const options = { orderProcessingDays: 1, shippingDays: 3 };

describe('compareDecouplingPoints', () => {
	it('marks which points meet 12 accepted days: assemble-to-order and downstream', () => {
		const c = compareDecouplingPoints(stages, 12, options);
		expect(c.points.map((p) => [p.customerLeadTime, p.meetsAcceptedLeadTime])).toEqual([
			[38, false],
			[18, false],
			[10, true],
			[6, true],
			[4, true]
		]);
		expect(c.mostUpstream?.decouplingPoint).toBe(2);
		expect(c.points.map(({ meetsAcceptedLeadTime: _, ...split }) => split)).toEqual(
			decouplingPoints(stages, options)
		);
	});

	it('self-check 2: at 7 days only configure-to-order and make-to-stock fit', () => {
		const c = compareDecouplingPoints(stages, 7, options);
		expect(c.mostUpstream?.decouplingPoint).toBe(3);
		expect(c.points.filter((p) => p.meetsAcceptedLeadTime).map((p) => p.decouplingPoint)).toEqual([
			3, 4
		]);
	});

	it('finds no point when processing and shipping alone exceed what customers accept', () => {
		const c = compareDecouplingPoints(stages, 3, options);
		expect(c.mostUpstream).toBeNull();
		expect(c.points.every((p) => !p.meetsAcceptedLeadTime)).toBe(true);
		expect(() => compareDecouplingPoints(stages, -1, options)).toThrow(RangeError);
	});
});

describe('engineerToOrderSplit', () => {
	const design = { name: 'Engineer the pump', days: 15 };

	it('puts 15 days of design in front: the customer waits 53 days and nothing is stocked', () => {
		const eto = engineerToOrderSplit(design, stages, 12, options);
		expect(eto.customerLeadTime).toBe(53);
		expect(eto.forecastDrivenDays).toBe(0);
		expect(eto.stockedAfter).toBeNull();
		expect(eto.waitsForOrder[0]).toBe('Engineer the pump');
		expect(eto.meetsAcceptedLeadTime).toBe(false);
		expect(engineerToOrderSplit(design, stages, 60, options).meetsAcceptedLeadTime).toBe(true);
		expect(() => engineerToOrderSplit({ name: 'Design', days: -2 }, stages, 12, options)).toThrow(
			RangeError
		);
		expect(() => engineerToOrderSplit(design, stages, -1, options)).toThrow(RangeError);
	});
});

describe('distributionLeadTime', () => {
	it('counts order processing and every stage after the order, whoever holds the stock', () => {
		const fromStock = distributionLeadTime({
			beforeOrder: [{ name: 'Receive into our DC', days: 5 }],
			afterOrder: [
				{ name: 'Pick and pack', days: 1 },
				{ name: 'Transit', days: 2 }
			],
			orderProcessingDays: 1
		});
		expect(fromStock.customerLeadTime).toBe(4);
		expect(fromStock.forecastDrivenDays).toBe(5);
		const dropShip = distributionLeadTime({
			beforeOrder: [],
			afterOrder: [
				{ name: 'Supplier processes', days: 2 },
				{ name: 'Supplier transit', days: 4 }
			],
			orderProcessingDays: 1
		});
		expect(dropShip.customerLeadTime).toBe(7);
		expect(dropShip.stockedAfter).toBeNull();
		expect(() =>
			distributionLeadTime({ beforeOrder: stages, afterOrder: [], orderProcessingDays: 1 })
		).toThrow(RangeError);
	});
});
