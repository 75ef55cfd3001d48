/**
 * Capable-to-promise: promise what ATP covers, and make the shortfall as one new lot whose
 * components and hours are checked against what is free. A teaching simplification of
 * finite scheduling (one lot, one critical resource, the lot's hours in one period), as the
 * lessons say.
 */
import { nonNegative, positive, series, wholeNumber } from './arguments';
import { suffixMinimum } from './atp';
import type { CtpRequest, CtpResult } from './types';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function capableToPromise(request: CtpRequest): CtpResult {
	const qty = positive('qty', request.qty);
	const productAtp = series('productCumulativeAtp', request.productCumulativeAtp);
	const horizon = productAtp.length;
	if (horizon === 0) throw new RangeError('productCumulativeAtp must cover at least one period');
	const requested = wholeNumber('requestedPeriod', request.requestedPeriod);
	if (requested < 1 || requested > horizon) {
		throw new RangeError(`requestedPeriod must be from 1 to ${horizon}, got ${requested}`);
	}
	const leadTime = wholeNumber('leadTimePeriods', request.leadTimePeriods);
	const hoursPerUnit = nonNegative('capacity.hoursPerUnit', request.capacity.hoursPerUnit);
	const spareHours = series('capacity.spareHours', request.capacity.spareHours, horizon);
	const components = request.components.map((c, i) => ({
		qtyPer: positive(`components[${i}].qtyPer`, c.qtyPer),
		// Stock promised in a later period is not free now, whichever form the caller passed.
		free: suffixMinimum(series(`components[${i}].cumulativeAtp`, c.cumulativeAtp, horizon))
	}));

	// ATP that can ship in the requested period without taking stock a later order needs.
	const atpFree = Math.max(0, suffixMinimum(productAtp)[requested - 1]);
	const fromAtpQty = Math.min(qty, atpFree);
	const fromAtp = { qty: fromAtpQty, period: requested };
	const shortfall = qty - fromAtpQty;

	if (shortfall === 0) {
		return {
			fromAtp,
			fromCapacity: null,
			completePeriod: requested,
			explanation: `ATP covers all ${qty} in period ${requested}: promise it there.`
		};
	}

	const hoursNeeded = shortfall * hoursPerUnit;
	let start = -1;
	for (let t = 0; t < horizon && start < 0; t++) {
		const componentsFree = components.every((c) => c.free[t] >= shortfall * c.qtyPer);
		if (componentsFree && spareHours[t] >= hoursNeeded) start = t;
	}

	const atpPart =
		fromAtpQty > 0
			? `ATP covers ${fromAtpQty} of ${qty} in period ${requested}`
			: `No ATP is free by period ${requested}`;
	if (start < 0) {
		return {
			fromAtp,
			fromCapacity: null,
			completePeriod: null,
			explanation: `${atpPart}; the other ${shortfall} cannot be made within the ${plural(horizon, 'period')} planned: no period has both the components and ${hoursNeeded} spare hours.`
		};
	}

	const ready = start + 1 + leadTime;
	const complete = Math.max(requested, ready);
	return {
		fromAtp,
		fromCapacity: { qty: shortfall, period: ready },
		completePeriod: complete,
		explanation:
			`${atpPart}; a lot of ${shortfall} can start in period ${start + 1}, when its components and ${hoursNeeded} hours are free, ` +
			`and is ready in period ${ready} after ${plural(leadTime, 'period')} of lead time, ` +
			(complete === requested
				? `so the whole order ships in period ${requested} as asked.`
				: `so the whole order can ship together in period ${complete}.`)
	};
}
