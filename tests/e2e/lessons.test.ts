// A learner finds a lesson from the topic map, walks the order-to-cash diagram with the
// keyboard, marks the lesson read, finds it read after a reload, and carries the progress to
// another browser by exporting and importing it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectAccessible, tabTo, useBrowser } from './support/browser';

const session = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'order-desk-lessons-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LESSON = '/learn/order-to-cash';

describe('a lesson', () => {
	it('is found from the topic map, and its order-to-cash diagram walks with the keyboard', async () => {
		const page = await session.newPage();
		await page.goto('/');
		await expect
			.poll(() => page.getByText('New here? Start with').count(), { timeout: 5000 })
			.toBe(1);
		await tabTo(page, 'The order-to-cash process', 80);
		await page.keyboard.press('Enter');
		await page.waitForURL(`**${LESSON}`);
		await expect.poll(() => page.locator('h1').textContent()).toBe('The order-to-cash process');
		await expectAccessible(page);

		// The diagram is one tab stop; arrow keys move between its steps.
		await tabTo(page, /^1\s*Order entry$/, 80);
		const panel = page.getByRole('tabpanel');
		await expect
			.poll(() => panel.getByRole('heading', { level: 3 }).textContent())
			.toBe('Step 1 of 10: Order entry');
		await page.keyboard.press('ArrowRight');
		await expect
			.poll(() => panel.getByRole('heading', { level: 3 }).textContent())
			.toBe('Step 2 of 10: Credit check');
		expect(await panel.textContent()).toContain('credit limit');
		await page.keyboard.press('End');
		await expect
			.poll(() => panel.getByRole('heading', { level: 3 }).textContent())
			.toBe('Step 10 of 10: Collection and cash application');
		await page.keyboard.press('ArrowRight');
		await expect
			.poll(() => panel.getByRole('heading', { level: 3 }).textContent())
			.toBe('Step 1 of 10: Order entry');
		const focused = await page.evaluate(() => document.activeElement?.getAttribute('role'));
		expect(focused).toBe('tab');
		await expectAccessible(page);
	});

	it('counts as read once its end is reached, stays read after a reload, and moves to another browser', async () => {
		const page = await session.newPage();
		await page.goto(LESSON);
		expect(await page.getByRole('button', { name: 'Mark as read' }).count()).toBe(1);
		// The reader reaches the end of the lesson with the keyboard.
		await page.keyboard.press('End');
		await expect.poll(() => page.getByText('You have read this lesson.').count()).toBe(1);
		await page.reload();
		await expect.poll(() => page.getByText('You have read this lesson.').count()).toBe(1);
		await page.goto('/');
		const card = page.getByRole('listitem').filter({ hasText: 'The order-to-cash process' });
		await expect.poll(() => card.getByText('Lesson read').count()).toBe(1);

		await page.goto('/progress');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export progress' }).click()
		]);
		const file = join(dir, 'progress.json');
		await download.saveAs(file);
		const exported = JSON.parse(readFileSync(file, 'utf8'));
		expect(JSON.stringify(exported)).toContain('order-to-cash');

		// A fresh browser context is another device: nothing read until the file is imported.
		const other = await session.newPage();
		await other.goto(LESSON);
		await expect.poll(() => other.getByRole('button', { name: 'Mark as read' }).count()).toBe(1);
		await other.goto('/progress');
		await other.getByLabel('Import progress file…').setInputFiles(file);
		await expect.poll(() => other.getByRole('status').textContent()).toMatch(/import/i);
		await other.goto(LESSON);
		await expect.poll(() => other.getByText('You have read this lesson.').count()).toBe(1);
	});

	it('refuses a malformed progress file, saying so, and keeps what was there', async () => {
		const page = await session.newPage();
		await page.goto(LESSON);
		await page.keyboard.press('End');
		await expect.poll(() => page.getByText('You have read this lesson.').count()).toBe(1);
		await page.goto('/progress');
		const bad = join(dir, 'bad.json');
		writeFileSync(bad, '{"format": 99, "lessons": 3');
		await page.getByLabel('Import progress file…').setInputFiles(bad);
		await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/not|could|invalid/i);
		await page.goto(LESSON);
		await expect.poll(() => page.getByText('You have read this lesson.').count()).toBe(1);
	});
});
