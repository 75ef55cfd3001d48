import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DispositionKind } from '../../../../src/lib/sim/disposition';
import {
	lotDispositionRefusal,
	returnPosition,
	reviewDispositions,
	RETURN_WALK_STEPS,
	type WalkLot
} from '../../../../src/lib/sim/return-walkthrough';
import { nextState } from '../../../../src/lib/sim/world/machine-table';
import { dispositionRefusal, RETURN_LIFECYCLE } from '../../../../src/lib/sim/world/returns';
import type { ReturnRecord } from '../../../../src/lib/sim/world/types';

// Lesson 14, "Returns management and reverse logistics", worked example: 5 centrifugal pumps
// invoiced at 480 (standard cost 300) ordered by mistake and returned inside the 30-day window;
// prepaid return label 90, receiving and inspection 60; 4 sealed, 1 with a cracked housing.
const SEALED: WalkLot = {
	grade: 'sealed',
	qty: 4,
	inspection: 'sellable',
	options: [
		{ kind: 'restock', recoveryPerUnit: 300, costPerUnit: 8 },
		{ kind: 'liquidate', recoveryPerUnit: 180, costPerUnit: 0 }
	]
};
const CRACKED: WalkLot = {
	grade: 'cracked housing',
	qty: 1,
	inspection: 'repairable',
	options: [
		{ kind: 'refurbish', recoveryPerUnit: 240, costPerUnit: 85 },
		{ kind: 'liquidate', recoveryPerUnit: 120, costPerUnit: 0 },
		{ kind: 'scrap', recoveryPerUnit: 15, costPerUnit: 5 }
	]
};
const COSTS = { reverseFreight: 90, handlingCost: 60 };
const pumps = (restockingFeeRate: number) => ({
	unitPrice: 480,
	unitCost: 300,
	restockingFeeRate,
	...COSTS,
	lots: [SEALED, CRACKED]
});

describe('lotDispositionRefusal', () => {
	it('passes the world’s reasons through: a cracked pump cannot be restocked', () => {
		expect(
			lotDispositionRefusal('RMA-0417 (cracked housing)', 'repairable', 'restock', 'not-needed')
		).toBe(
			'Inspection found RMA-0417 (cracked housing) repairable: it cannot go back into sellable stock. Refurbish, return to vendor, liquidate, recycle or scrap it.'
		);
		expect(lotDispositionRefusal('x', 'sellable', 'refurbish', 'not-needed')).toContain(
			'sellable as it is'
		);
		expect(lotDispositionRefusal('x', 'repairable', 'return-to-vendor', 'damaged')).toBe(
			'The vendor takes back only goods inspected as defective.'
		);
		expect(lotDispositionRefusal('x', 'defective', 'return-to-vendor', 'defective')).toBeNull();
	});

	it('says exactly what the world’s dispositionRefusal says, for every grade and route', () => {
		const grades = ['sellable', 'repairable', 'defective'] as const;
		const kinds: DispositionKind[] = [
			'restock',
			'refurbish',
			'return-to-vendor',
			'liquidate',
			'recycle',
			'scrap'
		];
		for (const inspection of grades) {
			const record = { id: 'RMA-0417', inspection } as ReturnRecord;
			for (const kind of kinds) {
				expect(lotDispositionRefusal('RMA-0417', inspection, kind, 'damaged')).toBe(
					dispositionRefusal(record, kind)
				);
			}
		}
	});

	it('never resells a recalled unit, even a sealed one', () => {
		expect(lotDispositionRefusal('x', 'sellable', 'restock', 'recall')).toContain('recalled');
		expect(lotDispositionRefusal('x', 'sellable', 'liquidate', 'recall')).toContain('recalled');
		expect(lotDispositionRefusal('x', 'sellable', 'scrap', 'recall')).toBeNull();
	});
});

describe('reviewDispositions: the lesson’s lots', () => {
	it('restocks the sealed pumps and refurbishes the cracked one: 1,323 recovered, net cost 867', () => {
		const r = reviewDispositions('RMA-0417', 'not-needed', pumps(0.15), ['restock', 'refurbish']);
		expect(r.lots[0].options.map((o) => [o.kind, o.netRecovery])).toEqual([
			['restock', 1168],
			['liquidate', 720]
		]);
		expect(r.lots[1].options.map((o) => [o.kind, o.netRecovery])).toEqual([
			['refurbish', 155],
			['liquidate', 120],
			['scrap', 10]
		]);
		expect(r.lots[0].best).toEqual({ kind: 'restock', netRecovery: 1168 });
		expect(r.lots[1].chosen).toEqual({
			kind: 'refurbish',
			refusal: null,
			netRecovery: 155,
			shortOfBest: 0,
			inventoryEffect: 'graded-stock'
		});
		expect(r.evaluation).toMatchObject({
			merchandiseValue: 2400,
			restockingFee: 360,
			credit: 2040,
			recoveredValue: 1323,
			processingCost: 150,
			netCost: 867,
			originalMargin: 900
		});
	});

	it('says how much a worse choice gives up: liquidating the sealed pumps is 448 short', () => {
		const r = reviewDispositions('RMA-0417', 'not-needed', pumps(0.15), ['liquidate', 'refurbish']);
		expect(r.lots[0].chosen).toMatchObject({ netRecovery: 720, shortOfBest: 448 });
		expect(r.evaluation!.recoveredValue).toBe(875);
		expect(r.evaluation!.netCost).toBe(1315);
	});

	it('withholds the evaluation while a choice is refused, and says why', () => {
		const r = reviewDispositions('RMA-0417', 'not-needed', pumps(0.15), ['restock', 'restock']);
		expect(r.evaluation).toBeNull();
		expect(r.lots[1].chosen.refusal).toContain('cannot go back into sellable stock');
		expect(r.lots[1].chosen.netRecovery).toBeNull();
	});

	it('picks the best among allowed routes only: a recall’s sealed lot is not restocked', () => {
		const sealed: WalkLot = {
			...SEALED,
			options: [...SEALED.options, { kind: 'scrap', recoveryPerUnit: 15, costPerUnit: 5 }]
		};
		const r = reviewDispositions('RMA-9', 'recall', { ...pumps(0), lots: [sealed] }, ['scrap']);
		expect(r.lots[0].best).toEqual({ kind: 'scrap', netRecovery: 40 });
		expect(r.lots[0].options[0].refusal).toContain('recalled');
	});

	it('refuses misuse: a choice per lot, an unpriced route, a lot with no allowed route', () => {
		expect(() => reviewDispositions('R', 'damaged', pumps(0), ['restock'])).toThrow(RangeError);
		expect(() => reviewDispositions('R', 'damaged', pumps(0), ['recycle', 'refurbish'])).toThrow(
			/not a route inspection left open/
		);
		expect(() =>
			reviewDispositions('R', 'recall', { ...pumps(0), lots: [SEALED] }, ['scrap'])
		).toThrow(/no disposition the policy allows/);
	});
});

describe('returnPosition: inventory, cost and credit at each step', () => {
	const { evaluation } = reviewDispositions('RMA-0417', 'not-needed', pumps(0.15), [
		'restock',
		'refurbish'
	]);
	const at = (step: Parameters<typeof returnPosition>[0]) =>
		returnPosition(step, 5, COSTS, evaluation);

	it('walks the lesson’s pumps from the customer to stock, and the money to a net cost of 867', () => {
		expect(at('screened')).toMatchObject({ withCustomer: 5, freightAndHandling: 0, netCost: 0 });
		expect(at('authorised')).toMatchObject({ inTransit: 5, freightAndHandling: 90, netCost: 90 });
		expect(at('received')).toMatchObject({ returnsLocation: 5, sellableStock: 0, netCost: 150 });
		expect(at('inspected')).toMatchObject({ returnsLocation: 5, sellableStock: 0, netCost: 150 });
		expect(at('dispositioned')).toMatchObject({
			returnsLocation: 0,
			sellableStock: 4,
			gradedStock: 1,
			leftInventory: 0,
			recoveredValue: 1323,
			credit: 0,
			netCost: -1173,
			marginLeft: null
		});
		expect(at('credited')).toMatchObject({ credit: 2040, netCost: 867, marginLeft: 33 });
		expect(at('credited').netCost).toBe(evaluation!.netCost);
	});

	it('leaves everything with the customer when the request is denied', () => {
		expect(returnPosition('denied', 5, COSTS, null)).toEqual({
			withCustomer: 5,
			inTransit: 0,
			returnsLocation: 0,
			sellableStock: 0,
			gradedStock: 0,
			leftInventory: 0,
			freightAndHandling: 0,
			recoveredValue: 0,
			credit: 0,
			netCost: 0,
			marginLeft: null
		});
	});

	it('needs the evaluation once dispositions are carried out, for the same units', () => {
		expect(() => returnPosition('dispositioned', 5, COSTS, null)).toThrow(RangeError);
		expect(() => returnPosition('credited', 4, COSTS, evaluation)).toThrow(RangeError);
		expect(() => returnPosition('closed' as never, 5, COSTS, null)).toThrow(RangeError);
	});

	it('accounts for every unit at every step (property)', () => {
		const kinds: DispositionKind[][] = [
			['restock', 'liquidate'],
			['refurbish', 'liquidate', 'scrap']
		];
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 50 }),
				fc.integer({ min: 1, max: 50 }),
				fc.integer({ min: 0, max: 1 }),
				fc.integer({ min: 0, max: 2 }),
				fc.constantFrom(...RETURN_WALK_STEPS, 'denied' as const),
				(sealed, cracked, a, b, step) => {
					const input = {
						...pumps(0.15),
						lots: [
							{ ...SEALED, qty: sealed },
							{ ...CRACKED, qty: cracked }
						]
					};
					const r = reviewDispositions('R', 'not-needed', input, [kinds[0][a], kinds[1][b]]);
					const p = returnPosition(step, sealed + cracked, COSTS, r.evaluation);
					const placed =
						p.withCustomer +
						p.inTransit +
						p.returnsLocation +
						p.sellableStock +
						p.gradedStock +
						p.leftInventory;
					expect(placed).toBe(sealed + cracked);
				}
			)
		);
	});
});

describe('RETURN_WALK_STEPS follow the return lifecycle', () => {
	it('is a path through RETURN_LIFECYCLE from screening to credit, with denial off screening', () => {
		const events = [
			'return.authorise',
			'return.receive',
			'return.inspect',
			'return.dispose',
			'return.credit'
		];
		let state = nextState(RETURN_LIFECYCLE, RETURN_LIFECYCLE.initial, { type: 'return.screen' })!;
		expect(state.value).toBe(RETURN_WALK_STEPS[0]);
		events.forEach((type, i) => {
			const event = type === 'return.dispose' ? { type, disposition: 'restock' } : { type };
			state = nextState(RETURN_LIFECYCLE, state, event)!;
			expect(state.value.split('.')[0]).toBe(RETURN_WALK_STEPS[i + 1]);
		});
		const screened = { value: 'screened' };
		expect(nextState(RETURN_LIFECYCLE, screened, { type: 'return.deny' })).toEqual({
			value: 'denied'
		});
	});
});
