import { error } from '@sveltejs/kit';
import { lessonsUsingTerm } from '$lib/content/catalog';
import { content } from '$lib/server/content';

export function entries() {
	return content().glossary.map((g) => ({ term: g.id }));
}

export function load({ params }) {
	const index = content();
	const entry = index.glossary.find((g) => g.id === params.term);
	if (!entry) error(404, `There is no glossary term "${params.term}".`);
	const byId = new Map(index.glossary.map((g) => [g.id, g.term]));
	return {
		entry: { id: entry.id, term: entry.term, aliases: entry.aliases, file: entry.file },
		lessons: lessonsUsingTerm(index, entry.id),
		related: entry.related.map((id) => ({ id, term: byId.get(id) ?? id }))
	};
}
