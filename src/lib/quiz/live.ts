// Live quiz rounds in a class: a bank question as learners receive it (no answer, no
// explanation, choices in a drawn order), a learner's answer checked and graded, and what
// closing the round reveals (the answer, why, and how the class answered).
import {
	LIVE_QUESTION_TYPES,
	type LiveQuestion,
	type LiveResponse,
	type QuizReveal
} from '$lib/sim';
import { shuffled } from './draw';
import { grade } from './grade';
import type { Question, Response } from './types';

/** Points for a fully right answer; partial credit earns its share, rounded. */
export const ROUND_POINTS = 100;

type LiveBankQuestion = Extract<Question, { type: LiveQuestion['type'] }>;

export function isLiveQuestion(question: Question): question is LiveBankQuestion {
	return (LIVE_QUESTION_TYPES as readonly string[]).includes(question.type);
}

/** The question as learners see it; `seed` draws the order of the choices. */
export function liveQuestion(question: LiveBankQuestion, seed: number): LiveQuestion {
	return {
		id: question.id,
		topic: question.topic,
		type: question.type,
		prompt: question.prompt,
		options:
			question.type === 'numeric'
				? []
				: shuffled(question.options, seed).map(({ id, text }) => ({ id, text })),
		...(question.type === 'numeric' && question.unit ? { unit: question.unit } : {}),
		...(question.table ? { table: question.table } : {}),
		anchor: question.anchor
	};
}

export type LiveGrade =
	{ ok: true; points: number; correct: boolean } | { ok: false; message: string };

function toResponse(question: LiveBankQuestion, response: LiveResponse): Response | string {
	if (question.type === 'numeric') {
		if (!('value' in response) || !Number.isFinite(response.value))
			return 'Give a number as your answer.';
		return { type: 'numeric', value: response.value };
	}
	if (!('choices' in response)) return 'Pick an option.';
	const ids = new Set(question.options.map((o) => o.id));
	const choices = [...new Set(response.choices)];
	if (!choices.length || choices.some((c) => !ids.has(c)))
		return 'Pick one or more of the options shown.';
	if (question.type === 'single') {
		if (choices.length !== 1) return 'Pick exactly one option.';
		return { type: 'single', choice: choices[0] };
	}
	return { type: 'multiple', choices };
}

/** Checks a learner's answer against the question and grades it; bad input is a message. */
export function gradeLive(question: LiveBankQuestion, response: LiveResponse): LiveGrade {
	const checked = toResponse(question, response);
	if (typeof checked === 'string') return { ok: false, message: checked };
	const result = grade(question, checked);
	return { ok: true, points: Math.round(result.score * ROUND_POINTS), correct: result.correct };
}

/** What closing a round shows: the answer, the explanation and the class's answers counted. */
export function revealRound(
	question: LiveBankQuestion,
	responses: readonly LiveResponse[]
): QuizReveal {
	if (question.type === 'numeric') {
		const right = responses.filter(
			(r) =>
				'value' in r &&
				gradeLive(question, r).ok &&
				Math.abs(r.value - question.answer) <= question.tolerance + 1e-9
		).length;
		const within = question.tolerance ? ` (within ${question.tolerance})` : '';
		return {
			answer: { value: question.answer, tolerance: question.tolerance },
			explanation: question.explanation,
			answered: responses.length,
			distribution: [
				{ id: 'right', label: `${question.answer}${within}`, count: right, correct: true },
				{ id: 'other', label: 'Another figure', count: responses.length - right, correct: false }
			]
		};
	}
	const rightIds = question.type === 'single' ? [question.answer] : question.answer;
	const counts = new Map<string, number>();
	for (const r of responses)
		if ('choices' in r) for (const c of new Set(r.choices)) counts.set(c, (counts.get(c) ?? 0) + 1);
	return {
		answer: { choices: rightIds },
		explanation: question.explanation,
		answered: responses.length,
		distribution: question.options.map((o) => ({
			id: o.id,
			label: o.text,
			count: counts.get(o.id) ?? 0,
			correct: rightIds.includes(o.id)
		}))
	};
}
