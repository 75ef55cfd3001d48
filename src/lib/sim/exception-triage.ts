/**
 * Exception triage: the order in which a desk works its open alerts, and feedback on an order a
 * learner chose. The rule is the one lesson 17 teaches and the world applies:
 *
 * 1. severity today, highest first: the severity the alert was raised at, aged one level for
 *    every two days it has stayed open, up to 3 (`agedAlertSeverity`, the world's rule);
 * 2. then customer impact, soonest first: days until a customer commitment fails (the impact
 *    day minus today; 0 is today, below 0 already missed); an alert with no commitment at risk
 *    comes after every alert that has one;
 * 3. then age, oldest first (the day it was raised); a tie keeps the input order.
 *
 * First in, first out (age alone) ignores severity and impact; severity alone starves
 * low-severity alerts unless they age upward, which is why aging exists.
 */
import { finite, wholeNumber } from './arguments';
// The world's aging rule without the world (alert-aging.ts), so a lesson page stays light.
import { agedAlertSeverity } from './alert-aging';
import type { ExceptionRecord } from './world/types';

/** An open exception with the day its customer commitment fails (null: none at risk yet). */
export type TriageAlert = ExceptionRecord & { impactDay: number | null };

export type TriagedAlert = {
	alert: TriageAlert;
	/** 1 = work first. */
	rank: number;
	/** Severity after aging, 1 (watch) to 3 (act today). */
	severityToday: 1 | 2 | 3;
	/** Days open: today minus the day raised. */
	age: number;
	/** Days until the commitment fails (0 today, negative already missed); null when none. */
	impactInDays: number | null;
};

/** What decides between two alerts, in the order the rule looks at them. */
export type TriageFactor = 'severity' | 'impact' | 'age' | 'tie';

function check(alerts: readonly TriageAlert[], day: number): void {
	wholeNumber('day', day);
	const ids = new Set<string>();
	alerts.forEach((a, i) => {
		if (ids.has(a.id)) throw new RangeError(`alert ${a.id} is listed twice`);
		ids.add(a.id);
		if (a.resolvedDay !== null) {
			throw new RangeError(
				`alerts[${i}] (${a.id}) was resolved on day ${a.resolvedDay}: triage ranks open alerts`
			);
		}
		if (![1, 2, 3].includes(a.severity)) {
			throw new RangeError(`alerts[${i}].severity must be 1, 2 or 3, got ${a.severity}`);
		}
		wholeNumber(`alerts[${i}].raisedDay`, a.raisedDay);
		if (a.raisedDay > day) {
			throw new RangeError(
				`alerts[${i}] (${a.id}) is raised on day ${a.raisedDay}, after today (day ${day})`
			);
		}
		if (a.impactDay !== null) finite(`alerts[${i}].impactDay`, a.impactDay);
	});
}

type Measured = Omit<TriagedAlert, 'rank'>;

function measure(alert: TriageAlert, day: number): Measured {
	return {
		alert,
		severityToday: agedAlertSeverity(alert, day),
		age: day - alert.raisedDay,
		impactInDays: alert.impactDay === null ? null : alert.impactDay - day
	};
}

/** Which factor puts `a` ahead of `b` (or `b` ahead of `a`); 'tie' when none does. */
function decidingFactor(a: Measured, b: Measured): TriageFactor {
	if (a.severityToday !== b.severityToday) return 'severity';
	if (a.impactInDays !== b.impactInDays) return 'impact';
	if (a.age !== b.age) return 'age';
	return 'tie';
}

/** Negative when `a` is worked before `b` (see the module comment). */
function compare(a: Measured, b: Measured): number {
	return (
		b.severityToday - a.severityToday ||
		(a.impactInDays ?? Infinity) - (b.impactInDays ?? Infinity) ||
		b.age - a.age
	);
}

/**
 * The desk's working order for the open `alerts` on `day` (see the module comment). Throws a
 * RangeError for a repeated id, a resolved alert, a severity outside 1 to 3, an alert raised
 * after `day`, or a day or impact day that is not a finite whole number of days.
 */
export function triageAlerts(alerts: readonly TriageAlert[], day: number): TriagedAlert[] {
	check(alerts, day);
	return alerts
		.map((alert, i) => ({ measured: measure(alert, day), i }))
		.sort((a, b) => compare(a.measured, b.measured) || a.i - b.i)
		.map(({ measured }, k) => ({ ...measured, rank: k + 1 }));
}

const ordinal = (n: number) => {
	const tens = n % 100;
	const suffix =
		tens >= 11 && tens <= 13
			? 'th'
			: (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
	return `${n}${suffix}`;
};

/** "in 2 days", "tomorrow", "today", "missed 1 day ago", "none at risk". */
export function impactPhrase(impactInDays: number | null): string {
	if (impactInDays === null) return 'no commitment at risk';
	if (impactInDays === 0) return 'fails today';
	if (impactInDays === 1) return 'fails tomorrow';
	if (impactInDays > 1) return `fails in ${impactInDays} days`;
	return `missed ${-impactInDays} day${impactInDays === -1 ? '' : 's'} ago`;
}

function reason(first: Measured, second: Measured): string {
	const a = first.alert.id;
	const b = second.alert.id;
	switch (decidingFactor(first, second)) {
		case 'severity': {
			const aged =
				first.severityToday > first.alert.severity
					? ` (raised at ${first.alert.severity}, aged up over ${first.age} days open)`
					: '';
			return `${a} comes before ${b}: severity ${first.severityToday} today${aged} against ${second.severityToday}.`;
		}
		case 'impact':
			return `${a} comes before ${b}: both are at severity ${first.severityToday}, and ${a}'s commitment ${impactPhrase(first.impactInDays)}, ${b}'s ${second.impactInDays === null ? 'is not at risk' : impactPhrase(second.impactInDays)}.`;
		case 'age':
			return `${a} comes before ${b}: level on severity and impact, and open longer (${first.age} day${first.age === 1 ? '' : 's'} against ${second.age}).`;
		case 'tie':
			return `${a} and ${b} are level on severity, impact and age: either order is right.`;
	}
}

export type TriagePlacement = {
	id: string;
	/** Where the learner put it, 1-based. */
	position: number;
	/** Where the desk works it. */
	deskRank: number;
	/** Right place, or ahead of / behind where it belongs. */
	verdict: 'right' | 'too-early' | 'too-late';
	/** Why the alert the desk works at this position comes first; null when right. */
	reason: string | null;
};

export type TriageGrade = {
	/** The desk's working order. */
	ranking: TriagedAlert[];
	/** The learner's order, position by position. */
	placements: TriagePlacement[];
	/** Alerts in the right place. */
	right: number;
	/** The alert the desk works first, and where the learner put it. */
	first: { id: string; position: number };
	/** A one-line reading of the learner's order. */
	summary: string;
};

/**
 * Grades a learner's working `order` (alert ids, first to be worked first) against
 * `triageAlerts(alerts, day)`. A position is right when it holds the alert the desk works
 * there, or one level with it on every factor. Throws a RangeError as `triageAlerts` does, or
 * when `order` is not exactly the alerts' ids.
 */
export function gradeTriage(
	alerts: readonly TriageAlert[],
	day: number,
	order: readonly string[]
): TriageGrade {
	const ranking = triageAlerts(alerts, day);
	const byId = new Map(ranking.map((r) => [r.alert.id, r]));
	if (
		order.length !== ranking.length ||
		new Set(order).size !== order.length ||
		order.some((id) => !byId.has(id))
	) {
		throw new RangeError(
			`order must list each of the ${ranking.length} alerts once, got ${order.join(', ')}`
		);
	}
	const mineAt = order.map((id) => byId.get(id)!);
	const placements = order.map((id, k): TriagePlacement => {
		const mine = mineAt[k];
		const desk = ranking[k];
		if (desk.alert.id === id || decidingFactor(desk, mine) === 'tie') {
			return { id, position: k + 1, deskRank: mine.rank, verdict: 'right', reason: null };
		}
		const late = mine.rank < k + 1;
		// Explain with an alert the learner put on the wrong side of this one.
		const other = late
			? mineAt.slice(0, k).find((x) => compare(mine, x) < 0)
			: mineAt.slice(k + 1).find((x) => compare(x, mine) < 0);
		const pair = other ? (late ? [mine, other] : [other, mine]) : [desk, mine];
		return {
			id,
			position: k + 1,
			deskRank: mine.rank,
			verdict: late ? 'too-late' : 'too-early',
			reason: reason(pair[0], pair[1])
		};
	});
	const right = placements.filter((p) => p.verdict === 'right').length;
	const top = ranking[0];
	const first = top
		? { id: top.alert.id, position: order.indexOf(top.alert.id) + 1 }
		: { id: '', position: 0 };
	let summary: string;
	if (ranking.length === 0) summary = 'No open alerts: nothing to triage.';
	else if (right === ranking.length) {
		summary = `All ${ranking.length} in the desk's order: severity today first, then customer impact, then age.`;
	} else {
		const lead = `${right} of ${ranking.length} in the right place.`;
		summary =
			first.position === 1
				? `${lead} ${first.id} rightly comes first; look again at the ones marked below.`
				: `${lead} ${first.id} (severity ${top.severityToday}, commitment ${impactPhrase(top.impactInDays)}) should be worked first; your order reaches it ${ordinal(first.position)}.`;
	}
	return { ranking, placements, right, first, summary };
}
