import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { drawQuiz, scrambled, shuffled } from '../../../../src/lib/quiz/draw';
import {
	drawExam,
	examMachine,
	examResults,
	SECONDS_PER_QUESTION
} from '../../../../src/lib/quiz/exam';
import { quizMachine, summarise } from '../../../../src/lib/quiz/session';
import { QUESTIONS } from './sample';

describe('the topic quiz machine', () => {
	it('asks, gives feedback, and ends on a summary with the weakest sections', () => {
		const quiz = createActor(quizMachine, { input: { questions: QUESTIONS.slice(0, 3) } }).start();
		expect(quiz.getSnapshot().value).toBe('ready');
		quiz.send({ type: 'quiz.start' });
		// A response of the wrong type is ignored.
		quiz.send({ type: 'answer.submit', response: { type: 'numeric', value: 1 } });
		expect(quiz.getSnapshot().value).toBe('asking');
		quiz.send({ type: 'answer.submit', response: { type: 'single', choice: 'b' } });
		expect(quiz.getSnapshot().value).toBe('feedback');
		expect(quiz.getSnapshot().context.answers[0].grade.correct).toBe(true);
		quiz.send({ type: 'quiz.next' });
		quiz.send({ type: 'answer.submit', response: { type: 'multiple', choices: ['a'] } });
		quiz.send({ type: 'quiz.next' });
		quiz.send({ type: 'answer.submit', response: { type: 'numeric', value: 12 } });
		quiz.send({ type: 'quiz.next' });
		const snap = quiz.getSnapshot();
		expect(snap.value).toBe('summary');
		const summary = summarise(snap.context.questions, snap.context.answers);
		expect(summary).toMatchObject({ score: 1.5, total: 3, share: 0.5 });
		expect(summary.weakest).toEqual([{ anchor: 'worked-example', topic: 4, average: 0.5 }]);
		quiz.send({ type: 'quiz.restart' });
		expect(quiz.getSnapshot().context.answers).toEqual([]);
	});
});

describe('drawing an attempt', () => {
	it('shuffles by seed, reproducibly, and never leaves an ordering question solved', () => {
		expect(shuffled([1, 2, 3, 4, 5], 3)).toEqual(shuffled([1, 2, 3, 4, 5], 3));
		expect(shuffled([1, 2, 3, 4, 5], 3).sort()).toEqual([1, 2, 3, 4, 5]);
		for (let seed = 0; seed < 50; seed++)
			expect(scrambled(['a', 'b', 'c'], seed)).not.toEqual(['a', 'b', 'c']);
	});

	it('adds fresh numeric questions to a numeric topic’s quiz', () => {
		const quiz = drawQuiz(
			QUESTIONS.filter((q) => q.topic === 4),
			4,
			11
		);
		expect(quiz.filter((q) => q.generated).map((q) => q.generated!.generator)).toEqual([
			'discrete-atp',
			'cumulative-atp'
		]);
		expect(quiz).toHaveLength(5);
	});
});

describe('the mock exam', () => {
	const banks = [
		{ topic: 2, questions: QUESTIONS.filter((q) => q.topic === 2) },
		{ topic: 4, questions: QUESTIONS.filter((q) => q.topic === 4) }
	];

	it('spreads questions across topics and adds fresh numeric ones', () => {
		const questions = drawExam(banks, 6, 5);
		expect(questions).toHaveLength(6);
		expect(new Set(questions.map((q) => q.topic))).toEqual(
			new Set([2, 4, ...questions.filter((q) => q.generated).map((q) => q.topic)])
		);
		expect(questions.filter((q) => q.generated)).toHaveLength(2);
	});

	it('times out, marks unanswered questions as wrong, and scores by topic', () => {
		const questions = QUESTIONS.slice(0, 4);
		const exam = createActor(examMachine, { input: { questions } }).start();
		exam.send({ type: 'exam.start', now: 1_000 });
		expect(exam.getSnapshot().context.deadline).toBe(1_000 + 4 * SECONDS_PER_QUESTION * 1000);
		exam.send({ type: 'exam.answer', index: 0, response: { type: 'single', choice: 'b' } });
		exam.send({ type: 'exam.flag', index: 1 });
		exam.send({ type: 'exam.goto', index: 3 });
		exam.send({
			type: 'exam.answer',
			index: 3,
			response: { type: 'ordering', order: ['entry', 'ship', 'cash', 'invoice'] }
		});
		exam.send({ type: 'exam.tick', now: 2_000 });
		expect(exam.getSnapshot().value).toBe('answering');
		expect(exam.getSnapshot().context.flagged).toEqual([false, true, false, false]);
		exam.send({ type: 'exam.tick', now: 1_000 + 4 * SECONDS_PER_QUESTION * 1000 });
		const snap = exam.getSnapshot();
		expect(snap.value).toBe('results');
		expect(snap.context.grades!.map((g) => g.score)).toEqual([1, 0, 0, 0.5]);
		expect(examResults(questions, snap.context.grades!)).toEqual({
			score: 1.5 / 4,
			byTopic: { '4': { right: 1, total: 3 }, '2': { right: 0.5, total: 1 } }
		});
	});
});
