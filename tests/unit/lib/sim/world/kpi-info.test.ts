// Every KPI and failure cause links to a lesson section that exists, so a debrief's "read
// this" never points nowhere.
import { describe, expect, it } from 'vitest';
import { FAILURE_CAUSES, KPI_INFO, KPI_NAMES } from '../../../../../src/lib/sim';
import { readContentFiles } from '../../../../../src/lib/content/disk';
import { buildContentIndex } from '../../../../../src/lib/content/validate';

const index = buildContentIndex(readContentFiles(process.cwd()));

describe('KPI information', () => {
	it('names every KPI a scenario may target', () => {
		expect(Object.keys(KPI_INFO).sort()).toEqual([...KPI_NAMES].sort());
	});

	it.each([...Object.entries(KPI_INFO), ...Object.entries(FAILURE_CAUSES)])(
		'%s links to an existing lesson section',
		(_, info) => {
			const lesson = index.lessons.find((l) => l.number === info.lesson.topic);
			expect(lesson?.slug).toBe(info.lesson.slug);
			expect(lesson?.toc.map((t) => t.id)).toContain(info.lesson.anchor);
		}
	);
});
