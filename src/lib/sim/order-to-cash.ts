/**
 * One order's order-to-cash timeline: the spans between its milestones, in days.
 *
 * Definitions used (days are calendar days counted from any fixed origin, usually the day the
 * order was received):
 * - order fulfillment cycle time = delivered - received. SCOR's Order Fulfillment Cycle Time
 *   runs from receipt of the order to the customer's receipt and acceptance of it (SCOR v12,
 *   RS.1.1); this is that span for one order.
 * - due day = invoiced + netDays: net terms such as "net 30" count from the invoice date, so
 *   an invoice dated December 1 on net 30 is due December 31.
 * - days past due = max(0, paid - due day); invoice to cash = paid - invoiced.
 * - unapplied days = applied - paid: cash received but not yet matched to the invoice.
 * - order to cash = applied - received: the cycle closes when the cash is applied, not when
 *   the goods arrive or the payment lands in the bank.
 *
 * Scope: sales on credit terms. Cash in advance (payment before the invoice) is outside it and
 * is refused, as is any milestone out of order.
 */
import { finite, nonNegative } from './arguments';

export type OrderToCashMilestones = {
	/** Day the customer's order was received. */
	received: number;
	/** Day the goods left with the carrier. */
	shipped: number;
	/** Day the customer received the goods (proof of delivery). */
	delivered: number;
	/** Invoice date: the day net terms count from. */
	invoiced: number;
	/** Day the customer's payment arrived. */
	paid: number;
	/** Day accounts receivable matched the payment to the invoice. */
	applied: number;
};

export type OrderToCashTimeline = {
	/** Received to shipped. */
	orderToShip: number;
	/** Shipped to delivered. */
	transit: number;
	/** Received to delivered: SCOR Order Fulfillment Cycle Time for this order. */
	fulfillmentCycleTime: number;
	/** Invoice date plus the net days of the terms. */
	dueDay: number;
	/** Days the payment arrived after the due day; 0 if on time or early. */
	daysPastDue: number;
	/** Invoiced to paid. */
	invoiceToCash: number;
	/** Paid to applied. */
	unappliedDays: number;
	/** Received to applied: the whole order-to-cash cycle. */
	orderToCash: number;
};

/**
 * The spans of one order's order-to-cash cycle from its milestone days and the net days of
 * its payment terms. Throws a RangeError when a milestone comes before the one it depends on
 * (shipped before received, delivered before shipped, invoiced before received, paid before
 * invoiced, applied before paid) or when a value is not a finite number.
 */
export function orderToCashTimeline(
	milestones: OrderToCashMilestones,
	netDays: number
): OrderToCashTimeline {
	const { received, shipped, delivered, invoiced, paid, applied } = milestones;
	for (const [name, value] of Object.entries(milestones)) finite(`milestones.${name}`, value);
	nonNegative('netDays', netDays);
	const notBefore = (later: string, a: number, earlier: string, b: number) => {
		if (a < b) {
			throw new RangeError(
				`${later} (day ${a}) cannot come before ${earlier} (day ${b})` +
					(later === 'paid'
						? ': payment before the invoice is cash in advance, not credit terms'
						: '')
			);
		}
	};
	notBefore('shipped', shipped, 'received', received);
	notBefore('delivered', delivered, 'shipped', shipped);
	notBefore('invoiced', invoiced, 'received', received);
	notBefore('paid', paid, 'invoiced', invoiced);
	notBefore('applied', applied, 'paid', paid);
	const dueDay = invoiced + netDays;
	return {
		orderToShip: shipped - received,
		transit: delivered - shipped,
		fulfillmentCycleTime: delivered - received,
		dueDay,
		daysPastDue: Math.max(0, paid - dueDay),
		invoiceToCash: paid - invoiced,
		unappliedDays: applied - paid,
		orderToCash: applied - received
	};
}
