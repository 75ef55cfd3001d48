/**
 * The cash side of order-to-cash and of supply: what suppliers are owed for receipts and when
 * it is paid, deductions recovered, and the balances (inventory, receivables, payables) that
 * days sales outstanding, days inventory outstanding, days payables outstanding and the
 * cash-to-cash cycle time are computed from with the engine's own `cashToCash`.
 */
import { cashToCash } from '../kpis';
import type { WorldDraft } from './draft';
import { itemOf, round2 } from './lookup';
import type { World } from './types';

/** Days the company takes to pay its suppliers (net 30). */
export const SUPPLIER_PAYMENT_DAYS = 30;
/** Days accounts receivable takes to recover an unearned discount a customer deducted. */
export const DEDUCTION_RECOVERY_DAYS = 20;

/** Standard cost of an item or a component. */
export function unitCost(world: World, sku: string): number {
	return (
		itemOf(world, sku)?.standardCost ??
		world.scenario.components.find((c) => c.sku === sku)?.standardCost ??
		0
	);
}

/** A purchase becomes a payable due in SUPPLIER_PAYMENT_DAYS. */
export function owe(draft: WorldDraft, amount: number): void {
	if (amount <= 0) return;
	const due = String(draft.day + SUPPLIER_PAYMENT_DAYS);
	draft.fields.payablesOpen = round2(draft.fields.payablesOpen + amount);
	draft.fields.payablesDue = {
		...draft.fields.payablesDue,
		[due]: round2((draft.fields.payablesDue[due] ?? 0) + amount)
	};
}

function without(record: Record<string, number>, key: string): Record<string, number> {
	return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/** End of day: suppliers are paid what falls due, and deductions under research come back. */
export function settleCash(draft: WorldDraft): void {
	const key = String(draft.day);
	const pay = draft.fields.payablesDue[key];
	if (pay) {
		draft.fields.payablesDue = without(draft.fields.payablesDue, key);
		draft.fields.payablesOpen = round2(draft.fields.payablesOpen - pay);
		draft.fields.cashPaid = round2(draft.fields.cashPaid + pay);
	}
	const recovered = draft.fields.deductionsDue[key];
	if (recovered) {
		draft.fields.deductionsDue = without(draft.fields.deductionsDue, key);
		draft.fields.cashCollected = round2(draft.fields.cashCollected + recovered);
	}
}

/** A deducted amount accounts receivable will recover after its research. */
export function recoverLater(draft: WorldDraft, day: number, amount: number): void {
	const key = String(day + DEDUCTION_RECOVERY_DAYS);
	draft.fields.deductionsDue = {
		...draft.fields.deductionsDue,
		[key]: round2((draft.fields.deductionsDue[key] ?? 0) + amount)
	};
}

/** Inventory at standard cost across every node. */
export function inventoryValue(world: World): number {
	let value = 0;
	for (const node of Object.values(world.nodes)) {
		for (const [sku, s] of Object.entries(node.stock)) value += s.onHand * unitCost(world, sku);
	}
	return round2(value);
}

/** What customers owe: open invoices, opening balances not yet paid, deductions in research. */
export function receivables(world: World): number {
	let total = 0;
	for (const a of Object.values(world.accounts)) total += a.receivables;
	for (const d of Object.values(world.deductionsDue)) total += d;
	// A customer's credit balance (a refund owed) is not a receivable.
	return Math.max(0, round2(total));
}

/**
 * DSO, DIO, DPO and cash-to-cash over the run so far: the window is the days elapsed, and
 * each balance is the average of its opening and current value. COGS stands in for purchases
 * in DPO, as most textbooks do (SCOR divides by purchases).
 */
export function cashCycle(world: World, day: number, revenue: number) {
	const inventory = inventoryValue(world);
	const owed = receivables(world);
	if (revenue <= 0 || world.cogs <= 0)
		return { inventory, receivables: owed, dso: null, dio: null, dpo: null, cashToCash: null };
	const c2c = cashToCash({
		revenue,
		cogs: world.cogs,
		inventoryBegin: world.opening.inventoryValue,
		inventoryEnd: inventory,
		receivablesBegin: world.opening.receivables,
		receivablesEnd: owed,
		payablesBegin: world.opening.payables,
		payablesEnd: world.payablesOpen,
		days: day
	});
	const r = (x: number) => Math.round(x * 100) / 100;
	return {
		inventory,
		receivables: owed,
		dso: r(c2c.dso),
		dio: r(c2c.dio),
		dpo: r(c2c.dpo),
		cashToCash: r(c2c.cashToCash)
	};
}
