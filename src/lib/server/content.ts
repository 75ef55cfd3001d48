// The content index for server loads (all pages are prerendered, so this runs at build
// time). The raw text of every content file is bundled into the server build only; the
// browser receives just what each page's load returns.
import { error } from '@sveltejs/kit';
import { buildContentIndex, formatErrors, type ContentFiles } from '$lib/content/validate';
import type { ContentIndex, LessonEntry } from '$lib/content/types';

const raw = import.meta.glob('/content/**/*.{md,yaml,json,csv}', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

let cached: ContentIndex | undefined;

/** The validated content index; broken content fails loudly, naming each file and field. */
export function content(): ContentIndex {
	if (cached) return cached;
	const files: ContentFiles = {};
	for (const [path, text] of Object.entries(raw)) files[path.replace(/^\//, '')] = text;
	const index = buildContentIndex(files);
	if (index.errors.length) {
		throw new Error(`Content has ${index.errors.length} error(s):\n${formatErrors(index.errors)}`);
	}
	return (cached = index);
}

export function lessonBySlug(slug: string): LessonEntry {
	const lesson = content().lessons.find((l) => l.slug === slug);
	if (!lesson) error(404, `There is no lesson called "${slug}".`);
	return lesson;
}
