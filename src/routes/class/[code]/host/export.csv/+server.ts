import { hostClass, refusal } from '$lib/server/class/http';
import { resultsCsv } from '$lib/server/class/results';

export const prerender = false;

/** The results as CSV, `?by=learner` (default) or `?by=team` in a team class. */
export function GET({ params, cookies, url }) {
	const host = hostClass(params.code, cookies, 'export the results');
	if (host.refused) return host.refused;
	const by = url.searchParams.get('by') ?? 'learner';
	if (by !== 'learner' && by !== 'team') return refusal(400, 'Export by learner or by team.');
	if (by === 'team' && host.live.record.mode !== 'team')
		return refusal(400, 'This class plays individually: export by learner.');
	return new Response(resultsCsv(host.live, by), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="class-${host.live.record.code}-results-by-${by}.csv"`,
			'cache-control': 'no-store'
		}
	});
}
