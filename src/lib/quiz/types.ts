/** Questions, responses and grades: plain data, shared by banks, generators and pages. */

export type Difficulty = 'easy' | 'medium' | 'hard';

export type Option = { id: string; text: string; why: string };

type Base = {
	id: string;
	topic: number;
	prompt: string;
	/** Why the answer is right (and, for choice questions, each option carries its own why). */
	explanation: string;
	difficulty: Difficulty;
	/** The id of the lesson section the question tests. */
	anchor: string;
	/** Figures the question refers to, shown as a table. */
	table?: { caption: string; columns: string[]; rows: (string | number)[][] };
	/** Set on questions drawn by a generator, with the seed that drew them. */
	generated?: { generator: string; seed: number };
};

export type SingleQuestion = Base & { type: 'single'; options: Option[]; answer: string };
export type MultipleQuestion = Base & { type: 'multiple'; options: Option[]; answer: string[] };
export type NumericQuestion = Base & {
	type: 'numeric';
	answer: number;
	tolerance: number;
	unit?: string;
};
export type OrderingQuestion = Base & {
	type: 'ordering';
	items: { id: string; text: string }[];
	answer: string[];
};
export type MatchingQuestion = Base & {
	type: 'matching';
	pairs: { id: string; left: string; right: string }[];
};

export type Question =
	SingleQuestion | MultipleQuestion | NumericQuestion | OrderingQuestion | MatchingQuestion;
export type QuestionType = Question['type'];
export const QUESTION_TYPES: readonly QuestionType[] = [
	'single',
	'multiple',
	'numeric',
	'ordering',
	'matching'
];

export type Response =
	| { type: 'single'; choice: string }
	| { type: 'multiple'; choices: string[] }
	| { type: 'numeric'; value: number }
	| { type: 'ordering'; order: string[] }
	| { type: 'matching'; matches: Record<string, string> };

export type Grade = {
	/** Credit from 0 to 1. */
	score: number;
	correct: boolean;
	/** How the credit was worked out, in a sentence for the learner. */
	rule: string;
};

export type Bank = { topic: number; file: string; questions: Question[] };
