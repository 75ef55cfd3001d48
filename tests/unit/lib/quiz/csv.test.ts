import { describe, expect, it } from 'vitest';
import { parseCsv, questionsFromCsv, questionsToCsv } from '../../../../src/lib/quiz/csv';
import { parseBank } from '../../../../src/lib/quiz/schema';
import { QUESTIONS } from './sample';

describe('question banks as CSV', () => {
	it('parses quoted fields with commas, quotes and line breaks', () => {
		expect(parseCsv('a,"b, c","d ""e""",\n"f\ng",h\r\n')).toEqual([
			['a', 'b, c', 'd "e"', ''],
			['f\ng', 'h']
		]);
	});

	it('round-trips every question type through the spreadsheet format', () => {
		const csv = questionsToCsv(QUESTIONS);
		const back = questionsFromCsv(csv);
		expect(back.issues).toEqual([]);
		// The spreadsheet names steps and pairs by column letter; everything else survives as is.
		const letter = (i: number) => 'abcdef'[i];
		const expected = QUESTIONS.map((q) => {
			if (q.type === 'ordering') {
				const items = q.answer.map((id, i) => ({
					id: letter(i),
					text: q.items.find((x) => x.id === id)!.text
				}));
				return { ...q, items, answer: items.map((i) => i.id) };
			}
			if (q.type === 'matching')
				return { ...q, pairs: q.pairs.map((p, i) => ({ ...p, id: letter(i) })) };
			return q;
		});
		expect(back.questions).toEqual(expected);
	});

	it('names the row and field of each malformed question and imports none of them', () => {
		const csv = questionsToCsv(QUESTIONS)
			.replace('q-single,single,easy', 'q-single,singel,easy')
			.replace(',11,0,units,', ',,0,units,');
		const result = questionsFromCsv(csv);
		expect(result.issues).toContainEqual({
			field: 'row 2: type',
			message: 'type must be single, multiple, numeric, ordering or matching'
		});
		expect(result.issues).toContainEqual({ field: 'row 4: answer', message: 'is required' });
		expect(result.questions.map((q) => q.id)).toEqual(['q-multiple', 'q-ordering', 'q-matching']);
		expect(questionsFromCsv('topic,id\n1,x\n').issues[0]).toEqual({
			field: 'row 1',
			message:
				'missing column(s): type, difficulty, anchor, prompt, answer, tolerance, unit, explanation'
		});
	});
});

describe('question bank files', () => {
	it('accepts a valid bank and names the field of each bad question', () => {
		const questions = QUESTIONS.filter((q) => q.topic === 4).map(({ topic: _t, ...q }) => q);
		expect(parseBank({ topic: 4, questions }).issues).toEqual([]);
		const broken = structuredClone(questions) as Record<string, unknown>[];
		broken[0].answer = 'z';
		delete broken[1].explanation;
		(broken[2] as { tolerance: number }).tolerance = -1;
		const result = parseBank({ topic: 4, questions: broken });
		expect(result.issues).toEqual([
			{ field: 'questions.0', message: 'answer must be one of the option ids' },
			{ field: 'questions.1.explanation', message: 'explanation is required' },
			{ field: 'questions.2.tolerance', message: 'tolerance must not be negative' }
		]);
		expect(parseBank({ topic: 4, questions: [questions[0], questions[0]] }).issues).toEqual([
			{ field: 'questions.1.id', message: '"q-single" is used twice in this bank' }
		]);
	});
});
