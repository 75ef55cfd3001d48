/**
 * A persistent vector as plain data: items in fixed-size chunks, so replacing one item copies
 * one chunk and the (short) list of chunks instead of the whole collection. This keeps a world
 * step cheap with thousands of orders, while the world stays JSON-serialisable and comparable.
 */
export const CHUNK = 64;

export type PVec<T> = { readonly size: number; readonly chunks: readonly (readonly T[])[] };

export function emptyVec<T>(): PVec<T> {
	return { size: 0, chunks: [] };
}

export function vecGet<T>(vec: PVec<T>, index: number): T | undefined {
	if (!Number.isInteger(index) || index < 0 || index >= vec.size) return undefined;
	return vec.chunks[Math.floor(index / CHUNK)][index % CHUNK];
}

/** Calls `fn` for items from `from` to the end, without building an array. */
export function vecForEach<T>(vec: PVec<T>, fn: (item: T, index: number) => void, from = 0): void {
	for (let c = Math.floor(from / CHUNK); c < vec.chunks.length; c++) {
		const chunk = vec.chunks[c];
		for (let k = c === Math.floor(from / CHUNK) ? from % CHUNK : 0; k < chunk.length; k++)
			fn(chunk[k], c * CHUNK + k);
	}
}

export function vecToArray<T>(vec: PVec<T>): T[] {
	return vec.chunks.flat() as T[];
}

export function vecFromArray<T>(items: readonly T[]): PVec<T> {
	const chunks: T[][] = [];
	for (let i = 0; i < items.length; i += CHUNK) chunks.push(items.slice(i, i + CHUNK));
	return { size: items.length, chunks };
}

/**
 * A private, mutable view of a vector for the length of one step. The first write to a chunk
 * copies it; later writes in the same step change the copy in place. `freeze()` hands back a
 * vector that shares every untouched chunk with the original.
 */
export class VecDraft<T> {
	private chunks: T[][];
	private owned = new Set<number>();
	size: number;

	constructor(private readonly base: PVec<T>) {
		this.chunks = base.chunks as T[][];
		this.size = base.size;
	}

	get(index: number): T | undefined {
		if (index < 0 || index >= this.size) return undefined;
		return this.chunks[Math.floor(index / CHUNK)][index % CHUNK];
	}

	private ownChunk(c: number): T[] {
		if (this.chunks === this.base.chunks) this.chunks = [...this.chunks];
		if (!this.owned.has(c)) {
			this.chunks[c] = this.chunks[c] ? [...this.chunks[c]] : [];
			this.owned.add(c);
		}
		return this.chunks[c];
	}

	set(index: number, value: T): void {
		if (index < 0 || index >= this.size)
			throw new RangeError(`index ${index} is outside the vector`);
		this.ownChunk(Math.floor(index / CHUNK))[index % CHUNK] = value;
	}

	push(value: T): number {
		const index = this.size;
		const c = Math.floor(index / CHUNK);
		if (c === this.chunks.length) {
			if (this.chunks === this.base.chunks) this.chunks = [...this.chunks];
			this.chunks.push([]);
			this.owned.add(c);
		}
		this.ownChunk(c).push(value);
		this.size++;
		return index;
	}

	changed(): boolean {
		return this.chunks !== this.base.chunks;
	}

	freeze(): PVec<T> {
		return this.changed() ? { size: this.size, chunks: this.chunks } : this.base;
	}
}
