// How long classes live, from the environment: a class nobody uses for CLASS_IDLE_HOURS
// (24) ends by itself; an ended class stays readable (console, debrief, CSV) for
// CLASS_RETENTION_DAYS (30), then its data is deleted. The server checks every
// CLASS_SWEEP_SECONDS (600) and whenever a class is opened.

const HOUR = 3_600_000;

function setting(name: string, fallback: number): number {
	const raw = process.env[name];
	const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
	return Number.isFinite(value) && value > 0 ? value : fallback;
}

export function classLifetimes() {
	return {
		idleMs: setting('CLASS_IDLE_HOURS', 24) * HOUR,
		retentionMs: setting('CLASS_RETENTION_DAYS', 30) * 24 * HOUR,
		sweepMs: setting('CLASS_SWEEP_SECONDS', 600) * 1000
	};
}
