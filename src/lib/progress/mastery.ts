// Mastery per topic from the learner's progress: the lesson read, the best scenario result,
// the best quiz score and how well the topic's review cards are remembered. Each part is 0 to
// 1 (or missing, when the learner has not tried it); mastery is their mean.
import { retention } from '$lib/quiz/review';
import type { Progress } from './schema';

export type TopicInfo = {
	number: number;
	slug: string;
	title: string;
	/** The lesson is published. */
	written: boolean;
	scenarios: string[];
	hasQuiz: boolean;
};

export type Mastery = {
	number: number;
	title: string;
	slug: string;
	read: number;
	scenario: number | null;
	quiz: number | null;
	retention: number | null;
	mastery: number;
};

export function masteryByTopic(
	progress: Progress,
	topics: readonly TopicInfo[],
	now: Date
): Mastery[] {
	return topics.map((t) => {
		const read = progress.lessons[t.slug] ? 1 : 0;
		const scenarioResults = t.scenarios
			.map((id) => progress.scenarios[id]?.bestPerfectOrderRate)
			.filter((v): v is number => v !== undefined);
		const scenario = scenarioResults.length ? Math.max(...scenarioResults) : null;
		const quiz = progress.quizzes[String(t.number)]?.bestScore ?? null;
		const cards = Object.values(progress.cards).filter((c) => c.ref.topic === t.number);
		const kept = cards.length
			? cards.reduce((s, c) => s + retention(c.card, now), 0) / cards.length
			: null;
		const parts = [read, scenario, quiz, kept].filter((v): v is number => v !== null);
		return {
			number: t.number,
			title: t.title,
			slug: t.slug,
			read,
			scenario,
			quiz,
			retention: kept,
			mastery: parts.reduce((a, b) => a + b, 0) / parts.length
		};
	});
}

/** What to do next: the first unread lesson, else the weakest part of the weakest topic. */
export function nextStep(
	rows: readonly Mastery[],
	topics: readonly TopicInfo[]
): { text: string; href: string } | null {
	const unread = rows.find((r) => !r.read && topics.find((t) => t.number === r.number)?.written);
	if (unread)
		return { text: `Read topic ${unread.number}: ${unread.title}`, href: `/learn/${unread.slug}` };
	const weakest = [...rows].sort((a, b) => a.mastery - b.mastery)[0];
	if (!weakest || weakest.mastery >= 0.95) return null;
	const topic = topics.find((t) => t.number === weakest.number)!;
	if (weakest.quiz === null && topic.hasQuiz)
		return { text: `Take the quiz on topic ${weakest.number}`, href: `/quiz/${weakest.slug}` };
	if (weakest.scenario === null && topic.scenarios[0])
		return {
			text: `Play the scenario for topic ${weakest.number}`,
			href: `/play/${topic.scenarios[0]}`
		};
	return { text: `Work through your review queue`, href: '/review' };
}
