// Where a scenario's pages are: the scenarios that ship with Order Desk have their own
// prerendered pages; an instructor's own scenarios, kept in this browser, are named by a
// query parameter. Every page about runs links through these, for either kind.
import { customStoreId } from '$lib/progress/custom-scenarios';
import type { RunStoreId } from '$lib/progress/runs';

export type ScenarioSource = { kind: 'built-in' | 'custom'; id: string };

/** The reference a comparison can set against a run instead of a second run. */
export const GOOD_PRACTICE = 'good-practice';

export function storeId(source: ScenarioSource): RunStoreId {
	return source.kind === 'custom' ? customStoreId(source.id) : source.id;
}

const base = (source: ScenarioSource, page: 'play' | 'replay' | 'compare') =>
	source.kind === 'custom'
		? `/play/custom/${page}`
		: `/play/${source.id}${page === 'play' ? '' : `/${page}`}`;

const query = (source: ScenarioSource, params: Record<string, string>) => {
	const all = source.kind === 'custom' ? { id: source.id, ...params } : params;
	const text = new URLSearchParams(all).toString();
	return text ? `?${text}` : '';
};

export function playHref(source: ScenarioSource): string {
	return base(source, 'play') + query(source, {});
}

export function replayHref(source: ScenarioSource, runId: string): string {
	return base(source, 'replay') + query(source, { run: runId });
}

export function compareHref(source: ScenarioSource, a: string, b: string): string {
	return base(source, 'compare') + query(source, { a, b });
}

/** The compare page's address and the fields a GET form must send besides the two runs. */
export function compareForm(source: ScenarioSource): {
	action: string;
	hidden: [string, string][];
} {
	return {
		action: base(source, 'compare'),
		hidden: source.kind === 'custom' ? [['id', source.id]] : []
	};
}
