// Live classes in memory: each class's log, the worlds replayed from it (one per learner or
// team), the open event streams, and the day timer. The store is the truth; this is a cache
// rebuilt from it after any restart. Instructor actions (pacing and the lobby here,
// disruptions and quiz rounds in instructor.ts) each append one log event; a refused action
// appends nothing.
import {
	classState,
	nextClassNow,
	parseCommand,
	replayEvent,
	startReplay,
	step,
	type ClassDesk,
	type ClassNow,
	type Command,
	type ReplayState,
	type Scenario,
	type World
} from '$lib/sim';
import { scenarioById } from '../scenarios';
import { closeOpenRound } from './instructor';
import { classLifetimes } from './lifetimes';
import {
	SqliteClassStore,
	type ClassRecord,
	type ClassStore,
	type NewClass,
	type NewEvent,
	type Participant,
	type StoredEvent
} from './store';

export type Viewer =
	{ role: 'host' } | { role: 'learner'; participant: Participant; worldKey: string };
type Subscriber = { viewer: Viewer; send: (event: StoredEvent) => void; close: () => void };

export type Outcome =
	{ ok: true; event: StoredEvent } | { ok: false; status: number; message: string };

export const refuse = (message: string, status = 409): Outcome => ({ ok: false, status, message });

export function worldKeyOf(record: ClassRecord, participant: Participant): string {
	return record.mode === 'team' && participant.team
		? `team:${participant.team}`
		: `learner:${participant.id}`;
}

/**
 * Whether a viewer may see an event. The host sees everything; a learner sees the class's
 * events, and only their own desk's commands, arrivals and departures and their own quiz
 * answers, so nobody learns another learner's name or choices.
 */
export function visibleTo(viewer: Viewer, event: StoredEvent): boolean {
	if (viewer.role === 'host') return true;
	switch (event.type) {
		case 'command':
		case 'participant.joined':
		case 'participant.renamed':
		case 'participant.removed':
			return event.worldKey === viewer.worldKey;
		case 'quiz.answered':
			return event.participantId === viewer.participant.id;
		default:
			return true;
	}
}

export class LiveClass {
	readonly events: StoredEvent[];
	private current: ClassNow;
	private worlds = new Map<string, ReplayState>();
	private subscribers = new Set<Subscriber>();
	private timer: ReturnType<typeof setTimeout> | null = null;
	/** When the log last grew (ms since the epoch): what the idle expiry measures. */
	lastActivity: number;
	endedAt: number | null;

	constructor(
		readonly record: ClassRecord,
		readonly scenario: Scenario,
		private readonly store: ClassStore
	) {
		this.events = store.log(record.id);
		this.current = classState(this.events, scenario.days);
		this.lastActivity = Math.max(
			Date.parse(record.lastActivityAt),
			Date.parse(this.events.at(-1)?.at ?? record.createdAt)
		);
		this.endedAt = record.endedAt ? Date.parse(record.endedAt) : null;
		if (this.current.status === 'ended' && this.endedAt === null) this.markEnded();
		this.schedule();
	}

	state(): ClassNow {
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

	private markEnded() {
		const at = new Date().toISOString();
		this.endedAt = Date.parse(at);
		this.store.markEnded(this.record.id, at);
	}

	/** Appends one event to the log, updates every world and stream (instructor actions use it). */
	appendEvent(event: NewEvent): StoredEvent {
		const stored = this.store.append(this.record.id, event, (this.events.at(-1)?.seq ?? 0) + 1);
		this.events.push(stored);
		this.lastActivity = Date.parse(stored.at);
		this.current = nextClassNow(this.current, stored, this.scenario.days);
		if (this.current.status === 'ended' && this.endedAt === null) this.markEnded();
		for (const [key, replay] of this.worlds) this.worlds.set(key, replayEvent(replay, stored, key));
		for (const s of this.subscribers) if (visibleTo(s.viewer, stored)) s.send(stored);
		return stored;
	}

	join(participant: Participant): StoredEvent {
		return this.appendEvent({
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
			return refuse('The class has not started yet: wait for the instructor.');
		if (status === 'paused') return refuse('The instructor has paused the class.');
		if (status === 'ended') return refuse('The class has ended.');
		const check = parseCommand(input);
		if (!check.ok) return refuse(check.message, 400);
		const command: Command = check.command;
		if (command.type === 'day.advance' || command.type === 'disruption.inject')
			return refuse(
				command.type === 'day.advance'
					? 'In a class the instructor ends each day.'
					: 'In a class the instructor plays the disruptions.',
				403
			);
		const worldKey = worldKeyOf(this.record, participant);
		const result = step(this.world(worldKey), command);
		const refusal = result.events.find((e) => e.type === 'command.rejected');
		if (refusal && refusal.type === 'command.rejected') return refuse(refusal.message);
		return {
			ok: true,
			event: this.appendEvent({ type: 'command', participantId: participant.id, worldKey, command })
		};
	}

	/** The instructor's pacing. */
	control(action: 'start' | 'pause' | 'resume' | 'advance' | 'end'): Outcome {
		const { status, day } = this.state();
		let event: StoredEvent;
		switch (action) {
			case 'start':
				if (status !== 'lobby') return refuse('The class has already started.');
				event = this.appendEvent({ type: 'class.started' });
				break;
			case 'pause':
				if (status !== 'running') return refuse('Only a running class can be paused.');
				event = this.appendEvent({ type: 'class.paused' });
				break;
			case 'resume':
				if (status !== 'paused') return refuse('The class is not paused.');
				event = this.appendEvent({ type: 'class.resumed' });
				break;
			case 'advance':
				if (status !== 'running')
					return refuse(
						status === 'paused'
							? 'Resume the class before ending a day.'
							: 'The class is not running.'
					);
				event = this.appendEvent({ type: 'day.advanced', day });
				break;
			case 'end':
				if (status === 'ended') return refuse('The class has already ended.');
				event = this.end('instructor');
				break;
		}
		if (this.state().status === 'ended') closeOpenRound(this);
		this.schedule();
		return { ok: true, event };
	}

	private end(reason: 'instructor' | 'inactive'): StoredEvent {
		closeOpenRound(this);
		return this.appendEvent({ type: 'class.ended', reason });
	}

	/** Ends a class nobody has used for the idle time (no refusal: the server does it). */
	expire(): void {
		if (this.state().status === 'ended') return;
		this.end('inactive');
		this.schedule();
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

	// The lobby.

	lock(locked: boolean): Outcome {
		if (this.state().status === 'ended') return refuse('The class has ended.');
		if (this.state().locked === locked)
			return refuse(locked ? 'The lobby is already locked.' : 'The lobby is already open.');
		return {
			ok: true,
			event: this.appendEvent({ type: locked ? 'lobby.locked' : 'lobby.unlocked' })
		};
	}

	private participant(participantId: string): Participant | null {
		return this.participants().find((p) => p.id === participantId) ?? null;
	}

	rename(participantId: string, name: string): Outcome {
		const participant = this.participant(participantId);
		if (!participant) return refuse('There is no such participant in this class.', 404);
		const renamed = this.store.renameParticipant(this.record.id, participantId, name);
		if (renamed === 'name-taken')
			return refuse(`Someone in this class is already called “${name}”.`);
		if (renamed === 'not-found') return refuse('There is no such participant in this class.', 404);
		return {
			ok: true,
			event: this.appendEvent({
				type: 'participant.renamed',
				participantId,
				name: name.trim().replace(/\s+/g, ' '),
				worldKey: worldKeyOf(this.record, participant)
			})
		};
	}

	/** Removes a learner: their link stops working and their name is erased from the log. */
	remove(participantId: string): Outcome {
		const participant = this.participant(participantId);
		if (!participant || !this.store.removeParticipant(this.record.id, participantId))
			return refuse('There is no such participant in this class.', 404);
		this.events.forEach((e, i) => {
			if (
				(e.type === 'participant.joined' || e.type === 'participant.renamed') &&
				e.participantId === participantId
			)
				this.events[i] = { ...e, name: '' };
		});
		const event = this.appendEvent({
			type: 'participant.removed',
			participantId,
			worldKey: worldKeyOf(this.record, participant)
		});
		for (const s of this.subscribers)
			if (s.viewer.role === 'learner' && s.viewer.participant.id === participantId) s.close();
		return { ok: true, event };
	}

	// Desks and streams.

	/** The class's desks: one per learner, or one per team with members. */
	desks(): ClassDesk[] {
		const people = this.participants();
		if (this.record.mode === 'team') {
			return this.record.teams.flatMap((team) => {
				const members = people.filter((p) => p.team === team);
				return members.length
					? [
							{
								key: `team:${team}`,
								name: team,
								members: members.map((m) => ({ id: m.id, name: m.name })),
								world: this.world(`team:${team}`)
							}
						]
					: [];
			});
		}
		return people.map((p) => ({
			key: `learner:${p.id}`,
			name: p.name,
			members: [{ id: p.id, name: p.name }],
			world: this.world(`learner:${p.id}`)
		}));
	}

	subscribe(viewer: Viewer, send: (event: StoredEvent) => void, close = () => {}): () => void {
		const subscriber = { viewer, send, close };
		this.subscribers.add(subscriber);
		return () => this.subscribers.delete(subscriber);
	}

	/** Closes every stream and stops the timer (the class is being deleted). */
	shutDown(): void {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
		for (const s of [...this.subscribers]) s.close();
		this.subscribers.clear();
	}

	participants(): Participant[] {
		return this.store.participants(this.record.id);
	}

	hostCheck(token: string): boolean {
		return this.store.isHost(this.record.id, token);
	}

	instructorCheck(token: string): boolean {
		return this.store.isInstructor(this.record.id, token);
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
	private sweeper: ReturnType<typeof setInterval>;

	constructor() {
		this.sweep();
		this.sweeper = setInterval(() => this.sweep(), classLifetimes().sweepMs);
		this.sweeper.unref?.();
	}

	/** A class by its code; a class past its time is ended or deleted on the way. */
	byCode(code: string): LiveClass | null {
		let live = this.live.get(code) ?? null;
		if (!live) {
			const record = this.store.byCode(code);
			if (!record) return null;
			live = new LiveClass(record, scenarioById(record.scenarioId), this.store);
			this.live.set(code, live);
		}
		return this.checkLifetime(live) ? live : null;
	}

	/** Ends an idle class, deletes one ended longer ago than the retention; false once deleted. */
	private checkLifetime(live: LiveClass, now = Date.now()): boolean {
		const { idleMs, retentionMs } = classLifetimes();
		if (live.state().status !== 'ended' && now - live.lastActivity > idleMs) live.expire();
		if (live.endedAt !== null && now - live.endedAt > retentionMs) {
			this.delete(live);
			return false;
		}
		return true;
	}

	/** Ends idle classes and deletes expired ones, cached or not. */
	sweep(now = Date.now()): void {
		const { idleMs, retentionMs } = classLifetimes();
		const idle = this.store.idleSince(new Date(now - idleMs).toISOString());
		const expired = this.store.endedBefore(new Date(now - retentionMs).toISOString());
		for (const record of [...idle, ...expired]) this.byCode(record.code);
	}

	delete(live: LiveClass): void {
		live.shutDown();
		this.store.deleteClass(live.record.id);
		this.live.delete(live.record.code);
	}

	create(input: NewClass, instructorToken: string) {
		return this.store.createClass(input, instructorToken);
	}
}

let hub: ClassHub | null = null;

/** The process's hub, created on first use. */
export function classHub(): ClassHub {
	return (hub ??= new ClassHub());
}
