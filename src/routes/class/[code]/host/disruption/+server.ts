import { answer, hostClass, parseBody, readJson, refusal } from '$lib/server/class/http';
import { playDisruption } from '$lib/server/class/instructor';
import { DisruptionBody } from '$lib/server/class/schemas';

export const prerender = false;

/** Plays a disruption for everyone: `{ "kind", "severity" (0.1 to 1), "days" (1 to 10) }`. */
export async function POST({ params, cookies, request }) {
	const host = hostClass(params.code, cookies, 'play disruptions');
	if (host.refused) return host.refused;
	const body = parseBody(DisruptionBody, await readJson(request));
	if (!body.ok) return refusal(400, body.message);
	return answer(playDisruption(host.live, body.value));
}
