import { content, lessonBySlug } from '$lib/server/content';

export function entries() {
	return content().lessons.map((lesson) => ({ slug: lesson.slug }));
}

export function load({ params }) {
	const index = content();
	const lesson = lessonBySlug(params.slug);
	const written = (n: number) => index.lessons.find((l) => l.number === n);
	const neighbour = (n: number) => {
		const l = written(n);
		return l ? { slug: l.slug, title: l.title, number: l.number } : null;
	};
	const terms = new Map(index.glossary.map((g) => [g.id, g.term]));
	return {
		lesson,
		previous: neighbour(lesson.number - 1),
		next: neighbour(lesson.number + 1),
		keyTerms: lesson.terms.map((id) => ({ id, term: terms.get(id) ?? id })),
		scenarioAvailable: index.scenarios.some((s) => s.id === lesson.scenario),
		quizAvailable: index.quizzes.some((q) => q.topic === lesson.number),
		topicCount: index.topics.length
	};
}
