import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import OrderTimeline from '../../../../../src/lib/components/lesson/OrderTimeline.svelte';
import { pumpOrderTimeline } from '../../../../../src/lib/components/lesson/order-timeline-steps';
import { inquiriesAfterMessages } from '../../../../../src/lib/sim/proactive-notification';

const MESSAGE_1 = 'Message 1, day 1: the shortage, the new date and the choice';
const MESSAGE_2 = 'Message 2, day 4: the new ETA';

const status = () => screen.getByRole('status').textContent!.trim();

/** The timeline entry for a day and milestone, as its visible text. */
function entry(day: number, milestone: RegExp): HTMLElement {
	const list = screen.getByRole('list', { name: 'The order’s status, day by day' });
	const item = within(list)
		.getAllByRole('listitem')
		.find((li) => li.textContent!.startsWith(`Day ${day}`) && milestone.test(li.textContent!));
	if (!item) throw new Error(`no timeline entry for day ${day} matching ${milestone}`);
	return item;
}

describe('OrderTimeline', () => {
	it('opens on the lesson’s case: both messages sent, three inquiries and the idle crew avoided', () => {
		render(OrderTimeline);
		const tally = inquiriesAfterMessages(pumpOrderTimeline(1), ['shortage', 'eta']);
		expect(tally.inquiriesIfSilent).toBe(3);
		expect(status()).toBe(
			`${tally.inquiries} of 3 where-is-my-order inquiries reach the desk; 2 proactive messages head off ${tally.inquiriesPrevented}. The site moves its crew instead of leaving it idle. Messages or not, the order is late against its commit date: delivery was promised for day 5; the first units arrive on day 6, the last on day 14.`
		);
		expect(screen.getByRole('checkbox', { name: MESSAGE_1 })).toBeChecked();
		expect(screen.getByRole('checkbox', { name: MESSAGE_2 })).toBeChecked();
		expect(entry(0, /855: ship day 3, deliver day 5/)).toBeInTheDocument();
		expect(entry(1, /Allocation: 6 of 10 pumps/)).toHaveTextContent(
			'Proactive message, customer sees: Message 1: 66 units ship day 3, 4 pumps ship day 12 for day 14'
		);
		expect(entry(3, /66 units shipped; invoice \$13,300\.00/)).toHaveTextContent(
			'Inquiry prevented Buyer: Asks where the other 4 pumps are'
		);
		expect(entry(4, /Carrier misses a terminal connection/)).toHaveTextContent(
			'Message 2: ETA now day 6'
		);
		expect(entry(33, /Invoice of \$13,300\.00 paid, net 30/)).toBeInTheDocument();
		expect(entry(42, /Invoice of \$5,800\.00 paid/)).toBeInTheDocument();
	});

	it('lets the buyer call when message 1 is held back, with the keyboard alone', async () => {
		const user = userEvent.setup();
		render(OrderTimeline);
		const box = screen.getByRole('checkbox', { name: MESSAGE_1 });
		while (document.activeElement !== box) await user.tab();
		await user.keyboard(' ');
		expect(box).not.toBeChecked();
		const tally = inquiriesAfterMessages(pumpOrderTimeline(1), ['eta']);
		expect(tally.inquiries).toBe(2);
		expect(status()).toMatch(
			/^2 of 3 where-is-my-order inquiries reach the desk; one proactive message heads off 1\./
		);
		expect(entry(1, /Allocation/)).toHaveTextContent(
			'Customer sees: Nothing new: the portal says “processing”'
		);
		expect(entry(3, /66 units shipped/)).toHaveTextContent(
			'! Inquiry Buyer: Asks where the other 4 pumps are'
		);
		expect(entry(5, /Truck not arrived/)).toHaveTextContent(
			'! Inquiry Project manager: Asks when the other 4 pumps will come'
		);
	});

	it('counts every inquiry and the idle crew when the desk stays silent', async () => {
		const user = userEvent.setup();
		render(OrderTimeline);
		await user.click(screen.getByRole('checkbox', { name: MESSAGE_1 }));
		await user.click(screen.getByRole('checkbox', { name: MESSAGE_2 }));
		const tally = inquiriesAfterMessages(pumpOrderTimeline(1), []);
		expect(status()).toMatch(
			new RegExp(
				`^${tally.inquiries} of 3 where-is-my-order inquiries reach the desk because the desk sends no proactive message\\. A crew stands idle on site\\.`
			)
		);
		expect(entry(5, /Truck not arrived/)).toHaveTextContent(
			'! Disruption Installation crew: Stands idle on site waiting for the pumps'
		);
	});

	it('drops the ETA message when the carrier runs on time, and moves the ETA with the delay', async () => {
		const user = userEvent.setup();
		render(OrderTimeline);
		const delay = screen.getByLabelText('Carrier delay on the first shipment (days)');
		await user.clear(delay);
		await user.type(delay, '0');
		expect(screen.queryByRole('checkbox', { name: MESSAGE_2 })).not.toBeInTheDocument();
		expect(screen.getByText(/No carrier delay: the ETA never changes/)).toBeVisible();
		const tally = inquiriesAfterMessages(pumpOrderTimeline(0), ['shortage']);
		expect(tally.inquiriesIfSilent).toBe(2);
		expect(status()).toMatch(/^0 of 2 where-is-my-order inquiries reach the desk/);
		expect(status()).toContain('the first units arrive on day 5, the last on day 14');

		await user.clear(delay);
		await user.type(delay, '3');
		// The message comes back, sent as before, with the new ETA.
		expect(screen.getByRole('checkbox', { name: MESSAGE_2 })).toBeChecked();
		expect(entry(4, /Carrier misses/)).toHaveTextContent('Message 2: ETA now day 8');
		expect(entry(8, /66 units delivered/)).toBeInTheDocument();
	});

	it('says what is wrong with the delay and keeps the rest of the widget working', async () => {
		const user = userEvent.setup();
		render(OrderTimeline);
		const delay = screen.getByLabelText('Carrier delay on the first shipment (days)');
		await user.clear(delay);
		await user.type(delay, '-1');
		expect(screen.getByText('The carrier delay cannot be negative.')).toBeVisible();
		expect(status()).toBe('Fix the carrier delay to see the timeline.');
		expect(screen.queryByRole('list', { name: /day by day/ })).not.toBeInTheDocument();

		await user.clear(delay);
		expect(screen.getByText(/The carrier delay is empty/)).toBeVisible();
		await user.type(delay, '9');
		expect(screen.getByText('The carrier delay cannot be more than 6.')).toBeVisible();

		await user.clear(delay);
		await user.type(delay, '1');
		expect(status()).toMatch(/^0 of 3/);
	});
});
