import { answer, hostClass, parseBody, readJson, refusal } from '$lib/server/class/http';
import { LobbyBody } from '$lib/server/class/schemas';

export const prerender = false;

/** The lobby: `{ "action": "lock" | "unlock" }`, or rename or remove a participant. */
export async function POST({ params, cookies, request }) {
	const host = hostClass(params.code, cookies, 'manage the lobby');
	if (host.refused) return host.refused;
	const body = parseBody(LobbyBody, await readJson(request));
	if (!body.ok) return refusal(400, body.message);
	const input = body.value;
	const { live } = host;
	switch (input.action) {
		case 'lock':
		case 'unlock':
			return answer(live.lock(input.action === 'lock'));
		case 'rename':
			return answer(live.rename(input.participantId, input.name));
		case 'remove':
			return answer(live.remove(input.participantId));
	}
}
