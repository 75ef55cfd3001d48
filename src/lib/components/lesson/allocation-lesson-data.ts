/**
 * The worked example of lesson 8 (prioritization and allocation), as the widgets start it:
 * 100 control valves against four single-line orders in arrival order, and 600 units of
 * central stock for three distribution centers.
 */
export type ValveOrder = {
	id: string;
	customer: string;
	received: string;
	tier: number;
	ordered: number;
};

export const VALVES_AVAILABLE = 100;

export const VALVE_ORDERS: readonly ValveOrder[] = [
	{ id: 'O-1', customer: 'Delta Supply', received: 'Mon 08:10', tier: 2, ordered: 40 },
	{ id: 'O-2', customer: 'Riverside Water Authority', received: 'Mon 09:30', tier: 1, ordered: 30 },
	{ id: 'O-3', customer: 'Kline Industrial', received: 'Mon 11:00', tier: 3, ordered: 50 },
	{ id: 'O-4', customer: 'Apex Process', received: 'Tue 14:00', tier: 2, ordered: 40 }
];

export const TIERS = [
	{ value: 1, label: 'Tier 1 (contract)' },
	{ value: 2, label: 'Tier 2 (distributor)' },
	{ value: 3, label: 'Tier 3 (spot)' }
] as const;

export type DistributionCenter = {
	id: string;
	onHand: number;
	dailyDemand: number;
	/** What the DC asked for: the basis of the pro-rata contrast. */
	request: number;
};

export const CENTRAL_STOCK = 600;

export const DISTRIBUTION_CENTERS: readonly DistributionCenter[] = [
	{ id: 'Atlanta', onHand: 200, dailyDemand: 40, request: 400 },
	{ id: 'Dallas', onHand: 180, dailyDemand: 30, request: 300 },
	{ id: 'Denver', onHand: 400, dailyDemand: 20, request: 100 }
];

/** Limits on what a learner may type: generous, but small enough to read. */
export const MAX_UNITS = 100_000;
export const MAX_ORDER = 10_000;
