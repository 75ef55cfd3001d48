/**
 * What the fulfillment comparator of lesson 9 shows: the CP pump family's critical path from
 * the worked example, the production environment each decoupling point gives, and three
 * distribution methods described as chains of stages before and after the order. Every
 * figure the widget prints is computed from these by the engine (fulfillment-comparison.ts).
 */
import type { DistributionChain } from '$lib/sim/fulfillment-comparison';
import type { LeadTimeStage } from '$lib/sim/decoupling';

export const PUMP_STAGES: readonly LeadTimeStage[] = [
	{ name: 'Buy castings and motors', days: 20 },
	{ name: 'Machine casings and impellers', days: 8 },
	{ name: 'Assemble and test the pump end', days: 4 },
	{ name: 'Fit motor, seal and baseplate; paint', days: 2 }
];

export const ORDER_PROCESSING_DAYS = 1;
export const SHIPPING_DAYS = 3;
/** Design work an engineered pump adds in front of the chain. */
export const DESIGN_DAYS = 15;
/** The lead time the contractors accept. */
export const ACCEPTED_DAYS = 12;
export const MAX_DAYS = 365;

export type ProductionEnvironment = {
	id: string;
	name: string;
	/** Stages done before the order (the decoupling point); `engineer` puts design in front, point 0. */
	point: number | 'engineer';
	stockHeld: string;
	/** What waits at the point, to end a sentence. */
	atThePoint: string;
	orderTriggers: string;
	flexibility: string;
	promiseFrom: string;
};

/** Upstream to downstream: moving down the list moves the point toward the customer. */
export const PRODUCTION_ENVIRONMENTS: readonly ProductionEnvironment[] = [
	{
		id: 'eto',
		name: 'Engineer-to-order',
		point: 'engineer',
		stockHeld: 'Nothing specific to the product',
		atThePoint: 'nothing is stocked, and design starts only now',
		orderTriggers: 'Design, then buying, making and assembly',
		flexibility: 'New designs, with their own part numbers, bills and routings',
		promiseFrom: 'Engineering and shop capacity, quoted order by order'
	},
	{
		id: 'mto-buy',
		name: 'Make-to-order, material bought to order',
		point: 0,
		stockHeld: 'Nothing',
		atThePoint: 'nothing is stocked, not even material',
		orderTriggers: 'Purchasing, fabrication and assembly',
		flexibility: 'Any variant of existing designs',
		promiseFrom: 'Capable-to-promise against the backlog'
	},
	{
		id: 'mto',
		name: 'Make-to-order',
		point: 1,
		stockHeld: 'Castings and motors',
		atThePoint: 'castings and motors wait in stock',
		orderTriggers: 'Fabrication and assembly',
		flexibility: 'Any variant of existing designs',
		promiseFrom: 'Capable-to-promise against the backlog'
	},
	{
		id: 'ato',
		name: 'Assemble-to-order',
		point: 2,
		stockHeld: 'Machined parts and motors',
		atThePoint: 'machined parts and motors wait in stock',
		orderTriggers: 'Final assembly, on the final assembly schedule',
		flexibility: 'Any combination on the option menu',
		promiseFrom: 'Option ATP in a two-level master schedule'
	},
	{
		id: 'cto',
		name: 'Configure-to-order (postponement)',
		point: 3,
		stockHeld: 'Tested pump ends',
		atThePoint: 'tested pump ends wait in stock, still generic (postponement)',
		orderTriggers: 'Only the differentiating step: motor, seal, baseplate and paint',
		flexibility: 'Within the option menu; one generic base unit serves every variant',
		promiseFrom: 'ATP of base units and options'
	},
	{
		id: 'mts',
		name: 'Make-to-stock',
		point: 4,
		stockHeld: 'Finished pumps',
		atThePoint: 'finished pumps wait in stock',
		orderTriggers: 'Picking and shipping',
		flexibility: 'Only what is stocked',
		promiseFrom: 'The end item’s ATP'
	}
];

export type DistributionMethod = {
	id: string;
	name: string;
	chain: DistributionChain;
	/** What waits when the order arrives, to end a sentence. */
	atThePoint: string;
	inventory: string;
	margin: string;
	control: string;
};

/** Illustrative times for one order of stocked pumps, with the lesson's 1 day of processing. */
export const DISTRIBUTION_METHODS: readonly DistributionMethod[] = [
	{
		id: 'stock',
		name: 'Ship from stock',
		chain: {
			beforeOrder: [],
			afterOrder: [
				{ name: 'Pick and pack at our distribution center', days: 1 },
				{ name: 'Carrier transit to the customer', days: 2 }
			],
			orderProcessingDays: ORDER_PROCESSING_DAYS
		},
		atThePoint: 'finished goods wait in our distribution center',
		inventory: 'All of it',
		margin: 'Full, less carrying cost',
		control: 'Full: packing, timing, consolidation'
	},
	{
		id: 'drop-ship',
		name: 'Drop shipment',
		chain: {
			beforeOrder: [],
			afterOrder: [
				{ name: 'Pass the order to the supplier', days: 1 },
				{ name: 'Supplier picks and packs', days: 1 },
				{ name: 'Supplier’s carrier transit to the customer', days: 3 }
			],
			orderProcessingDays: ORDER_PROCESSING_DAYS
		},
		atThePoint: "we hold nothing; the supplier's stock waits at the supplier",
		inventory: 'None: the supplier holds it',
		margin: 'Often thinner, no carrying cost',
		control: 'Low: relies on the supplier’s stock records and packing'
	},
	{
		id: 'cross-dock',
		name: 'Cross-docking',
		chain: {
			beforeOrder: [],
			afterOrder: [
				{ name: 'Wait for the inbound load the goods are confirmed on', days: 1 },
				{ name: 'Move across the dock to an outbound vehicle, without storage', days: 0.25 },
				{ name: 'Outbound transit to the customer', days: 2 }
			],
			orderProcessingDays: ORDER_PROCESSING_DAYS
		},
		atThePoint: 'we hold nothing; the goods are confirmed on an inbound load',
		inventory: 'Almost none: hours on the dock',
		margin: 'Lower storage and handling cost',
		control: 'Needs synchronized inbound loads and accurate ASNs'
	}
];
