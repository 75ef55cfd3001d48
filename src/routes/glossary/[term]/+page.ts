import type { Component } from 'svelte';

const definitions = import.meta.glob<{ default: Component }>('/content/glossary/*.md');

export async function load({ data }) {
	const module = await definitions[`/${data.entry.file}`]();
	return { ...data, Definition: module.default };
}
