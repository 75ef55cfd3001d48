/**
 * The RMA walk-through's one-line reading of where the walk stands, announced politely as it
 * changes. Every figure in it comes from the engine's screening, evaluation and positions.
 */
import type { ReturnEvaluation } from '$lib/sim/disposition';
import type { ReturnScreening } from '$lib/sim/return-screening';
import type { ReturnPosition, ReturnWalkStep } from '$lib/sim/return-walkthrough';
import { PUMP_RETURN } from './rma-walkthrough-data';
import { figure, listOf } from './widget-format';

export type WalkState = {
	step: ReturnWalkStep;
	qty: number;
	screening: ReturnScreening;
	/** "4 sealed", "1 cracked housing": the lots inspection recorded. */
	lots: string[];
	/** What stops the inspection being recorded, if anything. */
	problem: string | null;
	evaluation: ReturnEvaluation | null;
	position: ReturnPosition;
};

const pumps = (n: number) => `${figure(n)} ${n === 1 ? 'pump' : 'pumps'}`;

export function walkSummary(w: WalkState): string {
	const { rmaId } = PUMP_RETURN;
	const p = w.position;
	switch (w.step) {
		case 'screened':
			return `${w.screening.note} Authorize or deny ${rmaId}.`;
		case 'denied':
			return `Denied: the ${pumps(w.qty)} stay with the customer and no credit is owed.${w.screening.allowed ? ' The request was within policy: expect a complaint.' : ''}`;
		case 'authorised':
			return `${rmaId} authorized: ${pumps(w.qty)} in transit back; return freight ${figure(p.freightAndHandling)}.`;
		case 'received':
			return `${pumps(w.qty)} in the returns location: received, but not available to promise until inspected.${w.problem ? ` ${w.problem}` : ''}`;
		case 'inspected':
			return `Inspected: ${listOf(w.lots)}. ${w.evaluation ? 'Carry out the dispositions.' : 'A chosen route is refused: choose another.'}`;
		case 'dispositioned': {
			const moves = [
				p.sellableStock ? `${pumps(p.sellableStock)} back to available stock` : '',
				p.gradedStock ? `${pumps(p.gradedStock)} to the refurbished item` : '',
				p.leftInventory ? `${pumps(p.leftInventory)} out of inventory` : ''
			].filter(Boolean);
			return `Dispositions carried out: ${listOf(moves)}; ${figure(p.recoveredValue)} recovered.`;
		}
		case 'credited': {
			const e = w.evaluation;
			if (!e) return '';
			const fee = e.restockingFee > 0 ? ` after a ${figure(e.restockingFee)} restocking fee` : '';
			const margin =
				p.marginLeft === null || e.originalMargin === null
					? `The return costs ${figure(p.netCost)}.`
					: p.marginLeft >= 0
						? `The return costs ${figure(p.netCost)} of the ${figure(e.originalMargin)} margin the sale earned: ${figure(p.marginLeft)} is left.`
						: `The return costs ${figure(p.netCost)}, more than the ${figure(e.originalMargin)} margin the sale earned.`;
			return `Credit memo ${figure(e.credit)}${fee}. ${margin}`;
		}
	}
}
