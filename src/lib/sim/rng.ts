/**
 * A seeded pseudo-random generator whose whole state is one 32-bit integer, so it can live
 * inside the world as plain data and a world can be replayed exactly from its seed.
 * Algorithm: Mulberry32 (Tommy Ettinger, public domain), chosen for its one-word state and
 * good statistical quality for simulation draws.
 */
export type RngState = number;

/** Turn any finite seed into a generator state. */
export function seedRng(seed: number): RngState {
	if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
	return Math.trunc(seed) | 0;
}

/** The next float in [0, 1) and the state after it. */
export function nextFloat(state: RngState): [value: number, next: RngState] {
	const next = (state + 0x6d2b79f5) | 0;
	let t = next;
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	return [value, next];
}

/** The next integer in [min, max] (both inclusive) and the state after it. */
export function nextInt(
	state: RngState,
	min: number,
	max: number
): [value: number, next: RngState] {
	if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
		throw new RangeError(`nextInt needs integers min <= max, got ${min} and ${max}`);
	}
	const [u, next] = nextFloat(state);
	return [min + Math.floor(u * (max - min + 1)), next];
}
