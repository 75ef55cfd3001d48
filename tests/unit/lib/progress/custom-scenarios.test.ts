// Instructors' own scenarios in browser storage: checked like `npm run content:check`, kept
// when valid, refused with the field at fault when not, and nothing earlier is lost.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioSource } from '../../../../src/lib/content/scenario-source';
import { buildContentIndex } from '../../../../src/lib/content/validate';
import {
	addCustomScenario,
	customScenario,
	customScenarios,
	customStoreId,
	MAX_CUSTOM_SCENARIOS,
	removeCustomScenario
} from '../../../../src/lib/progress/custom-scenarios';
import { finishedRuns, loadRun, saveRun } from '../../../../src/lib/progress/runs';
import { MemoryStorage } from './memory-storage';

const source = readFileSync('content/scenarios/first-day-at-the-desk.json', 'utf8');
const data = JSON.parse(source);
const withChange = (change: (d: typeof data) => void) => {
	const copy = structuredClone(data);
	change(copy);
	return JSON.stringify(copy);
};

describe('checking a scenario file', () => {
	it('gives the same messages as the content check, field by field', () => {
		const broken = withChange((d) => {
			d.days = 0;
			d.customers[1].tier = 'gold';
		});
		const mine = checkScenarioSource(broken);
		const check = buildContentIndex({ 'content/scenarios/first-day-at-the-desk.json': broken });
		expect(mine.ok).toBe(false);
		if (mine.ok) return;
		expect(mine.issues.map((i) => `${i.field}: ${i.message}`)).toEqual(
			check.errors
				.filter((e) => e.file === 'content/scenarios/first-day-at-the-desk.json')
				.map((e) => `${e.field}: ${e.message}`)
		);
		expect(mine.issues.map((i) => i.field)).toEqual(['days', 'customers.1.tier']);
		expect(checkScenarioSource('{ "id": ')).toEqual({
			ok: false,
			issues: [{ field: '(file)', message: expect.stringMatching(/^not valid JSON: /) }]
		});
	});
});

describe('kept scenarios', () => {
	it('keeps a valid scenario and reads it back, checked again', () => {
		const storage = new MemoryStorage();
		const result = addCustomScenario(source, 'first-day.json', storage);
		expect(result).toMatchObject({ ok: true, replaced: false, unchanged: false });
		const kept = customScenario('first-day-at-the-desk', storage);
		expect(kept?.scenario.title).toBe(data.title);
		expect(kept?.fileName).toBe('first-day.json');
		expect(addCustomScenario(source, null, storage)).toMatchObject({ ok: true, unchanged: true });
	});

	it('refuses a malformed file, naming the field, and keeps the earlier scenarios', () => {
		const storage = new MemoryStorage();
		addCustomScenario(source, null, storage);
		const before = storage.getItem('order-desk:custom-scenarios');
		const bad = withChange((d) => {
			d.id = 'my-week';
			d.catalog[0].priceBreaks[0].minQty = 2;
		});
		const result = addCustomScenario(bad, null, storage);
		expect(result).toEqual({
			ok: false,
			issues: [
				{
					field: 'catalog.0.priceBreaks',
					message: 'the first price break must start at minQty 1'
				}
			]
		});
		expect(storage.getItem('order-desk:custom-scenarios')).toBe(before);
		expect(addCustomScenario('x'.repeat(1_000_001), null, storage)).toMatchObject({
			ok: false,
			issues: [{ field: '(file)', message: expect.stringMatching(/at most 1,000 kB/) }]
		});
	});

	it('replaces a scenario with the same id and forgets the old one’s runs', () => {
		const storage = new MemoryStorage();
		addCustomScenario(source, null, storage);
		const id = customStoreId('first-day-at-the-desk');
		saveRun(id, 1, [{ type: 'day.advance' }], storage);
		const changed = withChange((d) => (d.days = 5));
		expect(addCustomScenario(changed, null, storage)).toMatchObject({ ok: true, replaced: true });
		expect(customScenario('first-day-at-the-desk', storage)?.scenario.days).toBe(5);
		expect(loadRun(id, storage).run).toBeNull();
		expect(customScenarios(storage).scenarios).toHaveLength(1);
	});

	it('holds at most twenty, and removes one with its runs', () => {
		const storage = new MemoryStorage();
		for (let i = 0; i < MAX_CUSTOM_SCENARIOS; i++)
			expect(
				addCustomScenario(
					withChange((d) => (d.id = `week-${i}`)),
					null,
					storage
				).ok
			).toBe(true);
		expect(addCustomScenario(source, null, storage)).toMatchObject({
			ok: false,
			issues: [{ message: '20 scenarios are kept already: remove one first' }]
		});
		saveRun(customStoreId('week-3'), 1, [], storage);
		removeCustomScenario('week-3', storage);
		expect(customScenarios(storage).scenarios.map((s) => s.id)).not.toContain('week-3');
		expect(loadRun(customStoreId('week-3'), storage).run).toBeNull();
		expect(finishedRuns(customStoreId('week-3'), storage).runs).toEqual([]);
	});

	it('sets a damaged store aside, says so, and starts a new list', () => {
		const storage = new MemoryStorage();
		storage.setItem('order-desk:custom-scenarios', '{"version":1,"scenarios":[{"id":3}]}');
		const read = customScenarios(storage);
		expect(read.problem).toMatch(/could not be read \(an entry is malformed\)\. A copy was kept/);
		expect(storage.keys().some((k) => k.startsWith('order-desk:custom-scenarios:damaged:'))).toBe(
			true
		);
		expect(addCustomScenario(source, null, storage).ok).toBe(true);
	});

	it('lists a kept scenario that no longer passes apart, with its issues', () => {
		const storage = new MemoryStorage();
		storage.setItem(
			'order-desk:custom-scenarios',
			JSON.stringify({
				version: 1,
				scenarios: [
					{ id: 'old', savedAt: '2026-01-01T00:00:00.000Z', fileName: null, source: '{}' }
				]
			})
		);
		const read = customScenarios(storage);
		expect(read.scenarios).toEqual([]);
		expect(read.broken[0].id).toBe('old');
		expect(read.broken[0].issues[0]).toEqual({ field: 'id', message: 'is required' });
	});
});
