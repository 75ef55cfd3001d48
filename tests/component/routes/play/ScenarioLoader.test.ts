import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { customScenarios } from '../../../../src/lib/progress/custom-scenarios';
import ScenarioLoader from '../../../../src/routes/play/custom/ScenarioLoader.svelte';
import { SCENARIO_SOURCE } from '../../lib/components/play/fixtures';

const goto = vi.hoisted(() => vi.fn());
vi.mock('$app/navigation', () => ({ goto }));

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });
const mine = SCENARIO_SOURCE.replace('"first-day-at-the-desk"', '"my-first-day"');

function setup() {
	const onchange = vi.fn();
	render(ScenarioLoader, { onchange });
	return { user: userEvent.setup(), onchange };
}

describe('loading an own scenario', () => {
	beforeEach(() => {
		localStorage.clear();
		goto.mockClear();
	});

	it('keeps a valid file and plays it at once', async () => {
		const { user, onchange } = setup();
		await user.upload(screen.getByLabelText('Choose a scenario file…'), file('mine.json', mine));
		expect(customScenarios().scenarios.map((s) => s.id)).toEqual(['my-first-day']);
		expect(onchange).toHaveBeenCalled();
		expect(goto).toHaveBeenCalledWith('/play/custom/play?id=my-first-day');
	});

	it('lists a malformed file’s issues by field and changes nothing', async () => {
		const { user } = setup();
		await user.upload(screen.getByLabelText('Choose a scenario file…'), file('mine.json', mine));
		const before = localStorage.getItem('order-desk:custom-scenarios');
		const broken = JSON.parse(mine);
		broken.customers[0].channel = 'fax';
		broken.demand.items['NOPE-1'] = 2;
		await user.upload(
			screen.getByLabelText('Choose a scenario file…'),
			file('broken.json', JSON.stringify(broken))
		);
		const alert = screen.getByRole('region', { name: 'Why the file was not kept' });
		expect(alert).toHaveTextContent('broken.json');
		expect(
			within(alert)
				.getAllByRole('listitem')
				.map((li) => li.textContent)
		).toEqual(['customers.0.channel: must be one of edi, web, phone, email, marketplace, store']);
		expect(localStorage.getItem('order-desk:custom-scenarios')).toBe(before);
		expect(goto).toHaveBeenCalledTimes(1);
	});

	it('checks pasted JSON the same way', async () => {
		const { user } = setup();
		const button = screen.getByRole('button', { name: 'Check and play' });
		expect(button).toBeDisabled();
		await user.click(screen.getByLabelText('Or paste the scenario’s JSON'));
		await user.paste('{ "id": "x" ');
		await user.click(button);
		expect(screen.getByText(/The pasted scenario/)).toBeInTheDocument();
		expect(screen.getByText(/not valid JSON/)).toBeInTheDocument();
		expect(customScenarios().scenarios).toEqual([]);
	});
});
