/**
 * Pricing and payment-terms arithmetic: quantity price breaks and cash discounts.
 *
 * Price breaks. A schedule lists brackets by the first unit they start at (1-99, 100-249,
 * 250 and over is written as fromQty 1, 100 and 250). Two readings exist (Nahmias,
 * Production and Operations Analysis; Chopra & Meindl, Supply Chain Management):
 * - all-units: the bracket that the whole order quantity falls in prices every unit, so
 *   total(Q) = Q x price(bracket of Q). The total can drop when Q crosses a break;
 * - incremental (marginal-unit): each unit is priced by the bracket its own unit number falls
 *   in, so total(Q) = sum over brackets of price x units of Q inside the bracket.
 * Textbooks that treat quantity as continuous put the break point itself in the lower bracket
 * for incremental pricing (the first 50 units at the first price): with whole units that is the
 * schedule whose next bracket starts at 51.
 *
 * Cash discounts. Terms "d/D net N" (2/10 net 30) allow a discount d for paying by day D, else
 * the full amount by day N. Skipping the discount is borrowing (1 - d) for the N - D extra days
 * at a cost of d (Brigham & Houston, Fundamentals of Financial Management; Ross, Westerfield &
 * Jordan, Fundamentals of Corporate Finance):
 * - simple (nominal) annual cost = d / (1 - d) x Y / (N - D);
 * - compounded (effective) annual cost = (1 + d / (1 - d)) ^ (Y / (N - D)) - 1;
 * where Y is the days in a year (365 by default; some texts use 360). For 2/10 net 30 and 365
 * days these are 37.24 % and 44.59 %.
 */
import { finite, nonNegative, positive, wholeNumber } from './arguments';

export type PriceBreak = {
	/** The first unit of the bracket (1 for the first bracket). */
	fromQty: number;
	/** Price per unit in the bracket. */
	unitPrice: number;
};

export type PriceBreakMethod = 'all-units' | 'incremental';

export type PricedBracket = {
	fromQty: number;
	/** Last unit of the order priced in this bracket. */
	toQty: number;
	units: number;
	unitPrice: number;
	amount: number;
};

export type PriceQuote = {
	qty: number;
	method: PriceBreakMethod;
	total: number;
	averageUnitPrice: number;
	/** The brackets that price the order: one for all-units, one or more for incremental. */
	brackets: PricedBracket[];
};

function checkSchedule(schedule: readonly PriceBreak[]): void {
	if (!Array.isArray(schedule) || schedule.length === 0) {
		throw new RangeError('schedule must list at least one price bracket');
	}
	schedule.forEach((b, i) => {
		wholeNumber(`schedule[${i}].fromQty`, b.fromQty);
		nonNegative(`schedule[${i}].unitPrice`, b.unitPrice);
	});
	if (schedule[0].fromQty !== 1) {
		throw new RangeError(
			`schedule[0].fromQty must be 1 so that every quantity has a price, got ${schedule[0].fromQty}`
		);
	}
	for (let i = 1; i < schedule.length; i++) {
		if (schedule[i].fromQty <= schedule[i - 1].fromQty) {
			throw new RangeError(
				`schedule[${i}].fromQty (${schedule[i].fromQty}) must be greater than schedule[${i - 1}].fromQty (${schedule[i - 1].fromQty})`
			);
		}
	}
}

/**
 * The price of `qty` units under a price-break `schedule`, read as all-units or incremental
 * (see the module comment). Throws a RangeError when `qty` is not a whole number of at least 1,
 * or the schedule is empty, does not start at unit 1, is not in increasing order of `fromQty`,
 * or has a negative price.
 */
export function priceForQuantity(
	qty: number,
	schedule: readonly PriceBreak[],
	method: PriceBreakMethod
): PriceQuote {
	wholeNumber('qty', qty);
	if (qty < 1) throw new RangeError('qty must be at least 1');
	checkSchedule(schedule);
	if (method !== 'all-units' && method !== 'incremental') {
		throw new RangeError(`method must be "all-units" or "incremental", got ${String(method)}`);
	}

	let brackets: PricedBracket[];
	if (method === 'all-units') {
		let k = 0;
		while (k + 1 < schedule.length && schedule[k + 1].fromQty <= qty) k++;
		const b = schedule[k];
		brackets = [
			{ fromQty: 1, toQty: qty, units: qty, unitPrice: b.unitPrice, amount: qty * b.unitPrice }
		];
	} else {
		brackets = [];
		for (let k = 0; k < schedule.length && schedule[k].fromQty <= qty; k++) {
			const from = schedule[k].fromQty;
			const to = k + 1 < schedule.length ? Math.min(qty, schedule[k + 1].fromQty - 1) : qty;
			const units = to - from + 1;
			brackets.push({
				fromQty: from,
				toQty: to,
				units,
				unitPrice: schedule[k].unitPrice,
				amount: units * schedule[k].unitPrice
			});
		}
	}
	const total = brackets.reduce((sum, b) => sum + b.amount, 0);
	return { qty, method, total, averageUnitPrice: total / qty, brackets };
}

/**
 * The order quantity of at least `qty` units that costs least in total, and that total. Under
 * all-units pricing it is either `qty` or the first unit of a later bracket (rounding up to a
 * break can cost less); ties go to the smaller quantity. Under incremental pricing with
 * positive prices every extra unit adds cost, so it is `qty` itself. Same errors as
 * `priceForQuantity`.
 */
export function cheapestQuantityAtLeast(
	qty: number,
	schedule: readonly PriceBreak[],
	method: PriceBreakMethod
): { qty: number; total: number } {
	let best = { qty, total: priceForQuantity(qty, schedule, method).total };
	for (const b of schedule) {
		if (b.fromQty <= qty) continue;
		const total = priceForQuantity(b.fromQty, schedule, method).total;
		if (total < best.total - 1e-9) best = { qty: b.fromQty, total };
	}
	return best;
}

/** Cash-discount terms such as 2/10 net 30: `{ discountRate: 0.02, discountDays: 10, netDays: 30 }`. */
export type CashDiscountTerms = {
	/** Discount as a fraction of the invoice, 0 < d < 1. */
	discountRate: number;
	/** Last day (counted from the invoice date) on which the discount may be taken. */
	discountDays: number;
	/** Day the full amount is due; must be after `discountDays`. */
	netDays: number;
};

export type CashDiscountCostOptions = {
	/** `simple` (nominal, the default) or `compound` (effective annual rate). */
	method?: 'simple' | 'compound';
	/** Days in a year: 365 (default) or 360 as some texts use. */
	daysInYear?: number;
};

function checkTerms(terms: CashDiscountTerms): void {
	finite('discountRate', terms.discountRate);
	if (!(terms.discountRate > 0 && terms.discountRate < 1)) {
		throw new RangeError(
			`discountRate must be a fraction between 0 and 1 (0.02 for 2 %), got ${terms.discountRate}`
		);
	}
	nonNegative('discountDays', terms.discountDays);
	finite('netDays', terms.netDays);
	if (terms.netDays <= terms.discountDays) {
		throw new RangeError(
			`netDays (${terms.netDays}) must be after discountDays (${terms.discountDays}): otherwise no credit is extended by skipping the discount`
		);
	}
}

/**
 * The annualized cost, as a fraction, of not taking a cash discount and paying on the net day
 * instead: d / (1 - d) x Y / (N - D), simple by default, or compounded (see the module comment).
 * Pass the actual payment day as `netDays` to cost a payment made later than the terms allow.
 * Throws a RangeError when the discount is not between 0 and 1, the net day is not after the
 * discount day, or the year length is not above 0.
 */
export function cashDiscountCost(
	terms: CashDiscountTerms,
	options: CashDiscountCostOptions = {}
): number {
	checkTerms(terms);
	const year = positive('daysInYear', options.daysInYear ?? 365);
	const method = options.method ?? 'simple';
	const periodRate = terms.discountRate / (1 - terms.discountRate);
	const periods = year / (terms.netDays - terms.discountDays);
	if (method === 'simple') return periodRate * periods;
	if (method === 'compound') return Math.pow(1 + periodRate, periods) - 1;
	throw new RangeError(`method must be "simple" or "compound", got ${String(method)}`);
}

/**
 * What a customer owes when paying `invoiceAmount` on `paymentDay` (days after the invoice
 * date) under cash-discount terms: the discounted amount up to and including the discount day,
 * the full amount after it. `daysPastDue` counts days after the net day (0 if on time).
 */
export function amountDue(
	invoiceAmount: number,
	terms: CashDiscountTerms,
	paymentDay: number
): { amountDue: number; discount: number; discountEarned: boolean; daysPastDue: number } {
	nonNegative('invoiceAmount', invoiceAmount);
	checkTerms(terms);
	nonNegative('paymentDay', paymentDay);
	const discountEarned = paymentDay <= terms.discountDays;
	const discount = discountEarned ? invoiceAmount * terms.discountRate : 0;
	return {
		amountDue: invoiceAmount - discount,
		discount,
		discountEarned,
		daysPastDue: Math.max(0, paymentDay - terms.netDays)
	};
}
