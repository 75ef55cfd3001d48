import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { agedSeverity, type ExceptionRecord } from '../../../../src/lib/sim/index';

// Numeric questions of content/quizzes/17-exception-management.yaml (and the ranking its
// ordering question asks for): each stored answer must equal what the engine's aging rule,
// agedSeverity (one level up for every two days open, to a maximum of 3), gives.
type Question = { id: string; type: string; answer: number | string[] };
const bank = parse(
	readFileSync(
		new URL('../../../../content/quizzes/17-exception-management.yaml', import.meta.url),
		'utf8'
	)
) as { topic: number; questions: Question[] };

function question(id: string, type: string): Question {
	const q = bank.questions.find((x) => x.id === id);
	if (!q || q.type !== type) throw new Error(`no ${type} question "${id}" in bank 17`);
	return q;
}

/** An open exception raised on `raisedDay` at `severity`; the other fields do not affect aging. */
function alert(id: string, raisedDay: number, severity: 1 | 2 | 3): ExceptionRecord {
	return {
		id,
		kind: 'stockout',
		orderId: null,
		sku: null,
		returnId: null,
		raisedDay,
		severity,
		resolvedDay: null,
		resolution: null,
		text: id
	};
}

describe('bank 17: numeric answers come from the engine', () => {
	it('aging-reaches-severity-three: a severity 1 alert raised on day 6 reaches 3 on day 10', () => {
		const e = alert('return', 6, 1);
		let day = e.raisedDay;
		while (agedSeverity(e, day) < 3) day++;
		expect(agedSeverity(e, 8)).toBe(2);
		expect(question('aging-reaches-severity-three', 'numeric').answer).toBe(day);
	});

	it('aged-severity-count: on day 12, A, B, D and F stand at severity 3', () => {
		const alerts = [
			alert('A', 11, 3),
			alert('B', 9, 2),
			alert('C', 11, 2),
			alert('D', 8, 1),
			alert('E', 10, 1),
			alert('F', 7, 1)
		];
		const atThree = alerts.filter((e) => agedSeverity(e, 12) === 3).map((e) => e.id);
		expect(atThree).toEqual(['A', 'B', 'D', 'F']);
		expect(question('aged-severity-count', 'numeric').answer).toBe(atThree.length);
	});

	it('triage-ranking: severity today, then days to impact, then age', () => {
		// [id, raised day, raised severity, days until a commitment fails (none: Infinity)]
		const open: [string, number, 1 | 2 | 3, number][] = [
			['asn', 16, 1, 5],
			['carrier', 20, 2, 1],
			['returnreq', 19, 1, Infinity],
			['stockout', 20, 3, 1],
			['credit', 17, 2, 3],
			['datahold', 19, 2, 2]
		];
		const ranked = open
			.map(([id, raised, severity, impact]) => ({
				id,
				raised,
				impact,
				today: agedSeverity(alert(id, raised, severity), 20)
			}))
			.sort((x, y) => y.today - x.today || x.impact - y.impact || x.raised - y.raised);
		expect(ranked.map((r) => r.today)).toEqual([3, 3, 3, 2, 2, 1]);
		expect(question('triage-ranking', 'ordering').answer).toEqual(ranked.map((r) => r.id));
		// Oldest first would reach the stockout, raised today, fifth or sixth.
		const oldestFirst = [...ranked].sort((x, y) => x.raised - y.raised).map((r) => r.id);
		expect(oldestFirst.indexOf('stockout')).toBeGreaterThanOrEqual(4);
	});
});
