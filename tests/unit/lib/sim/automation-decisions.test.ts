import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	recommendedDecider,
	touchlessShareWith,
	type OrderDecisionProfile,
	type Rating
} from '../../../../src/lib/sim/automation-decisions';

// Lesson 15, "Order management technology and automation", the table under "What to automate":
// six order decisions rated for volume, variability and the cost of an error, and who decides.
const LESSON_TABLE: [string, OrderDecisionProfile, 'rule' | 'person', boolean][] = [
	[
		'Item exists, quantity fits order multiple',
		{ volume: 'high', variability: 'low', errorCost: 'medium', everyOrder: true },
		'rule',
		false
	],
	[
		'Price matches contract (differences above tolerance to pricing)',
		{ volume: 'high', variability: 'low', errorCost: 'high', everyOrder: true },
		'rule',
		true
	],
	[
		'Promise a stocked item within ATP',
		{ volume: 'high', variability: 'low', errorCost: 'low', everyOrder: true },
		'rule',
		false
	],
	[
		'Release an order held over its credit limit',
		{ volume: 'medium', variability: 'high', errorCost: 'high', everyOrder: false },
		'person',
		false
	],
	[
		'Promise a large order that needs capacity',
		{ volume: 'low', variability: 'high', errorCost: 'high', everyOrder: false },
		'person',
		false
	],
	[
		'Ration stock in a shortage (named role may override)',
		{ volume: 'medium', variability: 'medium', errorCost: 'high', everyOrder: false },
		'rule',
		true
	]
];

describe('recommendedDecider: the lesson’s three questions', () => {
	it.each(LESSON_TABLE)('%s', (_name, profile, decider, override) => {
		const advice = recommendedDecider(profile);
		expect(advice.decider).toBe(decider);
		expect(advice.override).toBe(override);
	});

	it('gives a reason a learner can read', () => {
		expect(recommendedDecider(LESSON_TABLE[3][1]).reason).toBe(
			'A person: the same facts do not always call for the same answer, and a wrong decision is costly.'
		);
		expect(
			recommendedDecider({ volume: 'low', variability: 'low', errorCost: 'low', everyOrder: false })
				.reason
		).toContain('too rare');
	});

	it('never hands a high-variability decision to a rule (property)', () => {
		const rating = fc.constantFrom<Rating>('low', 'medium', 'high');
		fc.assert(
			fc.property(rating, rating, fc.boolean(), (volume, errorCost, everyOrder) => {
				const advice = recommendedDecider({ volume, variability: 'high', errorCost, everyOrder });
				expect(advice.decider).toBe('person');
			})
		);
	});
});

describe('touchlessShareWith', () => {
	const decisions = LESSON_TABLE.map(([, p, decider]) => ({ everyOrder: p.everyOrder, decider }));

	it('keeps the dial’s share when rules take every decision made on every order', () => {
		expect(touchlessShareWith(0.8, decisions)).toEqual({ share: 0.8, blockers: [] });
	});

	it('falls to 0 when a person checks the price on every order', () => {
		const manualPrice = decisions.map((d, i) =>
			i === 1 ? { ...d, decider: 'person' as const } : d
		);
		expect(touchlessShareWith(0.8, manualPrice)).toEqual({ share: 0, blockers: [1] });
	});

	it('is not blocked by a person on decisions only some orders need', () => {
		const allPeople = decisions.map((d) =>
			d.everyOrder ? d : { ...d, decider: 'person' as const }
		);
		expect(touchlessShareWith(0.3, allPeople).share).toBe(0.3);
	});

	it('refuses a share outside 0 to 1', () => {
		expect(() => touchlessShareWith(1.2, decisions)).toThrow(RangeError);
		expect(() => touchlessShareWith(-0.1, decisions)).toThrow(RangeError);
	});
});
