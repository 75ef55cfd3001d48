/**
 * The order world: plain, serialisable data. Days are 1-based. A world changes only through
 * `step(world, command)`; the same scenario, seed and commands always give the same world.
 */
import type { RngState } from '../rng';
import type { KpiTally } from './kpi';
import type { PVec } from './pvec';
import type { Scenario } from './scenario';

export type Tier = 'strategic' | 'key' | 'standard';
export type Channel = 'edi' | 'web' | 'phone' | 'email' | 'marketplace' | 'store';
/**
 * Distribution method of a line, a decision apart from the production environment: ship from
 * the company's own stock, have the supplier ship straight to the customer (drop shipment), or
 * cross-dock an inbound receipt out the day it arrives, without putting it away.
 */
export type DistributionMethod = 'stock' | 'drop-ship' | 'cross-dock';
export type RoutingRuleName =
	'primary' | 'nearest' | 'lowest-shipping-cost' | 'lowest-cost' | 'fewest-splits' | 'store-pickup';

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
	/**
	 * Order management automation: `manual`, every decision by the desk; `rules`, the system
	 * validates, promises, allocates and ships clean orders at the end of each day and only
	 * exceptions reach the desk.
	 */
	automation: 'manual' | 'rules';
	/** Collaborative planning, forecasting and replenishment with the suppliers. */
	cpfr: boolean;
	/** The customer whose replenishment the company manages (VMI), if any. */
	vmiCustomer: string | null;
	/**
	 * How lines are routed to nodes when promised: `primary` ships everything from the first
	 * node; the others ask the routing rules which node (or nodes) should ship.
	 */
	routingRule: RoutingRuleName;
};

export type DisruptionKind =
	| 'demand-spike'
	| 'supplier-delay'
	| 'capacity-loss'
	| 'carrier-delay'
	| 'data-quality'
	| 'product-recall'
	| 'credit-downgrade';

export type Disruption = {
	kind: DisruptionKind;
	/** 0 to 1: how hard it hits. */
	severity: number;
	day: number;
	/** Last day it has an effect. */
	untilDay: number;
	sku: string | null;
	customerId: string | null;
	headline: string;
};

/** A receipt on the master schedule, moved when a supplier is late. */
export type ScheduledReceipt = {
	node: string;
	sku: string;
	qty: number;
	plannedDay: number;
	day: number;
	arrived: boolean;
	/** Units the supplier left off this receipt; they follow as a balance receipt. */
	shortBy: number;
	/** The balance of a short receipt, not a receipt the schedule planned. */
	balance: boolean;
	/** Pulled in by the desk (a receipt can be expedited once). */
	expedited?: boolean;
};

export type ExceptionKind =
	| 'stockout'
	| 'credit-hold'
	| 'data-error'
	| 'late-supplier-receipt'
	| 'carrier-delay'
	| 'customs-hold'
	| 'production-delay'
	| 'return-waiting';

/** What the desk can do about an exception (each checked against its kind). */
export type ExceptionAction =
	'expedite' | 'substitute' | 'reroute' | 'split' | 'release' | 'contact-customer' | 'dismiss';

export type ExceptionRecord = {
	id: string;
	kind: ExceptionKind;
	orderId: string | null;
	sku: string | null;
	returnId: string | null;
	raisedDay: number;
	/** 1 (watch) to 3 (act today). */
	severity: 1 | 2 | 3;
	resolvedDay: number | null;
	resolution: string | null;
	text: string;
};

export type ReturnReason = 'damaged' | 'wrong-item' | 'defective' | 'not-needed' | 'recall';
export type Disposition =
	'restock' | 'refurbish' | 'return-to-vendor' | 'liquidate' | 'recycle' | 'scrap';

export type ReturnedUnits = {
	/** Left the customer under an authorised return (cumulative). */
	shippedBack: number;
	inTransit: number;
	/** In the returns area, waiting for inspection and disposition. */
	held: number;
	refurbishing: number;
	/** Sent back to the vendor, liquidated, recycled or scrapped (cumulative). */
	disposedOut: number;
};

export type ReturnRecord = {
	id: string;
	index: number;
	orderId: string;
	customerId: string;
	sku: string;
	qty: number;
	reason: ReturnReason;
	requestedDay: number;
	/** Screening: within the return window, under warranty, allowed by policy. */
	screening: { withinWindow: boolean; underWarranty: boolean; allowed: boolean; note: string };
	state: string;
	/** Day the goods reach the returns area once authorised. */
	arrivalDay: number | null;
	inspection: 'sellable' | 'repairable' | 'defective' | null;
	disposition: Disposition | null;
	/** Day units being refurbished go back into stock (null when none are in refurbishment). */
	refurbishedDay: number | null;
	credit: number;
	recoveredValue: number;
	cost: number;
	timeline: TimelineEntry[];
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
	/** The node this line ships from, fixed when it is routed (null until then). */
	node: string | null;
	/** The desk chose the node (order.route): routing rules leave it alone. */
	pinned: boolean;
	/** A substitute ships at the price of the item ordered: this names that item. */
	priceSku?: string;
	method: DistributionMethod;
};

export type OrderPromise = {
	/** Day the order is promised to ship complete. */
	shipDay: number;
	/** Delivery day promised to the customer (ship day + handling + transit). */
	deliveryDay: number;
	/** The first delivery day committed; only a customer-requested change resets it. */
	commitDeliveryDay: number;
	/**
	 * The first ship day committed. Under an Incoterms rule that delivers at origin (EXW, FCA,
	 * FAS, FOB, CPT, CIP, CFR, CIF) on-time is measured here, where risk passes to the buyer.
	 */
	commitShipDay: number;
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
		lot: { id: string; qty: number; startDay: number; readyDay: number } | null;
	}[];
	explanation: string;
};

export type Shipment = {
	/** The node it left from (SUPPLIER for a drop shipment). */
	node: string;
	day: number;
	lines: { sku: string; qty: number }[];
	plannedDeliveryDay: number;
	deliveredDay: number | null;
	damaged: boolean;
	/** Address problems or carrier delays known when it left. */
	delayDays: number;
	/** Why it is late, when it is: the carrier, an address that had to be found, the supplier. */
	delayCause: 'carrier' | 'address' | 'supplier' | null;
	/** Handling, picking and carriage of this shipment. */
	cost: number;
	/** Held at customs for missing or wrong export documents. */
	customsHold: boolean;
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
	/** Return credit memos applied to this invoice (the customer pays that much less). */
	memoCredit: number;
	/** An early-payment discount the customer deducted although it paid late (unearned). */
	deduction: number;
};

export type TimelineEntry = { day: number; code: string; text: string };

/** Documents a shipment may need; the packing list and bill of lading come from the WMS and TMS. */
export type DocumentName =
	| 'packing-list'
	| 'bill-of-lading'
	| 'commercial-invoice'
	| 'certificate-of-origin'
	| 'export-license'
	| 'dangerous-goods-declaration'
	| 'hazmat-labels';

export type OrderDocuments = {
	prepared: DocumentName[];
	day: number;
	/** Prepared from the order's data: an uncorrected data error makes them wrong. */
	accurate: boolean;
	/** The export license is granted on this day (null when none is needed). */
	licenseReadyDay: number | null;
};

/** EDI transaction sets (ANSI X12) exchanged with an EDI customer. */
export type EdiSet = '850' | '855' | '856' | '810' | '820' | '180';
export type EdiMessage = { set: EdiSet; day: number; accurate: boolean; text: string };

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
	/** Last day the desk told the customer about a change or a delay. */
	notifiedDay: number | null;
	/** Decisions a person made on this order (rules-engine decisions do not count). */
	touches: number;
	/**
	 * Where delivery (and the risk) passes to the customer, from its Incoterms rule: at the
	 * destination (D rules, and domestic sales), or at origin (E, F and C rules).
	 */
	riskPoint: 'origin' | 'destination';
	documents: OrderDocuments | null;
	/** The EDI messages exchanged about this order, for EDI customers. */
	edi: EdiMessage[];
	/** Times the customer asked where the order is (or why it changed). */
	inquiries: number;
	lastInquiryDay: number | null;
};

export type StockRecord = { onHand: number; allocated: number };

/** A make-to-order lot promised through CTP: it uses components and hours on its start day. */
export type ProductionLot = {
	id: string;
	sku: string;
	qty: number;
	startDay: number;
	readyDay: number;
	started: boolean;
	/** Days the start has slipped for want of components. */
	postponed?: number;
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
	/** Share of delivered units that came back (returns requested so far). */
	returnRateUnits: number | null;
	/** Share of delivered orders with a return. */
	returnRateOrders: number | null;
	exceptionsOpen: number;
	exceptionsMeanAgeDays: number | null;
	/** Why orders failed the perfect order, by cause (an order can fail for several). */
	failureCauses: FailureCauses;
	/** Share of delivered orders that no person had to touch. */
	touchlessRate: number | null;
	/** Measured orders processed without an error escaping into fulfillment or documents. */
	orderAccuracy: number | null;
	/** Customer satisfaction index (0 to 100) over measured orders. */
	satisfaction: number | null;
	inquiries: number;
	/** Handling, freight, corrections, expediting and returns so far. */
	costToServe: number;
	receivables: number;
	payables: number;
	inventoryValue: number;
	dso: number | null;
	dio: number | null;
	dpo: number | null;
	cashToCash: number | null;
	/** Service by customer tier. */
	byTier: Record<
		Tier,
		{
			orders: number;
			fillRateOrder: number | null;
			otif: number | null;
			perfectOrderRate: number | null;
		}
	>;
};

/** Perfect-order failures by cause, counted over the orders measured so far. */
export type FailureCauses = {
	late: number;
	notInFull: number;
	damaged: number;
	documentation: number;
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
	/**
	 * Index of the oldest order not yet past the desk (see `isPastTheDesk`): the day's
	 * fulfilment scans start here, skipping the many delivered orders waiting to be paid.
	 */
	openFrom: number;
	/** KPI tally of settled orders; every order before `upTo` is settled. */
	kpiSettled: { upTo: number; tally: KpiTally };
	kpis: KpiRow[];
	/** Units that entered the world (opening stock, receipts, production), by item. */
	unitsIn: Record<string, number>;
	/** Components used up by production, by item. */
	unitsConsumed: Record<string, number>;
	/** Cash received so far, including payments of opening invoices. */
	cashCollected: number;
	/** The master schedule's receipts, moved when a supplier is late. */
	receipts: ScheduledReceipt[];
	disruptions: Disruption[];
	exceptions: ExceptionRecord[];
	returns: PVec<ReturnRecord>;
	/** Credit limits lowered by credit downgrades, by customer. */
	creditLimits: Record<string, number>;
	/** Units coming back from customers and what became of them, by item. */
	returnedUnits: Record<string, ReturnedUnits>;
	/** Return requests customers will make on a later day (decided, from the seed, at delivery). */
	pendingReturns: {
		orderId: string;
		sku: string;
		qty: number;
		reason: ReturnReason;
		day: number;
	}[];
	/** Return credits paid back in cash because the invoices were already paid. */
	refunds: number;
	/** Value of every invoice raised so far. */
	invoiced: number;
	/** Credits given against invoices: disputes settled and returns credited. */
	creditsGiven: number;
	/** Costs not tied to one order, such as expediting a receipt for stock. */
	otherCosts: number;
	/** Standard cost of goods shipped (a drop shipment at the supplier's price). */
	cogs: number;
	/** What is owed to suppliers for receipts, and when it falls due (day -> amount). */
	payablesOpen: number;
	payablesDue: Record<string, number>;
	/** Cash paid to suppliers so far. */
	cashPaid: number;
	/** Production lots planned so far (their ids count up). */
	lotsPlanned: number;
	/** The share each customer got in its last pro-rata rationing (for the rationing game). */
	shorted: Record<string, number>;
	/** Opening balances, for the cash-to-cash averages. */
	opening: { inventoryValue: number; receivables: number; payables: number };
	/** Unearned discounts customers deducted, waiting to be recovered (day -> amount). */
	deductionsDue: Record<string, number>;
};

export type WorldEvent =
	| { type: 'command.rejected'; command: string; message: string }
	| { type: 'order.entered'; orderId: string; day: number }
	| { type: 'order.changed'; orderId: string; day: number; text: string }
	| { type: 'day.ended'; day: number }
	| { type: 'disruption'; day: number; kind: DisruptionKind; headline: string }
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
	| { type: 'order.ship'; orderId: string; partial?: boolean }
	| { type: 'order.route'; orderId: string; node: string; line?: number }
	| { type: 'order.method'; orderId: string; method: DistributionMethod; line?: number }
	| { type: 'order.document'; orderId: string }
	| { type: 'order.notify'; orderId: string };

export type Command =
	| OrderCommand
	| { type: 'allocation.run'; sku: string; orderIds: string[]; rule?: Policy['allocationRule'] }
	| { type: 'policy.set'; policy: Partial<Policy> }
	| { type: 'day.advance' }
	| {
			type: 'disruption.inject';
			kind: DisruptionKind;
			severity?: number;
			sku?: string;
			customerId?: string;
			days?: number;
	  }
	| { type: 'exception.resolve'; exceptionId: string; action: ExceptionAction }
	| { type: 'return.authorise'; returnId: string }
	| { type: 'return.deny'; returnId: string }
	| { type: 'return.disposition'; returnId: string; disposition: Disposition }
	| { type: 'return.credit'; returnId: string };

export type StepResult = { world: World; events: WorldEvent[] };
