import { describe, expect, it } from 'vitest';
import {
	gradeTriage,
	impactPhrase,
	triageAlerts,
	type TriageAlert
} from '../../../../src/lib/sim/exception-triage';

// Lesson 17 ("Exception management and order error handling") worked example: six open alerts
// at the start of day 10. The impact day is the day a customer commitment fails: day 10 plus the
// lesson's "impact in" days.
const alert = (
	id: string,
	kind: TriageAlert['kind'],
	raisedDay: number,
	severity: 1 | 2 | 3,
	impactDay: number | null
): TriageAlert => ({
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
	impactDay
});
// In the lesson's table order, oldest first.
const BOARD: TriageAlert[] = [
	alert('EX-0131', 'credit-hold', 7, 2, 12),
	alert('EX-0135', 'data-error', 9, 2, 13),
	alert('EX-0136', 'late-supplier-receipt', 9, 2, 16),
	alert('EX-0138', 'return-waiting', 9, 1, null),
	alert('EX-0140', 'stockout', 10, 3, 11),
	alert('EX-0141', 'carrier-delay', 10, 2, 11)
];
const DESK_ORDER = ['EX-0140', 'EX-0131', 'EX-0141', 'EX-0135', 'EX-0136', 'EX-0138'];
const ids = (list: { alert: TriageAlert }[]) => list.map((r) => r.alert.id);

describe('triageAlerts', () => {
	it('ranks the lesson 17 board: severity today, then impact, then age', () => {
		const r = triageAlerts(BOARD, 10);
		expect(ids(r)).toEqual(DESK_ORDER);
		expect(r.map((x) => [x.alert.id, x.severityToday, x.impactInDays, x.age, x.rank])).toEqual([
			['EX-0140', 3, 1, 0, 1],
			['EX-0131', 3, 2, 3, 2],
			['EX-0141', 2, 1, 0, 3],
			['EX-0135', 2, 3, 1, 4],
			['EX-0136', 2, 6, 1, 5],
			['EX-0138', 1, null, 1, 6]
		]);
	});

	it('ages the unanswered return to 2 on day 11, when the stockout fails today', () => {
		const r = triageAlerts(BOARD, 11);
		const byId = new Map(r.map((x) => [x.alert.id, x]));
		expect(byId.get('EX-0138')!.severityToday).toBe(2);
		expect(byId.get('EX-0140')!.impactInDays).toBe(0);
		// Every severity 2 alert has aged to 3 by day 11 except the ones raised on days 10 and 9.
		expect(ids(r)[0]).toBe('EX-0140');
	});

	it('self-check 3: a three-day-old data hold has aged level with a new stockout, which comes first', () => {
		const hold = alert('hold', 'data-error', 7, 2, 14);
		const stockout = alert('stockout', 'stockout', 10, 3, 11);
		expect(ids(triageAlerts([hold, stockout], 10))).toEqual(['stockout', 'hold']);
	});

	it('puts a missed commitment ahead of one failing tomorrow, and no commitment last', () => {
		const r = triageAlerts(
			[
				alert('none', 'return-waiting', 5, 3, null),
				alert('tomorrow', 'stockout', 5, 3, 11),
				alert('missed', 'carrier-delay', 5, 3, 9)
			],
			10
		);
		expect(ids(r)).toEqual(['missed', 'tomorrow', 'none']);
	});

	it('keeps input order for a full tie, and ranks an empty board as empty', () => {
		const a = alert('a', 'stockout', 9, 3, 11);
		const b = alert('b', 'stockout', 9, 3, 11);
		expect(ids(triageAlerts([a, b], 10))).toEqual(['a', 'b']);
		expect(ids(triageAlerts([b, a], 10))).toEqual(['b', 'a']);
		expect(triageAlerts([], 10)).toEqual([]);
	});

	it('throws a RangeError on impossible input', () => {
		expect(() => triageAlerts(BOARD, 9)).toThrow(RangeError); // EX-0140 not raised yet
		expect(() => triageAlerts([BOARD[0], BOARD[0]], 10)).toThrow(/twice/);
		expect(() => triageAlerts([{ ...BOARD[0], resolvedDay: 9 }], 10)).toThrow(/resolved/);
		expect(() => triageAlerts([{ ...BOARD[0], severity: 4 as 3 }], 10)).toThrow(/1, 2 or 3/);
		expect(() => triageAlerts(BOARD, 10.5)).toThrow(/whole number/);
		expect(() => triageAlerts([{ ...BOARD[0], impactDay: Number.NaN }], 10)).toThrow(/finite/);
	});
});

describe('gradeTriage', () => {
	it('grades the desk order as all right', () => {
		const g = gradeTriage(BOARD, 10, DESK_ORDER);
		expect(g.right).toBe(6);
		expect(g.placements.every((p) => p.verdict === 'right' && p.reason === null)).toBe(true);
		expect(g.summary).toBe(
			"All 6 in the desk's order: severity today first, then customer impact, then age."
		);
	});

	it('oldest first reaches the stockout fifth, and says why each misplaced alert moves', () => {
		const fifo = BOARD.map((a) => a.id);
		const g = gradeTriage(BOARD, 10, fifo);
		expect(g.first).toEqual({ id: 'EX-0140', position: 5 });
		expect(g.summary).toBe(
			'0 of 6 in the right place. EX-0140 (severity 3, commitment fails tomorrow) should be worked first; your order reaches it 5th.'
		);
		const byId = Object.fromEntries(g.placements.map((p) => [p.id, p]));
		expect(byId['EX-0131']).toMatchObject({ position: 1, deskRank: 2, verdict: 'too-early' });
		expect(byId['EX-0131'].reason).toBe(
			"EX-0140 comes before EX-0131: both are at severity 3, and EX-0140's commitment fails tomorrow, EX-0131's fails in 2 days."
		);
		expect(byId['EX-0140']).toMatchObject({ position: 5, deskRank: 1, verdict: 'too-late' });
		expect(byId['EX-0140'].reason).toBe(
			"EX-0140 comes before EX-0131: both are at severity 3, and EX-0140's commitment fails tomorrow, EX-0131's fails in 2 days."
		);
		// Explained with the first alert placed after it that should come before it.
		expect(byId['EX-0135'].reason).toBe(
			'EX-0140 comes before EX-0135: severity 3 today against 2.'
		);
		expect(byId['EX-0141'].reason).toBe(
			"EX-0141 comes before EX-0135: both are at severity 2, and EX-0141's commitment fails tomorrow, EX-0135's fails in 3 days."
		);
		expect(byId['EX-0138']).toMatchObject({ position: 4, deskRank: 6, verdict: 'too-early' });
		expect(byId['EX-0138'].reason).toMatch(
			/^EX-0140 comes before EX-0138: severity 3 today against 1\.$/
		);
		expect(byId['EX-0136']).toMatchObject({ position: 3, deskRank: 5, verdict: 'too-early' });
		expect(byId['EX-0141']).toMatchObject({ position: 6, deskRank: 3, verdict: 'too-late' });
		expect(g.right).toBe(g.placements.filter((p) => p.verdict === 'right').length);
		expect(g.right).toBe(0);
	});

	it('credits the credit hold aged from 2 to 3 when it is the one misplaced', () => {
		const g = gradeTriage(BOARD, 10, ['EX-0140', 'EX-0141', 'EX-0131', ...DESK_ORDER.slice(3)]);
		expect(g.right).toBe(4);
		expect(g.placements[1].reason).toBe(
			'EX-0131 comes before EX-0141: severity 3 today (raised at 2, aged up over 3 days open) against 2.'
		);
		expect(g.summary).toBe(
			'4 of 6 in the right place. EX-0140 rightly comes first; look again at the ones marked below.'
		);
	});

	it('explains an age decision, and counts alerts level on every factor as right either way', () => {
		const older = alert('older', 'data-error', 8, 2, 13);
		const newer = alert('newer', 'data-error', 9, 2, 13);
		const g = gradeTriage([older, newer], 9, ['newer', 'older']);
		expect(g.placements[0].reason).toBe(
			'older comes before newer: level on severity and impact, and open longer (1 day against 0).'
		);
		const a = alert('a', 'stockout', 9, 3, 11);
		const b = alert('b', 'stockout', 9, 3, 11);
		expect(gradeTriage([a, b], 10, ['b', 'a']).right).toBe(2);
	});

	it('throws unless the order lists every alert once', () => {
		expect(() => gradeTriage(BOARD, 10, DESK_ORDER.slice(1))).toThrow(RangeError);
		expect(() => gradeTriage(BOARD, 10, [...DESK_ORDER.slice(1), 'EX-0141'])).toThrow(RangeError);
		expect(() => gradeTriage(BOARD, 10, [...DESK_ORDER.slice(1), 'EX-9999'])).toThrow(RangeError);
	});
});

describe('impactPhrase', () => {
	it('reads days until the commitment fails', () => {
		expect([null, -2, -1, 0, 1, 6].map(impactPhrase)).toEqual([
			'no commitment at risk',
			'missed 2 days ago',
			'missed 1 day ago',
			'fails today',
			'fails tomorrow',
			'fails in 6 days'
		]);
	});
});
