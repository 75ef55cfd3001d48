import { json } from '@sveltejs/kit';
import { classHub } from '$lib/server/class/hub';
import { hostOf, readJson, refusal } from '$lib/server/class/http';

export const prerender = false;

const ACTIONS = ['start', 'pause', 'resume', 'advance', 'end'] as const;

/** The instructor's pacing: `{ "action": "start" | "pause" | "resume" | "advance" | "end" }`. */
export async function POST({ params, cookies, request }) {
	const live = classHub().byCode(params.code);
	if (!live) return refusal(404, 'There is no such class.');
	if (!hostOf(live, cookies)) return refusal(403, 'Only the class’s instructor can pace it.');
	const body = await readJson(request);
	const action =
		body && typeof body === 'object' && 'action' in body
			? (body as { action: unknown }).action
			: undefined;
	if (!ACTIONS.includes(action as (typeof ACTIONS)[number])) {
		return refusal(400, `The action must be one of ${ACTIONS.join(', ')}.`);
	}
	const outcome = live.control(action as (typeof ACTIONS)[number]);
	if (!outcome.ok) return refusal(outcome.status, outcome.message);
	return json({ ok: true, state: live.state() });
}
