import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	forecastAccuracy,
	safetyStock,
	sigmaFromMad,
	zForServiceLevel
} from '../../../../src/lib/sim/forecast-accuracy';

describe('forecastAccuracy', () => {
	it('reproduces the Port of Baltimore example (Heizer & Render, Operations Management; Render, Stair & Hanna, Quantitative Analysis for Management): MAD 10.31, MSE 190.8, MAPE 5.59 %', () => {
		// Tons of grain unloaded in eight quarters, forecast by exponential smoothing with
		// alpha = 0.10 from a first forecast of 175. The book rounds the forecasts to two decimals
		// in its table; the statistics it prints are the same to the digits shown.
		const actual = [180, 168, 159, 175, 190, 205, 180, 182];
		const forecast = [175];
		for (let t = 1; t < actual.length; t++) {
			forecast.push(forecast[t - 1] + 0.1 * (actual[t - 1] - forecast[t - 1]));
		}
		expect(forecast.map((f) => Number(f.toFixed(2)))).toEqual([
			175, 175.5, 174.75, 173.18, 173.36, 175.02, 178.02, 178.22
		]);
		const r = forecastAccuracy(actual, forecast);
		expect(Number(r.mad.toFixed(2))).toBe(10.31);
		expect(Number(r.mse.toFixed(1))).toBe(190.8);
		expect(Number((r.mape! * 100).toFixed(2))).toBe(5.59);
		expect(Number(r.bias.toFixed(2))).toBe(4.49);
	});

	it('signs errors as actual minus forecast: a forecast that runs high has a negative bias', () => {
		const r = forecastAccuracy([10, 10], [12, 14]);
		expect(r.errors).toEqual([-2, -4]);
		expect(r.bias).toBe(-3);
		expect(r.mad).toBe(3);
		expect(r.mse).toBe(10);
		expect(r.trackingSignal).toBe(-2);
	});

	it('reports MAPE as null when an actual is 0, and a perfect forecast as all zeros', () => {
		const r = forecastAccuracy([0, 10], [1, 10]);
		expect(r.mape).toBeNull();
		expect(r.mad).toBe(0.5);
		expect(forecastAccuracy([5, 7], [5, 7])).toEqual({
			errors: [0, 0],
			bias: 0,
			mad: 0,
			mse: 0,
			mape: 0,
			trackingSignal: 0
		});
	});

	it('refuses empty, mismatched, non-finite or negative input', () => {
		expect(() => forecastAccuracy([], [])).toThrow(RangeError);
		expect(() => forecastAccuracy([1, 2], [1])).toThrow(/periods/);
		expect(() => forecastAccuracy([1, Number.NaN], [1, 2])).toThrow(RangeError);
		expect(() => forecastAccuracy([1, 2], [1, Infinity])).toThrow(RangeError);
		expect(() => forecastAccuracy([-1, 2], [1, 2])).toThrow(/negative/);
	});

	it('properties: MAD is at least the absolute bias, and MSE at least MAD squared', () => {
		const period = fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }));
		fc.assert(
			fc.property(fc.array(period, { minLength: 1, maxLength: 24 }), (pairs) => {
				const r = forecastAccuracy(
					pairs.map((p) => p[0]),
					pairs.map((p) => p[1])
				);
				expect(r.mad).toBeGreaterThanOrEqual(Math.abs(r.bias) - 1e-9);
				expect(r.mse).toBeGreaterThanOrEqual(r.mad * r.mad - 1e-6);
				expect(Math.abs(r.trackingSignal)).toBeLessThanOrEqual(pairs.length + 1e-9);
			})
		);
	});
});

describe('sigmaFromMad', () => {
	it('uses the APICS factor 1.25, or sqrt(pi / 2) = 1.2533 on request', () => {
		expect(sigmaFromMad(20)).toBe(25);
		expect(Number(sigmaFromMad(1, { exact: true }).toFixed(4))).toBe(1.2533);
		expect(() => sigmaFromMad(-1)).toThrow(RangeError);
	});
});

describe('zForServiceLevel', () => {
	it('matches the standard normal table', () => {
		const table: [number, number][] = [
			[0.5, 0],
			[0.8, 0.8416],
			[0.9, 1.2816],
			[0.95, 1.6449],
			[0.975, 1.96],
			[0.98, 2.0537],
			[0.99, 2.3263],
			[0.999, 3.0902],
			[0.01, -2.3263]
		];
		for (const [p, z] of table) expect(Number(zForServiceLevel(p).toFixed(4))).toBe(z);
	});

	it('is symmetric and increasing', () => {
		fc.assert(
			fc.property(fc.double({ min: 0.001, max: 0.998, noNaN: true }), (p) => {
				expect(zForServiceLevel(p) + zForServiceLevel(1 - p)).toBeCloseTo(0, 6);
				expect(zForServiceLevel(p + 0.001)).toBeGreaterThan(zForServiceLevel(p));
			})
		);
	});

	it('refuses probabilities of 0, 1 or outside', () => {
		for (const p of [0, 1, -0.1, 1.5, Number.NaN]) {
			expect(() => zForServiceLevel(p)).toThrow(RangeError);
		}
	});
});

describe('safetyStock', () => {
	it('reproduces Chopra & Meindl’s safety inventory under lead-time uncertainty (Dell hard drives): 22,491 units', () => {
		// Daily demand mean 2,500, standard deviation 500; lead time 7 days with a standard
		// deviation of 7 days; cycle service level 90 %. sigma over the lead time = 17,550.
		const z = zForServiceLevel(0.9);
		const r = safetyStock({
			z,
			demandSigma: 500,
			leadTime: 7,
			leadTimeSigma: 7,
			meanDemand: 2500
		});
		expect(Math.round(r.sigmaOverLeadTime)).toBe(17_550);
		expect(Math.round(r.safetyStock)).toBe(22_491);
		// The same example with a fixed lead time needs 1,695 units.
		const fixed = safetyStock({ z, demandSigma: 500, leadTime: 7, meanDemand: 2500 });
		expect(Math.round(fixed.sigmaOverLeadTime)).toBe(1_323);
		expect(Math.round(fixed.safetyStock)).toBe(1_695);
	});

	it('scales sigma by the square root of the lead time when it is fixed', () => {
		expect(safetyStock({ z: 2, demandSigma: 10, leadTime: 9 })).toEqual({
			sigmaOverLeadTime: 30,
			safetyStock: 60
		});
		expect(safetyStock({ z: 0, demandSigma: 10, leadTime: 9 }).safetyStock).toBe(0);
	});

	it('refuses impossible input', () => {
		expect(() => safetyStock({ z: -1, demandSigma: 10, leadTime: 4 })).toThrow(/z/);
		expect(() => safetyStock({ z: 1, demandSigma: -1, leadTime: 4 })).toThrow(/demandSigma/);
		expect(() => safetyStock({ z: 1, demandSigma: 10, leadTime: 0 })).toThrow(/leadTime/);
		expect(() =>
			safetyStock({ z: 1, demandSigma: 10, leadTime: 4, leadTimeSigma: -0.5, meanDemand: 5 })
		).toThrow(/leadTimeSigma/);
		expect(() => safetyStock({ z: 1, demandSigma: 10, leadTime: 4, leadTimeSigma: 1 })).toThrow(
			/meanDemand/
		);
	});

	it('properties: safety stock never falls when forecast error or lead-time spread rises', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 3, noNaN: true }),
				fc.double({ min: 0, max: 100, noNaN: true }),
				fc.double({ min: 0.5, max: 20, noNaN: true }),
				fc.double({ min: 0, max: 5, noNaN: true }),
				fc.double({ min: 0, max: 500, noNaN: true }),
				(z, sigma, lead, sL, d) => {
					const base = safetyStock({
						z,
						demandSigma: sigma,
						leadTime: lead,
						leadTimeSigma: sL,
						meanDemand: d
					});
					const worseForecast = safetyStock({
						z,
						demandSigma: sigma + 1,
						leadTime: lead,
						leadTimeSigma: sL,
						meanDemand: d
					});
					const worseSupplier = safetyStock({
						z,
						demandSigma: sigma,
						leadTime: lead,
						leadTimeSigma: sL + 0.1,
						meanDemand: d
					});
					expect(base.safetyStock).toBeGreaterThanOrEqual(0);
					expect(worseForecast.safetyStock).toBeGreaterThanOrEqual(base.safetyStock);
					expect(worseSupplier.safetyStock).toBeGreaterThanOrEqual(base.safetyStock);
				}
			)
		);
	});
});
