import { content } from '$lib/server/content';

export function load() {
	return { lessons: content().lessons.map((l) => ({ number: l.number, slug: l.slug })) };
}
