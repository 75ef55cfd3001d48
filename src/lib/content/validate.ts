// Builds the content index from the raw text of every content file and collects every
// problem with the file and field named. The app (at build time), `npm run content:check`
// and the build's own check all call this one function.
import * as v from 'valibot';
import { parse } from 'yaml';
import {
	countProseWords,
	glossaryLinks,
	plainText,
	readingMinutes,
	splitFrontmatter,
	tableOfContents
} from './markdown.ts';
import {
	GlossaryFrontmatterSchema,
	issuesToErrors,
	LessonFrontmatterSchema,
	TopicsSchema
} from './schema.ts';
import type { ContentError, ContentIndex, GlossaryEntry, LessonEntry, Topic } from './types.ts';
import { parseBank } from '../quiz/schema.ts';
import type { Bank } from '../quiz/types.ts';
import { checkScenarioSource } from './scenario-source.ts';

/** Raw content keyed by path from the project root, e.g. `content/topics.yaml`. */
export type ContentFiles = Record<string, string>;

const TOPICS_FILE = 'content/topics.yaml';
const LESSON_PATH = /^content\/lessons\/([^/]+)\/index\.md$/;
const GLOSSARY_PATH = /^content\/glossary\/([^/]+)\.md$/;
const SCENARIO_PATH = /^content\/scenarios\/([^/]+)\.json$/;

export function buildContentIndex(files: ContentFiles): ContentIndex {
	const errors: ContentError[] = [];
	const topics = readTopics(files, errors);
	const glossary = readGlossary(files, errors);
	const lessons = readLessons(files, topics, errors);
	const scenarios = readScenarios(files, errors);

	const termIds = new Set(glossary.map((g) => g.id));
	for (const entry of glossary) {
		entry.related.forEach((id, i) => {
			if (!termIds.has(id)) {
				errors.push({
					file: entry.file,
					field: `related.${i}`,
					message: `no glossary term "${id}"`
				});
			} else if (id === entry.id) {
				errors.push({
					file: entry.file,
					field: `related.${i}`,
					message: 'a term cannot be related to itself'
				});
			}
		});
	}
	for (const lesson of lessons) {
		lesson.terms.forEach((id, i) => {
			if (!termIds.has(id)) {
				errors.push({
					file: lesson.file,
					field: `terms.${i}`,
					message: `no glossary term "${id}"`
				});
			}
		});
		for (const id of lesson.glossaryLinks) {
			if (!termIds.has(id)) {
				errors.push({
					file: lesson.file,
					field: 'body',
					message: `links to /glossary/${id}, which does not exist`
				});
			}
		}
	}

	const banks = readBanks(files, topics, lessons, errors);
	const quizzes = banks.map((bank) => {
		const byType = { single: 0, multiple: 0, numeric: 0, ordering: 0, matching: 0 };
		for (const q of bank.questions) byType[q.type]++;
		return { topic: bank.topic, file: bank.file, questions: bank.questions.length, byType };
	});

	return { topics, lessons, glossary, scenarios, quizzes, banks, errors };
}

function readScenarios(files: ContentFiles, errors: ContentError[]) {
	const scenarios: ContentIndex['scenarios'] = [];
	for (const [file, source] of Object.entries(files)) {
		const name = SCENARIO_PATH.exec(file)?.[1];
		if (!name) continue;
		const result = checkScenarioSource(source);
		if (!result.ok) {
			errors.push(...result.issues.map((i) => ({ file, field: i.field, message: i.message })));
			continue;
		}
		const { id, title, topics, days } = result.scenario;
		if (id !== name) {
			errors.push({
				file,
				field: 'id',
				message: `the id "${id}" must match the file name "${name}"`
			});
			continue;
		}
		scenarios.push({ id, file, title, topics, days });
	}
	return scenarios.sort((a, b) => a.id.localeCompare(b.id));
}

const QUIZ_PATH = /^content\/quizzes\/(\d{2})-([a-z0-9-]+)\.ya?ml$/;

function readBanks(
	files: ContentFiles,
	topics: Topic[],
	lessons: LessonEntry[],
	errors: ContentError[]
): Bank[] {
	const banks: Bank[] = [];
	for (const [file, source] of Object.entries(files)) {
		if (!file.startsWith('content/quizzes/')) continue;
		const match = QUIZ_PATH.exec(file);
		if (!match) {
			errors.push({
				file,
				field: '(file name)',
				message: 'question banks are named NN-slug.yaml after their topic'
			});
			continue;
		}
		const number = Number(match[1]);
		const topic = topics.find((t) => t.number === number);
		if (topics.length && (!topic || topic.slug !== match[2])) {
			errors.push({
				file,
				field: '(file name)',
				message: topic ? `topic ${number} is "${topic.slug}"` : `there is no topic ${number}`
			});
			continue;
		}
		let data: unknown;
		try {
			data = parse(source);
		} catch (error) {
			errors.push({
				file,
				field: '(file)',
				message: `not valid YAML: ${(error as Error).message}`
			});
			continue;
		}
		const parsed = parseBank(data);
		errors.push(...parsed.issues.map((i) => ({ file, ...i })));
		if (parsed.topic !== null && parsed.topic !== number) {
			errors.push({
				file,
				field: 'topic',
				message: `the file is for topic ${number}, not ${parsed.topic}`
			});
			continue;
		}
		const lesson = lessons.find((l) => l.number === number);
		const sections = new Set(lesson?.toc.map((t) => t.id) ?? []);
		parsed.questions.forEach((q) => {
			if (!lesson)
				errors.push({
					file,
					field: `${q.id}.anchor`,
					message: `topic ${number} has no lesson yet to anchor to`
				});
			else if (!sections.has(q.anchor)) {
				errors.push({
					file,
					field: `${q.id}.anchor`,
					message: `"${q.anchor}" is not a section of ${lesson.file}`
				});
			}
		});
		banks.push({ topic: number, file, questions: parsed.questions });
	}
	return banks.sort((a, b) => a.topic - b.topic);
}

function readTopics(files: ContentFiles, errors: ContentError[]): Topic[] {
	const source = files[TOPICS_FILE];
	if (source === undefined) {
		errors.push({ file: TOPICS_FILE, field: '(file)', message: 'the topic list is missing' });
		return [];
	}
	let data: unknown;
	try {
		data = parse(source);
	} catch (error) {
		errors.push({
			file: TOPICS_FILE,
			field: '(file)',
			message: `not valid YAML: ${(error as Error).message}`
		});
		return [];
	}
	const result = v.safeParse(TopicsSchema, data);
	if (!result.success) {
		errors.push(...issuesToErrors(TOPICS_FILE, result.issues));
		return [];
	}
	result.output.forEach((topic, i) => {
		if (topic.number !== i + 1) {
			errors.push({
				file: TOPICS_FILE,
				field: `${i}.number`,
				message: `topic ${i + 1} is numbered ${topic.number}`
			});
		}
	});
	return result.output;
}

function readGlossary(files: ContentFiles, errors: ContentError[]): GlossaryEntry[] {
	const entries: GlossaryEntry[] = [];
	for (const [file, source] of Object.entries(files)) {
		const id = GLOSSARY_PATH.exec(file)?.[1];
		if (!id) continue;
		if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
			errors.push({
				file,
				field: '(file name)',
				message: 'glossary file names must be kebab-case ids'
			});
			continue;
		}
		const split = splitFrontmatter(source);
		if ('error' in split) {
			errors.push({ file, field: '(frontmatter)', message: split.error });
			continue;
		}
		const result = v.safeParse(GlossaryFrontmatterSchema, split.data, { abortPipeEarly: true });
		if (!result.success) {
			errors.push(...issuesToErrors(file, result.issues));
			continue;
		}
		const definition = plainText(split.body);
		if (definition.split(/\s+/).length < 8) {
			errors.push({ file, field: 'body', message: 'the definition must have at least 8 words' });
			continue;
		}
		entries.push({ id, file, ...result.output, definition });
	}
	return entries.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

function readLessons(files: ContentFiles, topics: Topic[], errors: ContentError[]): LessonEntry[] {
	const lessons: LessonEntry[] = [];
	for (const [file, source] of Object.entries(files)) {
		const folder = LESSON_PATH.exec(file)?.[1];
		if (!folder) continue;
		const match = /^(\d{2})-([a-z0-9-]+)$/.exec(folder);
		if (!match) {
			errors.push({
				file,
				field: '(folder)',
				message: 'lesson folders are named NN-slug, e.g. 04-atp-and-ctp'
			});
			continue;
		}
		const number = Number(match[1]);
		const slug = match[2];
		const topic = topics.find((t) => t.number === number);
		if (topics.length && (!topic || topic.slug !== slug)) {
			errors.push({
				file,
				field: '(folder)',
				message: topic
					? `topic ${number} is "${topic.slug}" in ${TOPICS_FILE}, not "${slug}"`
					: `there is no topic ${number} in ${TOPICS_FILE}`
			});
			continue;
		}
		const split = splitFrontmatter(source);
		if ('error' in split) {
			errors.push({ file, field: '(frontmatter)', message: split.error });
			continue;
		}
		const result = v.safeParse(LessonFrontmatterSchema, split.data, { abortPipeEarly: true });
		if (!result.success) {
			errors.push(...issuesToErrors(file, result.issues));
			continue;
		}
		if (
			/[{}]/.test(split.body.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[A-Z][^>]*>/g, ''))
		) {
			errors.push({
				file,
				field: 'body',
				message: 'curly braces outside a component are Svelte syntax: remove them from the prose'
			});
		}
		const words = countProseWords(split.body);
		lessons.push({
			number,
			slug,
			file,
			...result.output,
			words,
			readingMinutes: readingMinutes(words),
			toc: tableOfContents(split.body),
			glossaryLinks: glossaryLinks(split.body)
		});
	}
	return lessons.sort((a, b) => a.number - b.number);
}

/** One line per error, for terminals and build failures. */
export function formatErrors(errors: readonly ContentError[]): string {
	return errors.map((e) => `${e.file}: ${e.field}: ${e.message}`).join('\n');
}
