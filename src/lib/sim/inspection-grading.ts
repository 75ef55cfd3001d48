/**
 * Grading a learner's inspection of an order: which of the checkpoints `inspectOrder` produced
 * they flagged, against which are errors. An error flagged is found, an error left alone is
 * missed, a sound field flagged is a false alarm, a sound field left alone is cleared.
 */
import type { Checkpoint } from './order-inspection';

export type Verdict = 'found' | 'missed' | 'false-alarm' | 'cleared';

export type Grading = {
	verdicts: Record<string, Verdict>;
	errors: number;
	found: number;
	missed: number;
	falseAlarms: number;
	summary: string;
};

/**
 * Grades the checkpoints a learner flagged: an error flagged is found, an error not flagged is
 * missed, a sound field flagged is a false alarm, a sound field left alone is cleared.
 */
export function gradeFlags(checkpoints: readonly Checkpoint[], flagged: Iterable<string>): Grading {
	const set = new Set(flagged);
	for (const id of set) {
		if (!checkpoints.some((c) => c.id === id)) throw new RangeError(`no checkpoint "${id}"`);
	}
	const verdicts: Record<string, Verdict> = {};
	let errors = 0;
	let found = 0;
	let falseAlarms = 0;
	for (const c of checkpoints) {
		const flaggedIt = set.has(c.id);
		if (c.error) errors++;
		if (c.error && flaggedIt) found++;
		if (!c.error && flaggedIt) falseAlarms++;
		verdicts[c.id] = c.error
			? flaggedIt
				? 'found'
				: 'missed'
			: flaggedIt
				? 'false-alarm'
				: 'cleared';
	}
	const missed = errors - found;
	const alarms =
		falseAlarms === 0
			? 'no false alarms'
			: `${falseAlarms} false alarm${falseAlarms === 1 ? '' : 's'}`;
	const summary =
		missed === 0
			? `You found all ${errors} errors, with ${alarms}.`
			: `You found ${found} of ${errors} errors and missed ${missed}, with ${alarms}.`;
	return { verdicts, errors, found, missed, falseAlarms, summary };
}
