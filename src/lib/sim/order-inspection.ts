/**
 * Inspecting an incoming order against master data, field by field, as the desk does before
 * promising. Each checkpoint says whether the field is an error, why, the hold it calls for
 * (as the world's validation holds it) and what the desk does about it; grading a learner's
 * flags against the checkpoints is in inspection-grading.ts. The checks are the engine's own:
 * the item master lookup, the order multiple (`orderMultipleOptions`), the list price for the
 * quantity (`priceForQuantity`, all-units) and the credit check (`creditCheck`: exposure =
 * open receivables + open orders + this order).
 *
 * The credit check sees the order's corrected value (known item codes, list prices), because
 * a hold must rest on what the customer will be invoiced: check data, quantity and price
 * first, then credit.
 */
import { creditCheck, orderMultipleOptions, type CreditCheckResult } from './order-entry-checks';
import { priceForQuantity, type PriceBreak } from './terms';
import type { FindingCode, HoldReason } from './world/types';

/**
 * The hold each finding calls for: the same table as the world's `ORDER_FINDING_HOLDS`
 * (world/order-machine.ts; a unit test keeps the two equal). Repeated here so that a lesson
 * widget can inspect an order without loading the order statechart and XState.
 */
export const FINDING_HOLDS: Record<FindingCode, HoldReason> = {
	'unknown-sku': 'data',
	'bad-quantity': 'data',
	'missing-ship-to': 'data',
	'abnormal-demand': 'data',
	'price-mismatch': 'pricing',
	'over-credit-limit': 'credit'
};

export type MasterItem = {
	sku: string;
	description: string;
	/** The pack or case the item is sold in, in units. */
	packMultiple: number;
	/** What one pack is called ("box"); "pack" when not given. */
	packName?: string;
	priceBreaks: readonly PriceBreak[];
	/** The price on the superseded price list, when it changed recently. */
	previousUnitPrice?: number;
};

export type CustomerAccount = {
	name: string;
	creditLimit: number;
	openReceivables: number;
	/** Orders accepted but not yet invoiced. */
	openOrders: number;
	/** Ship-to addresses on the customer master record. */
	shipTos: readonly string[];
};

export type IncomingLine = { sku: string; description: string; qty: number; unitPrice: number };
export type IncomingOrder = { lines: readonly IncomingLine[]; shipTo: string | null };

export type CheckKind = 'item' | 'quantity' | 'price' | 'ship-to' | 'credit';

export type Checkpoint = {
	/** Stable id: `line-2-item`, `line-3-quantity`, `ship-to`, `credit`. */
	id: string;
	kind: CheckKind;
	/** 1-based line number for line checks. */
	line?: number;
	/** The finding when the field is wrong; null when it passes. */
	error: FindingCode | null;
	hold: HoldReason | null;
	/** Why it passes or fails, with the figures. */
	reason: string;
	/** What the desk does about an error; null when it passes. */
	action: string | null;
};

export type Inspection = {
	checkpoints: Checkpoint[];
	/** Value of each line as keyed (qty x quoted price). */
	lineValues: number[];
	/** Credit check on the order as keyed. */
	creditAsKeyed: CreditCheckResult;
	/** Credit check on the corrected order (known items at list price): the one that decides. */
	credit: CreditCheckResult;
	/** The order with item codes and prices corrected from the item master. */
	corrected: IncomingOrder;
};

const ACTIONS: Record<HoldReason, string> = {
	data: 'Correct it with the customer and record the change: the order desk decides.',
	pricing:
		'Correct it to the list price and confirm with the customer; if the customer holds a quote for the old price, hold for pricing to decide.',
	credit:
		'Put the order on credit hold with the facts attached: the credit function releases it, not the desk.',
	compliance: 'Hold for compliance to screen it.'
};

const money = (x: number) =>
	x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const cents = (x: number) => Math.round(x * 100) / 100;

/** "box" -> "boxes", "pack" -> "packs"; one stays singular. */
function plural(word: string, n: number): string {
	if (n === 1) return word;
	return /(s|x|z|ch|sh)$/.test(word) ? `${word}es` : `${word}s`;
}

function findItem(master: readonly MasterItem[], line: IncomingLine) {
	const exact = master.find((m) => m.sku === line.sku);
	if (exact) return { item: exact, matched: false };
	const wanted = line.description.trim().toLowerCase();
	const byDescription = master.find((m) => m.description.toLowerCase() === wanted);
	return { item: byDescription, matched: byDescription !== undefined };
}

function packs(item: MasterItem, n: number): string {
	return `${n} ${plural(item.packName ?? 'pack', n)}`;
}

/** What the item is sold in: "box of 6", or "single units". */
export function packLabel(item: MasterItem): string {
	return item.packMultiple === 1
		? 'single units'
		: `${item.packName ?? 'pack'} of ${item.packMultiple}`;
}

/**
 * The quantities to offer when `qty` breaks the item's pack multiple, from
 * `orderMultipleOptions`: "Offer 18 (3 boxes) or 24 (4 boxes)".
 */
export function packOffer(qty: number, item: MasterItem): string {
	const m = orderMultipleOptions(qty, item.packMultiple);
	if (m.isMultiple) return `${qty} is ${packs(item, m.packsUp)}`;
	return m.down === 0
		? `Offer ${m.up} (${packs(item, m.packsUp)})`
		: `Offer ${m.down} (${packs(item, m.packsDown)}) or ${m.up} (${packs(item, m.packsUp)})`;
}

/** The list unit price of `qty` units of an item (all-units price breaks). */
export function listUnitPrice(item: MasterItem, qty: number): number {
	return priceForQuantity(qty, item.priceBreaks, 'all-units').brackets[0].unitPrice;
}

/**
 * The order with each item code replaced by the item master's (matched on description when
 * the code is unknown), quantities replaced where `qty` gives one for a 1-based line, and every
 * price set to the list price for its quantity.
 */
export function correctOrder(
	order: IncomingOrder,
	master: readonly MasterItem[],
	changes: { qty?: Readonly<Record<number, number>>; shipTo?: string | null } = {}
): IncomingOrder {
	return {
		shipTo: changes.shipTo === undefined ? order.shipTo : changes.shipTo,
		lines: order.lines.map((line, i) => {
			const { item } = findItem(master, line);
			const qty = changes.qty?.[i + 1] ?? line.qty;
			if (!item) return { ...line, qty };
			return { ...line, sku: item.sku, qty, unitPrice: listUnitPrice(item, qty) };
		})
	};
}

function checkpoint(
	id: string,
	kind: CheckKind,
	line: number | undefined,
	error: FindingCode | null,
	reason: string
): Checkpoint {
	const hold = error ? FINDING_HOLDS[error] : null;
	const base = { id, kind, error, hold, reason, action: hold ? ACTIONS[hold] : null };
	return line === undefined ? base : { ...base, line };
}

function lineCheckpoints(master: readonly MasterItem[], line: IncomingLine, n: number) {
	const { item, matched } = findItem(master, line);
	const out: Checkpoint[] = [];
	if (!item) {
		out.push(
			checkpoint(
				`line-${n}-item`,
				'item',
				n,
				'unknown-sku',
				`Line ${n}: item "${line.sku}" is not in the item master, and no item has its description. Confirm the item code with the customer.`
			)
		);
		const unknown = 'Cannot be checked until the item code is confirmed; not an error in itself.';
		out.push(checkpoint(`line-${n}-quantity`, 'quantity', n, null, unknown));
		out.push(checkpoint(`line-${n}-price`, 'price', n, null, unknown));
		return out;
	}
	out.push(
		matched
			? checkpoint(
					`line-${n}-item`,
					'item',
					n,
					'unknown-sku',
					`Line ${n}: item "${line.sku}" is not in the item master. Its description matches ${item.sku} (${item.description}), a likely keying slip: confirm the item code with the customer.`
				)
			: checkpoint(
					`line-${n}-item`,
					'item',
					n,
					null,
					`${item.sku} is a sellable item in the item master: ${item.description}.`
				)
	);
	const once = matched ? ', once the code is confirmed' : '';
	const multiple = orderMultipleOptions(line.qty, item.packMultiple);
	out.push(
		multiple.isMultiple
			? checkpoint(
					`line-${n}-quantity`,
					'quantity',
					n,
					null,
					item.packMultiple === 1
						? `${item.sku} is sold in single units, so ${line.qty} is fine${once}.`
						: `${line.qty} is ${packs(item, multiple.packsUp)} of ${item.packMultiple} of ${item.sku}${once}.`
				)
			: checkpoint(
					`line-${n}-quantity`,
					'quantity',
					n,
					'bad-quantity',
					`Line ${n}: ${line.qty} is not a multiple of the ${packLabel(item)} for ${item.sku}. ${packOffer(line.qty, item)} and let the customer choose; never round silently.`
				)
	);
	const list = listUnitPrice(item, line.qty);
	const stale =
		item.previousUnitPrice !== undefined &&
		Math.abs(item.previousUnitPrice - line.unitPrice) < 0.005
			? `, the superseded price list's figure`
			: '';
	out.push(
		Math.abs(list - line.unitPrice) < 0.005
			? checkpoint(
					`line-${n}-price`,
					'price',
					n,
					null,
					`${money(line.unitPrice)} agrees with the price list for ${line.qty} of ${item.sku}${once}.`
				)
			: checkpoint(
					`line-${n}-price`,
					'price',
					n,
					'price-mismatch',
					`Line ${n}: quoted ${money(line.unitPrice)}${stale}, but the price list says ${money(list)} for ${line.qty} of ${item.sku}. Correct the price before it reaches the invoice.`
				)
	);
	return out;
}

/** Every checkpoint of the order, with the figures behind each verdict. */
export function inspectOrder(
	order: IncomingOrder,
	master: readonly MasterItem[],
	account: CustomerAccount
): Inspection {
	const checkpoints = order.lines.flatMap((line, i) => lineCheckpoints(master, line, i + 1));
	const shipTo = order.shipTo?.trim() ?? '';
	if (!shipTo) {
		checkpoints.push(
			checkpoint(
				'ship-to',
				'ship-to',
				undefined,
				'missing-ship-to',
				`The order has no ship-to address. Get it from the customer or the customer master record (${account.shipTos.length} on file), and confirm which.`
			)
		);
	} else if (!account.shipTos.includes(shipTo)) {
		checkpoints.push(
			checkpoint(
				'ship-to',
				'ship-to',
				undefined,
				'missing-ship-to',
				`The ship-to "${shipTo}" is not on ${account.name}'s customer master record. Confirm it and add it before shipping.`
			)
		);
	} else {
		checkpoints.push(
			checkpoint(
				'ship-to',
				'ship-to',
				undefined,
				null,
				`The ship-to is on ${account.name}'s customer master record.`
			)
		);
	}

	const terms = {
		creditLimit: account.creditLimit,
		openReceivables: account.openReceivables,
		openOrders: account.openOrders
	};
	const priced = (o: IncomingOrder) => o.lines.map((l) => ({ qty: l.qty, unitPrice: l.unitPrice }));
	const corrected = correctOrder(order, master);
	const creditAsKeyed = creditCheck({ ...terms, lines: priced(order) });
	const credit = creditCheck({ ...terms, lines: priced(corrected) });
	const value =
		credit.orderValue === creditAsKeyed.orderValue
			? `${money(credit.orderValue)}`
			: `${money(credit.orderValue)} corrected (${money(creditAsKeyed.orderValue)} as keyed)`;
	const sum = `${money(terms.openReceivables)} receivables + ${money(terms.openOrders)} open orders + ${value} = ${money(credit.exposure)}`;
	checkpoints.push(
		credit.withinLimit
			? checkpoint(
					'credit',
					'credit',
					undefined,
					null,
					`Exposure would be ${sum}, within the ${money(account.creditLimit)} limit with ${money(cents(account.creditLimit - credit.exposure))} to spare.`
				)
			: checkpoint(
					'credit',
					'credit',
					undefined,
					'over-credit-limit',
					`Exposure would be ${sum}: over ${account.name}'s ${money(account.creditLimit)} credit limit by ${money(credit.overLimitBy)}.`
				)
	);
	return {
		checkpoints,
		lineValues: order.lines.map((l) => cents(l.qty * l.unitPrice)),
		creditAsKeyed,
		credit,
		corrected
	};
}
