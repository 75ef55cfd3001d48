/**
 * Disruptions a scenario scripts or an instructor plays: each hits the world for a few days
 * and carries a one-line headline for the learners' screens and the debrief. The kinds that
 * act at once (a supplier or carrier delay, a recall, a credit downgrade) change the world
 * when played; the others (a demand spike, a capacity loss, a data-quality incident) are read
 * by arrivals and promising while their window lasts.
 */
import type { WorldDraft } from './draft';
import { raiseException } from './exceptions';
import { customerOf } from './lookup';
import { requestReturn } from './returns';
import type { Disruption, DisruptionKind, World, WorldEvent } from './types';

export type DisruptionSpec = {
	kind: DisruptionKind;
	severity?: number;
	sku?: string;
	customerId?: string;
	days?: number;
};

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** Extra days a delay disruption adds: 1 to 5 by severity. */
export function delayDays(severity: number): number {
	return Math.max(1, Math.round(severity * 5));
}

/** The combined severity of a kind of disruption active on `day` (0 when none). */
export function activeSeverity(
	world: Pick<World, 'disruptions'>,
	kind: DisruptionKind,
	day: number
): number {
	let total = 0;
	for (const d of world.disruptions) {
		if (d.kind === kind && d.day <= day && day <= d.untilDay) total += d.severity;
	}
	return total;
}

function headline(d: Omit<Disruption, 'headline'>, customerName: string): string {
	const span = d.untilDay > d.day ? `days ${d.day} to ${d.untilDay}` : `day ${d.day}`;
	switch (d.kind) {
		case 'demand-spike':
			return `Demand spike: orders run ${pct(d.severity)} above plan, ${span}.`;
		case 'supplier-delay':
			return `Supplier delay: ${d.sku ?? 'all'} receipts due ${span} arrive ${delayDays(d.severity)} day(s) late.`;
		case 'capacity-loss':
			return `Capacity loss: the plant loses ${pct(d.severity)} of its hours, ${span}.`;
		case 'carrier-delay':
			return `Carrier delay: shipments on the road and those leaving ${span} take ${delayDays(d.severity)} more day(s).`;
		case 'data-quality':
			return `Data-quality incident: a bad master-data load puts errors on many more incoming orders, ${span}.`;
		case 'product-recall':
			return `Product recall: customers send back ${pct(d.severity)} of the ${d.sku} delivered, and ${pct(d.severity)} of the free ${d.sku} in stock is quarantined.`;
		case 'credit-downgrade':
			return `Credit downgrade: ${customerName}'s credit limit is cut by ${pct(d.severity)}.`;
	}
}

/** The item delivered most so far: what a recall with no item named hits. */
function mostDelivered(draft: WorldDraft): string {
	const counts = new Map<string, number>();
	for (let i = 0; i < draft.orders.size; i++) {
		for (const s of draft.order(i)!.shipments) {
			if (s.deliveredDay === null) continue;
			for (const l of s.lines) counts.set(l.sku, (counts.get(l.sku) ?? 0) + l.qty);
		}
	}
	const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	return ranked[0]?.[0] ?? draft.scenario.catalog[0].sku;
}

/**
 * The recalled batch is on our shelves too: the same share of each node's free stock is
 * quarantined and goes back to the maker, so it can no longer be promised or allocated. The
 * world keeps no lot numbers, so it cannot tell which allocated units came from the batch:
 * those stay with their orders. The maker credits what goes back, so no cost falls on the desk.
 * The orders that now cannot ship raise their own stockout exceptions at day end.
 */
function quarantine(draft: WorldDraft, sku: string, severity: number): void {
	for (const nodeId of Object.keys(draft.base.nodes)) {
		const current = draft.node(nodeId).stock[sku];
		if (!current) continue;
		const units = Math.round((current.onHand - current.allocated) * severity);
		if (units <= 0) continue;
		draft.stock(nodeId, sku).onHand -= units;
		draft.returned(sku).disposedOut += units;
	}
}

/** Plays a disruption on the draft world now; returns a message if it cannot be played. */
export function injectDisruption(
	draft: WorldDraft,
	spec: DisruptionSpec,
	events: WorldEvent[]
): string | null {
	const scenario = draft.scenario;
	const severity = spec.severity ?? 0.5;
	if (!(severity > 0 && severity <= 1)) return 'Severity must be more than 0 and at most 1.';
	if (spec.sku && !scenario.catalog.some((i) => i.sku === spec.sku))
		return `There is no item ${spec.sku} in this scenario.`;
	if (spec.customerId && !scenario.customers.some((c) => c.id === spec.customerId))
		return `There is no customer ${spec.customerId} in this scenario.`;
	const day = draft.day;
	const days = spec.days ?? 3;
	const sku =
		spec.kind === 'product-recall' ? (spec.sku ?? mostDelivered(draft)) : (spec.sku ?? null);
	let customerId = spec.customerId ?? null;
	if (spec.kind === 'credit-downgrade' && !customerId) {
		// With no customer named, the non-strategic account with the largest limit is downgraded.
		const candidates = scenario.customers.filter((c) => c.tier !== 'strategic');
		const pool = candidates.length ? candidates : scenario.customers;
		customerId = pool.reduce((a, c) => (c.creditLimit > a.creditLimit ? c : a)).id;
	}
	const base = { kind: spec.kind, severity, day, untilDay: day + days - 1, sku, customerId };
	const name = customerId ? customerOf(draft.base, customerId).name : '';
	const disruption: Disruption = { ...base, headline: headline(base, name) };

	switch (spec.kind) {
		case 'supplier-delay': {
			const late = delayDays(severity);
			for (const r of draft.mutableReceipts()) {
				if (r.arrived || (sku && r.sku !== sku) || r.day < day || r.day > disruption.untilDay)
					continue;
				r.day += late;
				raiseException(draft, {
					kind: 'late-supplier-receipt',
					sku: r.sku,
					severity: 2,
					text: `${r.qty} ${r.sku} due on day ${r.day - late} now comes on day ${r.day}.`
				});
			}
			break;
		}
		case 'carrier-delay': {
			const late = delayDays(severity);
			for (let i = draft.fields.openFrom; i < draft.orders.size; i++) {
				if (!draft.order(i)!.shipments.some((s) => s.deliveredDay === null)) continue;
				const order = draft.mutableOrder(i);
				for (const s of order.shipments) {
					if (s.deliveredDay !== null) continue;
					s.plannedDeliveryDay += late;
					s.delayDays += late;
					s.delayCause = 'carrier';
				}
				raiseException(draft, {
					kind: 'carrier-delay',
					orderId: order.id,
					severity: 2,
					text: `${order.id}'s shipment is held up by the carrier: ${late} more day(s).`
				});
			}
			break;
		}
		case 'product-recall': {
			for (let i = 0; i < draft.orders.size; i++) {
				const order = draft.order(i)!;
				let qty = 0;
				for (const s of order.shipments) {
					if (s.deliveredDay === null) continue;
					for (const l of s.lines) if (l.sku === sku) qty += l.qty;
				}
				const units = Math.round(qty * severity);
				if (units > 0) requestReturn(draft, order, sku!, units, 'recall');
			}
			quarantine(draft, sku!, severity);
			break;
		}
		case 'credit-downgrade': {
			const customer = customerOf(draft.base, customerId!);
			const current = draft.fields.creditLimits[customer.id] ?? customer.creditLimit;
			draft.fields.creditLimits = {
				...draft.fields.creditLimits,
				[customer.id]: Math.round(current * (1 - severity))
			};
			break;
		}
		default:
			break;
	}
	draft.fields.disruptions = [...draft.fields.disruptions, disruption];
	events.push({ type: 'disruption', day, kind: spec.kind, headline: disruption.headline });
	return null;
}

/** The scenario's scripted disruptions for today. */
export function playScriptedDisruptions(draft: WorldDraft, events: WorldEvent[]): void {
	for (const d of draft.scenario.disruptions) {
		if (d.day !== draft.day) continue;
		injectDisruption(
			draft,
			{ kind: d.kind, severity: d.severity, days: d.days, sku: d.sku, customerId: d.customer },
			events
		);
	}
}
