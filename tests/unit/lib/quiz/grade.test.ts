import { describe, expect, it } from 'vitest';
import { grade } from '../../../../src/lib/quiz/grade';
import type { Question } from '../../../../src/lib/quiz/types';

const base = {
	id: 'q',
	topic: 1,
	prompt: 'A question prompt',
	explanation: 'An explanation long enough.',
	difficulty: 'easy' as const,
	anchor: 'a'
};
const options = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id, why: 'a reason' }));

describe('grading', () => {
	it('gives all or nothing for single choice', () => {
		const q: Question = { ...base, type: 'single', options, answer: 'b' };
		expect(grade(q, { type: 'single', choice: 'b' })).toMatchObject({ score: 1, correct: true });
		expect(grade(q, { type: 'single', choice: 'a' })).toMatchObject({ score: 0, correct: false });
	});

	it('scores multiple select as right picks minus wrong picks over the right options, never below zero', () => {
		const q: Question = { ...base, type: 'multiple', options, answer: ['a', 'b', 'c'] };
		expect(grade(q, { type: 'multiple', choices: ['a', 'b', 'c'] })).toMatchObject({
			score: 1,
			correct: true
		});
		expect(grade(q, { type: 'multiple', choices: ['a', 'b'] })).toMatchObject({
			score: 0.667,
			correct: false
		});
		expect(grade(q, { type: 'multiple', choices: ['a', 'b', 'd'] })).toMatchObject({
			score: 0.333,
			correct: false
		});
		// Ticking everything earns (3 - 1) / 3, not full credit.
		expect(grade(q, { type: 'multiple', choices: ['a', 'b', 'c', 'd'] }).score).toBe(0.667);
		expect(grade(q, { type: 'multiple', choices: ['d'] }).score).toBe(0);
		expect(grade(q, { type: 'multiple', choices: ['a'] }).rule).toBe(
			'Credit is right picks minus wrong picks over the 3 right options (here 1 - 0), never below zero.'
		);
	});

	it('accepts numeric answers within the tolerance only', () => {
		const q: Question = { ...base, type: 'numeric', answer: 36.7, tolerance: 0.1 };
		expect(grade(q, { type: 'numeric', value: 36.8 }).correct).toBe(true);
		expect(grade(q, { type: 'numeric', value: 36.6 }).correct).toBe(true);
		expect(grade(q, { type: 'numeric', value: 36.85 }).correct).toBe(false);
		expect(grade(q, { type: 'numeric', value: Number.NaN }).correct).toBe(false);
	});

	it('gives ordering credit for each step in its right place', () => {
		const q: Question = {
			...base,
			type: 'ordering',
			items: ['e', 'p', 's', 'i'].map((id) => ({ id, text: id })),
			answer: ['e', 'p', 's', 'i']
		};
		expect(grade(q, { type: 'ordering', order: ['e', 'p', 's', 'i'] })).toMatchObject({
			score: 1,
			correct: true
		});
		expect(grade(q, { type: 'ordering', order: ['e', 's', 'p', 'i'] })).toMatchObject({
			score: 0.5,
			correct: false
		});
		expect(grade(q, { type: 'ordering', order: ['i', 's', 'p', 'e'] }).score).toBe(0);
	});

	it('gives matching credit for each pair matched', () => {
		const q: Question = {
			...base,
			type: 'matching',
			pairs: ['x', 'y', 'z', 'w'].map((id) => ({ id, left: id, right: id.toUpperCase() }))
		};
		expect(
			grade(q, { type: 'matching', matches: { x: 'x', y: 'y', z: 'z', w: 'w' } }).correct
		).toBe(true);
		expect(grade(q, { type: 'matching', matches: { x: 'x', y: 'z', z: 'y', w: 'w' } }).score).toBe(
			0.5
		);
	});

	it('refuses a response of the wrong type', () => {
		const q: Question = { ...base, type: 'numeric', answer: 1, tolerance: 0 };
		expect(() => grade(q, { type: 'single', choice: 'a' })).toThrow(RangeError);
	});
});
