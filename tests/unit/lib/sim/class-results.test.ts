// The console's selectors: quiz points, the leaderboard's order, the comparison series, the
// round in play, and the class debrief against the reference policies.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	classDebrief,
	comparisonSeries,
	currentRound,
	deskPoints,
	playReference,
	playScenario,
	parseScenario,
	quizPoints,
	standings,
	type ClassDesk,
	type ClassLogEvent,
	type KpiRow,
	type World
} from '../../../../src/lib/sim';

let seq = 0;
const e = <T extends Omit<ClassLogEvent, 'seq'>>(event: T) =>
	({ ...event, seq: ++seq }) as ClassLogEvent;
const answered = (round: number, participantId: string, points: number) =>
	e({
		type: 'quiz.answered',
		round,
		participantId,
		worldKey: `learner:${participantId}`,
		response: { choices: ['a'] },
		points
	});

/** A world reduced to what the board reads: its last KPI row. */
const worldWith = (row: Partial<KpiRow> | null) =>
	({ kpis: row ? [{ day: 3, ...row }] : [] }) as unknown as World;
const desk = (key: string, row: Partial<KpiRow> | null, members = [key]): ClassDesk => ({
	key,
	name: key,
	members: members.map((id) => ({ id, name: id })),
	world: worldWith(row)
});

describe('quiz points', () => {
	it('adds each participant’s points and gives a team its members’ mean', () => {
		const log = [answered(1, 'ana', 100), answered(1, 'bo', 50), answered(2, 'ana', 67)];
		expect(Object.fromEntries(quizPoints(log))).toEqual({ ana: 167, bo: 50 });
		expect(deskPoints(desk('t', null, ['ana', 'bo', 'cy']), quizPoints(log))).toBe(72);
		expect(deskPoints({ members: [] }, quizPoints(log))).toBe(0);
	});
});

describe('the leaderboard', () => {
	const desks = [
		desk('low', { perfectOrderRate: 0.5, otif: 0.9, cycleTimeMeanDays: 3 }),
		desk('none', null),
		desk('high', { perfectOrderRate: 0.9, otif: 0.8, cycleTimeMeanDays: 4 }),
		desk('tie-a', { perfectOrderRate: 0.7, otif: 0.7, cycleTimeMeanDays: 2 }),
		desk('tie-b', { perfectOrderRate: 0.7, otif: 0.7, cycleTimeMeanDays: 2 })
	];

	it('orders by the chosen KPI, better first, missing values last, equals sharing a rank', () => {
		const board = standings(desks, []);
		expect(board.map((s) => [s.name, s.rank])).toEqual([
			['high', 1],
			['tie-a', 2],
			['tie-b', 2],
			['low', 4],
			['none', 5]
		]);
	});

	it('reads "lower is better" KPIs the right way up, and breaks ties with quiz points', () => {
		expect(standings(desks, [], 'cycleTimeMeanDays').map((s) => s.name)).toEqual([
			'tie-a',
			'tie-b',
			'low',
			'high',
			'none'
		]);
		const log = [answered(1, 'tie-b', 100)];
		const byKpi = standings(desks, log);
		expect(byKpi.slice(1, 3).map((s) => [s.name, s.rank])).toEqual([
			['tie-b', 2],
			['tie-a', 3]
		]);
		expect(standings(desks, log, 'points')[0].name).toBe('tie-b');
	});

	it('gives the comparison chart one category per desk and one series per KPI', () => {
		const board = standings(desks.slice(0, 3), []);
		const figures = comparisonSeries(board);
		expect(figures.labels).toEqual(['high', 'low', 'none']);
		expect(figures.series.map((s) => s.kpi)).toEqual(['perfectOrderRate', 'otif', 'fillRateOrder']);
		expect(figures.series[0].values).toEqual([0.9, 0.5, null]);
	});
});

describe('the round in play', () => {
	it('is the last round opened, with who answered and its reveal once closed', () => {
		const question = {
			id: 'q',
			topic: 4,
			type: 'single' as const,
			prompt: '?',
			options: [],
			anchor: 'a'
		};
		const reveal = { answer: { choices: ['a'] }, explanation: 'x', answered: 2, distribution: [] };
		const log = [
			e({ type: 'quiz.opened', round: 1, question }),
			answered(1, 'ana', 100),
			e({ type: 'quiz.closed', round: 1, reveal }),
			e({ type: 'quiz.opened', round: 2, question }),
			answered(2, 'bo', 0)
		];
		expect(currentRound([])).toBeNull();
		expect(currentRound(log.slice(0, 3))).toMatchObject({ round: 1, open: false, reveal });
		expect(currentRound(log)).toMatchObject({
			round: 2,
			open: true,
			answeredBy: ['bo'],
			reveal: null
		});
	});
});

describe('the class debrief', () => {
	const parsed = parseScenario(
		JSON.parse(readFileSync('content/scenarios/first-day-at-the-desk.json', 'utf8'))
	);
	if (!parsed.ok) throw new Error('scenario');
	const s = parsed.scenario;
	const references = {
		doNothing: playReference(s, 'do-nothing', s.seed),
		goodPractice: playReference(s, 'good-practice', s.seed)
	};
	const desks: ClassDesk[] = [
		{ key: 'a', name: 'Autopilot', members: [], world: playScenario(s).world },
		{ key: 'b', name: 'Careless', members: [], world: references.doNothing },
		{ key: 'c', name: 'Careful', members: [], world: references.goodPractice }
	];

	it('gives each KPI the class mean and spread beside both references', () => {
		const d = classDebrief(s, desks, [], references);
		expect(d.day).toBe(s.days);
		const perfect = d.kpis.find((k) => k.kpi === 'perfectOrderRate')!;
		const values = desks.map((x) => x.world.kpis.at(-1)!.perfectOrderRate!).sort((a, b) => a - b);
		expect(perfect.min).toBe(values[0]);
		expect(perfect.median).toBe(values[1]);
		expect(perfect.max).toBe(values[2]);
		expect(perfect.mean).toBeCloseTo((values[0] + values[1] + values[2]) / 3, 6);
		expect(perfect.doNothing).toBe(references.doNothing.kpis.at(-1)!.perfectOrderRate);
		expect(perfect.goodPractice).toBe(references.goodPractice.kpis.at(-1)!.perfectOrderRate);
	});

	it('names each desk’s biggest miss with the lesson section that treats it', () => {
		const d = classDebrief(s, desks, [], references);
		expect(d.misses.map((m) => m.key)).toEqual(['a', 'b', 'c']);
		const careless = d.misses[1].miss!;
		expect(careless).not.toBeNull();
		expect(careless.lesson.slug).toMatch(/^[a-z-]+$/);
		expect(careless.lesson.anchor).toMatch(/^[a-z-]+$/);
		const empty = classDebrief(
			s,
			[{ key: 'x', name: 'New', members: [], world: worldWith(null) }],
			[],
			references
		);
		expect(empty.misses[0].miss).toBeNull();
	});

	it('lists the disruptions the instructor played, in order', () => {
		const log = [
			e({
				type: 'disruption.played',
				day: 2,
				kind: 'demand-spike',
				severity: 0.5,
				days: 3,
				sku: null,
				customerId: null,
				headline: 'Demand spike: orders run 50 % above plan, days 2 to 4.'
			})
		];
		expect(classDebrief(s, desks, log, references).disruptions).toEqual([
			{ day: 2, headline: 'Demand spike: orders run 50 % above plan, days 2 to 4.' }
		]);
	});
});
