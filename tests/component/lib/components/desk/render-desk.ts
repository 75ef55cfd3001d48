// Renders the desk on a real session, optionally resumed part-way through a run, and gives the
// test the user, the session and the current world.
import { render } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { ActorHandle } from '../../../../../src/lib/actors/actor.svelte';
import type { Command, Scenario, World, sessionMachine } from '../../../../../src/lib/sim';
import DeskHarness from '../../../harness/DeskHarness.svelte';

export const days = (n: number): Command[] =>
	Array.from({ length: n }, () => ({ type: 'day.advance' }));

export function renderDesk(scenario: Scenario, commands: Command[] = []) {
	let session!: ActorHandle<typeof sessionMachine>;
	render(DeskHarness, { scenario, commands, onsession: (h) => (session = h) });
	return {
		user: userEvent.setup(),
		session: () => session,
		world: (): World => session.snapshot.context.world
	};
}
