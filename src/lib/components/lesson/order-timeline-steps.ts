/**
 * Lesson 12's worked case as a status timeline: the pump order of lesson 11, shipped partial,
 * from the EDI 850 to the last payment. Ship days, units, invoice values and pay days come from
 * `comparePartialShipment`, delivery days from `estimatedTimeOfArrival`; the carrier delay is
 * the widget's input (1 day in the lesson). The desk may send two proactive messages: the
 * shortage at allocation (day 1) and the new ETA when the carrier reports the missed connection
 * (day 4). With no delay there is no ETA change to announce, and no second message.
 */
import { comparePartialShipment } from '$lib/sim/partial-shipment';
import { estimatedTimeOfArrival, type StatusStep } from '$lib/sim/proactive-notification';
import { PUMP_ORDER } from './partial-or-wait-data';
import { dollars } from './widget-format';

/** Lane transit days from the distributor to the utility's site. */
export const TRANSIT_DAYS = 2;
/** The day the carrier reports the missed terminal connection. */
export const DELAY_REPORTED_DAY = 4;
/** The lesson's carrier delay. */
export const DEFAULT_DELAY_DAYS = 1;
/** Longest delay the widget takes: the first shipment still arrives before the balance ships. */
export const MAX_DELAY_DAYS = 6;

export const SHORTAGE_MESSAGE = 'shortage';
export const ETA_MESSAGE = 'eta';

const plan = comparePartialShipment(PUMP_ORDER);
const [first, balance] = plan.partial.shipments;

/** The order's fixed facts, for the widget's sentences. */
export const PUMP_CASE = {
	shortUnits: plan.unitsShort,
	commitDeliveryDay: estimatedTimeOfArrival({ shipDay: first.day, transitDays: TRANSIT_DAYS }),
	balanceDeliveryDay: estimatedTimeOfArrival({ shipDay: balance.day, transitDays: TRANSIT_DAYS })
};

/** The day the first shipment arrives when the carrier runs `delayDays` late. */
export function firstArrivalDay(delayDays: number): number {
	return estimatedTimeOfArrival({ shipDay: first.day, transitDays: TRANSIT_DAYS, delayDays });
}

/** The timeline with the carrier `delayDays` late on the first shipment. */
export function pumpOrderTimeline(delayDays: number): StatusStep[] {
	const commit = PUMP_CASE.commitDeliveryDay;
	const eta = firstArrivalDay(delayDays);
	const short = PUMP_CASE.shortUnits;
	const pmAsks = {
		id: 'project-manager',
		kind: 'inquiry' as const,
		who: 'Project manager',
		what: `Asks when the other ${short} pumps will come`,
		preventedBy: [SHORTAGE_MESSAGE]
	};
	const delivered = (day: number): StatusStep => ({
		id: 'first-delivered',
		day,
		milestone: `${first.units} units delivered; proof of delivery signed`,
		source: 'Carrier',
		customerSees: 'Delivery confirmation',
		ifSilent: delayDays === 0 ? [pmAsks] : []
	});
	const steps: StatusStep[] = [
		{
			id: 'entered',
			day: 0,
			milestone: 'EDI 850 received; order entered and acknowledged',
			source: 'OMS',
			customerSees: `855: ship day ${first.day}, deliver day ${commit}`
		},
		{
			id: 'allocated',
			day: 1,
			milestone: `Allocation: ${PUMP_ORDER.lines[0].availableNow} of ${PUMP_ORDER.lines[0].ordered} pumps`,
			source: 'OMS',
			customerSees: 'Nothing new: the portal says “processing”',
			message: {
				id: SHORTAGE_MESSAGE,
				label: 'Message 1, day 1: the shortage, the new date and the choice',
				customerSees: `Message 1: ${first.units} units ship day ${first.day}, ${balance.units} pumps ship day ${balance.day} for day ${PUMP_CASE.balanceDeliveryDay}; partial or wait? The customer chooses partial`
			}
		},
		{
			id: 'shipped',
			day: first.day,
			milestone: `${first.units} units shipped; invoice ${dollars(first.value)}`,
			source: 'WMS, ERP',
			customerSees: `856 listing ${first.units} units, ${short} backordered; tracking; ETA day ${commit}`,
			ifSilent: [
				{
					id: 'buyer',
					kind: 'inquiry',
					who: 'Buyer',
					what: `Asks where the other ${short} pumps are`,
					preventedBy: [SHORTAGE_MESSAGE]
				}
			]
		}
	];
	if (delayDays === 0) {
		steps.push(delivered(commit));
	} else {
		steps.push(
			{
				id: 'delay',
				day: DELAY_REPORTED_DAY,
				milestone: 'Carrier misses a terminal connection',
				source: 'Carrier 214',
				customerSees: `Only the carrier’s tracking changes, to day ${eta}, if anyone looks`,
				message: {
					id: ETA_MESSAGE,
					label: `Message 2, day ${DELAY_REPORTED_DAY}: the new ETA`,
					customerSees: `Message 2: ETA now day ${eta}`
				}
			},
			{
				id: 'not-arrived',
				day: commit,
				milestone: 'Truck not arrived',
				source: 'Carrier',
				customerSees: `Tracking shows day ${eta}`,
				ifSilent: [
					{
						id: 'receiving',
						kind: 'inquiry',
						who: 'Site receiving',
						what: 'Asks where the truck is',
						preventedBy: [ETA_MESSAGE]
					},
					{
						id: 'crew',
						kind: 'disruption',
						who: 'Installation crew',
						what: 'Stands idle on site waiting for the pumps',
						preventedBy: [ETA_MESSAGE]
					},
					pmAsks
				]
			},
			delivered(eta)
		);
	}
	steps.push(
		{
			id: 'balance-shipped',
			day: balance.day,
			milestone: `${balance.units} pumps shipped; invoice ${dollars(balance.value)}`,
			source: 'WMS, ERP',
			customerSees: `856; ETA day ${PUMP_CASE.balanceDeliveryDay}`
		},
		{
			id: 'balance-delivered',
			day: PUMP_CASE.balanceDeliveryDay,
			milestone: `${balance.units} pumps delivered`,
			source: 'Carrier',
			customerSees: 'Delivery confirmation'
		},
		...plan.partial.shipments.map((s, i): StatusStep => ({
			id: `paid-${i + 1}`,
			day: s.payDay,
			milestone: `Invoice of ${dollars(s.value)} paid, net ${PUMP_ORDER.daysToPay}`,
			source: 'ERP receivables',
			customerSees: 'They send the remittance (EDI 820)'
		}))
	);
	return steps;
}
