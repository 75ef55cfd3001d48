// Storage for live classes behind one interface, so another database (PostgreSQL with
// LISTEN/NOTIFY for several app servers) can replace SQLite later without touching callers.
import type { ClassLogEvent } from '$lib/sim';
import { database } from './db';
import { hashToken, newId, newJoinCode, newToken } from './tokens';

export type Pacing = { kind: 'instructor' } | { kind: 'timer'; secondsPerDay: number };

export type ClassRecord = {
	id: string;
	code: string;
	scenarioId: string;
	seed: number;
	mode: 'individual' | 'team';
	teams: string[];
	pacing: Pacing;
	createdAt: string;
	lastActivityAt: string;
	endedAt: string | null;
};

export type NewClass = Omit<
	ClassRecord,
	'id' | 'code' | 'createdAt' | 'lastActivityAt' | 'endedAt'
>;

export type Participant = {
	id: string;
	classId: string;
	name: string;
	team: string | null;
	joinedAt: string;
};

export type StoredEvent = ClassLogEvent & { at: string };

/** What a new log entry carries; the store gives it its sequence number. */
export type NewEvent = ClassLogEvent extends infer E
	? E extends ClassLogEvent
		? Omit<E, 'seq'>
		: never
	: never;

export interface ClassStore {
	/** A new class; `instructorToken` links it to the instructor's other classes. */
	createClass(
		input: NewClass,
		instructorToken: string
	): {
		record: ClassRecord;
		hostToken: string;
	};
	/** The classes an instructor created, newest first. */
	classesOf(instructorToken: string): ClassRecord[];
	isInstructor(classId: string, instructorToken: string): boolean;
	markEnded(classId: string, at: string): void;
	/** Classes not ended whose last activity is before `before` (an ISO time). */
	idleSince(before: string): ClassRecord[];
	/** Ended classes that ended before `before`. */
	endedBefore(before: string): ClassRecord[];
	/** Deletes a class with its participants and log. */
	deleteClass(classId: string): void;
	renameParticipant(
		classId: string,
		participantId: string,
		name: string
	): 'renamed' | 'name-taken' | 'not-found';
	/** Removes a participant (their token stops working) and erases their name from the log. */
	removeParticipant(classId: string, participantId: string): boolean;
	byCode(code: string): ClassRecord | null;
	byId(id: string): ClassRecord | null;
	isHost(classId: string, token: string): boolean;
	addParticipant(
		classId: string,
		name: string,
		team: string | null
	): { participant: Participant; token: string } | { error: 'name-taken' };
	participantByToken(classId: string, token: string): Participant | null;
	participants(classId: string): Participant[];
	/** Appends at `seq`, which must be the class's next number (the caller owns the class). */
	append(classId: string, event: NewEvent, seq: number): StoredEvent;
	log(classId: string, afterSeq?: number): StoredEvent[];
}

type ClassRow = {
	id: string;
	code: string;
	scenario_id: string;
	seed: number;
	mode: 'individual' | 'team';
	teams: string;
	pacing: string;
	created_at: string;
	last_activity_at: string;
	ended_at: string | null;
};

function toRecord(row: ClassRow): ClassRecord {
	return {
		id: row.id,
		code: row.code,
		scenarioId: row.scenario_id,
		seed: row.seed,
		mode: row.mode,
		teams: JSON.parse(row.teams),
		pacing: JSON.parse(row.pacing),
		createdAt: row.created_at,
		lastActivityAt: row.last_activity_at,
		endedAt: row.ended_at
	};
}

type ParticipantRow = {
	id: string;
	class_id: string;
	name: string;
	team: string | null;
	joined_at: string;
};

function toParticipant(row: ParticipantRow): Participant {
	return {
		id: row.id,
		classId: row.class_id,
		name: row.name,
		team: row.team,
		joinedAt: row.joined_at
	};
}

/** Names compare without case or extra spaces: "Ana" and " ana " are the same person. */
export function nameKey(name: string): string {
	return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export class SqliteClassStore implements ClassStore {
	private get db() {
		return database();
	}

	createClass(input: NewClass, instructorToken: string) {
		const now = new Date().toISOString();
		const hostToken = newToken();
		for (;;) {
			const record: ClassRecord = {
				...input,
				id: newId(),
				code: newJoinCode(),
				createdAt: now,
				lastActivityAt: now,
				endedAt: null
			};
			try {
				this.db
					.prepare(
						`INSERT INTO classes (id, code, scenario_id, seed, mode, teams, pacing, host_token_hash, created_at, last_activity_at, instructor_hash)
						 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
					)
					.run(
						record.id,
						record.code,
						record.scenarioId,
						record.seed,
						record.mode,
						JSON.stringify(record.teams),
						JSON.stringify(record.pacing),
						hashToken(hostToken),
						now,
						now,
						hashToken(instructorToken)
					);
				return { record, hostToken };
			} catch (error) {
				// A code already in use: draw another.
				if (!String(error).includes('UNIQUE')) throw error;
			}
		}
	}

	byCode(code: string) {
		const row = this.db.prepare('SELECT * FROM classes WHERE code = ?').get(code) as
			ClassRow | undefined;
		return row ? toRecord(row) : null;
	}

	byId(id: string) {
		const row = this.db.prepare('SELECT * FROM classes WHERE id = ?').get(id) as
			ClassRow | undefined;
		return row ? toRecord(row) : null;
	}

	isHost(classId: string, token: string) {
		const row = this.db.prepare('SELECT host_token_hash FROM classes WHERE id = ?').get(classId) as
			{ host_token_hash: string } | undefined;
		return Boolean(row && token && row.host_token_hash === hashToken(token));
	}

	classesOf(instructorToken: string) {
		if (!instructorToken) return [];
		return (
			this.db
				.prepare('SELECT * FROM classes WHERE instructor_hash = ? ORDER BY created_at DESC, id')
				.all(hashToken(instructorToken)) as ClassRow[]
		).map(toRecord);
	}

	isInstructor(classId: string, instructorToken: string) {
		if (!instructorToken) return false;
		const row = this.db.prepare('SELECT instructor_hash FROM classes WHERE id = ?').get(classId) as
			{ instructor_hash: string | null } | undefined;
		return Boolean(row?.instructor_hash && row.instructor_hash === hashToken(instructorToken));
	}

	markEnded(classId: string, at: string) {
		this.db
			.prepare('UPDATE classes SET ended_at = ? WHERE id = ? AND ended_at IS NULL')
			.run(at, classId);
	}

	idleSince(before: string) {
		return (
			this.db
				.prepare('SELECT * FROM classes WHERE ended_at IS NULL AND last_activity_at < ?')
				.all(before) as ClassRow[]
		).map(toRecord);
	}

	endedBefore(before: string) {
		return (
			this.db.prepare('SELECT * FROM classes WHERE ended_at < ?').all(before) as ClassRow[]
		).map(toRecord);
	}

	deleteClass(classId: string) {
		this.db.transaction(() => {
			this.db.prepare('DELETE FROM class_log WHERE class_id = ?').run(classId);
			this.db.prepare('DELETE FROM participants WHERE class_id = ?').run(classId);
			this.db.prepare('DELETE FROM classes WHERE id = ?').run(classId);
		})();
		this.lastTouched.delete(classId);
	}

	renameParticipant(classId: string, participantId: string, name: string) {
		const clean = name.trim().replace(/\s+/g, ' ');
		try {
			const result = this.db
				.prepare('UPDATE participants SET name = ?, name_key = ? WHERE class_id = ? AND id = ?')
				.run(clean, nameKey(clean), classId, participantId);
			return result.changes ? ('renamed' as const) : ('not-found' as const);
		} catch (error) {
			if (String(error).includes('UNIQUE')) return 'name-taken' as const;
			throw error;
		}
	}

	removeParticipant(classId: string, participantId: string) {
		return this.db.transaction(() => {
			const removed = this.db
				.prepare('DELETE FROM participants WHERE class_id = ? AND id = ?')
				.run(classId, participantId).changes;
			if (!removed) return false;
			// The display name was the only personal data: it goes from the log too.
			this.db
				.prepare(
					`UPDATE class_log SET payload = json_set(payload, '$.name', '')
					 WHERE class_id = ? AND type IN ('participant.joined', 'participant.renamed')
					 AND json_extract(payload, '$.participantId') = ?`
				)
				.run(classId, participantId);
			return true;
		})();
	}

	addParticipant(classId: string, name: string, team: string | null) {
		const token = newToken();
		const participant: Participant = {
			id: newId(),
			classId,
			name: name.trim().replace(/\s+/g, ' '),
			team,
			joinedAt: new Date().toISOString()
		};
		try {
			this.db
				.prepare(
					'INSERT INTO participants (id, class_id, name, name_key, team, token_hash, joined_at) VALUES (?, ?, ?, ?, ?, ?, ?)'
				)
				.run(
					participant.id,
					classId,
					participant.name,
					nameKey(name),
					team,
					hashToken(token),
					participant.joinedAt
				);
		} catch (error) {
			if (String(error).includes('UNIQUE')) return { error: 'name-taken' as const };
			throw error;
		}
		return { participant, token };
	}

	participantByToken(classId: string, token: string) {
		if (!token) return null;
		const row = this.db
			.prepare('SELECT * FROM participants WHERE class_id = ? AND token_hash = ?')
			.get(classId, hashToken(token)) as ParticipantRow | undefined;
		return row ? toParticipant(row) : null;
	}

	participants(classId: string) {
		return (
			this.db
				.prepare('SELECT * FROM participants WHERE class_id = ? ORDER BY joined_at, id')
				.all(classId) as ParticipantRow[]
		).map(toParticipant);
	}

	append(classId: string, event: NewEvent, seq: number): StoredEvent {
		const at = new Date().toISOString();
		// One statement, so one atomic commit; the primary key refuses a sequence number used twice.
		this.db
			.prepare('INSERT INTO class_log (class_id, seq, type, payload, at) VALUES (?, ?, ?, ?, ?)')
			.run(classId, seq, event.type, JSON.stringify(event), at);
		this.touch(classId, at);
		return { ...event, seq, at } as StoredEvent;
	}

	private lastTouched = new Map<string, number>();

	/** Records activity, at most once a minute per class (it feeds expiry, not ordering). */
	private touch(classId: string, at: string) {
		const now = Date.parse(at);
		if (now - (this.lastTouched.get(classId) ?? 0) < 60_000) return;
		this.lastTouched.set(classId, now);
		this.db.prepare('UPDATE classes SET last_activity_at = ? WHERE id = ?').run(at, classId);
	}

	log(classId: string, afterSeq = 0) {
		const rows = this.db
			.prepare('SELECT seq, payload, at FROM class_log WHERE class_id = ? AND seq > ? ORDER BY seq')
			.all(classId, afterSeq) as { seq: number; payload: string; at: string }[];
		return rows.map((r) => ({ ...JSON.parse(r.payload), seq: r.seq, at: r.at }) as StoredEvent);
	}
}
