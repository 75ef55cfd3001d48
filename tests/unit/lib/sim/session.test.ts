import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { sessionMachine, type Command } from '../../../../src/lib/sim';
import { testScenario } from './world/fixture';

const scenario = testScenario({ days: 3 });

describe('the session machine', () => {
	it('opens on the briefing, then plays day by day into the debrief', () => {
		const actor = createActor(sessionMachine, { input: { scenario } }).start();
		expect(actor.getSnapshot().value).toBe('briefing');
		actor.send({ type: 'session.start' });
		expect(actor.getSnapshot().value).toEqual({ playing: 'deciding' });
		actor.send({ type: 'day.end' });
		actor.send({ type: 'day.end' });
		expect(actor.getSnapshot().context.world.day).toBe(3);
		actor.send({ type: 'day.end' });
		expect(actor.getSnapshot().value).toBe('debrief');
		expect(
			actor.getSnapshot().context.commands.filter((c) => c.type === 'day.advance')
		).toHaveLength(3);
	});

	it('records accepted decisions and shows a refusal without changing the world', () => {
		const actor = createActor(sessionMachine, { input: { scenario } }).start();
		actor.send({ type: 'session.start' });
		actor.send({ type: 'desk.command', command: { type: 'order.validate', orderId: 'SO-0001' } });
		const world = actor.getSnapshot().context.world;
		actor.send({ type: 'desk.command', command: { type: 'order.ship', orderId: 'SO-0001' } });
		const snapshot = actor.getSnapshot();
		expect(snapshot.context.world).toBe(world);
		expect(snapshot.context.error).toBe(
			'SO-0001 is validated (not yet promised), so it cannot be released to ship now.'
		);
		expect(snapshot.context.commands).toEqual([{ type: 'order.validate', orderId: 'SO-0001' }]);
		actor.send({ type: 'error.dismiss' });
		expect(actor.getSnapshot().context.error).toBeNull();
	});

	it('resumes a saved run where it stopped, and an ended one at its debrief', () => {
		const commands: Command[] = [
			{ type: 'order.validate', orderId: 'SO-0001' },
			{ type: 'day.advance' }
		];
		const resumed = createActor(sessionMachine, { input: { scenario, commands } })
			.start()
			.getSnapshot();
		expect(resumed.value).toEqual({ playing: 'deciding' });
		expect(resumed.context.world.day).toBe(2);
		const ended = createActor(sessionMachine, {
			input: {
				scenario,
				commands: [{ type: 'day.advance' }, { type: 'day.advance' }, { type: 'day.advance' }]
			}
		})
			.start()
			.getSnapshot();
		expect(ended.value).toBe('debrief');
	});

	it('skips saved decisions the engine refuses and counts them', () => {
		const snapshot = createActor(sessionMachine, {
			input: {
				scenario,
				commands: [
					{ type: 'order.ship', orderId: 'SO-0001' },
					{ type: 'order.validate', orderId: 'SO-0002' }
				]
			}
		})
			.start()
			.getSnapshot();
		expect(snapshot.context.restoreRefusals).toBe(1);
		expect(snapshot.context.commands).toHaveLength(1);
	});
});
