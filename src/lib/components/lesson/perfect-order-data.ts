/**
 * The perfect-order calculator's orders: the valve maker's audited week from lesson 16's worked
 * example (V-111 cancelled by the customer), and two rearrangements with the same component
 * rates (80, 80, 90 and 80 %) that move the count below and above the product.
 */
import type { AuditedOrder } from '$lib/sim/perfect-order-audit';
import { figure } from './widget-format';

export type ComponentKey = 'onTime' | 'inFull' | 'damageFree' | 'documentationAccurate';
export type AuditRow = Required<AuditedOrder> & { id: string };

/** The four components: the short column label, and SCOR's name for the component's rate. */
export const COMPONENTS: readonly { key: ComponentKey; label: string; scor: string }[] = [
	{ key: 'onTime', label: 'On time', scor: 'Delivery performance to customer commit date' },
	{ key: 'inFull', label: 'In full', scor: 'Orders delivered in full' },
	{ key: 'damageFree', label: 'Damage free', scor: 'Perfect condition' },
	{ key: 'documentationAccurate', label: 'Documents accurate', scor: 'Documentation accuracy' }
];

const IDS = Array.from({ length: 11 }, (_, i) => `V-${101 + i}`);
const ok = { onTime: true, inFull: true, damageFree: true, documentationAccurate: true };

/** Builds the eleven orders: `fails` gives an order's failed components; V-111 is cancelled. */
function week(fails: Record<string, readonly ComponentKey[]>): AuditRow[] {
	return IDS.map((id) => {
		const row: AuditRow = { id, ...ok, cancelled: id === 'V-111' };
		for (const key of fails[id] ?? []) row[key] = false;
		return row;
	});
}

export type Preset = { id: string; label: string; rows: () => AuditRow[] };

export const PRESETS: readonly Preset[] = [
	{
		id: 'audited',
		label: 'The audited week',
		rows: () =>
			week({
				'V-103': ['onTime', 'inFull'],
				'V-104': ['onTime', 'documentationAccurate'],
				'V-105': ['inFull', 'documentationAccurate'],
				'V-106': ['damageFree']
			})
	},
	{
		id: 'spread',
		label: 'Failures on seven different orders',
		rows: () =>
			week({
				'V-101': ['onTime'],
				'V-102': ['onTime'],
				'V-103': ['inFull'],
				'V-104': ['inFull'],
				'V-105': ['damageFree'],
				'V-106': ['documentationAccurate'],
				'V-107': ['documentationAccurate']
			})
	},
	{
		id: 'piled',
		label: 'Failures piled onto two orders',
		rows: () =>
			week({
				'V-101': ['onTime', 'inFull', 'damageFree', 'documentationAccurate'],
				'V-102': ['onTime', 'inFull', 'documentationAccurate']
			})
	}
];

/** A rate as the lesson prints it, up to two decimals: 0.4608 -> "46.08 %". */
export const percent = (rate: number) => `${figure(rate * 100, 2)} %`;
