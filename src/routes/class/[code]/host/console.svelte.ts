// The instructor console's live state: what the page loaded, kept current by the class's
// event stream, and the one way the console sends an instructor action to the server.
import {
	nextClassNow,
	type ClassLogEvent,
	type ClassNow,
	type LiveQuestion,
	type QuizReveal,
	type RankBy,
	type Standing
} from '$lib/sim';

export type Person = { id: string; name: string; team: string | null };
export type Played = { seq: number; day: number; kind: string; headline: string };
export type HostRound = {
	round: number;
	question: LiveQuestion;
	open: boolean;
	answered: number;
	reveal: QuizReveal | null;
};

export type ConsoleData = {
	code: string;
	days: number;
	state: ClassNow;
	participants: Person[];
	played: Played[];
	round: HostRound | null;
	standings: Standing[];
};

export type Reply = { ok: true; [key: string]: unknown } | { ok: false; message: string };

export class HostConsole {
	classNow = $state<ClassNow>({ status: 'lobby', day: 1, locked: false });
	participants = $state<Person[]>([]);
	played = $state<Played[]>([]);
	round = $state<HostRound | null>(null);
	standings = $state.raw<Standing[]>([]);
	rankBy = $state<RankBy>('perfectOrderRate');
	/** What the last refused action said, for the panel that sent it. */
	refusal = $state<{ from: string; message: string } | null>(null);
	busy = $state(false);
	readonly code: string;
	private readonly days: number;
	private boardTimer: ReturnType<typeof setTimeout> | null = null;
	/** Events already applied: an action's reply and the stream both bring its event. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
	private seen = new Set<number>();

	constructor(data: ConsoleData) {
		this.code = data.code;
		this.days = data.days;
		this.classNow = data.state;
		this.participants = data.participants;
		this.played = data.played;
		this.round = data.round;
		this.standings = data.standings;
	}

	/** One event from the class's stream. */
	apply(event: ClassLogEvent) {
		if (this.seen.has(event.seq)) return;
		this.seen.add(event.seq);
		this.classNow = nextClassNow(this.classNow, event, this.days);
		switch (event.type) {
			case 'participant.joined':
				if (!this.participants.some((p) => p.id === event.participantId)) {
					const team = event.worldKey.startsWith('team:') ? event.worldKey.slice(5) : null;
					this.participants = [
						...this.participants,
						{ id: event.participantId, name: event.name, team }
					];
				}
				break;
			case 'participant.renamed':
				this.participants = this.participants.map((p) =>
					p.id === event.participantId ? { ...p, name: event.name } : p
				);
				break;
			case 'participant.removed':
				this.participants = this.participants.filter((p) => p.id !== event.participantId);
				break;
			case 'disruption.played':
				if (!this.played.some((p) => p.seq === event.seq))
					this.played = [
						...this.played,
						{ seq: event.seq, day: event.day, kind: event.kind, headline: event.headline }
					];
				break;
			case 'quiz.opened':
				this.round = {
					round: event.round,
					question: event.question,
					open: true,
					answered: 0,
					reveal: null
				};
				break;
			case 'quiz.answered':
				if (this.round?.round === event.round)
					this.round = { ...this.round, answered: this.round.answered + 1 };
				break;
			case 'quiz.closed':
				if (this.round?.round === event.round)
					this.round = { ...this.round, open: false, reveal: event.reveal };
				break;
		}
		if (event.type !== 'command' && event.type !== 'quiz.opened') this.scheduleBoard();
	}

	/** The leaderboard again, soon: a burst of events asks once. */
	scheduleBoard() {
		if (this.boardTimer) return;
		this.boardTimer = setTimeout(() => {
			this.boardTimer = null;
			void this.refreshBoard();
		}, 300);
	}

	async refreshBoard() {
		const response = await fetch(`/class/${this.code}/host/board?rank=${this.rankBy}`);
		if (!response.ok) return;
		const body = await response.json();
		if (body.ok) this.standings = body.standings;
	}

	/** Sends an instructor action; a refusal is kept for the panel `from` to show. */
	async send(from: string, path: string, body: unknown): Promise<Reply> {
		this.busy = true;
		try {
			const response = await fetch(`/class/${this.code}/host/${path}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(body)
			});
			const reply: Reply = await response
				.json()
				.catch(() => ({ ok: false, message: `The server answered ${response.status}.` }));
			this.refusal = reply.ok ? null : { from, message: reply.message };
			if (reply.ok && 'state' in reply) this.classNow = reply.state as ClassNow;
			if (reply.ok && 'event' in reply) this.apply(reply.event as ClassLogEvent);
			return reply;
		} catch {
			const reply = { ok: false as const, message: 'The server cannot be reached. Try again.' };
			this.refusal = { from, message: reply.message };
			return reply;
		} finally {
			this.busy = false;
		}
	}

	refusalFor(from: string): string | null {
		return this.refusal?.from === from ? this.refusal.message : null;
	}

	stop() {
		if (this.boardTimer) clearTimeout(this.boardTimer);
		this.boardTimer = null;
	}
}
