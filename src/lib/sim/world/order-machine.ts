/**
 * The order lifecycle: the one definition of which states an order can be in and which event
 * moves it where. Two parallel regions: fulfilment and billing. Guards read only the event, so
 * the machine has no context and every decision it makes is visible in the event that caused
 * it. The world steps orders through a table compiled from this machine (machine-table.ts),
 * proven equal to XState's own `transition()` in the tests.
 */
import { setup } from 'xstate';
import type { FindingCode, HoldReason } from './types';

export type OrderEvent =
	| { type: 'order.validate'; holds: HoldReason[] }
	| { type: 'order.hold'; reason: HoldReason }
	| { type: 'order.correct' }
	| { type: 'order.release' }
	| { type: 'order.reject' }
	| { type: 'order.cancel' }
	| { type: 'order.promise' }
	| { type: 'order.change' }
	| { type: 'order.allocate' }
	| { type: 'order.ship' }
	| { type: 'order.pick' }
	| { type: 'order.pack' }
	| { type: 'order.dispatch'; complete: boolean }
	| { type: 'order.deliver' }
	| { type: 'order.close' }
	| { type: 'order.invoice' }
	| { type: 'order.dispute' }
	| { type: 'order.resolve' }
	| { type: 'order.pay'; settled: boolean };

/** The hold a validation leads to: the most serious reason among its findings. */
export const HOLD_PRECEDENCE: readonly HoldReason[] = ['credit', 'compliance', 'pricing', 'data'];

export function firstHold(holds: readonly HoldReason[]): HoldReason | undefined {
	return HOLD_PRECEDENCE.find((h) => holds.includes(h));
}

const holdIs =
	(reason: HoldReason) =>
	({ event }: { event: OrderEvent }) =>
		(event.type === 'order.validate' && firstHold(event.holds) === reason) ||
		(event.type === 'order.hold' && event.reason === reason);

export const orderMachine = setup({
	types: { events: {} as OrderEvent },
	guards: {
		passesValidation: ({ event }) => event.type === 'order.validate' && event.holds.length === 0,
		creditHold: holdIs('credit'),
		complianceHold: holdIs('compliance'),
		pricingHold: holdIs('pricing'),
		dataHold: holdIs('data'),
		shippedComplete: ({ event }) => event.type === 'order.dispatch' && event.complete,
		settled: ({ event }) => event.type === 'order.pay' && event.settled
	}
}).createMachine({
	id: 'order',
	type: 'parallel',
	states: {
		fulfilment: {
			initial: 'entered',
			states: {
				entered: {
					on: {
						'order.validate': [
							{ guard: 'passesValidation', target: 'validated' },
							{ guard: 'creditHold', target: 'held.credit' },
							{ guard: 'complianceHold', target: 'held.compliance' },
							{ guard: 'pricingHold', target: 'held.pricing' },
							{ guard: 'dataHold', target: 'held.data' }
						],
						'order.reject': 'rejected',
						'order.cancel': 'cancelled'
					}
				},
				held: {
					initial: 'data',
					states: { credit: {}, compliance: {}, pricing: {}, data: {} },
					on: {
						// A correction sends the order back to be validated again.
						'order.correct': 'entered',
						'order.release': 'validated',
						'order.reject': 'rejected',
						'order.cancel': 'cancelled'
					}
				},
				validated: {
					on: {
						'order.promise': 'confirmed',
						'order.hold': [
							{ guard: 'creditHold', target: 'held.credit' },
							{ guard: 'complianceHold', target: 'held.compliance' },
							{ guard: 'pricingHold', target: 'held.pricing' },
							{ guard: 'dataHold', target: 'held.data' }
						],
						'order.reject': 'rejected',
						'order.cancel': 'cancelled'
					}
				},
				confirmed: {
					on: {
						// Re-promising keeps the order confirmed (and its original commit date).
						'order.promise': 'confirmed',
						'order.change': 'validated',
						'order.allocate': 'allocated',
						'order.cancel': 'cancelled'
					}
				},
				allocated: {
					on: {
						'order.allocate': 'allocated',
						'order.promise': 'allocated',
						'order.change': 'validated',
						'order.ship': 'released',
						'order.cancel': 'cancelled'
					}
				},
				released: { on: { 'order.pick': 'picked', 'order.cancel': 'cancelled' } },
				picked: { on: { 'order.pack': 'packed', 'order.cancel': 'cancelled' } },
				packed: {
					on: {
						'order.dispatch': [
							{ guard: 'shippedComplete', target: 'shipped.complete' },
							{ target: 'shipped.partial' }
						],
						'order.cancel': 'cancelled'
					}
				},
				shipped: {
					initial: 'complete',
					states: {
						// Part of the order has left; the rest is backordered.
						partial: {
							on: {
								'order.allocate': '#order.fulfilment.allocated',
								// The customer takes what shipped and cancels the backorder.
								'order.cancel': 'complete'
							}
						},
						complete: { on: { 'order.deliver': '#order.fulfilment.delivered' } }
					}
				},
				delivered: { on: { 'order.close': 'closed' } },
				closed: { type: 'final' },
				rejected: { type: 'final' },
				cancelled: { type: 'final' }
			}
		},
		billing: {
			initial: 'notInvoiced',
			states: {
				notInvoiced: { on: { 'order.invoice': 'invoiced' } },
				invoiced: {
					on: {
						'order.invoice': 'invoiced',
						'order.dispute': 'disputed',
						'order.pay': [{ guard: 'settled', target: 'paid' }, { target: 'invoiced' }]
					}
				},
				disputed: { on: { 'order.resolve': 'invoiced' } },
				// A later shipment of a backorder raises a new invoice.
				paid: { on: { 'order.invoice': 'invoiced' } }
			}
		}
	}
});

export const ORDER_FINDING_HOLDS: Record<FindingCode, HoldReason> = {
	'unknown-sku': 'data',
	'bad-quantity': 'data',
	'missing-ship-to': 'data',
	'abnormal-demand': 'data',
	'price-mismatch': 'pricing',
	'over-credit-limit': 'credit'
};
