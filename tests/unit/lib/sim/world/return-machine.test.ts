// The world steps returns through a table compiled from the XState return machine. As for
// the order machine, the table must agree with XState's own transition() on the shortest
// path to every reachable state and on every event in every reachable state.
import { initialTransition, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { compileMachine, nextState } from '../../../../../src/lib/sim/world/machine-table';
import { returnMachine, type ReturnEvent } from '../../../../../src/lib/sim/world/return-machine';

const table = compileMachine(returnMachine);
const DISPOSITIONS = [
	'restock',
	'refurbish',
	'return-to-vendor',
	'liquidate',
	'recycle',
	'scrap'
] as const;
const EVENTS: ReturnEvent[] = [
	{ type: 'return.screen' },
	{ type: 'return.authorise' },
	{ type: 'return.deny' },
	{ type: 'return.receive' },
	{ type: 'return.inspect' },
	...DISPOSITIONS.map((disposition) => ({ type: 'return.dispose' as const, disposition })),
	{ type: 'return.credit' },
	{ type: 'return.close' }
];

function flatten(value: unknown): string {
	let path = '';
	let current: unknown = value;
	while (typeof current === 'object' && current !== null) {
		const [key, inner] = Object.entries(current)[0];
		path += (path ? '.' : '') + key;
		current = inner;
	}
	return path + (path ? '.' : '') + String(current);
}

type Snapshot = ReturnType<typeof returnMachine.transition>;
const paths = getShortestPaths(returnMachine, { events: EVENTS });
const reachable = paths.map((p) => p.state as Snapshot);

describe('the return (RMA) lifecycle table', () => {
	it('reaches every state, each disposition among them', () => {
		expect(reachable.map((s) => flatten(s.value)).sort()).toEqual(
			[
				'requested',
				'screened',
				'authorised',
				'denied',
				'received',
				'inspected',
				'dispositioned.restock',
				'dispositioned.refurbish',
				'dispositioned.returnToVendor',
				'dispositioned.liquidate',
				'dispositioned.recycle',
				'dispositioned.scrap',
				'credited',
				'closed'
			].sort()
		);
		const [initial] = initialTransition(returnMachine);
		expect(table.initial).toEqual({ value: flatten(initial.value) });
	});

	it('follows the shortest path to every state exactly as transition() does', () => {
		for (const path of paths) {
			let [snapshot] = initialTransition(returnMachine);
			let state = { ...table.initial };
			for (const { event } of path.steps) {
				[snapshot] = transition(returnMachine, snapshot, event);
				state = nextState(table, state, event) ?? state;
				expect(state.value).toBe(flatten(snapshot.value));
			}
		}
	});

	it('agrees with transition() on every event in every state, taking every transition', () => {
		const taken = new Set<string>();
		for (const snapshot of reachable) {
			const state = { value: flatten(snapshot.value) };
			for (const event of EVENTS) {
				const [next] = transition(returnMachine, snapshot, event);
				const ours = nextState(table, state, event);
				expect((ours ?? state).value, `${state.value} on ${JSON.stringify(event)}`).toBe(
					flatten(next.value)
				);
				if (ours) taken.add(`${state.value}:${event.type}:${ours.value}`);
			}
		}
		const possible = Object.entries(table.tables.value).flatMap(([leaf, byEvent]) =>
			Object.entries(byEvent).flatMap(([type, cs]) => cs.map((c) => `${leaf}:${type}:${c.target}`))
		);
		expect(possible.filter((t) => !taken.has(t))).toEqual([]);
	});

	it('cannot credit before a disposition, nor authorize a denied return', () => {
		expect(nextState(table, { value: 'inspected' }, { type: 'return.credit' })).toBeNull();
		expect(nextState(table, { value: 'denied' }, { type: 'return.authorise' })).toBeNull();
		expect(nextState(table, { value: 'closed' }, { type: 'return.screen' })).toBeNull();
	});
});
