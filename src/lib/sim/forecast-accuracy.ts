/**
 * Forecast error statistics and the safety stock they imply.
 *
 * Forecast error, as APICS texts write it: actual demand minus forecast, e(t) = A(t) - F(t), so a
 * negative error means the forecast was too high. Some textbooks write F - A; the absolute
 * measures are the same either way, only the sign of the bias flips.
 * - bias (mean error) = sum of e(t) / n;
 * - mean absolute deviation MAD = sum of |e(t)| / n;
 * - mean squared error MSE = sum of e(t)^2 / n;
 * - mean absolute percentage error MAPE = sum of |e(t)| / A(t) / n, as a fraction of actual
 *   demand (undefined when any actual is 0: reported as null);
 * - tracking signal = running sum of e(t) / MAD.
 * These are the textbook forms (Heizer & Render, Operations Management; the APICS Dictionary
 * entries for mean absolute deviation, MAPE and tracking signal).
 *
 * From MAD to a standard deviation: for normally distributed errors sigma = sqrt(pi / 2) x MAD,
 * about 1.2533 x MAD; APICS texts round the factor to 1.25.
 *
 * Safety stock = z x sigma of demand over the lead time, where z is the safety factor for the
 * target cycle service level (the probability of not running out in a replenishment cycle).
 * With a fixed lead time of L periods and independent period errors, sigma over the lead time
 * = sigma per period x sqrt(L) (APICS: multiply by the square root of lead time over forecast
 * interval). When the lead time itself varies with standard deviation sL (in the same periods),
 * sigma over the lead time = sqrt(L x sigma^2 + D^2 x sL^2), D being mean demand per period
 * (Chopra & Meindl, Supply Chain Management, safety inventory under lead-time uncertainty).
 */
import { finite, nonNegative, positive, series } from './arguments';

export type ForecastAccuracy = {
	/** e(t) = actual(t) - forecast(t), per period. */
	errors: number[];
	/** Mean error; negative when the forecast runs high. */
	bias: number;
	mad: number;
	mse: number;
	/** Fraction of actual demand (0.0835 for 8.35 %); null when any actual is 0. */
	mape: number | null;
	/** Sum of errors / MAD at the last period; 0 when MAD is 0. */
	trackingSignal: number;
};

/**
 * Error statistics of `forecast` against `actual`, period by period (see the module comment).
 * Throws a RangeError when the series are empty, differ in length, hold a non-finite value or
 * a negative actual.
 */
export function forecastAccuracy(
	actual: readonly number[],
	forecast: readonly number[]
): ForecastAccuracy {
	series('actual', actual);
	if (actual.length === 0)
		throw new RangeError('actual must not be empty: there is nothing to measure');
	series('forecast', forecast, actual.length);
	actual.forEach((a, i) => nonNegative(`actual[${i}]`, a));
	const n = actual.length;
	const errors = actual.map((a, i) => a - forecast[i]);
	const sum = errors.reduce((s, e) => s + e, 0);
	const mad = errors.reduce((s, e) => s + Math.abs(e), 0) / n;
	const mse = errors.reduce((s, e) => s + e * e, 0) / n;
	const mape = actual.some((a) => a === 0)
		? null
		: errors.reduce((s, e, i) => s + Math.abs(e) / actual[i], 0) / n;
	return { errors, bias: sum / n, mad, mse, mape, trackingSignal: mad === 0 ? 0 : sum / mad };
}

/**
 * The standard deviation of forecast error estimated from its MAD: 1.25 x MAD by default (the
 * APICS rounding), or sqrt(pi / 2) x MAD, about 1.2533, with `{ exact: true }`.
 */
export function sigmaFromMad(mad: number, options: { exact?: boolean } = {}): number {
	nonNegative('mad', mad);
	return mad * (options.exact ? Math.sqrt(Math.PI / 2) : 1.25);
}

// Acklam's rational approximation of the inverse standard normal distribution (relative error
// below 1.15e-9): P. J. Acklam, "An algorithm for computing the inverse normal cumulative
// distribution function" (2003).
const A = [
	-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
	-3.066479806614716e1, 2.506628277459239
];
const B = [
	-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
	-1.328068155288572e1
];
const C = [
	-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
	4.374664141464968, 2.938163982698783
];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

function tail(q: number): number {
	return (
		(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
		((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1)
	);
}

/**
 * The safety factor z for a cycle service level p: the standard normal quantile, so that a
 * normally distributed demand over the lead time stays below mean + z x sigma with probability
 * p (0.95 gives 1.645, 0.99 gives 2.326). Throws a RangeError unless 0 < p < 1.
 */
export function zForServiceLevel(p: number): number {
	finite('p', p);
	if (!(p > 0 && p < 1)) {
		throw new RangeError(`p must be a probability strictly between 0 and 1, got ${p}`);
	}
	if (p < P_LOW) return tail(Math.sqrt(-2 * Math.log(p)));
	if (p > 1 - P_LOW) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
	const q = p - 0.5;
	const r = q * q;
	return (
		((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
		(((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
	);
}

export type SafetyStockInput = {
	/** Safety factor, at least 0 (see `zForServiceLevel`). */
	z: number;
	/** Standard deviation of demand (of forecast error) per period. */
	demandSigma: number;
	/** Mean replenishment lead time, in the same periods; above 0. */
	leadTime: number;
	/** Standard deviation of the lead time, in the same periods; 0 (a fixed lead time) by default. */
	leadTimeSigma?: number;
	/** Mean demand per period; needed only when `leadTimeSigma` is above 0. */
	meanDemand?: number;
};

/**
 * Safety stock = z x sigma of demand over the lead time, with sigma over the lead time =
 * sqrt(L x demandSigma^2 + meanDemand^2 x leadTimeSigma^2), which is demandSigma x sqrt(L) for
 * a fixed lead time (see the module comment). Not rounded: round up to whole units to hold at
 * least the target. Throws a RangeError on a negative z or sigma, a lead time not above 0, or a
 * lead-time sigma above 0 without a mean demand.
 */
export function safetyStock(input: SafetyStockInput): {
	sigmaOverLeadTime: number;
	safetyStock: number;
} {
	const z = nonNegative('z', input.z);
	const sigma = nonNegative('demandSigma', input.demandSigma);
	const lead = positive('leadTime', input.leadTime);
	const leadSigma = nonNegative('leadTimeSigma', input.leadTimeSigma ?? 0);
	let demandTerm = 0;
	if (leadSigma > 0) {
		if (input.meanDemand === undefined) {
			throw new RangeError(
				'meanDemand is needed when leadTimeSigma is above 0: lead-time variation is felt in proportion to demand'
			);
		}
		const d = nonNegative('meanDemand', input.meanDemand);
		demandTerm = d * d * leadSigma * leadSigma;
	}
	const sigmaOverLeadTime = Math.sqrt(lead * sigma * sigma + demandTerm);
	return { sigmaOverLeadTime, safetyStock: z * sigmaOverLeadTime };
}
