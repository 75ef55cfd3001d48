import { error } from '@sveltejs/kit';
import { GENERATORS } from '$lib/quiz/generators';
import { content } from '$lib/server/content';

/** Topics that have something to ask: a bank, or generated questions. */
function quizTopics() {
	const index = content();
	return index.topics.filter(
		(t) =>
			index.banks.some((b) => b.topic === t.number) || GENERATORS.some((g) => g.topic === t.number)
	);
}

export function entries() {
	return quizTopics().map((t) => ({ slug: t.slug }));
}

export function load({ params }) {
	const index = content();
	const topic = quizTopics().find((t) => t.slug === params.slug);
	if (!topic) error(404, `There is no quiz for "${params.slug}".`);
	const lesson = index.lessons.find((l) => l.number === topic.number);
	return {
		topic,
		lessonSlug: lesson?.slug ?? null,
		questions: index.banks.find((b) => b.topic === topic.number)?.questions ?? []
	};
}
