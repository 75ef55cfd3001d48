// The debrief, replay, branching and comparison of runs, and instructors' own scenarios, in
// the browser, keyboard first. The engine in this process works out what the pages must show.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
	createWorld,
	finalKpis,
	parseScenario,
	playReference,
	step,
	type Command,
	type Scenario
} from '../../src/lib/sim';
import { expectAccessible, expectNoSidewaysScroll, tabTo, useBrowser } from './support/browser';

const session = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'order-desk-debrief-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ID = 'first-day-at-the-desk';
const parsed = parseScenario(JSON.parse(readFileSync(`content/scenarios/${ID}.json`, 'utf8')));
if (!parsed.ok) throw new Error('first-day-at-the-desk is invalid');
const scenario: Scenario = parsed.scenario;
const percent = (v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(1)} %`);

async function press(page: Page, name: string | RegExp) {
	await tabTo(page, name, 120);
	await page.keyboard.press('Enter');
}

/** An order taken from validation to the warehouse; `waveThrough` releases a hold uncorrected. */
async function handle(page: Page, orderId: string, waveThrough = false) {
	await press(page, new RegExp(`^${orderId}`));
	await press(page, 'Validate');
	if (waveThrough) await press(page, 'Release the hold');
	await press(page, 'Promise');
	await press(page, 'Allocate stock');
	await press(page, 'Release to the warehouse');
}

async function endDays(page: Page, from: number, to: number) {
	for (let day = from; day <= to; day++) {
		await press(page, `End day ${day}`);
		if (day < to) await page.getByText(`Day ${day + 1} of ${scenario.days}`).waitFor();
	}
	await page.getByRole('heading', { name: 'Debrief' }).waitFor();
}

/** A table's row by its row header, as text cells. */
async function row(page: Page, table: string | RegExp, name: string) {
	const t = page.getByRole('table', { name: table });
	return (await t
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name, exact: true }) })
		.first()
		.getByRole('cell')
		.allInnerTexts()) as string[];
}

describe('the debrief, replay and comparison of runs', () => {
	it('finishes a scenario by keyboard, reads its debrief, replays it, branches from day 2 and compares the runs', async () => {
		const page = await session.newPage();
		await page.goto(`/play/${ID}`);
		await press(page, 'Start day 1');
		// SO-0001's price mismatch is waved through: it will fail the perfect order.
		await handle(page, 'SO-0001', true);
		await handle(page, 'SO-0002');
		await endDays(page, 1, scenario.days);

		// Targets and both reference policies on the same seed, worked out by the engine here.
		const doNothing = playReference(scenario, 'do-nothing', scenario.seed).kpis.at(-1)!;
		const goodPractice = playReference(scenario, 'good-practice', scenario.seed).kpis.at(-1)!;
		const objectives = 'Your results against the objectives';
		await page.getByRole('table', { name: objectives }).waitFor();
		expect(await row(page, objectives, 'Perfect order fulfillment')).toEqual([
			'at least 90.0 %',
			'50.0 %',
			'missed',
			percent(doNothing.perfectOrderRate),
			percent(goodPractice.perfectOrderRate)
		]);
		expect((await row(page, objectives, 'OTIF to the commit date'))[3]).toBe(
			percent(doNothing.otif)
		);
		// The Pareto: the one failure is documentation, with its cumulative share.
		await tabTo(page, 'Pareto of perfect-order failures: figures', 120);
		await page.keyboard.press('Enter');
		const pareto = page.getByRole('region', { name: 'Pareto of perfect-order failures: table' });
		expect(await pareto.getByRole('row').nth(1).innerText()).toMatch(
			/Documentation not accurate \(1 orders\)\s+100\.0 %\s+100\.0 %/
		);
		// Each miss links to the lesson section that teaches it, the documentation failure too.
		const readAgain = page.getByRole('region', { name: 'Read again' }).getByRole('link');
		expect(
			await readAgain.evaluateAll((links) => links.map((a) => a.getAttribute('href')))
		).toEqual(
			expect.arrayContaining([
				'/learn/perfect-order-metrics#what-scor-counts-as-a-perfect-order',
				'/learn/documentation-and-compliance#which-documents-a-shipment-needs'
			])
		);
		await expectAccessible(page);

		// Replay: day 1 shows what was decided, day 2 is one step (and one arrow key) away.
		await page.getByRole('heading', { name: 'Debrief' }).focus();
		await press(page, 'Replay this run day by day');
		await page.getByText(`Day 1 of ${scenario.days}`).waitFor();
		const decided = page.getByRole('region', { name: 'Decided on day 1' });
		expect(await decided.getByRole('listitem').allInnerTexts()).toContain(
			'Released the hold on SO-0001'
		);
		await press(page, 'Next day');
		await page.getByText(`Day 2 of ${scenario.days}`).waitFor();
		await page.keyboard.press('ArrowLeft');
		await page.getByText(`Day 1 of ${scenario.days}`).waitFor();
		await page.keyboard.press('ArrowRight');
		await page.getByText(`Day 2 of ${scenario.days}`).waitFor();
		expect(await page.getByText('Nothing was decided on day 2').count()).toBe(1);
		await expectAccessible(page);

		// Branch from day 2 and decide differently: SO-0003 goes out this time.
		await press(page, 'Try day 2 again');
		await page.waitForURL(`**/play/${ID}`);
		await page.getByRole('button', { name: 'End day 2' }).waitFor();
		await handle(page, 'SO-0003');
		await endDays(page, 2, scenario.days);
		await page.getByRole('table', { name: objectives }).waitFor();
		expect((await row(page, objectives, 'Perfect order fulfillment'))[1]).toBe('66.7 %');

		// Compare the branch (the newest run) with the first run.
		await page.getByLabel('Second run').selectOption({ label: (await secondRunLabel(page))! });
		await press(page, 'Compare');
		await page.getByRole('heading', { name: 'Final KPIs' }).waitFor();
		const finals = /^Final KPIs of A/;
		expect(await row(page, finals, 'Perfect order fulfillment')).toEqual([
			'at least 90.0 %',
			'66.7 %',
			'50.0 %',
			'A'
		]);
		expect(
			await page.getByRole('region', { name: 'KPIs by day, both runs' }).getByRole('figure').count()
		).toBeGreaterThanOrEqual(5);
		await expectAccessible(page);
	});

	it('passes axe on the debrief, replay and comparison in the dark and on a 360 px phone', async () => {
		const commands: Command[] = [
			{ type: 'order.validate', orderId: 'SO-0002' },
			{ type: 'order.promise', orderId: 'SO-0002' },
			{ type: 'order.allocate', orderId: 'SO-0002' },
			{ type: 'order.ship', orderId: 'SO-0002' },
			...Array.from({ length: scenario.days }, () => ({ type: 'day.advance' }) as const)
		];
		let world = createWorld(scenario, scenario.seed);
		for (const c of commands) world = step(world, c).world;
		const run = {
			id: 'run-e2e',
			seed: scenario.seed,
			commands,
			finishedAt: '2026-03-02T10:00:00.000Z',
			kpis: finalKpis(world)
		};
		const stored = {
			[`order-desk:run:${ID}`]: JSON.stringify({
				version: 1,
				scenarioId: ID,
				seed: scenario.seed,
				commands,
				savedAt: run.finishedAt
			}),
			[`order-desk:finished:${ID}`]: JSON.stringify({ version: 1, scenarioId: ID, runs: [run] })
		};
		for (const options of [{ colorScheme: 'dark' as const }, { width: 360 }]) {
			const page = await session.newPage(options);
			await page.goto('/');
			await page.evaluate((items) => {
				for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
			}, stored);
			await page.goto(`/play/${ID}`);
			await page.getByRole('table', { name: 'Your results against the objectives' }).waitFor();
			await expectAccessible(page);
			if (options.width) await expectNoSidewaysScroll(page);
			await page.goto(`/play/${ID}/replay?run=run-e2e`);
			await page.getByText(`Day 1 of ${scenario.days}`).waitFor();
			await expectAccessible(page);
			if (options.width) await expectNoSidewaysScroll(page);
			await page.goto(`/play/${ID}/compare?a=run-e2e&b=good-practice`);
			await page.getByRole('heading', { name: 'Final KPIs' }).waitFor();
			await expectAccessible(page);
			if (options.width) await expectNoSidewaysScroll(page);
		}
	});
});

describe('instructors’ own scenarios', () => {
	const example = /## A complete example[\s\S]*?```json\n([\s\S]*?)```/.exec(
		readFileSync('docs/authoring-scenarios.md', 'utf8')
	)![1];
	const good = join(dir, 'starter-week.json');
	writeFileSync(good, example);
	const brokenData = JSON.parse(example);
	brokenData.customers[1].tier = 'gold';
	const broken = join(dir, 'broken-week.json');
	writeFileSync(broken, JSON.stringify(brokenData));

	async function load(page: Page, file: string) {
		await page.getByLabel('Choose a scenario file…').setInputFiles(file);
	}

	it('loads a scenario file in the browser and plays a day of it on the desk', async () => {
		const page = await session.newPage();
		await page.goto('/play');
		await press(page, 'load a scenario file');
		await page.waitForURL('**/play/custom');
		await expectAccessible(page);
		await load(page, good);
		await page.waitForURL('**/play/custom/play?id=starter-week');
		await page.getByRole('heading', { level: 1, name: 'A starter week at the desk' }).waitFor();
		await press(page, 'Start day 1');
		await handle(page, 'SO-0001', true);
		await press(page, 'End day 1');
		await page.getByText('Day 2 of 5').waitFor();
		await expectAccessible(page);
		// Kept: the library lists it, and a reload resumes the run.
		await page.goto('/play');
		await page.getByRole('link', { name: 'A starter week at the desk' }).waitFor();
		await page.goto('/play/custom/play?id=starter-week');
		await page.getByText('Day 2 of 5').waitFor();
	});

	it('names the field at fault in a malformed file and changes nothing', async () => {
		const page = await session.newPage({ width: 360 });
		await page.goto('/play/custom');
		await load(page, good);
		await page.waitForURL('**/play/custom/play?id=starter-week');
		await page.goto('/play/custom');
		await page.getByRole('link', { name: 'A starter week at the desk' }).waitFor();
		const before = await page.evaluate(() => localStorage.getItem('order-desk:custom-scenarios'));
		await load(page, broken);
		const issues = page.getByRole('region', { name: 'Why the file was not kept' });
		await issues.waitFor();
		expect(await issues.innerText()).toContain('broken-week.json was not kept');
		expect(await issues.getByRole('listitem').allInnerTexts()).toEqual([
			'customers.1.tier: must be strategic, key or standard'
		]);
		expect(page.url()).toMatch(/\/play\/custom$/);
		expect(await page.evaluate(() => localStorage.getItem('order-desk:custom-scenarios'))).toBe(
			before
		);
		expect(await page.getByRole('link', { name: 'A starter week at the desk' }).count()).toBe(1);
		await expectAccessible(page);
		await expectNoSidewaysScroll(page);
	});
});

/** The label of the older of the two kept runs in the comparison form. */
async function secondRunLabel(page: Page): Promise<string | undefined> {
	const labels = await page.getByLabel('Second run').locator('option').allInnerTexts();
	return labels.find((l) => l.startsWith('Run 1,'));
}
