// The rules content must follow. Each message says what a good value looks like, because the
// author reading it is fixing a file, not debugging code.
import * as v from 'valibot';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const kebab = (what: string) =>
	v.pipe(
		v.string(`${what} must be text`),
		v.regex(KEBAB, `${what} must be kebab-case, like "order-to-cash"`)
	);

export const TopicSchema = v.object({
	number: v.pipe(v.number('number must be a number'), v.integer(), v.minValue(1), v.maxValue(20)),
	slug: kebab('slug'),
	title: v.pipe(v.string(), v.minLength(5))
});
export const TopicsSchema = v.pipe(
	v.array(TopicSchema, 'topics.yaml must be a list of topics'),
	v.length(20, 'topics.yaml must list exactly 20 topics')
);

export const LessonFrontmatterSchema = v.strictObject({
	title: v.pipe(
		v.string('title must be text'),
		v.trim(),
		v.minLength(5, 'title must have at least 5 characters'),
		v.maxLength(90, 'title must have at most 90 characters')
	),
	summary: v.pipe(
		v.string('summary must be text'),
		v.trim(),
		v.minLength(20, 'summary must have at least 20 characters'),
		v.maxLength(240, 'summary must have at most 240 characters')
	),
	objectives: v.pipe(
		v.array(
			v.pipe(
				v.string('each objective must be text'),
				v.trim(),
				v.minLength(10, 'an objective must have at least 10 characters')
			),
			'objectives must be a list'
		),
		v.minLength(3, 'objectives must list at least 3 items'),
		v.maxLength(7, 'objectives must list at most 7 items')
	),
	terms: v.pipe(
		v.array(kebab('each term'), 'terms must be a list of glossary ids'),
		v.minLength(3, 'terms must list at least 3 glossary ids'),
		v.check((list) => new Set(list).size === list.length, 'terms must not repeat an id')
	),
	scenario: kebab('scenario'),
	minutes: v.pipe(
		v.number('minutes must be a number'),
		v.integer('minutes must be a whole number'),
		v.minValue(5, 'minutes must be at least 5'),
		v.maxValue(90, 'minutes must be at most 90')
	)
});

export const GlossaryFrontmatterSchema = v.strictObject({
	term: v.pipe(v.string('term must be text'), v.trim(), v.minLength(2), v.maxLength(90)),
	aliases: v.optional(v.array(v.pipe(v.string(), v.trim(), v.minLength(1))), []),
	related: v.optional(v.array(kebab('each related id')), [])
});

/** Turns valibot issues into content errors naming the file and the field. */
export function issuesToErrors(file: string, issues: readonly v.BaseIssue<unknown>[]) {
	return issues.map((issue) => {
		const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
		const field = path || '(frontmatter)';
		let message = issue.message;
		if (issue.type === 'strict_object' || issue.type === 'object') {
			message =
				issue.received === 'undefined' ? `${field} is required` : `unknown field "${field}"`;
		}
		return { file, field, message };
	});
}
