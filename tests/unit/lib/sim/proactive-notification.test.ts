import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	estimatedTimeOfArrival,
	inquiriesAfterMessages,
	type StatusStep
} from '../../../../src/lib/sim/proactive-notification';

// Lesson 12's worked case, reduced to the steps that matter: the pump order acknowledged for
// delivery on day 5, 6 of 10 pumps allocated on day 1, the first shipment on day 3, a missed
// terminal connection on day 4. Message 1 (the shortage) prevents the buyer's call on day 3 and
// the project manager's on day 5; message 2 (the new ETA) prevents the receiving dock's call and
// the idle crew. Three inquiries avoided, and a crew day saved.
const PUMP_CASE: StatusStep[] = [
	{ id: 'entered', day: 0, milestone: 'Entered', source: 'OMS', customerSees: '855' },
	{
		id: 'allocated',
		day: 1,
		milestone: 'Allocation: 6 of 10 pumps',
		source: 'OMS',
		customerSees: 'Processing',
		message: { id: 'shortage', label: 'Message 1', customerSees: 'Message 1: 66 now, 4 on day 12' }
	},
	{
		id: 'shipped',
		day: 3,
		milestone: '66 units shipped',
		source: 'WMS',
		customerSees: '856',
		ifSilent: [
			{
				id: 'buyer',
				kind: 'inquiry',
				who: 'Buyer',
				what: 'Where are the other 4 pumps?',
				preventedBy: ['shortage']
			}
		]
	},
	{
		id: 'delay',
		day: 4,
		milestone: 'Carrier misses a connection',
		source: 'Carrier 214',
		customerSees: 'Nothing new',
		message: { id: 'eta', label: 'Message 2', customerSees: 'Message 2: ETA now day 6' }
	},
	{
		id: 'late',
		day: 5,
		milestone: 'Truck not arrived',
		source: 'Carrier',
		customerSees: 'Tracking shows day 6',
		ifSilent: [
			{
				id: 'dock',
				kind: 'inquiry',
				who: 'Receiving',
				what: 'Where is the truck?',
				preventedBy: ['eta']
			},
			{
				id: 'crew',
				kind: 'disruption',
				who: 'Site',
				what: 'A crew stands idle',
				preventedBy: ['eta']
			},
			{
				id: 'pm',
				kind: 'inquiry',
				who: 'Project manager',
				what: 'When will the pumps come?',
				preventedBy: ['shortage']
			}
		]
	}
];

describe('inquiriesAfterMessages', () => {
	it('reproduces lesson 12: both messages avoid three inquiries and the idle crew', () => {
		const both = inquiriesAfterMessages(PUMP_CASE, ['shortage', 'eta']);
		expect(both.inquiriesIfSilent).toBe(3);
		expect(both.inquiries).toBe(0);
		expect(both.inquiriesPrevented).toBe(3);
		expect(both.disruptionsPrevented).toBe(1);
		expect(both.disruptionsIfSilent).toBe(1);
		expect(both.disruptions).toBe(0);
		expect(both.messagesSent).toBe(2);
		expect(both.steps[1]).toMatchObject({
			customerSees: 'Message 1: 66 now, 4 on day 12',
			messageSent: true
		});
		expect(both.steps[4].prevented.map((e) => e.id)).toEqual(['dock', 'crew', 'pm']);
	});

	it('counts every inquiry when the desk stays silent, and shows the routine status instead', () => {
		const silent = inquiriesAfterMessages(PUMP_CASE, []);
		expect(silent.inquiries).toBe(3);
		expect(silent.disruptions).toBe(1);
		expect(silent.messagesSent).toBe(0);
		expect(silent.steps[1]).toMatchObject({ customerSees: 'Processing', messageSent: false });
		expect(silent.steps[1].message?.id).toBe('shortage');
		expect(silent.steps[0].message).toBeNull();
		expect(silent.steps[4].raised.map((e) => e.id)).toEqual(['dock', 'crew', 'pm']);
	});

	it('credits each message only with what it answers', () => {
		const shortageOnly = inquiriesAfterMessages(PUMP_CASE, ['shortage']);
		expect(shortageOnly.inquiries).toBe(1);
		expect(shortageOnly.steps[4].raised.map((e) => e.id)).toEqual(['dock', 'crew']);
		const etaOnly = inquiriesAfterMessages(PUMP_CASE, ['eta']);
		expect(etaOnly.inquiries).toBe(2);
		expect(etaOnly.disruptions).toBe(0);
	});

	it('lets a message prevent an effect on its own step', () => {
		const steps: StatusStep[] = [
			{
				id: 'shipped',
				day: 2,
				milestone: 'Shipped',
				source: 'WMS',
				customerSees: 'Nothing',
				message: { id: 'asn', label: 'ASN', customerSees: '856 with tracking' },
				ifSilent: [
					{ id: 'q', kind: 'inquiry', who: 'Buyer', what: 'Has it shipped?', preventedBy: ['asn'] }
				]
			}
		];
		expect(inquiriesAfterMessages(steps, ['asn']).inquiries).toBe(0);
		expect(inquiriesAfterMessages(steps, []).inquiries).toBe(1);
	});

	it('refuses timelines and messages that cannot be', () => {
		expect(() => inquiriesAfterMessages([], [])).toThrow(/must not be empty/);
		expect(() => inquiriesAfterMessages(PUMP_CASE, ['nope'])).toThrow(/not offered/);
		const backwards = [PUMP_CASE[0], { ...PUMP_CASE[2], day: 3 }, { ...PUMP_CASE[1], day: 1 }];
		expect(() => inquiriesAfterMessages(backwards, [])).toThrow(/day order/);
		// Message 1 now comes after the buyer's day-3 question it claims to prevent.
		const late = [PUMP_CASE[0], PUMP_CASE[2], { ...PUMP_CASE[1], day: 3 }];
		expect(() => inquiriesAfterMessages(late, [])).toThrow(/it is sent after/);
		expect(() => inquiriesAfterMessages([PUMP_CASE[0], PUMP_CASE[0]], [])).toThrow(/used twice/);
		expect(() => inquiriesAfterMessages([{ ...PUMP_CASE[0], day: 1.5 }], [])).toThrow(
			/whole number/
		);
		expect(() => inquiriesAfterMessages([PUMP_CASE[0], PUMP_CASE[2]], [])).toThrow(
			/does not offer/
		);
	});

	it('never counts more inquiries with a message sent than without it', () => {
		fc.assert(
			fc.property(fc.subarray(['shortage', 'eta']), fc.subarray(['shortage', 'eta']), (a, b) => {
				const fewer = inquiriesAfterMessages(PUMP_CASE, a);
				const more = inquiriesAfterMessages(PUMP_CASE, [...new Set([...a, ...b])]);
				expect(more.inquiries).toBeLessThanOrEqual(fewer.inquiries);
				expect(fewer.inquiries + fewer.inquiriesPrevented).toBe(fewer.inquiriesIfSilent);
				expect(fewer.disruptions + fewer.disruptionsPrevented).toBe(fewer.disruptionsIfSilent);
				for (const s of fewer.steps) {
					expect(s.raised.length + s.prevented.length).toBe(
						PUMP_CASE.find((p) => p.id === s.id)!.ifSilent?.length ?? 0
					);
				}
			})
		);
	});
});

describe('estimatedTimeOfArrival', () => {
	it('adds transit and carrier delay to the ship day: lesson 12, day 3 + 2 = 5, then 6; day 12 + 2 = 14', () => {
		expect(estimatedTimeOfArrival({ shipDay: 3, transitDays: 2 })).toBe(5);
		expect(estimatedTimeOfArrival({ shipDay: 3, transitDays: 2, delayDays: 1 })).toBe(6);
		expect(estimatedTimeOfArrival({ shipDay: 12, transitDays: 2, delayDays: 0 })).toBe(14);
	});

	it('refuses negative or fractional days', () => {
		expect(() => estimatedTimeOfArrival({ shipDay: -1, transitDays: 2 })).toThrow(RangeError);
		expect(() => estimatedTimeOfArrival({ shipDay: 3, transitDays: 1.5 })).toThrow(/whole/);
		expect(() => estimatedTimeOfArrival({ shipDay: 3, transitDays: 2, delayDays: -1 })).toThrow(
			/negative/
		);
	});
});
