// Scenario runs in the browser. The run being played (seed and accepted commands) is saved
// after every decision, so an unfinished run resumes after a reload; finished runs are kept
// too (the last ten of each scenario, with their final KPIs), so any of them can be replayed,
// branched from a day or compared. A damaged store is set aside, never overwritten.
import { browser } from '$app/environment';
import {
	finalKpis,
	KPI_NAMES,
	parseCommand,
	type Command,
	type KpiName,
	type World
} from '$lib/sim';

/**
 * Where a scenario's runs are kept: its id for the scenarios that ship with Order Desk,
 * `custom:<id>` for an instructor's own, so the two never share a store.
 */
export type RunStoreId = string;

const KEY = (id: RunStoreId) => `order-desk:run:${id}`;
const FINISHED_KEY = (id: RunStoreId) => `order-desk:finished:${id}`;
const RUN_VERSION = 1;
const FINISHED_VERSION = 1;
/** Finished runs kept per scenario; the oldest goes when an eleventh finishes. */
export const MAX_FINISHED_RUNS = 10;

export type SavedRun = {
	version: 1;
	scenarioId: string;
	seed: number;
	commands: Command[];
	savedAt: string;
};

export type LoadedRun = { run: SavedRun | null; problem: string | null };

export type FinishedRun = {
	id: string;
	seed: number;
	commands: Command[];
	finishedAt: string;
	kpis: Record<KpiName, number | null>;
};

export type FinishedRuns = { runs: FinishedRun[]; problem: string | null };

function defaultStorage(): Storage | null {
	return browser ? localStorage : null;
}

/** Keeps a copy of text that could not be read, beside the key it came from. */
function setAside(storage: Storage, key: string, text: string) {
	try {
		storage.setItem(`${key}:damaged:${Date.now()}`, text);
	} catch {
		// Storage is full: the original stays where it is, and is not overwritten below.
		return false;
	}
	return true;
}

function commandsFrom(list: unknown): Command[] {
	if (!Array.isArray(list)) throw new Error('its commands are not a list');
	return list.map((c: unknown) => {
		const check = parseCommand(c);
		if (!check.ok) throw new Error(check.message);
		return check.command;
	});
}

/** The saved run for a scenario; a damaged one is set aside (not deleted) and reported. */
export function loadRun(id: RunStoreId, storage = defaultStorage()): LoadedRun {
	if (!storage) return { run: null, problem: null };
	const text = storage.getItem(KEY(id));
	if (!text) return { run: null, problem: null };
	try {
		const data = JSON.parse(text);
		if (data?.version !== RUN_VERSION || data.scenarioId !== id || !Number.isInteger(data.seed)) {
			throw new Error('unexpected shape');
		}
		return { run: { ...data, commands: commandsFrom(data.commands) }, problem: null };
	} catch (error) {
		if (setAside(storage, KEY(id), text)) storage.removeItem(KEY(id));
		return {
			run: null,
			problem: `The saved run could not be read (${(error as Error).message}); a copy was kept and a new run starts.`
		};
	}
}

export function saveRun(
	id: RunStoreId,
	seed: number,
	commands: readonly Command[],
	storage = defaultStorage()
): void {
	if (!storage) return;
	const run: SavedRun = {
		version: RUN_VERSION,
		scenarioId: id,
		seed,
		commands: [...commands],
		savedAt: new Date().toISOString()
	};
	storage.setItem(KEY(id), JSON.stringify(run));
}

export function clearRun(id: RunStoreId, storage = defaultStorage()): void {
	storage?.removeItem(KEY(id));
}

function finishedRunFrom(data: unknown): FinishedRun {
	const r = data as Partial<FinishedRun> | null;
	if (!r || typeof r !== 'object') throw new Error('a run is not an object');
	if (typeof r.id !== 'string' || !r.id) throw new Error('a run has no id');
	if (!Number.isInteger(r.seed)) throw new Error(`run ${r.id} has no whole-number seed`);
	if (typeof r.finishedAt !== 'string' || Number.isNaN(Date.parse(r.finishedAt)))
		throw new Error(`run ${r.id} has no finished date`);
	const kpis = r.kpis as Record<string, unknown> | undefined;
	if (!kpis || typeof kpis !== 'object') throw new Error(`run ${r.id} has no KPIs`);
	const kept = {} as Record<KpiName, number | null>;
	for (const k of KPI_NAMES) {
		const value = kpis[k] ?? null;
		if (value !== null && (typeof value !== 'number' || !Number.isFinite(value)))
			throw new Error(`run ${r.id} has a KPI ${k} that is not a number`);
		kept[k] = value as number | null;
	}
	return {
		id: r.id,
		seed: r.seed as number,
		commands: commandsFrom(r.commands),
		finishedAt: r.finishedAt,
		kpis: kept
	};
}

/**
 * Reads a scenario's finished runs from their stored text. Runs that cannot be read are
 * left out and named in `problem`; `damaged` says the text should be kept aside.
 */
export function parseFinishedRuns(
	text: string,
	id: RunStoreId
): FinishedRuns & { damaged: boolean } {
	let data: { version?: unknown; scenarioId?: unknown; runs?: unknown };
	try {
		data = JSON.parse(text);
	} catch {
		return { runs: [], problem: 'The finished runs are not valid JSON.', damaged: true };
	}
	if (data?.version !== FINISHED_VERSION)
		return {
			runs: [],
			problem: `The finished runs are in an unknown format (${String(data?.version)}).`,
			damaged: true
		};
	if (data.scenarioId !== id || !Array.isArray(data.runs))
		return { runs: [], problem: 'The finished runs belong to another scenario.', damaged: true };
	const runs: FinishedRun[] = [];
	const unread: string[] = [];
	for (const raw of data.runs) {
		try {
			runs.push(finishedRunFrom(raw));
		} catch (error) {
			unread.push((error as Error).message);
		}
	}
	return unread.length
		? {
				runs,
				problem: `${unread.length} finished run(s) could not be read (${unread[0]}).`,
				damaged: true
			}
		: { runs, problem: null, damaged: false };
}

/** A scenario's finished runs, oldest first. A damaged store is copied aside and reported. */
export function finishedRuns(id: RunStoreId, storage = defaultStorage()): FinishedRuns {
	const text = storage?.getItem(FINISHED_KEY(id));
	if (!storage || !text) return { runs: [], problem: null };
	const parsed = parseFinishedRuns(text, id);
	if (!parsed.damaged) return { runs: parsed.runs, problem: null };
	const kept = setAside(storage, FINISHED_KEY(id), text);
	try {
		if (kept) writeFinished(storage, id, parsed.runs);
	} catch {
		// The copy is kept; the original stays until a write succeeds.
	}
	return {
		runs: parsed.runs,
		problem: `${parsed.problem} ${kept ? 'A copy of what was stored was kept in this browser.' : 'Nothing was changed.'}`
	};
}

function writeFinished(storage: Storage, id: RunStoreId, runs: FinishedRun[]) {
	storage.setItem(
		FINISHED_KEY(id),
		JSON.stringify({ version: FINISHED_VERSION, scenarioId: id, runs })
	);
}

const sameRun = (r: FinishedRun, seed: number, commands: readonly Command[]) =>
	r.seed === seed && JSON.stringify(r.commands) === JSON.stringify(commands);

/** The kept finished run with this seed and these commands, if there is one. */
export function findFinishedRun(
	runs: readonly FinishedRun[],
	seed: number,
	commands: readonly Command[]
): FinishedRun | undefined {
	return runs.find((r) => sameRun(r, seed, commands));
}

export type KeepResult =
	| { ok: true; run: FinishedRun; dropped: FinishedRun[]; problem: string | null }
	| { ok: false; message: string };

/**
 * Keeps a finished run (once: the same seed and commands are kept only once), dropping the
 * oldest beyond the last ten. A store that cannot be written changes nothing.
 */
export function keepFinishedRun(
	id: RunStoreId,
	world: World,
	commands: readonly Command[],
	storage = defaultStorage(),
	now = new Date()
): KeepResult {
	if (!storage) return { ok: false, message: 'There is no browser storage to keep the run in.' };
	const { runs, problem } = finishedRuns(id, storage);
	const existing = findFinishedRun(runs, world.seed, commands);
	if (existing) return { ok: true, run: existing, dropped: [], problem };
	const run: FinishedRun = {
		id: `run-${now.getTime().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`,
		seed: world.seed,
		commands: [...commands],
		finishedAt: now.toISOString(),
		kpis: finalKpis(world)
	};
	const all = [...runs, run];
	const dropped = all.slice(0, Math.max(0, all.length - MAX_FINISHED_RUNS));
	try {
		writeFinished(storage, id, all.slice(dropped.length));
	} catch {
		return {
			ok: false,
			message:
				'This browser’s storage is full, so the run was not kept. Earlier runs are unchanged.'
		};
	}
	return { ok: true, run, dropped, problem };
}

/** Forgets every run of a scenario: the one in play and the finished ones. */
export function clearAllRuns(id: RunStoreId, storage = defaultStorage()): void {
	storage?.removeItem(KEY(id));
	storage?.removeItem(FINISHED_KEY(id));
}
