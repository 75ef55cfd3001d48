// The class log replayed into worlds: instructor disruptions reach every world alike, quiz
// rounds and lobby changes touch none, and the reference policies replayed through the class
// equal their plain runs when the class only ended days.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	classState,
	parseScenario,
	playReference,
	replayClass,
	replayReference,
	type ClassLogEvent,
	type Scenario
} from '../../../../src/lib/sim';

function scenario(): Scenario {
	const parsed = parseScenario(
		JSON.parse(readFileSync('content/scenarios/first-day-at-the-desk.json', 'utf8'))
	);
	if (!parsed.ok) throw new Error('scenario');
	return parsed.scenario;
}

let seq = 0;
const e = <T extends Omit<ClassLogEvent, 'seq'>>(event: T) =>
	({ ...event, seq: ++seq }) as ClassLogEvent;

describe('classState', () => {
	it('follows status, day and the lobby lock through the log', () => {
		const log = [
			e({ type: 'lobby.locked' }),
			e({ type: 'class.started' }),
			e({ type: 'day.advanced', day: 1 }),
			e({ type: 'lobby.unlocked' }),
			e({ type: 'class.paused' })
		];
		expect(classState(log, 6)).toEqual({ status: 'paused', day: 2, locked: false });
		expect(classState(log.slice(0, 3), 6)).toEqual({ status: 'running', day: 2, locked: true });
	});

	it('stays ended once ended, whatever follows', () => {
		const log = [e({ type: 'class.started' }), e({ type: 'class.ended', reason: 'inactive' })];
		expect(classState([...log, e({ type: 'class.resumed' })], 6).status).toBe('ended');
		expect(
			classState([e({ type: 'class.started' }), e({ type: 'day.advanced', day: 6 })], 6)
		).toEqual({
			status: 'ended',
			day: 6,
			locked: false
		});
	});
});

describe('replaying a class with disruptions and quiz rounds', () => {
	const s = scenario();
	const start = [
		e({ type: 'participant.joined', participantId: 'p1', name: 'Ana', worldKey: 'learner:p1' }),
		e({ type: 'class.started' }),
		e({ type: 'day.advanced', day: 1 })
	];
	const played = e({
		type: 'disruption.played',
		day: 2,
		kind: 'credit-downgrade',
		severity: 0.5,
		days: 3,
		sku: null,
		customerId: null,
		headline: 'Credit downgrade'
	});

	it('injects a played disruption into every world, joined or not, alike', () => {
		const mine = replayClass(s, s.seed, [...start, played], 'learner:p1');
		const nobody = replayClass(s, s.seed, [...start, played], 'learner:p2');
		expect(mine.disruptions.map((d) => d.kind)).toContain('credit-downgrade');
		expect(nobody.disruptions.at(-1)).toEqual(mine.disruptions.at(-1));
		expect(mine.disruptions.at(-1)!.day).toBe(2);
	});

	it('leaves every world untouched by quiz rounds and lobby changes', () => {
		const before = replayClass(s, s.seed, start, 'learner:p1');
		const after = replayClass(
			s,
			s.seed,
			[
				...start,
				e({ type: 'lobby.locked' }),
				e({
					type: 'quiz.opened',
					round: 1,
					question: { id: 'q', topic: 4, type: 'numeric', prompt: '?', options: [], anchor: 'a' }
				}),
				e({
					type: 'quiz.answered',
					round: 1,
					participantId: 'p1',
					worldKey: 'learner:p1',
					response: { value: 3 },
					points: 100
				}),
				e({
					type: 'participant.renamed',
					participantId: 'p1',
					name: 'Ann',
					worldKey: 'learner:p1'
				})
			],
			'learner:p1'
		);
		expect(after).toEqual(before);
	});

	it('plays the reference policies through the class: equal to their own runs without disruptions', () => {
		const days = Array.from({ length: s.days }, (_, i) => e({ type: 'day.advanced', day: i + 1 }));
		for (const name of ['do-nothing', 'good-practice'] as const) {
			const replayed = replayReference(s, s.seed, days, name);
			expect(replayed.kpis).toEqual(playReference(s, name, s.seed).kpis);
		}
		const halfway = replayReference(s, s.seed, days.slice(0, 2), 'good-practice');
		expect(halfway.kpis).toHaveLength(2);
		const disrupted = replayReference(s, s.seed, [...days.slice(0, 1), played], 'do-nothing');
		expect(disrupted.disruptions.at(-1)!.kind).toBe('credit-downgrade');
	});
});
