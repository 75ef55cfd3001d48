import type { Component } from 'svelte';

// Each lesson compiles to its own chunk; a page loads only its own lesson.
const lessons = import.meta.glob<{ default: Component }>('/content/lessons/*/index.md');

export async function load({ data }) {
	const module = await lessons[`/${data.lesson.file}`]();
	return { ...data, Lesson: module.default };
}
