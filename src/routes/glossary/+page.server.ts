import { content } from '$lib/server/content';

export function load() {
	return {
		terms: content().glossary.map(({ id, term, aliases, definition }) => ({
			id,
			term,
			aliases,
			// The first sentence is enough for the list; the term's page has the rest.
			gist: definition.split(/(?<=\.)\s/)[0]
		}))
	};
}
