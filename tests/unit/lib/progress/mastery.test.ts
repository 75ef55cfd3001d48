import { describe, expect, it } from 'vitest';
import { masteryByTopic, nextStep } from '../../../../src/lib/progress/mastery';
import { emptyProgress } from '../../../../src/lib/progress/schema';
import { newCard, reviewCard } from '../../../../src/lib/quiz/review';

const topics = [
	{ number: 1, slug: 'one', title: 'One', written: true, scenarios: ['first'], hasQuiz: true },
	{ number: 2, slug: 'two', title: 'Two', written: true, scenarios: [], hasQuiz: true }
];
const now = new Date('2026-11-24T12:00:00Z');

describe('mastery by topic', () => {
	it('averages what the learner has done: lesson, scenario, quiz and review', () => {
		const p = emptyProgress();
		p.lessons.one = { readAt: now.toISOString() };
		p.scenarios.first = { plays: 1, lastPlayedAt: now.toISOString(), bestPerfectOrderRate: 0.8 };
		p.quizzes['1'] = {
			attempts: 2,
			lastScore: 0.5,
			bestScore: 0.6,
			lastAttemptAt: now.toISOString()
		};
		p.cards['question:1:a'] = {
			ref: { kind: 'question', topic: 1, questionId: 'a' },
			card: reviewCard(newCard(now), 'good', now)
		};
		const [one, two] = masteryByTopic(p, topics, now);
		expect(one).toMatchObject({ read: 1, scenario: 0.8, quiz: 0.6 });
		expect(one.retention).toBeGreaterThan(0.9);
		expect(one.mastery).toBeCloseTo((1 + 0.8 + 0.6 + one.retention!) / 4, 10);
		expect(two).toMatchObject({ read: 0, scenario: null, quiz: null, retention: null, mastery: 0 });
	});

	it('suggests the first unread lesson, then the weakest topic’s missing step', () => {
		const p = emptyProgress();
		expect(nextStep(masteryByTopic(p, topics, now), topics)).toEqual({
			text: 'Read topic 1: One',
			href: '/learn/one'
		});
		p.lessons.one = { readAt: now.toISOString() };
		p.lessons.two = { readAt: now.toISOString() };
		p.quizzes['1'] = {
			attempts: 1,
			lastScore: 0.5,
			bestScore: 0.5,
			lastAttemptAt: now.toISOString()
		};
		expect(nextStep(masteryByTopic(p, topics, now), topics)).toEqual({
			text: 'Play the scenario for topic 1',
			href: '/play/first'
		});
	});
});
