import { GENERATORS } from '$lib/quiz/generators';
import { content } from '$lib/server/content';

export function load() {
	const index = content();
	return {
		topics: index.topics.map((t) => {
			const bank = index.quizzes.find((q) => q.topic === t.number);
			const generated = GENERATORS.filter((g) => g.topic === t.number).length;
			return {
				number: t.number,
				slug: t.slug,
				title: t.title,
				questions: bank?.questions ?? 0,
				generated
			};
		})
	};
}
