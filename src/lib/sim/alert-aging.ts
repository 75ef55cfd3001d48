/**
 * Exception aging, on its own so a lesson widget can apply it without importing the world
 * (world/exceptions.ts pulls in the order lifecycle and XState). The rule is the world's: an
 * open exception climbs one level of severity for every AGING_DAYS it stays open, up to 3
 * (world/exceptions.ts `agedSeverity`; tests/unit/lib/sim/alert-aging.test.ts proves the two
 * agree). Aging exists so that low-severity alerts are eventually worked instead of waiting
 * forever behind new urgent ones.
 */

/** Days an open exception takes to climb one level of severity (world/exceptions.ts). */
export const ALERT_AGING_DAYS = 2;

/**
 * The severity an alert raised on `raisedDay` at `severity` has reached on `day`:
 * min(3, severity + floor((day - raisedDay) / ALERT_AGING_DAYS)).
 */
export function agedAlertSeverity(
	alert: { severity: 1 | 2 | 3; raisedDay: number },
	day: number
): 1 | 2 | 3 {
	return Math.min(3, alert.severity + Math.floor((day - alert.raisedDay) / ALERT_AGING_DAYS)) as
		1 | 2 | 3;
}
