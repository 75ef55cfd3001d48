import '@testing-library/jest-dom/vitest';
import 'vitest-canvas-mock';

// jsdom has no ResizeObserver, which chart.js attaches to every chart it draws; a desk resumed
// part-way has KPI rows, so its charts draw during the test.
if (typeof globalThis.ResizeObserver === 'undefined') {
	globalThis.ResizeObserver = class {
		observe() {}
		unobserve() {}
		disconnect() {}
	};
}
