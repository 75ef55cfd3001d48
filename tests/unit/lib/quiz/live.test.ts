// Live quiz rounds: what learners receive hides the answer, answers are checked and graded,
// and closing a round counts how the class answered.
import { describe, expect, it } from 'vitest';
import {
	gradeLive,
	isLiveQuestion,
	liveQuestion,
	revealRound
} from '../../../../src/lib/quiz/live';
import { QUESTIONS } from './sample';

const [single, multiple, numeric] = QUESTIONS.filter(isLiveQuestion);

describe('the question learners receive', () => {
	it('carries no answer, explanation or option notes, in a seeded order', () => {
		const live = liveQuestion(single, 7);
		expect(JSON.stringify(live)).not.toMatch(/answer|explanation|why|Right:/);
		expect(live.options.map((o) => o.id).sort()).toEqual(['a', 'b', 'c']);
		expect(liveQuestion(single, 7)).toEqual(live);
		expect(liveQuestion(numeric, 1)).toMatchObject({ type: 'numeric', options: [], unit: 'units' });
	});

	it('is asked only for single, multiple and numeric questions', () => {
		expect(QUESTIONS.filter((q) => !isLiveQuestion(q)).map((q) => q.type)).toEqual(
			expect.arrayContaining(['ordering', 'matching'])
		);
	});
});

describe('grading an answer', () => {
	it('gives full, partial or no points', () => {
		expect(gradeLive(single, { choices: ['b'] })).toEqual({ ok: true, points: 100, correct: true });
		expect(gradeLive(single, { choices: ['a'] })).toEqual({ ok: true, points: 0, correct: false });
		expect(gradeLive(multiple, { choices: ['a'] })).toEqual({
			ok: true,
			points: 50,
			correct: false
		});
		expect(gradeLive(numeric, { value: 11 })).toEqual({ ok: true, points: 100, correct: true });
	});

	it('refuses an answer that does not fit the question, with a message', () => {
		expect(gradeLive(single, { choices: ['a', 'b'] })).toEqual({
			ok: false,
			message: 'Pick exactly one option.'
		});
		expect(gradeLive(single, { choices: ['z'] })).toMatchObject({ ok: false });
		expect(gradeLive(single, { value: 3 })).toEqual({ ok: false, message: 'Pick an option.' });
		expect(gradeLive(numeric, { choices: ['a'] })).toEqual({
			ok: false,
			message: 'Give a number as your answer.'
		});
	});
});

describe('closing a round', () => {
	it('counts each option picked and marks the right ones', () => {
		const reveal = revealRound(multiple, [
			{ choices: ['a', 'b'] },
			{ choices: ['c'] },
			{ choices: ['a'] }
		]);
		expect(reveal.answered).toBe(3);
		expect(reveal.answer).toEqual({ choices: ['a', 'b'] });
		expect(reveal.explanation).toBe(multiple.explanation);
		expect(reveal.distribution.map((d) => [d.id, d.count, d.correct])).toEqual([
			['a', 2, true],
			['b', 1, true],
			['c', 1, false]
		]);
	});

	it('splits numeric answers into the right figure and the rest', () => {
		const reveal = revealRound(numeric, [{ value: 11 }, { value: 12 }, { value: 11 }]);
		expect(reveal.distribution.map((d) => [d.label, d.count])).toEqual([
			['11', 2],
			['Another figure', 1]
		]);
	});
});
