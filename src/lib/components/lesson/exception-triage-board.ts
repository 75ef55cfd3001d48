/**
 * Lesson 17's worked example as a triage board: a pump distributor's desk opens day 10 with six
 * open alerts. The impact day is the day a customer commitment fails (day 10 plus the lesson's
 * "impact in" days); the action and owner are the lesson's resolution for each alert.
 */
import type { TriageAlert } from '$lib/sim/exception-triage';
import type { ExceptionKind } from '$lib/sim';

export type BoardAlert = TriageAlert & { action: string };

/** The day of the worked example, and how far ahead the learner may look. */
export const BOARD_DAY = 10;
export const LAST_DAY = 13;

export const KIND_NAMES: Record<ExceptionKind, string> = {
	stockout: 'Stockout',
	'credit-hold': 'Credit hold',
	'data-error': 'Data hold',
	'late-supplier-receipt': 'Late supplier receipt',
	'carrier-delay': 'Carrier delay',
	'customs-hold': 'Customs hold',
	'return-waiting': 'Return request',
	'production-delay': 'Production delay'
};

const open = {
	orderId: null,
	sku: null,
	returnId: null,
	resolvedDay: null,
	resolution: null
} as const;

/** In the lesson's table order: oldest first, which is not the order to work them in. */
export const PUMP_DESK_ALERTS: readonly BoardAlert[] = [
	{
		...open,
		id: 'EX-0131',
		kind: 'credit-hold',
		raisedDay: 7,
		severity: 2,
		impactDay: 12,
		text: 'P-4398, a regional distributor, is 3,200 over its credit limit; it ships day 12.',
		action:
			'Desk sends credit the exposure, payment history and order value; credit decides; the customer hears the order is under review.'
	},
	{
		...open,
		id: 'EX-0135',
		kind: 'data-error',
		raisedDay: 9,
		severity: 2,
		impactDay: 13,
		text: 'P-4405, a portal order, has no ship-to; it ships day 13.',
		action:
			'Desk calls the customer, adds the ship-to and releases the hold; logs the cause against the portal.'
	},
	{
		...open,
		id: 'EX-0136',
		kind: 'late-supplier-receipt',
		raisedDay: 9,
		severity: 2,
		impactDay: 16,
		text: '200 seal kits due day 12 now come day 15; the first pegged order ships day 16.',
		action:
			'Planner confirms through pegging that day 15 still covers the day-16 orders; no customer contact.'
	},
	{
		...open,
		id: 'EX-0138',
		kind: 'return-waiting',
		raisedDay: 9,
		severity: 1,
		impactDay: null,
		text: 'A contractor asks to return 4 unused pumps.',
		action: 'Returns desk screens the request against the return policy today if time allows.'
	},
	{
		...open,
		id: 'EX-0140',
		kind: 'stockout',
		raisedDay: 10,
		severity: 3,
		impactDay: 11,
		text: 'P-4411, a key-account water utility: 40 pumps due to ship tomorrow, 25 free.',
		action:
			'Desk checks an approved substitute and the next receipt; offers 25 now and 15 later, or the substitute; planner asks purchasing to expedite.'
	},
	{
		...open,
		id: 'EX-0141',
		kind: 'carrier-delay',
		raisedDay: 10,
		severity: 2,
		impactDay: 11,
		text: 'P-4380 for a hospital contractor is one day late; its commit delivery is day 11.',
		action:
			'Transportation checks whether an express service wins back the day; either way the desk tells the contractor today.'
	}
];
