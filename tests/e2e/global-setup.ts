// Builds the app once (only if the sources changed) and starts the real adapter-node server
// on a free loopback port with its own temporary data directory, shared by every e2e file.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildIfStale, ROOT } from '../../scripts/lib/build.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		dataDir: string;
	}
}

let server: ChildProcess | undefined;

export default async function setup(project: TestProject) {
	buildIfStale({ log: (line: string) => console.log(`[e2e] ${line}`) });
	// Servers the tests start themselves (class tests, restarts) use this build as it is.
	process.env.ORDER_DESK_SKIP_BUILD = '1';
	const dataDir = mkdtempSync(join(tmpdir(), 'order-desk-e2e-'));
	server = spawn(process.execPath, [join(ROOT, 'scripts', 'start.mjs')], {
		cwd: ROOT,
		env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ORIGIN: '' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const started = new Promise<string>((resolve, reject) => {
		let output = '';
		const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
		server!.stdout!.on('data', (chunk: Buffer) => {
			output += chunk;
			const match = /running at (http:\/\/\S+)/.exec(output);
			if (match) {
				clearTimeout(timer);
				resolve(match[1].replace('localhost', '127.0.0.1'));
			}
		});
		server!.on('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
	});
	let baseURL: string;
	try {
		baseURL = await started;
	} catch (error) {
		server.kill('SIGKILL');
		throw error;
	}
	project.provide('baseURL', baseURL);
	project.provide('dataDir', dataDir);

	return async () => {
		server?.kill('SIGTERM');
		rmSync(dataDir, { recursive: true, force: true });
	};
}
