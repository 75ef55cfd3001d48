/**
 * Lesson 18's worked example for the KPI explorer: a pump distributor's ten orders of one week
 * (days count from the start of the month; "shipped" is what the first shipment carried) and
 * its quarter's working capital over a 90-day window.
 */
import type { CashToCashInput } from '$lib/sim';
import type { MetricLine, MetricOrder } from '$lib/sim/kpi-breakdown';

const full = (qty: number, returned = 0): MetricLine => ({
	ordered: qty,
	shipped: qty,
	backordered: 0,
	returned
});

export const PUMP_WEEK: readonly MetricOrder[] = [
	{
		id: 'P-201',
		receivedDay: 1,
		requestedDay: 4,
		committedDay: 4,
		deliveredDay: 4,
		lines: [full(40), full(10)]
	},
	{
		id: 'P-202',
		receivedDay: 1,
		requestedDay: 5,
		committedDay: 5,
		deliveredDay: 12,
		lines: [{ ordered: 100, shipped: 90, backordered: 10, returned: 0 }, full(20)]
	},
	{
		id: 'P-203',
		receivedDay: 2,
		requestedDay: 4,
		committedDay: 6,
		deliveredDay: 6,
		lines: [full(12)]
	},
	{
		id: 'P-204',
		receivedDay: 2,
		requestedDay: 6,
		committedDay: 6,
		deliveredDay: 6,
		// The customer cancelled the 4 short units: a lost sale, not a backorder.
		lines: [full(30), full(6), { ordered: 4, shipped: 0, backordered: 0, returned: 0 }]
	},
	{
		id: 'P-205',
		receivedDay: 3,
		requestedDay: 6,
		committedDay: 6,
		deliveredDay: 9,
		lines: [full(60)]
	},
	{
		id: 'P-206',
		receivedDay: 3,
		requestedDay: 7,
		committedDay: 7,
		deliveredDay: 7,
		lines: [full(8), full(25)]
	},
	{
		id: 'P-207',
		receivedDay: 4,
		requestedDay: 8,
		committedDay: 8,
		deliveredDay: 8,
		lines: [full(50)]
	},
	{
		id: 'P-208',
		receivedDay: 4,
		requestedDay: 8,
		committedDay: 8,
		deliveredDay: 8,
		lines: [full(200, 6)]
	},
	{
		id: 'P-209',
		receivedDay: 5,
		requestedDay: 9,
		committedDay: 9,
		deliveredDay: 9,
		lines: [full(15), full(5)]
	},
	{
		id: 'P-210',
		receivedDay: 5,
		requestedDay: 9,
		committedDay: 9,
		deliveredDay: 9,
		lines: [full(10)]
	}
];

export const PUMP_QUARTER: Required<CashToCashInput> = {
	days: 90,
	revenue: 3_600_000,
	cogs: 2_700_000,
	inventoryBegin: 820_000,
	inventoryEnd: 980_000,
	receivablesBegin: 1_180_000,
	receivablesEnd: 1_300_000,
	payablesBegin: 560_000,
	payablesEnd: 640_000
};

/** An order as the editor holds it: a field is null while its entry is not allowed. */
export type Editable<T> = { [K in keyof T]: T[K] extends number ? number | null : T[K] };
export type EditableLine = Editable<MetricLine>;
export type EditableOrder = Omit<Editable<MetricOrder>, 'lines'> & { lines: EditableLine[] };

export const DAY_FIELDS = [
	{ key: 'receivedDay', label: 'Received on day' },
	{ key: 'requestedDay', label: 'Requested for day' },
	{ key: 'committedDay', label: 'Committed for day' },
	{ key: 'deliveredDay', label: 'Last delivery on day' }
] as const;

export const LINE_FIELDS = [
	{ key: 'ordered', label: 'Ordered', min: 1 },
	{ key: 'shipped', label: 'First shipment', min: 0 },
	{ key: 'backordered', label: 'Backordered (still owed)', min: 0 },
	{ key: 'returned', label: 'Returned', min: 0 }
] as const;

export const MAX_DAY = 90;
export const MAX_UNITS = 9_999;
export const MAX_MONEY = 999_999_999;

export function editableWeek(orders: readonly MetricOrder[] = PUMP_WEEK): EditableOrder[] {
	return orders.map((o) => ({ ...o, lines: o.lines.map((l) => ({ ...l })) }));
}

/** The names of the fields that hold no allowed number, for the summary. */
export function blankFields(orders: readonly EditableOrder[]): string[] {
	const names: string[] = [];
	for (const o of orders) {
		for (const f of DAY_FIELDS)
			if (o[f.key] === null) names.push(`${o.id} ${f.label.toLowerCase()}`);
		o.lines.forEach((l, i) => {
			for (const f of LINE_FIELDS) {
				if (l[f.key] === null) names.push(`${o.id} line ${i + 1} ${f.label.toLowerCase()}`);
			}
		});
	}
	return names;
}

/** The orders as the engine takes them, once every field holds a number. */
export function filledWeek(orders: readonly EditableOrder[]): MetricOrder[] | null {
	return blankFields(orders).length ? null : (orders as MetricOrder[]);
}

/** A figure with one decimal, as the lesson prints days: 30 -> "30.0". */
export function oneDecimal(value: number): string {
	return value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
