// A private instance of the built server (for tests and load scripts that must stop, kill
// or restart it), and a small HTTP client with a cookie jar and a server-sent events reader.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export type Server = {
	url: string;
	process: ChildProcess;
	stop(signal?: NodeJS.Signals): Promise<void>;
};

/** Starts the built server on a free loopback port; `env` adds settings (class lifetimes...). */
export async function startServer(
	dataDir: string,
	env: Record<string, string> = {}
): Promise<Server> {
	const child = spawn(process.execPath, [join(process.cwd(), 'scripts', 'start.mjs')], {
		env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ORIGIN: '', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const url = await new Promise<string>((resolve, reject) => {
		let output = '';
		const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
		child.stdout!.on('data', (chunk: Buffer) => {
			output += chunk;
			const match = /running at (http:\/\/\S+)/.exec(output);
			if (match) {
				clearTimeout(timer);
				resolve(match[1].replace('localhost', '127.0.0.1'));
			}
		});
		child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
		child.on('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
	});
	return {
		url,
		process: child,
		stop: (signal = 'SIGTERM') =>
			new Promise((resolve) => {
				if (child.exitCode !== null || child.signalCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill(signal);
			})
	};
}

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export type Reply = {
	status: number;
	headers: Headers;
	text: string;
	json: () => JsonObject;
	location: string | null;
};

/** One browser's worth of cookies, sending requests as a same-origin page would. */
export class Client {
	cookies = new Map<string, string>();
	constructor(public base: string) {}

	private cookieHeader() {
		return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
	}

	async request(path: string, init: RequestInit = {}): Promise<Reply> {
		const headers = new Headers(init.headers);
		headers.set('origin', this.base);
		if (this.cookies.size) headers.set('cookie', this.cookieHeader());
		const response = await fetch(new URL(path, this.base), {
			...init,
			headers,
			redirect: 'manual'
		});
		for (const c of response.headers.getSetCookie()) {
			const [pair] = c.split(';');
			const [name, value] = pair.split('=');
			if (value) this.cookies.set(name, value);
			else this.cookies.delete(name);
		}
		const text = await response.text();
		return {
			status: response.status,
			headers: response.headers,
			text,
			json: () => JSON.parse(text),
			location: response.headers.get('location')
		};
	}

	form(path: string, fields: Record<string, string>) {
		return this.request(path, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
			body: new URLSearchParams(fields).toString()
		});
	}

	post(path: string, body: unknown) {
		return this.request(path, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body)
		});
	}

	/** Keeps an event stream open, calling `onEvent` for each event, until closed. */
	watch(path: string, onEvent: (event: JsonObject) => void): { close(): void } {
		const controller = new AbortController();
		(async () => {
			const response = await fetch(new URL(path, this.base), {
				headers: { cookie: this.cookieHeader(), accept: 'text/event-stream' },
				signal: controller.signal
			});
			const reader = response.body!.getReader();
			const decoder = new TextDecoder();
			let buffer = '';
			for (;;) {
				const { done, value } = await reader.read();
				if (done) break;
				buffer += decoder.decode(value, { stream: true });
				let split;
				while ((split = buffer.indexOf('\n\n')) >= 0) {
					const block = buffer.slice(0, split);
					buffer = buffer.slice(split + 2);
					const data = block.split('\n').find((l) => l.startsWith('data: '));
					if (data) onEvent(JSON.parse(data.slice(6)));
				}
			}
		})().catch(() => {});
		return { close: () => controller.abort() };
	}

	/**
	 * Reads server-sent events until `until` returns true for the events so far, or the
	 * timeout passes. Resumes after `lastEventId` like a reconnecting EventSource.
	 */
	async events(
		path: string,
		until: (events: JsonObject[]) => boolean,
		{ lastEventId, timeoutMs = 5000 }: { lastEventId?: number; timeoutMs?: number } = {}
	) {
		const controller = new AbortController();
		const timer = setTimeout(() => controller.abort(), timeoutMs);
		const headers: Record<string, string> = {
			cookie: this.cookieHeader(),
			accept: 'text/event-stream'
		};
		if (lastEventId !== undefined) headers['last-event-id'] = String(lastEventId);
		const events: JsonObject[] = [];
		try {
			const response = await fetch(new URL(path, this.base), {
				headers,
				signal: controller.signal
			});
			if (!response.ok) throw new Error(`SSE answered ${response.status}`);
			const reader = response.body!.getReader();
			const decoder = new TextDecoder();
			let buffer = '';
			while (!until(events)) {
				const { done, value } = await reader.read();
				if (done) break;
				buffer += decoder.decode(value, { stream: true });
				let split;
				while ((split = buffer.indexOf('\n\n')) >= 0) {
					const block = buffer.slice(0, split);
					buffer = buffer.slice(split + 2);
					const data = block.split('\n').find((l) => l.startsWith('data: '));
					if (data) events.push(JSON.parse(data.slice(6)));
				}
			}
			await reader.cancel();
		} catch (error) {
			if (!controller.signal.aborted) throw error;
		} finally {
			clearTimeout(timer);
		}
		return events;
	}
}
