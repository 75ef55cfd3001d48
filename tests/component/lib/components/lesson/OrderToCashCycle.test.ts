import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import OrderToCashCycle from '../../../../../src/lib/components/lesson/OrderToCashCycle.svelte';
import { ORDER_TO_CASH_STEPS } from '../../../../../src/lib/components/lesson/order-to-cash-steps';

describe('OrderToCashCycle', () => {
	it('shows the first step and its documents, systems and failure modes', () => {
		render(OrderToCashCycle);
		const first = ORDER_TO_CASH_STEPS[0];
		expect(screen.getByRole('tab', { name: new RegExp(first.name) })).toHaveAttribute(
			'aria-selected',
			'true'
		);
		const panel = screen.getByRole('tabpanel');
		expect(within(panel).getByRole('heading', { level: 3 })).toHaveTextContent(
			`Step 1 of ${ORDER_TO_CASH_STEPS.length}: ${first.name}`
		);
		for (const text of [...first.documents, ...first.systems, ...first.goesWrong]) {
			expect(within(panel).getAllByText(text).length).toBeGreaterThan(0);
		}
	});

	it('walks the cycle with the arrow keys, wrapping from the last step to the first', async () => {
		const user = userEvent.setup();
		render(OrderToCashCycle);
		const tabs = screen.getAllByRole('tab');
		expect(tabs).toHaveLength(ORDER_TO_CASH_STEPS.length);
		await user.tab();
		expect(tabs[0]).toHaveFocus();
		await user.keyboard('{ArrowRight}');
		expect(tabs[1]).toHaveFocus();
		expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
		expect(screen.getByRole('tabpanel')).toHaveTextContent(ORDER_TO_CASH_STEPS[1].happens);
		await user.keyboard('{End}');
		expect(tabs.at(-1)).toHaveFocus();
		await user.keyboard('{ArrowRight}');
		expect(tabs[0]).toHaveFocus();
		await user.keyboard('{ArrowLeft}');
		expect(tabs.at(-1)).toHaveAttribute('aria-selected', 'true');
		// Only the selected step is in the tab order; the panel comes next.
		await user.tab();
		expect(screen.getByRole('tabpanel')).toHaveFocus();
	});

	it('selects a step with a click', async () => {
		const user = userEvent.setup();
		render(OrderToCashCycle);
		const target = ORDER_TO_CASH_STEPS[3];
		await user.click(screen.getByRole('tab', { name: new RegExp(target.name) }));
		expect(screen.getByRole('tabpanel')).toHaveAccessibleName(new RegExp(target.name));
	});
});
