// What the console reads about a class: the leaderboard, the class debrief (against both
// reference policies played through the same days and disruptions), and the results as CSV.
import {
	classDebrief,
	COMPARED_KPIS,
	KPI_INFO,
	KPI_NAMES,
	quizPoints,
	replayReference,
	standings,
	type ClassDebrief,
	type KpiName,
	type RankBy,
	type World
} from '$lib/sim';
import type { LiveClass } from './hub';

export function rankByOf(value: string | null): RankBy {
	return value === 'points' || (KPI_NAMES as readonly string[]).includes(value ?? '')
		? (value as RankBy)
		: 'perfectOrderRate';
}

export function board(live: LiveClass, rankBy: RankBy = 'perfectOrderRate') {
	return standings(live.desks(), live.events, rankBy);
}

const references = new WeakMap<
	LiveClass,
	{ key: string; worlds: { doNothing: World; goodPractice: World } }
>();

/** Both reference policies through the class so far, replayed only when a day or disruption was added. */
function referencesOf(live: LiveClass) {
	const shaping = live.events.filter(
		(e) => e.type === 'day.advanced' || e.type === 'disruption.played'
	);
	const key = shaping.map((e) => e.seq).join(',');
	const cached = references.get(live);
	if (cached?.key === key) return cached.worlds;
	const { scenario, record } = live;
	const worlds = {
		doNothing: replayReference(scenario, record.seed, live.events, 'do-nothing'),
		goodPractice: replayReference(scenario, record.seed, live.events, 'good-practice')
	};
	references.set(live, { key, worlds });
	return worlds;
}

export function debriefOf(live: LiveClass): ClassDebrief {
	return classDebrief(live.scenario, live.desks(), live.events, referencesOf(live));
}

/** The KPIs the results carry: the scenario's objectives and those every debrief compares. */
export function exportedKpis(live: LiveClass): KpiName[] {
	return [...new Set([...live.scenario.objectives.map((o) => o.kpi), ...COMPARED_KPIS])];
}

/**
 * One CSV field. Quoted when it holds a comma, quote or line break; a leading = + - @ or tab
 * is defused with an apostrophe so a spreadsheet never runs a display name as a formula.
 */
export function csvField(value: string | number | null): string {
	if (value === null) return '';
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const figure = (value: number | null | undefined, kpi: KpiName) =>
	value === null || value === undefined
		? null
		: KPI_INFO[kpi].format === 'rate'
			? Math.round(value * 10_000) / 10_000
			: Math.round(value * 100) / 100;

const heading = (kpi: KpiName) => {
	const { label, format } = KPI_INFO[kpi];
	return format === 'rate'
		? `${label} (share of 1)`
		: format === 'days'
			? `${label} (days)`
			: label;
};

/**
 * The class's results, one row per learner or per team: display names, each KPI on the last
 * day ended, and quiz points (a team's are its members' mean). No other personal data.
 */
export function resultsCsv(live: LiveClass, by: 'learner' | 'team'): string {
	const kpis = exportedKpis(live);
	const desks = live.desks();
	const points = quizPoints(live.events);
	const team = live.record.mode === 'team';
	const rows: (string | number | null)[][] = [];
	if (by === 'team') {
		rows.push(['Team', 'Members', ...kpis.map(heading), 'Quiz points (members’ mean)']);
		for (const desk of desks) {
			const last = desk.world.kpis.at(-1);
			const mean = Math.round(
				desk.members.reduce((s, m) => s + (points.get(m.id) ?? 0), 0) / desk.members.length
			);
			rows.push([
				desk.name,
				desk.members.map((m) => m.name).join('; '),
				...kpis.map((k) => figure(last?.[k as keyof typeof last] as number | null, k)),
				mean
			]);
		}
	} else {
		rows.push([...(team ? ['Learner', 'Team'] : ['Learner']), ...kpis.map(heading), 'Quiz points']);
		for (const desk of desks) {
			const last = desk.world.kpis.at(-1);
			for (const member of desk.members)
				rows.push([
					member.name,
					...(team ? [desk.name] : []),
					...kpis.map((k) => figure(last?.[k as keyof typeof last] as number | null, k)),
					points.get(member.id) ?? 0
				]);
		}
	}
	return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
