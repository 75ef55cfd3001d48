/**
 * Order management automation: under the `rules` policy, at the end of each day the system
 * takes every clean order as far as it can without a person (touchless): it validates,
 * promises from ATP or CTP, allocates on the ship day when every line can be filled, and
 * releases complete orders to the warehouse. Anything the rules cannot decide (a finding, a
 * shortage that needs rationing, a change the customer asked for) is left for the desk, where
 * the exception review flags it.
 */
import type { WorldDraft } from './draft';
import { fullyAllocated, lineAvailable, lineNeed } from './fulfilment';
import { customerOf } from './lookup';
import { handleOrderCommand } from './order-commands';
import type { Order, OrderCommand } from './types';

function ruleFor(draft: WorldDraft, order: Order): OrderCommand | null {
	const id = order.id;
	const s = order.state.fulfilment;
	if (order.changeRequest) return null;
	if (s === 'entered') return { type: 'order.validate', orderId: id };
	if (s === 'validated') return { type: 'order.promise', orderId: id };
	const due = order.promise !== null && order.promise.shipDay <= draft.day;
	if (!due) return null;
	if (s === 'confirmed') {
		const tier = customerOf(draft.base, order.customerId).tier;
		const fillable = order.lines.every(
			(_, i) => lineNeed(order, i) <= lineAvailable(draft, order, i, tier)
		);
		return fillable ? { type: 'order.allocate', orderId: id } : null;
	}
	if (s === 'allocated' && fullyAllocated(order)) return { type: 'order.ship', orderId: id };
	return null;
}

/** Runs the rules over every open order; returns how many decisions they took. */
export function runRules(draft: WorldDraft): number {
	let decisions = 0;
	for (let i = draft.fields.openFrom; i < draft.orders.size; i++) {
		// At most one pass through the lifecycle per order per day.
		for (let guard = 0; guard < 6; guard++) {
			const command = ruleFor(draft, draft.order(i)!);
			if (!command) break;
			if (handleOrderCommand(draft, draft.mutableOrder(i), command)) break;
			decisions++;
		}
	}
	return decisions;
}
