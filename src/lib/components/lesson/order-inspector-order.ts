/**
 * The incoming order of lesson 3's inspection widget: Fenwick Mechanical, the customer of the
 * lesson's worked example (credit limit 10,000, open receivables 6,480, open orders 960),
 * emails an order to Brightline Pumps that the desk rekeys. Five errors hide in it, one of
 * each kind the lesson describes: a transposed item code, a stale price, a quantity that
 * breaks the box of 6, no ship-to, and a total that takes Fenwick over its credit limit.
 */
import type { CustomerAccount, IncomingOrder, MasterItem } from '$lib/sim/order-inspection';

export const ORDER_HEADER = {
	number: 'FM-2291',
	customer: 'Fenwick Mechanical',
	channel: 'Email with a PDF purchase order, rekeyed by the desk',
	requested: 'Ship in week 3'
};

export const ITEM_MASTER: readonly MasterItem[] = [
	{
		sku: 'CP-32',
		description: 'Circulation pump, 1 in',
		packMultiple: 1,
		priceBreaks: [{ fromQty: 1, unitPrice: 176 }]
	},
	{
		sku: 'FS-32',
		description: 'Flange set for CP-32',
		packMultiple: 1,
		priceBreaks: [{ fromQty: 1, unitPrice: 22 }]
	},
	{
		sku: 'VK-15',
		description: 'Valve kit, 3/4 in',
		packMultiple: 6,
		packName: 'box',
		priceBreaks: [
			{ fromQty: 1, unitPrice: 38 },
			{ fromQty: 60, unitPrice: 34 }
		]
	},
	{
		sku: 'ET-8',
		description: 'Expansion tank, 8 L',
		packMultiple: 1,
		priceBreaks: [{ fromQty: 1, unitPrice: 64 }],
		previousUnitPrice: 61
	}
];

export const FENWICK: CustomerAccount = {
	name: 'Fenwick Mechanical',
	creditLimit: 10_000,
	openReceivables: 6_480,
	openOrders: 960,
	shipTos: [
		'Fenwick Mechanical yard, 18 Dock Road, Millbrook',
		'Riverside Clinic site, 400 River Street, Millbrook'
	]
};

export const INCOMING_ORDER: IncomingOrder = {
	shipTo: null,
	lines: [
		{ sku: 'CP-32', description: 'Circulation pump, 1 in', qty: 10, unitPrice: 176 },
		{ sku: 'FS-23', description: 'Flange set for CP-32', qty: 10, unitPrice: 22 },
		{ sku: 'VK-15', description: 'Valve kit, 3/4 in', qty: 20, unitPrice: 38 },
		{ sku: 'ET-8', description: 'Expansion tank, 8 L', qty: 4, unitPrice: 61 }
	]
};
