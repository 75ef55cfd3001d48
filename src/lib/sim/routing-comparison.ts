/**
 * One order routed under every rule (routing.ts), for the lesson on omnichannel order
 * management: the lesson's comparison table, and the store-pickup case where the lines the
 * store cannot hand over are shipped home by the lowest landed cost route.
 */
import { routeOrder, type FulfillmentNode, type RoutingLine, type RoutingResult } from './routing';

/** The rules compared, in the order the lesson lists them. */
export const COMPARED_ROUTING_RULES = [
	'nearest',
	'lowest-shipping-cost',
	'lowest-cost',
	'fewest-splits',
	'store-pickup'
] as const;

export type StorePickupPlan = {
	/** What the pickup store hands over (`routeOrder` with `store-pickup`). */
	pickup: RoutingResult;
	/** The lines the store lacks, shipped home at the lowest landed cost; null if none are left. */
	shipRest: RoutingResult | null;
	/** Cost of the pickup plus the shipment home. */
	totalCost: number;
	/** Lines no node can supply even then. */
	unrouted: RoutingLine[];
};

export type RoutingComparison = {
	byRule: Record<(typeof COMPARED_ROUTING_RULES)[number], RoutingResult>;
	storePickup: StorePickupPlan;
};

/**
 * Routes `lines` over `nodes` under every rule, collecting at `pickupNodeId` for the store
 * pickup rule, and completes the pickup with a lowest-cost shipment of what that store lacks.
 * Throws a RangeError as `routeOrder` does (empty or malformed input, unknown pickup node).
 */
export function compareRoutingRules(
	lines: readonly RoutingLine[],
	nodes: readonly FulfillmentNode[],
	pickupNodeId: string
): RoutingComparison {
	const route = (rule: (typeof COMPARED_ROUTING_RULES)[number]) =>
		routeOrder(lines, nodes, rule, { pickupNodeId });
	const pickup = route('store-pickup');
	const shipRest = pickup.unrouted.length
		? routeOrder(pickup.unrouted, nodes, 'lowest-cost')
		: null;
	return {
		byRule: {
			nearest: route('nearest'),
			'lowest-shipping-cost': route('lowest-shipping-cost'),
			'lowest-cost': route('lowest-cost'),
			'fewest-splits': route('fewest-splits'),
			'store-pickup': pickup
		},
		storePickup: {
			pickup,
			shipRest,
			totalCost: pickup.totalCost + (shipRest?.totalCost ?? 0),
			unrouted: shipRest ? shipRest.unrouted : []
		}
	};
}
