import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	forecastAccuracy,
	safetyStock,
	sigmaFromMad,
	zForServiceLevel
} from '../../../../src/lib/sim/index';

// Numeric questions of content/quizzes/19-collaboration-with-partners.yaml: each stored answer
// must equal what the engine computes from the figures the prompt gives.
type NumericQuestion = { id: string; type: string; answer: number; tolerance?: number };
const bank = parse(
	readFileSync(
		new URL('../../../../content/quizzes/19-collaboration-with-partners.yaml', import.meta.url),
		'utf8'
	)
) as { topic: number; questions: NumericQuestion[] };

function numeric(id: string): NumericQuestion {
	const q = bank.questions.find((x) => x.id === id);
	if (!q || q.type !== 'numeric') throw new Error(`no numeric question "${id}" in bank 19`);
	return q;
}
const round = (x: number, decimals: number) => Number(x.toFixed(decimals));

describe('bank 19: numeric answers come from the engine', () => {
	it('mape-numeric: a flat forecast of 100 against 90, 110, 100, 120, 80 has a MAPE of 12.37 %', () => {
		const r = forecastAccuracy([90, 110, 100, 120, 80], [100, 100, 100, 100, 100]);
		expect(numeric('mape-numeric').answer).toBe(round(r.mape! * 100, 2));
		// The explanation's MAD and bias.
		expect(r.mad).toBe(12);
		expect(r.bias).toBe(0);
	});

	it('tracking-signal-numeric: errors summing to 50 over a MAD of 10 give a tracking signal of 5', () => {
		const r = forecastAccuracy([120, 130, 125, 140, 135], [110, 120, 120, 125, 125]);
		expect(r.errors).toEqual([10, 10, 5, 15, 10]);
		expect(r.mad).toBe(10);
		expect(numeric('tracking-signal-numeric').answer).toBe(round(r.trackingSignal, 2));
	});

	it('safety-stock-fixed-lead-time: MAD 16, nine fixed weeks, z 1.645 gives 98.7, rounded up to 99', () => {
		const sigma = sigmaFromMad(16);
		expect(sigma).toBe(20);
		const r = safetyStock({ z: 1.645, demandSigma: sigma, leadTime: 9 });
		expect(r.sigmaOverLeadTime).toBe(60);
		expect(numeric('safety-stock-fixed-lead-time').answer).toBe(Math.ceil(r.safetyStock));
		// The unrounded z for 95 % and the exact MAD factor round up to the same stock.
		const exact = safetyStock({
			z: zForServiceLevel(0.95),
			demandSigma: sigmaFromMad(16, { exact: true }),
			leadTime: 9
		});
		expect(Math.ceil(exact.safetyStock)).toBe(99);
	});

	it('safety-stock-variable-lead-time: sqrt(4 x 20^2 + 200^2 x 0.5^2) = 107.7, x 1.645, rounded up to 178', () => {
		const r = safetyStock({
			z: 1.645,
			demandSigma: 20,
			leadTime: 4,
			leadTimeSigma: 0.5,
			meanDemand: 200
		});
		expect(round(r.sigmaOverLeadTime, 1)).toBe(107.7);
		expect(numeric('safety-stock-variable-lead-time').answer).toBe(Math.ceil(r.safetyStock));
		const withExactZ = safetyStock({
			z: zForServiceLevel(0.95),
			demandSigma: 20,
			leadTime: 4,
			leadTimeSigma: 0.5,
			meanDemand: 200
		});
		expect(Math.ceil(withExactZ.safetyStock)).toBe(178);
	});

	it('halving-forecast-error: halving MAD halves safety stock only when the lead time is fixed', () => {
		const fixed = (mad: number) =>
			safetyStock({ z: 1.645, demandSigma: sigmaFromMad(mad), leadTime: 4 }).safetyStock;
		expect(fixed(10) / fixed(20)).toBeCloseTo(0.5, 12);
		const varying = (mad: number) =>
			safetyStock({
				z: 1.645,
				demandSigma: sigmaFromMad(mad),
				leadTime: 4,
				leadTimeSigma: 0.5,
				meanDemand: 100
			}).safetyStock;
		expect(varying(10) / varying(20)).toBeGreaterThan(0.5);
	});
});
