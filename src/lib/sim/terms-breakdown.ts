/**
 * Pricing and payment-terms results taken apart, so a lesson or the desk can show why a number
 * is what it is. Built on `terms.ts` (the formulas and their sources are cited there).
 *
 * Round-up advice. Under all-units pricing a buyer just below a break can pay more for fewer
 * units; a desk tells the customer when rounding up costs less. `roundUpComparison` prices the
 * ordered quantity, the first unit of the next bracket, and the cheapest quantity of at least the
 * ordered one, with the differences:
 * - nextBreakDifference = total(first unit of the next bracket) - total(ordered quantity),
 *   negative when the larger order costs less;
 * - saving = total(ordered quantity) - total(cheapest quantity of at least the ordered one), 0
 *   when nothing cheaper exists (always so under incremental pricing with positive prices).
 *
 * Cash-discount cost. For terms d/D net N and a year of Y days (Brigham & Houston; Ross,
 * Westerfield & Jordan), skipping the discount borrows (1 - d) for N - D days at a cost of d:
 * - period rate = d / (1 - d); days gained = N - D; periods a year = Y / (N - D);
 * - simple annual cost = period rate x periods a year;
 * - compounded annual cost = (1 + period rate) ^ periods a year - 1.
 * A buyer who pays on day P > D instead of N has borrowed for P - D days: the same formulas with
 * P in place of N. Paying late (P > N) lowers the figure only because the seller financed the
 * extra days; paying early without the discount (D < P < N) raises it.
 */
import { finite, nonNegative } from './arguments';
import {
	cashDiscountCost,
	cheapestQuantityAtLeast,
	priceForQuantity,
	type CashDiscountTerms,
	type PriceBreak,
	type PriceBreakMethod,
	type PriceQuote
} from './terms';

export type RoundUpComparison = {
	/** The quantity ordered, priced by the schedule. */
	ordered: PriceQuote;
	/** The first unit of the next bracket above the ordered quantity; null in the last bracket. */
	nextBreak: PriceQuote | null;
	/** nextBreak.total - ordered.total (negative: the larger order costs less); null in the last bracket. */
	nextBreakDifference: number | null;
	/** The quantity of at least the ordered one that costs least in total, and that total. */
	cheapest: { qty: number; total: number };
	/** ordered.total - cheapest.total: what rounding up saves (0 when the ordered quantity is cheapest). */
	saving: number;
};

const cents = (x: number) => Math.round(x * 100) / 100;

/**
 * Prices `qty` under the schedule read as `method`, with the next break and the cheapest
 * quantity of at least `qty` beside it (see the module comment). Same errors as
 * `priceForQuantity`: a RangeError for a quantity that is not a whole number of at least 1, or a
 * schedule that is empty, does not start at 1, is not increasing, or has a negative price.
 */
export function roundUpComparison(
	qty: number,
	schedule: readonly PriceBreak[],
	method: PriceBreakMethod
): RoundUpComparison {
	const ordered = priceForQuantity(qty, schedule, method);
	const next = schedule.find((b) => b.fromQty > qty);
	const nextBreak = next ? priceForQuantity(next.fromQty, schedule, method) : null;
	const cheapest = cheapestQuantityAtLeast(qty, schedule, method);
	return {
		ordered,
		nextBreak,
		nextBreakDifference: nextBreak ? cents(nextBreak.total - ordered.total) : null,
		cheapest,
		saving: cents(ordered.total - cheapest.total)
	};
}

export type DiscountCostBreakdown = {
	/** d / (1 - d): the cost of the money kept, per period of days gained. */
	periodRate: number;
	/** N - D: the days the buyer keeps the money by skipping the discount. */
	daysGained: number;
	/** Y / (N - D). */
	periodsPerYear: number;
	/** Simple (nominal) annual cost, as a fraction. */
	simple: number;
	/** Compounded (effective) annual cost, as a fraction. */
	compound: number;
	/**
	 * The same costs for the day the buyer actually pays, when it pays after the discount day and
	 * on another day than the net day; null when the discount is earned or it pays on the net day.
	 */
	atPaymentDay: { paymentDay: number; daysGained: number; simple: number; compound: number } | null;
};

/**
 * The parts of the annualized cost of skipping a cash discount (see the module comment), for a
 * year of `daysInYear` days (365 by default) and, optionally, the day the buyer actually pays.
 * Throws a RangeError for terms `cashDiscountCost` rejects, a year length not above 0, or a
 * negative or non-finite payment day.
 */
export function discountCostBreakdown(
	terms: CashDiscountTerms,
	options: { daysInYear?: number; paymentDay?: number } = {}
): DiscountCostBreakdown {
	const daysInYear = options.daysInYear ?? 365;
	const simple = cashDiscountCost(terms, { method: 'simple', daysInYear });
	const compound = cashDiscountCost(terms, { method: 'compound', daysInYear });
	const daysGained = terms.netDays - terms.discountDays;
	let atPaymentDay: DiscountCostBreakdown['atPaymentDay'] = null;
	if (options.paymentDay !== undefined) {
		const paymentDay = nonNegative('paymentDay', finite('paymentDay', options.paymentDay));
		if (paymentDay > terms.discountDays && paymentDay !== terms.netDays) {
			const actual = { ...terms, netDays: paymentDay };
			atPaymentDay = {
				paymentDay,
				daysGained: paymentDay - terms.discountDays,
				simple: cashDiscountCost(actual, { method: 'simple', daysInYear }),
				compound: cashDiscountCost(actual, { method: 'compound', daysInYear })
			};
		}
	}
	return {
		periodRate: terms.discountRate / (1 - terms.discountRate),
		daysGained,
		periodsPerYear: daysInYear / daysGained,
		simple,
		compound,
		atPaymentDay
	};
}
