// How the lesson widgets print figures: the way the lessons write them ("62.5 %", "100 %",
// "15.33 days", "$30.30"), so a learner can match the widget against the worked example.

/** A rate from 0 to 1 as a percentage with at most one decimal: 0.625 -> "62.5 %", 1 -> "100 %". */
export function rate(value: number): string {
	return `${(value * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })} %`;
}

/** A count of days or units with at most two decimals: 14 -> "14", 15.333 -> "15.33". */
export function figure(value: number, digits = 2): string {
	return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** Dollars with cents: 30.3 -> "$30.30". */
export function dollars(value: number): string {
	return `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** Joins names as prose: "A", "A and B", "A, B and C". */
export function listOf(names: readonly string[]): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
