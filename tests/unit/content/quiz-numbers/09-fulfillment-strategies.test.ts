import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	decouplingPoints,
	mostUpstreamDecouplingPoint,
	splitAtDecouplingPoint
} from '../../../../src/lib/sim/index';
import type { LeadTimeStage } from '../../../../src/lib/sim/index';

// Numeric questions of content/quizzes/09-fulfillment-strategies.yaml (and the lead times its
// single-choice question on the 7-day limit states): each stored answer must equal what the
// engine computes from the figures its prompt gives.
type Question = {
	id: string;
	type: string;
	answer: number | string | string[];
	options?: { id: string; text: string }[];
};
const bank = parse(
	readFileSync(
		new URL('../../../../content/quizzes/09-fulfillment-strategies.yaml', import.meta.url),
		'utf8'
	)
) as { topic: number; questions: Question[] };

function question(id: string, type: string): Question {
	const q = bank.questions.find((x) => x.id === id);
	if (!q || q.type !== type) throw new Error(`no ${type} question "${id}" in bank 9`);
	return q;
}

// The industrial fan of the bank's questions: its critical path, order processing and shipping.
const fan: LeadTimeStage[] = [
	{ name: 'Buy steel and motors', days: 15 },
	{ name: 'Fabricate housings and blades', days: 6 },
	{ name: 'Assemble fan units', days: 3 },
	{ name: 'Paint and fit customer controls', days: 2 }
];
const desk = { orderProcessingDays: 2, shippingDays: 2 };

describe('bank 9: numeric answers come from the engine', () => {
	it('lead-time-ato-point: fabricated parts and motors stocked leaves 2 + 3 + 2 + 2 = 9 days', () => {
		const s = splitAtDecouplingPoint(fan, 2, desk);
		expect(s.stockedAfter).toBe('Fabricate housings and blades');
		expect(question('lead-time-ato-point', 'numeric').answer).toBe(s.customerLeadTime);
		expect(s.forecastDrivenDays).toBe(21);
	});

	it('forecast-days-at-ten-day-limit: the most upstream point meeting 10 days runs 21 days on forecast', () => {
		const s = mostUpstreamDecouplingPoint(fan, 10, desk);
		expect(s?.decouplingPoint).toBe(2);
		expect(question('forecast-days-at-ten-day-limit', 'numeric').answer).toBe(
			s?.forecastDrivenDays
		);
		// The explanation's figures: stocking only material leaves 15 days, too long.
		expect(splitAtDecouplingPoint(fan, 1, desk).customerLeadTime).toBe(15);
	});

	it('eto-lead-time: 12 days of design in front of the chain, nothing stocked, is 42 days', () => {
		const s = splitAtDecouplingPoint([{ name: 'Engineer the fan', days: 12 }, ...fan], 0, desk);
		expect(question('eto-lead-time', 'numeric').answer).toBe(s.customerLeadTime);
	});

	it('choose-point-for-seven-days: the answer is the most upstream point meeting 7 days', () => {
		const s = mostUpstreamDecouplingPoint(fan, 7, desk);
		expect(s?.stockedAfter).toBe('Assemble fan units');
		expect(s?.customerLeadTime).toBe(6);
		const q = question('choose-point-for-seven-days', 'single');
		const right = q.options?.find((o) => o.id === q.answer);
		expect(right?.text).toMatch(/^After assembly/);
		// Every lead time the options' reasons state.
		expect(decouplingPoints(fan, desk).map((p) => p.customerLeadTime)).toEqual([30, 15, 9, 6, 4]);
	});
});
