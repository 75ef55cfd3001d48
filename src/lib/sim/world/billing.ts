/**
 * Invoicing at shipment and collection by the customer's payment terms and habits. An
 * invoice that does not match the customer's purchase order is disputed: it is settled with
 * a credit after some days and paid late.
 */
import { recoverLater } from './cash';
import { ediMessage } from './documents';
import type { WorldDraft } from './draft';
import { fire, isDelivered, isFinal, isPastTheDesk, note } from './lifecycle';
import { customerOf, customerPrice, itemOf, round2 } from './lookup';
import type { Order } from './types';

/** Days a disputed invoice takes to settle. */
export const DISPUTE_DAYS = 10;
/** Researching a deduction and claiming it back. */
export const DEDUCTION_RESEARCH_COST = 15;
/** Extra days a customer over its credit limit takes to pay. */
export const OVER_LIMIT_LATENESS = 15;

/**
 * Raises the invoice for one shipment, priced as billing systems do: from the customer's
 * contract or the price list less its discount, not from what was keyed on the order.
 */
export function raiseInvoice(
	draft: WorldDraft,
	order: Order,
	lines: { sku: string; qty: number }[]
): void {
	const day = draft.day;
	const customer = customerOf(draft.base, order.customerId);
	let amount = 0;
	let poValue = 0;
	for (const shipped of lines) {
		const line = order.lines.find((l) => l.sku === shipped.sku)!;
		// A substitute is billed at the price of the item the customer ordered.
		const item = itemOf(draft.base, line.priceSku ?? shipped.sku)!;
		amount += shipped.qty * customerPrice(customer, item, line.qty);
		poValue += shipped.qty * line.price;
	}
	amount = round2(amount);
	poValue = round2(poValue);
	const disputed = Math.abs(amount - poValue) > 0.005;
	const { discountPercent, discountDays, netDays } = customer.terms;
	const takesDiscount = discountPercent > 0 && draft.random() < customer.takesDiscount;
	let plannedPayDay = takesDiscount
		? day + discountDays
		: day + netDays + draft.randomInt(customer.paysLateDays[0], customer.paysLateDays[1]);
	if (order.escaped.includes('over-credit-limit')) plannedPayDay += OVER_LIMIT_LATENESS;
	const resolveDay = disputed ? day + DISPUTE_DAYS : null;
	if (resolveDay !== null) plannedPayDay = Math.max(plannedPayDay, resolveDay + 5);
	plannedPayDay = Math.max(day + 1, plannedPayDay);
	const credit = disputed ? round2(Math.max(0, amount - poValue)) : 0;
	const due = amount - credit;
	// Some customers take the early-payment discount even when they pay after the discount
	// date: an unearned discount, short-paid, that accounts receivable then has to recover.
	const deduction =
		!takesDiscount &&
		discountPercent > 0 &&
		customer.deductsLateDiscount > 0 &&
		draft.random() < customer.deductsLateDiscount
			? round2((due * discountPercent) / 100)
			: 0;
	order.invoices.push({
		day,
		amount,
		discountDay: day + discountDays,
		dueDay: day + netDays,
		plannedPayDay,
		paidDay: null,
		paidAmount: takesDiscount ? round2(due * (1 - discountPercent / 100)) : round2(due - deduction),
		disputed,
		resolveDay,
		credit,
		memoCredit: 0,
		deduction
	});
	ediMessage(draft, order, '810', `Invoice for ${amount.toFixed(2)}.`);
	draft.fields.invoiced = round2(draft.fields.invoiced + amount);
	const account = draft.account(order.customerId);
	account.uninvoiced = round2(account.uninvoiced - poValue);
	account.receivables = round2(account.receivables + amount);
	fire(order, { type: 'order.invoice' });
	note(
		order,
		day,
		'order.invoiced',
		`Invoice raised for ${amount.toFixed(2)}, due day ${day + netDays}.`
	);
	if (disputed) {
		fire(order, { type: 'order.dispute' });
		note(
			order,
			day,
			'order.disputed',
			'The customer disputes the invoice: its price differs from the purchase order.'
		);
	}
}

/** An unpaid invoice falls due or its dispute settles today. A plain loop: every day visits thousands. */
function hasPaymentDue(order: Order, day: number): boolean {
	for (const inv of order.invoices) {
		if (inv.paidDay !== null) continue;
		if (inv.plannedPayDay <= day || inv.resolveDay === day) return true;
	}
	return false;
}

/** End of day in accounts receivable: disputes settle, payments arrive, paid orders close. */
export function collectPayments(draft: WorldDraft): void {
	const day = draft.day;
	for (let i = draft.fields.activeFrom; i < draft.orders.size; i++) {
		const current = draft.order(i)!;
		const due = hasPaymentDue(current, day);
		const closing =
			isDelivered(current) &&
			current.state.fulfilment !== 'closed' &&
			current.state.billing === 'paid';
		if (!due && !closing) continue;
		const order = draft.mutableOrder(i);
		for (const inv of order.invoices) {
			if (inv.resolveDay === day && order.state.billing === 'disputed') {
				draft.fields.creditsGiven = round2(draft.fields.creditsGiven + inv.credit);
				fire(order, { type: 'order.resolve' });
				note(
					order,
					day,
					'order.resolved',
					`Dispute settled with a credit of ${inv.credit.toFixed(2)}.`
				);
			}
			if (inv.paidDay !== null || inv.plannedPayDay > day) continue;
			inv.paidDay = day;
			const account = draft.account(order.customerId);
			// Return credits already took their share off the receivable when they were issued.
			account.receivables = round2(account.receivables - (inv.amount - inv.memoCredit));
			draft.fields.cashCollected = round2(draft.fields.cashCollected + inv.paidAmount);
			const settled = order.invoices.every((x) => x.paidDay !== null);
			fire(order, { type: 'order.pay', settled });
			note(order, day, 'order.paid', `Payment of ${inv.paidAmount.toFixed(2)} received.`);
			ediMessage(draft, order, '820', `Remittance advice for ${inv.paidAmount.toFixed(2)}.`);
			if (inv.deduction > 0) {
				recoverLater(draft, day, inv.deduction);
				draft.fields.otherCosts = round2(draft.fields.otherCosts + DEDUCTION_RESEARCH_COST);
				note(
					order,
					day,
					'order.deduction',
					`The customer deducted an unearned discount of ${inv.deduction.toFixed(2)}; accounts receivable will recover it.`
				);
			}
		}
		if (
			isDelivered(order) &&
			order.state.billing === 'paid' &&
			fire(order, { type: 'order.close' })
		) {
			order.closedDay = day;
		}
	}
	let first = draft.fields.activeFrom;
	while (first < draft.orders.size && isFinal(draft.order(first)!)) first++;
	draft.fields.activeFrom = first;
	let open = Math.max(first, draft.fields.openFrom);
	while (open < draft.orders.size && isPastTheDesk(draft.order(open)!)) open++;
	draft.fields.openFrom = open;
	draft.fields.openingInvoices = draft.fields.openingInvoices.map((inv) => {
		if (inv.paidDay !== null || inv.payDay > day) return inv;
		draft.account(inv.customerId).receivables = round2(
			draft.readAccount(inv.customerId).receivables - inv.amount
		);
		draft.fields.cashCollected = round2(draft.fields.cashCollected + inv.amount);
		return { ...inv, paidDay: day };
	});
}
