// A rehype plugin for lessons: every Markdown table sits in a labelled, focusable region that
// scrolls sideways on a phone, so keyboard users can scroll it too (WCAG 2.1.1; axe's
// scrollable-region-focusable). The label names the table by its column headings.

/** @param {any} node */
function text(node) {
	if (node.type === 'text') return node.value;
	return (node.children ?? []).map(text).join('');
}

/** @param {any} table */
function label(table) {
	/** @type {any[]} */
	const cells = [];
	/** @param {any} node */
	const find = (node) => {
		if (cells.length) return;
		if (node.type === 'element' && node.tagName === 'tr') {
			for (const c of node.children) if (c.type === 'element') cells.push(c);
			return;
		}
		for (const child of node.children ?? []) find(child);
	};
	find(table);
	const names = cells.map((c) => text(c).trim()).filter(Boolean);
	return names.length ? `Table: ${names.join(', ')}` : 'Table';
}

/** @param {any} node */
function wrap(node) {
	if (!node.children) return;
	node.children = node.children.flatMap((/** @type {any} */ child) => {
		if (child.type === 'element' && child.tagName === 'table') {
			// Svelte's check does not know a scrolling region must take focus; axe does.
			const ignore = {
				type: 'raw',
				value: '<!-- svelte-ignore a11y_no_noninteractive_tabindex -->'
			};
			return [
				ignore,
				{
					type: 'element',
					tagName: 'div',
					properties: {
						className: ['table-scroll'],
						tabIndex: 0,
						role: 'region',
						ariaLabel: label(child)
					},
					children: [child]
				}
			];
		}
		wrap(child);
		return child;
	});
}

export default function rehypeScrollTables() {
	return (/** @type {any} */ tree) => wrap(tree);
}
