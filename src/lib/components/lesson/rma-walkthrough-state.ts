/**
 * What the RMA walk-through shows for the learner's entries: the screening, the inspected lots
 * and their review, how far the walk can stand, the ledger of positions and the summary. Every
 * figure is an engine call (screenReturnRequest, reviewDispositions, returnPosition); this
 * module only checks the entries and wires the calls together.
 */
import type { DispositionKind, ReturnEvaluation } from '$lib/sim/disposition';
import {
	authorizationFeedback,
	screenReturnRequest,
	type AuthorizationDecision,
	type ReturnScreening
} from '$lib/sim/return-screening';
import {
	returnPosition,
	reviewDispositions,
	RETURN_WALK_STEPS,
	type LotReview,
	type ReturnPosition,
	type ReturnWalkStep
} from '$lib/sim/return-walkthrough';
import type { ReturnReason } from '$lib/sim/world/types';
import { checkNumber } from './number-entry';
import { GRADES, POLICY, PUMP_RETURN, RULES, type Grade } from './rma-walkthrough-data';
import { walkSummary } from './rma-walkthrough-summary';
import { figure } from './widget-format';

export type WalkEntries = {
	reason: ReturnReason;
	days: number | null;
	qty: number | null;
	/** Pumps in each of GRADES, as typed. */
	counts: readonly (number | null)[];
	/** The route chosen for each of GRADES. */
	choices: readonly DispositionKind[];
	/** The furthest step the learner has taken the walk to. */
	step: ReturnWalkStep;
	decision: AuthorizationDecision | null;
};

export type WalkLotView = { grade: Grade; index: number; qty: number; review: LotReview };

export type WalkView = {
	screening: ReturnScreening | null;
	/** The pumps to return, or null while the entry is not allowed. */
	qty: number | null;
	feedback: { followsPolicy: boolean; text: string } | null;
	/** The lots inspection recorded (grades with at least one pump). */
	lots: WalkLotView[];
	/** What stops the inspection being recorded, if anything. */
	problem: string | null;
	evaluation: ReturnEvaluation | null;
	/** The step shown: the learner's, held back to where the entries allow the walk to stand. */
	current: ReturnWalkStep;
	ledger: { step: ReturnWalkStep; position: ReturnPosition }[];
	summary: string;
};

export const COSTS = {
	reverseFreight: PUMP_RETURN.reverseFreight,
	handlingCost: PUMP_RETURN.handlingCost
};

export type WalkStep = (typeof RETURN_WALK_STEPS)[number];
const stepIndex = (s: WalkStep) => RETURN_WALK_STEPS.indexOf(s);

/** Whether the walk shown at `current` has got as far as `step` (a denial reaches none). */
export function reached(current: ReturnWalkStep, step: WalkStep): boolean {
	return current !== 'denied' && stepIndex(current) >= stepIndex(step);
}

function inspect(e: WalkEntries, screening: ReturnScreening, qty: number) {
	const values = e.counts.map((c) => {
		const r = checkNumber(c, RULES.lot);
		return r.ok ? r.value : null;
	});
	if (values.includes(null))
		return { problem: 'Fix the highlighted count.', lots: [], evaluation: null };
	const found = GRADES.map((grade, index) => ({
		grade,
		index,
		qty: values[index] as number
	})).filter((l) => l.qty > 0);
	if (!found.length) {
		return { problem: 'Record at least one pump in a grade.', lots: [], evaluation: null };
	}
	const review = reviewDispositions(
		PUMP_RETURN.rmaId,
		e.reason,
		{
			unitPrice: PUMP_RETURN.unitPrice,
			unitCost: PUMP_RETURN.unitCost,
			restockingFeeRate: screening.restockingFeeRate,
			...COSTS,
			lots: found.map(({ grade, qty }) => ({
				grade: grade.grade,
				qty,
				inspection: grade.inspection,
				options: grade.options
			}))
		},
		found.map(({ index }) => e.choices[index])
	);
	const problem =
		review.qty === qty
			? null
			: `The grades add up to ${figure(review.qty)} pumps but ${figure(qty)} came back: give every pump received one grade.`;
	return {
		problem,
		lots: found.map((l, j) => ({ ...l, review: review.lots[j] })),
		evaluation: problem ? null : review.evaluation
	};
}

export function walkView(e: WalkEntries): WalkView {
	const days = checkNumber(e.days, RULES.days);
	const units = checkNumber(e.qty, RULES.qty);
	const screening = days.ok ? screenReturnRequest(e.reason, days.value, POLICY) : null;
	const feedback =
		screening && e.decision
			? authorizationFeedback(screening, e.decision, PUMP_RETURN.rmaId)
			: null;
	if (!screening || !units.ok) {
		return {
			screening,
			qty: null,
			feedback,
			lots: [],
			problem: null,
			evaluation: null,
			current: 'screened',
			ledger: [],
			summary: 'Fix the highlighted field to screen the request.'
		};
	}
	const qty = units.value;
	const { problem, lots, evaluation } = inspect(e, screening, qty);
	// How far the walk can stand with the entries as they are now.
	const cap: WalkStep = problem ? 'received' : evaluation ? 'credited' : 'inspected';
	const current: ReturnWalkStep =
		e.step === 'denied' ? 'denied' : RETURN_WALK_STEPS[Math.min(stepIndex(e.step), stepIndex(cap))];
	const walk: ReturnWalkStep[] =
		current === 'denied'
			? ['screened', 'denied']
			: RETURN_WALK_STEPS.slice(0, stepIndex(current) + 1);
	const ledger = walk.map((step) => ({
		step,
		position: returnPosition(step, qty, COSTS, evaluation)
	}));
	const summary = walkSummary({
		step: current,
		qty,
		screening,
		lots: lots.map((l) => `${figure(l.qty)} ${l.grade.grade}`),
		problem,
		evaluation,
		position: ledger[ledger.length - 1].position
	});
	return { screening, qty, feedback, lots, problem, evaluation, current, ledger, summary };
}
