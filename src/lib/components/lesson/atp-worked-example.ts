/**
 * Lesson 4's worked example, the defaults of the ATP grid and the CTP calculator: a maker of
 * wireless room thermostats planning in weeks, 40 on hand, lots of 80 due in weeks 2, 4, 6
 * and 8, forecast 35 a week, demand time fence after week 2; and a contractor who wants 40
 * shipped in week 3, when ATP covers 10 and the other 30 need radio modules, housings and
 * assembly hours (tests/unit/content/worked-examples/04-atp-and-ctp.test.ts checks every
 * figure the lesson prints).
 */
import { cumulativeAtp } from '$lib/sim/atp';
import type { AtpInput } from '$lib/sim/types';

export const THERMOSTAT_RECORD = {
	onHand: 40,
	forecast: [35, 35, 35, 35, 35, 35, 35, 35],
	customerOrders: [25, 20, 35, 70, 40, 10, 5, 0],
	mps: [0, 80, 0, 80, 0, 80, 0, 80],
	demandTimeFence: 2
} as const satisfies AtpInput;

/** A critical component of the CTP lot, with the words the calculator uses for it. */
export type CtpComponent = {
	/** Plural name, as a row header: "Radio modules". */
	name: string;
	/** One word for the lot test row: "no: modules". */
	short: string;
	qtyPer: number;
	cumulativeAtp: readonly number[];
};

export const CONTRACTOR_ORDER = {
	item: 'thermostat',
	qty: 40,
	requestedPeriod: 3,
	/** The thermostat's cumulative ATP with look-ahead: 10 through week 5, then 75 and 155. */
	productCumulativeAtp: cumulativeAtp(THERMOSTAT_RECORD, { lookAhead: true }),
	components: [
		{
			name: 'Radio modules',
			short: 'modules',
			qtyPer: 1,
			cumulativeAtp: [10, 35, 35, 60, 60, 60, 85, 85]
		},
		{
			name: 'Housings',
			short: 'housings',
			qtyPer: 1,
			cumulativeAtp: [50, 50, 50, 50, 50, 50, 50, 50]
		}
	] satisfies CtpComponent[],
	resource: 'assembly',
	hoursPerUnit: 0.5,
	spareHours: [6, 12, 18, 18, 24, 24, 24, 24],
	leadTimePeriods: 1,
	/** The site is two days away by truck; one day to pick, pack and hand over. */
	handlingDays: 1,
	transitDays: 2
};
