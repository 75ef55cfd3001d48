// A Storage in memory for the browser-storage tests, with an optional size limit to play a
// full browser storage.
export class MemoryStorage implements Storage {
	private items = new Map<string, string>();
	constructor(private limit = Infinity) {}
	get length() {
		return this.items.size;
	}
	clear() {
		this.items.clear();
	}
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	key(index: number) {
		return [...this.items.keys()][index] ?? null;
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
	setItem(key: string, value: string) {
		const used = [...this.items].reduce(
			(n, [k, v]) => n + (k === key ? 0 : k.length + v.length),
			0
		);
		if (used + key.length + value.length > this.limit)
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		this.items.set(key, String(value));
	}
	keys() {
		return [...this.items.keys()];
	}
	[name: string]: unknown;
}
