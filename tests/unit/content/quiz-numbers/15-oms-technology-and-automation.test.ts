import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deskAutomation, type DeskAutomationInput } from '../../../../src/lib/sim/automation';

// Numeric questions of content/quizzes/15-oms-technology-and-automation.yaml: each stored
// answer must equal what the engine computes from the figures its prompt gives.
type NumericQuestion = { id: string; type: string; answer: number; tolerance?: number };
const bank = parse(
	readFileSync(
		new URL('../../../../content/quizzes/15-oms-technology-and-automation.yaml', import.meta.url),
		'utf8'
	)
) as { topic: number; questions: NumericQuestion[] };

function numeric(id: string): NumericQuestion {
	const q = bank.questions.find((x) => x.id === id);
	if (!q || q.type !== 'numeric') throw new Error(`no numeric question "${id}" in bank 15`);
	return q;
}
const round = (x: number, decimals: number) => Number(x.toFixed(decimals));

// 600 orders a day, 55 % touchless, 8.5 minutes per handled order, 0.4 per touchless order,
// six people with 400 productive minutes each. Error rates do not enter the staffing questions.
const desk: DeskAutomationInput = {
	ordersPerDay: 600,
	touchlessShare: 0.55,
	minutesPerHandledOrder: 8.5,
	minutesPerTouchlessOrder: 0.4,
	handledErrorRate: 0.02,
	touchlessErrorRate: 0.01,
	staff: 6,
	productiveMinutesPerPerson: 400
};

describe('bank 15: numeric answers come from the engine', () => {
	it('staff-needed-after-rollout: 600 x 4.045 = 2,427 minutes / 400 = 6.07 FTE', () => {
		const r = deskAutomation(desk);
		expect(r.minutesPerOrder).toBeCloseTo(4.045, 12);
		expect(r.workloadMinutes).toBeCloseTo(2427, 9);
		expect(numeric('staff-needed-after-rollout').answer).toBe(round(r.staffNeeded, 2));
	});

	it('desk-capacity-orders: 2,400 minutes / 4.045 = 593.3 orders a day, utilization 101 %', () => {
		const r = deskAutomation(desk);
		expect(numeric('desk-capacity-orders').answer).toBe(round(r.capacityOrdersPerDay, 1));
		expect(round(r.utilization * 100, 0)).toBe(101);
	});

	it('blended-error-bad-master-data: 0.3 x 1.5 % + 0.7 x 3 % = 2.55 %, against 1.5 % before', () => {
		const after = deskAutomation({
			...desk,
			touchlessShare: 0.7,
			handledErrorRate: 0.015,
			touchlessErrorRate: 0.03
		});
		expect(numeric('blended-error-bad-master-data').answer).toBe(round(after.errorRate * 100, 2));
		const before = deskAutomation({ ...desk, touchlessShare: 0, handledErrorRate: 0.015 });
		expect(round(before.errorRate * 100, 2)).toBe(1.5);
	});
});
