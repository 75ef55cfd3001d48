import { describe, expect, it } from 'vitest';
import {
	forecastAccuracy,
	safetyStock,
	sigmaFromMad,
	zForServiceLevel
} from '../../../../src/lib/sim/forecast-accuracy';

// Lesson 19, "Collaboration with supply chain partners", worked example: a pump distributor's
// six-week pilot with an OEM customer, its own flat forecast against the forecast agreed with
// the OEM, a four-week lead time from the pump maker and a 95 % cycle service level.
const orders = [125, 80, 115, 75, 120, 85];
const own = [100, 100, 100, 100, 100, 100];
const shared = [117, 90, 109, 85, 116, 95];
const LEAD_TIME = 4;
const round = (x: number, dp: number) => Number(x.toFixed(dp));

describe('lesson 19 worked example: forecast accuracy before and after sharing, and safety stock', () => {
	// The lesson takes z = 1.645 from the normal table; the engine's quantile agrees to 3 dp.
	const z = 1.645;
	const a = forecastAccuracy(orders, own);
	const b = forecastAccuracy(orders, shared);

	it('uses z = 1.645 for a 95 % cycle service level', () => {
		expect(round(zForServiceLevel(0.95), 3)).toBe(z);
	});

	it('prints the errors, actual minus forecast, of both forecasts', () => {
		expect(a.errors).toEqual([25, -20, 15, -25, 20, -15]);
		expect(b.errors).toEqual([8, -10, 6, -10, 4, -10]);
	});

	it('step 2: MAD 20 and 8, MAPE 20.95 % and 8.76 %, bias 0 and -2, tracking signal 0 and -1.5', () => {
		expect(a.mad).toBe(20);
		expect(b.mad).toBe(8);
		expect(round(a.mape! * 100, 2)).toBe(20.95);
		expect(round(b.mape! * 100, 2)).toBe(8.76);
		expect(a.bias).toBe(0);
		expect(b.bias).toBe(-2);
		expect(a.trackingSignal).toBe(0);
		expect(b.trackingSignal).toBe(-1.5);
		// The own forecast had the average right: 100 a week.
		expect(orders.reduce((s, x) => s + x, 0) / orders.length).toBe(100);
	});

	it('step 3: sigma = 1.25 x MAD, 25 and 10 units a week', () => {
		expect(sigmaFromMad(a.mad)).toBe(25);
		expect(sigmaFromMad(b.mad)).toBe(10);
	});

	const cases = [
		// sigma per week, sigma of lead time, sigma over lead time and safety stock as printed, units rounded up
		{ name: 'own forecast, fixed lead time', sigma: 25, sL: 0, overLt: 50, ss: 82.25, units: 83 },
		{
			name: 'own forecast, lead time varies',
			sigma: 25,
			sL: 0.5,
			overLt: 70.7,
			ss: 116.3,
			units: 117
		},
		{ name: 'shared forecast, fixed lead time', sigma: 10, sL: 0, overLt: 20, ss: 32.9, units: 33 },
		{
			name: 'shared forecast, lead time varies',
			sigma: 10,
			sL: 0.5,
			overLt: 53.9,
			ss: 88.6,
			units: 89
		},
		{
			name: 'shared forecast, supplier improves',
			sigma: 10,
			sL: 0.2,
			overLt: 28.3,
			ss: 46.5,
			units: 47
		}
	];
	for (const c of cases) {
		it(`steps 4 and 5, ${c.name}: sigma over lead time ${c.overLt}, safety stock ${c.units}`, () => {
			const r = safetyStock({
				z,
				demandSigma: c.sigma,
				leadTime: LEAD_TIME,
				leadTimeSigma: c.sL,
				meanDemand: 100
			});
			expect(round(r.sigmaOverLeadTime, 1)).toBe(c.overLt);
			// To as many decimals as the lesson prints.
			expect(round(r.safetyStock, String(c.ss).split('.')[1]?.length ?? 0)).toBe(c.ss);
			expect(Math.ceil(r.safetyStock)).toBe(c.units);
		});
	}

	it('the shared forecast frees 50 units; the lead-time term is 2,500 against a demand term of 400', () => {
		const before = safetyStock({ z, demandSigma: 25, leadTime: LEAD_TIME });
		const after = safetyStock({ z, demandSigma: 10, leadTime: LEAD_TIME });
		expect(Math.ceil(before.safetyStock) - Math.ceil(after.safetyStock)).toBe(50);
		expect(100 ** 2 * 0.5 ** 2).toBe(2500);
		expect(LEAD_TIME * 10 ** 2).toBe(400);
		const withSpread = safetyStock({
			z,
			demandSigma: 10,
			leadTime: LEAD_TIME,
			leadTimeSigma: 0.5,
			meanDemand: 100
		});
		expect(withSpread.sigmaOverLeadTime ** 2).toBeCloseTo(2900, 9);
	});

	it('self-check 3: MAD 30 to 15, nine-week fixed lead time: safety stock 185.06 to 92.53, 186 to 93 units', () => {
		expect(sigmaFromMad(30)).toBe(37.5);
		expect(sigmaFromMad(15)).toBe(18.75);
		const before = safetyStock({ z, demandSigma: sigmaFromMad(30), leadTime: 9 });
		const after = safetyStock({ z, demandSigma: sigmaFromMad(15), leadTime: 9 });
		expect(before.sigmaOverLeadTime).toBe(112.5);
		expect(after.sigmaOverLeadTime).toBe(56.25);
		expect(round(before.safetyStock, 2)).toBe(185.06);
		expect(round(after.safetyStock, 2)).toBe(92.53);
		expect(Math.ceil(before.safetyStock)).toBe(186);
		expect(Math.ceil(after.safetyStock)).toBe(93);
	});
});
