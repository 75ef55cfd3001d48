import { json } from '@sveltejs/kit';
import { isLiveQuestion } from '$lib/quiz/live';
import { content } from '$lib/server/content';
import { answer, hostClass, parseBody, readJson, refusal } from '$lib/server/class/http';
import { closeRound, openRound } from '$lib/server/class/instructor';
import { QuizBody } from '$lib/server/class/schemas';

export const prerender = false;

/** The questions of one topic's bank that a live round can ask: `?topic=N`. */
export function GET({ params, cookies, url }) {
	const host = hostClass(params.code, cookies, 'run quiz rounds');
	if (host.refused) return host.refused;
	const topic = Number(url.searchParams.get('topic'));
	const bank = content().banks.find((b) => b.topic === topic);
	if (!bank) return refusal(404, 'There is no question bank for that topic.');
	return json({
		ok: true,
		questions: bank.questions
			.filter(isLiveQuestion)
			.map((q) => ({ id: q.id, type: q.type, difficulty: q.difficulty, prompt: q.prompt }))
	});
}

/** `{ "action": "open", "topic", "questionId" }` pushes a question; `{ "action": "close" }` reveals. */
export async function POST({ params, cookies, request }) {
	const host = hostClass(params.code, cookies, 'run quiz rounds');
	if (host.refused) return host.refused;
	const body = parseBody(QuizBody, await readJson(request));
	if (!body.ok) return refusal(400, body.message);
	const input = body.value;
	return answer(
		input.action === 'open'
			? openRound(host.live, input.topic, input.questionId)
			: closeRound(host.live)
	);
}
