// Instructors' own scenarios, kept in this browser and played at once without a rebuild.
// Each is stored as the text it was loaded from and checked again, with the same checks as
// `npm run content:check`, every time it is read. A file with any issue changes nothing.
import { browser } from '$app/environment';
import { checkScenarioSource } from '$lib/content/scenario-source';
import type { Scenario } from '$lib/sim';
import { clearAllRuns, type RunStoreId } from './runs';

const KEY = 'order-desk:custom-scenarios';
const VERSION = 1;
export const MAX_CUSTOM_SCENARIOS = 20;
/** A scenario file larger than this is refused before it is read (1 MB). */
export const MAX_SCENARIO_BYTES = 1_000_000;

export type ScenarioIssue = { field: string; message: string };

export type CustomScenario = {
	id: string;
	savedAt: string;
	fileName: string | null;
	scenario: Scenario;
};

/** A kept scenario this version of Order Desk no longer accepts (it stays stored). */
export type BrokenCustomScenario = { id: string; savedAt: string; issues: ScenarioIssue[] };

type Entry = { id: string; savedAt: string; fileName: string | null; source: string };

export type CustomScenarios = {
	scenarios: CustomScenario[];
	broken: BrokenCustomScenario[];
	problem: string | null;
};

export type AddResult =
	| { ok: true; scenario: Scenario; replaced: boolean; unchanged: boolean }
	| { ok: false; issues: ScenarioIssue[] };

/** Where a custom scenario's runs are kept, apart from the built-in scenarios' runs. */
export function customStoreId(id: string): RunStoreId {
	return `custom:${id}`;
}

function defaultStorage(): Storage | null {
	return browser ? localStorage : null;
}

function isEntry(e: unknown): e is Entry {
	const x = e as Entry | null;
	return (
		!!x &&
		typeof x.id === 'string' &&
		typeof x.savedAt === 'string' &&
		typeof x.source === 'string' &&
		(x.fileName === null || typeof x.fileName === 'string')
	);
}

/** The stored entries; a damaged store is copied aside so that writing afresh loses nothing. */
function readStore(storage: Storage): {
	entries: Entry[];
	problem: string | null;
	writable: boolean;
} {
	const text = storage.getItem(KEY);
	if (!text) return { entries: [], problem: null, writable: true };
	try {
		const data = JSON.parse(text);
		if (data?.version !== VERSION || !Array.isArray(data.scenarios))
			throw new Error('unknown format');
		if (!data.scenarios.every(isEntry)) throw new Error('an entry is malformed');
		return { entries: data.scenarios, problem: null, writable: true };
	} catch (error) {
		let kept: boolean;
		try {
			storage.setItem(`${KEY}:damaged:${Date.now()}`, text);
			storage.removeItem(KEY);
			kept = true;
		} catch {
			kept = false;
		}
		return {
			entries: [],
			problem: `Your own scenarios could not be read (${(error as Error).message}). ${
				kept
					? 'A copy was kept in this browser; the list starts afresh.'
					: 'This browser’s storage is full, so nothing was changed.'
			}`,
			writable: kept
		};
	}
}

function writeStore(storage: Storage, entries: Entry[]) {
	storage.setItem(KEY, JSON.stringify({ version: VERSION, scenarios: entries }));
}

/** Every kept scenario, checked again; those that no longer pass are listed apart. */
export function customScenarios(storage = defaultStorage()): CustomScenarios {
	if (!storage) return { scenarios: [], broken: [], problem: null };
	const { entries, problem } = readStore(storage);
	const scenarios: CustomScenario[] = [];
	const broken: BrokenCustomScenario[] = [];
	for (const e of entries) {
		const result = checkScenarioSource(e.source);
		if (result.ok)
			scenarios.push({
				id: e.id,
				savedAt: e.savedAt,
				fileName: e.fileName,
				scenario: result.scenario
			});
		else broken.push({ id: e.id, savedAt: e.savedAt, issues: result.issues });
	}
	return { scenarios, broken, problem };
}

export function customScenario(id: string, storage = defaultStorage()): CustomScenario | null {
	return customScenarios(storage).scenarios.find((s) => s.id === id) ?? null;
}

/**
 * Checks a scenario file and keeps it. A scenario with the id of one already kept replaces
 * it, and the runs of the old one (which would no longer replay) are forgotten.
 */
export function addCustomScenario(
	source: string,
	fileName: string | null,
	storage = defaultStorage(),
	now = new Date()
): AddResult {
	const refuse = (message: string): AddResult => ({
		ok: false,
		issues: [{ field: '(file)', message }]
	});
	if (!storage) return refuse('there is no browser storage to keep it in');
	if (source.length > MAX_SCENARIO_BYTES)
		return refuse(`is ${Math.round(source.length / 1000)} kB; a scenario may be at most 1,000 kB`);
	const result = checkScenarioSource(source);
	if (!result.ok) return { ok: false, issues: result.issues };
	const { entries, writable } = readStore(storage);
	if (!writable) return refuse('your kept scenarios could not be read and storage is full');
	const id = result.scenario.id;
	const previous = entries.find((e) => e.id === id);
	if (previous?.source === source)
		return { ok: true, scenario: result.scenario, replaced: false, unchanged: true };
	if (!previous && entries.length >= MAX_CUSTOM_SCENARIOS)
		return refuse(`${MAX_CUSTOM_SCENARIOS} scenarios are kept already: remove one first`);
	const entry: Entry = { id, savedAt: now.toISOString(), fileName, source };
	try {
		writeStore(storage, [...entries.filter((e) => e.id !== id), entry]);
	} catch {
		return refuse('this browser’s storage is full, so it was not kept');
	}
	if (previous) clearAllRuns(customStoreId(id), storage);
	return { ok: true, scenario: result.scenario, replaced: Boolean(previous), unchanged: false };
}

/** Forgets a kept scenario and its runs. */
export function removeCustomScenario(id: string, storage = defaultStorage()): void {
	if (!storage) return;
	const { entries, writable } = readStore(storage);
	if (!writable) return;
	writeStore(
		storage,
		entries.filter((e) => e.id !== id)
	);
	clearAllRuns(customStoreId(id), storage);
}
