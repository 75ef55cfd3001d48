import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	evaluateReturn,
	INVENTORY_EFFECT,
	returnRates,
	type DispositionKind
} from '../../../../src/lib/sim/disposition';

describe('evaluateReturn: credit, recovery and the cost of a return', () => {
	it('reproduces Warren, Reeve and Duchac’s credit memo for goods returned to stock', () => {
		// Corporate Financial Accounting, 14th ed., Problem 5-2B, July 16: a credit memo of $3,000
		// to Loeb Co. for merchandise returned; the returned goods cost $1,800 and go back into
		// inventory at that cost. The return removes the $1,200 gross profit of that merchandise.
		const result = evaluateReturn({
			unitPrice: 3000,
			unitCost: 1800,
			lots: [
				{
					grade: 'resalable',
					qty: 1,
					options: [{ kind: 'restock', recoveryPerUnit: 1800, costPerUnit: 0 }]
				}
			]
		});
		expect(result.credit).toBe(3000);
		expect(result.recoveredValue).toBe(1800);
		expect(result.netCost).toBe(1200);
		expect(result.originalMargin).toBe(1200);
		expect(result.lots[0].chosen.inventoryEffect).toBe('sellable-stock');
	});

	it('keeps a 15 % restocking fee as in the a2zcalculators.com example: $200 item, $30 fee, $170 back', () => {
		// a2zcalculators.com, "Restocking Fee Calculator": purchase price $200, rate 15 %.
		const result = evaluateReturn({
			unitPrice: 200,
			restockingFeeRate: 0.15,
			lots: [
				{
					grade: 'opened',
					qty: 1,
					options: [{ kind: 'restock', recoveryPerUnit: 0, costPerUnit: 0 }]
				}
			]
		});
		expect(result.merchandiseValue).toBe(200);
		expect(result.restockingFee).toBe(30);
		expect(result.credit).toBe(170);
		expect(result.originalMargin).toBeNull();
	});

	it('costs the whole selling price when worthless goods come back (the textbook result)', () => {
		// A standard financial-accounting question: a return of used, worthless merchandise sold
		// at a profit reduces net income by the original selling price. $50 sale, $30 cost.
		const result = evaluateReturn({
			unitPrice: 50,
			unitCost: 30,
			lots: [
				{
					grade: 'worthless',
					qty: 1,
					options: [{ kind: 'scrap', recoveryPerUnit: 0, costPerUnit: 0 }]
				}
			]
		});
		expect(result.netCost).toBe(50);
		expect(result.lots[0].chosen.inventoryEffect).toBe('leaves-inventory');
	});

	it('chooses the highest net recovery per lot, ties to the earlier option', () => {
		const result = evaluateReturn({
			unitPrice: 100,
			lots: [
				{
					grade: 'tie',
					qty: 2,
					options: [
						{ kind: 'liquidate', recoveryPerUnit: 40, costPerUnit: 0 },
						{ kind: 'refurbish', recoveryPerUnit: 70, costPerUnit: 30 }
					]
				},
				{
					grade: 'rtv',
					qty: 3,
					options: [
						{ kind: 'scrap', recoveryPerUnit: 0, costPerUnit: 2 },
						{ kind: 'return-to-vendor', recoveryPerUnit: 60, costPerUnit: 10 }
					]
				}
			]
		});
		expect(result.lots[0].options).toEqual([
			{ kind: 'liquidate', netRecovery: 80 },
			{ kind: 'refurbish', netRecovery: 80 }
		]);
		expect(result.lots[0].chosen.kind).toBe('liquidate');
		expect(result.lots[1].options[0].netRecovery).toBe(-6);
		expect(result.lots[1].chosen).toEqual({
			kind: 'return-to-vendor',
			netRecovery: 150,
			inventoryEffect: 'leaves-inventory'
		});
		expect(result.qty).toBe(5);
		expect(result.recoveredValue).toBe(230);
		expect(result.netCost).toBe(270);
	});

	it('lets a disposal that only costs money be chosen and raise the net cost', () => {
		const result = evaluateReturn({
			unitPrice: 10,
			reverseFreight: 4,
			handlingCost: 1.5,
			lots: [
				{
					grade: 'spoiled',
					qty: 1,
					options: [{ kind: 'scrap', recoveryPerUnit: 0, costPerUnit: 2.25 }]
				}
			]
		});
		expect(result.recoveredValue).toBe(-2.25);
		expect(result.processingCost).toBe(5.5);
		expect(result.netCost).toBe(17.75);
	});

	it('rounds money to cents', () => {
		const result = evaluateReturn({
			unitPrice: 19.99,
			restockingFeeRate: 0.15,
			lots: [
				{
					grade: 'a',
					qty: 3,
					options: [{ kind: 'restock', recoveryPerUnit: 0.1, costPerUnit: 0.2 }]
				}
			]
		});
		expect(result.merchandiseValue).toBe(59.97);
		expect(result.restockingFee).toBe(9);
		expect(result.credit).toBe(50.97);
		expect(result.recoveredValue).toBe(-0.3);
	});

	it('maps every disposition to where its units go', () => {
		expect(INVENTORY_EFFECT).toEqual({
			restock: 'sellable-stock',
			refurbish: 'graded-stock',
			'return-to-vendor': 'leaves-inventory',
			liquidate: 'leaves-inventory',
			recycle: 'leaves-inventory',
			scrap: 'leaves-inventory'
		});
	});

	it('refuses impossible returns', () => {
		const lot = {
			grade: 'a',
			qty: 1,
			options: [{ kind: 'restock' as const, recoveryPerUnit: 1, costPerUnit: 0 }]
		};
		expect(() => evaluateReturn({ unitPrice: 10, lots: [] })).toThrow(RangeError);
		expect(() => evaluateReturn({ unitPrice: -1, lots: [lot] })).toThrow(/unitPrice/);
		expect(() => evaluateReturn({ unitPrice: 10, restockingFeeRate: 1, lots: [lot] })).toThrow(
			/less than 1/
		);
		expect(() => evaluateReturn({ unitPrice: 10, restockingFeeRate: -0.1, lots: [lot] })).toThrow(
			/restockingFeeRate/
		);
		expect(() =>
			evaluateReturn({ unitPrice: 10, reverseFreight: Number.NaN, lots: [lot] })
		).toThrow(/reverseFreight/);
		expect(() => evaluateReturn({ unitPrice: 10, lots: [{ ...lot, qty: 0 }] })).toThrow(
			/at least 1/
		);
		expect(() => evaluateReturn({ unitPrice: 10, lots: [{ ...lot, qty: 1.5 }] })).toThrow(
			/whole number/
		);
		expect(() => evaluateReturn({ unitPrice: 10, lots: [{ ...lot, options: [] }] })).toThrow(
			/options must not be empty/
		);
		expect(() =>
			evaluateReturn({
				unitPrice: 10,
				lots: [
					{
						...lot,
						options: [{ kind: 'toString' as DispositionKind, recoveryPerUnit: 1, costPerUnit: 0 }]
					}
				]
			})
		).toThrow(/not a disposition/);
		expect(() =>
			evaluateReturn({
				unitPrice: 10,
				lots: [{ ...lot, options: [{ kind: 'restock', recoveryPerUnit: -1, costPerUnit: 0 }] }]
			})
		).toThrow(/recoveryPerUnit/);
	});

	it('always balances: credit + fee = merchandise, net cost = credit + processing - recovery', () => {
		const kinds = Object.keys(INVENTORY_EFFECT) as DispositionKind[];
		const option = fc.record({
			kind: fc.constantFrom(...kinds),
			recoveryPerUnit: fc.integer({ min: 0, max: 1000 }),
			costPerUnit: fc.integer({ min: 0, max: 500 })
		});
		const lot = fc.record({
			grade: fc.string(),
			qty: fc.integer({ min: 1, max: 50 }),
			options: fc.array(option, { minLength: 1, maxLength: 6 })
		});
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 2000 }),
				fc.integer({ min: 0, max: 99 }),
				fc.integer({ min: 0, max: 500 }),
				fc.array(lot, { minLength: 1, maxLength: 4 }),
				(price, feePercent, freight, lots) => {
					const input = {
						unitPrice: price,
						restockingFeeRate: feePercent / 100,
						reverseFreight: freight,
						lots
					};
					const r = evaluateReturn(input);
					expect(r).toEqual(evaluateReturn(input));
					expect(r.credit + r.restockingFee).toBeCloseTo(r.merchandiseValue, 6);
					expect(r.netCost).toBeCloseTo(r.credit + r.processingCost - r.recoveredValue, 6);
					r.lots.forEach((l) => {
						for (const o of l.options)
							expect(l.chosen.netRecovery).toBeGreaterThanOrEqual(o.netRecovery);
					});
				}
			)
		);
	});
});

describe('returnRates: by units and by orders', () => {
	it('matches accountinginsights.org: 25 returns from 500 sales transactions is a 5 % return rate', () => {
		// accountinginsights.org, "What Is a Return Rate? Definition, Formula, and Types".
		const lines = Array.from({ length: 500 }, (_, i) => ({
			orderId: `T${i}`,
			shipped: 1,
			returned: i < 25 ? 1 : 0
		}));
		expect(returnRates(lines)).toEqual({ unit: 0.05, order: 0.05 });
	});

	it('counts an order once however many of its lines came back', () => {
		const rates = returnRates([
			{ orderId: 'A', shipped: 10, returned: 2 },
			{ orderId: 'A', shipped: 10, returned: 3 },
			{ orderId: 'B', shipped: 20, returned: 0 },
			{ orderId: 'C', shipped: 10, returned: 0 }
		]);
		expect(rates.unit).toBe(0.1);
		expect(rates.order).toBeCloseTo(1 / 3, 10);
	});

	it('refuses an empty window and a line returning more than it shipped', () => {
		expect(() => returnRates([])).toThrow(/must not be empty/);
		expect(() => returnRates([{ orderId: 'A', shipped: 1, returned: 2 }])).toThrow(
			/cannot return more/
		);
		expect(() => returnRates([{ orderId: 'A', shipped: 0, returned: 0 }])).toThrow(/shipped/);
		expect(() => returnRates([{ orderId: 'A', shipped: 5, returned: -1 }])).toThrow(/returned/);
	});

	it('keeps both rates within [0, 1]', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc
						.record({
							orderId: fc.constantFrom('a', 'b', 'c', 'd'),
							shipped: fc.integer({ min: 1, max: 100 })
						})
						.chain((l) =>
							fc.record({
								orderId: fc.constant(l.orderId),
								shipped: fc.constant(l.shipped),
								returned: fc.integer({ min: 0, max: l.shipped })
							})
						),
					{ minLength: 1, maxLength: 20 }
				),
				(lines) => {
					const r = returnRates(lines);
					expect(r.unit).toBeGreaterThanOrEqual(0);
					expect(r.unit).toBeLessThanOrEqual(1);
					expect(r.order).toBeGreaterThanOrEqual(0);
					expect(r.order).toBeLessThanOrEqual(1);
				}
			)
		);
	});
});
