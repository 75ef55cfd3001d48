import { describe, expect, it } from 'vitest';
import {
	emptyProgress,
	mergeProgress,
	parseProgress,
	topicState,
	type Progress
} from '../../../../src/lib/progress/schema';

const NOW = '2026-11-24T10:00:00.000Z';

describe('reading stored progress', () => {
	it('migrates the first format (a list of slugs) to the current one', () => {
		const result = parseProgress(
			{ version: 1, lessonsRead: ['order-to-cash', 'atp-and-ctp'] },
			NOW
		);
		expect(result).toEqual({
			ok: true,
			migratedFrom: 1,
			progress: {
				version: 3,
				lessons: { 'order-to-cash': { readAt: NOW }, 'atp-and-ctp': { readAt: NOW } },
				scenarios: {},
				quizzes: {},
				cards: {},
				exams: []
			}
		});
	});

	it('migrates the second format (no review cards yet) keeping everything it had', () => {
		const v2 = {
			version: 2,
			lessons: { 'order-to-cash': { readAt: NOW } },
			scenarios: { 'shortage-week': { plays: 2, lastPlayedAt: NOW, bestPerfectOrderRate: 0.8 } },
			quizzes: { '4': { attempts: 1, lastScore: 0.5, bestScore: 0.5, lastAttemptAt: NOW } }
		};
		expect(parseProgress(v2, NOW)).toEqual({
			ok: true,
			migratedFrom: 2,
			progress: { ...v2, version: 3, cards: {}, exams: [] }
		});
	});

	it('reads the current format unchanged', () => {
		const current: Progress = {
			...emptyProgress(),
			lessons: { 'order-to-cash': { readAt: NOW } }
		};
		expect(parseProgress(current, NOW)).toEqual({ ok: true, progress: current });
	});

	it.each([
		[null, 'This is not an Order Desk progress file: it has no version.'],
		[{ lessons: {} }, 'This is not an Order Desk progress file: it has no version.'],
		[
			{ version: 9 },
			'This progress was saved by a newer Order Desk (format 9); this one reads up to format 3.'
		],
		[{ version: 'x' }, 'Unknown progress format "x".']
	])('refuses %j with a clear message', (data, message) => {
		expect(parseProgress(data, NOW)).toEqual({ ok: false, message });
	});

	it('says where a damaged file is damaged', () => {
		const result = parseProgress(
			{ ...emptyProgress(), lessons: { x: { readAt: 'yesterday' } } },
			NOW
		);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(/damaged at lessons\.x\.readAt/);
	});
});

describe('merging imported progress', () => {
	it('keeps every lesson read in either copy, with the earlier date', () => {
		const mine: Progress = {
			...emptyProgress(),
			lessons: { a: { readAt: '2026-11-20T00:00:00.000Z' } }
		};
		const theirs: Progress = {
			...emptyProgress(),
			lessons: { a: { readAt: '2026-11-01T00:00:00.000Z' }, b: { readAt: NOW } }
		};
		expect(mergeProgress(mine, theirs).lessons).toEqual({
			a: { readAt: '2026-11-01T00:00:00.000Z' },
			b: { readAt: NOW }
		});
	});

	it('adds up quiz attempts and keeps the best score and the latest attempt', () => {
		const q = (attempts: number, last: number, best: number, at: string) => ({
			attempts,
			lastScore: last,
			bestScore: best,
			lastAttemptAt: at
		});
		const mine = {
			...emptyProgress(),
			quizzes: { '4': q(2, 0.5, 0.7, '2026-11-02T00:00:00.000Z') }
		};
		const theirs = {
			...emptyProgress(),
			quizzes: { '4': q(1, 0.9, 0.9, '2026-11-03T00:00:00.000Z') }
		};
		expect(mergeProgress(mine, theirs).quizzes['4']).toEqual(
			q(3, 0.9, 0.9, '2026-11-03T00:00:00.000Z')
		);
	});
});

describe('topic state on the map', () => {
	const topic = { number: 4, slug: 'atp-and-ctp', scenario: 'tight-master-schedule' };

	it('moves from not started to read to scenario played to a quiz score', () => {
		const p = emptyProgress();
		expect(topicState(p, topic)).toEqual({ kind: 'not-started' });
		p.lessons['atp-and-ctp'] = { readAt: NOW };
		expect(topicState(p, topic)).toEqual({ kind: 'read' });
		p.scenarios['tight-master-schedule'] = { plays: 1, lastPlayedAt: NOW };
		expect(topicState(p, topic)).toEqual({ kind: 'scenario-played' });
		p.quizzes['4'] = { attempts: 1, lastScore: 0.6, bestScore: 0.8, lastAttemptAt: NOW };
		expect(topicState(p, topic)).toEqual({ kind: 'quiz', bestScore: 0.8 });
	});
});
