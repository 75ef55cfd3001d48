// The instructor's disruptions and quiz rounds: each checks the class, then appends one
// event to its log; a refusal appends nothing.
import { currentRound, step, type DisruptionKind, type LiveResponse } from '$lib/sim';
import { gradeLive, isLiveQuestion, liveQuestion, revealRound } from '$lib/quiz/live';
import type { Question } from '$lib/quiz/types';
import { content } from '../content';
import { refuse, worldKeyOf, type LiveClass, type Outcome } from './hub';
import type { Participant } from './store';

/** The world nobody plays: the default policy decides every day (the late joiner's start). */
const REFERENCE_DESK = 'class:reference';

/** Finds a bank question by topic and id. */
export function bankQuestion(topic: number, id: string): Question | null {
	return (
		content()
			.banks.find((b) => b.topic === topic)
			?.questions.find((q) => q.id === id) ?? null
	);
}

/**
 * Plays a disruption in every world. It is tried first on the reference desk, which
 * resolves what the instructor left open (the item a recall hits, the customer downgraded)
 * so every learner meets the same disruption with the same headline.
 */
export function playDisruption(
	live: LiveClass,
	spec: { kind: DisruptionKind; severity: number; days: number }
): Outcome {
	const { status, day } = live.state();
	if (status === 'lobby')
		return refuse('Start the class first: learners meet a disruption at their desks.');
	if (status === 'ended') return refuse('The class has ended.');
	const probe = step(live.world(REFERENCE_DESK), { type: 'disruption.inject', ...spec });
	const refusal = probe.events.find((e) => e.type === 'command.rejected');
	if (refusal && refusal.type === 'command.rejected') return refuse(refusal.message);
	const played = probe.world.disruptions.at(-1)!;
	return {
		ok: true,
		event: live.appendEvent({
			type: 'disruption.played',
			day,
			kind: spec.kind,
			severity: spec.severity,
			days: spec.days,
			sku: played.sku,
			customerId: played.customerId,
			headline: played.headline
		})
	};
}

/** Pushes a bank question to every learner. */
export function openRound(live: LiveClass, topic: number, questionId: string): Outcome {
	if (live.state().status === 'ended') return refuse('The class has ended.');
	const round = currentRound(live.events);
	if (round?.open) return refuse('Close the open round before pushing another question.');
	const question = bankQuestion(topic, questionId);
	if (!question) return refuse(`There is no question ${questionId} in topic ${topic}’s bank.`, 404);
	if (!isLiveQuestion(question))
		return refuse(
			'A live round asks a single-choice, multiple-choice or numeric question; choose another.',
			400
		);
	const number = (round?.round ?? 0) + 1;
	return {
		ok: true,
		event: live.appendEvent({
			type: 'quiz.opened',
			round: number,
			question: liveQuestion(question, live.record.seed + number)
		})
	};
}

/** A learner's answer to the open round: once each, graded when it arrives. */
export function answerRound(
	live: LiveClass,
	participant: Participant,
	roundNumber: number,
	response: LiveResponse
): Outcome {
	const round = currentRound(live.events);
	if (!round || round.round !== roundNumber || !round.open)
		return refuse('This round has closed: wait for the next question.');
	if (round.answeredBy.includes(participant.id))
		return refuse('You have already answered this round.');
	const question = bankQuestion(round.question.topic, round.question.id);
	if (!question || !isLiveQuestion(question))
		return refuse('This question is no longer in its bank.');
	const graded = gradeLive(question, response);
	if (!graded.ok) return refuse(graded.message, 400);
	return {
		ok: true,
		event: live.appendEvent({
			type: 'quiz.answered',
			round: round.round,
			participantId: participant.id,
			worldKey: worldKeyOf(live.record, participant),
			response,
			points: graded.points
		})
	};
}

/** Closes the open round and shows everyone the answer, why, and how the class answered. */
export function closeRound(live: LiveClass): Outcome {
	const round = currentRound(live.events);
	if (!round?.open) return refuse('No round is open.');
	const question = bankQuestion(round.question.topic, round.question.id);
	const responses = live.events.flatMap((e) =>
		e.type === 'quiz.answered' && e.round === round.round ? [e.response] : []
	);
	const reveal =
		question && isLiveQuestion(question)
			? revealRound(question, responses)
			: {
					answer: { choices: [] },
					explanation: '',
					answered: responses.length,
					distribution: []
				};
	return { ok: true, event: live.appendEvent({ type: 'quiz.closed', round: round.round, reveal }) };
}

/** Closes the open round, if any (the class is ending). */
export function closeOpenRound(live: LiveClass): void {
	if (currentRound(live.events)?.open) closeRound(live);
}
