import { error, fail, redirect } from '@sveltejs/kit';
import { classHub, visibleTo, worldKeyOf } from '$lib/server/class/hub';
import { cookieOptions, learnerCookie, learnerOf, recordFailedJoin } from '$lib/server/class/http';

export const prerender = false;

function liveClass(code: string, address: string) {
	const live = classHub().byCode(code);
	if (!live) {
		recordFailedJoin(address);
		error(
			404,
			`There is no class with the code ${code.slice(0, 12)}. Check the code on the projector.`
		);
	}
	return live;
}

export function load({ params, cookies, getClientAddress }) {
	const live = liveClass(params.code, getClientAddress());
	const participant = learnerOf(live, cookies);
	const state = live.state();
	const base = {
		code: live.record.code,
		title: live.scenario.title,
		mode: live.record.mode,
		teams: live.record.teams,
		state,
		pacing: live.record.pacing
	};
	if (!participant) return { ...base, learner: null };
	const worldKey = worldKeyOf(live.record, participant);
	const viewer = { role: 'learner' as const, participant, worldKey };
	return {
		...base,
		learner: { id: participant.id, name: participant.name, team: participant.team, worldKey },
		scenario: live.scenario,
		seed: live.record.seed,
		events: live.events.filter((e) => visibleTo(viewer, e)).map(({ at: _at, ...e }) => e)
	};
}

/** Display names: trimmed, 1 to 40 characters, no control characters. */
function cleanName(raw: FormDataEntryValue | null): string | null {
	if (typeof raw !== 'string') return null;
	const name = raw.trim().replace(/\s+/g, ' ');
	if (name.length < 1 || name.length > 40 || /\p{Cc}/u.test(name)) return null;
	return name;
}

export const actions = {
	join: async ({ params, request, cookies, url, getClientAddress }) => {
		const live = liveClass(params.code, getClientAddress());
		if (learnerOf(live, cookies)) redirect(303, `/class/${live.record.code}`);
		if (live.state().status === 'ended')
			return fail(409, { message: 'This class has ended.', name: '' });
		if (live.state().locked)
			return fail(409, {
				message: 'The instructor has closed this class to new learners. Ask them to open it.',
				name: ''
			});
		const form = await request.formData();
		const name = cleanName(form.get('name'));
		if (!name)
			return fail(400, {
				message: 'Enter a display name of 1 to 40 characters.',
				name: String(form.get('name') ?? '').slice(0, 40)
			});
		let team: string | null = null;
		if (live.record.mode === 'team') {
			team = String(form.get('team') ?? '');
			if (!live.record.teams.includes(team))
				return fail(400, { message: 'Choose one of the teams.', name });
		}
		const added = live.addParticipant(name, team);
		if ('error' in added)
			return fail(409, {
				message: `Someone in this class is already called “${name}”: choose another name.`,
				name
			});
		cookies.set(learnerCookie(live.record.code), added.token, cookieOptions(live.record.code, url));
		redirect(303, `/class/${live.record.code}`);
	}
};
