import { describe, expect, it } from 'vitest';
import { baseURL, expectAccessible, tabTo, useBrowser } from './support/browser';

const session = useBrowser();

/** Every same-origin page reachable by links from the home page. */
async function crawl(): Promise<string[]> {
	const page = await session.newPage();
	const seen = new Set<string>(['/']);
	const queue = ['/'];
	while (queue.length) {
		const path = queue.shift()!;
		const response = await page.goto(path);
		expect(response?.status(), `status of ${path}`).toBe(200);
		const hrefs = await page.$$eval('a[href]', (links) =>
			links.map((a) => (a as HTMLAnchorElement).href)
		);
		for (const href of hrefs) {
			const url = new URL(href);
			if (url.origin !== new URL(baseURL).origin) continue;
			if (/\.(svg|png|json|csv|txt)$/.test(url.pathname)) continue;
			if (!seen.has(url.pathname)) {
				seen.add(url.pathname);
				queue.push(url.pathname);
			}
		}
	}
	return [...seen];
}

describe('the product shell', () => {
	it('lets a keyboard user skip to the content and reach every section from the navigation', async () => {
		const page = await session.newPage();
		await page.goto('/');
		await page.keyboard.press('Tab');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
			.toBe('Skip to content');
		await page.keyboard.press('Enter');
		expect(page.url()).toBe(`${baseURL}/#main`);

		for (const [label, path] of [
			['Learn', '/learn'],
			['Practice', '/play'],
			['Quiz', '/quiz'],
			['Class', '/class']
		] as const) {
			await page.goto('/');
			await tabTo(page, label);
			await page.keyboard.press('Enter');
			await page.waitForURL(`${baseURL}${path}`);
			await expect.poll(() => page.locator('h1').textContent()).toBe(label);
			const current = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
				name: label
			});
			expect(await current.getAttribute('aria-current')).toBe('page');
		}
	});

	it('passes axe on every page in light and dark, with a title and one heading', async () => {
		const paths = await crawl();
		expect(paths).toEqual(expect.arrayContaining(['/', '/learn', '/play', '/quiz', '/class']));
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await session.newPage({ colorScheme });
			for (const path of paths) {
				await page.goto(path);
				expect(await page.title(), `title of ${path}`).toMatch(/Order Desk/);
				expect(await page.locator('h1').count(), `h1 on ${path}`).toBe(1);
				await expectAccessible(page);
			}
		}
	});

	it('fits a 360 px phone without sideways scrolling', async () => {
		const page = await session.newPage({ width: 360 });
		for (const path of ['/', '/learn', '/play', '/quiz', '/class']) {
			await page.goto(path);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
		}
	});

	it('answers an unknown address with a 404 page that offers a way on', async () => {
		const page = await session.newPage();
		const response = await page.goto('/no-such-page');
		expect(response?.status()).toBe(404);
		await expect
			.poll(() => page.getByRole('heading', { level: 1 }).textContent())
			.toBe('We could not find that page');
		expect(await page.getByText('/no-such-page').count()).toBeGreaterThan(0);
		await page.getByRole('main').getByRole('link', { name: 'the home page' }).click();
		await page.waitForURL(`${baseURL}/`);
		await page.goto('/no-such-page');
		await expectAccessible(page);
	});

	it('names ASCM’s trademarks and Order Desk’s independence in the footer', async () => {
		const page = await session.newPage();
		await page.goto('/');
		const footer = (await page.getByRole('contentinfo').innerText()).replace(/\s+/g, ' ');
		expect(footer).toContain('CPIM and APICS are trademarks of ASCM');
		expect(footer).toContain('not affiliated with, sponsored by or endorsed by ASCM');
	});
});
