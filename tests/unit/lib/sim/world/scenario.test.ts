import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, playScenario } from '../../../../../src/lib/sim';

const valid = JSON.parse(readFileSync('content/scenarios/first-day-at-the-desk.json', 'utf8'));
const edit = (fn: (s: Record<string, any>) => void) => {
	const copy = structuredClone(valid);
	fn(copy);
	return parseScenario(copy);
};

describe('scenario files', () => {
	it.each(readdirSync('content/scenarios').filter((f) => f.endsWith('.json')))(
		'%s is valid and runs to its last day',
		(file) => {
			const result = parseScenario(JSON.parse(readFileSync(`content/scenarios/${file}`, 'utf8')));
			expect(result.ok && result.scenario.id).toBe(file.replace('.json', ''));
			if (!result.ok) return;
			const { world, rejected } = playScenario(result.scenario);
			expect(rejected).toEqual([]);
			expect(world.ended).toBe(true);
			expect(world.kpis).toHaveLength(result.scenario.days);
		}
	);

	it.each([
		['a missing title', (s: Record<string, any>) => delete s.title, 'title', 'is required'],
		[
			'a topic out of range',
			(s: Record<string, any>) => (s.topics = [21]),
			'topics.0',
			'must be at most 20 (got 21)'
		],
		[
			'an unknown tier',
			(s: Record<string, any>) => (s.customers[0].tier = 'gold'),
			'customers.0.tier',
			'must be strategic, key or standard'
		],
		[
			'a bad item code',
			(s: Record<string, any>) => (s.catalog[0].sku = 'cp 25'),
			'catalog.0.sku',
			'must be 2-16 capitals, digits or dashes, like "PMP-100"'
		],
		[
			'unordered price breaks',
			(s: Record<string, any>) =>
				(s.catalog[0].priceBreaks = [
					{ minQty: 1, price: 5 },
					{ minQty: 1, price: 4 }
				]),
			'catalog.0.priceBreaks',
			'minQty must rise from break to break'
		],
		[
			'stock of an unknown item',
			(s: Record<string, any>) => (s.nodes[0].onHand['XX-1'] = 3),
			'nodes.0.onHand.XX-1',
			'no item or component "XX-1"'
		],
		[
			'demand for an unknown item',
			(s: Record<string, any>) => (s.demand.items['XX-1'] = 1),
			'demand.items.XX-1',
			'no item "XX-1" in the catalog'
		],
		[
			'an order for an unknown customer',
			(s: Record<string, any>) => (s.scriptedOrders[0].customer = 'NOBODY'),
			'scriptedOrders.0.customer',
			'no customer "NOBODY"'
		],
		[
			'a duplicate customer',
			(s: Record<string, any>) => s.customers.push(s.customers[0]),
			'customers.4',
			'"HALDEN" appears twice'
		],
		[
			'an unknown KPI objective',
			(s: Record<string, any>) => (s.objectives[0].kpi = 'happiness'),
			'objectives.0.kpi',
			expect.stringMatching(/^must be one of fillRateUnit, /)
		],
		[
			'a requested day before arrival',
			(s: Record<string, any>) => (s.scriptedOrders[0].requestedDay = 0),
			'scriptedOrders.0.requestedDay',
			expect.any(String)
		]
	])('names the field at fault for %s', (_, change, field, message) => {
		const result = edit(change);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.issues).toContainEqual({ field, message });
	});
});
