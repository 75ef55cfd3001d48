// The world steps orders through a table compiled from the XState order machine. These tests
// prove the table and XState's own pure `transition()` agree: on the shortest path to every
// reachable state (found by xstate/graph), and for every event in every reachable state, with
// every transition of the machine taken at least once.
import { initialTransition, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { compileMachine, nextState } from '../../../../../src/lib/sim/world/machine-table';
import { orderMachine, type OrderEvent } from '../../../../../src/lib/sim/world/order-machine';

const table = compileMachine(orderMachine);

const HOLDS = ['credit', 'compliance', 'pricing', 'data'] as const;
const EVENTS: OrderEvent[] = [
	{ type: 'order.validate', holds: [] },
	...HOLDS.map((h) => ({ type: 'order.validate' as const, holds: [h] })),
	{ type: 'order.validate', holds: ['data', 'credit'] },
	...HOLDS.map((reason) => ({ type: 'order.hold' as const, reason })),
	{ type: 'order.correct' },
	{ type: 'order.release' },
	{ type: 'order.reject' },
	{ type: 'order.cancel' },
	{ type: 'order.promise' },
	{ type: 'order.change' },
	{ type: 'order.allocate' },
	{ type: 'order.ship' },
	{ type: 'order.pick' },
	{ type: 'order.pack' },
	{ type: 'order.dispatch', complete: true },
	{ type: 'order.dispatch', complete: false },
	{ type: 'order.deliver' },
	{ type: 'order.close' },
	{ type: 'order.invoice' },
	{ type: 'order.dispute' },
	{ type: 'order.resolve' },
	{ type: 'order.pay', settled: true },
	{ type: 'order.pay', settled: false }
];

type Snapshot = ReturnType<typeof orderMachine.transition>;

/** XState's state value flattened to the world's form: region -> dotted atomic path. */
function flatten(value: unknown): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [region, v] of Object.entries(value as Record<string, unknown>)) {
		let path = '';
		let current: unknown = v;
		while (typeof current === 'object' && current !== null) {
			const [key, inner] = Object.entries(current)[0];
			path += (path ? '.' : '') + key;
			current = inner;
		}
		out[region] = path + (path ? '.' : '') + String(current);
	}
	return out;
}

const paths = getShortestPaths(orderMachine, { events: EVENTS });
const reachable: Snapshot[] = paths.map((p) => p.state as Snapshot);

describe('the order lifecycle table', () => {
	it('starts where the machine starts', () => {
		const [initial] = initialTransition(orderMachine);
		expect(table.initial).toEqual(flatten(initial.value));
		expect(table.initial).toEqual({ fulfilment: 'entered', billing: 'notInvoiced' });
	});

	it('reaches every atomic state of both regions', () => {
		const seen = new Set(
			reachable.flatMap((s) => Object.entries(flatten(s.value)).map(([r, v]) => `${r}:${v}`))
		);
		const expected = [
			...[
				'entered',
				'held.credit',
				'held.compliance',
				'held.pricing',
				'held.data',
				'validated',
				'confirmed',
				'allocated',
				'released',
				'picked',
				'packed',
				'shipped.partial',
				'shipped.complete',
				'delivered',
				'closed',
				'rejected',
				'cancelled'
			].map((s) => `fulfilment:${s}`),
			...['notInvoiced', 'invoiced', 'disputed', 'paid'].map((s) => `billing:${s}`)
		];
		expect([...seen].sort()).toEqual(expected.sort());
	});

	it('follows the shortest path to every reachable state exactly as transition() does', () => {
		for (const path of paths) {
			let [snapshot] = initialTransition(orderMachine);
			let state = { ...table.initial };
			for (const { event } of path.steps) {
				[snapshot] = transition(orderMachine, snapshot, event);
				state = nextState(table, state, event) ?? state;
				expect(state).toEqual(flatten(snapshot.value));
			}
		}
	});

	it('agrees with transition() on every event in every reachable state, taking every transition', () => {
		const taken = new Set<string>();
		let compared = 0;
		for (const snapshot of reachable) {
			const state = flatten(snapshot.value);
			for (const event of EVENTS) {
				const [next] = transition(orderMachine, snapshot, event);
				const ours = nextState(table, state, event);
				expect(ours ?? state, `${JSON.stringify(state)} on ${JSON.stringify(event)}`).toEqual(
					flatten(next.value)
				);
				compared++;
				if (ours) {
					for (const region of table.regions) {
						if (!table.tables[region][state[region]]?.[event.type]) continue;
						taken.add(`${region}:${state[region]}:${event.type}:${ours[region]}`);
					}
				}
			}
		}
		expect(compared).toBe(reachable.length * EVENTS.length);
		// Every (state, event, target) the compiled table can produce was produced at least once.
		const possible = new Set<string>();
		for (const region of table.regions) {
			for (const [leaf, byEvent] of Object.entries(table.tables[region])) {
				for (const [type, candidates] of Object.entries(byEvent)) {
					for (const c of candidates) possible.add(`${region}:${leaf}:${type}:${c.target}`);
				}
			}
		}
		expect([...possible].filter((t) => !taken.has(t))).toEqual([]);
	});

	it('refuses what the lifecycle does not allow', () => {
		expect(nextState(table, table.initial, { type: 'order.ship' })).toBeNull();
		expect(
			nextState(table, { fulfilment: 'closed', billing: 'paid' }, { type: 'order.cancel' })
		).toBeNull();
	});
});
