import { lessonLinks } from '$lib/content/lesson-links';
import { content } from '$lib/server/content';

export function load() {
	return { lessons: lessonLinks(content().lessons) };
}
