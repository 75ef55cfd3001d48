// The results file's fields and the class lifetime settings.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classLifetimes } from '../../../../src/lib/server/class/lifetimes';
import { csvField, rankByOf } from '../../../../src/lib/server/class/results';

describe('CSV fields', () => {
	it('quotes commas, quotes and line breaks, and leaves plain text and figures alone', () => {
		expect(csvField('Ana')).toBe('Ana');
		expect(csvField(0.9231)).toBe('0.9231');
		expect(csvField(null)).toBe('');
		expect(csvField('Ana, Bo')).toBe('"Ana, Bo"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
	});

	it('defuses a display name a spreadsheet would run as a formula (OWASP CSV injection)', () => {
		for (const name of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx'])
			expect(csvField(name).replace(/^"/, '')).toMatch(/^'/);
		expect(csvField(-3)).toBe('-3');
	});
});

describe('the leaderboard’s ranking', () => {
	it('takes a KPI name or quiz points, and perfect order otherwise', () => {
		expect(rankByOf('otif')).toBe('otif');
		expect(rankByOf('points')).toBe('points');
		expect(rankByOf('dropTable')).toBe('perfectOrderRate');
		expect(rankByOf(null)).toBe('perfectOrderRate');
	});
});

describe('class lifetimes', () => {
	afterEach(() => vi.unstubAllEnvs());

	it('default to a day idle, thirty days kept and a check every ten minutes', () => {
		expect(classLifetimes()).toEqual({
			idleMs: 24 * 3_600_000,
			retentionMs: 30 * 24 * 3_600_000,
			sweepMs: 600_000
		});
	});

	it('read the environment, ignoring values that are not positive numbers', () => {
		vi.stubEnv('CLASS_IDLE_HOURS', '2');
		vi.stubEnv('CLASS_RETENTION_DAYS', 'soon');
		vi.stubEnv('CLASS_SWEEP_SECONDS', '-5');
		expect(classLifetimes()).toEqual({
			idleMs: 2 * 3_600_000,
			retentionMs: 30 * 24 * 3_600_000,
			sweepMs: 600_000
		});
	});
});
