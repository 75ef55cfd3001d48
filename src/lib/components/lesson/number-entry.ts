/**
 * Checking what a learner typed into a number box of the ATP, CTP and order-inspection
 * widgets. Bad input is a value with a message the learner can act on, never an exception:
 * the widget shows the message and waits instead of calling the engine with it.
 */
import { formatUnits } from '$lib/sim/master-schedule-record';

export type NumberRule = {
	min: number;
	max: number;
	/** Whole units only (quantities); false allows decimals (hours). */
	whole: boolean;
};

export type CheckedNumber = { ok: true; value: number } | { ok: false; message: string };

/** Quantities on a master schedule record: whole units, 0 to 99,999. */
export const UNITS: NumberRule = { min: 0, max: 99_999, whole: true };

/** What a valid entry looks like, for messages: "a whole number from 0 to 99,999". */
export function expected(rule: NumberRule): string {
	return `${rule.whole ? 'a whole number' : 'a number'} from ${formatUnits(rule.min)} to ${formatUnits(rule.max)}`;
}

/**
 * `value` as a number input binds it: a number, or null when the box is empty or holds
 * something that is not a number.
 */
export function checkNumber(value: number | null | undefined, rule: NumberRule): CheckedNumber {
	const hint = `Enter ${expected(rule)}.`;
	if (value === null || value === undefined || Number.isNaN(value)) {
		return { ok: false, message: `Empty or not a number. ${hint}` };
	}
	if (rule.whole && !Number.isInteger(value)) {
		return { ok: false, message: `Whole units only. ${hint}` };
	}
	if (value < rule.min) {
		return {
			ok: false,
			message: rule.min === 0 ? `Must not be negative. ${hint}` : `Too small. ${hint}`
		};
	}
	if (value > rule.max) return { ok: false, message: `Too large. ${hint}` };
	return { ok: true, value };
}

/** A figure as the widgets print it: thousands separators and a true minus sign. */
export const units = formatUnits;
