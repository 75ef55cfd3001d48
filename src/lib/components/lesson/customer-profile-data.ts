/**
 * Lesson 7's worked example as data for the customer profile card: Northgate Mechanical's EDI
 * order for 240 bronze ball valves, what is available to promise, the customer record's facts
 * (each with the system that owns it), and how the card words the engine's decisions. Today is
 * Monday, day 0; the order asks for shipment on Thursday, day 3.
 *
 * The credit limit and receivables are not in the lesson: they are chosen so that the order is
 * within the limit and only the past-due item holds it, as in the lesson.
 */
import type { CustomerFacts, CustomerOrderDecision } from '$lib/sim/customer-decision';
import { dollars, listOf } from './widget-format';

export const ORDER = {
	customer: 'Northgate Mechanical',
	item: 'bronze ball valves',
	channel: 'EDI',
	qty: 240,
	requestedShipDay: 3,
	listPrice: 42
} as const;

/** Available-to-promise: 150 this week, 200 more on Tuesday next week; a day to pick and pack. */
export const AVAILABILITY = [
	{ day: 0, qty: 150 },
	{ day: 8, qty: 200 }
] as const;
export const HANDLING_DAYS = 1;

/** Management's limit for abnormal demand: more than three times the usual quantity (as the world's validation uses). */
export const ABNORMAL_DEMAND_FACTOR = 3;

export const CREDIT = {
	creditLimit: 15_000,
	openReceivables: 4_800,
	openOrders: 0,
	pastDueAmount: 720,
	pastDueDays: 35
} as const;

export const MAX_QTY = 100_000;
export const MAX_MONEY = 10_000_000;

export const RISK_CATEGORIES = [
	{ id: 'low', label: 'Low risk: hold after 60 days past due', toleranceDays: 60 },
	{ id: 'medium', label: 'Medium risk: hold after 30 days past due', toleranceDays: 30 },
	{ id: 'high', label: 'High risk: hold on any past-due item', toleranceDays: 0 }
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number]['id'];
export const DEFAULT_RISK: RiskCategory = 'medium';

export type FactId = 'history' | 'pipeline' | 'shipComplete' | 'appointment' | 'openCase';

/** The customer record, fact by fact: what it says and which system owns it. */
export const FACTS: readonly { id: FactId; name: string; source: string; says: string }[] = [
	{
		id: 'history',
		name: 'Order history',
		source: 'ERP',
		says: '40 to 60 valves a month for three years, usually 50'
	},
	{
		id: 'pipeline',
		name: 'Pipeline',
		source: 'CRM',
		says: 'a hospital project won last month: 720 valves in three monthly releases of 240'
	},
	{
		id: 'shipComplete',
		name: 'Receiving',
		source: 'CRM profile',
		says: 'the job site takes complete releases only'
	},
	{
		id: 'appointment',
		name: 'Delivery window',
		source: 'CRM profile',
		says: 'deliveries by appointment, booked 48 hours ahead'
	},
	{
		id: 'openCase',
		name: 'Open case',
		source: 'CRM',
		says: 'the $720 past due is a deduction for 120 valves billed at list $42 instead of the $36 contract price'
	}
];

/** "From the order alone", as the lesson's table: the system sees the history and nothing else. */
export const ORDER_ALONE: Readonly<Record<FactId, boolean>> = {
	history: true,
	pipeline: false,
	shipComplete: false,
	appointment: false,
	openCase: false
};

/** The engine's facts for the facts the desk can see. */
export function factsFrom(seen: Readonly<Record<FactId, boolean>>): CustomerFacts {
	return {
		usualQty: seen.history ? 50 : null,
		project: seen.pipeline ? { totalQty: 720, releaseQty: 240 } : null,
		shipComplete: seen.shipComplete,
		appointmentNoticeHours: seen.appointment ? 48 : null,
		pricingDispute: seen.openCase ? { contractPrice: 36 } : null
	};
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Day 0 is this Monday: "Thursday", "Wednesday next week", "in 3 weeks on Monday". */
export function dayName(day: number): string {
	const week = Math.floor(day / 7);
	const name = DAYS[day % 7];
	return week === 0 ? name : week === 1 ? `${name} next week` : `${name} in ${week} weeks`;
}

/** One line per decision, short enough to compare with the decision from the order alone. */
export function shortDecisions(
	d: CustomerOrderDecision
): Record<'quantity' | 'shipment' | 'price' | 'credit', string> {
	const s = d.shipment;
	const first = s.shipments[0];
	const shipment =
		s.decision === 'cannot-promise'
			? `Cannot promise: ${s.shortfall} short`
			: s.decision === 'ship-partial'
				? `Ship ${first.qty} on ${dayName(first.day)}, backorder ${s.backorder}`
				: s.shipments.length > 1
					? `Ship ${s.shipments.map((x) => `${x.qty} on ${dayName(x.day)}`).join(', ')}`
					: `Ship all ${first.qty} on ${dayName(first.day)}`;
	return {
		quantity: {
			accept: 'Accept',
			'accept-as-project': 'Accept as project demand',
			'hold-for-review': 'Hold as abnormal demand',
			'accept-unchecked': 'Accept, unchecked'
		}[d.quantity.decision],
		shipment,
		price: `${d.price.source === 'contract' ? 'Contract' : 'List'} price ${dollars(d.price.unitPrice)}`,
		credit: {
			release: 'Release',
			hold: 'Credit hold',
			'route-to-credit': 'Route the case to credit'
		}[d.credit.decision]
	};
}

export const DECISION_AREAS = [
	{ key: 'quantity', name: 'Quantity' },
	{ key: 'shipment', name: 'Shipment' },
	{ key: 'price', name: 'Price' },
	{ key: 'credit', name: 'Credit' }
] as const;

export type AreaComparison = {
	key: (typeof DECISION_AREAS)[number]['key'];
	name: string;
	now: string;
	before: string;
	changed: boolean;
};

/** Each decision now beside the same decision from the order alone. */
export function compareDecisions(
	now: CustomerOrderDecision,
	orderAlone: CustomerOrderDecision
): AreaComparison[] {
	const a = shortDecisions(now);
	const b = shortDecisions(orderAlone);
	return DECISION_AREAS.map(({ key, name }) => ({
		key,
		name,
		now: a[key],
		before: b[key],
		changed: a[key] !== b[key]
	}));
}

/** The one-line reading: how many decisions the facts change, and the decisions. */
export function decisionSummary(areas: readonly AreaComparison[]): string {
	const changed = areas.filter((a) => a.changed).map((a) => a.name.toLowerCase());
	const lead = changed.length
		? `The facts shown change ${changed.length} of ${areas.length} decisions made from the order alone (${listOf(changed)}).`
		: 'Same decisions as from the order alone.';
	return `${lead} ${areas.map((a) => a.now).join('; ')}.`;
}
