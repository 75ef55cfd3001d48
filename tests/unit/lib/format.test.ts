import { describe, expect, it } from 'vitest';
import { orderStateLabel, stateWords } from '../../../src/lib/format';
import { ORDER_LIFECYCLE } from '../../../src/lib/sim';

describe('state labels', () => {
	it('says machine states in words', () => {
		expect(stateWords('notInvoiced')).toBe('not invoiced');
		expect(stateWords('held.credit')).toBe('held: credit');
		expect(orderStateLabel('held.credit')).toBe('on hold: credit');
		expect(orderStateLabel('shipped.partial')).toBe('shipped partial');
		expect(orderStateLabel('notInvoiced')).toBe('not invoiced');
		expect(orderStateLabel('entered')).toBe('entered');
	});

	it('leaves no machine spelling in the label of any state the order machine has', () => {
		const states = ORDER_LIFECYCLE.regions.flatMap((r) => Object.keys(ORDER_LIFECYCLE.tables[r]));
		expect(states.length).toBeGreaterThan(10);
		for (const s of states) expect(orderStateLabel(s), s).toMatch(/^[a-z :]+$/);
	});
});
