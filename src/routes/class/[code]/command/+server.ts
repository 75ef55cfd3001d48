import { json } from '@sveltejs/kit';
import { classHub } from '$lib/server/class/hub';
import { learnerOf, readJson, refusal } from '$lib/server/class/http';

export const prerender = false;

/** A learner's decision: `{ "command": { ... } }`; accepted only if their world accepts it. */
export async function POST({ params, cookies, request }) {
	const live = classHub().byCode(params.code);
	if (!live) return refusal(404, 'There is no such class.');
	const participant = learnerOf(live, cookies);
	if (!participant) return refusal(403, 'Join the class first.');
	const body = await readJson(request);
	const command =
		body && typeof body === 'object' && 'command' in body
			? (body as { command: unknown }).command
			: undefined;
	if (command === undefined) return refusal(400, 'Send { "command": { ... } }.');
	const outcome = live.submit(participant, command);
	if (!outcome.ok) return refusal(outcome.status, outcome.message);
	const { at: _at, ...event } = outcome.event;
	return json({ ok: true, event });
}
