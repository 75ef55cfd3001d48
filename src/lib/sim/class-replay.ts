/**
 * A live class is one ordered log: the instructor's events (start, pause, day advances, end)
 * and every learner's or team's accepted commands. A world is the replay of that log on the
 * class seed: the class-wide events plus its own commands. Days that passed before a learner
 * joined are played by the autopilot, so a late joiner starts on the class's current day
 * with a realistic world. Server and browser build worlds with this one function.
 */
import { runAutopilot } from './world/autopilot';
import { createWorld } from './world/create';
import type { Scenario } from './world/scenario';
import { step } from './world/step';
import type { Command, World } from './world/types';

export type ClassLogEvent =
	| { seq: number; type: 'class.started' }
	| { seq: number; type: 'class.paused' }
	| { seq: number; type: 'class.resumed' }
	| { seq: number; type: 'class.ended' }
	| { seq: number; type: 'day.advanced'; day: number }
	| {
			seq: number;
			type: 'participant.joined';
			participantId: string;
			name: string;
			worldKey: string;
	  }
	| { seq: number; type: 'command'; participantId: string; worldKey: string; command: Command };

export type ClassStatus = 'lobby' | 'running' | 'paused' | 'ended';

/** Where the class stands after its log: status and current day. */
export function classState(
	events: readonly ClassLogEvent[],
	days: number
): { status: ClassStatus; day: number } {
	let status: ClassStatus = 'lobby';
	let day = 1;
	for (const e of events) {
		if (e.type === 'class.started' || e.type === 'class.resumed') status = 'running';
		else if (e.type === 'class.paused') status = 'paused';
		else if (e.type === 'class.ended') status = 'ended';
		else if (e.type === 'day.advanced') {
			day = e.day + 1;
			if (e.day >= days) status = 'ended';
		}
	}
	return { status, day: Math.min(day, days) };
}

export type ReplayState = { world: World; joined: boolean };

/** Starts a replay for one world (a learner or a team). */
export function startReplay(scenario: Scenario, seed: number): ReplayState {
	return { world: createWorld(scenario, seed), joined: false };
}

/** Applies one log event to a world being replayed for `worldKey`. */
export function replayEvent(
	state: ReplayState,
	event: ClassLogEvent,
	worldKey: string
): ReplayState {
	switch (event.type) {
		case 'participant.joined':
			return event.worldKey === worldKey ? { ...state, joined: true } : state;
		case 'day.advanced': {
			if (state.world.ended) return state;
			// Nobody was at this desk yet: the default policy made the day's decisions.
			const decided = state.joined ? state.world : runAutopilot(state.world).world;
			return { ...state, world: step(decided, { type: 'day.advance' }).world };
		}
		case 'command':
			return event.worldKey === worldKey
				? { ...state, world: step(state.world, event.command).world }
				: state;
		default:
			return state;
	}
}

export function replayClass(
	scenario: Scenario,
	seed: number,
	events: readonly ClassLogEvent[],
	worldKey: string
): World {
	let state = startReplay(scenario, seed);
	for (const event of events) state = replayEvent(state, event, worldKey);
	return state.world;
}
