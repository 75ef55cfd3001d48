/**
 * The shape of every command, checked before a command touches the world, so a malformed
 * command from a file, a form or the network is refused with a message instead of a crash.
 */
import * as v from 'valibot';
import { DISRUPTION_KINDS, ROUTING_RULES } from './scenario';
import type { Command } from './types';

const orderId = v.pipe(v.string(), v.regex(/^SO-\d{4,}$/, 'orderId must look like SO-0001'));
const hold = v.picklist(
	['credit', 'pricing', 'data', 'compliance'],
	'reason must be credit, pricing, data or compliance'
);
const findingCode = v.picklist(
	[
		'unknown-sku',
		'bad-quantity',
		'price-mismatch',
		'missing-ship-to',
		'over-credit-limit',
		'abnormal-demand'
	],
	'code must name a validation finding'
);
const rule = v.picklist(
	['fcfs', 'pro-rata', 'priority'],
	'rule must be fcfs, pro-rata or priority'
);
const day = v.pipe(v.number(), v.integer('must be a whole day'), v.minValue(1));
const returnId = v.pipe(v.string(), v.regex(/^RMA-\d{4,}$/, 'returnId must look like RMA-0001'));
const exceptionId = v.pipe(
	v.string(),
	v.regex(/^EX-\d{4,}$/, 'exceptionId must look like EX-0001')
);
const code = v.pipe(
	v.string(),
	v.regex(/^[A-Z0-9][A-Z0-9-]{1,15}$/, 'must be an item or customer code')
);
const severity = v.pipe(
	v.number(),
	v.minValue(0.05, 'severity must be at least 0.05'),
	v.maxValue(1, 'severity must be at most 1')
);

const CommandSchema = v.variant(
	'type',
	[
		v.strictObject({ type: v.literal('order.validate'), orderId }),
		v.strictObject({ type: v.literal('order.correct'), orderId, code: findingCode }),
		v.strictObject({ type: v.literal('order.hold'), orderId, reason: hold }),
		v.strictObject({ type: v.literal('order.release'), orderId }),
		v.strictObject({ type: v.literal('order.reject'), orderId }),
		v.strictObject({ type: v.literal('order.cancel'), orderId }),
		v.strictObject({ type: v.literal('order.promise'), orderId, shipDay: v.optional(day) }),
		v.strictObject({ type: v.literal('order.change'), orderId, accept: v.optional(v.boolean()) }),
		v.strictObject({ type: v.literal('order.allocate'), orderId }),
		v.strictObject({ type: v.literal('order.ship'), orderId, partial: v.optional(v.boolean()) }),
		v.strictObject({ type: v.literal('order.document'), orderId }),
		v.strictObject({ type: v.literal('order.notify'), orderId }),
		v.strictObject({
			type: v.literal('order.route'),
			orderId,
			node: code,
			line: v.optional(v.pipe(v.number(), v.integer('line must be a whole number'), v.minValue(1)))
		}),
		v.strictObject({
			type: v.literal('order.method'),
			orderId,
			method: v.picklist(
				['stock', 'drop-ship', 'cross-dock'],
				'method must be stock, drop-ship or cross-dock'
			),
			line: v.optional(v.pipe(v.number(), v.integer('line must be a whole number'), v.minValue(1)))
		}),
		v.strictObject({
			type: v.literal('allocation.run'),
			sku: v.string(),
			orderIds: v.pipe(v.array(orderId), v.minLength(1, 'orderIds must name at least one order')),
			rule: v.optional(rule)
		}),
		v.strictObject({
			type: v.literal('policy.set'),
			policy: v.strictObject({
				allocationRule: v.optional(rule),
				partialShipments: v.optional(v.boolean()),
				tierReserve: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
				promiseSafetyStock: v.optional(v.boolean()),
				automation: v.optional(
					v.picklist(['manual', 'rules'], 'automation must be manual or rules')
				),
				cpfr: v.optional(v.boolean()),
				vmiCustomer: v.optional(v.nullable(code)),
				routingRule: v.optional(
					v.picklist(ROUTING_RULES, `routingRule must be one of ${ROUTING_RULES.join(', ')}`)
				)
			})
		}),
		v.strictObject({ type: v.literal('day.advance') }),
		v.strictObject({
			type: v.literal('disruption.inject'),
			kind: v.picklist(DISRUPTION_KINDS, `kind must be one of ${DISRUPTION_KINDS.join(', ')}`),
			severity: v.optional(severity),
			sku: v.optional(code),
			customerId: v.optional(code),
			days: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(30)))
		}),
		v.strictObject({
			type: v.literal('exception.resolve'),
			exceptionId,
			action: v.picklist(
				['expedite', 'substitute', 'reroute', 'split', 'release', 'contact-customer', 'dismiss'],
				'action must be expedite, substitute, reroute, split, release, contact-customer or dismiss'
			)
		}),
		v.strictObject({ type: v.literal('return.authorise'), returnId }),
		v.strictObject({ type: v.literal('return.deny'), returnId }),
		v.strictObject({
			type: v.literal('return.disposition'),
			returnId,
			disposition: v.picklist(
				['restock', 'refurbish', 'return-to-vendor', 'liquidate', 'recycle', 'scrap'],
				'disposition must be restock, refurbish, return-to-vendor, liquidate, recycle or scrap'
			)
		}),
		v.strictObject({ type: v.literal('return.credit'), returnId })
	],
	'unknown command type'
);

export type CommandCheck = { ok: true; command: Command } | { ok: false; message: string };

// valibot's variant tries every option, building a message for each miss; the autopilot
// sends tens of thousands of commands a run, so a known type goes straight to its schema.
const BY_TYPE = new Map(CommandSchema.options.map((o) => [o.entries.type.literal as string, o]));

function schemaFor(data: unknown) {
	const type = data && typeof data === 'object' ? (data as { type?: unknown }).type : undefined;
	return (typeof type === 'string' && BY_TYPE.get(type)) || CommandSchema;
}

export function parseCommand(data: unknown): CommandCheck {
	const result = v.safeParse(schemaFor(data), data);
	if (result.success) return { ok: true, command: result.output as Command };
	const issue = result.issues[0];
	const where = issue.path?.map((p) => String(p.key)).join('.');
	const message =
		issue.type === 'variant'
			? issue.message
			: issue.type === 'strict_object' && issue.expected === 'never'
				? `unexpected field "${where}"`
				: issue.received === 'undefined' && where
					? `${where} is required`
					: where
						? `${where}: ${issue.message}`
						: issue.message;
	return { ok: false, message: `Malformed command: ${message}.` };
}
