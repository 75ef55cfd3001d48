import type { Question } from '../../../../src/lib/quiz/types';

const base = {
	difficulty: 'easy' as const,
	anchor: 'worked-example',
	explanation: 'Because the definition says so, in full.'
};
const options = [
	{ id: 'a', text: 'Allocated stock', why: 'Allocation sets stock aside; it is not a promise.' },
	{ id: 'b', text: 'Uncommitted supply', why: 'Right: ATP is the uncommitted part of supply.' },
	{ id: 'c', text: 'Safety stock', why: 'Safety stock protects against variability.' }
];

export const QUESTIONS: Question[] = [
	{
		...base,
		id: 'q-single',
		topic: 4,
		type: 'single',
		prompt: 'What does ATP measure?',
		options,
		answer: 'b'
	},
	{
		...base,
		id: 'q-multiple',
		topic: 4,
		type: 'multiple',
		prompt: 'Which of these enter discrete ATP?',
		options,
		answer: ['a', 'b']
	},
	{
		...base,
		id: 'q-numeric',
		topic: 4,
		type: 'numeric',
		prompt: 'What is the ATP in period 1?',
		answer: 11,
		tolerance: 0,
		unit: 'units'
	},
	{
		...base,
		id: 'q-ordering',
		topic: 2,
		anchor: 'the-steps',
		type: 'ordering',
		prompt: 'Put the order-to-cash steps in order.',
		items: [
			{ id: 'entry', text: 'Order entry' },
			{ id: 'ship', text: 'Shipping' },
			{ id: 'invoice', text: 'Invoicing' },
			{ id: 'cash', text: 'Cash application' }
		],
		answer: ['entry', 'ship', 'invoice', 'cash']
	},
	{
		...base,
		id: 'q-matching',
		topic: 2,
		type: 'matching',
		prompt: 'Match each document to its purpose.',
		pairs: [
			{ id: 'bol', left: 'Bill of lading', right: 'Contract of carriage' },
			{ id: 'asn', left: 'Advance ship notice', right: 'Tells the customer what is coming' },
			{ id: 'inv', left: 'Invoice', right: 'Asks for payment' }
		]
	}
];
