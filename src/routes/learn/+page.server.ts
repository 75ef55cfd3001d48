import { topicCards } from '$lib/content/catalog';
import { content } from '$lib/server/content';

export function load() {
	return { topics: topicCards(content()) };
}
