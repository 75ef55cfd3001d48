/**
 * The automation dial's desk: lesson 15's pump distributor (400 orders a day, five people with
 * 420 productive minutes each), its two automation levels from the worked example, the bad
 * ship-to records of the migration case, and the six order decisions of the lesson's "What to
 * automate" table rated for volume, variability and the cost of an error.
 */
import type { DeskAutomationInput } from '$lib/sim/automation';
import type { OrderDecisionProfile } from '$lib/sim/automation-decisions';
import type { NumberRule } from './number-entry';
import { figure } from './widget-format';

export type OrderDecision = OrderDecisionProfile & {
	id: string;
	name: string;
	/** How the summary names what a person would check on every order. */
	checks: string;
};

export const DECISIONS: readonly OrderDecision[] = [
	{
		id: 'item',
		name: 'Item exists, quantity fits the order multiple',
		checks: 'the item and order multiple',
		volume: 'high',
		variability: 'low',
		errorCost: 'medium',
		everyOrder: true
	},
	{
		id: 'price',
		name: 'Price matches the contract',
		checks: 'the contract price',
		volume: 'high',
		variability: 'low',
		errorCost: 'high',
		everyOrder: true
	},
	{
		id: 'promise',
		name: 'Promise a stocked item within ATP',
		checks: 'the ATP promise',
		volume: 'high',
		variability: 'low',
		errorCost: 'low',
		everyOrder: true
	},
	{
		id: 'credit',
		name: 'Release an order held over its credit limit',
		checks: 'credit releases',
		volume: 'medium',
		variability: 'high',
		errorCost: 'high',
		everyOrder: false
	},
	{
		id: 'capacity',
		name: 'Promise a large order that needs capacity',
		checks: 'capacity promises',
		volume: 'low',
		variability: 'high',
		errorCost: 'high',
		everyOrder: false
	},
	{
		id: 'ration',
		name: 'Ration stock in a shortage',
		checks: 'rationing',
		volume: 'medium',
		variability: 'medium',
		errorCost: 'high',
		everyOrder: false
	}
];

/** How a desk handles its orders at one automation level, in the units the learner types. */
export type Handling = {
	/** The dial: percent of orders on which no rule fires. */
	touchlessPercent: number;
	minutesPerHandledOrder: number;
	minutesPerTouchlessOrder: number;
	handledErrorPercent: number;
	touchlessErrorPercent: number;
};

export type Desk = { ordersPerDay: number; staff: number; productiveMinutesPerPerson: number };

export const DESK: Desk = { ordersPerDay: 400, staff: 5, productiveMinutesPerPerson: 420 };

/** Level A, today: EDI orders from key accounts flow through untouched. */
export const LEVEL_A: Handling = {
	touchlessPercent: 30,
	minutesPerHandledOrder: 7,
	minutesPerTouchlessOrder: 0,
	handledErrorPercent: 2.5,
	touchlessErrorPercent: 0.5
};

/** Level B, rules live: the easy orders have left the queue, so a handled order takes longer. */
export const LEVEL_B: Handling = {
	touchlessPercent: 80,
	minutesPerHandledOrder: 12,
	minutesPerTouchlessOrder: 0.5,
	handledErrorPercent: 3,
	touchlessErrorPercent: 0.5
};

/** After the master data migration, 4 % of ship-to records carry an outdated dock address. */
export const BAD_SHIP_TO_ERROR_PERCENT = 4;

export const DIAL_STOPS = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100] as const;

export const RULES = {
	ordersPerDay: { min: 1, max: 100_000, whole: true },
	staff: { min: 1, max: 500, whole: true },
	productiveMinutesPerPerson: { min: 1, max: 720, whole: true },
	minutesPerHandledOrder: { min: 0.1, max: 240, whole: false },
	minutesPerTouchlessOrder: { min: 0, max: 60, whole: false },
	errorPercent: { min: 0, max: 100, whole: false }
} satisfies Record<string, NumberRule>;

/** The engine's input for a desk at a touchless share (0 to 1) with this handling. */
export function deskInput(
	desk: Desk,
	handling: Handling,
	touchlessShare: number
): DeskAutomationInput {
	return {
		...desk,
		touchlessShare,
		minutesPerHandledOrder: handling.minutesPerHandledOrder,
		minutesPerTouchlessOrder: handling.minutesPerTouchlessOrder,
		handledErrorRate: handling.handledErrorPercent / 100,
		touchlessErrorRate: handling.touchlessErrorPercent / 100
	};
}

/** A share as the lesson prints it, up to two decimals: 0.0295 -> "2.95 %". */
export const percent = (share: number) => `${figure(share * 100, 2)} %`;
