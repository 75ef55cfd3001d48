/**
 * Ship what is on hand now and backorder the rest, or hold the order and ship it complete
 * when the shortage is covered: the two plans for one short order, side by side.
 *
 * Model (a teaching model, stated so lessons and widgets can say what it leaves out):
 * - "partial" ships every available unit on `shipDay` and the balance on `balanceShipDay`;
 *   "complete" ships everything on `balanceShipDay`. If nothing is short, both plans are one
 *   shipment on `shipDay`; if nothing is available, both are one shipment on `balanceShipDay`.
 * - Each shipment costs `freightPerShipment + handlingPerShipment` (an LTL minimum charge and
 *   the pick, pack, paperwork and invoice of one more shipment), whatever it carries.
 * - Each shipment is invoiced the day it ships and paid `daysToPay` days later (invoicing at
 *   shipment, as the world does); a value-weighted mean pay day summarizes the cash timing.
 * - Fill rates come from `fillRates` two ways. `fillOnSchedule` counts what left by `shipDay`,
 *   the reading of the ASCM Dictionary's customer service ratio (synonym: fill rate), which
 *   compares what shipped on schedule with what was due to ship. `fillFirstShipment` counts
 *   what the first shipment carried whenever it left, the convention of this project's KPIs,
 *   which report lateness separately (delivery performance to customer commit date).
 * - Earlier cash is valued, when `annualCostOfCapital` is given, by ordinary simple interest
 *   on a 365-day year: I = P x r x t / 365, P the value invoiced early, t the days earlier.
 */
import { finite, nonNegative, notEmpty, positive, wholeNumber } from './arguments';
import { fillRates } from './kpis';

export type PartialShipmentLine = {
	/** Item or line label, carried through for display. */
	sku: string;
	/** Units ordered on the line. */
	ordered: number;
	/** Units that can ship on the promised ship day (at most `ordered`). */
	availableNow: number;
	/** Invoice price per unit. */
	unitPrice: number;
};

export type PartialShipmentInput = {
	lines: readonly PartialShipmentLine[];
	/** The day the order is due to ship (the promised ship day). */
	shipDay: number;
	/** The day the short quantity can ship, when the replenishment arrives; after `shipDay`. */
	balanceShipDay: number;
	/** Freight of one shipment, the same for each shipment. */
	freightPerShipment: number;
	/** Warehouse and office handling of one shipment: pick, pack, documents, invoice. */
	handlingPerShipment: number;
	/** Days from invoice (raised at shipment) to payment. */
	daysToPay: number;
	/** Annual cost of capital as a fraction (0.1 = 10 %), to value earlier cash. */
	annualCostOfCapital?: number;
};

export type PlannedShipment = {
	day: number;
	units: number;
	/** Invoice value of the shipment. */
	value: number;
	/** The day its invoice is paid. */
	payDay: number;
	/** Units per line, in input order. */
	lineUnits: number[];
};

export type ShipmentPlan = {
	shipments: PlannedShipment[];
	/** Freight of all shipments. */
	freight: number;
	/** Handling of all shipments. */
	handling: number;
	/** Freight plus handling. */
	shippingCost: number;
	/** Pay day weighted by invoice value; null when the order is worth nothing. */
	meanPayDay: number | null;
	/** Fill rates of what left by the promised ship day. */
	fillOnSchedule: { unit: number; line: number; order: number };
	/** Fill rates of what the first shipment carried, whenever it left. */
	fillFirstShipment: { unit: number; line: number; order: number };
	/** Days after the promised ship day that the last unit leaves. */
	daysLate: number;
};

export type PartialShipmentComparison = {
	partial: ShipmentPlan;
	complete: ShipmentPlan;
	/** Units short on the promised ship day (the backorder if the order ships partial). */
	unitsShort: number;
	/** Value of the order. */
	orderValue: number;
	/** Shipping cost of the partial plan less that of the complete plan. */
	extraShippingCost: number;
	/** Invoice value the partial plan collects earlier, and by how many days. */
	cashEarlier: { value: number; days: number };
	/** Simple interest on the earlier cash; null without `annualCostOfCapital`. */
	valueOfEarlierCash: number | null;
	/** Value of earlier cash less extra shipping cost; null without `annualCostOfCapital`. */
	netFinancialEffectOfPartial: number | null;
};

/**
 * Compares shipping a short order in part now (balance backordered) with holding it and
 * shipping complete when the balance is available: shipments, freight and handling, fill
 * rates on schedule and on the first shipment, pay days and the value of earlier cash.
 */
export function comparePartialShipment(input: PartialShipmentInput): PartialShipmentComparison {
	notEmpty('lines', input.lines);
	const shipDay = wholeNumber('shipDay', input.shipDay);
	const balanceShipDay = wholeNumber('balanceShipDay', input.balanceShipDay);
	const freight = nonNegative('freightPerShipment', input.freightPerShipment);
	const handling = nonNegative('handlingPerShipment', input.handlingPerShipment);
	const daysToPay = wholeNumber('daysToPay', input.daysToPay);
	const rate =
		input.annualCostOfCapital === undefined
			? null
			: nonNegative('annualCostOfCapital', input.annualCostOfCapital);

	input.lines.forEach((l, i) => {
		positive(`lines[${i}].ordered`, l.ordered);
		nonNegative(`lines[${i}].availableNow`, l.availableNow);
		nonNegative(`lines[${i}].unitPrice`, l.unitPrice);
		if (l.availableNow > l.ordered) {
			throw new RangeError(
				`lines[${i}] has ${l.availableNow} available against ${l.ordered} ordered: only what was ordered can ship`
			);
		}
	});
	const short = input.lines.reduce((s, l) => s + (l.ordered - l.availableNow), 0);
	const availableUnits = input.lines.reduce((s, l) => s + l.availableNow, 0);
	if (short > 0 && balanceShipDay <= shipDay) {
		throw new RangeError(
			`balanceShipDay ${balanceShipDay} must be after shipDay ${shipDay}: the balance ships when the shortage is covered`
		);
	}

	const shipment = (day: number, lineUnits: number[]): PlannedShipment => ({
		day,
		units: lineUnits.reduce((s, u) => s + u, 0),
		value: lineUnits.reduce((s, u, i) => s + u * input.lines[i].unitPrice, 0),
		payDay: day + daysToPay,
		lineUnits
	});
	const now = input.lines.map((l) => l.availableNow);
	const balance = input.lines.map((l) => l.ordered - l.availableNow);
	const all = input.lines.map((l) => l.ordered);

	let partialShipments: PlannedShipment[];
	let completeShipments: PlannedShipment[];
	if (short === 0) {
		partialShipments = [shipment(shipDay, all)];
		completeShipments = [shipment(shipDay, all)];
	} else if (availableUnits === 0) {
		partialShipments = [shipment(balanceShipDay, all)];
		completeShipments = [shipment(balanceShipDay, all)];
	} else {
		partialShipments = [shipment(shipDay, now), shipment(balanceShipDay, balance)];
		completeShipments = [shipment(balanceShipDay, all)];
	}

	const plan = (shipments: PlannedShipment[]): ShipmentPlan => {
		const value = shipments.reduce((s, sh) => s + sh.value, 0);
		const weighted = shipments.reduce((s, sh) => s + sh.value * sh.payDay, 0);
		const lines = (units: (i: number) => number) =>
			input.lines.map((l, i) => ({ orderId: 'order', ordered: l.ordered, shipped: units(i) }));
		const onSchedule = (i: number) =>
			shipments.filter((sh) => sh.day <= shipDay).reduce((s, sh) => s + sh.lineUnits[i], 0);
		return {
			shipments,
			freight: freight * shipments.length,
			handling: handling * shipments.length,
			shippingCost: (freight + handling) * shipments.length,
			meanPayDay: value > 0 ? weighted / value : null,
			fillOnSchedule: fillRates(lines(onSchedule)),
			fillFirstShipment: fillRates(lines((i) => shipments[0].lineUnits[i])),
			daysLate: Math.max(0, shipments[shipments.length - 1].day - shipDay)
		};
	};
	const partial = plan(partialShipments);
	const complete = plan(completeShipments);

	const split = partialShipments.length === 2;
	const cashEarlier = split
		? { value: partialShipments[0].value, days: balanceShipDay - shipDay }
		: { value: 0, days: 0 };
	const valueOfEarlierCash =
		rate === null ? null : (cashEarlier.value * rate * cashEarlier.days) / 365;
	const extraShippingCost = partial.shippingCost - complete.shippingCost;
	return {
		partial,
		complete,
		unitsShort: short,
		orderValue: finite(
			'orderValue',
			input.lines.reduce((s, l) => s + l.ordered * l.unitPrice, 0)
		),
		extraShippingCost,
		cashEarlier,
		valueOfEarlierCash,
		netFinancialEffectOfPartial:
			valueOfEarlierCash === null ? null : valueOfEarlierCash - extraShippingCost
	};
}
