// A class run from the instructor's console with one instructor and three learners on their
// own devices: a disruption reaches every learner's screen, a quiz round's distribution shows
// on the host, the leaderboard orders teams by their KPIs, and the CSV downloads.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './support/browser';

const session = useBrowser();

/** Operates a control from the keyboard: focus, then Enter (Space for radios and checkboxes). */
async function press(target: Locator, key = 'Enter') {
	await target.focus();
	await target.page().keyboard.press(key);
}

const button = (page: Page, name: string | RegExp) =>
	page.getByRole('button', { name, exact: typeof name === 'string' });

/** Clears a number field the way Chromium allows (select-all does not select) and types. */
async function retype(field: Locator, text: string) {
	await field.focus();
	await field.page().keyboard.press('End');
	for (let i = 0; i < 6 && (await field.inputValue()) !== ''; i++)
		await field.page().keyboard.press('Backspace');
	await field.page().keyboard.type(text);
}

/** A chart's data table (the figure named `title`) as rows of cell texts. */
function figures(page: Page, title: string) {
	return page.evaluate((title) => {
		const figure = [...document.querySelectorAll('figure')].find(
			(f) => f.querySelector('figcaption')?.textContent?.trim() === title
		);
		return [...(figure?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
			[...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim())
		);
	}, title);
}

const noSidewaysScroll = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('the instructor console', () => {
	it('runs a class: disruption, quiz round, leaderboard by KPIs, debrief and CSV', async () => {
		const host = await session.newPage();
		await host.goto('/class/new');
		await host.getByLabel('Scenario', { exact: true }).selectOption('first-day-at-the-desk');
		await press(host.getByLabel('In teams sharing a desk'), 'Space');
		await retype(host.getByLabel('Number of teams'), '3');
		await press(button(host, 'Create the class'));
		await host.waitForURL(/\/class\/[A-Z0-9]{6}\/host$/);
		const code = (await host.locator('.code').textContent())!.trim();

		const learners: Page[] = [];
		for (const [i, name] of ['Ana', 'Bo', 'Cy'].entries()) {
			const page = await session.newPage(
				i === 0 ? { width: 360, colorScheme: 'dark' } : { width: 390 }
			);
			await page.goto(`/class/${code}`);
			await page.getByLabel('Your display name').fill(name);
			await page.getByLabel('Team').selectOption(`Team ${i + 1}`);
			await press(button(page, 'Join the class'));
			await expect
				.poll(() => page.getByText('The instructor will start the class').count())
				.toBe(1);
			learners.push(page);
		}
		const [ana, bo, cy] = learners;
		await expect
			.poll(() => host.getByRole('heading', { name: 'Participants (3)' }).count())
			.toBe(1);

		// Lock the lobby: a fourth device cannot join.
		await press(button(host, 'Lock the lobby'));
		await expect.poll(() => host.getByText('The lobby is locked').count()).toBe(1);
		const late = await session.newPage();
		await late.goto(`/class/${code}`);
		expect(await late.getByText('closed this class to new learners').count()).toBe(1);
		expect(await late.getByLabel('Your display name').count()).toBe(0);

		await press(button(host, 'Start the class'));
		for (const page of learners)
			await expect.poll(() => page.getByText('Day 1 of 6').count()).toBe(1);

		// Team 1 works both orders through; Team 2 one; Team 3 none.
		const work = async (page: Page, order: string, steps: string[]) => {
			await press(page.getByRole('button', { name: new RegExp(`^${order}`) }));
			for (const step of steps) {
				await expect.poll(() => button(page, step).count()).toBe(1);
				await press(button(page, step));
			}
		};
		const flow = ['Validate', 'Promise', 'Allocate stock', 'Release to the warehouse'];
		await work(ana, 'SO-0001', ['Validate', 'Correct with the customer', ...flow.slice(1)]);
		await work(ana, 'SO-0002', flow);
		await work(bo, 'SO-0002', flow);

		// A disruption for everyone, announced with its headline.
		await press(button(host, 'Play Credit downgrade'));
		for (const page of learners)
			await expect
				.poll(() => page.getByRole('status').filter({ hasText: 'Credit downgrade:' }).count())
				.toBe(1);
		await expect.poll(() => host.getByText(/^Day 1: Credit downgrade:/).count()).toBe(1);

		// A quiz round: pushed from topic 4's bank, answered on the phones.
		await host.getByLabel('Topic').selectOption('4');
		await host.getByLabel('Question').selectOption('cumulative-atp-with-look-ahead');
		await press(button(host, 'Push to every learner'));
		for (const [page, choice] of [
			[ana, '15'],
			[bo, '50'],
			[cy, '35']
		] as const) {
			await expect.poll(() => page.getByRole('radio', { name: choice }).count()).toBe(1);
			await press(page.getByRole('radio', { name: choice }), 'Space');
			await press(button(page, 'Send my answer'));
			await expect.poll(() => page.getByText('Answer sent.').count()).toBe(1);
		}
		await expect.poll(() => host.getByText('3 of 3 answered').count()).toBe(1);
		await expectAccessible(ana);
		expect(await noSidewaysScroll(ana)).toBe(true);
		await press(button(host, 'Close the round and show the answers'));
		await expect
			.poll(() => figures(host, 'Round 1: answers given'))
			.toEqual(
				expect.arrayContaining([
					['15 (right)', '1'],
					['50', '1'],
					['35', '1'],
					['0', '0']
				])
			);
		await expect.poll(() => ana.getByText('You scored 100 points in this round.').count()).toBe(1);
		await expectAccessible(host);

		for (let day = 1; day <= 6; day++) {
			await press(button(host, `End day ${day} for everyone`));
			await expect.poll(() => host.getByText(`Day ${Math.min(day + 1, 6)} of 6`).count()).toBe(1);
		}
		await expect.poll(() => host.getByRole('status').filter({ hasText: 'Ended' }).count()).toBe(1);

		// The leaderboard: Team 1 delivered most, then Team 2; Team 3 did nothing.
		const table = host.getByRole('region', { name: 'Leaderboard table' });
		await expect
			.poll(() => table.locator('tbody th').allTextContents())
			.toEqual(['Team 1Ana', 'Team 2Bo', 'Team 3Cy']);
		const perfect = await table.locator('tbody tr td:nth-child(3)').allTextContents();
		expect(perfect[2]).toBe('–');
		expect(perfect[0]).toMatch(/ %$/);
		expect(await figures(host, 'Service across teams')).toHaveLength(3);

		// The CSV: one row per learner, display names and quiz points.
		const [download] = await Promise.all([
			host.waitForEvent('download'),
			press(host.getByRole('link', { name: 'Download results by learner (CSV)' }))
		]);
		const csv = readFileSync((await download.path())!, 'utf8')
			.trim()
			.split('\r\n');
		expect(csv[0]).toMatch(/^Learner,Team,Perfect order fulfillment \(share of 1\),/);
		expect(csv.slice(1).map((r) => [r.split(',')[0], r.split(',').at(-1)])).toEqual([
			['Ana', '100'],
			['Bo', '0'],
			['Cy', '0']
		]);

		// The debrief for the projector.
		await press(host.getByRole('link', { name: 'Class debrief for the projector' }));
		await host.waitForURL(/\/host\/debrief$/);
		await expect.poll(() => host.getByRole('heading', { name: /^Class debrief:/ }).count()).toBe(1);
		expect(await host.getByText(/^Day 1: Credit downgrade:/).count()).toBe(1);
		// Team 3 never served an order: its miss links to the lesson; the others met every objective.
		expect(await host.getByRole('link', { name: /^Read topic \d+ for Team 3$/ }).count()).toBe(1);
		expect(await host.getByText('no miss: every objective met.').count()).toBe(2);
		await expectAccessible(host);
	});

	it('fits a phone in dark mode, lists the class under Your classes, and refuses the console to a learner', async () => {
		const host = await session.newPage({ width: 360, colorScheme: 'dark' });
		await host.goto('/class/new');
		await press(button(host, 'Create the class'));
		await host.waitForURL(/\/class\/[A-Z0-9]{6}\/host$/);
		const code = (await host.locator('.code').textContent())!.trim();
		await expectAccessible(host);
		expect(await noSidewaysScroll(host)).toBe(true);
		// "Your classes" lists it, with its console, debrief and results.
		await press(host.getByRole('link', { name: 'Your classes' }));
		await host.waitForURL(/\/class\/mine$/);
		expect(await host.getByRole('link', { name: code, exact: true }).count()).toBe(1);
		expect(await host.getByRole('link', { name: `CSV of ${code}` }).count()).toBe(1);
		await expectAccessible(host);
		expect(await noSidewaysScroll(host)).toBe(true);
		const learner = await session.newPage();
		const response = await learner.goto(`/class/${code}/host`);
		expect(response?.status()).toBe(403);
	});
});
