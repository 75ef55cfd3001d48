import { describe, expect, it } from 'vitest';
import { isDue, newCard, recallOf, retention, reviewCard } from '../../../../src/lib/quiz/review';

const day = 24 * 60 * 60 * 1000;

describe('spaced review (FSRS)', () => {
	it('brings a failed card back sooner than a passed one', () => {
		const now = new Date('2026-11-24T09:00:00Z');
		const start = newCard(now);
		const failed = reviewCard(start, 'again', now);
		const passed = reviewCard(start, 'good', now);
		expect(Date.parse(failed.due)).toBeLessThan(Date.parse(passed.due));
		// After some successful reviews the intervals grow to days, then weeks.
		let card = passed;
		let when = new Date(passed.due);
		for (let i = 0; i < 3; i++) {
			card = reviewCard(card, 'good', when);
			when = new Date(card.due);
		}
		expect(Date.parse(card.due) - Date.parse(passed.due)).toBeGreaterThan(7 * day);
		// A lapse after that pulls it back to within a day.
		const lapsed = reviewCard(card, 'again', when);
		expect(Date.parse(lapsed.due) - when.getTime()).toBeLessThan(day);
		expect(lapsed.lapses).toBe(1);
	});

	it('is due once its date has come, and reports how well it is likely remembered', () => {
		const now = new Date('2026-11-24T09:00:00Z');
		const card = reviewCard(newCard(now), 'good', now);
		expect(isDue(card, now)).toBe(false);
		expect(isDue(card, new Date(Date.parse(card.due) + 1))).toBe(true);
		const soon = retention(card, new Date(now.getTime() + 60_000));
		const later = retention(card, new Date(now.getTime() + 30 * day));
		expect(soon).toBeGreaterThan(later);
		expect(retention(newCard(now), now)).toBe(0);
	});

	it('turns grades into recall: right is good, part right is hard, wrong is again', () => {
		expect(recallOf({ score: 1, correct: true, rule: '' })).toBe('good');
		expect(recallOf({ score: 0.5, correct: false, rule: '' })).toBe('hard');
		expect(recallOf({ score: 0, correct: false, rule: '' })).toBe('again');
	});
});
