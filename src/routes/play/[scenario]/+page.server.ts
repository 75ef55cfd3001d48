import { content } from '$lib/server/content';
import { scenarioById } from '$lib/server/scenarios';

export function entries() {
	return content().scenarios.map((s) => ({ scenario: s.id }));
}

export function load({ params }) {
	const scenario = scenarioById(params.scenario);
	const lessons = content().lessons.filter((l) => scenario.topics.includes(l.number));
	return {
		scenario,
		lessons: lessons.map((l) => ({ slug: l.slug, number: l.number, title: l.title }))
	};
}
