/**
 * Shared types of the engine. Arrays of periods are indexed from 0 (= period 1); a field
 * named `period` holds a 1-based period number, as planners write it.
 */

/** A master schedule record for one item, the input of PAB and ATP. */
export type AtpInput = {
	/** Stock on hand at the start of period 1. */
	onHand: number;
	/** Master production schedule: receipts due in each period. */
	mps: readonly number[];
	/** Customer orders already promised, by the period they are due (the backlog). */
	customerOrders: readonly number[];
	/** Forecast by period; used only by the projected available balance, never by ATP. */
	forecast?: readonly number[];
	/** Last period inside the demand time fence (0 = no fence). */
	demandTimeFence?: number;
};

export type AtpOptions = {
	/** Net a shortfall in a later period against earlier ATP (the APICS look-ahead rule). */
	lookAhead?: boolean;
};

export type CtpRequest = {
	qty: number;
	/** The 1-based period the customer wants the goods to ship in. */
	requestedPeriod: number;
	/** Cumulative ATP of the finished item, by period. */
	productCumulativeAtp: readonly number[];
	/** Critical components: quantity per finished unit and their cumulative ATP by period. */
	components: readonly { qtyPer: number; cumulativeAtp: readonly number[] }[];
	/** The critical resource: hours per finished unit and spare hours in each period. */
	capacity: { hoursPerUnit: number; spareHours: readonly number[] };
	/** Periods from starting a lot to having it ready to ship. */
	leadTimePeriods: number;
};

export type CtpResult = {
	/** What existing ATP covers, promised in the requested period. */
	fromAtp: { qty: number; period: number };
	/** The shortfall made as one new lot and the period it is ready; null if none is needed or possible. */
	fromCapacity: { qty: number; period: number } | null;
	/** When the whole quantity can ship together; null if the lot cannot start within the horizon. */
	completePeriod: number | null;
	explanation: string;
};

export type AllocationRule = 'fcfs' | 'pro-rata' | 'priority';

export type AllocationDemand = {
	id: string;
	qty: number;
	/** Lower numbers are served first under the `priority` rule; missing means last. */
	priority?: number;
};

export type StockingLocation = { id: string; onHand: number; dailyDemand: number };

export type FillRateLine = { orderId: string; ordered: number; shipped: number };

export type PerfectOrderInput = {
	onTime: boolean;
	inFull: boolean;
	damageFree: boolean;
	documentationAccurate: boolean;
};

export type CashToCashInput = {
	revenue: number;
	cogs: number;
	inventoryBegin: number;
	inventoryEnd: number;
	receivablesBegin: number;
	receivablesEnd: number;
	payablesBegin: number;
	payablesEnd: number;
	/** Length in days of the window that revenue and COGS cover (default 365). */
	days?: number;
};
