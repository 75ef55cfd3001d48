// The bodies the instructor's console and the learners' quiz answers send, checked before
// anything happens: a body that fails names what to fix and changes nothing.
import * as v from 'valibot';
import { DISRUPTION_KINDS } from '$lib/sim';

const id = v.pipe(
	v.string('participantId must be text'),
	v.regex(/^[A-Za-z0-9_-]{1,40}$/, 'participantId is not a participant’s id')
);

/** Display names: trimmed, 1 to 40 characters, no control characters. */
export const DisplayName = v.pipe(
	v.string('Enter a display name of 1 to 40 characters.'),
	v.transform((s) => s.trim().replace(/\s+/g, ' ')),
	v.check(
		(s) => s.length >= 1 && s.length <= 40 && !/\p{Cc}/u.test(s),
		'Enter a display name of 1 to 40 characters.'
	)
);

export const DisruptionBody = v.strictObject(
	{
		kind: v.picklist(DISRUPTION_KINDS, `kind must be one of ${DISRUPTION_KINDS.join(', ')}`),
		severity: v.pipe(
			v.number('severity must be a number'),
			v.minValue(0.1, 'severity is from 0.1 to 1'),
			v.maxValue(1, 'severity is from 0.1 to 1')
		),
		days: v.pipe(
			v.number('days must be a number'),
			v.integer('days must be a whole number'),
			v.minValue(1, 'days is from 1 to 10'),
			v.maxValue(10, 'days is from 1 to 10')
		)
	},
	'Send { "kind", "severity", "days" } and nothing else.'
);

export const QuizBody = v.variant(
	'action',
	[
		v.strictObject({
			action: v.literal('open'),
			topic: v.pipe(
				v.number('topic must be a number'),
				v.integer('topic must be a whole number'),
				v.minValue(1, 'topic is from 1 to 20'),
				v.maxValue(20, 'topic is from 1 to 20')
			),
			questionId: v.pipe(
				v.string('questionId must be text'),
				v.minLength(1, 'questionId is required'),
				v.maxLength(80, 'questionId is too long')
			)
		}),
		v.strictObject({ action: v.literal('close') })
	],
	'The action must be open (with topic and questionId) or close.'
);

export const AnswerBody = v.strictObject(
	{
		round: v.pipe(v.number('round must be a number'), v.integer(), v.minValue(1)),
		response: v.union(
			[
				v.strictObject({
					choices: v.pipe(
						v.array(v.pipe(v.string(), v.maxLength(40)), 'choices must be a list of option ids'),
						v.minLength(1, 'Pick an option.'),
						v.maxLength(12, 'Too many choices.')
					)
				}),
				v.strictObject({
					value: v.pipe(v.number('Give a number as your answer.'), v.finite('Give a number.'))
				})
			],
			'Send { "choices": [...] } or { "value": N } as the response.'
		)
	},
	'Send { "round", "response" } and nothing else.'
);

export const LobbyBody = v.variant(
	'action',
	[
		v.strictObject({ action: v.literal('lock') }),
		v.strictObject({ action: v.literal('unlock') }),
		v.strictObject({ action: v.literal('rename'), participantId: id, name: DisplayName }),
		v.strictObject({ action: v.literal('remove'), participantId: id })
	],
	'The action must be lock, unlock, rename (with participantId and name) or remove (with participantId).'
);
