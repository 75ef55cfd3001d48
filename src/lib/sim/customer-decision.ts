/**
 * The right decision on one customer order, given what the desk knows about the customer: order
 * history, a won project in the CRM pipeline, delivery preferences, an open case, and the credit
 * position. Each fact the desk cannot see is passed as null or false, so the same function shows
 * the decision "from the order alone" and with the customer record beside it.
 *
 * Four decisions, each with its reason:
 * - Quantity (abnormal demand, ASCM Dictionary: demand outside the limits management policy
 *   sets): the order is abnormal when qty > factor x the customer's usual quantity. A won project
 *   whose release covers the order explains it: accept it, and hand the later releases
 *   (total - one release) to demand planning as project demand. Without history the check
 *   cannot run.
 * - Shipment: units become available to promise on given days and can ship `handlingDays`
 *   later (never before the requested day). If the requested day is covered, ship then. A
 *   ship-complete customer gets one shipment on the first day cumulative availability covers the
 *   order; anyone else gets what is available on the requested day and the rest as it becomes
 *   available (a backorder). Any date later than requested is told to the buyer today; a site
 *   that needs an appointment gets one booked.
 * - Price: the order carries the list price unless a case shows the customer's contract price.
 * - Credit: `creditCheck` (exposure = open receivables + open orders + this order, at the price
 *   decided above, against the limit) and the oldest past-due item against the days the
 *   customer's risk category tolerates (SAP's "oldest open item" check works this way). Over the
 *   limit, or past due beyond the tolerance, the order is held: a credit decision, which the desk
 *   never releases itself. When an open case shows the past-due amount is a valid deduction for
 *   the supplier's own pricing error, the desk routes the case to credit with the evidence.
 */
import { nonNegative, positive, wholeNumber } from './arguments';
import { creditCheck, type CreditCheckResult } from './order-entry-checks';

export type CustomerOrderSituation = {
	/** Units ordered (one line). */
	qty: number;
	/** The day the customer asked for shipment, counted from today (day 0). */
	requestedShipDay: number;
	/** The unit price the price list gives this order. */
	listPrice: number;
	/** Available-to-promise as it becomes available: on which day, how many more units. */
	availability: readonly { day: number; qty: number }[];
	/** Days from availability to shipment (pick, pack, load). */
	handlingDays: number;
	/** A line more than this many times the usual quantity is abnormal demand (policy, e.g. 3). */
	abnormalDemandFactor: number;
	credit: {
		creditLimit: number;
		/** Invoiced and unpaid, including the past-due amount. */
		openReceivables: number;
		/** Accepted orders not yet invoiced. */
		openOrders: number;
		/** The oldest past-due amount (0 when none) and how many days past due it is. */
		pastDueAmount: number;
		pastDueDays: number;
		/** Days past due the customer's risk category tolerates before an automatic hold. */
		pastDueToleranceDays: number;
	};
};

/** What the desk can see about the customer; null or false for a fact it cannot see. */
export type CustomerFacts = {
	/** The customer's usual order quantity, from order history. */
	usualQty: number | null;
	/** A won opportunity in the CRM pipeline, delivered in releases. */
	project: { totalQty: number; releaseQty: number } | null;
	/** The ship-to accepts complete deliveries only. */
	shipComplete: boolean;
	/** Hours of notice the delivery site needs to book an appointment. */
	appointmentNoticeHours: number | null;
	/** An open case: the past-due amount is a deduction for invoices billed above this contract price. */
	pricingDispute: { contractPrice: number } | null;
};

export type QuantityDecision = {
	decision: 'accept' | 'accept-as-project' | 'hold-for-review' | 'accept-unchecked';
	/** factor x usual quantity; null without history. */
	abnormalAbove: number | null;
	/** Later project releases to give demand planning (0 unless accepted as a project). */
	projectDemand: number;
	reason: string;
};

export type ShipmentDecision = {
	decision: 'ship-on-request' | 'ship-partial' | 'ship-complete-later' | 'cannot-promise';
	shipments: { day: number; qty: number }[];
	/** Units that do not ship on the requested day when the order ships partially (0 otherwise). */
	backorder: number;
	/** Units the availability given cannot cover. */
	shortfall: number;
	notifyCustomer: boolean;
	bookAppointment: boolean;
	reason: string;
};

export type PriceDecision = {
	source: 'list' | 'contract';
	unitPrice: number;
	/** (list - contract) x qty when the contract price is lower: what pricing at list would overbill. */
	overbillingAvoided: number;
	reason: string;
};

export type CreditDecision = {
	decision: 'release' | 'hold' | 'route-to-credit';
	check: CreditCheckResult;
	pastDueBeyondTolerance: boolean;
	reason: string;
};

export type CustomerOrderDecision = {
	quantity: QuantityDecision;
	shipment: ShipmentDecision;
	price: PriceDecision;
	credit: CreditDecision;
};

export type DecisionWording = {
	/** How to name a day in the reasons ("Thursday"); "day 3" by default. */
	dayName?: (day: number) => string;
};

const cents = (x: number) => Math.round(x * 100) / 100;
const usd = (x: number) =>
	`$${x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

function check(situation: CustomerOrderSituation, facts: CustomerFacts): void {
	wholeNumber('qty', situation.qty);
	positive('qty', situation.qty);
	wholeNumber('requestedShipDay', situation.requestedShipDay);
	nonNegative('listPrice', situation.listPrice);
	wholeNumber('handlingDays', situation.handlingDays);
	positive('abnormalDemandFactor', situation.abnormalDemandFactor);
	situation.availability.forEach((a, i) => {
		wholeNumber(`availability[${i}].day`, a.day);
		nonNegative(`availability[${i}].qty`, a.qty);
	});
	const c = situation.credit;
	nonNegative('credit.pastDueAmount', c.pastDueAmount);
	nonNegative('credit.pastDueDays', c.pastDueDays);
	nonNegative('credit.pastDueToleranceDays', c.pastDueToleranceDays);
	if (c.pastDueAmount > c.openReceivables) {
		throw new RangeError(
			`credit.pastDueAmount (${c.pastDueAmount}) cannot exceed credit.openReceivables (${c.openReceivables}): a past-due item is part of the receivables`
		);
	}
	if (facts.usualQty !== null) positive('usualQty', facts.usualQty);
	if (facts.project) {
		positive('project.releaseQty', facts.project.releaseQty);
		if (facts.project.totalQty < facts.project.releaseQty) {
			throw new RangeError(
				`project.totalQty (${facts.project.totalQty}) must be at least project.releaseQty (${facts.project.releaseQty})`
			);
		}
	}
	if (facts.appointmentNoticeHours !== null)
		nonNegative('appointmentNoticeHours', facts.appointmentNoticeHours);
	if (facts.pricingDispute)
		nonNegative('pricingDispute.contractPrice', facts.pricingDispute.contractPrice);
}

function decideQuantity(s: CustomerOrderSituation, f: CustomerFacts): QuantityDecision {
	const project = f.project;
	const projectExplains = project !== null && s.qty <= project.releaseQty;
	const asProject = (abnormalAbove: number | null): QuantityDecision => ({
		decision: 'accept-as-project',
		abnormalAbove,
		projectDemand: project!.totalQty - project!.releaseQty,
		reason: `Accept: the pipeline shows a won project of ${project!.totalQty} in releases of ${project!.releaseQty}, so this order is a release of it. Give the later ${project!.totalQty - project!.releaseQty} to demand planning as project demand, and keep the project out of the baseline demand history.`
	});
	if (f.usualQty === null) {
		if (projectExplains) return asProject(null);
		return {
			decision: 'accept-unchecked',
			abnormalAbove: null,
			projectDemand: 0,
			reason: `Accept, unchecked: without the order history nothing shows whether ${s.qty} is unusual, so an abnormal order would take supply unnoticed.`
		};
	}
	const abnormalAbove = s.abnormalDemandFactor * f.usualQty;
	if (s.qty <= abnormalAbove) {
		return {
			decision: 'accept',
			abnormalAbove,
			projectDemand: 0,
			reason: `Accept: ${s.qty} is within ${s.abnormalDemandFactor} times the usual ${f.usualQty}, normal demand.`
		};
	}
	if (projectExplains) return asProject(abnormalAbove);
	const beyondRelease =
		project !== null ? ` and more than the project's release of ${project.releaseQty}` : '';
	return {
		decision: 'hold-for-review',
		abnormalAbove,
		projectDemand: 0,
		reason: `Hold as abnormal demand: ${s.qty} is more than ${s.abnormalDemandFactor} times the usual ${f.usualQty}${beyondRelease}. Confirm it with the customer before it takes supply from others or distorts the forecast.`
	};
}

function decideShipment(
	s: CustomerOrderSituation,
	f: CustomerFacts,
	dayName: (day: number) => string
): ShipmentDecision {
	const R = s.requestedShipDay;
	// Each batch of availability as the day it can ship, in date order.
	const batches = s.availability
		.map((a) => ({ day: Math.max(R, a.day + s.handlingDays), qty: a.qty }))
		.sort((x, y) => x.day - y.day);
	const total = batches.reduce((sum, b) => sum + b.qty, 0);
	let cumulative = 0;
	let completeDay: number | null = null;
	for (const b of batches) {
		cumulative += b.qty;
		if (cumulative >= s.qty) {
			completeDay = b.day;
			break;
		}
	}
	const shortfall = Math.max(0, s.qty - total);
	const bookAppointment = f.appointmentNoticeHours !== null;
	const appointment = bookAppointment
		? ` Book the site's delivery appointment at least ${f.appointmentNoticeHours} hours ahead.`
		: '';
	const base = { shortfall, bookAppointment };

	if (completeDay === R) {
		return {
			...base,
			decision: 'ship-on-request',
			shipments: [{ day: R, qty: s.qty }],
			backorder: 0,
			notifyCustomer: false,
			reason: `Ship all ${s.qty} on ${dayName(R)} as requested: availability covers the order.${appointment}`
		};
	}
	if (f.shipComplete) {
		if (completeDay === null) {
			return {
				...base,
				decision: 'cannot-promise',
				shipments: [],
				backorder: 0,
				notifyCustomer: true,
				reason: `The site takes complete deliveries only, and availability (${total}) cannot cover ${s.qty}: check capable-to-promise for the ${shortfall} short, or agree a smaller release with the buyer today.`
			};
		}
		return {
			...base,
			decision: 'ship-complete-later',
			shipments: [{ day: completeDay, qty: s.qty }],
			backorder: 0,
			notifyCustomer: true,
			reason: `The site takes complete deliveries only, so a partial truck would be refused. Availability covers ${s.qty} in time to ship on ${dayName(completeDay)}: promise all ${s.qty} for then, and tell the buyer today.${appointment}`
		};
	}
	// Ship what each batch allows, as it becomes available.
	const shipments: { day: number; qty: number }[] = [];
	let left = s.qty;
	for (const b of batches) {
		if (left === 0) break;
		const qty = Math.min(left, b.qty);
		if (qty === 0) continue;
		const same = shipments.find((x) => x.day === b.day);
		if (same) same.qty += qty;
		else shipments.push({ day: b.day, qty });
		left -= qty;
	}
	if (shipments.length === 0) {
		return {
			...base,
			decision: 'cannot-promise',
			shipments,
			backorder: 0,
			notifyCustomer: true,
			reason: `Nothing is available to promise: check capable-to-promise for the ${s.qty}, and tell the buyer today.`
		};
	}
	const first = shipments.find((x) => x.day === R)?.qty ?? 0;
	const backorder = first > 0 ? s.qty - first : 0;
	const later = shipments
		.filter((x) => x.day > R)
		.map((x) => `${x.qty} on ${dayName(x.day)}`)
		.join(' and ');
	const short =
		shortfall > 0 ? ` ${shortfall} cannot be promised yet: check capable-to-promise.` : '';
	return {
		...base,
		decision: first > 0 ? 'ship-partial' : 'ship-complete-later',
		shipments,
		backorder,
		notifyCustomer: true,
		reason:
			(first > 0
				? `Nothing on the desk says the site refuses partial deliveries: ship ${first} on ${dayName(R)} and backorder ${backorder}${later ? ` (${later})` : ''}.`
				: `Nothing can ship by ${dayName(R)}: ship ${later}, and tell the buyer today.`) +
			short +
			appointment
	};
}

function decidePrice(s: CustomerOrderSituation, f: CustomerFacts): PriceDecision {
	if (!f.pricingDispute) {
		return {
			source: 'list',
			unitPrice: s.listPrice,
			overbillingAvoided: 0,
			reason: `Nothing on the desk shows a contract price, so the order carries the list price of ${usd(s.listPrice)}.`
		};
	}
	const contract = f.pricingDispute.contractPrice;
	const overbilling = cents(Math.max(0, (s.listPrice - contract) * s.qty));
	return {
		source: 'contract',
		unitPrice: contract,
		overbillingAvoided: overbilling,
		reason:
			`The open case shows the contract price is ${usd(contract)}, not the list ${usd(s.listPrice)}: load it into ERP pricing.` +
			(overbilling > 0
				? ` At list this order would be overbilled by ${usd(overbilling)} and start a second dispute.`
				: '')
	};
}

function decideCredit(
	s: CustomerOrderSituation,
	f: CustomerFacts,
	unitPrice: number
): CreditDecision {
	const c = s.credit;
	const result = creditCheck({
		creditLimit: c.creditLimit,
		openReceivables: c.openReceivables,
		openOrders: c.openOrders,
		lines: [{ qty: s.qty, unitPrice }]
	});
	const pastDueBeyondTolerance = c.pastDueAmount > 0 && c.pastDueDays > c.pastDueToleranceDays;
	const disputed = f.pricingDispute !== null && c.pastDueAmount > 0;
	const pastDue = `${usd(c.pastDueAmount)} is ${c.pastDueDays} days past due`;
	if (!result.withinLimit) {
		return {
			decision: 'hold',
			check: result,
			pastDueBeyondTolerance,
			reason:
				`Credit hold: this order brings the exposure to ${usd(result.exposure)}, ${usd(result.overLimitBy)} over the ${usd(c.creditLimit)} limit. Credit decides; the desk does not release it.` +
				(disputed ? ' Send credit the open case too: the past-due deduction is valid.' : '')
		};
	}
	if (pastDueBeyondTolerance && !disputed) {
		return {
			decision: 'hold',
			check: result,
			pastDueBeyondTolerance,
			reason: `Automatic credit hold: ${pastDue}, beyond the ${c.pastDueToleranceDays} days the customer's risk category allows. Credit decides; the desk tells the buyer and asks about the item.`
		};
	}
	if (pastDueBeyondTolerance) {
		return {
			decision: 'route-to-credit',
			check: result,
			pastDueBeyondTolerance,
			reason: `The automatic hold stands (${pastDue}), but the open case shows the amount is a valid deduction for the supplier's own pricing error. Route the case to credit with the evidence: credit releases the hold, and a credit memo closes the case.`
		};
	}
	return {
		decision: 'release',
		check: result,
		pastDueBeyondTolerance,
		reason: `Passes the credit check: exposure ${usd(result.exposure)} is within the ${usd(c.creditLimit)} limit${c.pastDueAmount > 0 ? `, and ${pastDue}, within the ${c.pastDueToleranceDays} days the risk category allows` : ''}.`
	};
}

/**
 * The quantity, shipment, price and credit decisions on one order given the customer facts the
 * desk can see (see the module comment). Throws a RangeError for a quantity that is not a whole
 * number of at least 1, negative amounts or days, a past-due amount above the receivables, a
 * usual quantity not above 0, or a project release larger than the project.
 */
export function customerOrderDecision(
	situation: CustomerOrderSituation,
	facts: CustomerFacts,
	wording: DecisionWording = {}
): CustomerOrderDecision {
	check(situation, facts);
	const dayName = wording.dayName ?? ((day: number) => `day ${day}`);
	const price = decidePrice(situation, facts);
	return {
		quantity: decideQuantity(situation, facts),
		shipment: decideShipment(situation, facts, dayName),
		price,
		credit: decideCredit(situation, facts, price.unitPrice)
	};
}
