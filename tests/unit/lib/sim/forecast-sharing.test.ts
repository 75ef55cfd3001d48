import { describe, expect, it } from 'vitest';
import {
	forecastSharing,
	forecastSharingReading,
	tableSafetyFactor
} from '../../../../src/lib/sim/forecast-sharing';

// Lesson 19 ("Collaboration with supply chain partners") worked example: a six-week pilot of a
// pump distributor's own flat forecast against the forecast agreed with an OEM customer, a
// four-week lead time from the pump maker and a 95 % cycle service level (z = 1.645).
const PILOT = {
	actual: [125, 80, 115, 75, 120, 85],
	own: [100, 100, 100, 100, 100, 100],
	shared: [117, 90, 109, 85, 116, 95],
	serviceLevel: 0.95,
	leadTime: 4,
	leadTimeSigma: 0
};
const round = (x: number, dp: number) => Number(x.toFixed(dp));

describe('tableSafetyFactor', () => {
	it('reads z to three decimals as the normal table prints it', () => {
		expect(tableSafetyFactor(0.95)).toBe(1.645);
		expect(tableSafetyFactor(0.99)).toBe(2.326);
		expect(tableSafetyFactor(0.5)).toBe(0);
		expect(() => tableSafetyFactor(1)).toThrow(RangeError);
	});
});

describe('forecastSharing', () => {
	it('step 2 and 3: MAD 20 and 8, sigma 25 and 10, bias 0 and -2', () => {
		const r = forecastSharing(PILOT);
		expect(r.z).toBe(1.645);
		expect(r.meanDemand).toBe(100);
		expect([r.own.accuracy.mad, r.shared.accuracy.mad]).toEqual([20, 8]);
		expect([r.own.sigma, r.shared.sigma]).toEqual([25, 10]);
		expect([r.own.accuracy.bias, r.shared.accuracy.bias]).toEqual([0, -2]);
		expect(round(r.own.accuracy.mape! * 100, 2)).toBe(20.95);
		expect(round(r.shared.accuracy.mape! * 100, 2)).toBe(8.76);
	});

	it('step 4, fixed lead time: 82.25 and 32.9, rounded up to 83 and 33; 50 units freed', () => {
		const r = forecastSharing(PILOT);
		expect(r.own.sigmaOverLeadTime).toBe(50);
		expect(r.shared.sigmaOverLeadTime).toBe(20);
		expect(round(r.own.safetyStock, 2)).toBe(82.25);
		expect(round(r.shared.safetyStock, 2)).toBe(32.9);
		expect([r.own.safetyStockUnits, r.shared.safetyStockUnits, r.unitsFreed]).toEqual([83, 33, 50]);
		expect(r.shared.leadTimeTerm).toBe(0);
		expect(r.sharedDominantTerm).toBe('demand');
	});

	it('step 5, lead time varies by half a week: 117 and 89; the lead-time term 2,500 dominates 400', () => {
		const r = forecastSharing({ ...PILOT, leadTimeSigma: 0.5 });
		expect(round(r.own.sigmaOverLeadTime, 1)).toBe(70.7);
		expect(round(r.shared.sigmaOverLeadTime, 1)).toBe(53.9);
		expect(round(r.own.safetyStock, 1)).toBe(116.3);
		expect(round(r.shared.safetyStock, 1)).toBe(88.6);
		expect([r.own.safetyStockUnits, r.shared.safetyStockUnits]).toEqual([117, 89]);
		expect([r.shared.demandTerm, r.shared.leadTimeTerm]).toEqual([400, 2500]);
		expect(r.sharedDominantTerm).toBe('lead-time');
	});

	it('the supplier improves to 0.2 of a week: 28.3 and 47 units', () => {
		const r = forecastSharing({ ...PILOT, leadTimeSigma: 0.2 });
		expect(round(r.shared.sigmaOverLeadTime, 1)).toBe(28.3);
		expect(r.shared.safetyStockUnits).toBe(47);
	});

	it('self-check 3: MAD 30 to 15 over a fixed nine weeks: 186 to 93 units', () => {
		const r = forecastSharing({
			actual: [100, 100],
			own: [70, 130],
			shared: [85, 115],
			serviceLevel: 0.95,
			leadTime: 9,
			leadTimeSigma: 0
		});
		expect(round(r.own.safetyStock, 2)).toBe(185.06);
		expect(round(r.shared.safetyStock, 2)).toBe(92.53);
		expect([r.own.safetyStockUnits, r.shared.safetyStockUnits]).toEqual([186, 93]);
	});

	it('throws a RangeError on impossible input', () => {
		expect(() => forecastSharing({ ...PILOT, actual: [] })).toThrow(RangeError);
		expect(() => forecastSharing({ ...PILOT, shared: [1, 2] })).toThrow(RangeError);
		expect(() => forecastSharing({ ...PILOT, serviceLevel: 1 })).toThrow(RangeError);
		expect(() => forecastSharing({ ...PILOT, leadTime: 0 })).toThrow(RangeError);
		expect(() => forecastSharing({ ...PILOT, leadTimeSigma: -1 })).toThrow(RangeError);
		expect(() => forecastSharing({ ...PILOT, actual: [-1, 80, 115, 75, 120, 85] })).toThrow(
			RangeError
		);
	});
});

describe('forecastSharingReading', () => {
	it('reads the pilot as the lesson does', () => {
		expect(forecastSharingReading(forecastSharing(PILOT))).toBe(
			"Sharing the forecast takes MAD from 20 to 8 and frees 50 units of safety stock (83 to 33). It runs 2 units a week high (bias -2): a customer's plan can be optimistic."
		);
		expect(forecastSharingReading(forecastSharing({ ...PILOT, leadTimeSigma: 0.5 }))).toContain(
			"The supplier's lead-time spread is now the larger term (2,500 against 400): its reliability decides the rest."
		);
	});

	it('says when sharing frees nothing or needs more', () => {
		const same = forecastSharing({ ...PILOT, shared: PILOT.own });
		expect(forecastSharingReading(same)).toBe(
			'Here the shared forecast is no better: it frees no safety stock.'
		);
		const worse = forecastSharing({ ...PILOT, shared: [90, 120, 80, 110, 85, 115] });
		expect(forecastSharingReading(worse)).toMatch(
			/^Here the shared forecast is worse: it needs \d+ more units/
		);
	});
});
