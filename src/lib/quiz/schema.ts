/**
 * The shape of a question bank (content/quizzes/NN-slug.yaml, or a bank an instructor imports
 * in the browser). Messages name the field at fault.
 */
import * as v from 'valibot';
import type { Question } from './types';

const text = (what: string, min = 3) =>
	v.pipe(v.string(`${what} must be text`), v.trim(), v.minLength(min, `${what} is too short`));
const id = v.pipe(
	v.string('id must be text'),
	v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'ids are lower-case letters, digits and dashes')
);
const option = v.object({
	id,
	text: text('option text', 1),
	why: text('why (the reason this option is right or wrong)', 8)
});
const base = {
	id,
	prompt: text('prompt', 10),
	explanation: text('explanation', 15),
	difficulty: v.picklist(['easy', 'medium', 'hard'], 'difficulty must be easy, medium or hard'),
	anchor: v.pipe(
		v.string('anchor must be a lesson section id'),
		v.regex(/^[a-z0-9-]+$/, 'anchor must be a lesson section id')
	)
};

const unique = (ids: string[]) => new Set(ids).size === ids.length;

const SingleSchema = v.pipe(
	v.object({
		...base,
		type: v.literal('single'),
		options: v.pipe(v.array(option), v.minLength(3, 'give at least 3 options'), v.maxLength(6)),
		answer: id
	}),
	v.check((q) => unique(q.options.map((o) => o.id)), 'option ids must be unique'),
	v.check((q) => q.options.some((o) => o.id === q.answer), 'answer must be one of the option ids')
);
const MultipleSchema = v.pipe(
	v.object({
		...base,
		type: v.literal('multiple'),
		options: v.pipe(v.array(option), v.minLength(3, 'give at least 3 options'), v.maxLength(7)),
		answer: v.pipe(v.array(id), v.minLength(1, 'answer must list at least one option'))
	}),
	v.check((q) => unique(q.options.map((o) => o.id)), 'option ids must be unique'),
	v.check(
		(q) => q.answer.every((a) => q.options.some((o) => o.id === a)),
		'every answer must be one of the option ids'
	),
	v.check((q) => unique(q.answer), 'answer must not repeat an option')
);
const NumericSchema = v.object({
	...base,
	type: v.literal('numeric'),
	answer: v.pipe(v.number('answer must be a number'), v.finite()),
	tolerance: v.optional(
		v.pipe(v.number('tolerance must be a number'), v.minValue(0, 'tolerance must not be negative')),
		0
	),
	unit: v.optional(v.pipe(v.string(), v.maxLength(20)))
});
const OrderingSchema = v.pipe(
	v.object({
		...base,
		type: v.literal('ordering'),
		items: v.pipe(
			v.array(v.object({ id, text: text('item text', 1) })),
			v.minLength(3, 'give at least 3 items'),
			v.maxLength(10)
		),
		answer: v.array(id)
	}),
	v.check((q) => unique(q.items.map((i) => i.id)), 'item ids must be unique'),
	v.check(
		(q) =>
			q.answer.length === q.items.length &&
			q.answer.every((a) => q.items.some((i) => i.id === a)) &&
			unique(q.answer),
		'answer must list every item id once, in the right order'
	)
);
const MatchingSchema = v.pipe(
	v.object({
		...base,
		type: v.literal('matching'),
		pairs: v.pipe(
			v.array(v.object({ id, left: text('left', 1), right: text('right', 1) })),
			v.minLength(3, 'give at least 3 pairs'),
			v.maxLength(8)
		)
	}),
	v.check((q) => unique(q.pairs.map((p) => p.id)), 'pair ids must be unique')
);

export const QuestionSchema = v.variant(
	'type',
	[SingleSchema, MultipleSchema, NumericSchema, OrderingSchema, MatchingSchema],
	'type must be single, multiple, numeric, ordering or matching'
);

export const BankSchema = v.object({
	topic: v.pipe(
		v.number('topic must be a number'),
		v.integer(),
		v.minValue(1),
		v.maxValue(20, 'topic must be from 1 to 20')
	),
	questions: v.pipe(
		v.array(v.unknown(), 'questions must be a list'),
		v.minLength(1, 'a bank needs at least one question')
	)
});

export type BankIssue = { field: string; message: string };

function describe(issue: v.BaseIssue<unknown>, prefix: string): BankIssue {
	const path = issue.path?.map((p) => String(p.key)).join('.');
	const field = [prefix, path].filter(Boolean).join('.') || '(file)';
	const message =
		issue.type === 'object' && issue.received === 'undefined'
			? `${field.split('.').at(-1)} is required`
			: issue.message.startsWith('Invalid')
				? `${issue.message.replace(/^Invalid [a-z ]+: /, '').toLowerCase()}`
				: issue.message;
	return { field, message };
}

/** Validates a whole bank; each question is checked on its own so every bad one is named. */
export function parseBank(data: unknown): {
	questions: Question[];
	topic: number | null;
	issues: BankIssue[];
} {
	const bank = v.safeParse(BankSchema, data);
	if (!bank.success)
		return { questions: [], topic: null, issues: bank.issues.map((i) => describe(i, '')) };
	const issues: BankIssue[] = [];
	const questions: Question[] = [];
	const seen = new Set<string>();
	bank.output.questions.forEach((raw, i) => {
		const parsed = v.safeParse(QuestionSchema, raw, { abortPipeEarly: true });
		if (!parsed.success) {
			issues.push(...parsed.issues.map((issue) => describe(issue, `questions.${i}`)));
			return;
		}
		if (seen.has(parsed.output.id)) {
			issues.push({
				field: `questions.${i}.id`,
				message: `"${parsed.output.id}" is used twice in this bank`
			});
			return;
		}
		seen.add(parsed.output.id);
		questions.push({ ...parsed.output, topic: bank.output.topic } as Question);
	});
	return { questions, topic: bank.output.topic, issues };
}
