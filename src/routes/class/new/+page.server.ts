import { fail, redirect } from '@sveltejs/kit';
import { classHub } from '$lib/server/class/hub';
import {
	cookieOptions,
	hostCookie,
	INSTRUCTOR_COOKIE,
	instructorCookieOptions,
	instructorToken
} from '$lib/server/class/http';
import { newToken } from '$lib/server/class/tokens';
import { content } from '$lib/server/content';
import { scenarioById } from '$lib/server/scenarios';

export const prerender = false;

export function load() {
	return {
		scenarios: content().scenarios.map((s) => ({
			id: s.id,
			title: s.title,
			days: s.days,
			seed: scenarioById(s.id).seed
		}))
	};
}

const int = (value: FormDataEntryValue | null) =>
	typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;

export const actions = {
	default: async ({ request, cookies, url }) => {
		const form = await request.formData();
		const values = Object.fromEntries(
			[...form.entries()].map(([k, v]) => [k, String(v).slice(0, 40)])
		);
		const errors: Record<string, string> = {};
		const scenarioId = values.scenario ?? '';
		if (!content().scenarios.some((s) => s.id === scenarioId))
			errors.scenario = 'Choose one of the scenarios.';
		const seedText = (values.seed ?? '').trim();
		const seed = seedText === '' ? null : int(seedText);
		if (seed !== null && (!Number.isInteger(seed) || seed > 2 ** 31 - 1))
			errors.seed =
				'The seed is a whole number from 0 to 2147483647, or empty for the scenario’s own.';
		const mode =
			values.mode === 'team' ? 'team' : values.mode === 'individual' ? 'individual' : null;
		if (!mode) errors.mode = 'Choose individual or team play.';
		const teamCount = int(values.teams ?? '');
		if (mode === 'team' && !(teamCount >= 2 && teamCount <= 12))
			errors.teams = 'Teams: from 2 to 12.';
		const pacingKind =
			values.pacing === 'timer' ? 'timer' : values.pacing === 'instructor' ? 'instructor' : null;
		if (!pacingKind) errors.pacing = 'Choose who ends each day.';
		const seconds = int(values.seconds ?? '');
		if (pacingKind === 'timer' && !(seconds >= 30 && seconds <= 3600))
			errors.seconds = 'Seconds per day: from 30 to 3600.';
		if (Object.keys(errors).length) return fail(400, { errors, values });

		// The instructor's key links this class to their others ("Your classes").
		const instructor = instructorToken(cookies) || newToken();
		const { record, hostToken } = classHub().create(
			{
				scenarioId,
				seed: seed ?? scenarioById(scenarioId).seed,
				mode: mode!,
				teams: mode === 'team' ? Array.from({ length: teamCount }, (_, i) => `Team ${i + 1}`) : [],
				pacing:
					pacingKind === 'timer'
						? { kind: 'timer', secondsPerDay: seconds }
						: { kind: 'instructor' }
			},
			instructor
		);
		cookies.set(INSTRUCTOR_COOKIE, instructor, instructorCookieOptions(url));
		cookies.set(hostCookie(record.code), hostToken, cookieOptions(record.code, url));
		redirect(303, `/class/${record.code}/host`);
	}
};
