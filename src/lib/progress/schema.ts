// The learner's progress as stored in the browser: a versioned document with migrations, so
// progress saved by an older Order Desk still loads. Pure: no storage access here.
import * as v from 'valibot';

export const PROGRESS_VERSION = 3;

const isoDate = v.pipe(v.string(), v.isoTimestamp('a date must be an ISO timestamp'));

const cardSchema = v.object({
	due: isoDate,
	stability: v.number(),
	difficulty: v.number(),
	elapsed_days: v.number(),
	scheduled_days: v.number(),
	learning_steps: v.number(),
	reps: v.number(),
	lapses: v.number(),
	state: v.number(),
	last_review: v.optional(isoDate)
});

/** What a review card reminds the learner of: a question to answer again, or a lesson point. */
const cardRef = v.variant('kind', [
	v.object({
		kind: v.literal('question'),
		topic: v.number(),
		questionId: v.string(),
		bank: v.optional(v.string()),
		generator: v.optional(v.string()),
		seed: v.optional(v.number())
	}),
	v.object({
		kind: v.literal('mistake'),
		topic: v.number(),
		code: v.string(),
		scenario: v.string()
	})
]);

const fields = {
	lessons: v.record(v.string(), v.object({ readAt: isoDate })),
	scenarios: v.record(
		v.string(),
		v.object({
			plays: v.pipe(v.number(), v.integer(), v.minValue(0)),
			lastPlayedAt: isoDate,
			bestPerfectOrderRate: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)))
		})
	),
	quizzes: v.record(
		v.string(),
		v.object({
			attempts: v.pipe(v.number(), v.integer(), v.minValue(0)),
			lastScore: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
			bestScore: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
			lastAttemptAt: isoDate
		})
	)
};

const ProgressV2Schema = v.object({ version: v.literal(2), ...fields });

/** Version 3 adds spaced-review cards and mock exam results. */
const ProgressV3Schema = v.object({
	version: v.literal(3),
	...fields,
	cards: v.record(v.string(), v.object({ ref: cardRef, card: cardSchema })),
	exams: v.array(
		v.object({
			at: isoDate,
			score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
			byTopic: v.record(v.string(), v.object({ right: v.number(), total: v.number() }))
		})
	)
});

export type Progress = v.InferOutput<typeof ProgressV3Schema>;
export type ReviewEntry = Progress['cards'][string];

/** Version 1 (the first release) kept only the slugs of lessons read. */
const ProgressV1Schema = v.object({
	version: v.literal(1),
	lessonsRead: v.array(v.string())
});

export function emptyProgress(): Progress {
	return { version: 3, lessons: {}, scenarios: {}, quizzes: {}, cards: {}, exams: [] };
}

export type ParseResult =
	{ ok: true; progress: Progress; migratedFrom?: number } | { ok: false; message: string };

/**
 * Reads stored or imported progress of any known version, migrating it to the current one.
 * `now` dates what an old version did not record.
 */
export function parseProgress(data: unknown, now: string): ParseResult {
	if (typeof data !== 'object' || data === null || !('version' in data)) {
		return { ok: false, message: 'This is not an Order Desk progress file: it has no version.' };
	}
	const version = (data as { version: unknown }).version;
	if (version === 1) {
		const old = v.safeParse(ProgressV1Schema, data);
		if (!old.success) return { ok: false, message: describe(old.issues) };
		return { ok: true, progress: migrateV2(migrateV1(old.output, now)), migratedFrom: 1 };
	}
	if (version === 2) {
		const old = v.safeParse(ProgressV2Schema, data);
		if (!old.success) return { ok: false, message: describe(old.issues) };
		return { ok: true, progress: migrateV2(old.output), migratedFrom: 2 };
	}
	if (version === 3) {
		const current = v.safeParse(ProgressV3Schema, data);
		if (!current.success) return { ok: false, message: describe(current.issues) };
		return { ok: true, progress: current.output };
	}
	if (typeof version === 'number' && version > PROGRESS_VERSION) {
		return {
			ok: false,
			message: `This progress was saved by a newer Order Desk (format ${version}); this one reads up to format ${PROGRESS_VERSION}.`
		};
	}
	return { ok: false, message: `Unknown progress format "${String(version)}".` };
}

function migrateV1(
	old: v.InferOutput<typeof ProgressV1Schema>,
	now: string
): v.InferOutput<typeof ProgressV2Schema> {
	const lessons: Record<string, { readAt: string }> = {};
	for (const slug of old.lessonsRead) lessons[slug] = { readAt: now };
	return { version: 2, lessons, scenarios: {}, quizzes: {} };
}

/** Version 2 had no review cards or exams: start both empty. */
function migrateV2(old: v.InferOutput<typeof ProgressV2Schema>): Progress {
	return { ...old, version: 3, cards: {}, exams: [] };
}

function describe(issues: readonly v.BaseIssue<unknown>[]): string {
	const first = issues[0];
	const where = first.path?.map((p) => String(p.key)).join('.') || 'the file';
	return `The progress file is damaged at ${where}: ${first.message}.`;
}

/**
 * Combines imported progress with what the browser already has: a lesson read in either is
 * read (earliest date kept); plays and attempts add up; best scores take the better.
 */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
	const merged: Progress = structuredClone(current);
	for (const [slug, lesson] of Object.entries(incoming.lessons)) {
		const mine = merged.lessons[slug];
		if (!mine || lesson.readAt < mine.readAt) merged.lessons[slug] = { ...lesson };
	}
	for (const [id, s] of Object.entries(incoming.scenarios)) {
		const mine = merged.scenarios[id];
		merged.scenarios[id] = mine
			? {
					plays: mine.plays + s.plays,
					lastPlayedAt: mine.lastPlayedAt > s.lastPlayedAt ? mine.lastPlayedAt : s.lastPlayedAt,
					bestPerfectOrderRate: maxDefined(mine.bestPerfectOrderRate, s.bestPerfectOrderRate)
				}
			: { ...s };
	}
	for (const [topic, q] of Object.entries(incoming.quizzes)) {
		const mine = merged.quizzes[topic];
		merged.quizzes[topic] = mine
			? {
					attempts: mine.attempts + q.attempts,
					bestScore: Math.max(mine.bestScore, q.bestScore),
					...(mine.lastAttemptAt >= q.lastAttemptAt
						? { lastScore: mine.lastScore, lastAttemptAt: mine.lastAttemptAt }
						: { lastScore: q.lastScore, lastAttemptAt: q.lastAttemptAt })
				}
			: { ...q };
	}
	for (const [id, entry] of Object.entries(incoming.cards)) {
		const mine = merged.cards[id];
		// Keep the card reviewed more recently: it carries the longer history.
		if (!mine || (entry.card.last_review ?? '') > (mine.card.last_review ?? ''))
			merged.cards[id] = structuredClone(entry);
	}
	const seen = new Set(merged.exams.map((e) => e.at));
	merged.exams.push(...incoming.exams.filter((e) => !seen.has(e.at)));
	merged.exams.sort((a, b) => a.at.localeCompare(b.at));
	return merged;
}

function maxDefined(a: number | undefined, b: number | undefined) {
	if (a === undefined) return b;
	if (b === undefined) return a;
	return Math.max(a, b);
}

export type TopicState =
	| { kind: 'not-started' }
	| { kind: 'read' }
	| { kind: 'scenario-played' }
	| { kind: 'quiz'; bestScore: number };

/** What the topic map says about one topic: the furthest step the learner has taken. */
export function topicState(
	progress: Progress,
	topic: { number: number; slug: string; scenario?: string }
): TopicState {
	const quiz = progress.quizzes[String(topic.number)];
	if (quiz && quiz.attempts > 0) return { kind: 'quiz', bestScore: quiz.bestScore };
	if (topic.scenario && progress.scenarios[topic.scenario]?.plays)
		return { kind: 'scenario-played' };
	if (progress.lessons[topic.slug]) return { kind: 'read' };
	return { kind: 'not-started' };
}
