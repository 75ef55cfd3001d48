import { content } from '$lib/server/content';

export function load() {
	const index = content();
	return {
		banks: index.banks.map((b) => ({ topic: b.topic, questions: b.questions })),
		lessons: index.lessons.map((l) => ({ number: l.number, slug: l.slug }))
	};
}
