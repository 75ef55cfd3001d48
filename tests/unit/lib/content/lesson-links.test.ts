// Links from a KPI or a failure cause to the lesson section that teaches it, named by the
// section's own heading.
import { describe, expect, it } from 'vitest';
import { lessonLinks, sectionLink } from '../../../../src/lib/content/lesson-links';
import { buildContentIndex } from '../../../../src/lib/content/validate';
import { readContentFiles } from '../../../../src/lib/content/disk';
import { FAILURE_CAUSES, KPI_INFO } from '../../../../src/lib/sim';

const links = lessonLinks(buildContentIndex(readContentFiles(process.cwd())).lessons);

describe('lesson section links', () => {
	it('names every KPI’s and failure cause’s section by its heading', () => {
		for (const { lesson } of [...Object.values(KPI_INFO), ...Object.values(FAILURE_CAUSES)]) {
			const link = sectionLink(links, lesson);
			expect(link.href).toBe(`/learn/${lesson.slug}#${lesson.anchor}`);
			expect(link.lesson).toMatch(new RegExp(`^Topic ${lesson.topic}: `));
			const heading = links
				.find((l) => l.slug === lesson.slug)!
				.sections.find((x) => x.id === lesson.anchor);
			expect(link.section).toBe(heading!.text);
		}
	});

	it('still links a section it cannot name', () => {
		expect(sectionLink([], { topic: 4, slug: 'atp', anchor: 'look-ahead-netting' })).toEqual({
			href: '/learn/atp#look-ahead-netting',
			lesson: 'Topic 4',
			section: 'look ahead netting'
		});
	});
});
