// How a kept run is named on screen: its place among the kept runs and when it finished.
import type { FinishedRun } from '$lib/progress/runs';

export function finishedDate(iso: string): string {
	return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function runLabel(run: FinishedRun, runs: readonly FinishedRun[]): string {
	const n = runs.findIndex((r) => r.id === run.id) + 1;
	return `Run ${n || '?'}, finished ${finishedDate(run.finishedAt)}`;
}
