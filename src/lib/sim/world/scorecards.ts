/**
 * Supplier and carrier scorecards computed from what happened in the world: the figures a
 * buyer or a transport manager reviews with the partner. Rates are null until something is
 * measured.
 */
import { vecForEach } from './pvec';
import type { World } from './types';

const rate = (n: number, d: number) => (d ? Math.round((n / d) * 10000) / 10000 : null);

export type SupplierScorecard = {
	/** Planned receipts that have arrived (balances of short receipts are not counted again). */
	receipts: number;
	/** Arrived on the day the master schedule planned them. */
	onTime: number | null;
	/** Arrived with the full quantity. */
	inFull: number | null;
};

export function supplierScorecard(world: World): SupplierScorecard {
	let receipts = 0;
	let onTime = 0;
	let inFull = 0;
	for (const r of world.receipts) {
		if (!r.arrived || r.balance) continue;
		receipts++;
		if (r.day === r.plannedDay) onTime++;
		if (r.shortBy === 0) inFull++;
	}
	return { receipts, onTime: rate(onTime, receipts), inFull: rate(inFull, receipts) };
}

export type CarrierScorecard = {
	shipments: number;
	/** Delivered without a delay the carrier caused. */
	onTime: number | null;
	/** Delivered without damage. */
	damageFree: number | null;
};

export function carrierScorecard(world: World): CarrierScorecard {
	let shipments = 0;
	let onTime = 0;
	let damageFree = 0;
	vecForEach(world.orders, (order) => {
		for (const s of order.shipments) {
			if (s.deliveredDay === null) continue;
			shipments++;
			if (s.delayCause !== 'carrier') onTime++;
			if (!s.damaged) damageFree++;
		}
	});
	return { shipments, onTime: rate(onTime, shipments), damageFree: rate(damageFree, shipments) };
}
