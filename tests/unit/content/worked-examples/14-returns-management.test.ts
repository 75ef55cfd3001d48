import { describe, expect, it } from 'vitest';
import { evaluateReturn, returnRates } from '../../../../src/lib/sim/disposition';

// Lesson 14, "Returns management and reverse logistics": every figure its worked example prints.
// A pump distributor authorizes the return of 5 pumps ordered by mistake (invoiced at 480, standard
// cost 300). Policy: 15 % restocking fee on returns that are not the seller's fault; the
// distributor pays the prepaid return freight (90) and receiving and inspection (60).
const rma = {
	unitPrice: 480,
	unitCost: 300,
	restockingFeeRate: 0.15,
	reverseFreight: 90,
	handlingCost: 60,
	lots: [
		{
			grade: 'sealed',
			qty: 4,
			options: [
				{ kind: 'restock' as const, recoveryPerUnit: 300, costPerUnit: 8 },
				{ kind: 'liquidate' as const, recoveryPerUnit: 180, costPerUnit: 0 }
			]
		},
		{
			grade: 'cracked housing',
			qty: 1,
			options: [
				{ kind: 'refurbish' as const, recoveryPerUnit: 240, costPerUnit: 85 },
				{ kind: 'liquidate' as const, recoveryPerUnit: 120, costPerUnit: 0 },
				{ kind: 'scrap' as const, recoveryPerUnit: 15, costPerUnit: 5 }
			]
		}
	]
};

describe('lesson 14 worked example: RMA for 5 pumps ordered by mistake', () => {
	const result = evaluateReturn(rma);

	it('credits 2,400 less a 360 restocking fee: a credit memo of 2,040', () => {
		expect(result.qty).toBe(5);
		expect(result.merchandiseValue).toBe(2400);
		expect(result.restockingFee).toBe(360);
		expect(result.credit).toBe(2040);
	});

	it('restocks the 4 sealed pumps (1,168 against 720 liquidated)', () => {
		expect(result.lots[0].options).toEqual([
			{ kind: 'restock', netRecovery: 1168 },
			{ kind: 'liquidate', netRecovery: 720 }
		]);
		expect(result.lots[0].chosen).toEqual({
			kind: 'restock',
			netRecovery: 1168,
			inventoryEffect: 'sellable-stock'
		});
	});

	it('refurbishes the cracked pump (155 against 120 liquidated and 10 scrapped)', () => {
		expect(result.lots[1].options).toEqual([
			{ kind: 'refurbish', netRecovery: 155 },
			{ kind: 'liquidate', netRecovery: 120 },
			{ kind: 'scrap', netRecovery: 10 }
		]);
		expect(result.lots[1].chosen).toEqual({
			kind: 'refurbish',
			netRecovery: 155,
			inventoryEffect: 'graded-stock'
		});
	});

	it('costs the distributor 867 of the 900 margin the sale had earned', () => {
		expect(result.recoveredValue).toBe(1323);
		expect(result.processingCost).toBe(150);
		expect(result.netCost).toBe(867);
		expect(result.originalMargin).toBe(900);
		expect((result.originalMargin ?? 0) - result.netCost).toBe(33);
	});

	it('would cost 1,227, more than the whole margin, without the restocking fee', () => {
		const noFee = evaluateReturn({ ...rma, restockingFeeRate: 0 });
		expect(noFee.credit).toBe(2400);
		expect(noFee.netCost).toBe(1227);
	});

	it('gives a month of 400 orders a return rate of 1.5 % by units and 4 % by orders', () => {
		// 400 orders of 5 units (2,000 units). Returns: this RMA (5 of 5 units), 10 orders with 2
		// units back and 5 orders with 1: 30 units on 16 orders.
		const lines = Array.from({ length: 400 }, (_, i) => ({
			orderId: `SO-${i + 1}`,
			shipped: 5,
			returned: i === 0 ? 5 : i <= 10 ? 2 : i <= 15 ? 1 : 0
		}));
		expect(lines.reduce((s, l) => s + l.returned, 0)).toBe(30);
		const rates = returnRates(lines);
		expect(rates.unit).toBeCloseTo(0.015, 12);
		expect(rates.order).toBe(0.04);
	});
});

describe('lesson 14 self-check figures', () => {
	it('question 1: 10 units at 50 with a 20 % fee earn a credit memo of 400', () => {
		const result = evaluateReturn({
			unitPrice: 50,
			restockingFeeRate: 0.2,
			lots: [
				{
					grade: 'sealed',
					qty: 10,
					options: [{ kind: 'restock', recoveryPerUnit: 0, costPerUnit: 0 }]
				}
			]
		});
		expect(result.merchandiseValue).toBe(500);
		expect(result.restockingFee).toBe(100);
		expect(result.credit).toBe(400);
	});

	it('question 2: 90 of 5,000 units on 60 of 1,000 orders is 1.8 % by units and 6 % by orders', () => {
		// 1,000 orders of 5 units; 30 orders return 2 units and 30 return 1: 90 units on 60 orders.
		const lines = Array.from({ length: 1000 }, (_, i) => ({
			orderId: `O${i}`,
			shipped: 5,
			returned: i < 30 ? 2 : i < 60 ? 1 : 0
		}));
		const rates = returnRates(lines);
		expect(rates.unit).toBeCloseTo(0.018, 12);
		expect(rates.order).toBe(0.06);
	});
});
