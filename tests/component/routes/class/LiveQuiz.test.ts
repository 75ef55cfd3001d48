// A learner's quiz round: answering on the phone, refusals, and the reveal with their points.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import LiveQuiz from '../../../../src/routes/class/[code]/LiveQuiz.svelte';
import type { ClassLogEvent } from '../../../../src/lib/sim';

const fetchMock = vi.fn();
beforeEach(() => {
	fetchMock.mockReset();
	vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

const opened: ClassLogEvent = {
	seq: 3,
	type: 'quiz.opened',
	round: 1,
	question: {
		id: 'q',
		topic: 4,
		type: 'single',
		prompt: 'What does ATP measure?',
		options: [
			{ id: 'a', text: 'Allocated stock' },
			{ id: 'b', text: 'Uncommitted supply' }
		],
		anchor: 'x'
	}
};
const answered: ClassLogEvent = {
	seq: 4,
	type: 'quiz.answered',
	round: 1,
	participantId: 'p1',
	worldKey: 'learner:p1',
	response: { choices: ['b'] },
	points: 100
};
const closed: ClassLogEvent = {
	seq: 5,
	type: 'quiz.closed',
	round: 1,
	reveal: {
		answer: { choices: ['b'] },
		explanation: 'ATP is the uncommitted part of supply.',
		answered: 1,
		distribution: [
			{ id: 'a', label: 'Allocated stock', count: 0, correct: false },
			{ id: 'b', label: 'Uncommitted supply', count: 1, correct: true }
		]
	}
};

describe('a live quiz round on a learner’s phone', () => {
	it('asks for a choice before sending, sends it, then waits for the reveal', async () => {
		const onanswer = vi.fn();
		const view = render(LiveQuiz, { code: 'K7PQ3M', participantId: 'p1', log: [opened], onanswer });
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: 'Send my answer' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Pick an answer first.');
		expect(fetchMock).not.toHaveBeenCalled();

		const group = screen.getByRole('group', { name: 'What does ATP measure?' });
		expect(group).toBeInTheDocument();
		await user.click(screen.getByRole('radio', { name: 'Uncommitted supply' }));
		fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ ok: true, event: answered })));
		await user.click(screen.getByRole('button', { name: 'Send my answer' }));
		const [url, init] = fetchMock.mock.calls[0];
		expect(url).toBe('/class/K7PQ3M/quiz');
		expect(JSON.parse(init.body)).toEqual({ round: 1, response: { choices: ['b'] } });
		await vi.waitFor(() => expect(onanswer).toHaveBeenCalledWith(answered));

		await view.rerender({ log: [opened, answered] });
		expect(screen.getByRole('status')).toHaveTextContent('Answer sent.');
		await view.rerender({ log: [opened, answered, closed] });
		expect(screen.getByRole('status')).toHaveTextContent(
			'You scored 100 points in this round. Answer: Uncommitted supply.'
		);
		expect(screen.getByText(/ATP is the uncommitted part of supply/)).toBeInTheDocument();
		expect(screen.getByText('Your quiz points: 100')).toBeInTheDocument();
	});

	it('shows the server’s refusal', async () => {
		render(LiveQuiz, { code: 'K7PQ3M', participantId: 'p1', log: [opened], onanswer: vi.fn() });
		const user = userEvent.setup();
		await user.click(screen.getByRole('radio', { name: 'Allocated stock' }));
		fetchMock.mockResolvedValueOnce(
			new Response(
				JSON.stringify({ ok: false, message: 'This round has closed: wait for the next question.' })
			)
		);
		await user.click(screen.getByRole('button', { name: 'Send my answer' }));
		expect(await screen.findByRole('alert')).toHaveTextContent('This round has closed');
	});
});
