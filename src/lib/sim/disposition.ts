/**
 * Returns: the credit a customer return earns, what each disposition of the returned units
 * recovers, what the return costs the seller, and return rates by units and by orders.
 *
 * Money is in currency units and every amount returned is rounded to cents. The economics
 * follow the usual accounting of a sales return under a perpetual inventory system (e.g.
 * Warren, Reeve and Duchac, Corporate Financial Accounting, ch. 5): the credit memo reverses
 * the revenue, less any restocking fee the policy keeps, and goods put back into stock return
 * at their inventory cost, not at their selling price.
 */
import { finite, nonNegative, notEmpty, positive, wholeNumber } from './arguments';

/** The routes a returned unit can take after inspection. */
export type DispositionKind =
	'restock' | 'refurbish' | 'return-to-vendor' | 'liquidate' | 'recycle' | 'scrap';

/**
 * Where units end up in the inventory records once the disposition is carried out:
 * `sellable-stock` is the original item's available stock (it counts for ATP again);
 * `graded-stock` is a separate refurbished item or grade, because a refurbished unit is not
 * sold as new; `leaves-inventory` means the units go out (a vendor claim, a sale to a
 * liquidator, a recycler, disposal).
 */
export type InventoryEffect = 'sellable-stock' | 'graded-stock' | 'leaves-inventory';

export const INVENTORY_EFFECT: Readonly<Record<DispositionKind, InventoryEffect>> = {
	restock: 'sellable-stock',
	refurbish: 'graded-stock',
	'return-to-vendor': 'leaves-inventory',
	liquidate: 'leaves-inventory',
	recycle: 'leaves-inventory',
	scrap: 'leaves-inventory'
};

export type DispositionOption = {
	kind: DispositionKind;
	/**
	 * What one unit brings back by this route: the inventory value it returns to stock at
	 * (restock, refurbish), the vendor's credit (return to vendor), the sale proceeds
	 * (liquidate) or the material value (recycle, scrap).
	 */
	recoveryPerUnit: number;
	/**
	 * What carrying the route out costs for one unit: repacking, refurbishing labor and parts,
	 * freight to the vendor or buyer, selling fees, disposal.
	 */
	costPerUnit: number;
};

/** Units of one inspection grade and the dispositions inspection left open for them. */
export type ReturnLot = {
	/** A label for the grade, e.g. "sealed" or "damaged". */
	grade: string;
	qty: number;
	/** In the order the returns policy prefers them: a tie goes to the earlier option. */
	options: readonly DispositionOption[];
};

export type ReturnInput = {
	/** Price per unit on the customer's invoice. */
	unitPrice: number;
	/** Inventory (standard) cost per unit; when given, the original sale's margin is reported. */
	unitCost?: number;
	/** Share of the merchandise value the policy keeps, from 0 up to (not including) 1; default 0. */
	restockingFeeRate?: number;
	/** Freight the seller pays to bring the goods back (total); default 0. */
	reverseFreight?: number;
	/** Receiving and inspection cost the seller bears (total); default 0. */
	handlingCost?: number;
	lots: readonly ReturnLot[];
};

export type ReturnEvaluation = {
	/** Units returned: the sum of the lots. */
	qty: number;
	/** Returned units at the invoiced price. */
	merchandiseValue: number;
	restockingFee: number;
	/** The credit memo (or refund): merchandise value less the restocking fee. */
	credit: number;
	lots: {
		grade: string;
		qty: number;
		/** Net recovery of every option for the whole lot, in input order. */
		options: { kind: DispositionKind; netRecovery: number }[];
		/** The option with the highest net recovery (ties to the earlier option). */
		chosen: { kind: DispositionKind; netRecovery: number; inventoryEffect: InventoryEffect };
	}[];
	/** Net recovery of the chosen dispositions, all lots together. */
	recoveredValue: number;
	/** Reverse freight plus handling. */
	processingCost: number;
	/**
	 * credit + processingCost - recoveredValue: what the return costs the seller, which is
	 * exactly the profit lost against the sale having stayed sold (the original cost of the
	 * goods was spent either way). Negative when the return earns more than it costs.
	 */
	netCost: number;
	/** qty x (unitPrice - unitCost) of the returned units; null when unitCost is not given. */
	originalMargin: number | null;
};

const cents = (x: number) => Math.round(x * 100) / 100;

/**
 * Evaluates one authorized return after inspection. For each lot, the net recovery of an
 * option is qty x (recoveryPerUnit - costPerUnit), and the lot takes the option with the
 * highest net recovery. The credit is qty x unitPrice x (1 - restockingFeeRate); the seller's
 * net cost is credit + reverse freight + handling - the recovered value. A negative net
 * recovery is allowed (a disposal that only costs money).
 */
export function evaluateReturn(input: ReturnInput): ReturnEvaluation {
	const unitPrice = nonNegative('unitPrice', input.unitPrice);
	const unitCost =
		input.unitCost === undefined ? undefined : nonNegative('unitCost', input.unitCost);
	const feeRate = nonNegative('restockingFeeRate', input.restockingFeeRate ?? 0);
	if (feeRate >= 1) {
		throw new RangeError(
			`restockingFeeRate must be less than 1 (a fee that keeps the whole price is a refusal), got ${feeRate}`
		);
	}
	const freight = nonNegative('reverseFreight', input.reverseFreight ?? 0);
	const handling = nonNegative('handlingCost', input.handlingCost ?? 0);
	if (!input.lots || input.lots.length === 0) {
		throw new RangeError('lots must not be empty: a return has at least one inspected lot');
	}

	const lots = input.lots.map((lot, i) => {
		const qty = wholeNumber(`lots[${i}].qty`, lot.qty);
		if (qty === 0) throw new RangeError(`lots[${i}].qty must be at least 1`);
		// (Array.isArray would narrow a readonly array to any[].)
		if (!lot.options || lot.options.length === 0) {
			throw new RangeError(
				`lots[${i}].options must not be empty: inspection leaves at least one disposition (scrap)`
			);
		}
		const options = lot.options.map((o, j) => {
			if (!Object.hasOwn(INVENTORY_EFFECT, o.kind)) {
				throw new RangeError(
					`lots[${i}].options[${j}].kind "${String(o.kind)}" is not a disposition`
				);
			}
			const recovery = nonNegative(`lots[${i}].options[${j}].recoveryPerUnit`, o.recoveryPerUnit);
			const cost = nonNegative(`lots[${i}].options[${j}].costPerUnit`, o.costPerUnit);
			return { kind: o.kind, netRecovery: cents(qty * (recovery - cost)) };
		});
		const best = options.reduce((a, b) => (b.netRecovery > a.netRecovery ? b : a));
		return {
			grade: lot.grade,
			qty,
			options,
			chosen: { ...best, inventoryEffect: INVENTORY_EFFECT[best.kind] }
		};
	});

	const qty = lots.reduce((s, l) => s + l.qty, 0);
	const merchandiseValue = cents(qty * unitPrice);
	const restockingFee = cents(merchandiseValue * feeRate);
	const credit = cents(merchandiseValue - restockingFee);
	const recoveredValue = cents(lots.reduce((s, l) => s + l.chosen.netRecovery, 0));
	const processingCost = cents(freight + handling);
	return {
		qty,
		merchandiseValue,
		restockingFee,
		credit,
		lots,
		recoveredValue,
		processingCost,
		netCost: finite('netCost', cents(credit + processingCost - recoveredValue)),
		originalMargin: unitCost === undefined ? null : cents(qty * (unitPrice - unitCost))
	};
}

export type ReturnRateLine = { orderId: string; shipped: number; returned: number };

/**
 * Return rates over the orders shipped in a window: by units = units returned / units
 * shipped; by orders = orders with any unit returned / orders. Returns lag shipments, so
 * `returned` should be the units that came back against these shipments (however late),
 * not the returns that happened to arrive in the same window.
 */
export function returnRates(lines: readonly ReturnRateLine[]): { unit: number; order: number } {
	notEmpty('lines', lines);
	let shipped = 0;
	let returned = 0;
	const orderReturned = new Map<string, boolean>();
	lines.forEach((l, i) => {
		positive(`lines[${i}].shipped`, l.shipped);
		nonNegative(`lines[${i}].returned`, l.returned);
		if (l.returned > l.shipped) {
			throw new RangeError(
				`lines[${i}] returned ${l.returned} against ${l.shipped} shipped: a line cannot return more than it shipped`
			);
		}
		shipped += l.shipped;
		returned += l.returned;
		orderReturned.set(l.orderId, (orderReturned.get(l.orderId) ?? false) || l.returned > 0);
	});
	const ordersWithReturns = [...orderReturned.values()].filter(Boolean).length;
	return { unit: returned / shipped, order: ordersWithReturns / orderReturned.size };
}
