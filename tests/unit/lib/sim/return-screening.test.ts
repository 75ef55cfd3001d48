import { describe, expect, it } from 'vitest';
import { evaluateReturn } from '../../../../src/lib/sim/disposition';
import {
	authorizationFeedback,
	DEFAULT_RESTOCKING_FEE_RATE,
	screenReturnRequest
} from '../../../../src/lib/sim/return-screening';
import { RESTOCKING_FEE, returnCredit } from '../../../../src/lib/sim/world/returns';
import type { ReturnReason } from '../../../../src/lib/sim/world/types';

// Lesson 14, "Returns management and reverse logistics", worked example: the customer ordered
// the wrong pump model and asks, inside the 30-day window, to return all 5 (invoiced at 480).
// The policy around it is the world's default: a 30-day window and a 365-day warranty.
const POLICY = { windowDays: 30, warrantyDays: 365 };
const REASONS: ReturnReason[] = ['damaged', 'wrong-item', 'defective', 'not-needed', 'recall'];
const restockPumps = (restockingFeeRate: number) =>
	evaluateReturn({
		unitPrice: 480,
		restockingFeeRate,
		lots: [
			{
				grade: 'sealed',
				qty: 5,
				options: [{ kind: 'restock', recoveryPerUnit: 300, costPerUnit: 8 }]
			}
		]
	});

describe('screenReturnRequest: gatekeeping by the world’s rules', () => {
	it('authorizes the pumps ordered by mistake inside the window, with the 15 % fee', () => {
		const s = screenReturnRequest('not-needed', 12, POLICY);
		expect(s).toEqual({
			withinWindow: true,
			underWarranty: true,
			allowed: true,
			note: 'Within policy: day 12 of a 30-day return window.',
			restockingFeeRate: RESTOCKING_FEE
		});
		// The world's fee, kept in step with this module's default.
		expect(DEFAULT_RESTOCKING_FEE_RATE).toBe(RESTOCKING_FEE);
		expect(RESTOCKING_FEE).toBe(0.15);
	});

	it('counts the last day of the window as inside it, the next as outside', () => {
		expect(screenReturnRequest('not-needed', 30, POLICY).allowed).toBe(true);
		const late = screenReturnRequest('not-needed', 31, POLICY);
		expect(late.allowed).toBe(false);
		expect(late.note).toBe('Outside policy: the 30-day return window has passed (day 31).');
	});

	it('takes back a fault under warranty after the window, without a fee; never after it', () => {
		const s = screenReturnRequest('defective', 90, POLICY);
		expect(s.allowed).toBe(true);
		expect(s.withinWindow).toBe(false);
		expect(s.restockingFeeRate).toBe(0);
		expect(screenReturnRequest('damaged', 366, POLICY)).toMatchObject({
			allowed: false,
			note: 'Outside policy: the 365-day warranty has expired (day 366).'
		});
	});

	it('always takes back a recall', () => {
		expect(screenReturnRequest('recall', 3000, POLICY)).toMatchObject({
			allowed: true,
			restockingFeeRate: 0
		});
	});

	it('charges the fee the way the world’s returnCredit does, for every reason', () => {
		for (const reason of REASONS) {
			const s = screenReturnRequest(reason, 5, POLICY);
			expect(restockPumps(s.restockingFeeRate).credit).toBe(returnCredit(5, 480, reason));
		}
		// The lesson's credit memo: 2,400 less the 360 fee.
		expect(restockPumps(RESTOCKING_FEE).credit).toBe(2040);
	});

	it('refuses impossible arguments', () => {
		expect(() => screenReturnRequest('damaged', -1, POLICY)).toThrow(RangeError);
		expect(() => screenReturnRequest('damaged', 1.5, POLICY)).toThrow(RangeError);
		expect(() => screenReturnRequest('damaged', 1, { ...POLICY, restockingFeeRate: 1 })).toThrow(
			RangeError
		);
	});
});

describe('authorizationFeedback', () => {
	const inside = screenReturnRequest('not-needed', 12, POLICY);
	const outside = screenReturnRequest('not-needed', 40, POLICY);

	it('follows policy when it authorizes a valid request or denies an invalid one', () => {
		expect(authorizationFeedback(inside, 'authorize', 'RMA-0417')).toEqual({
			followsPolicy: true,
			text: 'Within policy: day 12 of a 30-day return window. RMA-0417 is issued: the customer sends the goods back under it.'
		});
		expect(authorizationFeedback(outside, 'deny', 'RMA-0417').followsPolicy).toBe(true);
	});

	it('calls an authorized invalid request a goodwill exception, and a denied valid one a breach', () => {
		expect(authorizationFeedback(outside, 'authorize', 'RMA-0417')).toMatchObject({
			followsPolicy: false,
			text: expect.stringContaining('goodwill exception')
		});
		expect(authorizationFeedback(inside, 'deny', 'RMA-0417')).toMatchObject({
			followsPolicy: false,
			text: expect.stringContaining('expect a complaint')
		});
	});
});
