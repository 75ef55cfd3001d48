// Scenario data for prerendered pages: parsed and validated at build time.
import { error } from '@sveltejs/kit';
import { parseScenario, type Scenario } from '$lib/sim';
import { content } from './content';

const raw = import.meta.glob('/content/scenarios/*.json', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

export function scenarioById(id: string): Scenario {
	content(); // validates every content file first, so errors name their file
	const text = raw[`/content/scenarios/${id}.json`];
	if (!text) error(404, `There is no scenario "${id}".`);
	const result = parseScenario(JSON.parse(text));
	if (!result.ok) throw new Error(`content/scenarios/${id}.json is invalid`);
	return result.scenario;
}
