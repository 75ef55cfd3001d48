/**
 * Two checks an order desk runs at entry, before an order may be promised: the credit check
 * (the customer's exposure if this order is accepted, against its credit limit) and the order
 * multiple (a quantity the item is not sold in, with the two nearest quantities it is).
 *
 * Credit exposure follows the composition ERP credit management uses (SAP Help, "Different
 * Types of Credit Checks": open items in accounts receivable, plus open orders, deliveries and
 * billing documents not yet posted), reduced to two inputs:
 *   exposure = open receivables + open orders not yet invoiced + this order.
 * An exposure equal to the limit is within it; only an exposure above the limit fails.
 * Money is rounded to cents.
 */
import { nonNegative, notEmpty, positive, wholeNumber } from './arguments';

/** One line of the order being checked, at the price it will be invoiced at. */
export type PricedLine = { qty: number; unitPrice: number };

export type CreditCheckInput = {
	/** The most the customer may owe, in money, as credit management set it (0 = no credit). */
	creditLimit: number;
	/** Invoiced and not yet paid, net of unapplied cash and credit memos. */
	openReceivables: number;
	/** Value of orders already accepted but not yet invoiced (shipped or not). */
	openOrders: number;
	/** The order being entered. */
	lines: readonly PricedLine[];
};

export type CreditCheckResult = {
	/** Value of this order: the sum of quantity x unit price over its lines. */
	orderValue: number;
	/** Exposure before this order: open receivables + open orders. */
	exposureBefore: number;
	/** Exposure if this order is accepted. */
	exposure: number;
	/** Credit limit - exposure before this order: the largest order that would pass (negative when already over). */
	headroom: number;
	/** How far the exposure would exceed the limit; 0 when within it. */
	overLimitBy: number;
	/** True when the exposure is at most the limit. */
	withinLimit: boolean;
};

const cents = (x: number) => Math.round(x * 100) / 100;

/**
 * Credit check at order entry: exposure = open receivables + open orders + this order,
 * compared with the credit limit. An order that fails goes on credit hold for the credit
 * function to decide; the desk does not release it.
 */
export function creditCheck(input: CreditCheckInput): CreditCheckResult {
	const limit = nonNegative('creditLimit', input.creditLimit);
	const receivables = nonNegative('openReceivables', input.openReceivables);
	const openOrders = nonNegative('openOrders', input.openOrders);
	const lines = notEmpty('lines', input.lines);
	let orderValue = 0;
	lines.forEach((line, i) => {
		const qty = positive(`lines[${i}].qty`, line.qty);
		const price = nonNegative(`lines[${i}].unitPrice`, line.unitPrice);
		orderValue += cents(qty * price);
	});
	orderValue = cents(orderValue);
	const exposureBefore = cents(receivables + openOrders);
	const exposure = cents(exposureBefore + orderValue);
	const overLimitBy = cents(Math.max(0, exposure - limit));
	return {
		orderValue,
		exposureBefore,
		exposure,
		headroom: cents(limit - exposureBefore),
		overLimitBy,
		withinLimit: overLimitBy === 0
	};
}

export type OrderMultipleOptions = {
	/** True when the quantity is already a whole number of multiples. */
	isMultiple: boolean;
	/** The largest multiple not above the quantity (0 when the quantity is below one multiple). */
	down: number;
	/** The smallest multiple not below the quantity. */
	up: number;
	/** Number of packs (multiples) in `down` and in `up`. */
	packsDown: number;
	packsUp: number;
};

/**
 * The quantities nearest to `qty` that are whole multiples of `multiple` (a pack, case or
 * selling multiple from the item master). The ASCM Dictionary's order multiple is a modifier
 * that raises a planned replenishment quantity to the next multiple; at order entry the desk
 * offers both neighbors and lets the customer choose rather than rounding silently.
 */
export function orderMultipleOptions(qty: number, multiple: number): OrderMultipleOptions {
	wholeNumber('qty', qty);
	positive('qty', qty);
	wholeNumber('multiple', multiple);
	positive('multiple', multiple);
	const packsDown = Math.floor(qty / multiple);
	const packsUp = Math.ceil(qty / multiple);
	return {
		isMultiple: packsDown === packsUp,
		down: packsDown * multiple,
		up: packsUp * multiple,
		packsDown,
		packsUp
	};
}
