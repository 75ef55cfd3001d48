import { content } from '$lib/server/content';

export function load() {
	const index = content();
	return {
		banks: index.banks.map((b) => ({ topic: b.topic, questions: b.questions })),
		topics: index.topics.map((t) => ({ number: t.number, title: t.title, slug: t.slug })),
		lessons: index.lessons.map((l) => ({ number: l.number, slug: l.slug }))
	};
}
