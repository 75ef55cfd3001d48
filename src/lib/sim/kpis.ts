/**
 * Order-management KPIs over order outcomes. Each is a pure function returning rates in
 * [0, 1]; names follow SCOR where SCOR defines the metric.
 */
import { finite, nonNegative, notEmpty, positive } from './arguments';
import type { CashToCashInput, FillRateLine, PerfectOrderInput } from './types';

/**
 * Unit, line and order fill rate of the first shipment: `shipped` is what the first
 * shipment carried, so a backorder shipped later does not lift the figure.
 * Unit = units shipped / units ordered; line = share of lines shipped complete;
 * order = share of orders with every line shipped complete.
 */
export function fillRates(lines: readonly FillRateLine[]): {
	unit: number;
	line: number;
	order: number;
} {
	notEmpty('lines', lines);
	let ordered = 0;
	let shipped = 0;
	let completeLines = 0;
	const orderComplete = new Map<string, boolean>();
	lines.forEach((l, i) => {
		positive(`lines[${i}].ordered`, l.ordered);
		nonNegative(`lines[${i}].shipped`, l.shipped);
		if (l.shipped > l.ordered) {
			throw new RangeError(
				`lines[${i}] shipped ${l.shipped} against ${l.ordered} ordered: a fill rate counts at most what was ordered`
			);
		}
		ordered += l.ordered;
		shipped += l.shipped;
		const complete = l.shipped === l.ordered;
		if (complete) completeLines++;
		orderComplete.set(l.orderId, (orderComplete.get(l.orderId) ?? true) && complete);
	});
	const completeOrders = [...orderComplete.values()].filter(Boolean).length;
	return {
		unit: shipped / ordered,
		line: completeLines / lines.length,
		order: completeOrders / orderComplete.size
	};
}

/**
 * SCOR Perfect Order Fulfillment: the share of orders that were on time, in full, damage-free
 * and with accurate documentation, all four at once (`rate`). `productOfComponents`
 * multiplies the four component rates, a common shortcut that is not the same figure: it is
 * lower than `rate` when failures fall on the same orders and higher when they are spread.
 */
export function perfectOrderRate(orders: readonly PerfectOrderInput[]): {
	rate: number;
	productOfComponents: number;
	components: { onTime: number; inFull: number; damageFree: number; documentationAccurate: number };
} {
	notEmpty('orders', orders);
	const n = orders.length;
	const share = (pick: (o: PerfectOrderInput) => boolean) => orders.filter(pick).length / n;
	const components = {
		onTime: share((o) => o.onTime),
		inFull: share((o) => o.inFull),
		damageFree: share((o) => o.damageFree),
		documentationAccurate: share((o) => o.documentationAccurate)
	};
	return {
		rate: share((o) => o.onTime && o.inFull && o.damageFree && o.documentationAccurate),
		productOfComponents:
			components.onTime *
			components.inFull *
			components.damageFree *
			components.documentationAccurate,
		components
	};
}

/** On time in full: the share of orders that were both. */
export function otif(orders: readonly { onTime: boolean; inFull: boolean }[]): number {
	notEmpty('orders', orders);
	return orders.filter((o) => o.onTime && o.inFull).length / orders.length;
}

/**
 * Cash-to-cash cycle time from a window's income-statement and balance-sheet figures:
 * DIO = average inventory / COGS x days; DSO = average receivables / revenue x days;
 * DPO = average payables / COGS x days; cash-to-cash = DIO + DSO - DPO. `days` is the
 * length of the window that revenue and COGS cover. SCOR divides payables by purchases
 * (material cost); like most textbooks this divides by COGS.
 */
export function cashToCash(input: CashToCashInput): {
	dio: number;
	dso: number;
	dpo: number;
	cashToCash: number;
} {
	const revenue = positive('revenue', input.revenue);
	const cogs = positive('cogs', input.cogs);
	const days = positive('days', input.days ?? 365);
	const average = (name: string, begin: number, end: number) =>
		(nonNegative(`${name}Begin`, begin) + nonNegative(`${name}End`, end)) / 2;
	const dio = (average('inventory', input.inventoryBegin, input.inventoryEnd) / cogs) * days;
	const dso =
		(average('receivables', input.receivablesBegin, input.receivablesEnd) / revenue) * days;
	const dpo = (average('payables', input.payablesBegin, input.payablesEnd) / cogs) * days;
	return { dio, dso, dpo, cashToCash: finite('cashToCash', dio + dso - dpo) };
}
