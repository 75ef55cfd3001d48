/**
 * A learner's play-through of one scenario: briefing, then days of deciding and advancing,
 * then the debrief. The world and the list of accepted commands are its context, so a run
 * can be saved as seed plus commands and replayed exactly.
 */
import { assign, setup } from 'xstate';
import { createWorld } from './world/create';
import type { Scenario } from './world/scenario';
import { step } from './world/step';
import type { Command, World, WorldEvent } from './world/types';

export type SessionInput = { scenario: Scenario; seed?: number; commands?: readonly Command[] };

export type SessionContext = {
	scenario: Scenario;
	seed: number;
	world: World;
	/** Every accepted command, day ends included, in order: the run's recording. */
	commands: Command[];
	/** The engine's message for the last refused decision, shown as it is. */
	error: string | null;
	/** Events of the last accepted command (new orders, days ended). */
	events: WorldEvent[];
	/** Commands of a saved run the current engine refused while restoring it. */
	restoreRefusals: number;
};

export type SessionEvent =
	| { type: 'session.start' }
	| { type: 'desk.command'; command: Command }
	| { type: 'day.end' }
	| { type: 'error.dismiss' }
	| { type: 'session.restart'; seed?: number };

/** Applies one decision; a refusal keeps the world and records the engine's message. */
export function applyDecision(context: SessionContext, command: Command): Partial<SessionContext> {
	const result = step(context.world, command);
	const refusal = result.events.find((e) => e.type === 'command.rejected');
	if (refusal && refusal.type === 'command.rejected') return { error: refusal.message, events: [] };
	return {
		world: result.world,
		commands: [...context.commands, command],
		error: null,
		events: result.events
	};
}

/** Rebuilds a session from a seed and a recorded command list. */
export function restoreSession(input: SessionInput): SessionContext {
	const seed = input.seed ?? input.scenario.seed;
	let context: SessionContext = {
		scenario: input.scenario,
		seed,
		world: createWorld(input.scenario, seed),
		commands: [],
		error: null,
		events: [],
		restoreRefusals: 0
	};
	for (const command of input.commands ?? []) {
		const next = applyDecision(context, command);
		context = next.error
			? { ...context, restoreRefusals: context.restoreRefusals + 1 }
			: { ...context, ...next };
	}
	return { ...context, error: null, events: [] };
}

export const sessionMachine = setup({
	types: {
		context: {} as SessionContext,
		events: {} as SessionEvent,
		input: {} as SessionInput
	},
	guards: {
		ended: ({ context }) => context.world.ended,
		isDayEnd: ({ event }) => event.type === 'desk.command' && event.command.type === 'day.advance',
		started: ({ context }) => context.commands.length > 0
	},
	actions: {
		decide: assign(({ context, event }) =>
			event.type === 'desk.command' ? applyDecision(context, event.command) : {}
		),
		advance: assign(({ context }) => applyDecision(context, { type: 'day.advance' })),
		dismiss: assign({ error: null }),
		restart: assign(({ context, event }) =>
			restoreSession({
				scenario: context.scenario,
				seed: event.type === 'session.restart' ? event.seed : undefined
			})
		)
	}
}).createMachine({
	id: 'session',
	context: ({ input }) => restoreSession(input),
	initial: 'restoring',
	states: {
		// A saved run resumes where it stopped.
		restoring: {
			always: [
				{ guard: 'ended', target: 'debrief' },
				{ guard: 'started', target: 'playing' },
				{ target: 'briefing' }
			]
		},
		briefing: { on: { 'session.start': 'playing' } },
		playing: {
			initial: 'deciding',
			states: {
				deciding: {
					on: {
						// Ending the day always goes through the advancing state.
						'desk.command': [{ guard: 'isDayEnd', target: 'advancing' }, { actions: 'decide' }],
						'error.dismiss': { actions: 'dismiss' },
						'day.end': 'advancing'
					}
				},
				advancing: {
					entry: 'advance',
					always: [{ guard: 'ended', target: '#session.debrief' }, { target: 'deciding' }]
				}
			}
		},
		debrief: { on: { 'session.restart': { target: 'briefing', actions: 'restart' } } }
	}
});
