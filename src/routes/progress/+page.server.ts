import { GENERATORS } from '$lib/quiz/generators';
import { content } from '$lib/server/content';

export function load() {
	const index = content();
	return {
		topics: index.topics.map((t) => ({
			number: t.number,
			slug: t.slug,
			title: index.lessons.find((l) => l.number === t.number)?.title ?? t.title,
			written: index.lessons.some((l) => l.number === t.number),
			scenarios: index.scenarios.filter((s) => s.topics.includes(t.number)).map((s) => s.id),
			hasQuiz:
				index.banks.some((b) => b.topic === t.number) ||
				GENERATORS.some((g) => g.topic === t.number)
		}))
	};
}
