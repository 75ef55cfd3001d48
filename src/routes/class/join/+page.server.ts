import { error, redirect } from '@sveltejs/kit';
import { classHub } from '$lib/server/class/hub';
import { joinAttemptsBlocked, recordFailedJoin } from '$lib/server/class/http';
import { isWellFormedCode, normaliseCode } from '$lib/server/class/tokens';

export const prerender = false;

export function load({ url, getClientAddress }) {
	const address = getClientAddress();
	const wait = joinAttemptsBlocked(address);
	if (wait)
		error(429, `Too many wrong class codes from this address. Try again in ${wait} minute(s).`);
	const typed = url.searchParams.get('code') ?? '';
	const code = normaliseCode(typed);
	if (isWellFormedCode(code) && classHub().store.byCode(code)) redirect(303, `/class/${code}`);
	recordFailedJoin(address);
	return {
		typed: typed.slice(0, 20),
		message: isWellFormedCode(code)
			? `There is no class with the code ${code}. Check the code on the projector.`
			: 'A class code has six letters and digits, such as K7PQ3M.'
	};
}
