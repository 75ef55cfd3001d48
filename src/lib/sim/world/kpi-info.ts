/**
 * What each headline KPI is called, how it reads, which way is better, and the lesson section
 * that explains it: one table for the briefing, the dashboard, the debrief and the class
 * leaderboard, so a metric is named and linked the same way everywhere.
 */
import type { KpiName } from './scenario';

export type KpiFormat = 'rate' | 'days' | 'money' | 'count' | 'index';

export type KpiInfo = {
	label: string;
	format: KpiFormat;
	/** Whether a higher value is better. */
	higherIsBetter: boolean;
	/** The lesson (topic number and slug) and section that teach it. */
	lesson: { topic: number; slug: string; anchor: string };
};

const at = (topic: number, slug: string, anchor: string) => ({ topic, slug, anchor });
const metrics = at(18, 'performance-metrics', 'fill-rates-and-service-ratios');
const perfect = at(16, 'perfect-order-metrics', 'what-scor-counts-as-a-perfect-order');

export const KPI_INFO: Record<KpiName, KpiInfo> = {
	fillRateUnit: { label: 'Unit fill rate', format: 'rate', higherIsBetter: true, lesson: metrics },
	fillRateLine: { label: 'Line fill rate', format: 'rate', higherIsBetter: true, lesson: metrics },
	fillRateOrder: {
		label: 'Order fill rate',
		format: 'rate',
		higherIsBetter: true,
		lesson: metrics
	},
	otif: {
		label: 'OTIF to the commit date',
		format: 'rate',
		higherIsBetter: true,
		lesson: at(16, 'perfect-order-metrics', 'otif-beside-the-perfect-order')
	},
	otifToRequest: {
		label: 'OTIF to the requested date',
		format: 'rate',
		higherIsBetter: true,
		lesson: at(16, 'perfect-order-metrics', 'which-date-is-on-time')
	},
	perfectOrderRate: {
		label: 'Perfect order fulfillment',
		format: 'rate',
		higherIsBetter: true,
		lesson: perfect
	},
	perfectOrderProduct: {
		label: 'Perfect order, product of components',
		format: 'rate',
		higherIsBetter: true,
		lesson: at(16, 'perfect-order-metrics', 'counting-perfect-orders')
	},
	cycleTimeMeanDays: {
		label: 'Order fulfillment cycle time',
		format: 'days',
		higherIsBetter: false,
		lesson: at(18, 'performance-metrics', 'time-otif-and-cycle-time')
	},
	backorderRate: {
		label: 'Backorder rate',
		format: 'rate',
		higherIsBetter: false,
		lesson: at(11, 'backorders-and-partial-shipments', 'backorder-backlog-and-lost-sale')
	},
	revenue: {
		label: 'Revenue',
		format: 'money',
		higherIsBetter: true,
		lesson: at(2, 'order-to-cash', 'invoice-collection-and-cash')
	},
	cashCollected: {
		label: 'Cash collected',
		format: 'money',
		higherIsBetter: true,
		lesson: at(2, 'order-to-cash', 'invoice-collection-and-cash')
	},
	returnRateUnits: {
		label: 'Return rate, units',
		format: 'rate',
		higherIsBetter: false,
		lesson: at(14, 'returns-management', 'measuring-returns')
	},
	returnRateOrders: {
		label: 'Return rate, orders',
		format: 'rate',
		higherIsBetter: false,
		lesson: at(14, 'returns-management', 'measuring-returns')
	},
	exceptionsOpen: {
		label: 'Exceptions open',
		format: 'count',
		higherIsBetter: false,
		lesson: at(17, 'exception-management', 'triage-and-priority')
	},
	orderAccuracy: {
		label: 'Order accuracy',
		format: 'rate',
		higherIsBetter: true,
		lesson: at(18, 'performance-metrics', 'accuracy-and-returns')
	},
	satisfaction: {
		label: 'Customer satisfaction index',
		format: 'index',
		higherIsBetter: true,
		lesson: at(
			12,
			'status-tracking-and-communication',
			'proactive-notification-versus-reactive-inquiry'
		)
	},
	costToServe: {
		label: 'Cost to serve',
		format: 'money',
		higherIsBetter: false,
		lesson: at(5, 'segmentation-and-priority-rules', 'building-segments')
	},
	dso: {
		label: 'Days sales outstanding',
		format: 'days',
		higherIsBetter: false,
		lesson: at(2, 'order-to-cash', 'cash-flow-and-days-sales-outstanding')
	},
	cashToCash: {
		label: 'Cash-to-cash cycle time',
		format: 'days',
		higherIsBetter: false,
		lesson: at(18, 'performance-metrics', 'working-capital-dso-dio-dpo-and-cash-to-cash')
	},
	touchlessRate: {
		label: 'Touchless order rate',
		format: 'rate',
		higherIsBetter: true,
		lesson: at(15, 'oms-technology-and-automation', 'rules-engines-and-touchless-orders')
	},
	inquiries: {
		label: 'Customer inquiries',
		format: 'count',
		higherIsBetter: false,
		lesson: at(
			12,
			'status-tracking-and-communication',
			'proactive-notification-versus-reactive-inquiry'
		)
	}
};

/** Perfect-order failure causes, named as SCOR's components, with the lesson that treats each. */
export const FAILURE_CAUSES = {
	late: {
		label: 'Not delivered to the commit date',
		lesson: at(16, 'perfect-order-metrics', 'which-date-is-on-time')
	},
	notInFull: {
		label: 'Not delivered in full',
		lesson: at(11, 'backorders-and-partial-shipments', 'ship-partial-or-ship-complete')
	},
	damaged: {
		label: 'Not in perfect condition',
		lesson: at(14, 'returns-management', 'inspection-and-disposition')
	},
	documentation: {
		label: 'Documentation not accurate',
		lesson: at(13, 'documentation-and-compliance', 'which-documents-a-shipment-needs')
	}
} as const;
