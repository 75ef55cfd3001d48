// The widgets of lessons 11 to 13 in the browser: each is reached and driven with the keyboard
// alone, its figures follow what the engine computes for the same inputs, and the page passes
// axe in light and dark and fits a 360 px phone.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PUMP_ORDER } from '../../src/lib/components/lesson/partial-or-wait-data';
import { pumpOrderTimeline } from '../../src/lib/components/lesson/order-timeline-steps';
import { comparePartialShipment } from '../../src/lib/sim/partial-shipment';
import { inquiriesAfterMessages } from '../../src/lib/sim/proactive-notification';
import { shipmentReadiness, type ShipmentProfile } from '../../src/lib/sim/shipping-documents';
import { expectAccessible, useBrowser } from './support/browser';
import { open, retype, schemeAndPhoneChecks, rate, dollars } from './support/lesson-widgets';

const session = useBrowser();

const BACKORDERS = '/learn/backorders-and-partial-shipments';
const STATUS = '/learn/status-tracking-and-communication';
const DOCUMENTS = '/learn/documentation-and-compliance';

const PARTIAL_WIDGET = 'Ship partial now, or wait and ship complete?';
const TIMELINE_WIDGET = 'Follow the pump order from entry to payment';
const CHECKLIST_WIDGET = 'Check the documents before the shipment leaves';

// Lesson 13's worked example, as the checklist opens on it.
const HARLOW: ShipmentProfile = {
	crossesBorder: true,
	exportControlled: true,
	hazardous: true,
	preferenceClaimed: true,
	letterOfCredit: false,
	ediShipNotice: true,
	incoterm: 'FCA',
	license: { quantity: 40, balance: 60 }
};

/** The widget's polite summary (its status line), spaces collapsed. */
async function statusText(region: Locator): Promise<string> {
	const text = await region.getByRole('status').first().textContent();
	return (text ?? '').replace(/\s+/g, ' ').trim();
}

describe('lesson 11 widget: ship partial or wait', () => {
	it('opens on the worked example and follows what is on hand, typed with the keyboard', async () => {
		const page = await session.newPage();
		await open(page, BACKORDERS);
		const widget = page.getByRole('region', { name: PARTIAL_WIDGET });
		const worked = comparePartialShipment(PUMP_ORDER);
		expect(await statusText(widget)).toContain(
			`Partial: 66 of 70 units leave on day 3 (unit fill ${rate(worked.partial.fillOnSchedule.unit)}, line fill ${rate(worked.partial.fillOnSchedule.line)}, order fill 0 %)`
		);
		expect(await statusText(widget)).toContain(
			`a net cost of ${dollars(-worked.netFinancialEffectOfPartial!)}`
		);

		const pumps = widget.getByRole('group', { name: 'Line 1: CP-50 centrifugal pump' });
		await retype(page, pumps.getByRole('spinbutton', { name: 'On hand on the ship day' }), '8');
		const eight = comparePartialShipment({
			...PUMP_ORDER,
			lines: [{ ...PUMP_ORDER.lines[0], availableNow: 8 }, ...PUMP_ORDER.lines.slice(1)]
		});
		await expect
			.poll(() => statusText(widget))
			.toContain(
				`Partial: 68 of 70 units leave on day 3 (unit fill ${rate(eight.partial.fillOnSchedule.unit)}`
			);
		const table = widget.getByRole('table', { name: /Ship partial now against wait/ });
		const invoices = table.getByRole('row').filter({ hasText: 'Invoices paid' });
		expect(await invoices.getByRole('cell').first().textContent()).toContain(
			`${dollars(eight.partial.shipments[0].value)} on day ${eight.partial.shipments[0].payDay}`
		);

		// An impossible entry gets a message, not a crash.
		await retype(page, pumps.getByRole('spinbutton', { name: 'On hand on the ship day' }), '12');
		await expect.poll(() => statusText(widget)).toContain('on hand 12 is more than the 10 ordered');
		await expectAccessible(page);
	});

	schemeAndPhoneChecks(session, BACKORDERS, PARTIAL_WIDGET);
});

describe('lesson 12 widget: the order timeline', () => {
	it('holds back a proactive message with the keyboard and counts the inquiries that follow', async () => {
		const page = await session.newPage();
		await open(page, STATUS);
		const widget = page.getByRole('region', { name: TIMELINE_WIDGET });
		expect(await statusText(widget)).toMatch(
			/^0 of 3 where-is-my-order inquiries reach the desk; 2 proactive messages head off 3\./
		);

		await widget.getByRole('checkbox', { name: /^Message 1, day 1/ }).focus();
		await page.keyboard.press('Space');
		const shortageHeldBack = inquiriesAfterMessages(pumpOrderTimeline(1), ['eta']);
		await expect
			.poll(() => statusText(widget))
			.toMatch(
				new RegExp(
					`^${shortageHeldBack.inquiries} of 3 where-is-my-order inquiries reach the desk; one proactive message heads off ${shortageHeldBack.inquiriesPrevented}\\.`
				)
			);
		const timeline = widget.getByRole('list', { name: 'The order’s status, day by day' });
		// Without message 1 the customer hears nothing at allocation.
		expect(await timeline.getByText(/Nothing new: the portal says/).count()).toBe(1);

		await retype(
			page,
			widget.getByRole('spinbutton', { name: 'Carrier delay on the first shipment (days)' }),
			'3'
		);
		await expect.poll(() => statusText(widget)).toContain('the first units arrive on day 8');
		expect(await timeline.getByText('Message 2: ETA now day 8').count()).toBe(1);
		await expectAccessible(page);
	});

	schemeAndPhoneChecks(session, STATUS, TIMELINE_WIDGET);
});

describe('lesson 13 widget: the document checklist', () => {
	it('shows what customs does without the commercial invoice, and changes the list with the shipment', async () => {
		const page = await session.newPage();
		await open(page, DOCUMENTS);
		const widget = page.getByRole('region', { name: CHECKLIST_WIDGET });
		expect(await statusText(widget)).toContain('all on file. The shipment can be released.');

		await widget.getByRole('checkbox', { name: 'Commercial invoice', exact: true }).focus();
		await page.keyboard.press('Space');
		const held = shipmentReadiness(HARLOW, ['commercial-invoice']);
		await expect
			.poll(() => statusText(widget))
			.toBe(
				`The shipment stops at the border. Commercial invoice (Import customs): ${held.firstStop!.problems[0].what}`
			);
		await page.keyboard.press('Space');
		await expect.poll(() => statusText(widget)).toContain('The shipment can be released.');

		// The destination is a radio group: the arrow keys move between its options.
		await widget.getByRole('radio', { name: 'Export: crosses a border' }).focus();
		await page.keyboard.press('ArrowUp');
		await expect
			.poll(() => statusText(widget))
			.toMatch(/^A domestic shipment of an export-controlled, hazardous item: 7 documents/);
		expect(
			await widget.getByRole('checkbox', { name: 'Commercial invoice', exact: true }).count()
		).toBe(0);
		await expectAccessible(page);
	});

	schemeAndPhoneChecks(session, DOCUMENTS, CHECKLIST_WIDGET);
});
