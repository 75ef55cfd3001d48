/**
 * Grading for every question type. Credit is from 0 to 1 and the rule is told to the learner:
 * - single choice and numeric: all or nothing (numeric within the stated tolerance);
 * - multiple select: (correct picks - wrong picks) / number of correct options, never below 0,
 *   so guessing every option earns nothing;
 * - ordering: the share of items in their right place;
 * - matching: the share of pairs matched correctly.
 */
import type { Grade, Question, Response } from './types';

const round = (x: number) => Math.round(x * 1000) / 1000;

export function grade(question: Question, response: Response): Grade {
	if (response.type !== question.type)
		throw new RangeError(`a ${response.type} response cannot answer a ${question.type} question`);
	switch (question.type) {
		case 'single': {
			const correct =
				(response as Extract<Response, { type: 'single' }>).choice === question.answer;
			return { score: correct ? 1 : 0, correct, rule: 'One answer is right: full credit or none.' };
		}
		case 'multiple': {
			const picks = new Set((response as Extract<Response, { type: 'multiple' }>).choices);
			const right = question.answer.filter((id) => picks.has(id)).length;
			const wrong = [...picks].filter((id) => !question.answer.includes(id)).length;
			const score = round(Math.max(0, (right - wrong) / question.answer.length));
			return {
				score,
				correct: right === question.answer.length && wrong === 0,
				rule: `Credit is right picks minus wrong picks over the ${question.answer.length} right options (here ${right} - ${wrong}), never below zero.`
			};
		}
		case 'numeric': {
			const value = (response as Extract<Response, { type: 'numeric' }>).value;
			const correct =
				Number.isFinite(value) && Math.abs(value - question.answer) <= question.tolerance + 1e-9;
			return {
				score: correct ? 1 : 0,
				correct,
				rule: question.tolerance
					? `Answers within ${question.tolerance} of ${question.answer} count as right.`
					: 'Only the exact figure counts.'
			};
		}
		case 'ordering': {
			const order = (response as Extract<Response, { type: 'ordering' }>).order;
			const placed = question.answer.filter((id, i) => order[i] === id).length;
			return {
				score: round(placed / question.answer.length),
				correct: placed === question.answer.length,
				rule: `Credit is the share of steps in their right place (${placed} of ${question.answer.length}).`
			};
		}
		case 'matching': {
			const matches = (response as Extract<Response, { type: 'matching' }>).matches;
			const right = question.pairs.filter((p) => matches[p.id] === p.id).length;
			return {
				score: round(right / question.pairs.length),
				correct: right === question.pairs.length,
				rule: `Credit is the share of pairs matched (${right} of ${question.pairs.length}).`
			};
		}
	}
}
