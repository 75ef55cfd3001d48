import { describe, expect, it } from 'vitest';
import { baseURL, expectAccessible, tabTo, useBrowser } from './support/browser';

const session = useBrowser();

/** Pages built from one template are sampled for axe: the first few of each. */
const PER_TEMPLATE = 2;
const template = (path: string) => /^\/(learn|glossary|quiz|play)\/[^/]+$/.exec(path)?.[1] ?? path;

/**
 * Every same-origin page reachable by links from the home page, each checked to answer 200
 * with a title and one h1; returned with the sample axe runs on (every page that is not one
 * of many built from a template, and the first few of each template). Every lesson is also
 * run through axe by the widget tests, and every desk by the desk tests.
 */
async function crawl(): Promise<{ all: string[]; sample: string[] }> {
	const page = await session.newPage();
	const seen = new Set<string>(['/']);
	const queue = ['/'];
	while (queue.length) {
		const path = queue.shift()!;
		// The server-rendered HTML is enough to check a page and find its links: no need to
		// run its scripts for every one of the glossary's terms.
		const response = await page.request.get(path);
		expect(response.status(), `status of ${path}`).toBe(200);
		const html = await response.text();
		expect(/<title>[^<]*Order Desk[^<]*<\/title>/.test(html), `title of ${path}`).toBe(true);
		expect(html.match(/<h1[\s>]/g)?.length ?? 0, `h1 on ${path}`).toBe(1);
		for (const [, href] of html.matchAll(/<a\b[^>]*\shref="([^"#]*)/g)) {
			if (!href) continue;
			const url = new URL(href, baseURL);
			if (url.origin !== new URL(baseURL).origin) continue;
			if (/\.(svg|png|json|csv|txt)$/.test(url.pathname)) continue;
			if (!seen.has(url.pathname)) {
				seen.add(url.pathname);
				queue.push(url.pathname);
			}
		}
	}
	const counts = new Map<string, number>();
	const sample = [...seen].filter((path) => {
		const kind = template(path);
		const n = counts.get(kind) ?? 0;
		counts.set(kind, n + 1);
		return kind === path || n < PER_TEMPLATE;
	});
	return { all: [...seen], sample };
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

	it('serves every page with a title and one heading, and passes axe in light and dark', async () => {
		const { all, sample } = await crawl();
		expect(all).toEqual(expect.arrayContaining(['/', '/learn', '/play', '/quiz', '/class']));
		// Twenty lessons, and the glossary's terms, were all reached and served.
		expect(all.filter((p) => p.startsWith('/learn/')).length).toBe(20);
		expect(all.filter((p) => p.startsWith('/glossary/')).length).toBeGreaterThanOrEqual(150);
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await session.newPage({ colorScheme });
			for (const path of sample) {
				await page.goto(path);
				expect(await page.title(), `title of ${path}`).toMatch(/Order Desk/);
				await expectAccessible(page);
			}
		}
	}, 240_000);

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
