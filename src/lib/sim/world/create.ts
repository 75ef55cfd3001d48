/** A new world for a scenario and seed, at the start of day 1 with its first orders in. */
import { seedRng } from '../rng';
import { receiveOrders } from './arrivals';
import { WorldDraft } from './draft';
import { inventoryValue } from './cash';
import { playScriptedDisruptions } from './disruptions';
import { receiveSupply } from './fulfilment';
import { emptyTally } from './kpi';
import { emptyVec } from './pvec';
import { HORIZON_EXTRA_DAYS, round2 } from './lookup';
import type { Scenario } from './scenario';
import type { NodeState, Policy, World, WorldEvent } from './types';

export function createWorld(
	scenario: Scenario,
	seed: number = scenario.seed,
	policy?: Partial<Policy>
): World {
	const length = scenario.days + HORIZON_EXTRA_DAYS;
	const nodes: Record<string, NodeState> = {};
	const unitsIn: Record<string, number> = {};
	for (const node of scenario.nodes) {
		nodes[node.id] = {
			stock: Object.fromEntries(
				Object.entries(node.onHand).map(([sku, qty]) => [sku, { onHand: qty, allocated: 0 }])
			),
			lots: [],
			committed: {},
			hoursReserved: new Array(length).fill(0)
		};
		for (const [sku, qty] of Object.entries(node.onHand)) unitsIn[sku] = (unitsIn[sku] ?? 0) + qty;
	}
	const base: World = {
		scenario,
		seed,
		rng: seedRng(seed),
		day: 1,
		ended: false,
		policy: {
			allocationRule: scenario.policies.allocationRule,
			partialShipments: scenario.policies.partialShipments,
			tierReserve: scenario.policies.tierReserve,
			promiseSafetyStock: scenario.policies.promiseSafetyStock,
			automation: scenario.policies.automation ?? 'manual',
			cpfr: scenario.policies.cpfr ?? false,
			vmiCustomer: scenario.policies.vmiCustomer ?? null,
			routingRule: scenario.policies.routingRule ?? 'primary',
			...policy
		},
		nodes,
		accounts: Object.fromEntries(
			scenario.customers.map((c) => [
				c.id,
				{ receivables: round2(c.openReceivables), uninvoiced: 0 }
			])
		),
		openingInvoices: [],
		orders: emptyVec(),
		activeFrom: 0,
		openFrom: 0,
		kpiSettled: { upTo: 0, tally: emptyTally() },
		kpis: [],
		unitsIn,
		unitsConsumed: {},
		cashCollected: 0,
		receipts: scenario.nodes
			.flatMap((n) =>
				n.receipts.map((r) => ({
					node: n.id,
					sku: r.sku,
					qty: r.qty,
					plannedDay: r.day,
					day: r.day,
					arrived: false,
					shortBy: 0,
					balance: false
				}))
			)
			.sort((a, b) => a.day - b.day || a.node.localeCompare(b.node) || a.sku.localeCompare(b.sku)),
		disruptions: [],
		exceptions: [],
		returns: emptyVec(),
		creditLimits: {},
		returnedUnits: {},
		pendingReturns: [],
		cogs: 0,
		payablesOpen: 0,
		payablesDue: {},
		cashPaid: 0,
		opening: { inventoryValue: 0, receivables: 0, payables: 0 },
		deductionsDue: {},
		shorted: {},
		lotsPlanned: 0,
		refunds: 0,
		invoiced: 0,
		creditsGiven: 0,
		otherCosts: 0
	};
	base.opening = {
		inventoryValue: inventoryValue(base),
		receivables: round2(scenario.customers.reduce((s, c) => s + c.openReceivables, 0)),
		payables: 0
	};
	const draft = new WorldDraft(base);
	// Receivables carried in from before day 1 are paid across the customer's terms.
	draft.fields.openingInvoices = scenario.customers
		.filter((c) => c.openReceivables > 0)
		.map((c) => ({
			customerId: c.id,
			amount: round2(c.openReceivables),
			payDay: Math.max(
				1,
				draft.randomInt(1, c.terms.netDays) + draft.randomInt(c.paysLateDays[0], c.paysLateDays[1])
			),
			paidDay: null
		}));
	const events: WorldEvent[] = [];
	playScriptedDisruptions(draft, events);
	receiveSupply(draft, 1);
	receiveOrders(draft, events);
	return draft.freeze();
}
