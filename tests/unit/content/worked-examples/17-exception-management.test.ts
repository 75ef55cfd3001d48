import { describe, expect, it } from 'vitest';
import { agedSeverity } from '../../../../src/lib/sim/world/exceptions';
import type { ExceptionRecord } from '../../../../src/lib/sim/world/types';

// Lesson 17, "Exception management and order error handling", worked example: six open alerts
// at the start of day 10, triaged by aged severity, then days to customer impact, then age.
// The aging rule is the engine's: one level of severity for every two days an alert stays open.
type Alert = ExceptionRecord & { impactInDays: number | null };
const alert = (
	id: string,
	kind: ExceptionRecord['kind'],
	raisedDay: number,
	severity: 1 | 2 | 3,
	impactInDays: number | null
): Alert => ({
	id,
	kind,
	orderId: null,
	sku: null,
	returnId: null,
	raisedDay,
	severity,
	resolvedDay: null,
	resolution: null,
	text: '',
	impactInDays
});
const today = 10;
// In the lesson's table order, oldest first.
const board: Alert[] = [
	alert('EX-0131', 'credit-hold', 7, 2, 2),
	alert('EX-0135', 'data-error', 9, 2, 3),
	alert('EX-0136', 'late-supplier-receipt', 9, 2, 6),
	alert('EX-0138', 'return-waiting', 9, 1, null),
	alert('EX-0140', 'stockout', 10, 3, 1),
	alert('EX-0141', 'carrier-delay', 10, 2, 1)
];
const triage = (alerts: Alert[], day: number) =>
	[...alerts]
		.sort(
			(a, b) =>
				agedSeverity(b, day) - agedSeverity(a, day) ||
				(a.impactInDays ?? Infinity) - (b.impactInDays ?? Infinity) ||
				a.raisedDay - b.raisedDay
		)
		.map((a) => a.id);

describe('lesson 17 worked example: triaging six alerts on day 10', () => {
	it('ages the day-7 credit hold from 2 to 3; the rest keep their severity today', () => {
		expect(board.map((a) => [a.id, agedSeverity(a, today)])).toEqual([
			['EX-0131', 3],
			['EX-0135', 2],
			['EX-0136', 2],
			['EX-0138', 1],
			['EX-0140', 3],
			['EX-0141', 2]
		]);
		// The credit hold reached 3 after two days open, on day 9.
		expect(agedSeverity(board[0], 8)).toBe(2);
		expect(agedSeverity(board[0], 9)).toBe(3);
	});

	it('works them in the order stockout, credit hold, carrier delay, data error, late receipt, return', () => {
		expect(triage(board, today)).toEqual([
			'EX-0140',
			'EX-0131',
			'EX-0141',
			'EX-0135',
			'EX-0136',
			'EX-0138'
		]);
	});

	it('oldest first would reach the stockout fifth', () => {
		const fifo = [...board].sort((a, b) => a.raisedDay - b.raisedDay).map((a) => a.id);
		expect(fifo.indexOf('EX-0140')).toBe(4);
	});

	it('the unanswered return climbs to severity 2 tomorrow', () => {
		expect(agedSeverity(board[3], 11)).toBe(2);
	});
});

describe('lesson 17 self-check figures', () => {
	it('question 2: a severity 1 alert raised on day 4 is at 3 on day 8', () => {
		expect(agedSeverity(alert('Q2', 'return-waiting', 4, 1, null), 8)).toBe(3);
	});

	it('question 3: a three-day-old data hold has aged to 3, level with a new stockout', () => {
		const hold = alert('Q3-hold', 'data-error', 7, 2, 4);
		const stockout = alert('Q3-stockout', 'stockout', 10, 3, 1);
		expect(agedSeverity(hold, 10)).toBe(3);
		expect(triage([hold, stockout], 10)).toEqual(['Q3-stockout', 'Q3-hold']);
	});
});
