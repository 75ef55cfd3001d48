import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../../src/lib/content/disk';
import { buildContentIndex, formatErrors } from '../../../../src/lib/content/validate';

const FIXTURE = 'tests/fixtures/content';
const LESSON = 'content/lessons/01-role-of-customer-order-management/index.md';

function fixture(edit?: (files: Record<string, string>) => void) {
	const files = readContentFiles(process.cwd(), FIXTURE);
	edit?.(files);
	return buildContentIndex(files);
}

describe('the content index', () => {
	it('reads a valid lesson: prose words, table of contents with rendered ids, glossary links', () => {
		const index = fixture();
		expect(index.errors).toEqual([]);
		expect(index.topics).toHaveLength(20);
		const [lesson] = index.lessons;
		expect(lesson).toMatchObject({
			number: 1,
			slug: 'role-of-customer-order-management',
			file: LESSON,
			scenario: 'first-day-at-the-desk',
			minutes: 10,
			glossaryLinks: ['available-to-promise']
		});
		// Script, table, comment and markup are not prose; headings, lists and answers are.
		expect(lesson.words).toBe(27);
		expect(lesson.toc).toEqual([
			{ id: 'first-section', text: 'First section', level: 2 },
			{ id: 'a-detail', text: 'A detail', level: 3 },
			{ id: 'first-section-1', text: 'First section', level: 2 }
		]);
		expect(index.glossary.map((g) => g.id)).toEqual([
			'available-to-promise',
			'backlog',
			'order-promising'
		]);
	});

	it('names the file and field of a broken frontmatter value', () => {
		const index = fixture((files) => {
			files[LESSON] = files[LESSON].replace('minutes: 10', 'minutes: ten');
		});
		expect(index.errors).toEqual([
			{ file: LESSON, field: 'minutes', message: 'minutes must be a number' }
		]);
		expect(formatErrors(index.errors)).toBe(`${LESSON}: minutes: minutes must be a number`);
	});

	it.each([
		[
			'a missing field',
			(s: string) => s.replace(/^scenario:.*\n/m, ''),
			'scenario',
			'scenario is required'
		],
		[
			'an unknown field',
			(s: string) => s.replace('minutes: 10', 'minutes: 10\nauthor: me'),
			'author',
			'unknown field "author"'
		],
		[
			'too few objectives',
			(s: string) => s.replace(/ {2}- Count.*\n {2}- Build.*\n/, ''),
			'objectives',
			'objectives must list at least 3 items'
		],
		[
			'an unknown glossary id',
			(s: string) => s.replace('backlog]', 'no-such-term]'),
			'terms.2',
			'no glossary term "no-such-term"'
		],
		[
			'a link to a missing term',
			(s: string) => s.replace('twice:', '[x](/glossary/ghost) twice:'),
			'body',
			'links to /glossary/ghost, which does not exist'
		],
		[
			'curly braces in prose',
			(s: string) => s.replace('six words.', 'six {words}.'),
			'body',
			'curly braces outside a component are Svelte syntax: remove them from the prose'
		],
		[
			'no frontmatter',
			(s: string) => s.replace(/^---[\s\S]*?---\n/, ''),
			'(frontmatter)',
			'the file must start with frontmatter between --- lines'
		]
	])('reports %s', (_, edit, field, message) => {
		const index = fixture((files) => {
			files[LESSON] = edit(files[LESSON]);
		});
		expect(index.errors).toContainEqual({ file: LESSON, field, message });
	});

	it('checks that a lesson folder matches its topic', () => {
		const index = fixture((files) => {
			files['content/lessons/02-wrong-slug/index.md'] = files[LESSON];
		});
		expect(index.errors).toContainEqual({
			file: 'content/lessons/02-wrong-slug/index.md',
			field: '(folder)',
			message: 'topic 2 is "order-to-cash" in content/topics.yaml, not "wrong-slug"'
		});
	});

	it('checks glossary relations', () => {
		const file = 'content/glossary/backlog.md';
		const index = fixture((files) => {
			files[file] = files[file].replace('[order-promising]', '[order-promising, backlog, nowhere]');
		});
		expect(index.errors).toEqual([
			{ file, field: 'related.1', message: 'a term cannot be related to itself' },
			{ file, field: 'related.2', message: 'no glossary term "nowhere"' }
		]);
	});
});
