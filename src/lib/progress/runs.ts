// Scenario runs in the browser: the seed and the accepted commands, saved after every
// decision, so an unfinished run resumes after a reload and any run replays exactly.
import { browser } from '$app/environment';
import { parseCommand, type Command } from '$lib/sim';

const KEY = (scenarioId: string) => `order-desk:run:${scenarioId}`;
const RUN_VERSION = 1;

export type SavedRun = {
	version: 1;
	scenarioId: string;
	seed: number;
	commands: Command[];
	savedAt: string;
};

export type LoadedRun = { run: SavedRun | null; problem: string | null };

/** The saved run for a scenario; a damaged one is set aside (not deleted) and reported. */
export function loadRun(scenarioId: string): LoadedRun {
	if (!browser) return { run: null, problem: null };
	const text = localStorage.getItem(KEY(scenarioId));
	if (!text) return { run: null, problem: null };
	try {
		const data = JSON.parse(text);
		if (
			data?.version !== RUN_VERSION ||
			data.scenarioId !== scenarioId ||
			!Number.isInteger(data.seed) ||
			!Array.isArray(data.commands)
		) {
			throw new Error('unexpected shape');
		}
		const commands = data.commands.map((c: unknown) => {
			const check = parseCommand(c);
			if (!check.ok) throw new Error(check.message);
			return check.command;
		});
		return { run: { ...data, commands }, problem: null };
	} catch (error) {
		localStorage.setItem(`${KEY(scenarioId)}:damaged:${Date.now()}`, text);
		localStorage.removeItem(KEY(scenarioId));
		return {
			run: null,
			problem: `The saved run could not be read (${(error as Error).message}); a copy was kept and a new run starts.`
		};
	}
}

export function saveRun(scenarioId: string, seed: number, commands: readonly Command[]): void {
	if (!browser) return;
	const run: SavedRun = {
		version: RUN_VERSION,
		scenarioId,
		seed,
		commands: [...commands],
		savedAt: new Date().toISOString()
	};
	localStorage.setItem(KEY(scenarioId), JSON.stringify(run));
}

export function clearRun(scenarioId: string): void {
	if (browser) localStorage.removeItem(KEY(scenarioId));
}
