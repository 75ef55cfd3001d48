/**
 * The RMA walk-through's return: lesson 14's worked example. A distributor sold 5 centrifugal
 * pumps at 480 each (standard cost 300); the customer ordered the wrong model and asks to send
 * all 5 back. The distributor pays a prepaid return label (90) and receiving and inspection
 * (60). Inspection finds 4 pumps sealed and 1 with a cracked housing (freight damage).
 *
 * The priced routes per grade are the lesson's table, plus two the lesson does not price:
 * scrap for a sealed pump (at the cracked pump's scrap figures, 15 back and 5 cost, so a
 * recalled sealed lot still has an allowed route) and, for a pump found defective (a supplier
 * fault, none by default), return to vendor at the vendor's credit of standard cost (300, as the
 * world values it) less 20 of freight. `tempting` lists routes a learner may reach for that the
 * policy refuses for that grade, so the widget can say why.
 */
import type { DispositionKind, DispositionOption, InventoryEffect } from '$lib/sim/disposition';
import type { InspectionGrade, ReturnWalkStep } from '$lib/sim/return-walkthrough';
import type { ReturnReason } from '$lib/sim/world/types';
import type { NumberRule } from './number-entry';

export const PUMP_RETURN = {
	rmaId: 'RMA-0417',
	item: 'centrifugal pump',
	shipped: 5,
	unitPrice: 480,
	unitCost: 300,
	reverseFreight: 90,
	handlingCost: 60,
	daysSinceDelivery: 12,
	reason: 'not-needed' as ReturnReason
};

export const POLICY = { windowDays: 30, warrantyDays: 365 };

export const REASONS: readonly { id: ReturnReason; label: string }[] = [
	{ id: 'not-needed', label: 'Ordered by mistake or no longer needed (the customer’s choice)' },
	{ id: 'damaged', label: 'Damaged in transit' },
	{ id: 'wrong-item', label: 'Wrong item shipped' },
	{ id: 'defective', label: 'Defective' },
	{ id: 'recall', label: 'Product recall' }
];

export type Grade = {
	id: string;
	/** How the lot is named in messages: "sealed", "cracked housing". */
	grade: string;
	label: string;
	inspection: InspectionGrade;
	defaultQty: number;
	options: readonly DispositionOption[];
	tempting: readonly DispositionKind[];
};

export const GRADES: readonly Grade[] = [
	{
		id: 'sealed',
		grade: 'sealed',
		label: 'Sealed, as new (sellable)',
		inspection: 'sellable',
		defaultQty: 4,
		options: [
			{ kind: 'restock', recoveryPerUnit: 300, costPerUnit: 8 },
			{ kind: 'liquidate', recoveryPerUnit: 180, costPerUnit: 0 },
			{ kind: 'scrap', recoveryPerUnit: 15, costPerUnit: 5 }
		],
		tempting: ['refurbish']
	},
	{
		id: 'cracked',
		grade: 'cracked housing',
		label: 'Cracked housing (repairable)',
		inspection: 'repairable',
		defaultQty: 1,
		options: [
			{ kind: 'refurbish', recoveryPerUnit: 240, costPerUnit: 85 },
			{ kind: 'liquidate', recoveryPerUnit: 120, costPerUnit: 0 },
			{ kind: 'scrap', recoveryPerUnit: 15, costPerUnit: 5 }
		],
		tempting: ['restock', 'return-to-vendor']
	},
	{
		id: 'defective',
		grade: 'defective',
		label: 'Defective, a supplier fault',
		inspection: 'defective',
		defaultQty: 0,
		options: [
			{ kind: 'return-to-vendor', recoveryPerUnit: 300, costPerUnit: 20 },
			{ kind: 'scrap', recoveryPerUnit: 15, costPerUnit: 5 }
		],
		tempting: ['restock']
	}
];

export const DISPOSITION_LABEL: Readonly<Record<DispositionKind, string>> = {
	restock: 'Restock',
	refurbish: 'Refurbish',
	'return-to-vendor': 'Return to vendor',
	liquidate: 'Liquidate',
	recycle: 'Recycle',
	scrap: 'Scrap'
};

export const EFFECT_LABEL: Readonly<Record<InventoryEffect, string>> = {
	'sellable-stock': 'back to available stock',
	'graded-stock': 'to the refurbished item',
	'leaves-inventory': 'out of inventory'
};

/** The ledger's column heads, one per step of the walk. */
export const STEP_LABEL: Readonly<Record<ReturnWalkStep, string>> = {
	screened: 'Screened',
	denied: 'Denied',
	authorised: 'Authorized',
	received: 'Received',
	inspected: 'Inspected',
	dispositioned: 'Dispositioned',
	credited: 'Credited'
};

export const RULES = {
	qty: { min: 1, max: PUMP_RETURN.shipped, whole: true },
	days: { min: 0, max: 3650, whole: true },
	lot: { min: 0, max: PUMP_RETURN.shipped, whole: true }
} satisfies Record<string, NumberRule>;
