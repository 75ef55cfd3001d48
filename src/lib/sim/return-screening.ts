/**
 * Gatekeeping for a customer return: the screening a request gets before anything moves, and
 * what the desk's answer (authorize or deny) means against it. The rules are the world's (see
 * world/returns.ts): a recall is always taken back, a change of mind only inside the return
 * window, a fault inside the warranty; a restocking fee only where the customer caused the
 * return. Returns walked through by the lesson's widget are screened here.
 */
import { nonNegative, wholeNumber } from './arguments';
import type { ReturnReason } from './world/types';

/**
 * Share of the price kept as a restocking fee when the customer chose to return: the world's
 * `RESTOCKING_FEE` (the tests hold the two equal; this module does not import the world, so a
 * lesson page that screens a return need not load it).
 */
export const DEFAULT_RESTOCKING_FEE_RATE = 0.15;

export type ReturnPolicy = {
	/** Days after delivery a customer may return goods it no longer needs. */
	windowDays: number;
	/** Days after delivery a fault is covered. */
	warrantyDays: number;
	/** Share of the price kept when the customer chose to return; default `DEFAULT_RESTOCKING_FEE_RATE`. */
	restockingFeeRate?: number;
};

export type ReturnScreening = {
	withinWindow: boolean;
	underWarranty: boolean;
	/** The request passes gatekeeping: the desk should authorize it. */
	allowed: boolean;
	/** The reason, as the desk would write it on the request. */
	note: string;
	/**
	 * The restocking fee this reason carries: the policy's rate when the customer chose to send
	 * the goods back (no longer needed, ordered by mistake), 0 when the seller, the carrier or
	 * the product is at fault. Fees follow fault.
	 */
	restockingFeeRate: number;
};

/**
 * Gatekeeping for one request, by the world's rules: a recall is always taken back; a change
 * of mind (`not-needed`) only inside the return window; a fault (damaged, wrong item,
 * defective) inside the warranty. Ages are days since delivery; day = window is still inside.
 */
export function screenReturnRequest(
	reason: ReturnReason,
	daysSinceDelivery: number,
	policy: ReturnPolicy
): ReturnScreening {
	const age = wholeNumber('daysSinceDelivery', daysSinceDelivery);
	const windowDays = wholeNumber('windowDays', policy.windowDays);
	const warrantyDays = wholeNumber('warrantyDays', policy.warrantyDays);
	const feeRate = nonNegative(
		'restockingFeeRate',
		policy.restockingFeeRate ?? DEFAULT_RESTOCKING_FEE_RATE
	);
	if (feeRate >= 1) throw new RangeError(`restockingFeeRate must be less than 1, got ${feeRate}`);
	const withinWindow = age <= windowDays;
	const underWarranty = age <= warrantyDays;
	const changeOfMind = reason === 'not-needed';
	const allowed = reason === 'recall' || (changeOfMind ? withinWindow : underWarranty);
	let note: string;
	if (reason === 'recall') note = 'Within policy: a recalled item is always taken back.';
	else if (changeOfMind)
		note = withinWindow
			? `Within policy: day ${age} of a ${windowDays}-day return window.`
			: `Outside policy: the ${windowDays}-day return window has passed (day ${age}).`;
	else
		note = underWarranty
			? `Within policy: day ${age} of the ${warrantyDays}-day warranty.`
			: `Outside policy: the ${warrantyDays}-day warranty has expired (day ${age}).`;
	return {
		withinWindow,
		underWarranty,
		allowed,
		note,
		restockingFeeRate: changeOfMind ? feeRate : 0
	};
}

export type AuthorizationDecision = 'authorize' | 'deny';

/**
 * What the desk's answer means, against the screening: authorizing a request that passes
 * and denying one that fails follow policy; authorizing a failed request is a goodwill
 * exception (the seller pays for a return it did not owe), and denying a valid one breaks
 * the policy the customer bought under.
 */
export function authorizationFeedback(
	screening: ReturnScreening,
	decision: AuthorizationDecision,
	rmaId: string
): { followsPolicy: boolean; text: string } {
	const authorize = decision === 'authorize';
	const followsPolicy = authorize === screening.allowed;
	let text: string;
	if (authorize && screening.allowed)
		text = `${screening.note} ${rmaId} is issued: the customer sends the goods back under it.`;
	else if (authorize)
		text = `${screening.note} Authorizing it anyway is a goodwill exception: the seller pays freight, handling and a credit the policy did not owe.`;
	else if (screening.allowed)
		text = `${screening.note} Denying it breaks the policy: expect a complaint, and a deduction if the invoice is still open.`;
	else text = `${screening.note} Denied with the reason: no goods move and no credit is owed.`;
	return { followsPolicy, text };
}
