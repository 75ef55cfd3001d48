import { error } from '@sveltejs/kit';
import { classHub } from '$lib/server/class/hub';
import { hostOf } from '$lib/server/class/http';
import { debriefOf } from '$lib/server/class/results';

export const prerender = false;

export function load({ params, cookies }) {
	const live = classHub().byCode(params.code);
	if (!live) error(404, `There is no class with the code ${params.code.slice(0, 12)}.`);
	if (!hostOf(live, cookies)) error(403, 'The class debrief is for the class’s instructor.');
	return {
		code: live.record.code,
		title: live.scenario.title,
		mode: live.record.mode,
		status: live.state().status,
		debrief: debriefOf(live)
	};
}
