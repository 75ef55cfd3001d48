/**
 * A topic quiz as a statechart: ready -> asking -> feedback -> ... -> summary. Each answer is
 * graded the moment it is submitted and its explanation shown before the next question.
 */
import { assign, setup } from 'xstate';
import { grade } from './grade';
import type { Grade, Question, Response } from './types';

export type Answer = { questionId: string; response: Response; grade: Grade };

export type QuizContext = { questions: Question[]; index: number; answers: Answer[] };

export type QuizEvent =
	| { type: 'quiz.start' }
	| { type: 'answer.submit'; response: Response }
	| { type: 'quiz.next' }
	| { type: 'quiz.restart'; questions?: Question[] };

export const quizMachine = setup({
	types: {
		context: {} as QuizContext,
		events: {} as QuizEvent,
		input: {} as { questions: Question[] }
	},
	guards: {
		hasMore: ({ context }) => context.index + 1 < context.questions.length,
		answersThisQuestion: ({ context, event }) =>
			event.type === 'answer.submit' &&
			event.response.type === context.questions[context.index]?.type
	},
	actions: {
		record: assign(({ context, event }) => {
			if (event.type !== 'answer.submit') return {};
			const question = context.questions[context.index];
			return {
				answers: [
					...context.answers,
					{
						questionId: question.id,
						response: event.response,
						grade: grade(question, event.response)
					}
				]
			};
		}),
		advance: assign(({ context }) => ({ index: context.index + 1 })),
		reset: assign(({ context, event }) => ({
			questions:
				event.type === 'quiz.restart' && event.questions ? event.questions : context.questions,
			index: 0,
			answers: []
		}))
	}
}).createMachine({
	id: 'quiz',
	context: ({ input }) => ({ questions: input.questions, index: 0, answers: [] }),
	initial: 'ready',
	states: {
		ready: { on: { 'quiz.start': 'asking' } },
		asking: {
			on: {
				'answer.submit': { guard: 'answersThisQuestion', target: 'feedback', actions: 'record' }
			}
		},
		feedback: {
			on: {
				'quiz.next': [
					{ guard: 'hasMore', target: 'asking', actions: 'advance' },
					{ target: 'summary' }
				]
			}
		},
		summary: { on: { 'quiz.restart': { target: 'ready', actions: 'reset' } } }
	}
});

/** Score and the sections answered worst, for the summary and the review queue. */
export function summarise(questions: readonly Question[], answers: readonly Answer[]) {
	const score = answers.reduce((s, a) => s + a.grade.score, 0);
	const bySection = new Map<string, { anchor: string; topic: number; scores: number[] }>();
	for (const a of answers) {
		const q = questions.find((x) => x.id === a.questionId)!;
		const key = `${q.topic}#${q.anchor}`;
		const entry = bySection.get(key) ?? { anchor: q.anchor, topic: q.topic, scores: [] };
		entry.scores.push(a.grade.score);
		bySection.set(key, entry);
	}
	const weakest = [...bySection.values()]
		.map((s) => ({
			anchor: s.anchor,
			topic: s.topic,
			average: s.scores.reduce((a, b) => a + b, 0) / s.scores.length
		}))
		.filter((s) => s.average < 1)
		.sort((a, b) => a.average - b.average)
		.slice(0, 3);
	return {
		score: Math.round(score * 100) / 100,
		total: answers.length,
		share: answers.length ? score / answers.length : 0,
		weakest
	};
}
