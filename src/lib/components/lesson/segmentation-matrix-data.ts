/**
 * Lesson 5's worked example as data for the segmentation matrix: a valve distributor's eight
 * accounts (last year, in thousands of dollars), its matrix lines and ABC cut lines, and the
 * service rules each cell of the volume by margin matrix gets. The rules are the distributor's
 * policy choices (lesson 5, step 4), not calculations.
 */
import type { AbcCutoffs, CustomerEconomics, MatrixThresholds, Quadrant } from '$lib/sim';

export const VALVE_ACCOUNTS: readonly CustomerEconomics[] = [
	{ id: 'Northgate Refining', revenue: 4200, grossMargin: 1050, costToServe: 250 },
	{ id: 'Baystate Water', revenue: 3100, grossMargin: 560, costToServe: 400 },
	{ id: 'Crestline Chemicals', revenue: 1900, grossMargin: 500, costToServe: 150 },
	{ id: 'Delta Foods', revenue: 1400, grossMargin: 250, costToServe: 180 },
	{ id: 'Eastfield Mechanical', revenue: 700, grossMargin: 210, costToServe: 60 },
	{ id: 'Fairview Hospital', revenue: 450, grossMargin: 140, costToServe: 30 },
	{ id: 'Granite Irrigation', revenue: 350, grossMargin: 70, costToServe: 55 },
	{ id: 'Hillside Brewing', revenue: 200, grossMargin: 50, costToServe: 45 }
];

/** Revenue of 1,000 or more is high volume; 10 % or more after cost to serve is high margin. */
export const DEFAULT_THRESHOLDS: MatrixThresholds = { revenue: 1000, netMarginRate: 0.1 };

/** ABC lines at 70 % and 90 % of the cumulative value. */
export const DEFAULT_CUTOFFS: AbcCutoffs = { a: 0.7, b: 0.9 };

/** The largest revenue line a learner may type, in thousands. */
export const MAX_REVENUE_LINE = 100_000;

/** The account whose rules the widget opens on: the lesson's Fix the cost to serve example. */
export const DEFAULT_ACCOUNT = 'Baystate Water';

export type ServiceRules = {
	/** Service target: lines on time in full. */
	target: string;
	sameDayCutoff: string;
	/** Shortage tier: allocation priority, 1 first. */
	shortageTier: string;
	reservedAtp: string;
	expedites: string;
	/** How the customer orders and is routed. */
	ordering: string;
};

export type Cell = {
	id: Quadrant;
	name: string;
	policy: string;
	rules: ServiceRules;
};

/** The four cells in the lesson's order, with the service rules of step 4. */
export const CELLS: readonly Cell[] = [
	{
		id: 'protect',
		name: 'Protect',
		policy: 'Best service, reserved supply, key account management.',
		rules: {
			target: '98 %',
			sameDayCutoff: '17:00',
			shortageTier: '1',
			reservedAtp: 'Yes, sized to their forecast',
			expedites: 'Seller pays, account manager approves',
			ordering: 'EDI, named account manager'
		}
	},
	{
		id: 'fix-cost-to-serve',
		name: 'Fix the cost to serve',
		policy:
			'Keep the volume, change how it is served: fewer, larger orders, EDI, price and terms review.',
		rules: {
			target: '95 %',
			sameDayCutoff: '15:00',
			shortageTier: '2',
			reservedAtp: 'No',
			expedites: 'Customer pays',
			ordering: 'EDI or portal, consolidated to two orders a week'
		}
	},
	{
		id: 'develop',
		name: 'Develop',
		policy: 'Win more of the customer’s spend with reliable service and sales attention.',
		rules: {
			target: '95 %',
			sameDayCutoff: '15:00',
			shortageTier: '2',
			reservedAtp: 'No',
			expedites: 'Customer pays',
			ordering: 'Inside sales contact'
		}
	},
	{
		id: 'serve-efficiently',
		name: 'Serve efficiently',
		policy: 'Standard service through low-cost channels, minimum order values.',
		rules: {
			target: '92 %',
			sameDayCutoff: '13:00',
			shortageTier: '3',
			reservedAtp: 'No',
			expedites: 'Not offered',
			ordering: 'Portal, minimum order value'
		}
	}
];

/** The labels of the rules, in the order the lesson's table lists them. */
export const RULE_LABELS: readonly { key: keyof ServiceRules; label: string }[] = [
	{ key: 'target', label: 'Target: lines on time in full' },
	{ key: 'sameDayCutoff', label: 'Same-day cut-off' },
	{ key: 'shortageTier', label: 'Shortage tier (allocation priority)' },
	{ key: 'reservedAtp', label: 'Reserved ATP' },
	{ key: 'expedites', label: 'Expedites' },
	{ key: 'ordering', label: 'Ordering and routing' }
];

/** Exceptions written into the rules for one account (lesson 5, step 5). */
export const ACCOUNT_EXCEPTIONS: Readonly<Record<string, string>> = {
	'Fairview Hospital':
		'Exception: its emergency orders, flagged by order type, rank with shortage tier 1, and every use is logged.'
};

export const cellOf = (id: Quadrant): Cell => CELLS.find((c) => c.id === id)!;
