import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { evaluateReturn, returnCredit, returnRates } from '../../../../src/lib/sim/index';
import type { ReturnRateLine } from '../../../../src/lib/sim/index';

// Numeric questions of content/quizzes/14-returns-management.yaml (and the disposition its
// single-choice question on the opened lot names): each stored answer must equal what the
// engine computes from the figures its prompt gives.
type Question = {
	id: string;
	type: string;
	answer: number | string | string[];
	options?: { id: string; text: string }[];
};
const bank = parse(
	readFileSync(
		new URL('../../../../content/quizzes/14-returns-management.yaml', import.meta.url),
		'utf8'
	)
) as { topic: number; questions: Question[] };

function question(id: string, type: string): Question {
	const q = bank.questions.find((x) => x.id === id);
	if (!q || q.type !== type) throw new Error(`no ${type} question "${id}" in bank 14`);
	return q;
}
const round = (x: number, decimals: number) => Number(x.toFixed(decimals));

describe('bank 14: numeric answers come from the engine', () => {
	it('credit-after-restocking-fee: 8 x $62.50 less 15 % is $425', () => {
		// The world's credit for a change of mind keeps its 15 % fee, the rate the prompt states.
		const credit = returnCredit(8, 62.5, 'not-needed');
		expect(question('credit-after-restocking-fee', 'numeric').answer).toBe(credit);
		const r = evaluateReturn({
			unitPrice: 62.5,
			restockingFeeRate: 0.15,
			lots: [
				{
					grade: 'unopened',
					qty: 8,
					options: [{ kind: 'restock', recoveryPerUnit: 0, costPerUnit: 0 }]
				}
			]
		});
		expect(r.credit).toBe(credit);
		expect(r.merchandiseValue).toBe(500);
		// Had the seller caused the return, no fee.
		expect(returnCredit(8, 62.5, 'defective')).toBe(500);
	});

	it('best-recovery-defective-lot: return to vendor nets 6 x ($85 - $12) = $438', () => {
		const r = evaluateReturn({
			unitPrice: 0,
			lots: [
				{
					grade: 'defective',
					qty: 6,
					options: [
						{ kind: 'return-to-vendor', recoveryPerUnit: 85, costPerUnit: 12 },
						{ kind: 'refurbish', recoveryPerUnit: 60, costPerUnit: 25 },
						{ kind: 'scrap', recoveryPerUnit: 3, costPerUnit: 2 }
					]
				}
			]
		});
		const lot = r.lots[0];
		expect(lot.chosen.kind).toBe('return-to-vendor');
		expect(lot.chosen.inventoryEffect).toBe('leaves-inventory');
		expect(question('best-recovery-defective-lot', 'numeric').answer).toBe(lot.chosen.netRecovery);
		expect(lot.options.map((o) => o.netRecovery)).toEqual([438, 210, 6]);
	});

	it('net-cost-of-a-return: credit $1,152 + $75 - recovered $702 = $525; $75 of $600 margin left', () => {
		const r = evaluateReturn({
			unitPrice: 120,
			unitCost: 70,
			restockingFeeRate: 0.2,
			reverseFreight: 45,
			handlingCost: 30,
			lots: [
				{
					grade: 'unopened',
					qty: 9,
					options: [
						{ kind: 'restock', recoveryPerUnit: 70, costPerUnit: 3 },
						{ kind: 'liquidate', recoveryPerUnit: 40, costPerUnit: 0 }
					]
				},
				{
					grade: 'scuffed',
					qty: 3,
					options: [
						{ kind: 'refurbish', recoveryPerUnit: 55, costPerUnit: 22 },
						{ kind: 'liquidate', recoveryPerUnit: 30, costPerUnit: 0 },
						{ kind: 'scrap', recoveryPerUnit: 2, costPerUnit: 4 }
					]
				}
			]
		});
		expect(question('net-cost-of-a-return', 'numeric').answer).toBe(r.netCost);
		expect(r.credit).toBe(1152);
		expect(r.restockingFee).toBe(288);
		expect(r.recoveredValue).toBe(702);
		expect(r.lots.map((l) => l.chosen.kind)).toEqual(['restock', 'refurbish']);
		expect(r.originalMargin! - r.netCost).toBe(75);
	});

	it('return-rate-by-orders: 50 of 1,250 orders is 4 % (84 of 6,000 units is 1.4 %)', () => {
		// 1,250 orders of 6,000 units; 84 units came back on 50 of them.
		const lines: ReturnRateLine[] = Array.from({ length: 1250 }, (_, i) => ({
			orderId: `order-${i + 1}`,
			shipped: i < 1000 ? 5 : 4,
			returned: i < 34 ? 2 : i < 50 ? 1 : 0
		}));
		expect(lines.reduce((a, l) => a + l.shipped, 0)).toBe(6000);
		expect(lines.reduce((a, l) => a + l.returned, 0)).toBe(84);
		const r = returnRates(lines);
		expect(question('return-rate-by-orders', 'numeric').answer).toBe(round(r.order * 100, 2));
		expect(round(r.unit * 100, 2)).toBe(1.4);
	});

	it('disposition-for-opened-lot: refurbishing nets $260, ahead of liquidation at $250', () => {
		const r = evaluateReturn({
			unitPrice: 0,
			lots: [
				{
					grade: 'opened',
					qty: 5,
					options: [
						{ kind: 'refurbish', recoveryPerUnit: 90, costPerUnit: 38 },
						{ kind: 'liquidate', recoveryPerUnit: 50, costPerUnit: 0 },
						{ kind: 'recycle', recoveryPerUnit: 4, costPerUnit: 1 }
					]
				}
			]
		});
		expect(r.lots[0].chosen).toEqual({
			kind: 'refurbish',
			netRecovery: 260,
			inventoryEffect: 'graded-stock'
		});
		expect(r.lots[0].options.map((o) => o.netRecovery)).toEqual([260, 250, 15]);
		const q = question('disposition-for-opened-lot', 'single');
		expect(q.options?.find((o) => o.id === q.answer)?.text).toMatch(/^Refurbish/);
	});
});
