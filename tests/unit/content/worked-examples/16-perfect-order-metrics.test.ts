import { describe, expect, it } from 'vitest';
import { otif, perfectOrderRate, type PerfectOrderInput } from '../../../../src/lib/sim/index';

// Lesson 16, "Perfect order metrics", worked example: a valve maker's week of ten orders
// (V-111, cancelled by the customer, is excluded). Flags per order, as the lesson's table shows.
type Row = PerfectOrderInput & { id: string; onTimeToRepromise: boolean; onTimeToRequest: boolean };
const ok = { onTime: true, inFull: true, damageFree: true, documentationAccurate: true };
const week: Row[] = [
	{ id: 'V-101', ...ok, onTimeToRepromise: true, onTimeToRequest: true },
	{ id: 'V-102', ...ok, onTimeToRepromise: true, onTimeToRequest: true },
	// Inventory record showed 12 actuators, the bin held 8: short, and the search missed the truck.
	{
		id: 'V-103',
		...ok,
		onTime: false,
		inFull: false,
		onTimeToRepromise: false,
		onTimeToRequest: false
	},
	// Wrong freight class on the bill of lading; late to the commit date, on time to the re-promise.
	{
		id: 'V-104',
		...ok,
		onTime: false,
		documentationAccurate: false,
		onTimeToRepromise: true,
		onTimeToRequest: false
	},
	// One line picked 18 of 20 while packing list and invoice said 20.
	{
		id: 'V-105',
		...ok,
		inFull: false,
		documentationAccurate: false,
		onTimeToRepromise: true,
		onTimeToRequest: true
	},
	// Cracked at the cross-dock.
	{ id: 'V-106', ...ok, damageFree: false, onTimeToRepromise: true, onTimeToRequest: true },
	{ id: 'V-107', ...ok, onTimeToRepromise: true, onTimeToRequest: true },
	{ id: 'V-108', ...ok, onTimeToRepromise: true, onTimeToRequest: true },
	// Requested day 8, committed day 10 from ATP, arrived day 10: on time to commit only.
	{ id: 'V-109', ...ok, onTimeToRepromise: true, onTimeToRequest: false },
	{ id: 'V-110', ...ok, onTimeToRepromise: true, onTimeToRequest: true }
];
const pct = (x: number) => Number((x * 100).toFixed(2));

describe('lesson 16 worked example: perfect order by count and by product, and OTIF', () => {
	it('excludes the cancelled order and audits ten', () => {
		expect(week).toHaveLength(10);
	});

	it('correct reading: components 80/80/90/80 %, product 46.08 %, count 60 %, OTIF 70 %', () => {
		const r = perfectOrderRate(week);
		expect(r.components).toEqual({
			onTime: 0.8,
			inFull: 0.8,
			damageFree: 0.9,
			documentationAccurate: 0.8
		});
		expect(r.productOfComponents).toBeCloseTo(0.4608, 12);
		expect(pct(r.productOfComponents)).toBe(46.08);
		expect(r.rate).toBe(0.6);
		expect(otif(week)).toBe(0.7);
		// V-106 passes OTIF but is not perfect.
		const v106 = week.find((o) => o.id === 'V-106')!;
		expect(otif([v106])).toBe(1);
		expect(perfectOrderRate([v106]).rate).toBe(0);
	});

	it('measured to the re-promise: on time 90 %, product 51.84 %, count still 60 %, OTIF 80 %', () => {
		const repromised = week.map((o) => ({ ...o, onTime: o.onTimeToRepromise }));
		const r = perfectOrderRate(repromised);
		expect(r.components.onTime).toBe(0.9);
		expect(pct(r.productOfComponents)).toBe(51.84);
		expect(r.rate).toBe(0.6);
		expect(otif(repromised)).toBe(0.8);
	});

	it('same component rates, failures on seven different orders: count 30 %, product 46.08 %, OTIF 60 %', () => {
		const fails: Record<number, Partial<PerfectOrderInput>> = {
			0: { onTime: false },
			1: { onTime: false },
			2: { inFull: false },
			3: { inFull: false },
			4: { damageFree: false },
			5: { documentationAccurate: false },
			6: { documentationAccurate: false }
		};
		const spread = Array.from({ length: 10 }, (_, i) => ({ ...ok, ...fails[i] }));
		const r = perfectOrderRate(spread);
		expect(r.components).toEqual({
			onTime: 0.8,
			inFull: 0.8,
			damageFree: 0.9,
			documentationAccurate: 0.8
		});
		expect(pct(r.productOfComponents)).toBe(46.08);
		expect(r.rate).toBe(0.3);
		expect(otif(spread)).toBe(0.6);
	});

	it('OTIF to the request date is 60 %', () => {
		expect(otif(week.map((o) => ({ ...o, onTime: o.onTimeToRequest })))).toBe(0.6);
	});

	it('self-check 1: component rates 95, 96, 99 and 97 % multiply to about 87.6 %', () => {
		expect(Number((0.95 * 0.96 * 0.99 * 0.97 * 100).toFixed(1))).toBe(87.6);
		// 100 orders with exactly those rates: the count depends on where the failures fall.
		const build = (overlap: boolean) =>
			Array.from({ length: 100 }, (_, i) => ({
				onTime: !(i < 5),
				inFull: !(overlap ? i < 4 : i >= 5 && i < 9),
				damageFree: !(overlap ? i < 1 : i === 9),
				documentationAccurate: !(overlap ? i < 3 : i >= 10 && i < 13)
			}));
		const piled = perfectOrderRate(build(true));
		const spread = perfectOrderRate(build(false));
		expect(pct(piled.productOfComponents)).toBe(pct(spread.productOfComponents));
		expect(piled.rate).toBe(0.95);
		expect(spread.rate).toBe(0.87);
	});
});
