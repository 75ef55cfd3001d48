import { json } from '@sveltejs/kit';
import { hostClass } from '$lib/server/class/http';
import { board, rankByOf } from '$lib/server/class/results';

export const prerender = false;

/** The leaderboard, ordered by `?rank=` (a KPI's name or `points`; perfect order by default). */
export function GET({ params, cookies, url }) {
	const host = hostClass(params.code, cookies, 'see the leaderboard');
	if (host.refused) return host.refused;
	const rankBy = rankByOf(url.searchParams.get('rank'));
	return json({ ok: true, rankBy, standings: board(host.live, rankBy) });
}
