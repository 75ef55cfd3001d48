// What a page needs to link a KPI or a failure cause to the lesson section that teaches it:
// each lesson's number, slug, title and section headings, without its body.
import type { LessonEntry } from './types.ts';

export type LessonLink = {
	number: number;
	slug: string;
	title: string;
	sections: { id: string; text: string }[];
};

export function lessonLinks(lessons: readonly LessonEntry[]): LessonLink[] {
	return lessons.map((l) => ({
		number: l.number,
		slug: l.slug,
		title: l.title,
		sections: l.toc.map((t) => ({ id: t.id, text: t.text }))
	}));
}

/** A link to a lesson section, with the lesson's title and the section's heading as text. */
export function sectionLink(
	links: readonly LessonLink[],
	lesson: { topic: number; slug: string; anchor: string }
): { href: string; lesson: string; section: string } {
	const found = links.find((l) => l.slug === lesson.slug);
	return {
		href: `/learn/${lesson.slug}#${lesson.anchor}`,
		lesson: found ? `Topic ${found.number}: ${found.title}` : `Topic ${lesson.topic}`,
		section:
			found?.sections.find((s) => s.id === lesson.anchor)?.text ?? lesson.anchor.replace(/-/g, ' ')
	};
}
