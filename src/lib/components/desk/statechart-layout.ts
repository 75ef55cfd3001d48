// Lays out one region of a compiled statechart as layers: each state sits one row below the
// first state that reaches it, so the main flow reads top to bottom. Presentation only; the
// states and transitions come from the machine definition.
import type { CompiledMachine } from '$lib/sim';

export type LaidOutState = { id: string; x: number; y: number };
export type LaidOutEdge = { from: string; to: string; events: string[]; back: boolean };
export type RegionLayout = {
	width: number;
	height: number;
	states: LaidOutState[];
	edges: LaidOutEdge[];
};

export const BOX = { width: 104, height: 30, gapX: 14, gapY: 34 };

export function layoutRegion(machine: CompiledMachine, region: string): RegionLayout {
	const table = machine.tables[region];
	const layerOf = new Map<string, number>([[machine.initial[region], 0]]);
	const queue = [machine.initial[region]];
	const edges = new Map<string, LaidOutEdge>();
	while (queue.length) {
		const state = queue.shift()!;
		for (const [event, candidates] of Object.entries(table[state] ?? {})) {
			for (const c of candidates) {
				if (!layerOf.has(c.target)) {
					layerOf.set(c.target, layerOf.get(state)! + 1);
					queue.push(c.target);
				}
				const key = `${state}->${c.target}`;
				const edge = edges.get(key) ?? { from: state, to: c.target, events: [], back: false };
				if (!edge.events.includes(event)) edge.events.push(event);
				edges.set(key, edge);
			}
		}
	}
	// States no transition reaches (none in a well-formed machine) go last.
	for (const state of Object.keys(table)) if (!layerOf.has(state)) layerOf.set(state, layerOf.size);
	const layers: string[][] = [];
	for (const [state, layer] of layerOf) (layers[layer] ??= []).push(state);
	const widest = Math.max(...layers.map((l) => l.length));
	const width = widest * (BOX.width + BOX.gapX);
	const states: LaidOutState[] = [];
	layers.forEach((row, layer) => {
		const rowWidth = row.length * (BOX.width + BOX.gapX);
		row.forEach((id, i) => {
			states.push({
				id,
				x: (width - rowWidth) / 2 + i * (BOX.width + BOX.gapX) + BOX.gapX / 2,
				y: layer * (BOX.height + BOX.gapY) + 4
			});
		});
	});
	for (const edge of edges.values()) edge.back = layerOf.get(edge.to)! <= layerOf.get(edge.from)!;
	return {
		width,
		height: layers.length * (BOX.height + BOX.gapY),
		states,
		edges: [...edges.values()]
	};
}
