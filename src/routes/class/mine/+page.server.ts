import { fail } from '@sveltejs/kit';
import { classHub } from '$lib/server/class/hub';
import { hostOf, instructorToken } from '$lib/server/class/http';
import { classLifetimes } from '$lib/server/class/lifetimes';

export const prerender = false;

/** The classes this browser's instructor key created, newest first. */
export function load({ cookies }) {
	const hub = classHub();
	const { retentionMs } = classLifetimes();
	const classes = hub.store.classesOf(instructorToken(cookies)).flatMap((record) => {
		const live = hub.byCode(record.code);
		if (!live) return [];
		return [
			{
				code: record.code,
				title: live.scenario.title,
				created: record.createdAt.slice(0, 10),
				status: live.state().status,
				learners: live.participants().length,
				deletesOn:
					live.endedAt === null
						? null
						: new Date(live.endedAt + retentionMs).toISOString().slice(0, 10)
			}
		];
	});
	return { classes };
}

export const actions = {
	/** Deletes a class's data now (its instructor only). */
	delete: async ({ request, cookies }) => {
		const code = String((await request.formData()).get('code') ?? '').slice(0, 12);
		const live = classHub().byCode(code);
		if (!live) return fail(404, { message: 'There is no such class.' });
		if (!hostOf(live, cookies))
			return fail(403, { message: 'Only the class’s instructor can delete it.' });
		classHub().delete(live);
		return { message: `Class ${code} and all its data are deleted.` };
	}
};
