import { describe, expect, it } from 'vitest';
import { agedAlertSeverity, ALERT_AGING_DAYS } from '../../../../src/lib/sim/alert-aging';
import { agedSeverity, AGING_DAYS } from '../../../../src/lib/sim/world/exceptions';
import type { ExceptionRecord } from '../../../../src/lib/sim/world/types';

// Lesson 17 ("Exception management and order error handling"): Order Desk raises an open alert
// one level for every two days it stays open, up to 3. The widget's copy of the rule must be
// the world's.
const record = (severity: 1 | 2 | 3, raisedDay: number): ExceptionRecord => ({
	id: 'EX-0001',
	kind: 'stockout',
	orderId: null,
	sku: null,
	returnId: null,
	raisedDay,
	severity,
	resolvedDay: null,
	resolution: null,
	text: ''
});

describe('agedAlertSeverity', () => {
	it('agrees with the world’s agedSeverity on every severity, raise day and day', () => {
		expect(ALERT_AGING_DAYS).toBe(AGING_DAYS);
		for (const severity of [1, 2, 3] as const) {
			for (let raised = 0; raised <= 6; raised++) {
				for (let day = raised; day <= raised + 8; day++) {
					expect(agedAlertSeverity({ severity, raisedDay: raised }, day)).toBe(
						agedSeverity(record(severity, raised), day)
					);
				}
			}
		}
	});

	it('self-check 2: severity 1 raised on day 4 is at 3 on day 8; the credit hold reached 3 on day 9', () => {
		expect(agedAlertSeverity({ severity: 1, raisedDay: 4 }, 8)).toBe(3);
		expect(agedAlertSeverity({ severity: 2, raisedDay: 7 }, 8)).toBe(2);
		expect(agedAlertSeverity({ severity: 2, raisedDay: 7 }, 9)).toBe(3);
	});
});
