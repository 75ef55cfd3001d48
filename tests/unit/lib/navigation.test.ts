import { describe, expect, it } from 'vitest';
import { isCurrentSection, SECTIONS } from '../../../src/lib/navigation';

describe('isCurrentSection', () => {
	it('marks a section on its own page and on pages below it', () => {
		expect(isCurrentSection('/learn', '/learn')).toBe(true);
		expect(isCurrentSection('/learn/order-to-cash', '/learn')).toBe(true);
	});

	it('does not mark a sibling that only shares a prefix, or another section', () => {
		expect(isCurrentSection('/classroom', '/class')).toBe(false);
		expect(isCurrentSection('/quiz', '/learn')).toBe(false);
	});

	it('treats the home link as current only on the home page', () => {
		expect(isCurrentSection('/', '/')).toBe(true);
		expect(isCurrentSection('/learn', '/')).toBe(false);
	});

	it('lists the four sections in the order the navigation shows', () => {
		expect(SECTIONS.map((s) => s.label)).toEqual(['Learn', 'Practice', 'Quiz', 'Class']);
	});
});
