/**
 * Steps a statechart through a lookup table compiled once from the XState machine itself:
 * for each region, each atomic state and each event, the candidate transitions in the order
 * XState tries them (the state first, then its ancestors) with their named guards. This is a
 * faster route through the same definition, not a second copy of it; the tests prove it
 * agrees with XState's `transition()` on every reachable state and event.
 *
 * Supported: compound states, one level of parallel regions at the root, guards that read
 * the event only, targets resolved to their initial atomic state. Not supported (and refused
 * at compile time): entry/exit actions, `always` transitions, history states.
 */
import type { AnyStateMachine } from 'xstate';

type Guard = (args: { context: unknown; event: { type: string } }, params: unknown) => boolean;
type Candidate = { guard?: string; target: string };
type RegionTable = Record<string, Record<string, Candidate[]>>;

/** A state value as the world stores it: region name to the dotted path of its atomic state. */
export type StateValue = Record<string, string>;

export type CompiledMachine = {
	regions: string[];
	initial: StateValue;
	tables: Record<string, RegionTable>;
	guards: Record<string, Guard>;
	/** Every event type any state handles. */
	eventTypes: string[];
};

type Node = {
	key: string;
	type: string;
	path: string[];
	states: Record<string, Node>;
	parent?: Node;
	initial?: { target: Node[] };
	transitions: Map<string, { guard?: unknown; target?: Node[]; actions: unknown[] }[]>;
	entry: unknown[];
	exit: unknown[];
	always?: unknown;
	history: unknown;
};

function initialLeaf(node: Node): Node {
	let current = node;
	while (current.type === 'compound') {
		const next = current.initial?.target[0];
		if (!next) throw new Error(`state ${current.path.join('.')} has no initial state`);
		current = next;
	}
	if (current.type === 'parallel') throw new Error('nested parallel states are not supported');
	return current;
}

function leaves(node: Node): Node[] {
	if (node.type === 'atomic' || node.type === 'final') return [node];
	return Object.values(node.states).flatMap(leaves);
}

export function compileMachine(machine: AnyStateMachine): CompiledMachine {
	const root = machine.root as unknown as Node;
	const regionNodes = root.type === 'parallel' ? Object.values(root.states) : [root];
	const regions = root.type === 'parallel' ? regionNodes.map((n) => n.key) : ['value'];
	const tables: Record<string, RegionTable> = {};
	const initial: StateValue = {};
	const eventTypes = new Set<string>();

	regionNodes.forEach((region, r) => {
		const name = regions[r];
		const depth = region.path.length;
		const relative = (node: Node) => node.path.slice(depth).join('.');
		initial[name] = relative(initialLeaf(region));
		const table: RegionTable = {};
		for (const leaf of leaves(region)) {
			const byEvent: Record<string, Candidate[]> = {};
			// XState selects the first enabled transition from the atomic state up through its
			// ancestors; later candidates only apply when earlier guards fail.
			for (let node: Node | undefined = leaf; node && node !== root; node = node.parent) {
				if (node.entry.length || node.exit.length || node.always || node.history) {
					throw new Error(`state ${node.path.join('.')} uses a feature the table does not support`);
				}
				for (const [eventType, transitions] of node.transitions) {
					eventTypes.add(eventType);
					for (const t of transitions) {
						if (t.actions.length)
							throw new Error(`transition actions are not supported (${eventType})`);
						if (!t.target?.length)
							throw new Error(`targetless transitions are not supported (${eventType})`);
						const target = initialLeaf(t.target[0]);
						if (target.path.slice(0, depth).join('.') !== region.path.join('.')) {
							throw new Error(`transition ${eventType} leaves its region`);
						}
						const guard = typeof t.guard === 'string' ? t.guard : undefined;
						if (t.guard !== undefined && guard === undefined) {
							throw new Error(`only named guards are supported (${eventType})`);
						}
						(byEvent[eventType] ??= []).push({ guard, target: relative(target) });
					}
				}
				if (node === region) break;
			}
			table[relative(leaf)] = byEvent;
		}
		tables[name] = table;
	});

	const guards = (machine.implementations.guards ?? {}) as Record<string, Guard>;
	return { regions, initial, tables, guards, eventTypes: [...eventTypes].sort() };
}

/**
 * The state after `event`, or null when no region accepts it (the event is not allowed in
 * this state). Regions that do not handle the event keep their state.
 */
export function nextState(
	machine: CompiledMachine,
	state: StateValue,
	event: { type: string }
): StateValue | null {
	let changed: StateValue | null = null;
	for (const region of machine.regions) {
		const candidates = machine.tables[region][state[region]]?.[event.type];
		if (!candidates) continue;
		for (const c of candidates) {
			if (c.guard && !machine.guards[c.guard]({ context: undefined, event }, undefined)) continue;
			changed ??= { ...state };
			changed[region] = c.target;
			break;
		}
	}
	return changed;
}

/** Event types the machine accepts in `state` (ignoring guards), for offering actions. */
export function acceptedEvents(machine: CompiledMachine, state: StateValue): string[] {
	const events = new Set<string>();
	for (const region of machine.regions) {
		for (const type of Object.keys(machine.tables[region][state[region]] ?? {})) events.add(type);
	}
	return [...events].sort();
}
