// A scenario file's text checked as `npm run content:check` checks it: JSON first, then the
// scenario schema and the references between its parts. The content check and the browser's
// own-scenario loader both call this, so an instructor reads the same message in either.
import { parseScenario, type ScenarioResult } from '../sim/world/scenario.ts';

export function checkScenarioSource(source: string): ScenarioResult {
	let data: unknown;
	try {
		data = JSON.parse(source);
	} catch (error) {
		return {
			ok: false,
			issues: [{ field: '(file)', message: `not valid JSON: ${(error as Error).message}` }]
		};
	}
	return parseScenario(data);
}
