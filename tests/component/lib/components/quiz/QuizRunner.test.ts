import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import QuizRunner from '../../../../../src/lib/components/quiz/QuizRunner.svelte';
import { progress } from '../../../../../src/lib/progress/store.svelte';
import { QUESTIONS } from '../../../../unit/lib/quiz/sample';

beforeEach(() => {
	localStorage.clear();
	progress.loaded = false;
	progress.load();
});

function quiz(questions = QUESTIONS) {
	render(QuizRunner, { draw: () => questions, lessonSlug: () => 'atp-and-ctp', topic: 4 });
	return userEvent.setup();
}

describe('a topic quiz', () => {
	it('explains each answer, with every option’s reason and a link to the lesson section', async () => {
		const user = quiz(QUESTIONS.slice(0, 1));
		await user.click(screen.getByRole('button', { name: 'Start the quiz' }));
		const question = screen.getByRole('group', { name: /What does ATP measure/ });
		expect(screen.getByRole('button', { name: 'Check the answer' })).toBeDisabled();
		await user.click(within(question).getByRole('radio', { name: 'Safety stock' }));
		await user.click(screen.getByRole('button', { name: 'Check the answer' }));
		const feedback = screen.getByRole('region', { name: 'Not right.' });
		expect(feedback).toHaveTextContent(
			'Uncommitted supply right: Right: ATP is the uncommitted part of supply.'
		);
		expect(feedback).toHaveTextContent(
			'Safety stock wrong, your choice: Safety stock protects against variability.'
		);
		expect(
			within(feedback).getByRole('link', { name: 'Read the lesson section this tests' })
		).toHaveAttribute('href', '/learn/atp-and-ctp#worked-example');
		await user.click(screen.getByRole('button', { name: 'See the summary' }));
		expect(screen.getByText('0 of 1 (0 %)')).toBeInTheDocument();
		// The attempt is recorded and the missed question joins the review queue.
		expect(progress.data.quizzes['4']).toMatchObject({ attempts: 1, bestScore: 0 });
		expect(Object.keys(progress.data.cards)).toEqual(['question:4:q-single']);
	});

	it('orders steps with the keyboard and grades partial credit', async () => {
		const user = quiz([QUESTIONS[3]]);
		await user.click(screen.getByRole('button', { name: 'Start the quiz' }));
		const items = () =>
			screen.getAllByRole('listitem').map((li) => li.querySelector('span')!.textContent);
		const start = items();
		expect(start).not.toEqual(['Order entry', 'Shipping', 'Invoicing', 'Cash application']);
		// Move "Order entry" to the top with its Up button, by keyboard (down first if the shuffle
		// happened to put it there already, so the move is always announced).
		if (start.indexOf('Order entry') === 0) {
			screen.getByRole('button', { name: 'Move “Order entry” down' }).focus();
			await user.keyboard('{Enter}');
		}
		for (let i = items().indexOf('Order entry'); i > 0; i--) {
			screen.getByRole('button', { name: 'Move “Order entry” up' }).focus();
			await user.keyboard('{Enter}');
		}
		expect(items()[0]).toBe('Order entry');
		expect(screen.getByText(/Order entry moved to position 1 of 4/)).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Check the answer' }));
		expect(screen.getByRole('region')).toHaveTextContent(
			/Credit is the share of steps in their right place/
		);
	});

	it('matches terms to definitions and takes numeric answers with units', async () => {
		const user = quiz([QUESTIONS[4], QUESTIONS[2]]);
		await user.click(screen.getByRole('button', { name: 'Start the quiz' }));
		for (const [term, meaning] of [
			['Bill of lading', 'Contract of carriage'],
			['Advance ship notice', 'Tells the customer what is coming'],
			['Invoice', 'Asks for payment']
		]) {
			await user.selectOptions(screen.getByRole('combobox', { name: new RegExp(term) }), meaning);
		}
		await user.click(screen.getByRole('button', { name: 'Check the answer' }));
		expect(screen.getByRole('region', { name: 'Right.' })).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Next question' }));
		await user.type(screen.getByLabelText('Your answer (units)'), '11');
		await user.click(screen.getByRole('button', { name: 'Check the answer' }));
		expect(screen.getByRole('region', { name: 'Right.' })).toHaveTextContent(
			'The answer is 11 units.'
		);
	});
});
