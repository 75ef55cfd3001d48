/**
 * Order-desk automation arithmetic: how much of a day's order flow rules handle without a
 * person (touchless, or straight-through, orders), how much work reaches the desk, what the
 * desk can clear, and how many orders leave with an error.
 */
import { nonNegative, positive } from './arguments';

export type DeskAutomationInput = {
	/** Orders arriving per day. */
	ordersPerDay: number;
	/** Share of orders that pass every rule and flow through with no person touching them, 0 to 1. */
	touchlessShare: number;
	/** People-minutes spent on an order that reaches the desk (an exception, or any order on a manual desk). */
	minutesPerHandledOrder: number;
	/** People-minutes per touchless order (sampling, monitoring); default 0. */
	minutesPerTouchlessOrder?: number;
	/** Share of orders handled by a person that leave with at least one error, 0 to 1. */
	handledErrorRate: number;
	/** Share of touchless orders that leave with at least one error (a wrong rule or wrong master data), 0 to 1. */
	touchlessErrorRate: number;
	/** People on the desk. */
	staff: number;
	/** Productive minutes per person per day (paid time less breaks, meetings and other shrinkage). */
	productiveMinutesPerPerson: number;
};

export type DeskAutomationResult = {
	/** Orders per day that flow through untouched: orders x touchless share. */
	touchlessOrders: number;
	/** Orders per day that reach a person: orders x (1 - touchless share). */
	handledOrders: number;
	/** People-minutes per order, averaged over the mix. */
	minutesPerOrder: number;
	/** People-minutes of work per day. */
	workloadMinutes: number;
	/** Full-time equivalents the workload needs: workload / productive minutes per person. */
	staffNeeded: number;
	/** Workload / minutes the staff has; above 1 the desk falls behind. */
	utilization: number;
	/** Orders per day the staff can clear at this mix (throughput capacity); Infinity if no order needs a person's time. */
	capacityOrdersPerDay: number;
	/** Expected orders per day that leave with an error. */
	ordersWithErrors: number;
	/** Share of orders that leave with an error, the two error rates weighted by the mix. */
	errorRate: number;
};

function share(name: string, value: number): number {
	nonNegative(name, value);
	if (value > 1) throw new RangeError(`${name} is a share from 0 to 1, got ${value}`);
	return value;
}

/**
 * Throughput and error arithmetic of an order desk at a given automation level. With s the
 * touchless share, N orders a day, m and t the people-minutes per handled and per touchless
 * order, e_h and e_t the error rates of handled and touchless orders:
 *
 * - workload = N x ((1 - s) x m + s x t) people-minutes; staff needed = workload / productive
 *   minutes per person (the volume x handling time / available time formula of workforce
 *   planning, and capacity required = units x standard time in capacity planning);
 * - capacity = staff x productive minutes / ((1 - s) x m + s x t) orders a day;
 * - error rate = (1 - s) x e_h + s x e_t, a mix-weighted average, so raising s lowers the
 *   error rate only while e_t is below e_h: rules repeat a wrong master-data record on every
 *   order that uses it.
 *
 * The model treats each day's mix as fixed and handling times as averages; queues, peaks and
 * the learning curve are left out.
 */
export function deskAutomation(input: DeskAutomationInput): DeskAutomationResult {
	const orders = positive('ordersPerDay', input.ordersPerDay);
	const s = share('touchlessShare', input.touchlessShare);
	const handledMinutes = positive('minutesPerHandledOrder', input.minutesPerHandledOrder);
	const touchlessMinutes = nonNegative(
		'minutesPerTouchlessOrder',
		input.minutesPerTouchlessOrder ?? 0
	);
	const handledErrorRate = share('handledErrorRate', input.handledErrorRate);
	const touchlessErrorRate = share('touchlessErrorRate', input.touchlessErrorRate);
	const staff = positive('staff', input.staff);
	const productive = positive('productiveMinutesPerPerson', input.productiveMinutesPerPerson);

	const touchlessOrders = orders * s;
	const handledOrders = orders * (1 - s);
	const minutesPerOrder = (1 - s) * handledMinutes + s * touchlessMinutes;
	const workloadMinutes = orders * minutesPerOrder;
	const errorRate = (1 - s) * handledErrorRate + s * touchlessErrorRate;
	return {
		touchlessOrders,
		handledOrders,
		minutesPerOrder,
		workloadMinutes,
		staffNeeded: workloadMinutes / productive,
		utilization: workloadMinutes / (staff * productive),
		capacityOrdersPerDay:
			minutesPerOrder === 0 ? Number.POSITIVE_INFINITY : (staff * productive) / minutesPerOrder,
		ordersWithErrors: orders * errorRate,
		errorRate
	};
}
