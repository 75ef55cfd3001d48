// Plain shapes the pages receive from the content index (serialisable for prerendering).
import type { ContentIndex } from './types.ts';

export type TopicCard = {
	number: number;
	slug: string;
	title: string;
	/** Present once the lesson is written. */
	summary?: string;
	minutes?: number;
	scenario?: string;
};

/** The twenty topics in order, with what each written lesson adds. */
export function topicCards(index: ContentIndex): TopicCard[] {
	return index.topics.map((topic) => {
		const lesson = index.lessons.find((l) => l.number === topic.number);
		return lesson
			? {
					...topic,
					title: lesson.title,
					summary: lesson.summary,
					minutes: lesson.minutes,
					scenario: lesson.scenario
				}
			: { ...topic };
	});
}

/** The lessons that use a glossary term, through their key terms or a link in the text. */
export function lessonsUsingTerm(index: ContentIndex, id: string) {
	return index.lessons
		.filter((l) => l.terms.includes(id) || l.glossaryLinks.includes(id))
		.map((l) => ({ number: l.number, slug: l.slug, title: l.title }));
}
