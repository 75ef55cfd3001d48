// Number formats shared by the pages: one place, so every screen says 92.5 % the same way.

export function percent(value: number | null | undefined, digits = 1): string {
	return value === null || value === undefined ? '–' : `${(value * 100).toFixed(digits)} %`;
}

export function money(value: number): string {
	return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function days(value: number | null | undefined): string {
	return value === null || value === undefined ? '–' : `${value.toFixed(1)} d`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
	return `${n} ${n === 1 ? word : many}`;
}
