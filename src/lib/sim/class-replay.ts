/**
 * A live class is one ordered log: the instructor's events (start, pause, day advances,
 * disruptions, quiz rounds, lobby changes, end) and every learner's or team's accepted
 * commands. A world is the replay of that log on the class seed: the class-wide events plus
 * its own commands. Days that passed before a learner joined are played by the autopilot, so
 * a late joiner starts on the class's current day with a realistic world. A disruption the
 * instructor plays is injected into every world; quiz rounds and lobby changes touch no world.
 * Server and browser build worlds with this one function.
 */
import { REFERENCE_POLICIES, runAutopilot, type ReferencePolicy } from './world/autopilot';
import { createWorld } from './world/create';
import { referencePolicy } from './world/play';
import type { Scenario } from './world/scenario';
import { step } from './world/step';
import type { Command, DisruptionKind, World } from './world/types';

/** The question types a live round can ask: each has answers a class can be counted on. */
export const LIVE_QUESTION_TYPES = ['single', 'multiple', 'numeric'] as const;

/** A question as learners receive it: no answer, no explanation, choices in a drawn order. */
export type LiveQuestion = {
	id: string;
	topic: number;
	type: (typeof LIVE_QUESTION_TYPES)[number];
	prompt: string;
	options: { id: string; text: string }[];
	unit?: string;
	table?: { caption: string; columns: string[]; rows: (string | number)[][] };
	/** The lesson section the question tests. */
	anchor: string;
};

/** A learner's answer in a live round: the options picked, or the figure given. */
export type LiveResponse = { choices: string[] } | { value: number };

/** What closing a round shows everyone: the answer, why, and how the class answered. */
export type QuizReveal = {
	/** The right option ids, or the right figure with its tolerance. */
	answer: { choices: string[] } | { value: number; tolerance: number };
	explanation: string;
	answered: number;
	distribution: { id: string; label: string; count: number; correct: boolean }[];
};

export type ClassLogEvent =
	| { seq: number; type: 'class.started' }
	| { seq: number; type: 'class.paused' }
	| { seq: number; type: 'class.resumed' }
	/** `inactive`: ended by the server after a long time without activity. */
	| { seq: number; type: 'class.ended'; reason?: 'instructor' | 'inactive' }
	| { seq: number; type: 'day.advanced'; day: number }
	| {
			seq: number;
			type: 'participant.joined';
			participantId: string;
			name: string;
			worldKey: string;
	  }
	| {
			seq: number;
			type: 'participant.renamed';
			participantId: string;
			name: string;
			worldKey: string;
	  }
	| { seq: number; type: 'participant.removed'; participantId: string; worldKey: string }
	| { seq: number; type: 'lobby.locked' }
	| { seq: number; type: 'lobby.unlocked' }
	| {
			seq: number;
			type: 'disruption.played';
			day: number;
			kind: DisruptionKind;
			severity: number;
			days: number;
			/** Resolved when played, so every world meets the very same disruption. */
			sku: string | null;
			customerId: string | null;
			headline: string;
	  }
	| { seq: number; type: 'quiz.opened'; round: number; question: LiveQuestion }
	| {
			seq: number;
			type: 'quiz.answered';
			round: number;
			participantId: string;
			worldKey: string;
			response: LiveResponse;
			points: number;
	  }
	| { seq: number; type: 'quiz.closed'; round: number; reveal: QuizReveal }
	| { seq: number; type: 'command'; participantId: string; worldKey: string; command: Command };

export type ClassStatus = 'lobby' | 'running' | 'paused' | 'ended';

export type ClassNow = { status: ClassStatus; day: number; locked: boolean };

export const CLASS_START: ClassNow = { status: 'lobby', day: 1, locked: false };

/** Where the class stands after one more event of its log (`days`: the scenario's length). */
export function nextClassNow(now: ClassNow, e: ClassLogEvent, days: number): ClassNow {
	switch (e.type) {
		case 'class.started':
		case 'class.resumed':
			return now.status === 'ended' ? now : { ...now, status: 'running' };
		case 'class.paused':
			return now.status === 'ended' ? now : { ...now, status: 'paused' };
		case 'class.ended':
			return { ...now, status: 'ended' };
		case 'lobby.locked':
			return { ...now, locked: true };
		case 'lobby.unlocked':
			return { ...now, locked: false };
		case 'day.advanced':
			return {
				...now,
				day: Math.min(e.day + 1, days),
				status: e.day >= days ? 'ended' : now.status
			};
		default:
			return now;
	}
}

/** Where the class stands after its log: status, current day, and whether the lobby is locked. */
export function classState(events: readonly ClassLogEvent[], days: number): ClassNow {
	return events.reduce((now, e) => nextClassNow(now, e, days), CLASS_START);
}

/** The disruption command a played disruption replays in each world. */
export function disruptionCommand(
	event: Extract<ClassLogEvent, { type: 'disruption.played' }>
): Command {
	return {
		type: 'disruption.inject',
		kind: event.kind,
		severity: event.severity,
		days: event.days,
		...(event.sku ? { sku: event.sku } : {}),
		...(event.customerId ? { customerId: event.customerId } : {})
	};
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
		case 'disruption.played':
			// Everyone meets it, at their desk or not; a refused injection leaves the world as it was.
			return state.world.ended
				? state
				: { ...state, world: step(state.world, disruptionCommand(event)).world };
		default:
			return state;
	}
}

/**
 * A reference policy played through the class so far: the same seed, the same days ended and
 * the same disruptions, so a debrief compares like with like at any point of the class.
 */
export function replayReference(
	scenario: Scenario,
	seed: number,
	events: readonly ClassLogEvent[],
	name: ReferencePolicy
): World {
	const style = REFERENCE_POLICIES[name].style;
	let world = createWorld(scenario, seed, referencePolicy(scenario, name));
	for (const event of events) {
		if (world.ended) break;
		if (event.type === 'disruption.played') world = step(world, disruptionCommand(event)).world;
		else if (event.type === 'day.advanced')
			world = step(runAutopilot(world, style).world, { type: 'day.advance' }).world;
	}
	return world;
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
