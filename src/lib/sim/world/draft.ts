/**
 * The private, mutable copy of a world that one step works on. Nothing is copied up front:
 * each order, stock record or account is copied the first time the step changes it, and the
 * frozen result shares everything untouched with the world it came from. If the step fails,
 * the draft is thrown away and the original world is returned unchanged.
 */
import { nextFloat, nextInt } from '../rng';
import { VecDraft } from './pvec';
import type {
	ExceptionRecord,
	NodeState,
	Order,
	ReturnedUnits,
	ReturnRecord,
	ScheduledReceipt,
	StockRecord,
	World
} from './types';

export class WorldDraft {
	readonly base: World;
	readonly orders: VecDraft<Order>;
	private ownedOrders = new Set<number>();
	private nodes: Record<string, NodeState>;
	private ownedNodes = new Set<string>();
	private ownedStock = new Set<string>();
	private ownedCommitted = new Set<string>();
	private accounts: World['accounts'];
	private ownedAccounts = new Set<string>();
	fields: Pick<
		World,
		| 'rng'
		| 'day'
		| 'ended'
		| 'policy'
		| 'kpis'
		| 'unitsIn'
		| 'unitsConsumed'
		| 'cashCollected'
		| 'openingInvoices'
		| 'activeFrom'
		| 'openFrom'
		| 'kpiSettled'
		| 'receipts'
		| 'disruptions'
		| 'exceptions'
		| 'creditLimits'
		| 'returnedUnits'
		| 'refunds'
		| 'invoiced'
		| 'creditsGiven'
		| 'otherCosts'
		| 'pendingReturns'
		| 'cogs'
		| 'payablesOpen'
		| 'payablesDue'
		| 'cashPaid'
		| 'deductionsDue'
		| 'shorted'
		| 'lotsPlanned'
	>;
	readonly returns: VecDraft<ReturnRecord>;
	private ownedReturns = new Set<number>();

	constructor(world: World) {
		this.base = world;
		this.orders = new VecDraft(world.orders);
		this.nodes = world.nodes;
		this.accounts = world.accounts;
		this.fields = {
			rng: world.rng,
			day: world.day,
			ended: world.ended,
			policy: world.policy,
			kpis: world.kpis,
			unitsIn: world.unitsIn,
			unitsConsumed: world.unitsConsumed,
			cashCollected: world.cashCollected,
			openingInvoices: world.openingInvoices,
			activeFrom: world.activeFrom,
			openFrom: world.openFrom,
			kpiSettled: world.kpiSettled,
			receipts: world.receipts,
			disruptions: world.disruptions,
			exceptions: world.exceptions,
			creditLimits: world.creditLimits,
			returnedUnits: world.returnedUnits,
			refunds: world.refunds,
			invoiced: world.invoiced,
			creditsGiven: world.creditsGiven,
			otherCosts: world.otherCosts,
			pendingReturns: world.pendingReturns,
			cogs: world.cogs,
			payablesOpen: world.payablesOpen,
			payablesDue: world.payablesDue,
			cashPaid: world.cashPaid,
			deductionsDue: world.deductionsDue,
			shorted: world.shorted,
			lotsPlanned: world.lotsPlanned
		};
		this.returns = new VecDraft(world.returns);
	}

	get day() {
		return this.fields.day;
	}

	get scenario() {
		return this.base.scenario;
	}

	/** A uniform draw in [0, 1) from the world's generator. */
	random(): number {
		const [value, next] = nextFloat(this.fields.rng);
		this.fields.rng = next;
		return value;
	}

	randomInt(min: number, max: number): number {
		const [value, next] = nextInt(this.fields.rng, min, max);
		this.fields.rng = next;
		return value;
	}

	order(index: number): Order | undefined {
		return this.orders.get(index);
	}

	/** The order at `index`, copied once per step so it can be changed in place. */
	mutableOrder(index: number): Order {
		const order = this.orders.get(index);
		if (!order) throw new RangeError(`no order at ${index}`);
		if (this.ownedOrders.has(index)) return order;
		const copy: Order = {
			...order,
			lines: order.lines.map((l) => ({ ...l })),
			findings: [...order.findings],
			escaped: [...order.escaped],
			state: { ...order.state },
			shipments: order.shipments.map((s) => ({ ...s })),
			invoices: order.invoices.map((i) => ({ ...i })),
			timeline: [...order.timeline],
			edi: order.edi
		};
		this.orders.set(index, copy);
		this.ownedOrders.add(index);
		return copy;
	}

	addOrder(order: Order): void {
		const index = this.orders.push(order);
		this.ownedOrders.add(index);
	}

	node(id: string): NodeState {
		return this.nodes[id];
	}

	private mutableNode(id: string): NodeState {
		if (!this.ownedNodes.has(id)) {
			if (this.nodes === this.base.nodes) this.nodes = { ...this.nodes };
			const node = this.nodes[id];
			this.nodes[id] = {
				...node,
				stock: { ...node.stock },
				committed: { ...node.committed },
				lots: node.lots
			};
			this.ownedNodes.add(id);
		}
		return this.nodes[id];
	}

	stock(nodeId: string, sku: string): StockRecord {
		const key = `${nodeId}\u0000${sku}`;
		const node = this.mutableNode(nodeId);
		if (!this.ownedStock.has(key)) {
			node.stock[sku] = { ...(node.stock[sku] ?? { onHand: 0, allocated: 0 }) };
			this.ownedStock.add(key);
		}
		return node.stock[sku];
	}

	committed(nodeId: string, sku: string): number[] {
		const key = `${nodeId}\u0000${sku}`;
		const node = this.mutableNode(nodeId);
		if (!this.ownedCommitted.has(key)) {
			const length = node.hoursReserved.length;
			node.committed[sku] = node.committed[sku]
				? [...node.committed[sku]]
				: new Array(length).fill(0);
			this.ownedCommitted.add(key);
		}
		return node.committed[sku];
	}

	hoursReserved(nodeId: string): number[] {
		const node = this.mutableNode(nodeId);
		if (!this.ownedStock.has(`${nodeId}\u0000#hours`)) {
			node.hoursReserved = [...node.hoursReserved];
			this.ownedStock.add(`${nodeId}\u0000#hours`);
		}
		return node.hoursReserved;
	}

	lots(nodeId: string): NodeState['lots'] {
		const node = this.mutableNode(nodeId);
		if (!this.ownedStock.has(`${nodeId}\u0000#lots`)) {
			node.lots = node.lots.map((l) => ({ ...l }));
			this.ownedStock.add(`${nodeId}\u0000#lots`);
		}
		return node.lots;
	}

	account(customerId: string) {
		if (!this.ownedAccounts.has(customerId)) {
			if (this.accounts === this.base.accounts) this.accounts = { ...this.accounts };
			this.accounts[customerId] = {
				...(this.accounts[customerId] ?? { receivables: 0, uninvoiced: 0 })
			};
			this.ownedAccounts.add(customerId);
		}
		return this.accounts[customerId];
	}

	readAccount(customerId: string) {
		return this.accounts[customerId] ?? { receivables: 0, uninvoiced: 0 };
	}

	/** The return at `index`, copied once per step so it can be changed in place. */
	mutableReturn(index: number): ReturnRecord {
		const record = this.returns.get(index);
		if (!record) throw new RangeError(`no return at ${index}`);
		if (this.ownedReturns.has(index)) return record;
		const copy: ReturnRecord = {
			...record,
			screening: { ...record.screening },
			timeline: [...record.timeline]
		};
		this.returns.set(index, copy);
		this.ownedReturns.add(index);
		return copy;
	}

	addReturn(record: ReturnRecord): void {
		this.ownedReturns.add(this.returns.push(record));
	}

	/** The returned-units record of an item, copied once per step. */
	returned(sku: string): ReturnedUnits {
		if (this.fields.returnedUnits === this.base.returnedUnits)
			this.fields.returnedUnits = { ...this.fields.returnedUnits };
		if (!this.ownedStock.has(`#returned\u0000${sku}`)) {
			this.fields.returnedUnits[sku] = {
				...(this.fields.returnedUnits[sku] ?? {
					shippedBack: 0,
					inTransit: 0,
					held: 0,
					refurbishing: 0,
					disposedOut: 0
				})
			};
			this.ownedStock.add(`#returned\u0000${sku}`);
		}
		return this.fields.returnedUnits[sku];
	}

	/** The receipts list, copied once per step before a change. */
	mutableReceipts(): ScheduledReceipt[] {
		if (!this.ownedStock.has('#receipts')) {
			this.fields.receipts = this.fields.receipts.map((r) => ({ ...r }));
			this.ownedStock.add('#receipts');
		}
		return this.fields.receipts;
	}

	/** The exceptions list, copied once per step before a change. */
	mutableExceptions(): ExceptionRecord[] {
		if (!this.ownedStock.has('#exceptions')) {
			this.fields.exceptions = this.fields.exceptions.map((e) => ({ ...e }));
			this.ownedStock.add('#exceptions');
		}
		return this.fields.exceptions;
	}

	private cachedView: World | null = null;

	/**
	 * The world as it stands mid-step for calculations that read the scenario, policy, day,
	 * receipts, disruptions, credit limits or accounts (orders, nodes and returns are read
	 * through the draft itself). Validation and promising call it for every order, so it is
	 * rebuilt only when one of those fields has changed.
	 */
	view(): World {
		const f = this.fields;
		const c = this.cachedView;
		if (
			c &&
			c.day === f.day &&
			c.policy === f.policy &&
			c.receipts === f.receipts &&
			c.disruptions === f.disruptions &&
			c.creditLimits === f.creditLimits &&
			c.accounts === this.accounts
		)
			return c;
		return (this.cachedView = { ...this.base, ...f, accounts: this.accounts });
	}

	freeze(): World {
		return {
			...this.base,
			...this.fields,
			returns: this.returns.freeze(),
			orders: this.orders.freeze(),
			nodes: this.nodes,
			accounts: this.accounts
		};
	}
}
