/**
 * Numeric questions drawn fresh each attempt from a seed, answered and explained with the
 * engine's own functions, so a generated question can never disagree with the simulation.
 */
import {
	allocate,
	cashToCash,
	cumulativeAtp,
	discreteAtp,
	fillRates,
	nextInt,
	perfectOrderRate,
	seedRng,
	type RngState
} from '$lib/sim';
import type { NumericQuestion } from './types';

class Draw {
	constructor(private state: RngState) {}
	int(min: number, max: number): number {
		const [value, next] = nextInt(this.state, min, max);
		this.state = next;
		return value;
	}
	pick<T>(list: readonly T[]): T {
		return list[this.int(0, list.length - 1)];
	}
}

const pct = (x: number) => Math.round(x * 1000) / 10;

type Generator = {
	id: string;
	topic: number;
	anchor: string;
	make(draw: Draw, seed: number): NumericQuestion;
};

/** A master schedule record with receipts in periods 1, 3 and 5 or thereabouts. */
function record(draw: Draw) {
	const periods = 6;
	const receiptPeriods = [0, draw.pick([2, 3]), 4 + draw.int(0, 1)];
	const mps = Array.from({ length: periods }, (_, t) =>
		receiptPeriods.includes(t) ? 10 * draw.int(4, 10) : 0
	);
	const orders = Array.from({ length: periods }, () => 5 * draw.int(0, 7));
	return { onHand: 5 * draw.int(2, 12), mps, customerOrders: orders };
}

function recordTable(r: ReturnType<typeof record>) {
	return {
		caption: `Master schedule record (on hand at the start: ${r.onHand})`,
		columns: ['Period', ...r.mps.map((_, i) => String(i + 1))],
		rows: [
			['MPS', ...r.mps],
			['Customer orders', ...r.customerOrders]
		]
	};
}

export const GENERATORS: Generator[] = [
	{
		id: 'discrete-atp',
		topic: 4,
		anchor: 'worked-example',
		make(draw, seed) {
			const r = record(draw);
			const periods = r.mps.flatMap((m, t) => (m > 0 && t > 0 ? [t] : []));
			const t = draw.pick(periods);
			const next = r.mps.findIndex((m, i) => i > t && m > 0);
			const end = next < 0 ? r.mps.length : next;
			const booked = r.customerOrders.slice(t, end).reduce((a, b) => a + b, 0);
			const answer = discreteAtp(r)[t];
			return {
				id: `gen-discrete-atp-${seed}`,
				topic: 4,
				type: 'numeric',
				prompt: `Using discrete ATP without look-ahead netting, what is the ATP in period ${t + 1}?`,
				table: recordTable(r),
				answer,
				tolerance: 0,
				unit: 'units',
				difficulty: 'medium',
				anchor: this.anchor,
				explanation: `Period ${t + 1} receives ${r.mps[t]}. Discrete ATP subtracts the orders from period ${t + 1} up to the next receipt (${next < 0 ? 'the end of the horizon' : `period ${next + 1}`}): ${booked}. ${r.mps[t]} - ${booked} = ${answer}.`,
				generated: { generator: this.id, seed }
			};
		}
	},
	{
		id: 'cumulative-atp',
		topic: 4,
		anchor: 'worked-example',
		make(draw, seed) {
			const r = record(draw);
			const t = draw.int(1, 4);
			const running = cumulativeAtp(r);
			const answer = cumulativeAtp(r, { lookAhead: true })[t];
			return {
				id: `gen-cumulative-atp-${seed}`,
				topic: 4,
				type: 'numeric',
				prompt: `What is the cumulative ATP with look-ahead in period ${t + 1} (ASCM Dictionary method)?`,
				table: recordTable(r),
				answer,
				tolerance: 0,
				unit: 'units',
				difficulty: 'hard',
				anchor: this.anchor,
				explanation: `The running balance (on hand + MPS - orders, period by period) is ${running.join(', ')}. With look-ahead, period ${t + 1} may offer only the lowest balance from there to the end: min(${running.slice(t).join(', ')}) = ${answer}.`,
				generated: { generator: this.id, seed }
			};
		}
	},
	{
		id: 'pro-rata',
		topic: 8,
		anchor: 'worked-example',
		make(draw, seed) {
			const demands = ['North', 'South', 'West'].map((id) => ({ id, qty: 10 * draw.int(3, 15) }));
			const total = demands.reduce((s, d) => s + d.qty, 0);
			const available = 10 * draw.int(Math.ceil(total / 30), Math.floor((total * 0.8) / 10));
			const who = draw.int(0, 2);
			const shares = allocate(available, demands, 'pro-rata');
			return {
				id: `gen-pro-rata-${seed}`,
				topic: 8,
				type: 'numeric',
				prompt: `${available} units are free for three orders: ${demands.map((d) => `${d.id} ${d.qty}`).join(', ')}. Rationed pro-rata (whole units, leftovers to the largest fraction), how many does ${demands[who].id} get?`,
				answer: shares[who],
				tolerance: 0,
				unit: 'units',
				difficulty: 'medium',
				anchor: this.anchor,
				explanation: `Pro-rata gives each order available x its share of total demand: ${available} x ${demands[who].qty} / ${total} = ${((available * demands[who].qty) / total).toFixed(2)}, which rounds by largest remainder to ${shares[who]}. All three get ${shares.join(', ')}.`,
				generated: { generator: this.id, seed }
			};
		}
	},
	{
		id: 'fill-rate',
		topic: 18,
		anchor: 'worked-example',
		make(draw, seed) {
			const lines = Array.from({ length: 6 }, (_, i) => {
				const ordered = 5 * draw.int(2, 10);
				const short = draw.int(0, 3) === 0;
				return {
					orderId: `Order ${Math.floor(i / 2) + 1}`,
					ordered,
					shipped: short ? ordered - 5 * draw.int(1, ordered / 5) : ordered
				};
			});
			const kind = draw.pick(['unit', 'line', 'order'] as const);
			const rates = fillRates(lines);
			return {
				id: `gen-fill-rate-${seed}`,
				topic: 18,
				type: 'numeric',
				prompt: `What is the ${kind} fill rate of these first shipments, in percent (one decimal)?`,
				table: {
					caption: 'First shipments',
					columns: ['Order', 'Ordered', 'Shipped'],
					rows: lines.map((l) => [l.orderId, l.ordered, l.shipped])
				},
				answer: pct(rates[kind]),
				tolerance: 0.1,
				unit: '%',
				difficulty: 'easy',
				anchor: this.anchor,
				explanation: `Unit fill rate = units shipped / units ordered = ${pct(rates.unit)} %; line fill rate = lines shipped complete / lines = ${pct(rates.line)} %; order fill rate = orders with every line complete / orders = ${pct(rates.order)} %.`,
				generated: { generator: this.id, seed }
			};
		}
	},
	{
		id: 'perfect-order',
		topic: 16,
		anchor: 'worked-example',
		make(draw, seed) {
			const n = 20;
			const orders = Array.from({ length: n }, () => ({
				onTime: true,
				inFull: true,
				damageFree: true,
				documentationAccurate: true
			}));
			for (const key of ['onTime', 'inFull', 'damageFree', 'documentationAccurate'] as const) {
				for (let k = draw.int(0, 3); k > 0; k--) orders[draw.int(0, n - 1)][key] = false;
			}
			const result = perfectOrderRate(orders);
			const failed = orders.filter(
				(o) => !(o.onTime && o.inFull && o.damageFree && o.documentationAccurate)
			).length;
			const failing = (key: keyof (typeof orders)[number]) => orders.filter((o) => !o[key]).length;
			return {
				id: `gen-perfect-order-${seed}`,
				topic: 16,
				type: 'numeric',
				prompt: `Of ${n} orders, ${failing('onTime')} were late, ${failing('inFull')} short, ${failing('damageFree')} damaged and ${failing('documentationAccurate')} had a document error; ${failed} orders failed at least one test. What is the perfect order rate by count, in percent?`,
				answer: pct(result.rate),
				tolerance: 0.1,
				unit: '%',
				difficulty: 'medium',
				anchor: this.anchor,
				explanation: `By count: (${n} - ${failed}) / ${n} = ${pct(result.rate)} %. Multiplying the four component rates would give ${pct(result.productOfComponents)} %, a different figure, because failures can fall on the same orders.`,
				generated: { generator: this.id, seed }
			};
		}
	},
	{
		id: 'cash-to-cash',
		topic: 18,
		anchor: 'worked-example',
		make(draw, seed) {
			const input = {
				revenue: 1000 * draw.int(300, 900),
				cogs: 0,
				inventoryBegin: 1000 * draw.int(40, 120),
				inventoryEnd: 1000 * draw.int(40, 120),
				receivablesBegin: 1000 * draw.int(30, 150),
				receivablesEnd: 1000 * draw.int(30, 150),
				payablesBegin: 1000 * draw.int(20, 80),
				payablesEnd: 1000 * draw.int(20, 80)
			};
			input.cogs = Math.round(input.revenue * 0.6);
			const r = cashToCash(input);
			const round1 = (x: number) => Math.round(x * 10) / 10;
			return {
				id: `gen-cash-to-cash-${seed}`,
				topic: 18,
				type: 'numeric',
				prompt:
					'For this year, what is the cash-to-cash cycle time in days (averages of beginning and ending balances, 365 days, payables over COGS)?',
				table: {
					caption: 'The year’s figures',
					columns: ['Figure', 'Amount'],
					rows: Object.entries(input).map(([k, v]) => [k, v])
				},
				answer: round1(r.cashToCash),
				tolerance: 0.2,
				unit: 'days',
				difficulty: 'hard',
				anchor: this.anchor,
				explanation: `DIO = ${round1(r.dio)}, DSO = ${round1(r.dso)}, DPO = ${round1(r.dpo)} days; cash-to-cash = DIO + DSO - DPO = ${round1(r.cashToCash)} days.`,
				generated: { generator: this.id, seed }
			};
		}
	}
];

/** The generated questions for a topic, drawn from `seed`. */
export function generatedQuestions(topic: number, seed: number): NumericQuestion[] {
	return GENERATORS.filter((g) => g.topic === topic).map((g, i) =>
		g.make(new Draw(seedRng(seed + i * 7919)), seed + i * 7919)
	);
}

export function generate(id: string, seed: number): NumericQuestion {
	const g = GENERATORS.find((x) => x.id === id);
	if (!g) throw new RangeError(`no generator "${id}"`);
	return g.make(new Draw(seedRng(seed)), seed);
}
