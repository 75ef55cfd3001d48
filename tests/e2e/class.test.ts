import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './support/browser';

const session = useBrowser();

describe('a live class in the browser', () => {
	it('runs with one instructor and three learners on their own devices', async () => {
		const host = await session.newPage();
		await host.goto('/class/new');
		await expectAccessible(host);
		await host.getByLabel('Scenario', { exact: true }).selectOption('first-day-at-the-desk');
		await host.getByRole('button', { name: 'Create the class' }).click();
		await host.waitForURL(/\/class\/[A-Z0-9]{6}\/host$/);
		const code = (await host.locator('.code').textContent())!.trim();
		await expectAccessible(host);

		const learners = [];
		for (const name of ['Ana', 'Bo', 'Cy']) {
			const page = await session.newPage({ width: 390 });
			await page.goto('/class');
			await page.getByLabel('Class code').fill(code.toLowerCase());
			await page.keyboard.press('Enter');
			await page.getByLabel('Your display name').fill(name);
			await page.getByRole('button', { name: 'Join the class' }).click();
			await expect
				.poll(() => page.getByText('The instructor will start the class').count())
				.toBe(1);
			learners.push(page);
		}
		await expect
			.poll(() => host.getByRole('heading', { name: 'Participants (3)' }).count())
			.toBe(1);
		await expectAccessible(learners[0]);

		await host.getByRole('button', { name: 'Start the class' }).click();
		for (const page of learners)
			await expect.poll(() => page.getByText('Day 1 of 6').count()).toBe(1);

		// Each learner decides on their own desk.
		const [ana, bo, cy] = learners;
		await ana.getByRole('button', { name: /^SO-0002/ }).click();
		await ana.getByRole('button', { name: 'Validate' }).click();
		await ana.getByRole('button', { name: 'Promise' }).click();
		await expect.poll(() => ana.getByText(/^Promised:/).count()).toBe(1);
		await bo.getByRole('button', { name: /^SO-0001/ }).click();
		await bo.getByRole('button', { name: 'Validate' }).click();
		await expect
			.poll(() => bo.getByRole('region', { name: 'Validation findings' }).count())
			.toBe(1);
		// A learner cannot end the day: the instructor does.
		expect(await cy.getByRole('button', { name: /End day/ }).count()).toBe(0);
		expect(await cy.getByText('The instructor ends each day.').count()).toBe(1);

		await host.getByRole('button', { name: 'End day 1 for everyone' }).click();
		for (const page of learners)
			await expect.poll(() => page.getByText('Day 2 of 6').count()).toBe(1);

		// Ana reloads mid-day and is back where she was.
		await ana.getByRole('button', { name: /^SO-0002/ }).click();
		await ana.getByRole('button', { name: 'Allocate stock' }).click();
		await expect
			.poll(() => ana.getByRole('button', { name: 'Release to the warehouse' }).count())
			.toBe(1);
		await ana.reload();
		await expect.poll(() => ana.getByText('Day 2 of 6').count()).toBe(1);
		await ana.getByRole('button', { name: /^SO-0002/ }).click();
		await expect
			.poll(() => ana.getByRole('button', { name: 'Release to the warehouse' }).count())
			.toBe(1);
		// Cy's desk never saw Ana's decisions.
		await cy.getByRole('button', { name: /^SO-0002/ }).click();
		expect(await cy.getByRole('button', { name: 'Validate' }).count()).toBe(1);

		await host.getByRole('button', { name: 'End day 2 for everyone' }).click();
		for (const page of learners)
			await expect.poll(() => page.getByText('Day 3 of 6').count()).toBe(1);
		await expectAccessible(ana);
	});

	it('tells a learner plainly when a code is wrong', async () => {
		const page = await session.newPage();
		await page.goto('/class');
		await page.getByLabel('Class code').fill('QQQQQQ');
		await page.getByRole('button', { name: 'Join' }).click();
		await expect
			.poll(() => page.getByRole('alert').textContent())
			.toContain('There is no class with the code QQQQQQ');
		await expectAccessible(page);
	});
});
