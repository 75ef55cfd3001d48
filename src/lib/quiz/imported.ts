// Question banks an instructor imports in the browser (CSV or JSON), kept in local storage
// and usable at once, without a rebuild.
import { browser } from '$app/environment';
import * as v from 'valibot';
import { questionsFromCsv } from './csv';
import { QuestionSchema, type BankIssue } from './schema';
import type { Question } from './types';

const KEY = 'order-desk:banks';

export type ImportedBank = { id: string; name: string; importedAt: string; questions: Question[] };

export function importedBanks(): ImportedBank[] {
	if (!browser) return [];
	try {
		const list = JSON.parse(localStorage.getItem(KEY) ?? '[]');
		return Array.isArray(list) ? list : [];
	} catch {
		return [];
	}
}

/** Questions from a JSON file: a list of questions, or `{ questions: [...] }`, each with its topic. */
export function questionsFromJson(text: string): { questions: Question[]; issues: BankIssue[] } {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return {
			questions: [],
			issues: [{ field: '(file)', message: `not valid JSON: ${(error as Error).message}` }]
		};
	}
	const list = Array.isArray(data) ? data : (data as { questions?: unknown })?.questions;
	if (!Array.isArray(list) || list.length === 0)
		return {
			questions: [],
			issues: [{ field: '(file)', message: 'expected a list of questions' }]
		};
	const issues: BankIssue[] = [];
	const questions: Question[] = [];
	list.forEach((raw, i) => {
		const topic = (raw as { topic?: unknown })?.topic;
		if (!Number.isInteger(topic) || (topic as number) < 1 || (topic as number) > 20) {
			issues.push({
				field: `questions.${i}.topic`,
				message: 'topic must be a whole number from 1 to 20'
			});
			return;
		}
		const parsed = v.safeParse(QuestionSchema, raw, { abortPipeEarly: true });
		if (!parsed.success) {
			for (const issue of parsed.issues) {
				const path = issue.path?.map((p) => String(p.key)).join('.');
				issues.push({
					field: `questions.${i}${path ? `.${path}` : ''}`,
					message: issue.received === 'undefined' ? 'is required' : issue.message
				});
			}
			return;
		}
		questions.push({ ...parsed.output, topic } as Question);
	});
	return { questions, issues };
}

/** Validates and stores a bank; with any issue nothing is stored. */
export function importBank(
	name: string,
	text: string
): { ok: true; bank: ImportedBank } | { ok: false; issues: BankIssue[] } {
	const looksJson = /^\s*[[{]/.test(text);
	const result = looksJson ? questionsFromJson(text) : questionsFromCsv(text);
	if (result.issues.length) return { ok: false, issues: result.issues };
	const bank: ImportedBank = {
		id: `bank-${Date.now().toString(36)}`,
		name: name.trim().slice(0, 60) || 'Imported questions',
		importedAt: new Date().toISOString(),
		questions: result.questions
	};
	localStorage.setItem(KEY, JSON.stringify([...importedBanks(), bank]));
	return { ok: true, bank };
}

export function removeBank(id: string): void {
	localStorage.setItem(KEY, JSON.stringify(importedBanks().filter((b) => b.id !== id)));
}
