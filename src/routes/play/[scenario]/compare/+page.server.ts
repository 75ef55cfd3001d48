import { content } from '$lib/server/content';
import { scenarioById } from '$lib/server/scenarios';

export function entries() {
	return content().scenarios.map((s) => ({ scenario: s.id }));
}

export function load({ params }) {
	return { scenario: scenarioById(params.scenario) };
}
