/**
 * A timed mock exam: questions from every topic, answered in any order with flags for
 * review, feedback only after submitting, and results by topic. Time is an input (`now` in
 * the events), so the machine stays pure and testable.
 */
import { assign, setup } from 'xstate';
import { shuffled } from './draw';
import { generatedQuestions } from './generators';
import { grade } from './grade';
import type { Grade, Question, Response } from './types';

export type ExamContext = {
	questions: Question[];
	responses: (Response | null)[];
	flagged: boolean[];
	index: number;
	seconds: number;
	deadline: number | null;
	grades: Grade[] | null;
};

export type ExamEvent =
	| { type: 'exam.start'; now: number }
	| { type: 'exam.goto'; index: number }
	| { type: 'exam.answer'; index: number; response: Response | null }
	| { type: 'exam.flag'; index: number }
	| { type: 'exam.submit' }
	| { type: 'exam.tick'; now: number };

/** About 90 seconds a question, close to the pace of the certification exam. */
export const SECONDS_PER_QUESTION = 90;

/** `count` questions spread across topics round-robin, with two drawn fresh. */
export function drawExam(
	banks: readonly { topic: number; questions: readonly Question[] }[],
	count: number,
	seed: number
): Question[] {
	const pools = shuffled(
		banks.filter((b) => b.questions.length).map((b, i) => shuffled(b.questions, seed + i * 101)),
		seed
	);
	const picked: Question[] = [];
	for (let round = 0; picked.length < count - 2 && pools.some((p) => p.length > round); round++) {
		for (const pool of pools)
			if (pool[round] && picked.length < count - 2) picked.push(pool[round]);
	}
	const fresh = [4, 8, 16, 18].flatMap((t) => generatedQuestions(t, seed + t)).slice(0, 2);
	return shuffled([...picked, ...fresh.slice(0, count - picked.length)], seed + 7);
}

export function examResults(questions: readonly Question[], grades: readonly Grade[]) {
	const byTopic: Record<string, { right: number; total: number }> = {};
	questions.forEach((q, i) => {
		const t = (byTopic[String(q.topic)] ??= { right: 0, total: 0 });
		t.total += 1;
		t.right += grades[i].score;
	});
	const score = grades.reduce((s, g) => s + g.score, 0) / Math.max(1, grades.length);
	return { score, byTopic };
}

const blank: Grade = { score: 0, correct: false, rule: 'Not answered: no credit.' };

export const examMachine = setup({
	types: {
		context: {} as ExamContext,
		events: {} as ExamEvent,
		input: {} as { questions: Question[] }
	},
	guards: {
		timeUp: ({ context, event }) =>
			event.type === 'exam.tick' && context.deadline !== null && event.now >= context.deadline
	},
	actions: {
		begin: assign(({ context, event }) =>
			event.type === 'exam.start' ? { deadline: event.now + context.seconds * 1000 } : {}
		),
		go: assign(({ context, event }) =>
			event.type === 'exam.goto' && event.index >= 0 && event.index < context.questions.length
				? { index: event.index }
				: {}
		),
		answer: assign(({ context, event }) => {
			if (event.type !== 'exam.answer') return {};
			const responses = [...context.responses];
			responses[event.index] = event.response;
			return { responses };
		}),
		flag: assign(({ context, event }) => {
			if (event.type !== 'exam.flag') return {};
			const flagged = [...context.flagged];
			flagged[event.index] = !flagged[event.index];
			return { flagged };
		}),
		mark: assign(({ context }) => ({
			grades: context.questions.map((q, i) => {
				const r = context.responses[i];
				return r && r.type === q.type ? grade(q, r) : blank;
			})
		}))
	}
}).createMachine({
	id: 'exam',
	context: ({ input }) => ({
		questions: input.questions,
		responses: input.questions.map(() => null),
		flagged: input.questions.map(() => false),
		index: 0,
		seconds: input.questions.length * SECONDS_PER_QUESTION,
		deadline: null,
		grades: null
	}),
	initial: 'ready',
	states: {
		ready: { on: { 'exam.start': { target: 'answering', actions: 'begin' } } },
		answering: {
			on: {
				'exam.goto': { actions: 'go' },
				'exam.answer': { actions: 'answer' },
				'exam.flag': { actions: 'flag' },
				'exam.submit': { target: 'results', actions: 'mark' },
				'exam.tick': { guard: 'timeUp', target: 'results', actions: 'mark' }
			}
		},
		results: { type: 'final' }
	}
});
