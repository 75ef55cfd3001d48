/**
 * One customer return walked through its lifecycle, step by step, as the returns lesson's
 * widget shows it: screen the request (gatekeeping), authorize or deny it, receive the goods
 * into the returns location, inspect and grade them, give each lot a disposition, issue the
 * credit memo. At each step it says where the units are in the inventory records and what
 * the return has cost so far.
 *
 * The steps carry the return lifecycle's state names (`RETURN_LIFECYCLE`, from
 * world/return-machine.ts; the tests check the walk is a path through that machine). The
 * screening is return-screening.ts; the dispositions a grade allows are the world's (its
 * `dispositionRefusal`), plus the rule that recalled goods are never resold; the money is
 * `evaluateReturn` (credit memo less the restocking fee, net recovery per lot, net cost).
 */
import { nonNegative, wholeNumber } from './arguments';
import {
	evaluateReturn,
	type DispositionKind,
	type InventoryEffect,
	type ReturnEvaluation,
	type ReturnInput,
	type ReturnLot
} from './disposition';
import type { ReturnReason, ReturnRecord } from './world/types';

/** What inspection found a lot to be: the grades the world's returns use. */
export type InspectionGrade = NonNullable<ReturnRecord['inspection']>;

/**
 * Why a disposition does not fit a lot, or null when it does. A recalled unit is never resold
 * (neither restocked nor liquidated). Otherwise the world's rules, in the world's words (the
 * tests hold this to world/returns.ts's `dispositionRefusal`, kept separate so a lesson page
 * need not load the world): only goods inspected sellable go back into sellable stock; sellable
 * goods are restocked, not refurbished; the vendor takes back only goods inspected defective.
 * `label` names the lot in the message, e.g. "RMA-0417 (sealed)".
 */
export function lotDispositionRefusal(
	label: string,
	inspection: InspectionGrade,
	kind: DispositionKind,
	reason: ReturnReason
): string | null {
	if (reason === 'recall' && (kind === 'restock' || kind === 'liquidate')) {
		return `${label} was recalled: a recalled unit must not be resold, so it cannot be restocked or liquidated.`;
	}
	if (kind === 'restock' && inspection !== 'sellable') {
		return `Inspection found ${label} ${inspection}: it cannot go back into sellable stock. Refurbish, return to vendor, liquidate, recycle or scrap it.`;
	}
	if (kind === 'refurbish' && inspection === 'sellable') {
		return `${label} is sellable as it is: restock it rather than pay to refurbish it.`;
	}
	if (kind === 'return-to-vendor' && inspection !== 'defective') {
		return 'The vendor takes back only goods inspected as defective.';
	}
	return null;
}

/** One inspected lot: its grade, its units and the priced routes inspection left open. */
export type WalkLot = ReturnLot & { inspection: InspectionGrade };

/** A return to evaluate whose lots carry what inspection found. */
export type WalkReturnInput = Omit<ReturnInput, 'lots'> & { lots: readonly WalkLot[] };

export type LotReview = {
	grade: string;
	qty: number;
	inspection: InspectionGrade;
	/** Net recovery of every priced option for the whole lot, in input order. */
	options: { kind: DispositionKind; netRecovery: number; refusal: string | null }[];
	/** The allowed option with the highest net recovery (ties to the earlier option). */
	best: { kind: DispositionKind; netRecovery: number };
	chosen: {
		kind: DispositionKind;
		/** Why the policy refuses it; the other fields are null then. */
		refusal: string | null;
		netRecovery: number | null;
		/** How much less the choice recovers than the best allowed option (0 when it is the best). */
		shortOfBest: number | null;
		inventoryEffect: InventoryEffect | null;
	};
};

const cents = (x: number) => Math.round(x * 100) / 100;

/**
 * Reviews the disposition chosen for each lot (`choices[i]` for `input.lots[i]`): its refusal,
 * or its net recovery against the best option the policy allows. `qty` is the units inspected,
 * all lots together. `evaluation` is
 * `evaluateReturn` with each lot given its chosen route (null while any choice is refused).
 * A choice that is neither refused nor among the lot's priced options is a RangeError, and so
 * is a lot with no option the policy allows.
 */
export function reviewDispositions(
	rmaId: string,
	reason: ReturnReason,
	input: WalkReturnInput,
	choices: readonly DispositionKind[]
): { qty: number; lots: LotReview[]; evaluation: ReturnEvaluation | null } {
	if (choices.length !== input.lots.length) {
		throw new RangeError(
			`choices has ${choices.length} entries for ${input.lots.length} lots: one disposition per lot`
		);
	}
	const priced = evaluateReturn(input);
	const lots = input.lots.map((lot, i): LotReview => {
		const label = `${rmaId} (${lot.grade})`;
		const options = priced.lots[i].options.map((o) => ({
			...o,
			refusal: lotDispositionRefusal(label, lot.inspection, o.kind, reason)
		}));
		const allowed = options.filter((o) => o.refusal === null);
		if (allowed.length === 0) {
			throw new RangeError(`lots[${i}] (${lot.grade}) has no disposition the policy allows`);
		}
		const best = allowed.reduce((a, b) => (b.netRecovery > a.netRecovery ? b : a));
		const kind = choices[i];
		const refusal = lotDispositionRefusal(label, lot.inspection, kind, reason);
		const option = options.find((o) => o.kind === kind);
		if (refusal === null && !option) {
			throw new RangeError(
				`choices[${i}] "${kind}" is not a route inspection left open for lots[${i}] (${lot.grade})`
			);
		}
		return {
			grade: lot.grade,
			qty: priced.lots[i].qty,
			inspection: lot.inspection,
			options,
			best: { kind: best.kind, netRecovery: best.netRecovery },
			chosen:
				refusal !== null || !option
					? { kind, refusal, netRecovery: null, shortOfBest: null, inventoryEffect: null }
					: {
							kind,
							refusal: null,
							netRecovery: option.netRecovery,
							shortOfBest: cents(best.netRecovery - option.netRecovery),
							inventoryEffect: null
						}
		};
	});
	if (lots.some((l) => l.chosen.refusal !== null)) {
		return { qty: priced.qty, lots, evaluation: null };
	}
	const evaluation = evaluateReturn({
		...input,
		lots: input.lots.map((lot, i) => ({
			grade: lot.grade,
			qty: lot.qty,
			options: lot.options.filter((o) => o.kind === choices[i])
		}))
	});
	return {
		qty: priced.qty,
		lots: lots.map((l, i) => ({
			...l,
			chosen: { ...l.chosen, inventoryEffect: evaluation.lots[i].chosen.inventoryEffect }
		})),
		evaluation
	};
}

/**
 * The walk's steps, named as the return lifecycle names its states: the request is screened
 * on arrival; `denied` ends it; otherwise authorised, received, inspected, dispositioned and
 * credited (the credit memo closes it).
 */
export const RETURN_WALK_STEPS = [
	'screened',
	'authorised',
	'received',
	'inspected',
	'dispositioned',
	'credited'
] as const;
export type ReturnWalkStep = (typeof RETURN_WALK_STEPS)[number] | 'denied';

export type ReturnPosition = {
	/** Units still at the customer's site (a request not yet authorized, or denied). */
	withCustomer: number;
	/** Units on their way back under the RMA. */
	inTransit: number;
	/** Units received and held in the returns location: not available, not in ATP. */
	returnsLocation: number;
	/** Units back in the original item's available stock, where ATP counts them again. */
	sellableStock: number;
	/** Units in a separate refurbished item or grade. */
	gradedStock: number;
	/** Units gone out: to the vendor, a liquidator, a recycler or disposal. */
	leftInventory: number;
	/** Return freight and receiving and inspection cost so far. */
	freightAndHandling: number;
	/** Net recovery of the dispositions carried out. */
	recoveredValue: number;
	/** The credit memo issued (0 until it is). */
	credit: number;
	/** credit + freight and handling - recovered value, so far. */
	netCost: number;
	/** Margin of the original sale left after the return; null until credited or without a unit cost. */
	marginLeft: number | null;
};

/**
 * Where the returned units are and what the return has cost at `step`. Freight is paid when
 * the return is authorized (the seller's prepaid label) and handling on receipt; units move
 * out of the returns location only when their disposition is carried out; the credit follows.
 * `evaluation` (from `reviewDispositions`) is required from `dispositioned` on and must cover
 * the `qty` requested.
 */
export function returnPosition(
	step: ReturnWalkStep,
	qty: number,
	costs: { reverseFreight?: number; handlingCost?: number },
	evaluation: ReturnEvaluation | null
): ReturnPosition {
	const units = wholeNumber('qty', qty);
	const freight = nonNegative('reverseFreight', costs.reverseFreight ?? 0);
	const handling = nonNegative('handlingCost', costs.handlingCost ?? 0);
	const at = RETURN_WALK_STEPS.indexOf(step as (typeof RETURN_WALK_STEPS)[number]);
	if (step !== 'denied' && at < 0) throw new RangeError(`step "${step}" is not a return step`);
	const past = (s: (typeof RETURN_WALK_STEPS)[number]) => at >= RETURN_WALK_STEPS.indexOf(s);
	const disposed = past('dispositioned');
	if (disposed && !evaluation) {
		throw new RangeError(`step "${step}" needs the evaluation of the chosen dispositions`);
	}
	if (disposed && evaluation && evaluation.qty !== units) {
		throw new RangeError(
			`the evaluation covers ${evaluation.qty} units but ${units} were returned`
		);
	}
	const placed = (effect: InventoryEffect) =>
		disposed && evaluation
			? evaluation.lots
					.filter((l) => l.chosen.inventoryEffect === effect)
					.reduce((s, l) => s + l.qty, 0)
			: 0;
	const freightAndHandling = cents(
		(past('authorised') ? freight : 0) + (past('received') ? handling : 0)
	);
	const recoveredValue = disposed && evaluation ? evaluation.recoveredValue : 0;
	const credited = past('credited') && evaluation ? evaluation : null;
	const credit = credited ? credited.credit : 0;
	const netCost = cents(credit + freightAndHandling - recoveredValue);
	return {
		withCustomer: step === 'denied' || step === 'screened' ? units : 0,
		inTransit: step === 'authorised' ? units : 0,
		returnsLocation: step === 'received' || step === 'inspected' ? units : 0,
		sellableStock: placed('sellable-stock'),
		gradedStock: placed('graded-stock'),
		leftInventory: placed('leaves-inventory'),
		freightAndHandling,
		recoveredValue,
		credit,
		netCost,
		marginLeft:
			credited && credited.originalMargin !== null ? cents(credited.originalMargin - netCost) : null
	};
}
