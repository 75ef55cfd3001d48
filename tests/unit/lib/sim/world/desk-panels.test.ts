// The selectors behind the desk's panels (desk-order.ts, desk-queues.ts): each one checked
// against the decision it leads to, so a panel never says what the engine would not do.
import { describe, expect, it } from 'vitest';
import {
	createWorld,
	customerContact,
	customerFacts,
	disruptionHeadlines,
	dispositionValue,
	exceptionQueue,
	exceptionsResolved,
	findOrder,
	lineRouting,
	orderDocuments,
	promiseRecords,
	returnsDesk,
	scheduledReceipts,
	vecGet,
	type ExceptionRecord,
	type World
} from '../../../../../src/lib/sim';
import {
	contentScenario,
	networkScenario,
	play,
	playTo,
	refusal,
	returnsDeskWorld
} from './desk-fixture';

const order = (world: World, id: string) => findOrder(world, id)!;
const validate = (orderId: string) => ({ type: 'order.validate' as const, orderId });

describe('line routing and distribution method', () => {
	it('lists every node with its free stock of the line’s item, and the methods the item allows', () => {
		const world = play(createWorld(networkScenario()), {
			type: 'order.validate',
			orderId: 'SO-0002'
		});
		const routing = lineRouting(world, order(world, 'SO-0002'));
		expect(routing).toMatchObject({ editable: true, rule: 'primary', matters: true });
		expect(routing.lines).toEqual([
			expect.objectContaining({
				line: 1,
				sku: 'PMP-1',
				node: 'DC-1',
				method: 'stock',
				methods: ['stock', 'drop-ship', 'cross-dock'],
				nodes: [
					{ id: 'DC-1', name: 'South DC', free: 40 },
					{ id: 'ST-N', name: 'North store', free: 8 }
				]
			}),
			expect.objectContaining({
				line: 2,
				sku: 'BOX-6',
				methods: ['stock', 'cross-dock'],
				nodes: [
					{ id: 'DC-1', name: 'South DC', free: 120 },
					{ id: 'ST-N', name: 'North store', free: 0 }
				]
			})
		]);
	});

	it('follows order.route and order.method, and leaves the node to the rule until the promise', () => {
		let world = createWorld(networkScenario({ policies: { routingRule: 'nearest' } }));
		world = play(world, { type: 'order.validate', orderId: 'SO-0002' });
		expect(lineRouting(world, order(world, 'SO-0002')).lines.map((l) => l.node)).toEqual([
			null,
			null
		]);
		world = play(
			world,
			{ type: 'order.route', orderId: 'SO-0002', node: 'ST-N', line: 1 },
			{ type: 'order.method', orderId: 'SO-0002', method: 'drop-ship', line: 1 }
		);
		const [first] = lineRouting(world, order(world, 'SO-0002')).lines;
		expect(first).toMatchObject({ node: 'SUPPLIER', method: 'drop-ship', pinned: true });
	});

	it('is editable exactly when the engine takes a route: after validation, before the promise', () => {
		let world = createWorld(networkScenario());
		expect(lineRouting(world, order(world, 'SO-0001')).editable).toBe(false);
		expect(refusal(world, { type: 'order.route', orderId: 'SO-0001', node: 'ST-N' })).toContain(
			'route its lines after validation and before promising'
		);
		world = play(
			world,
			{ type: 'order.validate', orderId: 'SO-0001' },
			{ type: 'order.promise', orderId: 'SO-0001' }
		);
		expect(lineRouting(world, order(world, 'SO-0001')).editable).toBe(false);
	});

	it('says the choice hardly matters for one node and items no supplier drop-ships', () => {
		const world = createWorld(contentScenario('first-day-at-the-desk'));
		expect(lineRouting(world, order(world, 'SO-0001')).matters).toBe(false);
	});
});

describe('the records a promise is made from', () => {
	it('follows each line to the node it would ship from, and skips drop-shipped lines', () => {
		let world = play(createWorld(networkScenario()), validate('SO-0002'));
		const records = () =>
			promiseRecords(world, order(world, 'SO-0002')).map((r) => [r.sku, r.node, r.onHand]);
		expect(records()).toEqual([
			['PMP-1', 'DC-1', 40],
			['BOX-6', 'DC-1', 120]
		]);
		world = play(world, { type: 'order.route', orderId: 'SO-0002', node: 'ST-N', line: 1 });
		expect(records()).toEqual([
			['PMP-1', 'ST-N', 8],
			['BOX-6', 'DC-1', 120]
		]);
		world = play(world, {
			type: 'order.method',
			orderId: 'SO-0002',
			method: 'drop-ship',
			line: 1
		});
		expect(records()).toEqual([['BOX-6', 'DC-1', 120]]);
	});
});

describe('documents', () => {
	const exportWorld = () =>
		play(createWorld(contentScenario('export-order')), {
			type: 'order.validate',
			orderId: 'SO-0001'
		});

	it('lists what an export of a controlled and a hazardous item needs, and what is missing', () => {
		const world = exportWorld();
		const docs = orderDocuments(world, order(world, 'SO-0001'));
		expect(docs.documents.map((d) => [d.label, d.status])).toEqual([
			['packing list', 'automatic'],
			['bill of lading', 'automatic'],
			['commercial invoice', 'missing'],
			['certificate of origin', 'missing'],
			['export license', 'missing'],
			['dangerous goods declaration', 'missing'],
			['hazardous materials labels and marks', 'missing']
		]);
		expect(docs).toMatchObject({ missing: 5, canPrepare: true, customsRisk: true });
		expect(docs.block).toContain('carries hazardous materials');
	});

	it('shows the license day once prepared, and the engine’s own reason the order cannot leave', () => {
		let world = play(
			exportWorld(),
			{ type: 'order.document', orderId: 'SO-0001' },
			{ type: 'order.promise', orderId: 'SO-0001' },
			{ type: 'order.allocate', orderId: 'SO-0001' }
		);
		const docs = orderDocuments(world, order(world, 'SO-0001'));
		expect(docs).toMatchObject({
			missing: 0,
			canPrepare: false,
			preparedDay: 1,
			accurate: true,
			licenseReadyDay: 4,
			customsRisk: false
		});
		expect(docs.documents.every((d) => d.status !== 'missing')).toBe(true);
		expect(docs.block).toBe(refusal(world, { type: 'order.ship', orderId: 'SO-0001' }));
		world = playTo(world, 4);
		expect(orderDocuments(world, order(world, 'SO-0001')).block).toBeNull();
	});

	it('cannot prepare before validation, as the engine refuses', () => {
		const world = createWorld(contentScenario('export-order'));
		expect(orderDocuments(world, order(world, 'SO-0001')).canPrepare).toBe(false);
		expect(refusal(world, { type: 'order.document', orderId: 'SO-0001' })).toContain(
			'prepare documents after validation'
		);
	});
});

describe('customer facts and contact', () => {
	it('brings the CRM record: rating, complaints, history, Incoterms rule and risk point', () => {
		const world = createWorld(contentScenario('export-order'));
		expect(customerFacts(world, order(world, 'SO-0001'))).toMatchObject({
			name: 'Kovacs Chemical',
			creditRating: 'B',
			pastComplaints: 0,
			international: true,
			incoterm: 'FCA',
			riskPoint: 'origin'
		});
		const network = createWorld(networkScenario());
		expect(customerFacts(network, order(network, 'SO-0001'))).toMatchObject({
			creditRating: 'A',
			pastComplaints: 3,
			orderHistory: 42,
			international: false,
			incoterm: null,
			riskPoint: 'destination'
		});
	});

	it('offers Tell the customer where order.notify may act, and marks a customer told today', () => {
		let world = createWorld(networkScenario());
		expect(customerContact(world, order(world, 'SO-0001')).canNotify).toBe(false);
		expect(refusal(world, { type: 'order.notify', orderId: 'SO-0001' })).toContain(
			'nothing new to tell'
		);
		world = play(
			world,
			{ type: 'order.validate', orderId: 'SO-0001' },
			{ type: 'order.notify', orderId: 'SO-0001' }
		);
		expect(customerContact(world, order(world, 'SO-0001'))).toEqual({
			inquiries: 0,
			lastInquiryDay: null,
			notifiedDay: 1,
			toldToday: true,
			newsSince: null,
			canNotify: true
		});
	});

	it('says since when there is news the customer would want: a ship day missed', () => {
		let world = play(
			createWorld(networkScenario()),
			{ type: 'order.validate', orderId: 'SO-0001' },
			{ type: 'order.promise', orderId: 'SO-0001', shipDay: 1 }
		);
		world = playTo(world, 3);
		expect(customerContact(world, order(world, 'SO-0001'))).toMatchObject({
			toldToday: false,
			newsSince: 2
		});
	});
});

describe('the exception queue', () => {
	it('shows the late motor receipt with the actions that fit it', () => {
		const world = playTo(createWorld(contentScenario('exception-storm')), 5);
		expect(exceptionQueue(world)).toEqual([
			{
				id: 'EX-0001',
				kind: 'late-supplier-receipt',
				label: 'Late or short supplier receipt',
				severity: 2,
				raisedSeverity: 2,
				raisedDay: 5,
				ageDays: 0,
				text: '24 MT-75 due on day 6 now comes on day 9.',
				orderId: null,
				returnId: null,
				sku: 'MT-75',
				actions: ['expedite', 'dismiss']
			}
		]);
		// Two days later it has aged a level.
		expect(exceptionQueue(playTo(world, 7))[0]).toMatchObject({ severity: 3, ageDays: 2 });
	});

	it('sorts by aged severity, then age, and drops what the desk resolves', () => {
		const base = createWorld(contentScenario('exception-storm'));
		const raised = (id: string, severity: 1 | 2 | 3, raisedDay: number): ExceptionRecord => ({
			id,
			kind: 'stockout',
			orderId: 'SO-0001',
			sku: 'MT-75',
			returnId: null,
			raisedDay,
			severity,
			resolvedDay: null,
			resolution: null,
			text: id
		});
		const world: World = {
			...base,
			day: 6,
			exceptions: [
				raised('EX-0001', 1, 6),
				raised('EX-0002', 2, 5),
				raised('EX-0003', 1, 2),
				raised('EX-0004', 3, 6),
				{ ...raised('EX-0005', 3, 6), resolvedDay: 6, resolution: 'dismissed' }
			]
		};
		// EX-0003 has aged from 1 to 3 in four days: it comes first of the threes, being oldest.
		expect(exceptionQueue(world).map((e) => [e.id, e.severity, e.ageDays])).toEqual([
			['EX-0003', 3, 4],
			['EX-0004', 3, 0],
			['EX-0002', 2, 1],
			['EX-0001', 1, 0]
		]);
		expect(exceptionQueue(world)[0].actions).toEqual([
			'substitute',
			'expedite',
			'split',
			'contact-customer',
			'dismiss'
		]);
		expect(exceptionsResolved(world)).toEqual({ resolved: 1, cleared: 0 });
	});

	it('leaves out actions that need an order when the alert is not about one', () => {
		const world = playTo(createWorld(contentScenario('exception-storm')), 5);
		const action = exceptionQueue(world)[0].actions;
		expect(action).not.toContain('contact-customer');
		expect(
			refusal(world, { type: 'exception.resolve', exceptionId: 'EX-0001', action: 'release' })
		).toBe('EX-0001 is not about an order.');
	});
});

describe('the returns desk', () => {
	it('brings the recall request to answer, with its screening note', () => {
		const world = returnsDeskWorld(10);
		const desk = returnsDesk(world);
		expect(desk.open).toEqual([
			expect.objectContaining({
				id: 'RMA-0001',
				orderId: 'SO-0001',
				customer: 'Fairbanks Irrigation',
				sku: 'PC-20',
				qty: 16,
				reasonLabel: 'product recall',
				stage: 'to-answer',
				creditDue: null,
				dispositions: []
			})
		]);
		expect(desk.open[0].screening).toMatchObject({
			allowed: true,
			note: 'Within policy: a recalled item is always taken back.'
		});
		expect(desk.finished).toEqual([]);
	});

	it('walks the RMA through inspection, disposition and credit as the engine does', () => {
		let world = play(returnsDeskWorld(10), { type: 'return.authorise', returnId: 'RMA-0001' });
		expect(returnsDesk(world).open[0]).toMatchObject({ stage: 'coming-back', arrivalDay: 12 });
		expect(returnsDesk(world).unavailable).toEqual([
			{ sku: 'PC-20', inTransit: 16, held: 0, refurbishing: 0 }
		]);
		world = playTo(world, 13);
		const inspected = returnsDesk(world).open[0];
		expect(inspected).toMatchObject({ stage: 'to-disposition', inspection: 'defective' });
		const scenario = world.scenario;
		expect(inspected.dispositions.find((d) => d.id === 'return-to-vendor')).toEqual({
			id: 'return-to-vendor',
			label: 'Return to vendor',
			...dispositionValue('return-to-vendor', 16, 52, scenario.returns)
		});
		expect(inspected.dispositions.map((d) => d.id)).toEqual([
			'restock',
			'refurbish',
			'return-to-vendor',
			'liquidate',
			'recycle',
			'scrap'
		]);
		world = play(world, {
			type: 'return.disposition',
			returnId: 'RMA-0001',
			disposition: 'return-to-vendor'
		});
		const due = returnsDesk(world).open[0];
		expect(due).toMatchObject({ stage: 'to-credit', disposition: 'return-to-vendor' });
		world = play(world, { type: 'return.credit', returnId: 'RMA-0001' });
		expect(vecGet(world.returns, 0)!.credit).toBe(due.creditDue);
		expect(returnsDesk(world)).toMatchObject({
			open: [],
			finished: [expect.objectContaining({ id: 'RMA-0001', stage: 'closed' })]
		});
	});
});

describe('disruption headlines and receipts', () => {
	it('shows the disruptions played so far, newest first, marking today’s', () => {
		const world = playTo(createWorld(contentScenario('exception-storm')), 5);
		expect(disruptionHeadlines(world).map((d) => [d.day, d.kind, d.today, d.active])).toEqual([
			[5, 'supplier-delay', true, true],
			[3, 'data-quality', false, true]
		]);
		expect(disruptionHeadlines(playTo(world, 6))[1]).toMatchObject({
			kind: 'data-quality',
			active: false
		});
	});

	it('marks a late receipt, and an expedited one, in the master schedule', () => {
		let world = playTo(createWorld(contentScenario('exception-storm')), 5);
		const { due, arrived } = scheduledReceipts(world);
		expect(due.map((r) => [r.sku, r.plannedDay, r.day, r.lateDays, r.marks])).toEqual([
			['VF-7', 6, 6, 0, []],
			['BP-20', 8, 8, 0, []],
			['MT-75', 6, 9, 3, ['3 day(s) late, planned for day 6']],
			['MT-75', 9, 9, 0, []]
		]);
		expect(arrived.map((r) => [r.sku, r.day])).toEqual([
			['MT-75', 3],
			['BP-20', 3]
		]);
		world = play(world, { type: 'exception.resolve', exceptionId: 'EX-0001', action: 'expedite' });
		expect(scheduledReceipts(world).due[0]).toMatchObject({
			sku: 'MT-75',
			plannedDay: 6,
			day: 6,
			lateDays: 0,
			expedited: true,
			marks: ['expedited']
		});
	});
});
