// The one live copy of the learner's progress in the browser, kept in localStorage. It loads
// on the client only (pages are prerendered) and saves after every change.
import { browser } from '$app/environment';
import { newCard, reviewCard, type Recall } from '$lib/quiz/review';
import {
	emptyProgress,
	mergeProgress,
	parseProgress,
	type Progress,
	type ReviewEntry
} from './schema';

export const STORAGE_KEY = 'order-desk:progress';

export type ImportResult = { ok: true; message: string } | { ok: false; message: string };

class ProgressStore {
	data = $state<Progress>(emptyProgress());
	/** False until the browser's copy has been read; pages hold back learner-specific states. */
	loaded = $state(false);
	/** Set when stored progress could not be read; the damaged copy is kept aside, not lost. */
	problem = $state<string | null>(null);

	load() {
		if (!browser || this.loaded) return;
		const text = localStorage.getItem(STORAGE_KEY);
		if (text) {
			let parsed;
			try {
				parsed = parseProgress(JSON.parse(text), new Date().toISOString());
			} catch {
				parsed = { ok: false as const, message: 'The saved progress is not valid JSON.' };
			}
			if (parsed.ok) {
				this.data = parsed.progress;
				if (parsed.migratedFrom) this.save();
			} else {
				localStorage.setItem(`${STORAGE_KEY}:damaged:${Date.now()}`, text);
				this.problem = `${parsed.message} A copy was kept in this browser; progress starts afresh.`;
			}
		}
		this.loaded = true;
	}

	private save() {
		if (!browser) return;
		localStorage.setItem(STORAGE_KEY, JSON.stringify(this.data));
		// Ask the browser not to evict script-written storage after days without a visit.
		navigator.storage?.persist?.().catch(() => {});
	}

	isRead(slug: string): boolean {
		return Boolean(this.data.lessons[slug]);
	}

	markRead(slug: string) {
		if (this.isRead(slug)) return;
		this.data.lessons[slug] = { readAt: new Date().toISOString() };
		this.save();
	}

	markUnread(slug: string) {
		if (!this.isRead(slug)) return;
		delete this.data.lessons[slug];
		this.save();
	}

	/** Records a finished scenario run and keeps the best perfect order rate. */
	recordScenarioRun(scenarioId: string, perfectOrderRate: number | null) {
		const previous = this.data.scenarios[scenarioId];
		const best =
			perfectOrderRate === null
				? previous?.bestPerfectOrderRate
				: Math.max(perfectOrderRate, previous?.bestPerfectOrderRate ?? 0);
		this.data.scenarios[scenarioId] = {
			plays: (previous?.plays ?? 0) + 1,
			lastPlayedAt: new Date().toISOString(),
			...(best === undefined ? {} : { bestPerfectOrderRate: best })
		};
		this.save();
	}

	/** Records a finished topic quiz and turns each answered question into a review card. */
	recordQuiz(
		topic: number,
		share: number,
		answered: { ref: ReviewEntry['ref']; recall: Recall }[]
	) {
		const now = new Date();
		const previous = this.data.quizzes[String(topic)];
		this.data.quizzes[String(topic)] = {
			attempts: (previous?.attempts ?? 0) + 1,
			lastScore: share,
			bestScore: Math.max(share, previous?.bestScore ?? 0),
			lastAttemptAt: now.toISOString()
		};
		for (const { ref, recall } of answered) this.review(cardId(ref), ref, recall, now);
		this.save();
	}

	/** Schedules a card after a recall (creating it the first time). */
	review(id: string, ref: ReviewEntry['ref'], recall: Recall, now = new Date()) {
		const card = this.data.cards[id]?.card ?? newCard(now);
		this.data.cards[id] = { ref, card: reviewCard(card, recall, now) };
		this.save();
	}

	recordExam(score: number, byTopic: Record<string, { right: number; total: number }>) {
		this.data.exams.push({ at: new Date().toISOString(), score, byTopic });
		this.save();
	}

	/** The progress as a file's text, for the learner to keep or move to another browser. */
	exportText(): string {
		return JSON.stringify(
			{ ...$state.snapshot(this.data), exportedAt: new Date().toISOString() },
			null,
			2
		);
	}

	/** Merges a progress file into this browser's progress; changes nothing if it is malformed. */
	importText(text: string): ImportResult {
		let data: unknown;
		try {
			data = JSON.parse(text);
		} catch {
			return { ok: false, message: 'That file is not valid JSON, so nothing was imported.' };
		}
		if (data && typeof data === 'object' && 'exportedAt' in data) {
			const { exportedAt: _ignored, ...rest } = data as Record<string, unknown>;
			data = rest;
		}
		const parsed = parseProgress(data, new Date().toISOString());
		if (!parsed.ok) return { ok: false, message: `${parsed.message} Nothing was imported.` };
		this.data = mergeProgress($state.snapshot(this.data), parsed.progress);
		this.save();
		const lessons = Object.keys(parsed.progress.lessons).length;
		return {
			ok: true,
			message: `Imported: ${lessons} lesson${lessons === 1 ? '' : 's'} read, merged with this browser’s progress.`
		};
	}
}

/** A card's id: one per question (per generator for drawn questions) or per scenario mistake. */
export function cardId(ref: ReviewEntry['ref']): string {
	if (ref.kind === 'mistake') return `mistake:${ref.scenario}:${ref.code}`;
	return ref.generator
		? `generated:${ref.generator}`
		: `question:${ref.bank ?? ref.topic}:${ref.questionId}`;
}

export const progress = new ProgressStore();
