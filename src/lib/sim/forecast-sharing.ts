/**
 * Forecast sharing with a partner (CPFR) and the safety stock it frees: two forecasts of the
 * same demand, the distributor's own and the one agreed with the customer, each measured
 * against actual demand and turned into safety stock over the supplier's replenishment lead
 * time (forecast-accuracy.ts):
 *
 * - error statistics per forecast (`forecastAccuracy`: MAD, MAPE, bias, tracking signal);
 * - sigma of demand per period = 1.25 x MAD (`sigmaFromMad`, the APICS rounding);
 * - variance of demand over the lead time = L x sigma^2 (the demand term) + D^2 x sL^2 (the
 *   lead-time term, from the supplier's lead-time spread sL), D = mean actual demand per period;
 * - safety stock = z x sqrt(demand term + lead-time term) (`safetyStock`), rounded up to whole
 *   units so the stock holds at least the target cycle service level.
 *
 * z is read from the normal table to three decimals (1.645 for 95 %), as the lesson and most
 * texts do, so a figure such as 1.645 x 50 = 82.25 matches the printed worked example.
 */
import {
	forecastAccuracy,
	safetyStock,
	sigmaFromMad,
	zForServiceLevel,
	type ForecastAccuracy
} from './forecast-accuracy';

/** The safety factor for cycle service level `p` as a normal table prints it: three decimals. */
export function tableSafetyFactor(p: number): number {
	return Math.round(zForServiceLevel(p) * 1000) / 1000;
}

export type ForecastSharingInput = {
	/** Actual demand per period (the customer's orders). */
	actual: readonly number[];
	/** The distributor's own forecast, from order history. */
	own: readonly number[];
	/** The forecast agreed with the customer under CPFR. */
	shared: readonly number[];
	/** Target cycle service level, 0 < p < 1. */
	serviceLevel: number;
	/** Replenishment lead time in periods; above 0. */
	leadTime: number;
	/** Standard deviation of the supplier's actual lead times, in periods (0: fixed). */
	leadTimeSigma: number;
};

export type ForecastSafetyStock = {
	accuracy: ForecastAccuracy;
	/** 1.25 x MAD. */
	sigma: number;
	/** L x sigma^2. */
	demandTerm: number;
	/** D^2 x sL^2. */
	leadTimeTerm: number;
	sigmaOverLeadTime: number;
	safetyStock: number;
	/** Safety stock rounded up to whole units. */
	safetyStockUnits: number;
};

export type ForecastSharingResult = {
	z: number;
	/** Mean actual demand per period, D. */
	meanDemand: number;
	own: ForecastSafetyStock;
	shared: ForecastSafetyStock;
	/** Units of safety stock the shared forecast frees (negative when it needs more). */
	unitsFreed: number;
	/** Which term of the shared forecast's variance is larger. */
	sharedDominantTerm: 'demand' | 'lead-time' | 'equal';
};

/** Rounds up, ignoring the binary noise of a product such as 1.645 x 20 = 32.900000000000006. */
const unitsUp = (x: number) => Math.ceil(x - 1e-9);

function plan(
	accuracy: ForecastAccuracy,
	z: number,
	meanDemand: number,
	leadTime: number,
	leadTimeSigma: number
): ForecastSafetyStock {
	const sigma = sigmaFromMad(accuracy.mad);
	const ss = safetyStock({ z, demandSigma: sigma, leadTime, leadTimeSigma, meanDemand });
	return {
		accuracy,
		sigma,
		demandTerm: leadTime * sigma * sigma,
		leadTimeTerm: meanDemand * meanDemand * leadTimeSigma * leadTimeSigma,
		sigmaOverLeadTime: ss.sigmaOverLeadTime,
		safetyStock: ss.safetyStock,
		safetyStockUnits: unitsUp(ss.safetyStock)
	};
}

/**
 * Both forecasts measured and turned into safety stock (see the module comment). Throws a
 * RangeError as `forecastAccuracy`, `zForServiceLevel` and `safetyStock` do: series empty or of
 * different lengths, a negative actual, a service level outside (0, 1), a lead time not above 0
 * or a negative lead-time spread.
 */
export function forecastSharing(input: ForecastSharingInput): ForecastSharingResult {
	const z = tableSafetyFactor(input.serviceLevel);
	const ownAccuracy = forecastAccuracy(input.actual, input.own);
	const sharedAccuracy = forecastAccuracy(input.actual, input.shared);
	const meanDemand = input.actual.reduce((s, a) => s + a, 0) / input.actual.length;
	const own = plan(ownAccuracy, z, meanDemand, input.leadTime, input.leadTimeSigma);
	const shared = plan(sharedAccuracy, z, meanDemand, input.leadTime, input.leadTimeSigma);
	return {
		z,
		meanDemand,
		own,
		shared,
		unitsFreed: own.safetyStockUnits - shared.safetyStockUnits,
		sharedDominantTerm:
			shared.leadTimeTerm > shared.demandTerm
				? 'lead-time'
				: shared.leadTimeTerm < shared.demandTerm
					? 'demand'
					: 'equal'
	};
}

const grouped = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });

/**
 * A reading of the comparison as the lesson makes it: what sharing the forecast did to MAD and
 * safety stock, whether the shared forecast is biased, and which term now dominates.
 */
export function forecastSharingReading(r: ForecastSharingResult, period = 'week'): string {
	const { own, shared } = r;
	const parts: string[] = [];
	if (r.unitsFreed > 0) {
		parts.push(
			`Sharing the forecast takes MAD from ${grouped(own.accuracy.mad)} to ${grouped(shared.accuracy.mad)} and frees ${grouped(r.unitsFreed)} units of safety stock (${grouped(own.safetyStockUnits)} to ${grouped(shared.safetyStockUnits)}).`
		);
	} else if (r.unitsFreed === 0) {
		parts.push('Here the shared forecast is no better: it frees no safety stock.');
	} else {
		parts.push(
			`Here the shared forecast is worse: it needs ${grouped(-r.unitsFreed)} more units of safety stock.`
		);
	}
	if (shared.accuracy.bias < 0) {
		parts.push(
			`It runs ${grouped(-shared.accuracy.bias)} units a ${period} high (bias ${grouped(shared.accuracy.bias)}): a customer's plan can be optimistic.`
		);
	} else if (shared.accuracy.bias > 0) {
		parts.push(
			`It runs ${grouped(shared.accuracy.bias)} units a ${period} low (bias ${grouped(shared.accuracy.bias)}).`
		);
	}
	if (r.sharedDominantTerm === 'lead-time') {
		parts.push(
			`The supplier's lead-time spread is now the larger term (${grouped(shared.leadTimeTerm)} against ${grouped(shared.demandTerm)}): its reliability decides the rest.`
		);
	}
	return parts.join(' ');
}
