import { error, redirect } from '@sveltejs/kit';
import { renderSVG } from 'uqr';
import { currentRound, DISRUPTION_KINDS, playedDisruptions } from '$lib/sim';
import { isLiveQuestion } from '$lib/quiz/live';
import { classHub } from '$lib/server/class/hub';
import { cookieOptions, hostCookie, hostOf } from '$lib/server/class/http';
import { classLifetimes } from '$lib/server/class/lifetimes';
import { board } from '$lib/server/class/results';
import { content } from '$lib/server/content';

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
	const round = currentRound(live.events);
	const hostToken = cookies.get(hostCookie(live.record.code));
	return {
		code: live.record.code,
		title: live.scenario.title,
		days: live.scenario.days,
		mode: live.record.mode,
		teams: live.record.teams,
		pacing: live.record.pacing,
		state: live.state(),
		joinUrl,
		hostUrl: hostToken && live.hostCheck(hostToken) ? `${joinUrl}/host?key=${hostToken}` : null,
		qr: renderSVG(joinUrl, { border: 2 }),
		participants: live.participants().map((p) => ({ id: p.id, name: p.name, team: p.team })),
		played: playedDisruptions(live.events),
		kinds: DISRUPTION_KINDS,
		round: round && { ...round, answered: round.answeredBy.length, answeredBy: undefined },
		topics: content().topics.filter((t) =>
			content().banks.some((b) => b.topic === t.number && b.questions.some(isLiveQuestion))
		),
		standings: board(live),
		deletesOn:
			live.endedAt === null
				? null
				: new Date(live.endedAt + classLifetimes().retentionMs).toISOString().slice(0, 10),
		lastSeq: live.events.at(-1)?.seq ?? 0
	};
}
