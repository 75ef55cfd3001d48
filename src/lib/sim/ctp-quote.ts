/**
 * A capable-to-promise quote as the desk gives it: the engine's `capableToPromise` result,
 * the period-by-period test of the shortfall lot (which component or the hours stop it), and
 * the ship dates turned into delivery dates.
 *
 * The lot test restates the one-lot rule of `ctp.ts` for display: a lot of the shortfall can
 * start in period t when every component's free stock (its lowest cumulative ATP from t on)
 * is at least shortfall x quantity per, and the spare hours of t alone are at least
 * shortfall x hours per unit. Its first passing period is the one `capableToPromise` uses.
 *
 * Delivery (ASCM: the promised delivery date adds handling and transit to the ship date):
 * a ship period stands for its first working day, with `workingDaysPerPeriod` working days in
 * a period (5 by default: weeks). Delivery working day = ship day + handling + transit.
 */
import { nonNegative, positive, wholeNumber } from './arguments';
import { suffixMinimum } from './atp';
import { capableToPromise } from './ctp';
import { formatUnits } from './master-schedule-record';
import type { CtpRequest, CtpResult } from './types';

export type LotCheck = {
	period: number;
	/** Free units of each component in this period: its lowest cumulative ATP from here on. */
	componentsFree: number[];
	/** For each component, whether it is short of what the lot needs. */
	componentShort: boolean[];
	spareHours: number;
	hoursShort: boolean;
	canStart: boolean;
};

export type DeliveryTerms = {
	/** Working days from shipping to hand-over to the carrier (pick, pack, documents). */
	handlingDays: number;
	/** Working days in transit to the customer. */
	transitDays: number;
	/** Working days in one period; 5 for weekly periods. */
	workingDaysPerPeriod?: number;
};

export type DeliveryDate = {
	/** The period delivery falls in (1-based; may lie beyond the planning horizon). */
	period: number;
	/** The working day within that period, from 1. */
	day: number;
	/** Working days from the ship date: handling + transit. */
	daysAfterShip: number;
};

export type DatedShipment = { qty: number; shipPeriod: number; delivery: DeliveryDate };

export type CtpQuote = {
	result: CtpResult;
	/** Units ATP cannot cover, to be made as one lot. */
	shortfall: number;
	/** Hours the lot needs on the critical resource. */
	hoursNeeded: number;
	/** Units of each component the lot needs. */
	componentsNeeded: number[];
	/** The period the lot starts in; null when no lot is needed or none can start. */
	lotStartPeriod: number | null;
	/** The lot test for every period; empty when ATP covers the order. */
	checks: LotCheck[];
	/** The order shipped in one piece; null when it cannot be made within the horizon. */
	shipComplete: DatedShipment | null;
	/** If the customer accepts a split: ATP now, the lot when ready (rest null if it cannot be made). */
	split: { first: DatedShipment; rest: DatedShipment | null } | null;
	/** One line for the desk. */
	summary: string;
};

/** The delivery date of a shipment leaving on the first working day of `shipPeriod`. */
export function deliveryDate(shipPeriod: number, terms: DeliveryTerms): DeliveryDate {
	wholeNumber('shipPeriod', shipPeriod);
	positive('shipPeriod', shipPeriod);
	const handling = wholeNumber('handlingDays', terms.handlingDays);
	const transit = wholeNumber('transitDays', terms.transitDays);
	const perPeriod = wholeNumber('workingDaysPerPeriod', terms.workingDaysPerPeriod ?? 5);
	positive('workingDaysPerPeriod', perPeriod);
	const daysAfterShip = handling + transit;
	const workingDay = (shipPeriod - 1) * perPeriod + 1 + daysAfterShip;
	const period = Math.ceil(workingDay / perPeriod);
	return { period, day: workingDay - (period - 1) * perPeriod, daysAfterShip };
}

const plural = (n: number, word: string) => `${formatUnits(n)} ${word}${n === 1 ? '' : 's'}`;

/** The CTP result with its lot test, ship and delivery dates, and a one-line summary. */
export function ctpQuote(
	request: CtpRequest,
	terms: DeliveryTerms,
	options: { periodName?: string } = {}
): CtpQuote {
	const result = capableToPromise(request);
	const name = options.periodName ?? 'period';
	const u = formatUnits;
	const dated = (qty: number, shipPeriod: number): DatedShipment => ({
		qty,
		shipPeriod,
		delivery: deliveryDate(shipPeriod, terms)
	});
	const qty = request.qty;
	const requested = request.requestedPeriod;
	const shortfall = qty - result.fromAtp.qty;
	const hoursNeeded = shortfall * nonNegative('hoursPerUnit', request.capacity.hoursPerUnit);
	const componentsNeeded = request.components.map((c) => shortfall * c.qtyPer);
	const free = request.components.map((c) => suffixMinimum(c.cumulativeAtp));
	const checks: LotCheck[] =
		shortfall === 0
			? []
			: request.productCumulativeAtp.map((_, t) => {
					const componentsFree = free.map((f) => f[t]);
					const componentShort = componentsFree.map((f, i) => f < componentsNeeded[i]);
					const spareHours = request.capacity.spareHours[t];
					const hoursShort = spareHours < hoursNeeded;
					return {
						period: t + 1,
						componentsFree,
						componentShort,
						spareHours,
						hoursShort,
						canStart: !hoursShort && componentShort.every((s) => !s)
					};
				});
	const lot = result.fromCapacity;
	const lotStartPeriod = lot ? lot.period - request.leadTimePeriods : null;
	const shipComplete = result.completePeriod === null ? null : dated(qty, result.completePeriod);
	const splits =
		result.fromAtp.qty > 0 &&
		shortfall > 0 &&
		(result.completePeriod === null || result.completePeriod > requested);
	const split = splits
		? {
				first: dated(result.fromAtp.qty, requested),
				rest: lot ? dated(lot.qty, lot.period) : null
			}
		: null;

	let summary: string;
	const delivered = (d: DatedShipment) =>
		`delivered on day ${d.delivery.day} of ${name} ${d.delivery.period}`;
	if (shortfall === 0) {
		summary = `ATP covers all ${u(qty)}: ship in ${name} ${requested} as asked, ${delivered(shipComplete!)}. No new lot is needed.`;
	} else if (shipComplete === null) {
		summary =
			result.fromAtp.qty > 0
				? `Only ${u(result.fromAtp.qty)} can be promised (from ATP, ${name} ${requested}); no ${name} has the components and ${u(hoursNeeded)} spare hours for the other ${u(shortfall)}.`
				: `Cannot promise ${u(qty)} within the ${plural(request.productCumulativeAtp.length, name)} planned: no ${name} has the components and ${u(hoursNeeded)} spare hours for a lot of ${u(shortfall)}.`;
	} else {
		const late = shipComplete.shipPeriod - requested;
		const timing =
			late === 0 ? 'as asked' : `${plural(late, name)} after the requested ${name} ${requested}`;
		const ship = `Ships complete in ${name} ${shipComplete.shipPeriod} (${timing}) and is ${delivered(shipComplete)}`;
		const parts =
			result.fromAtp.qty > 0
				? `ATP covers ${u(result.fromAtp.qty)} and a lot of ${u(shortfall)} is ready in ${name} ${lot!.period}`
				: `no ATP is free, so a lot of ${u(shortfall)} is made, ready in ${name} ${lot!.period}`;
		const splitWords = split?.rest
			? ` Or ${u(split.first.qty)} in ${name} ${split.first.shipPeriod} and ${u(split.rest.qty)} in ${name} ${split.rest.shipPeriod} if the customer accepts a split.`
			: '';
		summary = `${ship}: ${parts}.${splitWords}`;
	}
	return {
		result,
		shortfall,
		hoursNeeded,
		componentsNeeded,
		lotStartPeriod,
		checks,
		shipComplete,
		split,
		summary
	};
}
