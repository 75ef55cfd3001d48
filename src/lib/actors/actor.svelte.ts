// The one bridge from an XState actor to Svelte 5 runes: the snapshot is reactive state that
// follows the actor. Create it in an $effect (or event handler) and stop it on teardown.
import {
	createActor,
	type Actor,
	type AnyActorLogic,
	type ActorOptions,
	type EventFromLogic,
	type SnapshotFrom
} from 'xstate';

export class ActorHandle<TLogic extends AnyActorLogic> {
	readonly actor: Actor<TLogic>;
	snapshot: SnapshotFrom<TLogic> = $state.raw() as SnapshotFrom<TLogic>;
	private subscription: { unsubscribe(): void };

	constructor(logic: TLogic, options?: ActorOptions<TLogic>) {
		this.actor = createActor(logic, options);
		this.snapshot = this.actor.getSnapshot();
		this.subscription = this.actor.subscribe((snapshot) => {
			this.snapshot = snapshot;
		});
		this.actor.start();
	}

	send = (event: EventFromLogic<TLogic>) => this.actor.send(event);

	stop() {
		this.subscription.unsubscribe();
		this.actor.stop();
	}
}
