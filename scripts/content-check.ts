// `npm run content:check [-- --json] [-- --content <dir>]`: validates every lesson, glossary
// term, scenario and quiz, prints a summary (or one JSON object) and exits 1 on any error.
import { resolve } from 'node:path';
import { readContentFiles } from '../src/lib/content/disk';
import { buildContentIndex, formatErrors } from '../src/lib/content/validate';

const args = process.argv.slice(2);
const json = args.includes('--json');
const dirIndex = args.indexOf('--content');
const root = resolve(import.meta.dirname, '..');
const contentDir = dirIndex >= 0 ? resolve(args[dirIndex + 1] ?? '') : resolve(root, 'content');

let index;
try {
	index = buildContentIndex(readContentFiles(root, contentDir));
} catch (error) {
	console.error(`Could not read content from ${contentDir}: ${(error as Error).message}`);
	process.exit(1);
}

if (json) {
	console.log(
		JSON.stringify(
			{
				lessons: index.lessons.map(({ number, slug, title, words, terms, scenario }) => ({
					number,
					slug,
					title,
					words,
					terms,
					scenario
				})),
				glossaryTerms: index.glossary.length,
				scenarios: index.scenarios.map(({ id, title, topics, days }) => ({
					id,
					title,
					topics,
					days
				})),
				quizzes: index.quizzes.map(({ topic, questions, byType }) => ({
					topic,
					questions,
					byType
				})),
				errors: index.errors
			},
			null,
			2
		)
	);
} else {
	const scenarioIds = new Set(index.scenarios.map((s) => s.id));
	console.log(`Lessons: ${index.lessons.length} of ${index.topics.length || 20}`);
	for (const lesson of index.lessons) {
		const note = scenarioIds.has(lesson.scenario)
			? ''
			: ` (scenario "${lesson.scenario}" not written yet)`;
		console.log(
			`  ${String(lesson.number).padStart(2)}. ${lesson.title}: ${lesson.words} words${note}`
		);
	}
	console.log(`Glossary terms: ${index.glossary.length}`);
	console.log(`Scenarios: ${index.scenarios.length}`);
	console.log(`Question banks: ${index.quizzes.length}`);
	for (const q of index.quizzes) {
		console.log(
			`  topic ${String(q.topic).padStart(2)}: ${q.questions} questions (${Object.entries(q.byType)
				.filter(([, n]) => n)
				.map(([t, n]) => `${n} ${t}`)
				.join(', ')})`
		);
	}
	if (index.errors.length) {
		console.error(`\n${index.errors.length} error(s):\n${formatErrors(index.errors)}`);
	} else {
		console.log('No errors.');
	}
}
process.exit(index.errors.length ? 1 : 0);
