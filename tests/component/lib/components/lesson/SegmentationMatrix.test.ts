import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import SegmentationMatrix from '../../../../../src/lib/components/lesson/SegmentationMatrix.svelte';
import {
	CELLS,
	VALVE_ACCOUNTS
} from '../../../../../src/lib/components/lesson/segmentation-matrix-data';
import { abcClassification, volumeMarginMatrix } from '../../../../../src/lib/sim/segmentation';

const cellName = (id: string) => CELLS.find((c) => c.id === id)!.name;
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The accounts listed in one cell of the matrix table, as "Name (class X)". */
function matrixCell(name: string): string[] {
	const table = screen.getByRole('table', { name: /Volume by margin matrix/ });
	const cell = within(table)
		.getAllByRole('cell')
		.find((c) => within(c).queryByText(name, { selector: 'strong' }) !== null);
	if (!cell) throw new Error(`no matrix cell named ${name}`);
	return within(cell)
		.queryAllByRole('listitem')
		.map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
}

function accountsTable() {
	return screen.getByRole('table', { name: /Accounts ranked by/ });
}

describe('SegmentationMatrix', () => {
	it('opens on the worked example: two accounts in each cell, as the engine places them', () => {
		render(SegmentationMatrix);
		const rows = volumeMarginMatrix(VALVE_ACCOUNTS, { revenue: 1000, netMarginRate: 0.1 });
		const abc = new Map(
			abcClassification(
				VALVE_ACCOUNTS.map((a) => ({ id: a.id, value: a.revenue })),
				{ a: 0.7, b: 0.9 }
			).map((r) => [r.id, r.abcClass])
		);
		for (const c of CELLS) {
			expect(matrixCell(c.name)).toEqual(
				rows.filter((r) => r.quadrant === c.id).map((r) => `${r.id} (class ${abc.get(r.id)})`)
			);
		}
		expect(matrixCell('Fix the cost to serve')).toEqual([
			'Baystate Water (class A)',
			'Delta Foods (class B)'
		]);
		expect(screen.getByText(/Protect 2, Fix the cost to serve 2, Develop 2/)).toHaveTextContent(
			'Cost to serve moves Baystate Water and Delta Foods to Fix the cost to serve and Granite Irrigation and Hillside Brewing to Serve efficiently.'
		);
	});

	it('shows the ranked table with the engine’s shares and classes', () => {
		render(SegmentationMatrix);
		const abc = abcClassification(
			VALVE_ACCOUNTS.map((a) => ({ id: a.id, value: a.revenue })),
			{ a: 0.7, b: 0.9 }
		);
		const body = within(accountsTable()).getAllByRole('row').slice(1);
		expect(body).toHaveLength(8);
		abc.forEach((r, i) => {
			const cells = within(body[i]).getAllByRole('cell');
			expect(within(body[i]).getByRole('rowheader')).toHaveTextContent(r.id);
			expect(cells.map((c) => c.textContent)).toContain(pct(r.cumulativeShare));
			expect(cells.map((c) => c.textContent)).toContain(r.abcClass);
		});
	});

	it('moves an account across the volume line when the learner types a new line', async () => {
		const user = userEvent.setup();
		render(SegmentationMatrix);
		const field = screen.getByLabelText('High volume from revenue of ($ thousands)');
		await user.clear(field);
		await user.type(field, '500');
		const rows = volumeMarginMatrix(VALVE_ACCOUNTS, { revenue: 500, netMarginRate: 0.1 });
		const eastfield = rows.find((r) => r.id === 'Eastfield Mechanical')!;
		expect(cellName(eastfield.quadrant)).toBe('Protect');
		expect(matrixCell('Protect')).toContain('Eastfield Mechanical (class B)');
		expect(
			screen.getByRole('columnheader', { name: 'High volume: revenue 500 or more' })
		).toBeInTheDocument();
	});

	it('on gross margin alone every account looks high margin', async () => {
		const user = userEvent.setup();
		render(SegmentationMatrix);
		await user.click(screen.getByRole('radio', { name: 'Gross, ignoring cost to serve' }));
		const gross = volumeMarginMatrix(
			VALVE_ACCOUNTS.map((a) => ({ ...a, costToServe: 0 })),
			{ revenue: 1000, netMarginRate: 0.1 }
		);
		expect(gross.every((r) => r.highMargin)).toBe(true);
		expect(matrixCell('Fix the cost to serve')).toEqual([]);
		expect(screen.getByText(/On gross margin 8 of 8 accounts clear the 10.0 % line/)).toBeVisible();
	});

	it('ranks by net margin: Delta falls from B to C and Fairview rises from C to B', async () => {
		const user = userEvent.setup();
		render(SegmentationMatrix);
		await user.click(screen.getByRole('radio', { name: 'Net margin after cost to serve' }));
		expect(accountsTable()).toHaveAccessibleName(
			'Accounts ranked by net margin after cost to serve'
		);
		expect(
			screen.getByText(
				/Ranked by net margin, Delta Foods falls from B to C and Fairview Hospital rises from C to B\./
			)
		).toBeVisible();
		expect(matrixCell('Develop')).toEqual([
			'Eastfield Mechanical (class B)',
			'Fairview Hospital (class B)'
		]);
	});

	it('shows the service rules of the chosen account’s cell, and Fairview’s written exception', async () => {
		const user = userEvent.setup();
		render(SegmentationMatrix);
		expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent(
			'Baystate Water: Fix the cost to serve'
		);
		expect(screen.getByText('EDI or portal, consolidated to two orders a week')).toBeVisible();
		await user.selectOptions(screen.getByLabelText('Service rules for'), 'Fairview Hospital');
		expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent(
			'Fairview Hospital: Develop'
		);
		expect(screen.getByText('Inside sales contact')).toBeVisible();
		expect(screen.getByText(/emergency orders, flagged by order type/)).toBeVisible();
	});

	it('says what is wrong with an empty, negative or crossed line, and hides the figures', async () => {
		const user = userEvent.setup();
		render(SegmentationMatrix);
		const revenue = screen.getByLabelText('High volume from revenue of ($ thousands)');
		await user.clear(revenue);
		expect(revenue).toHaveAccessibleDescription(/The revenue line is empty/);
		expect(screen.getByText('Fix the highlighted field to see the matrix.')).toBeVisible();
		expect(screen.queryByRole('table')).toBeNull();
		await user.type(revenue, '-5');
		expect(revenue).toHaveAccessibleDescription('The revenue line cannot be negative.');
		await user.clear(revenue);
		await user.type(revenue, '1000');
		expect(screen.getByRole('table', { name: /Volume by margin matrix/ })).toBeInTheDocument();

		const a = screen.getByLabelText('Class A ends at (% cumulative)');
		await user.clear(a);
		await user.type(a, '95');
		expect(screen.getByText('Class A’s line (95 %) must be below class B’s (90 %).')).toBeVisible();
		expect(screen.queryByRole('table')).toBeNull();
		await user.clear(a);
		await user.type(a, '150');
		expect(a).toHaveAccessibleDescription(/cannot be more than 99/);
	});
});
