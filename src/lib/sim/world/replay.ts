/**
 * Replaying and branching a recorded run. A run is a seed and its list of accepted commands,
 * day ends included, so the world at the end of any day is the replay of the commands up to
 * that day's `day.advance`; a branch keeps the decisions before a day and lets the learner
 * decide that day afresh.
 */
import { createWorld } from './create';
import type { Scenario } from './scenario';
import { step } from './step';
import type { Command, World } from './types';

/** How many days a recording ended. */
export function daysRecorded(commands: readonly Command[]): number {
	return commands.filter((c) => c.type === 'day.advance').length;
}

/**
 * The commands that bring a run to the start of `day`: every decision and day end before it.
 * Branching from day 1 keeps nothing.
 */
export function commandsBeforeDay(commands: readonly Command[], day: number): Command[] {
	if (!Number.isInteger(day) || day < 1) throw new RangeError(`day must be 1 or later, got ${day}`);
	const out: Command[] = [];
	let ended = 0;
	for (const c of commands) {
		if (ended >= day - 1) break;
		out.push(c);
		if (c.type === 'day.advance') ended++;
	}
	if (ended < day - 1)
		throw new RangeError(
			`the run ended only ${ended} day(s); it cannot be branched from day ${day}`
		);
	return out;
}

/** The world at the end of each recorded day (index 0 = end of day 1). */
export function worldsByDay(
	scenario: Scenario,
	seed: number,
	commands: readonly Command[]
): World[] {
	let world = createWorld(scenario, seed);
	const days: World[] = [];
	for (const c of commands) {
		world = step(world, c).world;
		if (c.type === 'day.advance') days.push(world);
	}
	return days;
}

/**
 * The decisions of each recorded day (index 0 = day 1), its day end left out. Decisions after
 * the last day end belong to a day the recording never finished and are not listed.
 */
export function decisionsByDay(commands: readonly Command[]): Command[][] {
	const days: Command[][] = [];
	let today: Command[] = [];
	for (const c of commands) {
		if (c.type === 'day.advance') {
			days.push(today);
			today = [];
		} else today.push(c);
	}
	return days;
}

const WORDS: Record<string, string> = {
	'unknown-sku': 'an unknown item',
	'bad-quantity': 'a quantity off the pack size',
	'price-mismatch': 'a price mismatch',
	'missing-ship-to': 'a missing ship-to',
	'over-credit-limit': 'the credit limit',
	'abnormal-demand': 'an unusual quantity',
	allocationRule: 'allocation rule',
	partialShipments: 'partial shipments',
	tierReserve: 'strategic reserve',
	promiseSafetyStock: 'promising from safety stock',
	automation: 'automation',
	cpfr: 'CPFR',
	vmiCustomer: 'VMI customer',
	routingRule: 'routing rule'
};

const word = (key: string) => WORDS[key] ?? key;
const onLine = (line: number | undefined) => (line === undefined ? '' : ` (line ${line})`);
const setting = (value: unknown) =>
	value === true ? 'on' : value === false ? 'off' : value === null ? 'none' : String(value);

/** A recorded decision as a sentence, for the replay of a run. */
export function describeCommand(command: Command): string {
	switch (command.type) {
		case 'order.validate':
			return `Validated ${command.orderId}`;
		case 'order.correct':
			return `Corrected ${word(command.code)} on ${command.orderId} with the customer`;
		case 'order.hold':
			return `Put ${command.orderId} on hold (${command.reason})`;
		case 'order.release':
			return `Released the hold on ${command.orderId}`;
		case 'order.reject':
			return `Rejected ${command.orderId}`;
		case 'order.cancel':
			return `Cancelled ${command.orderId}`;
		case 'order.promise':
			return command.shipDay === undefined
				? `Promised ${command.orderId} from the schedule`
				: `Promised ${command.orderId} to ship on day ${command.shipDay}`;
		case 'order.change':
			return `${command.accept === false ? 'Declined' : 'Accepted'} the customer’s change to ${command.orderId}`;
		case 'order.allocate':
			return `Allocated stock to ${command.orderId}`;
		case 'order.ship':
			return command.partial
				? `Shipped what was allocated of ${command.orderId}`
				: `Released ${command.orderId} to the warehouse`;
		case 'order.route':
			return `Routed ${command.orderId}${onLine(command.line)} to ship from ${command.node}`;
		case 'order.method':
			return `Set ${command.orderId}${onLine(command.line)} to ${command.method}`;
		case 'order.document':
			return `Prepared the shipping documents of ${command.orderId}`;
		case 'order.notify':
			return `Told the customer of ${command.orderId} where it stands`;
		case 'allocation.run':
			return `Allocated ${command.sku} across ${command.orderIds.length} order(s)${command.rule ? ` by ${command.rule}` : ''}`;
		case 'policy.set':
			return `Set ${
				Object.entries(command.policy)
					.map(([key, value]) => `${word(key)} to ${setting(value)}`)
					.join(', ') || 'no policy'
			}`;
		case 'day.advance':
			return 'Ended the day';
		case 'disruption.inject':
			return `Played a ${command.kind} disruption`;
		case 'exception.resolve':
			return `Resolved exception ${command.exceptionId}: ${command.action}`;
		case 'return.authorise':
			return `Authorised return ${command.returnId}`;
		case 'return.deny':
			return `Denied return ${command.returnId}`;
		case 'return.disposition':
			return `Dispositioned return ${command.returnId}: ${command.disposition}`;
		case 'return.credit':
			return `Credited return ${command.returnId}`;
	}
}

/** The order a decision is about, if it is about one. */
export function commandOrder(command: Command): string | null {
	return 'orderId' in command ? command.orderId : null;
}
