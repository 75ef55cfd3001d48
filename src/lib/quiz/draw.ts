// Seeded choices for a quiz attempt: which questions, in which order, and how ordering and
// matching answers are shuffled. The same seed gives the same attempt.
import { nextFloat, seedRng } from '$lib/sim';
import { generatedQuestions } from './generators';
import type { Question } from './types';

/** A shuffled copy (Fisher-Yates) driven by the seeded generator. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
	const out = [...items];
	let state = seedRng(seed);
	for (let i = out.length - 1; i > 0; i--) {
		const [u, next] = nextFloat(state);
		state = next;
		const j = Math.floor(u * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/**
 * A fixed permutation for ordering and matching choices: shuffled by the seed and never
 * left in the answer's order when there is another.
 */
export function scrambled(ids: readonly string[], seed: number): string[] {
	let out = shuffled(ids, seed);
	if (ids.length > 1 && out.every((id, i) => id === ids[i])) out = [...out.slice(1), out[0]];
	return out;
}

/** A topic quiz: up to `count` bank questions in a seeded order, then freshly drawn numbers. */
export function drawQuiz(
	bank: readonly Question[],
	topic: number,
	seed: number,
	count = 10
): Question[] {
	return [...shuffled(bank, seed).slice(0, count), ...generatedQuestions(topic, seed)];
}

/** A random seed for a new attempt (outside the engine, so the clock may be used). */
export function freshSeed(): number {
	const buffer = new Uint32Array(1);
	crypto.getRandomValues(buffer);
	return buffer[0] % 2147483647;
}
