import { describe, expect, it } from 'vitest';
import {
	decouplingPoints,
	mostUpstreamDecouplingPoint,
	splitAtDecouplingPoint
} from '../../../../src/lib/sim/decoupling';

// Lesson 9, "Order fulfillment strategies": every figure its worked example prints.
// The CP pump family's critical path, 1 day of order processing and 3 of pick, pack and transit.
const stages = [
	{ name: 'Buy castings and motors', days: 20 },
	{ name: 'Machine casings and impellers', days: 8 },
	{ name: 'Assemble and test the pump end', days: 4 },
	{ name: 'Fit motor, seal and baseplate; paint', days: 2 }
];
const options = { orderProcessingDays: 1, shippingDays: 3 };

describe('lesson 9 worked example: the CP pump family at each decoupling point', () => {
	it('has a cumulative lead time of 34 days', () => {
		expect(splitAtDecouplingPoint(stages, 0, options).cumulativeLeadTime).toBe(34);
	});

	it('gives the forecast-driven days, order-driven days and customer lead time of each environment', () => {
		const rows = decouplingPoints(stages, options).map((r) => ({
			stockedAfter: r.stockedAfter,
			forecast: r.forecastDrivenDays,
			order: r.orderDrivenDays,
			customer: r.customerLeadTime
		}));
		expect(rows).toEqual([
			// Make-to-order, material bought to order: nothing stocked.
			{ stockedAfter: null, forecast: 0, order: 34, customer: 38 },
			// Make-to-order: castings and motors stocked.
			{ stockedAfter: 'Buy castings and motors', forecast: 20, order: 14, customer: 18 },
			// Assemble-to-order: machined parts and motors stocked.
			{ stockedAfter: 'Machine casings and impellers', forecast: 28, order: 6, customer: 10 },
			// Configure-to-order: tested pump ends stocked.
			{ stockedAfter: 'Assemble and test the pump end', forecast: 32, order: 2, customer: 6 },
			// Make-to-stock: finished pumps.
			{ stockedAfter: 'Fit motor, seal and baseplate; paint', forecast: 34, order: 0, customer: 4 }
		]);
	});

	it('adds 15 days of design for an engineered pump: 53 days', () => {
		const engineered = [{ name: 'Engineer the pump', days: 15 }, ...stages];
		expect(splitAtDecouplingPoint(engineered, 0, options).customerLeadTime).toBe(53);
	});

	it('picks assemble-to-order (10 days, 28 forecast-driven) when customers accept 12 days', () => {
		const choice = mostUpstreamDecouplingPoint(stages, 12, options);
		expect(choice?.decouplingPoint).toBe(2);
		expect(choice?.customerLeadTime).toBe(10);
		expect(choice?.forecastDrivenDays).toBe(28);
	});

	it('self-check 2: at 7 days accepted the point moves to configure-to-order, 6 days, 32 forecast-driven', () => {
		const choice = mostUpstreamDecouplingPoint(stages, 7, options);
		expect(choice?.decouplingPoint).toBe(3);
		expect(choice?.customerLeadTime).toBe(6);
		expect(choice?.forecastDrivenDays).toBe(32);
	});
});
