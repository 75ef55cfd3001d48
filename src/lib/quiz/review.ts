/**
 * Spaced review with FSRS (ts-fsrs): every answered question and every scenario mistake
 * becomes a card; a failed card comes back soon, a remembered one later and later. Cards are
 * stored as plain JSON (dates as ISO strings) in the learner's progress.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import type { Grade } from './types';

// No fuzz: the same history always gives the same due date (and testable schedules).
const scheduler = fsrs({ enable_fuzz: false });

export type StoredCard = {
	due: string;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	state: number;
	last_review?: string;
};

export type Recall = 'again' | 'hard' | 'good' | 'easy';

const RATINGS: Record<Recall, FsrsGrade> = {
	again: Rating.Again,
	hard: Rating.Hard,
	good: Rating.Good,
	easy: Rating.Easy
};

function toStored(card: Card): StoredCard {
	return {
		due: card.due.toISOString(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsed_days,
		scheduled_days: card.scheduled_days,
		learning_steps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		...(card.last_review ? { last_review: card.last_review.toISOString() } : {})
	};
}

function fromStored(card: StoredCard): Card {
	return {
		...card,
		due: new Date(card.due),
		state: card.state as State,
		last_review: card.last_review ? new Date(card.last_review) : undefined
	} as Card;
}

export function newCard(now: Date): StoredCard {
	return toStored(createEmptyCard(now));
}

/** The card after a review with the given recall at `now`. */
export function reviewCard(card: StoredCard, recall: Recall, now: Date): StoredCard {
	return toStored(scheduler.next(fromStored(card), now, RATINGS[recall]).card);
}

/** How a graded answer counts as recall: right is good, part right is hard, wrong is again. */
export function recallOf(grade: Grade): Recall {
	return grade.correct ? 'good' : grade.score > 0 ? 'hard' : 'again';
}

export function isDue(card: StoredCard, now: Date): boolean {
	return Date.parse(card.due) <= now.getTime();
}

/** Probability the learner still remembers the card now (FSRS retrievability), 0 to 1. */
export function retention(card: StoredCard, now: Date): number {
	if (card.state === State.New) return 0;
	return scheduler.get_retrievability(fromStored(card), now, false);
}
