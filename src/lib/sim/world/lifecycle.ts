// Orders move only through the order machine, stepped by the table compiled from it.
import { acceptedEvents, compileMachine, nextState } from './machine-table';
import { orderMachine, type OrderEvent } from './order-machine';
import type { Order, OrderState } from './types';

export const ORDER_LIFECYCLE = compileMachine(orderMachine);

export const INITIAL_ORDER_STATE: OrderState = {
	fulfilment: ORDER_LIFECYCLE.initial.fulfilment,
	billing: ORDER_LIFECYCLE.initial.billing
};

/** The state `order` would reach on `event`, or null if the lifecycle does not allow it. */
export function peek(order: Pick<Order, 'state'>, event: OrderEvent): OrderState | null {
	return nextState(ORDER_LIFECYCLE, order.state, event) as OrderState | null;
}

/** Moves a (mutable) order on `event`; false, and no change, if the lifecycle refuses it. */
export function fire(order: Order, event: OrderEvent): boolean {
	const next = peek(order, event);
	if (!next) return false;
	order.state = next;
	return true;
}

export function allowedEvents(order: Pick<Order, 'state'>): string[] {
	return acceptedEvents(ORDER_LIFECYCLE, order.state);
}

const FINAL = new Set(['closed', 'rejected', 'cancelled']);

export function isFinal(order: Order): boolean {
	return FINAL.has(order.state.fulfilment);
}

const PAST_THE_DESK = new Set(['delivered', ...FINAL]);

/**
 * Delivered, closed, rejected or cancelled: no step of the desk or the warehouse is left,
 * and the order never leaves these states again (only billing goes on).
 */
export function isPastTheDesk(order: Order): boolean {
	return PAST_THE_DESK.has(order.state.fulfilment);
}

/** Delivered or beyond: nothing more will ship. */
export function isDelivered(order: Order): boolean {
	return order.state.fulfilment === 'delivered' || order.state.fulfilment === 'closed';
}

export function note(order: Order, day: number, code: string, text: string): void {
	order.timeline.push({ day, code, text });
}
