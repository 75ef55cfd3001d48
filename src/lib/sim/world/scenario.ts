/**
 * Scenarios are data: a JSON file in content/scenarios describing the catalog, stocking nodes,
 * customers, demand and the learner's objectives. This schema is the one definition of a valid
 * scenario; its messages name the field at fault so an instructor can fix their own file.
 */
import * as v from 'valibot';

const id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case, like "shortage-week"')
);
const code = v.pipe(
	v.string(),
	v.regex(/^[A-Z0-9][A-Z0-9-]{1,15}$/, 'must be 2-16 capitals, digits or dashes, like "PMP-100"')
);
const whole = (min: number, max = Number.MAX_SAFE_INTEGER) =>
	v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(min), v.maxValue(max));
const amount = v.pipe(v.number(), v.minValue(0, 'must not be negative'), v.finite());
const share = v.pipe(v.number(), v.minValue(0), v.maxValue(1, 'must be between 0 and 1'));
const range = (min: number, max: number) =>
	v.pipe(
		v.tuple([whole(min, max), whole(min, max)]),
		v.check(([a, b]) => a <= b, 'must be [lowest, highest] with lowest first')
	);

export const KPI_NAMES = [
	'fillRateUnit',
	'fillRateLine',
	'fillRateOrder',
	'otif',
	'otifToRequest',
	'perfectOrderRate',
	'perfectOrderProduct',
	'cycleTimeMeanDays',
	'backorderRate',
	'revenue',
	'cashCollected',
	'returnRateUnits',
	'returnRateOrders',
	'exceptionsOpen',
	'orderAccuracy',
	'satisfaction',
	'costToServe',
	'dso',
	'cashToCash',
	'touchlessRate',
	'inquiries'
] as const;
export type KpiName = (typeof KPI_NAMES)[number];

export const PRODUCTION_ENVIRONMENTS = [
	'make-to-stock',
	'assemble-to-order',
	'configure-to-order',
	'make-to-order'
] as const;
export const NODE_KINDS = ['plant', 'dc', 'store', '3pl'] as const;
/** Incoterms 2020: the seven rules for any mode, then the four for sea and inland waterway. */
export const INCOTERMS = [
	'EXW',
	'FCA',
	'CPT',
	'CIP',
	'DAP',
	'DPU',
	'DDP',
	'FAS',
	'FOB',
	'CFR',
	'CIF'
] as const;
export const CHANNELS = ['edi', 'web', 'phone', 'email', 'marketplace', 'store'] as const;
export const ROUTING_RULES = [
	'primary',
	'nearest',
	'lowest-shipping-cost',
	'lowest-cost',
	'fewest-splits',
	'store-pickup'
] as const;

export const POLICY_KEYS = [
	'allocationRule',
	'partialShipments',
	'tierReserve',
	'promiseSafetyStock',
	'automation',
	'cpfr',
	'vmiCustomer',
	'routingRule'
] as const;

export const DISRUPTION_KINDS = [
	'demand-spike',
	'supplier-delay',
	'capacity-loss',
	'carrier-delay',
	'data-quality',
	'product-recall',
	'credit-downgrade'
] as const;

const ItemSchema = v.object({
	sku: code,
	description: v.pipe(v.string(), v.minLength(3)),
	priceBreaks: v.pipe(
		v.array(v.object({ minQty: whole(1), price: v.pipe(amount, v.minValue(0.01)) })),
		v.minLength(1, 'needs at least one price'),
		v.check((b) => b[0]?.minQty === 1, 'the first price break must start at minQty 1'),
		v.check(
			(b) => b.every((x, i) => i === 0 || x.minQty > b[i - 1].minQty),
			'minQty must rise from break to break'
		)
	),
	standardCost: amount,
	packMultiple: v.optional(whole(1), 1),
	/**
	 * Production environment: where the customer order decoupling point sits. Assemble- and
	 * configure-to-order items are finished from stocked modules (their `components`) on the
	 * node's capacity once an order arrives (postponement); make-to-order items are built from
	 * components with a longer lead time. Both are promised by CTP when ATP falls short.
	 */
	environment: v.optional(
		v.picklist(PRODUCTION_ENVIRONMENTS, `must be one of ${PRODUCTION_ENVIRONMENTS.join(', ')}`),
		'make-to-stock'
	),
	/** Critical components of a make-to-order item, by item code held in the node's stock. */
	components: v.optional(
		v.array(v.object({ sku: code, qtyPer: v.pipe(v.number(), v.minValue(0.001)) })),
		[]
	),
	hoursPerUnit: v.optional(amount, 0),
	leadTimeDays: v.optional(whole(0, 30), 0),
	/** Items the customer has agreed may ship instead of this one when it is short. */
	substitutes: v.optional(v.array(code), []),
	/** A supplier that ships this item straight to the customer (drop shipment). */
	dropShip: v.optional(
		v.object({
			/** Days from the order to the supplier's shipment. */
			leadDays: whole(0, 60),
			transitDays: v.optional(whole(0, 30), 3),
			/** Share of its shipments the supplier sends on the promised day. */
			onTimeRate: v.optional(share, 0.9),
			/** What the supplier charges per unit (it replaces the standard cost). */
			unitCost: amount,
			feePerShipment: v.optional(amount, 0)
		})
	),
	weight: v.optional(amount, 1),
	hazmat: v.optional(v.boolean(), false),
	exportControlled: v.optional(v.boolean(), false)
});

const NodeSchema = v.object({
	id: code,
	name: v.pipe(v.string(), v.minLength(2)),
	kind: v.optional(v.picklist(NODE_KINDS, `must be one of ${NODE_KINDS.join(', ')}`), 'dc'),
	/** The region the node sits in (lanes give transit from it to each customer region). */
	region: v.optional(v.pipe(v.string(), v.minLength(2)), 'home'),
	handlingCostPerShipment: v.optional(amount, 0),
	pickCostPerUnit: v.optional(amount, 0),
	onHand: v.record(code, whole(0)),
	safetyStock: v.optional(v.record(code, whole(0)), {}),
	receipts: v.optional(v.array(v.object({ day: whole(1), sku: code, qty: whole(1) })), []),
	capacityHoursPerDay: v.optional(amount, 0),
	handlingDays: v.optional(whole(0, 5), 0)
});

const CustomerSchema = v.object({
	id: code,
	name: v.pipe(v.string(), v.minLength(2)),
	tier: v.picklist(['strategic', 'key', 'standard'], 'must be strategic, key or standard'),
	channel: v.picklist(CHANNELS, `must be one of ${CHANNELS.join(', ')}`),
	region: v.optional(v.pipe(v.string(), v.minLength(2)), 'home'),
	/** The store a buy-online-pick-up-in-store customer collects from. */
	pickupNode: v.optional(code),
	creditLimit: amount,
	openReceivables: v.optional(amount, 0),
	terms: v.optional(
		v.object({
			discountPercent: v.pipe(amount, v.maxValue(10)),
			discountDays: whole(0, 60),
			netDays: whole(1, 120)
		}),
		{ discountPercent: 0, discountDays: 0, netDays: 30 }
	),
	shipPreference: v.optional(v.picklist(['ship-complete', 'ship-partial']), 'ship-partial'),
	transitDays: v.optional(whole(0, 20), 2),
	acceptsEarlyDelivery: v.optional(v.boolean(), false),
	averageLineQty: v.optional(v.pipe(v.number(), v.minValue(1)), 20),
	/** Days after the due day this customer usually pays, lowest and highest. */
	paysLateDays: v.optional(range(-30, 60), [0, 0]),
	/** Share of invoices on which this customer takes an early-payment discount. */
	takesDiscount: v.optional(share, 0),
	/** Share of late payments on which it deducts the discount anyway (an unearned discount). */
	deductsLateDiscount: v.optional(share, 0),
	/** Agreed prices by item, instead of the price list (a contract). */
	contractPrices: v.optional(v.record(code, v.pipe(amount, v.minValue(0.01))), {}),
	/** A standing discount off the price list, in percent. */
	discountPercent: v.optional(v.pipe(amount, v.maxValue(50)), 0),
	/** An international customer needs export documents; its Incoterms rule sets where risk passes. */
	international: v.optional(v.boolean(), false),
	incoterm: v.optional(
		v.picklist(INCOTERMS, `must be an Incoterms 2020 rule: ${INCOTERMS.join(', ')}`)
	),
	/** CRM facts: the credit rating, complaints on record and orders placed before. */
	creditRating: v.optional(v.picklist(['A', 'B', 'C'], 'must be A, B or C'), 'B'),
	pastComplaints: v.optional(whole(0, 100), 0),
	orderHistory: v.optional(whole(0, 100_000), 0)
});

const PlantedErrorSchema = v.picklist([
	'unknown-sku',
	'pack-multiple',
	'stale-price',
	'missing-ship-to',
	'keying-error'
]);

const ScriptedOrderSchema = v.object({
	day: whole(1),
	customer: code,
	lines: v.pipe(v.array(v.object({ sku: code, qty: whole(1) })), v.minLength(1)),
	requestedDay: whole(1),
	errors: v.optional(v.array(PlantedErrorSchema), [])
});

export const ScenarioSchema = v.object({
	id,
	title: v.pipe(v.string(), v.minLength(5), v.maxLength(80)),
	summary: v.pipe(v.string(), v.minLength(20), v.maxLength(300)),
	topics: v.pipe(v.array(whole(1, 20)), v.minLength(1, 'must name at least one topic')),
	difficulty: v.picklist(['introductory', 'intermediate', 'advanced']),
	days: whole(1, 90),
	seed: whole(0, 2 ** 31 - 1),
	briefing: v.pipe(v.array(v.pipe(v.string(), v.minLength(10))), v.minLength(1)),
	objectives: v.pipe(
		v.array(
			v.object({
				kpi: v.picklist(KPI_NAMES, `must be one of ${KPI_NAMES.join(', ')}`),
				target: v.number(),
				direction: v.optional(v.picklist(['at-least', 'at-most']), 'at-least')
			})
		),
		v.minLength(1)
	),
	policies: v.optional(
		v.object({
			allocationRule: v.optional(v.picklist(['fcfs', 'pro-rata', 'priority']), 'fcfs'),
			partialShipments: v.optional(v.boolean(), true),
			tierReserve: v.optional(whole(0), 0),
			promiseSafetyStock: v.optional(v.boolean(), false),
			automation: v.optional(v.picklist(['manual', 'rules']), 'manual'),
			cpfr: v.optional(v.boolean(), false),
			vmiCustomer: v.optional(v.nullable(code), null),
			routingRule: v.optional(v.picklist(ROUTING_RULES), 'primary')
		}),
		{}
	),
	adjustablePolicies: v.optional(v.array(v.picklist(POLICY_KEYS)), []),
	demandTimeFenceDays: v.optional(whole(0, 30), 0),
	/** Chance that a shipment arrives a day later than planned. */
	carrierDelayRate: v.optional(share, 0.03),
	/** Chance that a shipment arrives damaged. */
	damageRate: v.optional(share, 0.01),
	/** Chance that a supplier receipt arrives on its planned day (CPFR halves the misses). */
	supplierOnTimeRate: v.optional(share, 1),
	/** Customer returns: chance a delivered order comes back, the return window and warranty. */
	returns: v.optional(
		v.object({
			rate: v.optional(share, 0),
			windowDays: v.optional(whole(1, 365), 30),
			warrantyDays: v.optional(whole(0, 3650), 365),
			/** Value recovered by liquidation, as a share of standard cost. */
			liquidationRecovery: v.optional(share, 0.3),
			refurbishCost: v.optional(share, 0.2),
			transitDays: v.optional(whole(0, 20), 2),
			/** Return freight paid for each authorized return. */
			freightCost: v.optional(amount, 25),
			recycleCostPerUnit: v.optional(amount, 1)
		}),
		{}
	),
	/** Disruptions that play on given days (an instructor can add more in class). */
	disruptions: v.optional(
		v.array(
			v.object({
				day: whole(1),
				kind: v.picklist(DISRUPTION_KINDS, `must be one of ${DISRUPTION_KINDS.join(', ')}`),
				severity: v.optional(share, 0.5),
				days: v.optional(whole(1, 30), 3),
				sku: v.optional(code),
				customer: v.optional(code)
			})
		),
		[]
	),
	catalog: v.pipe(v.array(ItemSchema), v.minLength(1)),
	components: v.optional(
		v.array(v.object({ sku: code, description: v.string(), standardCost: amount })),
		[]
	),
	nodes: v.pipe(v.array(NodeSchema), v.minLength(1)),
	/** Transit days and parcel cost from each node to each customer region. */
	lanes: v.optional(
		v.array(
			v.object({
				from: code,
				region: v.pipe(v.string(), v.minLength(2)),
				transitDays: whole(0, 30),
				parcelCost: v.optional(amount, 0)
			})
		),
		[]
	),
	customers: v.pipe(v.array(CustomerSchema), v.minLength(1)),
	demand: v.object({
		ordersPerDay: v.union([amount, v.array(amount)]),
		linesPerOrder: v.optional(range(1, 10), [1, 2]),
		items: v.record(code, amount),
		lineQty: range(1, 100_000),
		requestedLeadDays: v.optional(range(0, 60), [2, 5]),
		errorRate: v.optional(share, 0),
		/** Daily chance that a promised order's customer asks to change it. */
		changeRate: v.optional(share, 0),
		/**
		 * The rationing game: customers shorted by pro-rata allocation inflate their next
		 * orders (by the inverse of the share they got, up to double), hoping for more.
		 */
		rationingGame: v.optional(v.boolean(), false),
		customerWeights: v.optional(v.record(code, amount), {})
	}),
	scriptedOrders: v.optional(v.array(ScriptedOrderSchema), []),
	debrief: v.pipe(v.array(v.pipe(v.string(), v.minLength(10))), v.minLength(1))
});

export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type ScenarioItem = Scenario['catalog'][number];
export type ScenarioCustomer = Scenario['customers'][number];
export type ScenarioNode = Scenario['nodes'][number];

export type ScenarioIssue = { field: string; message: string };
export type ScenarioResult =
	{ ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/** Valibot's messages rephrased for someone editing the file. Custom messages pass through. */
function humanize(issue: v.BaseIssue<unknown>): string {
	if (!issue.message.startsWith('Invalid')) return issue.message;
	const requirement = (issue as { requirement?: unknown }).requirement;
	switch (issue.type) {
		case 'object':
		case 'strict_object':
			return issue.received === 'undefined' ? 'is required' : `unexpected field`;
		case 'min_value':
			return `must be at least ${String(requirement)} (got ${issue.received})`;
		case 'max_value':
			return `must be at most ${String(requirement)} (got ${issue.received})`;
		case 'min_length':
			return `must have at least ${String(requirement)} item(s) or character(s)`;
		case 'max_length':
			return `must have at most ${String(requirement)} item(s) or character(s)`;
		case 'integer':
			return `must be a whole number (got ${issue.received})`;
		default:
			return issue.received === 'undefined'
				? 'is required'
				: `must be ${issue.expected === null ? 'valid' : `a ${issue.expected}`} (got ${issue.received})`;
	}
}

/** Validates scenario data: the schema, then the references between its parts. */
export function parseScenario(data: unknown): ScenarioResult {
	const parsed = v.safeParse(ScenarioSchema, data, { abortPipeEarly: true });
	if (!parsed.success) {
		return {
			ok: false,
			issues: parsed.issues.map((issue) => {
				const field = issue.path?.map((p) => String(p.key)).join('.') || '(file)';
				return { field, message: humanize(issue) };
			})
		};
	}
	const issues = crossCheck(parsed.output);
	return issues.length ? { ok: false, issues } : { ok: true, scenario: parsed.output };
}

function crossCheck(s: Scenario): ScenarioIssue[] {
	const issues: ScenarioIssue[] = [];
	const items = new Set(s.catalog.map((i) => i.sku));
	const components = new Set(s.components.map((c) => c.sku));
	const stockable = new Set([...items, ...components]);
	const customers = new Set(s.customers.map((c) => c.id));
	const unique = (list: string[], field: string) =>
		list.forEach((x, i) => {
			if (list.indexOf(x) !== i)
				issues.push({ field: `${field}.${i}`, message: `"${x}" appears twice` });
		});
	unique(
		s.catalog.map((i) => i.sku),
		'catalog'
	);
	unique(
		s.nodes.map((n) => n.id),
		'nodes'
	);
	unique(
		s.customers.map((c) => c.id),
		'customers'
	);
	s.catalog.forEach((item, i) =>
		item.substitutes.forEach((sku, j) => {
			if (!items.has(sku) || sku === item.sku)
				issues.push({
					field: `catalog.${i}.substitutes.${j}`,
					message:
						sku === item.sku
							? 'an item cannot substitute for itself'
							: `no item "${sku}" in the catalog`
				});
		})
	);
	s.catalog.forEach((item, i) =>
		item.components.forEach((c, j) => {
			if (!components.has(c.sku))
				issues.push({
					field: `catalog.${i}.components.${j}.sku`,
					message: `no component "${c.sku}" in components`
				});
		})
	);
	s.nodes.forEach((node, i) => {
		for (const sku of Object.keys(node.onHand)) {
			if (!stockable.has(sku))
				issues.push({
					field: `nodes.${i}.onHand.${sku}`,
					message: `no item or component "${sku}"`
				});
		}
		node.receipts.forEach((r, j) => {
			if (!stockable.has(r.sku))
				issues.push({
					field: `nodes.${i}.receipts.${j}.sku`,
					message: `no item or component "${r.sku}"`
				});
			// Receipts after the last day still count for promising, up to the planning horizon.
			if (r.day > s.days + 30)
				issues.push({
					field: `nodes.${i}.receipts.${j}.day`,
					message: `day ${r.day} is beyond the planning horizon (day ${s.days + 30})`
				});
		});
	});
	for (const sku of Object.keys(s.demand.items)) {
		if (!items.has(sku))
			issues.push({ field: `demand.items.${sku}`, message: `no item "${sku}" in the catalog` });
	}
	for (const id of Object.keys(s.demand.customerWeights)) {
		if (!customers.has(id))
			issues.push({ field: `demand.customerWeights.${id}`, message: `no customer "${id}"` });
	}
	if (Array.isArray(s.demand.ordersPerDay) && s.demand.ordersPerDay.length !== s.days) {
		issues.push({
			field: 'demand.ordersPerDay',
			message: `lists ${s.demand.ordersPerDay.length} days; the scenario has ${s.days}`
		});
	}
	const nodeIds = new Set(s.nodes.map((n) => n.id));
	s.lanes.forEach((lane, i) => {
		if (!nodeIds.has(lane.from))
			issues.push({ field: `lanes.${i}.from`, message: `no node "${lane.from}"` });
	});
	s.customers.forEach((c, i) => {
		if (c.pickupNode && !nodeIds.has(c.pickupNode))
			issues.push({ field: `customers.${i}.pickupNode`, message: `no node "${c.pickupNode}"` });
		for (const sku of Object.keys(c.contractPrices)) {
			if (!items.has(sku))
				issues.push({
					field: `customers.${i}.contractPrices.${sku}`,
					message: `no item "${sku}" in the catalog`
				});
		}
		if (c.incoterm && !c.international)
			issues.push({
				field: `customers.${i}.incoterm`,
				message: 'Incoterms apply to international sales: set international to true'
			});
	});
	s.catalog.forEach((item, i) => {
		if (item.environment !== 'make-to-stock' && !item.components.length && !item.hoursPerUnit)
			issues.push({
				field: `catalog.${i}.environment`,
				message: `a ${item.environment} item needs components or hoursPerUnit to be made`
			});
	});
	s.disruptions.forEach((d, i) => {
		if (d.day > s.days)
			issues.push({
				field: `disruptions.${i}.day`,
				message: `day ${d.day} is after the last day (${s.days})`
			});
		if (d.sku && !items.has(d.sku))
			issues.push({ field: `disruptions.${i}.sku`, message: `no item "${d.sku}" in the catalog` });
		if (d.customer && !customers.has(d.customer))
			issues.push({ field: `disruptions.${i}.customer`, message: `no customer "${d.customer}"` });
	});
	if (s.policies.vmiCustomer && !customers.has(s.policies.vmiCustomer)) {
		issues.push({
			field: 'policies.vmiCustomer',
			message: `no customer "${s.policies.vmiCustomer}"`
		});
	}
	s.scriptedOrders.forEach((o, i) => {
		if (!customers.has(o.customer))
			issues.push({
				field: `scriptedOrders.${i}.customer`,
				message: `no customer "${o.customer}"`
			});
		if (o.day > s.days)
			issues.push({
				field: `scriptedOrders.${i}.day`,
				message: `day ${o.day} is after the last day (${s.days})`
			});
		if (o.requestedDay < o.day)
			issues.push({
				field: `scriptedOrders.${i}.requestedDay`,
				message: 'is before the day the order arrives'
			});
		o.lines.forEach((l, j) => {
			if (!items.has(l.sku)) {
				issues.push({
					field: `scriptedOrders.${i}.lines.${j}.sku`,
					message: `no item "${l.sku}" in the catalog`
				});
			}
		});
	});
	return issues;
}
