#!/usr/bin/env node
// `npm start`: build if needed, then serve the production app (adapter-node's handler).
// Environment: PORT (3000), HOST (0.0.0.0, so phones on the room's network can join a class),
// ORIGIN (the public address, e.g. http://192.168.1.20:3000 or https://desk.example.org),
// DATA_DIR (./data, where the SQLite file lives).
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfStale, ROOT } from './lib/build.mjs';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`PORT must be a whole number from 0 to 65535, got "${process.env.PORT}".`);
	process.exit(1);
}

process.env.DATA_DIR = resolve(process.env.DATA_DIR ?? join(ROOT, 'data'));
mkdirSync(process.env.DATA_DIR, { recursive: true });

// Without ORIGIN (or a proxy's headers) adapter-node assumes https, and SvelteKit would refuse
// every form post made over plain http. When nobody configured a proxy, take the scheme from
// the connection itself, so the app works at http://localhost and at a LAN address alike.
for (const name of ['ORIGIN', 'PROTOCOL_HEADER', 'HOST_HEADER']) {
	if (process.env[name] === '') delete process.env[name];
}
const behindConfiguredProxy = Boolean(process.env.ORIGIN || process.env.PROTOCOL_HEADER);
if (!behindConfiguredProxy) process.env.PROTOCOL_HEADER = 'x-order-desk-proto';

try {
	// The test harness builds once and asks every server it starts to use that build, so a
	// source edited during a run cannot swap the build under servers already running.
	if (!process.env.ORDER_DESK_SKIP_BUILD) buildIfStale();
} catch (error) {
	console.error(String(error instanceof Error ? error.message : error));
	process.exit(1);
}

const { handler } = await import(pathToFileURL(join(ROOT, 'build', 'handler.js')).href);

const server = createServer((req, res) => {
	if (!behindConfiguredProxy) {
		req.headers['x-order-desk-proto'] = 'encrypted' in req.socket ? 'https' : 'http';
	}
	handler(req, res);
});

server.listen(port, host, () => {
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	console.log(`Order Desk is running at http://localhost:${actualPort}`);
	if (host === '0.0.0.0' || host === '::') {
		for (const nets of Object.values(networkInterfaces())) {
			for (const net of nets ?? []) {
				if (net.family === 'IPv4' && !net.internal) {
					console.log(`  on this network: http://${net.address}:${actualPort}`);
				}
			}
		}
	}
	console.log(`  data directory: ${process.env.DATA_DIR}`);
});

function shutdown() {
	server.close(() => process.exit(0));
	// Open event streams keep connections alive; do not wait for them forever.
	setTimeout(() => process.exit(0), 3000).unref();
	server.closeIdleConnections?.();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
