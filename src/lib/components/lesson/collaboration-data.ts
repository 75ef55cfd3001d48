/**
 * Lesson 19's worked example for the collaboration widget: a pump distributor's six-week pilot
 * with an OEM customer (its own flat forecast against the one agreed with the OEM), the pump
 * maker's four-week lead time and a 95 % cycle service level; and the replenishment
 * arrangements the lesson compares, by who decides, who orders and who owns the stock.
 */
export const PILOT = {
	oemOrders: [125, 80, 115, 75, 120, 85],
	ownForecast: [100, 100, 100, 100, 100, 100],
	sharedForecast: [117, 90, 109, 85, 116, 95],
	/** Percent. */
	serviceLevel: 95,
	leadTimeWeeks: 4,
	leadTimeSigmaWeeks: 0
} as const;

export const SERIES = [
	{ key: 'oemOrders', label: 'OEM orders' },
	{ key: 'ownForecast', label: 'Own forecast' },
	{ key: 'sharedForecast', label: 'Shared forecast' }
] as const;

export type SeriesKey = (typeof SERIES)[number]['key'];

export type Arrangement = {
	id: string;
	name: string;
	decides: string;
	orders: string;
	owns: string;
	desk: string;
};

export const ARRANGEMENTS: readonly Arrangement[] = [
	{
		id: 'conventional',
		name: 'Conventional',
		decides: 'Customer',
		orders: 'Customer',
		owns: 'Customer, under the terms of sale',
		desk: 'Enters the purchase orders as they arrive and forecasts from their history, as the own forecast above does.'
	},
	{
		id: 'vmi',
		name: 'VMI',
		decides: 'Supplier, within agreed minimum and maximum levels',
		orders: 'Supplier',
		owns: 'Customer, under the terms of sale',
		desk: 'Creates the replenishment orders itself from the customer’s stock and usage data; an error in that data becomes the supplier’s error.'
	},
	{
		id: 'consignment',
		name: 'Consignment',
		decides: 'Customer or supplier',
		orders: 'Either',
		owns: 'Supplier, until use or sale',
		desk: 'Ships stock that stays the supplier’s at the customer’s site; the invoice follows use or sale, not delivery.'
	},
	{
		id: 'vmi-consignment',
		name: 'VMI with consignment',
		decides: 'Supplier',
		orders: 'Supplier',
		owns: 'Supplier, until use or sale',
		desk: 'Plans the replenishment and keeps ownership until the customer uses or sells the stock.'
	},
	{
		id: 'cpfr',
		name: 'CPFR',
		decides: 'Jointly, from one forecast',
		orders: 'Either, as the arrangement says',
		owns: 'Customer, under the terms of sale',
		desk: 'Plans to the one forecast agreed with the customer, the shared forecast above, and reviews the items that break an agreed limit.'
	}
];
