// What the lesson-widget e2e files share: opening a lesson once its widgets are live, typing
// into a field by keyboard, reading a summary as a screen reader would, the figures' formats,
// and the dark-scheme and phone checks every widget gets.
import type { Locator, Page } from 'playwright-core';
import { it } from 'vitest';
import {
	expectAccessible,
	expectNoSidewaysScroll,
	expectRegionsAccessible,
	type Session
} from './browser';

export const rate = (v: number) =>
	`${(v * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })} %`;
export const dollars = (v: number) =>
	`$${v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Opens a lesson and waits until its widgets are hydrated (every script has loaded). */
export async function open(page: Page, path: string): Promise<void> {
	await page.goto(path, { waitUntil: 'networkidle' });
}

/** Focuses a field and replaces what it holds, with the keyboard only. */
export async function retype(page: Page, field: Locator, text: string): Promise<void> {
	await field.focus();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type(text);
}

/** Text with its spaces collapsed, as a screen reader reads it. */
export async function textOf(locator: Locator): Promise<string> {
	return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of the widget's first polite summary. */
export function liveText(region: Locator): Promise<string> {
	return textOf(region.locator('[aria-live="polite"]').first());
}

/** The dark scheme and the 360 px phone for one lesson: the widget alone, then the whole page. */
export function schemeAndPhoneChecks(session: Session, path: string, widget: string): void {
	it('passes axe in the dark scheme', async () => {
		const dark = await session.newPage({ colorScheme: 'dark' });
		await open(dark, path);
		await expectRegionsAccessible(dark, widget);
		await expectAccessible(dark);
	});

	it('fits a 360 px phone with no sideways scroll, and passes axe there', async () => {
		const phone = await session.newPage({ width: 360 });
		await open(phone, path);
		await expectNoSidewaysScroll(phone);
		await expectRegionsAccessible(phone, widget);
		await expectAccessible(phone);
	});
}
