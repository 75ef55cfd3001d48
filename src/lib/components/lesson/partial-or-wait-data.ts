/**
 * The pump order of lesson 11's worked example (also the case lesson 12 follows), the limits
 * of the PartialOrWait fields, and the sentences the widget reads its result with. Every figure
 * comes from `comparePartialShipment`; this module only checks entries and words the result.
 */
import type { PartialShipmentComparison, PartialShipmentInput } from '$lib/sim/partial-shipment';
import type { NumberLimits } from './widget-number';
import { dollars, figure, rate } from './widget-format';

/** The worked example's cost of capital, as the widget's field shows it: 10 % a year. */
export const DEFAULT_CAPITAL_PERCENT = 10;

/**
 * Lesson 11: a water utility's order due to ship on day 3; six of ten CP-50 pumps on hand, the
 * purchase order for more on day 12; $240 freight and $35 handling a shipment; invoices at
 * shipment, net 30; cost of capital 10 % a year.
 */
export const PUMP_ORDER = {
	lines: [
		{ sku: 'CP-50 centrifugal pump', ordered: 10, availableNow: 6, unitPrice: 1450 },
		{ sku: 'Mechanical seal kit', ordered: 40, availableNow: 40, unitPrice: 85 },
		{ sku: 'Flexible coupling', ordered: 20, availableNow: 20, unitPrice: 60 }
	],
	shipDay: 3,
	balanceShipDay: 12,
	freightPerShipment: 240,
	handlingPerShipment: 35,
	daysToPay: 30,
	annualCostOfCapital: DEFAULT_CAPITAL_PERCENT / 100
} as const satisfies PartialShipmentInput;

export const LIMITS = {
	ordered: { min: 1, max: 9_999 },
	onHand: { max: 9_999 },
	price: { max: 99_999, integer: false },
	day: { max: 365 },
	cost: { max: 99_999, integer: false },
	capitalPercent: { max: 100, integer: false }
} satisfies Record<string, NumberLimits>;

export type LineEntry = {
	sku: string;
	ordered: number | null;
	availableNow: number | null;
	unitPrice: number | null;
};

/**
 * What stops the comparison, as a sentence the learner can act on, or null when the entries
 * make an order the engine can compare. Empty or out-of-range fields carry their own message.
 */
export function entryProblem(
	lines: readonly LineEntry[],
	shipDay: number | null,
	balanceShipDay: number | null,
	others: readonly (number | null)[]
): string | null {
	const blank =
		shipDay === null ||
		balanceShipDay === null ||
		others.includes(null) ||
		lines.some((l) => l.ordered === null || l.availableNow === null || l.unitPrice === null);
	if (blank) return 'Fix the highlighted field to compare the two plans.';
	for (const [i, l] of lines.entries()) {
		if ((l.availableNow as number) > (l.ordered as number)) {
			return `Line ${i + 1} (${l.sku}): on hand ${l.availableNow} is more than the ${l.ordered} ordered. Only what was ordered can ship: enter at most ${l.ordered}.`;
		}
	}
	const short = lines.some((l) => (l.availableNow as number) < (l.ordered as number));
	if (short && (balanceShipDay as number) <= (shipDay as number)) {
		return `The balance must ship after the ship day (day ${shipDay}): enter a receipt day later than ${shipDay}.`;
	}
	return null;
}

const count = (n: number, one: string) => `${figure(n)} ${n === 1 ? one : `${one}s`}`;
const pieces = (n: number) => count(n, 'unit');

/** The one-paragraph reading of a comparison: service, then money, then who decides. */
export function partialOrWaitReading(c: PartialShipmentComparison): string {
	const { partial, complete } = c;
	// Shipping complete is always one shipment of the whole order.
	const ordered = complete.shipments[0].units;
	if (c.unitsShort === 0) {
		return `Nothing is short: both plans are one shipment of ${pieces(ordered)} on day ${partial.shipments[0].day}, with unit, line and order fill at 100 %.`;
	}
	if (partial.shipments.length === 1) {
		return `Nothing is on hand: both plans are one shipment on day ${partial.shipments[0].day}, ${count(complete.daysLate, 'day')} late. Only a substitute or expediting changes that.`;
	}
	const [now, later] = partial.shipments;
	const service = `Partial: ${now.units} of ${pieces(ordered)} leave on day ${now.day} (unit fill ${rate(partial.fillOnSchedule.unit)}, line fill ${rate(partial.fillOnSchedule.line)}, order fill ${rate(partial.fillOnSchedule.order)}), the other ${later.units} on day ${later.day}. Ship complete: all ${ordered} on day ${complete.shipments[0].day}, ${count(complete.daysLate, 'day')} late: ${rate(complete.fillFirstShipment.unit)} on a first-shipment count, ${rate(complete.fillOnSchedule.unit)} on schedule.`;
	const net = c.netFinancialEffectOfPartial;
	const money =
		net === null || c.valueOfEarlierCash === null
			? ''
			: ` The partial costs ${dollars(c.extraShippingCost)} more to ship; collecting ${dollars(c.cashEarlier.value)} ${count(c.cashEarlier.days, 'day')} sooner is worth ${dollars(c.valueOfEarlierCash)}: ${
					net < 0
						? `a net cost of ${dollars(-net)}. On money alone the desk waits; ship partial when the customer can use what is there.`
						: net > 0
							? `a net gain of ${dollars(net)}, so the partial pays on money too, if the customer accepts partials.`
							: 'no net difference, so the customer’s need decides.'
				}`;
	return service + money;
}

/** The engine's input from entries that `entryProblem` passed (cost of capital typed in %). */
export function comparisonInput(
	lines: readonly LineEntry[],
	days: { shipDay: number; balanceShipDay: number; daysToPay: number },
	costs: { freightPerShipment: number; handlingPerShipment: number; capitalPercent: number }
): PartialShipmentInput {
	return {
		lines: lines.map((l) => ({
			sku: l.sku,
			ordered: l.ordered as number,
			availableNow: l.availableNow as number,
			unitPrice: l.unitPrice as number
		})),
		...days,
		freightPerShipment: costs.freightPerShipment,
		handlingPerShipment: costs.handlingPerShipment,
		annualCostOfCapital: costs.capitalPercent / 100
	};
}
