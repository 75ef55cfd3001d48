// One Chromium per e2e file, driven by playwright-core against the real server. Pages are
// checked with axe-core; a failed test leaves a screenshot under test-results/.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { findChromium } from '../../../scripts/lib/chromium.mjs';

// Chromium tries to reach Google's services at start; this machine has no network for it.
const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export const baseURL = inject('baseURL');

export type Session = {
	browser: Browser;
	/** A fresh context (its own storage, like a separate device) with one page. */
	newPage(options?: { colorScheme?: 'light' | 'dark'; width?: number }): Promise<Page>;
};

/** Registers hooks that launch the browser for this file and screenshot failures. */
export function useBrowser(): Session {
	let browser: Browser;
	let contexts: BrowserContext[] = [];
	// Page errors are gathered and fail the test in afterEach: thrown from the event handler
	// they would only be an uncaught error that leaves every test green.
	let pageErrors: string[] = [];

	beforeAll(async () => {
		const executablePath = findChromium();
		if (!executablePath) throw new Error('Chromium not found: run `npm test`, which installs it');
		browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
	});

	afterEach(async (context) => {
		if (context.task.result?.state === 'fail') {
			const dir = join(process.cwd(), 'test-results');
			mkdirSync(dir, { recursive: true });
			const name = context.task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
			for (const [i, ctx] of contexts.entries()) {
				for (const [j, page] of ctx.pages().entries()) {
					await page
						.screenshot({ path: join(dir, `${name}-${i}-${j}.png`), fullPage: true })
						.catch(() => {});
				}
			}
		}
		await Promise.all(contexts.map((ctx) => ctx.close()));
		contexts = [];
		const errors = pageErrors;
		pageErrors = [];
		expect(errors, 'uncaught errors in the page').toEqual([]);
	});

	afterAll(async () => {
		await browser?.close();
	});

	return {
		get browser() {
			return browser;
		},
		async newPage({ colorScheme = 'light', width = 1280 } = {}) {
			const ctx = await browser.newContext({
				baseURL,
				colorScheme,
				viewport: { width, height: 900 },
				reducedMotion: 'reduce'
			});
			contexts.push(ctx);
			const page = await ctx.newPage();
			page.on('pageerror', (error) => {
				pageErrors.push(`${page.url()}: ${error.message}`);
			});
			return page;
		}
	};
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe on the page as it is now; fails on any serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
	const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	const summary = serious.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`
	);
	expect(summary, `axe on ${page.url()}`).toEqual([]);
}

/** Presses Tab until the focused element matches `name` (its accessible text); fails after `max`. */
export async function tabTo(page: Page, name: string | RegExp, max = 40): Promise<void> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const text = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			return el ? (el.getAttribute('aria-label') ?? el.innerText ?? '').trim() : '';
		});
		if (typeof name === 'string' ? text === name : name.test(text)) return;
	}
	throw new Error(`Tab never reached an element named ${String(name)}`);
}

/**
 * Runs axe, with the same rules, on the named regions alone (lesson widgets), so a finding in a
 * widget is told apart from one in the lesson's own prose and tables.
 */
export async function expectRegionsAccessible(
	page: Page,
	regions: string | readonly string[]
): Promise<void> {
	for (const name of typeof regions === 'string' ? [regions] : regions) {
		await page.getByRole('region', { name, exact: true }).evaluate((el) => {
			el.setAttribute('data-axe-scope', '');
		});
	}
	const { violations } = await new AxeBuilder({ page })
		.include('[data-axe-scope]')
		.withTags(AXE_TAGS)
		.analyze();
	const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(
		serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
		`axe on the widgets of ${page.url()}`
	).toEqual([]);
}

/** Fails when the page scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}
