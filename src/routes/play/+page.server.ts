import { content } from '$lib/server/content';
import { scenarioById } from '$lib/server/scenarios';

export function load() {
	const topics = content().topics;
	return {
		topics: topics.map((t) => ({ number: t.number, title: t.title })),
		scenarios: content().scenarios.map((s) => {
			const scenario = scenarioById(s.id);
			return {
				id: s.id,
				title: s.title,
				summary: scenario.summary,
				difficulty: scenario.difficulty,
				days: s.days,
				topics: s.topics.map((n) => ({
					number: n,
					title: topics.find((t) => t.number === n)?.title ?? ''
				}))
			};
		})
	};
}
