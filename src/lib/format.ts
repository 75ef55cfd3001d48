// Number formats shared by the pages: one place, so every screen says 92.5 % the same way.

export function percent(value: number | null | undefined, digits = 1): string {
	return value === null || value === undefined ? '–' : `${(value * 100).toFixed(digits)} %`;
}

export function money(value: number): string {
	return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function days(value: number | null | undefined): string {
	return value === null || value === undefined ? '–' : `${value.toFixed(1)} d`;
}

/** A machine state in words: `notInvoiced` as "not invoiced", `held.credit` as "held: credit". */
export function stateWords(state: string): string {
	return state
		.replace('.', ': ')
		.replace(/([a-z])([A-Z])/g, (_, a, b) => `${a} ${b.toLowerCase()}`);
}

/** An order's state as the desk says it: "on hold: credit", "shipped partial", "not invoiced". */
export function orderStateLabel(state: string): string {
	return stateWords(state.replace('held.', 'on hold.').replace('shipped.', 'shipped '));
}

export function plural(n: number, word: string, many = `${word}s`): string {
	return `${n} ${n === 1 ? word : many}`;
}

/** A KPI value as its kind reads: a rate in percent, days, money, a count or an index. */
export function kpiValue(
	value: number | null | undefined,
	format: 'rate' | 'days' | 'money' | 'count' | 'index'
): string {
	if (value === null || value === undefined) return '–';
	switch (format) {
		case 'rate':
			return percent(value);
		case 'days':
			return days(value);
		case 'money':
			return money(value);
		case 'index':
			return `${value.toFixed(1)} of 100`;
		case 'count':
			return String(value);
	}
}

/** What each policy a scenario may open to the learner lets them set. */
export const POLICY_NAMES: Record<string, string> = {
	allocationRule: 'the allocation rule when stock is short',
	partialShipments: 'whether orders may ship in part',
	tierReserve: 'the stock reserved for strategic customers',
	promiseSafetyStock: 'whether promises may use safety stock',
	automation: 'whether rules take clean orders through without a person (automation)',
	cpfr: 'whether you plan and forecast jointly with the supplier (CPFR)',
	vmiCustomer: 'which customer’s replenishment you manage (vendor-managed inventory)',
	routingRule: 'how orders are routed across the network'
};
