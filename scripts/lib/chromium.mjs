import { existsSync } from 'node:fs';

/** Where a Chromium executable is, or null: CHROMIUM_PATH first, then Debian's locations. */
export function findChromium() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	return candidates.find((path) => path && existsSync(path)) ?? null;
}
