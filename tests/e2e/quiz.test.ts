// A learner takes a topic quiz and a short mock exam with the keyboard, reads the feedback
// and the result by topic, finds the missed questions due in the review queue, and imports a
// CSV bank of their own and answers a question from it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './support/browser';

const session = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'order-desk-quiz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pressButton(page: Page, name: string | RegExp) {
	const button = page.getByRole('button', { name });
	await button.focus();
	await page.keyboard.press('Enter');
}

/**
 * Answers whatever question is on screen with the keyboard: the first choice, or a number, or
 * the order as shown, or the first match for every term. Right or wrong does not matter here;
 * `wrong` picks a choice it knows is not the answer when it can.
 */
async function answer(page: Page) {
	const question = page.locator('fieldset.question');
	const radios = question.getByRole('radio');
	const boxes = question.getByRole('checkbox');
	const number = question.getByRole('textbox');
	const selects = question.getByRole('combobox');
	if (await radios.count()) {
		await radios.first().focus();
		await page.keyboard.press('Space');
	} else if (await boxes.count()) {
		await boxes.first().focus();
		await page.keyboard.press('Space');
	} else if (await number.count()) {
		await number.focus();
		await page.keyboard.type('1');
	} else if (await selects.count()) {
		for (let i = 0; i < (await selects.count()); i++) {
			await selects.nth(i).focus();
			await page.keyboard.press('ArrowDown');
			if ((await selects.nth(i).inputValue()) === '')
				await selects.nth(i).selectOption({ index: 1 });
		}
	}
}

describe('quizzes', () => {
	it('takes a topic quiz with the keyboard, with an explanation after every answer and a summary', async () => {
		const page = await session.newPage();
		await page.clock.install();
		await page.goto('/quiz/role-of-customer-order-management');
		await expect.poll(() => page.locator('h1').textContent()).toMatch(/role and importance/i);
		await pressButton(page, 'Start the quiz');
		await expectAccessible(page);
		const status = page.getByRole('status').filter({ hasText: /^Question \d+ of \d+$/ });
		const total = Number(/of (\d+)/.exec((await status.textContent())!)![1]);
		expect(total).toBeGreaterThanOrEqual(10);
		for (let i = 1; i <= total; i++) {
			await expect.poll(() => status.textContent()).toBe(`Question ${i} of ${total}`);
			await answer(page);
			await pressButton(page, 'Check the answer');
			const feedback = page.locator('section.feedback');
			await expect
				.poll(() => feedback.getByRole('heading', { level: 3 }).textContent())
				.toMatch(/^(Right\.|Not right\.|Partly right)/);
			// The explanation and a link back to the lesson section the question tests.
			expect((await feedback.textContent())!.length).toBeGreaterThan(80);
			if (i === 1) await expectAccessible(page);
			await pressButton(page, i < total ? 'Next question' : 'See the summary');
		}
		await expect.poll(() => page.getByRole('heading', { name: 'Summary' }).count()).toBe(1);
		expect(await page.locator('.score').textContent()).toMatch(/^\d+(\.\d+)? of \d+ \(\d+ %\)$/);
		await expectAccessible(page);

		// Missed questions come back in the review queue once their first step has passed.
		await page.clock.fastForward('15:00');
		await page.goto('/review');
		await expect.poll(() => page.getByText(/\d+ due now\./).count()).toBe(1);
		const due = Number(/(\d+) due now/.exec((await page.getByText(/due now/).textContent())!)![1]);
		expect(due).toBeGreaterThan(0);
		await answer(page);
		await pressButton(page, 'Check the answer');
		await pressButton(page, 'Next card');
		await expectAccessible(page);
	});

	it('sits a short mock exam with a visible timer, a flag and a result by topic with its table', async () => {
		const page = await session.newPage();
		await page.goto('/exam');
		await page.getByRole('radio', { name: /10 questions/ }).focus();
		await page.keyboard.press('Space');
		await pressButton(page, 'Start the exam');
		await expect.poll(() => page.getByRole('timer').textContent()).toMatch(/Time left: \d+:\d\d/);
		await expectAccessible(page);
		for (let i = 1; i <= 10; i++) {
			await expect.poll(() => page.getByText(`Question ${i} of 10`).count()).toBe(1);
			await answer(page);
			if (i === 2) {
				await pressButton(page, 'Flag for review');
				await expect
					.poll(() => page.getByRole('button', { name: 'Flagged for review' }).count())
					.toBe(1);
			}
			if (i < 10) await pressButton(page, 'Next');
		}
		const map = page.getByRole('navigation', { name: 'Exam questions' });
		expect(await map.getByRole('button', { name: /flagged/ }).count()).toBe(1);
		await pressButton(page, 'Submit the exam');
		await expect.poll(() => page.getByRole('heading', { name: /^Result: \d+ %$/ }).count()).toBe(1);
		// The result by topic: a chart and, beside it, the same figures as a table.
		const table = page.getByRole('table').filter({ hasText: 'Topic' }).first();
		expect(await table.locator('tbody tr').count()).toBeGreaterThan(1);
		await expect.poll(() => page.getByRole('heading', { name: 'Answers' }).count()).toBe(1);
		await expectAccessible(page);
	});

	it('imports a CSV bank, takes a question from it, and names the row at fault in a broken one', async () => {
		const page = await session.newPage();
		await page.goto('/quiz');
		const good = join(dir, 'week3.csv');
		writeFileSync(
			good,
			[
				'topic,id,type,difficulty,anchor,prompt,answer,tolerance,unit,explanation,option_a,why_a,option_b,why_b,option_c,why_c',
				'4,week3-atp,single,easy,discrete-atp,Which record gives the quantity still free to promise?,a,,,"ATP is the uncommitted part of inventory and planned supply, so it is what the desk may still promise.",Available-to-promise,It nets customer orders from supply.,Projected available balance,It nets forecast too and plans supply.,Safety stock,It is a buffer; it promises nothing.'
			].join('\n')
		);
		await page.getByLabel('Name for the bank').fill('Week 3 class quiz');
		await page.getByLabel('Import a CSV or JSON file…').setInputFiles(good);
		await expect
			.poll(() => page.getByRole('status').textContent())
			.toBe('Imported “Week 3 class quiz”: 1 question, ready to take.');
		await page.getByRole('link', { name: /Week 3 class quiz/ }).click();
		await pressButton(page, 'Start the quiz');
		await page.getByRole('radio', { name: 'Available-to-promise' }).focus();
		await page.keyboard.press('Space');
		await pressButton(page, 'Check the answer');
		await expect
			.poll(() => page.locator('section.feedback').getByRole('heading', { level: 3 }).textContent())
			.toBe('Right.');

		await page.goto('/quiz');
		const bad = join(dir, 'broken.csv');
		writeFileSync(
			bad,
			'topic,id,type,difficulty,anchor,prompt,answer,tolerance,unit,explanation\n4,x1,numeric,impossible,discrete-atp,What is the ATP in week one?,abc,,,Too short\n'
		);
		await page.getByLabel('Import a CSV or JSON file…').setInputFiles(bad);
		await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/row 2|difficulty/i);
		expect(await page.getByRole('link', { name: /broken/ }).count()).toBe(0);
	});
});
