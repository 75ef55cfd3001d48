/**
 * What the customer learns along an order's status timeline, and which where-is-my-order
 * inquiries a proactive notification heads off.
 *
 * Model (a teaching model of lesson 12, "Order status tracking and communication"):
 * - A timeline is a list of status steps in day order, from order entry to payment. Each step
 *   says what the customer sees when the desk sends nothing beyond the routine documents.
 * - A step may offer one proactive message the desk can send then (an exception message: a
 *   shortage, a partial, a changed ETA). When it is sent, the customer sees the message instead.
 * - A step may list effects that follow when the customer has not been told: an inquiry (a call,
 *   an email or a portal ticket asking about the order) or a disruption at the customer (a crew
 *   standing idle). Each effect names the messages that answer it in advance; it is prevented
 *   when any one of them was sent, and a message can only answer what comes at or after its own
 *   step.
 * - The ETA is the actual ship day plus the lane's transit days plus any delay the carrier
 *   reports (lesson 12: the estimated time of arrival is recalculated from the actual ship time,
 *   the lane's transit time and any carrier exception). It moves; the commit date does not.
 */
import { notEmpty, wholeNumber } from './arguments';

export type StatusEffect = {
	id: string;
	/** An inquiry reaches the desk; a disruption costs the customer without a contact. */
	kind: 'inquiry' | 'disruption';
	/** Who at the customer is affected: the buyer, the receiving dock, a project manager. */
	who: string;
	/** What happens: the question asked, or what the customer loses. */
	what: string;
	/** Ids of the proactive messages that answer it in advance (any one suffices). */
	preventedBy: readonly string[];
};

export type ProactiveMessage = {
	id: string;
	/** A short name for the message, for a checkbox or a legend. */
	label: string;
	/** What the customer sees when the message is sent. */
	customerSees: string;
};

export type StatusStep = {
	id: string;
	/** Day of the step, counted from order entry (day 0). */
	day: number;
	/** The milestone or event: "Allocation: 6 of 10 pumps". */
	milestone: string;
	/** The system or message that records it: "OMS", "Carrier 214". */
	source: string;
	/** What the customer sees when no proactive message is sent at this step. */
	customerSees: string;
	/** The proactive message the desk can send at this step, if any. */
	message?: ProactiveMessage;
	/** What follows at this step when the customer has not been told. */
	ifSilent?: readonly StatusEffect[];
};

export type StatusStepOutcome = {
	id: string;
	day: number;
	milestone: string;
	source: string;
	/** The message's text when it was sent, the step's own otherwise. */
	customerSees: string;
	/** The message offered here, if any, and whether it was sent. */
	message: ProactiveMessage | null;
	messageSent: boolean;
	/** Effects that still happen. */
	raised: StatusEffect[];
	/** Effects a sent message headed off. */
	prevented: StatusEffect[];
};

export type InquiryTally = {
	steps: StatusStepOutcome[];
	/** Inquiries that reach the desk with the messages sent. */
	inquiries: number;
	/** Inquiries that would reach the desk if it sent no proactive message. */
	inquiriesIfSilent: number;
	/** Inquiries the messages sent headed off: inquiriesIfSilent - inquiries. */
	inquiriesPrevented: number;
	/** Disruptions at the customer that still happen. */
	disruptions: number;
	disruptionsIfSilent: number;
	disruptionsPrevented: number;
	/** Proactive messages sent. */
	messagesSent: number;
};

/**
 * Walks a status timeline with the proactive messages in `sent` (message ids) and counts the
 * inquiries and disruptions that still happen against those that would with no message.
 * Throws a RangeError on an empty timeline, a day that is not a whole number or goes back in
 * time, a repeated id, a sent or preventing message the timeline does not offer, or a message
 * that would prevent an effect at an earlier step than its own.
 */
export function inquiriesAfterMessages(
	steps: readonly StatusStep[],
	sent: readonly string[]
): InquiryTally {
	notEmpty('steps', steps);
	const stepIds = new Set<string>();
	const messageStep = new Map<string, number>();
	steps.forEach((s, i) => {
		wholeNumber(`steps[${i}].day`, s.day);
		if (i > 0 && s.day < steps[i - 1].day) {
			throw new RangeError(
				`steps[${i}] (${s.id}) is on day ${s.day}, before the step above it (day ${steps[i - 1].day}): list steps in day order`
			);
		}
		if (stepIds.has(s.id)) throw new RangeError(`step id ${s.id} is used twice`);
		stepIds.add(s.id);
		if (s.message) {
			if (messageStep.has(s.message.id)) {
				throw new RangeError(`message id ${s.message.id} is offered twice`);
			}
			messageStep.set(s.message.id, i);
		}
	});
	for (const id of sent) {
		if (!messageStep.has(id)) {
			throw new RangeError(`message ${id} is not offered on this timeline`);
		}
	}
	const effectIds = new Set<string>();
	steps.forEach((s, i) => {
		for (const e of s.ifSilent ?? []) {
			if (effectIds.has(e.id)) throw new RangeError(`effect id ${e.id} is used twice`);
			effectIds.add(e.id);
			for (const m of e.preventedBy) {
				const at = messageStep.get(m);
				if (at === undefined) {
					throw new RangeError(
						`effect ${e.id} names message ${m}, which the timeline does not offer`
					);
				}
				if (at > i) {
					throw new RangeError(
						`message ${m} (day ${steps[at].day}) cannot prevent effect ${e.id} (day ${s.day}): it is sent after`
					);
				}
			}
		}
	});

	const isSent = new Set(sent);
	const outcomes = steps.map((s): StatusStepOutcome => {
		const effects = s.ifSilent ?? [];
		const messageSent = s.message !== undefined && isSent.has(s.message.id);
		const headedOff = (e: StatusEffect) => e.preventedBy.some((m) => isSent.has(m));
		return {
			id: s.id,
			day: s.day,
			milestone: s.milestone,
			source: s.source,
			customerSees: messageSent && s.message ? s.message.customerSees : s.customerSees,
			message: s.message ?? null,
			messageSent,
			raised: effects.filter((e) => !headedOff(e)),
			prevented: effects.filter(headedOff)
		};
	});
	const all = steps.flatMap((s) => s.ifSilent ?? []);
	const raised = outcomes.flatMap((o) => o.raised);
	const count = (effects: readonly StatusEffect[], kind: StatusEffect['kind']) =>
		effects.filter((e) => e.kind === kind).length;
	const prevented = outcomes.flatMap((o) => o.prevented);
	return {
		steps: outcomes,
		inquiries: count(raised, 'inquiry'),
		inquiriesIfSilent: count(all, 'inquiry'),
		inquiriesPrevented: count(prevented, 'inquiry'),
		disruptions: count(raised, 'disruption'),
		disruptionsIfSilent: count(all, 'disruption'),
		disruptionsPrevented: count(prevented, 'disruption'),
		messagesSent: outcomes.filter((o) => o.messageSent).length
	};
}

/**
 * Estimated time of arrival: actual ship day + the lane's transit days + days of delay the
 * carrier reports (0 when the shipment runs to plan). All whole days; throws a RangeError on a
 * negative or fractional value.
 */
export function estimatedTimeOfArrival(shipment: {
	shipDay: number;
	transitDays: number;
	delayDays?: number;
}): number {
	const shipDay = wholeNumber('shipDay', shipment.shipDay);
	const transit = wholeNumber('transitDays', shipment.transitDays);
	const delay = wholeNumber('delayDays', shipment.delayDays ?? 0);
	return shipDay + transit + delay;
}
