/**
 * Which order decisions a business rules engine should take and which should reach a person,
 * and what that leaves of an order desk's touchless share.
 *
 * The advice asks the three questions of the automation lesson (and of management by
 * exception generally): volume (a rule repays its writing and upkeep only on a frequent
 * decision), variability (do the same facts always lead to the same right answer?) and the
 * cost of an error (a costly decision taken by a rule needs a named person who reviews what
 * the rule flags, or may override it). The touchless share follows from the definition of a
 * touchless order: one that passes every rule with no person opening it. A decision a person
 * makes on every order therefore leaves no order touchless.
 */
import { nonNegative } from './arguments';

export type Rating = 'low' | 'medium' | 'high';

export type OrderDecisionProfile = {
	/** How often the decision is made. */
	volume: Rating;
	/** How often the same facts call for different answers. */
	variability: Rating;
	/** What a wrong decision costs, and how hard it is to notice. */
	errorCost: Rating;
	/**
	 * Made on every order (validation, pricing, promising a stocked item), rather than only on
	 * the orders a condition picks out (a credit hold, a shortage, a large order).
	 */
	everyOrder: boolean;
};

export type Decider = 'rule' | 'person';

export type DeciderAdvice = {
	decider: Decider;
	/** A rule decides, but a named person reviews what it flags and may override it. */
	override: boolean;
	reason: string;
};

/**
 * Rule or person for one decision: a person when variability is high (the decision needs
 * judgment) or volume is low (a rule would not repay its upkeep); otherwise a rule, with a
 * named person to review its exceptions or override it when an error is costly.
 */
export function recommendedDecider(profile: OrderDecisionProfile): DeciderAdvice {
	const { volume, variability, errorCost } = profile;
	if (variability === 'high') {
		return {
			decider: 'person',
			override: false,
			reason:
				errorCost === 'high'
					? 'A person: the same facts do not always call for the same answer, and a wrong decision is costly.'
					: 'A person: the same facts do not always call for the same answer.'
		};
	}
	if (volume === 'low') {
		return {
			decider: 'person',
			override: false,
			reason: 'A person: the decision is too rare to repay writing and maintaining a rule.'
		};
	}
	if (errorCost === 'high') {
		return {
			decider: 'rule',
			override: true,
			reason:
				'A rule set by policy, with a named person who reviews what it flags and may override it: a wrong decision is costly.'
		};
	}
	return {
		decider: 'rule',
		override: false,
		reason: 'A rule: frequent and mechanical, the same facts always give the same answer.'
	};
}

/**
 * The touchless share the desk can reach with these deciders: `dialShare` (the share of
 * orders on which no rule fires, 0 to 1) when every decision made on every order is taken by a
 * rule; 0 when a person takes any of them, because that person then touches every order.
 * `blockers` lists those decisions by index.
 */
export function touchlessShareWith(
	dialShare: number,
	decisions: readonly { everyOrder: boolean; decider: Decider }[]
): { share: number; blockers: number[] } {
	nonNegative('dialShare', dialShare);
	if (dialShare > 1) throw new RangeError(`dialShare is a share from 0 to 1, got ${dialShare}`);
	const blockers = decisions.flatMap((d, i) => (d.everyOrder && d.decider === 'person' ? [i] : []));
	return { share: blockers.length ? 0 : dialShare, blockers };
}
