// Live classes in memory: each class's log, the worlds replayed from it (one per learner or
// team), the open event streams, and the day timer. The store is the truth; this is a cache
// rebuilt from it after any restart.
import {
	classState,
	parseCommand,
	replayEvent,
	startReplay,
	step,
	type ClassStatus,
	type Command,
	type ReplayState,
	type Scenario,
	type World
} from '$lib/sim';
import { scenarioById } from '../scenarios';
import {
	SqliteClassStore,
	type ClassRecord,
	type ClassStore,
	type NewEvent,
	type Participant,
	type StoredEvent
} from './store';

export type Viewer =
	{ role: 'host' } | { role: 'learner'; participant: Participant; worldKey: string };
type Subscriber = { viewer: Viewer; send: (event: StoredEvent) => void };

export type Outcome =
	{ ok: true; event: StoredEvent } | { ok: false; status: number; message: string };

export function worldKeyOf(record: ClassRecord, participant: Participant): string {
	return record.mode === 'team' && participant.team
		? `team:${participant.team}`
		: `learner:${participant.id}`;
}

/** Whether a viewer may see an event: learners see class events and their own world's. */
export function visibleTo(viewer: Viewer, event: StoredEvent): boolean {
	if (viewer.role === 'host') return true;
	if (event.type === 'command') return event.worldKey === viewer.worldKey;
	return true;
}

export class LiveClass {
	readonly events: StoredEvent[];
	private current: { status: ClassStatus; day: number };
	private worlds = new Map<string, ReplayState>();
	private subscribers = new Set<Subscriber>();
	private timer: ReturnType<typeof setTimeout> | null = null;

	constructor(
		readonly record: ClassRecord,
		readonly scenario: Scenario,
		private readonly store: ClassStore
	) {
		this.events = store.log(record.id);
		this.current = classState(this.events, scenario.days);
		this.schedule();
	}

	state(): { status: ClassStatus; day: number } {
		return this.current;
	}

	/** The world of one learner or team, replayed from the log and then kept up to date. */
	world(worldKey: string): World {
		let replay = this.worlds.get(worldKey);
		if (!replay) {
			replay = startReplay(this.scenario, this.record.seed);
			for (const event of this.events) replay = replayEvent(replay, event, worldKey);
			this.worlds.set(worldKey, replay);
		}
		return replay.world;
	}

	private append(event: NewEvent): StoredEvent {
		const stored = this.store.append(this.record.id, event, (this.events.at(-1)?.seq ?? 0) + 1);
		this.events.push(stored);
		if (stored.type !== 'command' && stored.type !== 'participant.joined') {
			this.current = classState(this.events, this.scenario.days);
		}
		for (const [key, replay] of this.worlds) this.worlds.set(key, replayEvent(replay, stored, key));
		for (const s of this.subscribers) if (visibleTo(s.viewer, stored)) s.send(stored);
		return stored;
	}

	join(participant: Participant): StoredEvent {
		return this.append({
			type: 'participant.joined',
			participantId: participant.id,
			name: participant.name,
			worldKey: worldKeyOf(this.record, participant)
		});
	}

	/** A learner's decision: checked against their world, kept only if the engine accepts it. */
	submit(participant: Participant, input: unknown): Outcome {
		const { status } = this.state();
		if (status === 'lobby')
			return {
				ok: false,
				status: 409,
				message: 'The class has not started yet: wait for the instructor.'
			};
		if (status === 'paused')
			return { ok: false, status: 409, message: 'The instructor has paused the class.' };
		if (status === 'ended') return { ok: false, status: 409, message: 'The class has ended.' };
		const check = parseCommand(input);
		if (!check.ok) return { ok: false, status: 400, message: check.message };
		const command: Command = check.command;
		if (command.type === 'day.advance')
			return { ok: false, status: 403, message: 'In a class the instructor ends each day.' };
		const worldKey = worldKeyOf(this.record, participant);
		const result = step(this.world(worldKey), command);
		const refusal = result.events.find((e) => e.type === 'command.rejected');
		if (refusal && refusal.type === 'command.rejected')
			return { ok: false, status: 409, message: refusal.message };
		return {
			ok: true,
			event: this.append({ type: 'command', participantId: participant.id, worldKey, command })
		};
	}

	/** The instructor's pacing. */
	control(action: 'start' | 'pause' | 'resume' | 'advance' | 'end'): Outcome {
		const { status, day } = this.state();
		const refuse = (message: string): Outcome => ({ ok: false, status: 409, message });
		let event: StoredEvent;
		switch (action) {
			case 'start':
				if (status !== 'lobby') return refuse('The class has already started.');
				event = this.append({ type: 'class.started' });
				break;
			case 'pause':
				if (status !== 'running') return refuse('Only a running class can be paused.');
				event = this.append({ type: 'class.paused' });
				break;
			case 'resume':
				if (status !== 'paused') return refuse('The class is not paused.');
				event = this.append({ type: 'class.resumed' });
				break;
			case 'advance':
				if (status !== 'running')
					return refuse(
						status === 'paused'
							? 'Resume the class before ending a day.'
							: 'The class is not running.'
					);
				event = this.append({ type: 'day.advanced', day });
				break;
			case 'end':
				if (status === 'ended') return refuse('The class has already ended.');
				event = this.append({ type: 'class.ended' });
				break;
		}
		this.schedule();
		return { ok: true, event };
	}

	/** Timer pacing: the next day ends a fixed time after the last start, resume or day end. */
	private schedule() {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
		if (this.record.pacing.kind !== 'timer' || this.state().status !== 'running') return;
		const last = [...this.events]
			.reverse()
			.find(
				(e) => e.type === 'day.advanced' || e.type === 'class.started' || e.type === 'class.resumed'
			);
		const due =
			Date.parse(last?.at ?? new Date().toISOString()) + this.record.pacing.secondsPerDay * 1000;
		this.timer = setTimeout(() => this.control('advance'), Math.max(0, due - Date.now()));
		this.timer.unref?.();
	}

	subscribe(viewer: Viewer, send: (event: StoredEvent) => void): () => void {
		const subscriber = { viewer, send };
		this.subscribers.add(subscriber);
		return () => this.subscribers.delete(subscriber);
	}

	participants(): Participant[] {
		return this.store.participants(this.record.id);
	}

	hostCheck(token: string): boolean {
		return this.store.isHost(this.record.id, token);
	}

	learnerByToken(token: string): Participant | null {
		return this.store.participantByToken(this.record.id, token);
	}

	addParticipant(name: string, team: string | null) {
		const added = this.store.addParticipant(this.record.id, name, team);
		if ('participant' in added) this.join(added.participant);
		return added;
	}
}

class ClassHub {
	private live = new Map<string, LiveClass>();
	readonly store: ClassStore = new SqliteClassStore();

	byCode(code: string): LiveClass | null {
		const cached = this.live.get(code);
		if (cached) return cached;
		const record = this.store.byCode(code);
		if (!record) return null;
		const live = new LiveClass(record, scenarioById(record.scenarioId), this.store);
		this.live.set(code, live);
		return live;
	}

	create(input: Parameters<ClassStore['createClass']>[0]) {
		return this.store.createClass(input);
	}
}

let hub: ClassHub | null = null;

/** The process's hub, created on first use. */
export function classHub(): ClassHub {
	return (hub ??= new ClassHub());
}
