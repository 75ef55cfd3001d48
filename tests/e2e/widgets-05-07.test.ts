// The widgets of lessons 5 to 7 in the browser: each is reached and driven with the keyboard
// alone, its figures follow what the engine computes for the same inputs, and the page passes
// axe in light and dark and fits a 360 px phone.
import { describe, expect, it } from 'vitest';
import {
	AVAILABILITY,
	ORDER_ALONE,
	dayName,
	factsFrom
} from '../../src/lib/components/lesson/customer-profile-data';
import { VALVE_ACCOUNTS } from '../../src/lib/components/lesson/segmentation-matrix-data';
import { customerOrderDecision } from '../../src/lib/sim/customer-decision';
import { volumeMarginMatrix } from '../../src/lib/sim/segmentation';
import { amountDue, priceForQuantity } from '../../src/lib/sim/terms';
import { expectAccessible, expectRegionsAccessible, useBrowser } from './support/browser';
import {
	open,
	retype,
	textOf,
	liveText,
	schemeAndPhoneChecks,
	dollars
} from './support/lesson-widgets';

const session = useBrowser();

const SEGMENTATION = '/learn/segmentation-and-priority-rules';
const PRICING = '/learn/pricing-terms-and-conditions';
const CRM = '/learn/crm-integration';

const SEGMENTATION_WIDGET = 'Segment the valve distributor’s accounts';
const TERMS_WIDGET = 'Price the BV-200 order by its quantity breaks';
const PROFILE_WIDGET = 'Northgate Mechanical: the customer profile beside the order';

describe('lesson 5 widget: segmentation matrix', () => {
	it('moves the volume line and the ABC basis by keyboard, as the engine places the accounts', async () => {
		const page = await session.newPage();
		await open(page, SEGMENTATION);
		const widget = page.getByRole('region', { name: SEGMENTATION_WIDGET, exact: true });
		expect(await liveText(widget)).toContain(
			'Protect 2, Fix the cost to serve 2, Develop 2, Serve efficiently 2.'
		);

		await retype(
			page,
			widget.getByRole('spinbutton', { name: 'High volume from revenue of ($ thousands)' }),
			'500'
		);
		const rows = volumeMarginMatrix(VALVE_ACCOUNTS, { revenue: 500, netMarginRate: 0.1 });
		const count = (q: string) => rows.filter((r) => r.quadrant === q).length;
		await expect
			.poll(() => liveText(widget))
			.toContain(
				`Protect ${count('protect')}, Fix the cost to serve ${count('fix-cost-to-serve')}, Develop ${count('develop')}, Serve efficiently ${count('serve-efficiently')}.`
			);
		const matrix = widget.getByRole('table', { name: /Volume by margin matrix/ });
		expect(await textOf(matrix.getByRole('cell').filter({ hasText: 'Protect' }))).toContain(
			'Eastfield Mechanical (class B)'
		);

		// The ranking is a radio group: the arrow keys move the choice.
		await widget.getByRole('radio', { name: 'Revenue', exact: true }).focus();
		await page.keyboard.press('ArrowDown');
		await expect
			.poll(() => liveText(widget))
			.toContain(
				'Ranked by net margin, Delta Foods falls from B to C and Fairview Hospital rises from C to B.'
			);
		await expectRegionsAccessible(page, SEGMENTATION_WIDGET);
		await expectAccessible(page);
	});

	schemeAndPhoneChecks(session, SEGMENTATION, SEGMENTATION_WIDGET);
});

describe('lesson 6 widget: terms calculator', () => {
	it('prices a typed quantity both ways and follows the invoice into the payment terms', async () => {
		const page = await session.newPage();
		await open(page, PRICING);
		const widget = page.getByRole('region', { name: TERMS_WIDGET, exact: true });
		expect(await liveText(widget)).toContain('Invoice: 250 units, $10,250.00.');

		// Self-check question 1: 120 units.
		await retype(page, widget.getByRole('spinbutton', { name: 'Order quantity (units)' }), '120');
		const breaks = [
			{ fromQty: 1, unitPrice: 48 },
			{ fromQty: 100, unitPrice: 44 },
			{ fromQty: 250, unitPrice: 41 }
		];
		const all = priceForQuantity(120, breaks, 'all-units');
		const inc = priceForQuantity(120, breaks, 'incremental');
		const prices = widget.getByRole('table', { name: '120 units priced both ways' });
		await expect
			.poll(() => textOf(prices.getByRole('row').filter({ hasText: 'All-units' })))
			.toContain(dollars(all.total));
		expect(await textOf(prices.getByRole('row').filter({ hasText: 'Incremental' }))).toContain(
			dollars(inc.total)
		);

		await widget.getByRole('radio', { name: 'All-units', exact: true }).focus();
		await page.keyboard.press('ArrowDown');
		await expect
			.poll(() => liveText(widget))
			.toContain(`Invoice: 120 units, ${dollars(inc.total)}.`);

		const payment = widget.getByRole('region', {
			name: 'What the customer owes, and what skipping the discount costs'
		});
		await retype(page, payment.getByRole('spinbutton', { name: 'Customer pays on day' }), '45');
		const due = amountDue(inc.total, { discountRate: 0.02, discountDays: 10, netDays: 30 }, 45);
		await expect
			.poll(() => liveText(payment))
			.toContain(
				`Paid on day 45: no discount, ${dollars(due.amountDue)} due, ${due.daysPastDue} days past due.`
			);
		expect(
			await textOf(payment.getByRole('row').filter({ hasText: 'Simple, paid on day 45' }))
		).toContain('21.3 %');
		await expectRegionsAccessible(page, TERMS_WIDGET);
		await expectAccessible(page);
	});

	schemeAndPhoneChecks(session, PRICING, TERMS_WIDGET);
});

describe('lesson 7 widget: customer profile card', () => {
	it('brings customer facts to the desk with the keyboard and the decisions change', async () => {
		const page = await session.newPage();
		await open(page, CRM);
		const widget = page.getByRole('region', { name: PROFILE_WIDGET, exact: true });
		expect(await liveText(widget)).toContain('Same decisions as from the order alone.');
		const decisions = widget.getByRole('list', { name: 'Decisions on this order' });
		// One card per decision, found by its area label ("Quantity", "Shipment"...).
		const area = (name: string) =>
			decisions.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });

		await widget.getByRole('checkbox', { name: /^Pipeline/ }).focus();
		await page.keyboard.press('Space');
		await expect.poll(() => textOf(area('Quantity'))).toContain('Accept as project demand');

		await widget.getByRole('checkbox', { name: /^Receiving/ }).focus();
		await page.keyboard.press('Space');
		const situation = {
			qty: 240,
			requestedShipDay: 3,
			listPrice: 42,
			availability: AVAILABILITY,
			handlingDays: 1,
			abnormalDemandFactor: 3,
			credit: {
				creditLimit: 15_000,
				openReceivables: 4_800,
				openOrders: 0,
				pastDueAmount: 720,
				pastDueDays: 35,
				pastDueToleranceDays: 30
			}
		};
		const d = customerOrderDecision(
			situation,
			factsFrom({ ...ORDER_ALONE, pipeline: true, shipComplete: true }),
			{ dayName }
		);
		await expect.poll(() => textOf(area('Shipment'))).toContain(d.shipment.reason);
		await expect
			.poll(() => liveText(widget))
			.toContain('The facts shown change 2 of 4 decisions made from the order alone');

		// A larger order than the project's release is abnormal again.
		await retype(page, widget.getByRole('spinbutton', { name: 'Order quantity (valves)' }), '300');
		await expect.poll(() => textOf(area('Quantity'))).toContain('Hold as abnormal demand');
		await expectRegionsAccessible(page, PROFILE_WIDGET);
		await expectAccessible(page);
	});

	schemeAndPhoneChecks(session, CRM, PROFILE_WIDGET);
});
