/**
 * The order world: plain, serialisable data. Days are 1-based. A world changes only through
 * `step(world, command)`; the same scenario, seed and commands always give the same world.
 */
import type { RngState } from '../rng';
import type { KpiTally } from './kpi';
import type { PVec } from './pvec';
import type { Scenario } from './scenario';

export type Tier = 'strategic' | 'key' | 'standard';
export type Channel = 'edi' | 'web' | 'phone' | 'email';
export type HoldReason = 'credit' | 'pricing' | 'data' | 'compliance';

/** Errors a captured order can carry, planted by the scenario or its seeded error rate. */
export type PlantedError =
	'unknown-sku' | 'pack-multiple' | 'stale-price' | 'missing-ship-to' | 'keying-error';

export type FindingCode =
	| 'unknown-sku'
	| 'bad-quantity'
	| 'price-mismatch'
	| 'missing-ship-to'
	| 'over-credit-limit'
	| 'abnormal-demand';

export type Finding = {
	code: FindingCode;
	/** The hold this finding calls for. */
	hold: HoldReason;
	/** 1-based line number, when the finding is about one line. */
	line?: number;
	message: string;
};

export type Policy = {
	allocationRule: 'fcfs' | 'pro-rata' | 'priority';
	/** May an order ship in part when the customer accepts partial shipments? */
	partialShipments: boolean;
	/** Units of each item held back for strategic customers (allocated ATP). */
	tierReserve: number;
	/** May promises draw on safety stock? */
	promiseSafetyStock: boolean;
};

export type OrderLine = {
	sku: string;
	qty: number;
	/** Price per unit quoted on the order as captured. */
	price: number;
	/** Units set aside from stock for this line and not yet shipped. */
	allocated: number;
	/** Units shipped so far. */
	shipped: number;
	/** Units on the first shipment (null until the first shipment leaves). */
	firstShipped: number | null;
};

export type OrderPromise = {
	/** Day the order is promised to ship complete. */
	shipDay: number;
	/** Delivery day promised to the customer (ship day + handling + transit). */
	deliveryDay: number;
	/** The first delivery day committed; only a customer-requested change resets it. */
	commitDeliveryDay: number;
	/** Earliest day the supply could support shipping complete when promised. */
	earliestShipDay: number;
	/** Promised later than supply allowed, only to meet the customer's requested date. */
	waitForRequestDays: number;
	/** The learner promised earlier than supply supports. */
	atRisk: boolean;
	/** Node and day each line's supply comes from, for releasing reservations. */
	reservations: {
		line: number;
		node: string;
		day: number;
		qty: number;
		/** The production lot this line's CTP promise planned, if any. */
		lot: { qty: number; startDay: number; readyDay: number } | null;
	}[];
	explanation: string;
};

export type Shipment = {
	day: number;
	lines: { sku: string; qty: number }[];
	plannedDeliveryDay: number;
	deliveredDay: number | null;
	damaged: boolean;
	/** Address problems or carrier delays known when it left. */
	delayDays: number;
};

export type Invoice = {
	day: number;
	amount: number;
	discountDay: number;
	dueDay: number;
	/** When the customer will pay, drawn from its habits when the invoice is raised. */
	plannedPayDay: number;
	paidDay: number | null;
	paidAmount: number;
	/** The customer disputes the invoice (a price that differs from its purchase order). */
	disputed: boolean;
	/** Day the dispute is settled with a credit for the difference. */
	resolveDay: number | null;
	/** Credit given to settle a dispute. */
	credit: number;
};

export type TimelineEntry = { day: number; code: string; text: string };

export type OrderState = { fulfilment: string; billing: string };

export type Order = {
	id: string;
	index: number;
	customerId: string;
	channel: Channel;
	enteredDay: number;
	/** Delivery day the customer asked for. */
	requestedDay: number;
	shipTo: string | null;
	lines: OrderLine[];
	/** What the customer really meant, for planted errors; resolved when corrected. */
	intended: {
		errors: PlantedError[];
		lines: { sku: string; qty: number; price: number }[];
		shipTo: string | null;
	};
	findings: Finding[];
	/** Findings the customer confirmed are intended (an unusually large but genuine order). */
	acknowledged: FindingCode[];
	/** Findings waved through with a release instead of being corrected. */
	escaped: FindingCode[];
	/** A change the customer has asked for and the desk has not yet answered. */
	changeRequest: { qty?: { line: number; qty: number }; requestedDay?: number } | null;
	/** The customer accepted what shipped and cancelled the backordered rest. */
	shortClosed: boolean;
	state: OrderState;
	promise: OrderPromise | null;
	shipments: Shipment[];
	invoices: Invoice[];
	costToServe: number;
	/** Some quantity was ever left unallocated or unshipped when due (a backorder). */
	backordered: boolean;
	timeline: TimelineEntry[];
	closedDay: number | null;
	/** Final and counted in the world's settled KPI tally. */
	settled: boolean;
};

export type StockRecord = { onHand: number; allocated: number };

/** A make-to-order lot promised through CTP: it uses components and hours on its start day. */
export type ProductionLot = {
	sku: string;
	qty: number;
	startDay: number;
	readyDay: number;
	started: boolean;
};

export type NodeState = {
	stock: Record<string, StockRecord>;
	lots: ProductionLot[];
	/** Units promised to ship on each day (index 0 = day 1), by item. */
	committed: Record<string, number[]>;
	/** Critical-resource hours already reserved by CTP promises, by day. */
	hoursReserved: number[];
};

export type KpiRow = {
	day: number;
	fillRateUnit: number | null;
	fillRateLine: number | null;
	fillRateOrder: number | null;
	otif: number | null;
	otifToRequest: number | null;
	perfectOrderRate: number | null;
	perfectOrderProduct: number | null;
	cycleTimeMeanDays: number | null;
	cycleTimeP90Days: number | null;
	requestWaitMeanDays: number | null;
	backorderRate: number | null;
	revenue: number;
	cashCollected: number;
	openOrders: number;
	ordersReceived: number;
	ordersDelivered: number;
};

export type World = {
	scenario: Scenario;
	seed: number;
	rng: RngState;
	day: number;
	ended: boolean;
	policy: Policy;
	nodes: Record<string, NodeState>;
	/** Credit exposure by customer: unpaid invoices plus validated orders not yet invoiced. */
	accounts: Record<string, { receivables: number; uninvoiced: number }>;
	/** Invoices from before the scenario started, collected as customers pay. */
	openingInvoices: { customerId: string; amount: number; payDay: number; paidDay: number | null }[];
	orders: PVec<Order>;
	/** Index of the oldest order not yet closed, rejected or cancelled: daily work starts here. */
	activeFrom: number;
	/** KPI tally of settled orders; every order before `upTo` is settled. */
	kpiSettled: { upTo: number; tally: KpiTally };
	kpis: KpiRow[];
	/** Units that entered the world (opening stock, receipts, production), by item. */
	unitsIn: Record<string, number>;
	/** Components used up by production, by item. */
	unitsConsumed: Record<string, number>;
	/** Cash received so far, including payments of opening invoices. */
	cashCollected: number;
};

export type WorldEvent =
	| { type: 'command.rejected'; command: string; message: string }
	| { type: 'order.entered'; orderId: string; day: number }
	| { type: 'order.changed'; orderId: string; day: number; text: string }
	| { type: 'day.ended'; day: number }
	| { type: 'scenario.ended'; day: number };

export type OrderCommand =
	| { type: 'order.validate'; orderId: string }
	| { type: 'order.correct'; orderId: string; code: FindingCode }
	| { type: 'order.hold'; orderId: string; reason: HoldReason }
	| { type: 'order.release'; orderId: string }
	| { type: 'order.reject'; orderId: string }
	| { type: 'order.cancel'; orderId: string }
	| { type: 'order.promise'; orderId: string; shipDay?: number }
	| { type: 'order.change'; orderId: string; accept?: boolean }
	| { type: 'order.allocate'; orderId: string }
	| { type: 'order.ship'; orderId: string; partial?: boolean };

export type Command =
	| OrderCommand
	| { type: 'allocation.run'; sku: string; orderIds: string[]; rule?: Policy['allocationRule'] }
	| { type: 'policy.set'; policy: Partial<Policy> }
	| { type: 'day.advance' };

export type StepResult = { world: World; events: WorldEvent[] };
