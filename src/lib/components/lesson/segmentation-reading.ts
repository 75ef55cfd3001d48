/**
 * The segmentation matrix's figures and its one-paragraph reading. The figures are the engine's
 * (`volumeMarginMatrix`, `abcClassification`); this module only chooses which to call and words
 * what changed, in the lesson's vocabulary.
 */
import { percent } from '$lib/format';
import {
	abcClassification,
	volumeMarginMatrix,
	type AbcCutoffs,
	type AbcRow,
	type MatrixRow,
	type MatrixThresholds
} from '$lib/sim/segmentation';
import { CELLS, VALVE_ACCOUNTS } from './segmentation-matrix-data';
import { listOf } from './widget-format';

export type MarginBasis = 'net' | 'gross';
export type RankBasis = 'revenue' | 'net-margin';

export type Segmentation = {
	thresholds: MatrixThresholds;
	/** The matrix with margin after cost to serve. */
	net: MatrixRow[];
	/** The same matrix on gross margin: the cost to serve left out. */
	gross: MatrixRow[];
	byRevenue: AbcRow[];
	byNetMargin: AbcRow[];
};

/** The valve accounts placed with these lines, both ways of measuring margin and ranking. */
export function segmentAccounts(thresholds: MatrixThresholds, cutoffs: AbcCutoffs): Segmentation {
	const net = volumeMarginMatrix(VALVE_ACCOUNTS, thresholds);
	const gross = volumeMarginMatrix(
		VALVE_ACCOUNTS.map((a) => ({ ...a, costToServe: 0 })),
		thresholds
	);
	return {
		thresholds,
		net,
		gross,
		byRevenue: abcClassification(
			VALVE_ACCOUNTS.map((a) => ({ id: a.id, value: a.revenue })),
			cutoffs
		),
		byNetMargin: abcClassification(
			net.map((r) => ({ id: r.id, value: r.netMargin })),
			cutoffs
		)
	};
}

const CLASS_ORDER = ['A', 'B', 'C'];

/** How many accounts each cell holds, and what the chosen margin and ranking change. */
export function readSegmentation(s: Segmentation, margin: MarginBasis, rank: RankBasis): string {
	const rows = margin === 'net' ? s.net : s.gross;
	const counts = CELLS.map((c) => `${c.name} ${rows.filter((r) => r.quadrant === c.id).length}`);
	let reading: string;
	if (margin === 'gross') {
		const high = s.gross.filter((r) => r.highMargin).length;
		reading = `On gross margin ${high} of ${s.gross.length} accounts clear the ${percent(s.thresholds.netMarginRate, 1)} line: measure after cost to serve to see which really earn it.`;
	} else {
		const moves = CELLS.map((c) => ({
			cell: c.name,
			names: s.net
				.filter((r, i) => r.quadrant === c.id && s.gross[i].quadrant !== c.id)
				.map((r) => r.id)
		})).filter((m) => m.names.length);
		reading = moves.length
			? `Cost to serve moves ${listOf(moves.map((m) => `${listOf(m.names)} to ${m.cell}`))}.`
			: 'At these lines cost to serve moves no account to another cell.';
	}
	if (rank === 'net-margin') {
		const after = new Map(s.byNetMargin.map((r) => [r.id, r.abcClass]));
		// In revenue order, as the lesson reads them.
		const changes = s.byRevenue
			.filter((r) => after.get(r.id) !== r.abcClass)
			.map((r) => {
				const now = after.get(r.id)!;
				const verb = CLASS_ORDER.indexOf(now) > CLASS_ORDER.indexOf(r.abcClass) ? 'falls' : 'rises';
				return `${r.id} ${verb} from ${r.abcClass} to ${now}`;
			});
		reading += changes.length
			? ` Ranked by net margin, ${listOf(changes)}.`
			: ' Ranked by net margin, every account keeps its revenue class.';
	}
	return `${counts.join(', ')}. ${reading}`;
}
