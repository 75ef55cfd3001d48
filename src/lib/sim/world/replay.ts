/**
 * Replaying and branching a recorded run. A run is a seed and its list of accepted commands,
 * day ends included, so the world at the end of any day is the replay of the commands up to
 * that day's `day.advance`; a branch keeps the decisions before a day and lets the learner
 * decide that day afresh.
 */
import { createWorld } from './create';
import type { Scenario } from './scenario';
import { step } from './step';
import type { Command, World } from './types';

/** How many days a recording ended. */
export function daysRecorded(commands: readonly Command[]): number {
	return commands.filter((c) => c.type === 'day.advance').length;
}

/**
 * The commands that bring a run to the start of `day`: every decision and day end before it.
 * Branching from day 1 keeps nothing.
 */
export function commandsBeforeDay(commands: readonly Command[], day: number): Command[] {
	if (!Number.isInteger(day) || day < 1) throw new RangeError(`day must be 1 or later, got ${day}`);
	const out: Command[] = [];
	let ended = 0;
	for (const c of commands) {
		if (ended >= day - 1) break;
		out.push(c);
		if (c.type === 'day.advance') ended++;
	}
	if (ended < day - 1)
		throw new RangeError(
			`the run ended only ${ended} day(s); it cannot be branched from day ${day}`
		);
	return out;
}

/** The world at the end of each recorded day (index 0 = end of day 1). */
export function worldsByDay(
	scenario: Scenario,
	seed: number,
	commands: readonly Command[]
): World[] {
	let world = createWorld(scenario, seed);
	const days: World[] = [];
	for (const c of commands) {
		world = step(world, c).world;
		if (c.type === 'day.advance') days.push(world);
	}
	return days;
}
