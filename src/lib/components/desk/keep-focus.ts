// A decision often removes the control that made it (Validate, Authorize, an exception's
// action). Focus would fall back to the page's start; instead it goes to the heading of the
// nearest panel that is still there, so a keyboard user carries on where they were.
import { tick } from 'svelte';

/** Ids of the headings that name the element's enclosing panels, innermost first. */
function panelHeadings(element: Element | null): string[] {
	const ids: string[] = [];
	for (let node = element?.parentElement; node; node = node.parentElement) {
		const id = node.getAttribute('aria-labelledby');
		if (id) ids.push(id);
	}
	return ids;
}

/** Runs a decision; if it removed the focused control, focuses the nearest panel heading. */
export async function keepingFocus(run: () => void | Promise<void>): Promise<void> {
	const focused = document.activeElement;
	const headings = panelHeadings(focused);
	await run();
	await tick();
	if (!focused || focused.isConnected || document.activeElement !== document.body) return;
	for (const id of headings) {
		const heading = document.getElementById(id);
		if (!heading) continue;
		if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
		heading.focus();
		return;
	}
}
