/**
 * Reading a number a learner typed into a lesson widget. Bad input is a value, not an
 * exception: the widget shows the message beside the field and withholds its figures.
 */
export type NumberLimits = {
	/** Smallest value allowed (default 0). */
	min?: number;
	/** Largest value allowed. */
	max: number;
	/** Whole numbers only (default true). */
	integer?: boolean;
};

export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

const grouped = (n: number) => n.toLocaleString('en-US');

/**
 * Parses `text` (an input's value) against `limits`, naming the field `label` in the message.
 * `badInput` is the input's `validity.badInput`: the browser holds text it cannot read as a
 * number and reports an empty value.
 */
export function parseNumber(
	text: string,
	label: string,
	{ min = 0, max, integer = true }: NumberLimits,
	badInput = false
): ParsedNumber {
	const kind = integer ? 'a whole number' : 'a number';
	const range = `${kind} from ${grouped(min)} to ${grouped(max)}`;
	if (badInput) return { ok: false, message: `${label} must be ${range}.` };
	const trimmed = text.trim();
	if (trimmed === '') return { ok: false, message: `${label} is empty: enter ${range}.` };
	const value = Number(trimmed);
	if (!Number.isFinite(value)) return { ok: false, message: `${label} must be ${range}.` };
	if (integer && !Number.isInteger(value)) {
		return { ok: false, message: `${label} must be a whole number.` };
	}
	if (value < min) {
		return {
			ok: false,
			message:
				min === 0 ? `${label} cannot be negative.` : `${label} must be at least ${grouped(min)}.`
		};
	}
	if (value > max) return { ok: false, message: `${label} cannot be more than ${grouped(max)}.` };
	return { ok: true, value };
}
