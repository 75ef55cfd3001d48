/**
 * Question banks as CSV, for instructors who keep questions in a spreadsheet. One row a
 * question; the columns are documented in the README. Parsing follows RFC 4180 (quoted
 * fields may hold commas, quotes doubled, and line breaks).
 */
import * as v from 'valibot';
import { QuestionSchema, type BankIssue } from './schema';
import type { Question } from './types';

export const CSV_COLUMNS = [
	'topic',
	'id',
	'type',
	'difficulty',
	'anchor',
	'prompt',
	'answer',
	'tolerance',
	'unit',
	'explanation'
] as const;
const LETTERS = ['a', 'b', 'c', 'd', 'e', 'f'];

export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"' && field === '') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			field = '';
			if (row.some((f) => f.trim() !== '')) rows.push(row);
			row = [];
		} else field += c;
	}
	row.push(field);
	if (row.some((f) => f.trim() !== '')) rows.push(row);
	return rows;
}

const quote = (value: string | number) => {
	const s = String(value);
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** A row's cells turned into the question object the schema validates. */
function toQuestion(cell: (name: string) => string): unknown {
	const base = {
		id: cell('id'),
		type: cell('type'),
		difficulty: cell('difficulty'),
		anchor: cell('anchor'),
		prompt: cell('prompt'),
		explanation: cell('explanation')
	};
	const letters = LETTERS.filter((l) => cell(`option_${l}`).trim() !== '');
	switch (base.type) {
		case 'single':
			return {
				...base,
				options: letters.map((id) => ({ id, text: cell(`option_${id}`), why: cell(`why_${id}`) })),
				answer: cell('answer').trim()
			};
		case 'multiple':
			return {
				...base,
				options: letters.map((id) => ({ id, text: cell(`option_${id}`), why: cell(`why_${id}`) })),
				answer: cell('answer')
					.split(/[;\s]+/)
					.filter(Boolean)
			};
		case 'numeric':
			return {
				...base,
				answer: cell('answer').trim() === '' ? undefined : Number(cell('answer')),
				tolerance: cell('tolerance').trim() === '' ? 0 : Number(cell('tolerance')),
				...(cell('unit').trim() ? { unit: cell('unit').trim() } : {})
			};
		case 'ordering':
			return {
				...base,
				items: letters.map((id) => ({ id, text: cell(`option_${id}`) })),
				answer: letters
			};
		case 'matching':
			return {
				...base,
				pairs: letters.map((id) => ({ id, left: cell(`option_${id}`), right: cell(`why_${id}`) }))
			};
		default:
			return base;
	}
}

/** Questions from a CSV bank; every bad row is reported with its row number and field. */
export function questionsFromCsv(text: string): { questions: Question[]; issues: BankIssue[] } {
	const rows = parseCsv(text);
	if (rows.length < 2)
		return {
			questions: [],
			issues: [{ field: 'row 1', message: 'the file needs a header row and at least one question' }]
		};
	const header = rows[0].map((h) => h.trim().toLowerCase());
	const missing = CSV_COLUMNS.filter((c) => !header.includes(c));
	if (missing.length)
		return {
			questions: [],
			issues: [{ field: 'row 1', message: `missing column(s): ${missing.join(', ')}` }]
		};
	const issues: BankIssue[] = [];
	const questions: Question[] = [];
	rows.slice(1).forEach((cells, r) => {
		const rowNo = r + 2;
		const cell = (name: string) => cells[header.indexOf(name)] ?? '';
		const topic = Number(cell('topic'));
		if (!Number.isInteger(topic) || topic < 1 || topic > 20) {
			issues.push({
				field: `row ${rowNo}: topic`,
				message: 'topic must be a whole number from 1 to 20'
			});
			return;
		}
		const parsed = v.safeParse(QuestionSchema, toQuestion(cell), { abortPipeEarly: true });
		if (!parsed.success) {
			for (const issue of parsed.issues) {
				const path = issue.path?.map((p) => String(p.key)).join('.');
				issues.push({
					field: `row ${rowNo}${path ? `: ${path}` : ''}`,
					message: issue.received === 'undefined' ? 'is required' : issue.message
				});
			}
			return;
		}
		if (questions.some((q) => q.id === parsed.output.id)) {
			issues.push({ field: `row ${rowNo}: id`, message: `"${parsed.output.id}" is used twice` });
			return;
		}
		questions.push({ ...parsed.output, topic } as Question);
	});
	return { questions, issues };
}

/** Questions written as CSV in the import format, for instructors to start from. */
export function questionsToCsv(questions: readonly Question[]): string {
	const header = [...CSV_COLUMNS, ...LETTERS.flatMap((l) => [`option_${l}`, `why_${l}`])];
	const lines = questions.map((q) => {
		const cells: Record<string, string | number> = {
			topic: q.topic,
			id: q.id,
			type: q.type,
			difficulty: q.difficulty,
			anchor: q.anchor,
			prompt: q.prompt,
			explanation: q.explanation,
			answer: '',
			tolerance: '',
			unit: ''
		};
		if (q.type === 'single' || q.type === 'multiple') {
			cells.answer = q.type === 'single' ? q.answer : q.answer.join(';');
			q.options.forEach((o, i) => {
				cells[`option_${LETTERS[i]}`] = o.text;
				cells[`why_${LETTERS[i]}`] = o.why;
			});
		} else if (q.type === 'numeric') {
			cells.answer = q.answer;
			cells.tolerance = q.tolerance;
			cells.unit = q.unit ?? '';
		} else if (q.type === 'ordering') {
			q.answer.forEach(
				(id, i) => (cells[`option_${LETTERS[i]}`] = q.items.find((x) => x.id === id)!.text)
			);
		} else {
			q.pairs.forEach((p, i) => {
				cells[`option_${LETTERS[i]}`] = p.left;
				cells[`why_${LETTERS[i]}`] = p.right;
			});
		}
		return header.map((h) => quote(cells[h] ?? '')).join(',');
	});
	return [header.join(','), ...lines].join('\n') + '\n';
}
