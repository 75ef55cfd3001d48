import { error, redirect } from '@sveltejs/kit';
import { renderSVG } from 'uqr';
import { classHub } from '$lib/server/class/hub';
import { cookieOptions, hostCookie, hostOf } from '$lib/server/class/http';

export const prerender = false;

export function load({ params, cookies, url }) {
	const live = classHub().byCode(params.code);
	if (!live) error(404, `There is no class with the code ${params.code.slice(0, 12)}.`);
	// The private host link: opening it on another device makes that device the host.
	const key = url.searchParams.get('key');
	if (key) {
		if (!live.hostCheck(key)) error(403, 'That host link is not valid for this class.');
		cookies.set(hostCookie(live.record.code), key, cookieOptions(live.record.code, url));
		redirect(303, `/class/${live.record.code}/host`);
	}
	if (!hostOf(live, cookies)) {
		error(
			403,
			'This page is for the class’s instructor. Open the private host link to take over from another device.'
		);
	}
	const joinUrl = `${url.origin}/class/${live.record.code}`;
	return {
		code: live.record.code,
		title: live.scenario.title,
		days: live.scenario.days,
		mode: live.record.mode,
		teams: live.record.teams,
		pacing: live.record.pacing,
		state: live.state(),
		joinUrl,
		hostUrl: `${joinUrl}/host?key=${cookies.get(hostCookie(live.record.code))}`,
		qr: renderSVG(joinUrl, { border: 2 }),
		participants: live.participants().map((p) => ({ id: p.id, name: p.name, team: p.team })),
		lastSeq: live.events.at(-1)?.seq ?? 0
	};
}
