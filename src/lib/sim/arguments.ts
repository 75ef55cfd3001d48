// Guards for the pure calculations. Impossible arguments are programmer errors, so they
// throw a RangeError that says which argument is wrong and why.

export function finite(name: string, value: number): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		throw new RangeError(`${name} must be a finite number, got ${String(value)}`);
	}
	return value;
}

export function nonNegative(name: string, value: number): number {
	if (finite(name, value) < 0) throw new RangeError(`${name} must not be negative, got ${value}`);
	return value;
}

export function positive(name: string, value: number): number {
	if (finite(name, value) <= 0)
		throw new RangeError(`${name} must be greater than 0, got ${value}`);
	return value;
}

export function wholeNumber(name: string, value: number): number {
	nonNegative(name, value);
	if (!Number.isInteger(value))
		throw new RangeError(`${name} must be a whole number, got ${value}`);
	return value;
}

export function series(
	name: string,
	values: readonly number[],
	length?: number
): readonly number[] {
	if (!Array.isArray(values)) throw new RangeError(`${name} must be an array of numbers`);
	if (length !== undefined && values.length !== length) {
		throw new RangeError(`${name} has ${values.length} periods but ${length} were expected`);
	}
	// One tight loop: these checks run on every ATP call inside the simulation.
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (typeof v !== 'number' || v - v !== 0) finite(`${name}[${i}]`, v);
	}
	return values;
}

export function nonNegativeSeries(
	name: string,
	values: readonly number[],
	length?: number
): readonly number[] {
	series(name, values, length);
	for (let i = 0; i < values.length; i++)
		if (values[i] < 0) nonNegative(`${name}[${i}]`, values[i]);
	return values;
}

export function notEmpty<T>(name: string, values: readonly T[]): readonly T[] {
	if (!Array.isArray(values) || values.length === 0) {
		throw new RangeError(`${name} must not be empty: a rate needs at least one item`);
	}
	return values;
}
