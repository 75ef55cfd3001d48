/** Content as the app and the checker see it, after validation. */
import type { Bank } from '../quiz/types.ts';

export type ContentError = { file: string; field: string; message: string };

export type Topic = { number: number; slug: string; title: string };

export type TocEntry = { id: string; text: string; level: 2 | 3 };

export type LessonEntry = {
	number: number;
	slug: string;
	/** Path from the project root, e.g. content/lessons/04-atp-and-ctp/index.md */
	file: string;
	title: string;
	summary: string;
	objectives: string[];
	terms: string[];
	scenario: string;
	minutes: number;
	/** Words of prose: headings, paragraphs, lists and self-check text; not tables or code. */
	words: number;
	readingMinutes: number;
	toc: TocEntry[];
	/** Glossary ids linked from the body. */
	glossaryLinks: string[];
};

export type GlossaryEntry = {
	id: string;
	file: string;
	term: string;
	aliases: string[];
	related: string[];
	/** The definition as plain text, for lists, search and tooltips. */
	definition: string;
};

export type ScenarioSummary = {
	id: string;
	file: string;
	title: string;
	topics: number[];
	days: number;
};

export type QuizSummary = {
	topic: number;
	file: string;
	questions: number;
	byType: { single: number; multiple: number; numeric: number; ordering: number; matching: number };
};

export type ContentIndex = {
	topics: Topic[];
	lessons: LessonEntry[];
	glossary: GlossaryEntry[];
	scenarios: ScenarioSummary[];
	quizzes: QuizSummary[];
	/** The validated questions of every bank. */
	banks: Bank[];
	errors: ContentError[];
};
