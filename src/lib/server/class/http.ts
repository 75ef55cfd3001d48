// Request handling shared by the class routes: identity from cookies, bounded JSON bodies,
// and the rate limit on wrong join codes.
import { error, json, type Cookies } from '@sveltejs/kit';
import * as v from 'valibot';
import { classHub, worldKeyOf, type LiveClass, type Outcome, type Viewer } from './hub';

export const MAX_BODY_BYTES = 8 * 1024;

export const hostCookie = (code: string) => `od_host_${code}`;
export const learnerCookie = (code: string) => `od_learner_${code}`;
/** The instructor's own key, across classes: it lists their classes and opens each console. */
export const INSTRUCTOR_COOKIE = 'od_instructor';

/** Cookie options: httpOnly, same-site, scoped to the class, Secure when served over https. */
export function cookieOptions(code: string, url: URL) {
	return {
		path: `/class/${code}`,
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: url.protocol === 'https:',
		maxAge: 60 * 60 * 24 * 31
	};
}

/** Cookie options for the instructor's key: every class page, half a year. */
export function instructorCookieOptions(url: URL) {
	return { ...cookieOptions('', url), path: '/class', maxAge: 60 * 60 * 24 * 180 };
}

/** The instructor key this browser holds, if it looks like one of ours. */
export function instructorToken(cookies: Cookies): string {
	const token = cookies.get(INSTRUCTOR_COOKIE) ?? '';
	return /^[A-Za-z0-9_-]{43}$/.test(token) ? token : '';
}

/** The class's host: its private host link's token, or the key of the instructor who made it. */
export function hostOf(live: LiveClass, cookies: Cookies): boolean {
	return (
		live.hostCheck(cookies.get(hostCookie(live.record.code)) ?? '') ||
		live.instructorCheck(instructorToken(cookies))
	);
}

export function learnerOf(live: LiveClass, cookies: Cookies) {
	return live.learnerByToken(cookies.get(learnerCookie(live.record.code)) ?? '');
}

export function viewerOf(live: LiveClass, cookies: Cookies, wantHost: boolean): Viewer | null {
	if (wantHost) return hostOf(live, cookies) ? { role: 'host' } : null;
	const participant = learnerOf(live, cookies);
	return participant
		? { role: 'learner', participant, worldKey: worldKeyOf(live.record, participant) }
		: null;
}

/** Reads a JSON body of at most MAX_BODY_BYTES; answers 413 or 400 otherwise. */
export async function readJson(request: Request): Promise<unknown> {
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > MAX_BODY_BYTES) error(413, `The request is larger than ${MAX_BODY_BYTES} bytes.`);
	const reader = request.body?.getReader();
	if (!reader) error(400, 'The request has no body.');
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > MAX_BODY_BYTES) {
			await reader.cancel();
			error(413, `The request is larger than ${MAX_BODY_BYTES} bytes.`);
		}
		chunks.push(value);
	}
	const text = new TextDecoder().decode(Buffer.concat(chunks));
	try {
		return JSON.parse(text);
	} catch {
		error(400, 'The request body is not valid JSON.');
	}
}

export function refusal(status: number, message: string) {
	return json({ ok: false, message }, { status });
}

/** A refused outcome as a response, or the accepted event without its time. */
export function answer(outcome: Outcome) {
	if (!outcome.ok) return refusal(outcome.status, outcome.message);
	const { at: _at, ...event } = outcome.event;
	return json({ ok: true, event });
}

/** Checks a body against a schema; the first issue is the message a caller can act on. */
export function parseBody<S extends v.GenericSchema>(
	schema: S,
	body: unknown
): { ok: true; value: v.InferOutput<S> } | { ok: false; message: string } {
	const result = v.safeParse(schema, body);
	if (result.success) return { ok: true, value: result.output };
	return { ok: false, message: result.issues[0].message };
}

/** Wrong join codes per address: a few mistakes are normal, a stream of them is guessing. */
const WINDOW_MS = 10 * 60 * 1000;
const MAX_FAILURES = 10;
const failures = new Map<string, number[]>();

export function joinAttemptsBlocked(address: string, now = Date.now()): number {
	const recent = (failures.get(address) ?? []).filter((t) => now - t < WINDOW_MS);
	failures.set(address, recent);
	if (recent.length < MAX_FAILURES) return 0;
	return Math.ceil((recent[0] + WINDOW_MS - now) / 60000);
}

export function recordFailedJoin(address: string, now = Date.now()): void {
	failures.set(address, [...(failures.get(address) ?? []), now]);
}

/** For tests: forget recorded failures. */
export function resetJoinLimits(): void {
	failures.clear();
}

/**
 * The class for a host-only endpoint, or the refusal to send: 404 for no such class, 403 for
 * anyone but its instructor (`action` says what was refused).
 */
export function hostClass(
	code: string,
	cookies: Cookies,
	action: string
): { live: LiveClass; refused?: undefined } | { refused: Response } {
	const live = classHub().byCode(code);
	if (!live) return { refused: refusal(404, 'There is no such class.') };
	if (!hostOf(live, cookies))
		return { refused: refusal(403, `Only the class’s instructor can ${action}.`) };
	return { live };
}
