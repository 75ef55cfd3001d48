// The instructor console's panels, rendered with a console state and a stubbed server: what
// each sends, and how each shows the answer or the refusal.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	HostConsole,
	type ConsoleData
} from '../../../../src/routes/class/[code]/host/console.svelte';
import DisruptionDeck from '../../../../src/routes/class/[code]/host/DisruptionDeck.svelte';
import Leaderboard from '../../../../src/routes/class/[code]/host/Leaderboard.svelte';
import LobbyPanel from '../../../../src/routes/class/[code]/host/LobbyPanel.svelte';
import type { Standing } from '../../../../src/lib/sim';

// jsdom lays nothing out: ChartFigure keeps chart.js unloaded, as a browser does until the
// chart scrolls into view. The figures are in the tables.
class NeverIntersects {
	observe() {}
	unobserve() {}
	disconnect() {}
	takeRecords() {
		return [];
	}
}
beforeAll(() => vi.stubGlobal('IntersectionObserver', NeverIntersects));
afterAll(() => vi.unstubAllGlobals());

let replies: unknown[] = [];
const fetchMock = vi.fn(async () => new Response(JSON.stringify(replies.shift() ?? { ok: true })));
beforeEach(() => {
	replies = [];
	fetchMock.mockClear();
	vi.stubGlobal('fetch', fetchMock);
	vi.stubGlobal('IntersectionObserver', NeverIntersects);
});
// Each console's pending leaderboard refresh stops with its test.
const consoles: HostConsole[] = [];
afterEach(() => consoles.splice(0).forEach((c) => c.stop()));

const sent = (i = 0) => {
	const [url, init] = fetchMock.mock.calls[i] as unknown as [string, RequestInit | undefined];
	return { url, body: init?.body ? JSON.parse(String(init.body)) : undefined };
};

function consoleWith(over: Partial<ConsoleData> = {}) {
	const host = new HostConsole({
		code: 'K7PQ3M',
		days: 6,
		state: { status: 'running', day: 1, locked: false },
		participants: [
			{ id: 'p1', name: 'Ana', team: null },
			{ id: 'p2', name: 'Bo', team: null }
		],
		played: [],
		round: null,
		standings: [],
		...over
	});
	consoles.push(host);
	return host;
}

describe('the lobby panel', () => {
	it('renames a participant from the keyboard and announces it', async () => {
		const host = consoleWith();
		render(LobbyPanel, { host });
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: 'Rename Ana' }));
		const field = screen.getByRole('textbox', { name: 'New name for Ana' });
		expect(field).toHaveFocus();
		await user.clear(field);
		await user.type(field, 'Anna');
		replies.push({
			ok: true,
			event: {
				seq: 9,
				type: 'participant.renamed',
				participantId: 'p1',
				name: 'Anna',
				worldKey: 'learner:p1'
			}
		});
		await user.keyboard('{Enter}');
		expect(sent().url).toBe('/class/K7PQ3M/host/lobby');
		expect(sent().body).toEqual({ action: 'rename', participantId: 'p1', name: 'Anna' });
		expect(await screen.findByText('Anna')).toBeInTheDocument();
		expect(screen.getAllByRole('status').some((s) => s.textContent === 'Ana is now Anna.')).toBe(
			true
		);
	});

	it('asks before removing, and shows a refusal as an alert', async () => {
		const host = consoleWith();
		render(LobbyPanel, { host });
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: 'Remove Bo' }));
		expect(fetchMock).not.toHaveBeenCalled();
		replies.push({
			ok: true,
			event: { seq: 10, type: 'participant.removed', participantId: 'p2', worldKey: 'learner:p2' }
		});
		await user.click(screen.getByRole('button', { name: 'Yes, remove Bo' }));
		expect(sent().body).toEqual({ action: 'remove', participantId: 'p2' });
		expect(await screen.findByRole('heading', { name: 'Participants (1)' })).toBeInTheDocument();
		replies.push({ ok: false, message: 'The class has ended.' });
		await user.click(screen.getByRole('button', { name: 'Lock the lobby' }));
		expect(await screen.findByRole('alert')).toHaveTextContent('The class has ended.');
	});
});

describe('the disruption deck', () => {
	it('plays a card with the chosen severity and lists it with its headline', async () => {
		const host = consoleWith();
		render(DisruptionDeck, { host, kinds: ['demand-spike', 'credit-downgrade'] });
		const user = userEvent.setup();
		await user.selectOptions(screen.getByRole('combobox', { name: 'Severity' }), 'Severe (80 %)');
		const headline = 'Credit downgrade: Marlow Plumbing Supply’s credit limit is cut by 80 %.';
		replies.push({
			ok: true,
			event: { seq: 4, type: 'disruption.played', day: 1, kind: 'credit-downgrade', headline }
		});
		await user.click(screen.getByRole('button', { name: 'Play Credit downgrade' }));
		expect(sent().body).toEqual({ kind: 'credit-downgrade', severity: 0.8, days: 3 });
		expect(await screen.findByText(`Day 1: ${headline}`)).toBeInTheDocument();
	});

	it('waits for the class to start', () => {
		render(DisruptionDeck, {
			host: consoleWith({ state: { status: 'lobby', day: 1, locked: false } }),
			kinds: ['demand-spike']
		});
		expect(screen.getByText(/Start the class to play disruptions/)).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: 'Play Demand spike' })).toBeNull();
	});
});

describe('the leaderboard', () => {
	const standing = (
		name: string,
		rank: number,
		perfect: number | null,
		points: number
	): Standing => ({
		key: `learner:${name}`,
		name,
		members: [name],
		rank,
		day: 2,
		kpis: { perfectOrderRate: perfect, otif: perfect, fillRateOrder: perfect },
		points
	});

	it('shows the standings in order with their figures, and re-ranks on request', async () => {
		const host = consoleWith({
			standings: [standing('Ana', 1, 0.95, 0), standing('Bo', 2, 0.5, 100)]
		});
		render(Leaderboard, { host, mode: 'individual' });
		const table = screen.getByRole('table', { name: /2 learners, best first, after day 2/ });
		const rows = within(table).getAllByRole('row').slice(1);
		expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Ana', 'Bo']);
		expect(rows[0]).toHaveTextContent('95.0 %');
		expect(screen.getByRole('figure')).toBeInTheDocument();
		replies.push({
			ok: true,
			standings: [standing('Bo', 1, 0.5, 100), standing('Ana', 2, 0.95, 0)]
		});
		await userEvent
			.setup()
			.selectOptions(screen.getByRole('combobox', { name: 'Rank by' }), 'Quiz points');
		expect(sent().url).toBe('/class/K7PQ3M/host/board?rank=points');
		await vi.waitFor(() =>
			expect(
				within(screen.getByRole('table', { name: /best first/ }))
					.getAllByRole('rowheader')
					.map((h) => h.textContent)
			).toEqual(['Bo', 'Ana'])
		);
		expect(screen.getByRole('link', { name: 'Download results by learner (CSV)' })).toHaveAttribute(
			'href',
			'/class/K7PQ3M/host/export.csv?by=learner'
		);
	});
});
