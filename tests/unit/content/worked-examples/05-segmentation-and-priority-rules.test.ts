import { describe, expect, it } from 'vitest';
import { abcClassification, volumeMarginMatrix } from '../../../../src/lib/sim/segmentation';

// Lesson 5, "Customer segmentation and priority rules": every figure its worked example prints.
// Eight accounts of a valve distributor, in thousands of dollars.
const customers = [
	{ id: 'Northgate Refining', revenue: 4200, grossMargin: 1050, costToServe: 250 },
	{ id: 'Baystate Water', revenue: 3100, grossMargin: 560, costToServe: 400 },
	{ id: 'Crestline Chemicals', revenue: 1900, grossMargin: 500, costToServe: 150 },
	{ id: 'Delta Foods', revenue: 1400, grossMargin: 250, costToServe: 180 },
	{ id: 'Eastfield Mechanical', revenue: 700, grossMargin: 210, costToServe: 60 },
	{ id: 'Fairview Hospital', revenue: 450, grossMargin: 140, costToServe: 30 },
	{ id: 'Granite Irrigation', revenue: 350, grossMargin: 70, costToServe: 55 },
	{ id: 'Hillside Brewing', revenue: 200, grossMargin: 50, costToServe: 45 }
];
const cutoffs = { a: 0.7, b: 0.9 };
const thresholds = { revenue: 1000, netMarginRate: 0.1 };
const pct = (x: number) => Math.round(x * 1000) / 10;

describe('lesson 5 worked example: eight valve customers on ABC and a volume x margin matrix', () => {
	it('step 1: ranks by revenue (total 12,300) with the shares, cumulative shares and classes printed', () => {
		expect(customers.reduce((s, c) => s + c.revenue, 0)).toBe(12_300);
		const rows = abcClassification(
			customers.map((c) => ({ id: c.id, value: c.revenue })),
			cutoffs
		);
		expect(
			rows.map((r) => [r.rank, r.id, r.value, pct(r.share), pct(r.cumulativeShare), r.abcClass])
		).toEqual([
			[1, 'Northgate Refining', 4200, 34.1, 34.1, 'A'],
			[2, 'Baystate Water', 3100, 25.2, 59.3, 'A'],
			[3, 'Crestline Chemicals', 1900, 15.4, 74.8, 'A'],
			[4, 'Delta Foods', 1400, 11.4, 86.2, 'B'],
			[5, 'Eastfield Mechanical', 700, 5.7, 91.9, 'B'],
			[6, 'Fairview Hospital', 450, 3.7, 95.5, 'C'],
			[7, 'Granite Irrigation', 350, 2.8, 98.4, 'C'],
			[8, 'Hillside Brewing', 200, 1.6, 100, 'C']
		]);
	});

	it('step 2: margin after cost to serve, ABC by net margin and the matrix cell of each customer', () => {
		const matrix = volumeMarginMatrix(customers, thresholds);
		const byNet = abcClassification(
			matrix.map((r) => ({ id: r.id, value: r.netMargin })),
			cutoffs
		);
		const netClass = new Map(byNet.map((r) => [r.id, r.abcClass]));
		const cell = {
			protect: 'Protect',
			'fix-cost-to-serve': 'Fix the cost to serve',
			develop: 'Develop',
			'serve-efficiently': 'Serve efficiently'
		};
		expect(
			matrix.map((r) => [
				r.id,
				pct(r.grossMarginRate),
				r.costToServe,
				r.netMargin,
				pct(r.netMarginRate),
				netClass.get(r.id),
				cell[r.quadrant]
			])
		).toEqual([
			['Northgate Refining', 25, 250, 800, 19, 'A', 'Protect'],
			['Baystate Water', 18.1, 400, 160, 5.2, 'A', 'Fix the cost to serve'],
			['Crestline Chemicals', 26.3, 150, 350, 18.4, 'A', 'Protect'],
			['Delta Foods', 17.9, 180, 70, 5, 'C', 'Fix the cost to serve'],
			['Eastfield Mechanical', 30, 60, 150, 21.4, 'B', 'Develop'],
			['Fairview Hospital', 31.1, 30, 110, 24.4, 'B', 'Develop'],
			['Granite Irrigation', 20, 55, 15, 4.3, 'C', 'Serve efficiently'],
			['Hillside Brewing', 25, 45, 5, 2.5, 'C', 'Serve efficiently']
		]);
	});

	it('step 3: on gross margin alone every customer clears the 10 % line; Baystate stays A by net margin only just', () => {
		const matrix = volumeMarginMatrix(customers, thresholds);
		expect(matrix.every((r) => r.grossMarginRate >= 0.1)).toBe(true);
		const byNet = abcClassification(
			matrix.map((r) => ({ id: r.id, value: r.netMargin })),
			cutoffs
		);
		const baystate = byNet.findIndex((r) => r.id === 'Baystate Water');
		// The customers ranked above Baystate by net margin hold 69.3 %, just under the 70 % line.
		expect(pct(byNet[baystate - 1].cumulativeShare)).toBe(69.3);
		expect(byNet[baystate].abcClass).toBe('A');
	});

	it('the lesson’s reading of the ranks: Crestline is A above 59.3 %, Eastfield is B above 86.2 %', () => {
		const rows = abcClassification(
			customers.map((c) => ({ id: c.id, value: c.revenue })),
			cutoffs
		);
		expect(pct(rows[1].cumulativeShare)).toBe(59.3);
		expect(pct(rows[3].cumulativeShare)).toBe(86.2);
	});
});
