import { classHub } from '$lib/server/class/hub';
import { answer, learnerOf, parseBody, readJson, refusal } from '$lib/server/class/http';
import { answerRound } from '$lib/server/class/instructor';
import { AnswerBody } from '$lib/server/class/schemas';

export const prerender = false;

/** A learner's answer to the open round: `{ "round", "response": { "choices" } | { "value" } }`. */
export async function POST({ params, cookies, request }) {
	const live = classHub().byCode(params.code);
	if (!live) return refusal(404, 'There is no such class.');
	const participant = learnerOf(live, cookies);
	if (!participant) return refusal(403, 'Join the class first.');
	const body = parseBody(AnswerBody, await readJson(request));
	if (!body.ok) return refusal(400, body.message);
	return answer(answerRound(live, participant, body.value.round, body.value.response));
}
