// `npm run bench:class [-- --json]`: the built server on loopback, 200 simulated learners
// over real HTTP and SSE sending decisions, and the instructor ending days. Prints the p95 of
// the day-end broadcast reaching every learner and of command POSTs, and the server's memory.
// Targets (2-core machine): broadcast p95 under 250 ms, command p95 under 50 ms, under 300 MB.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client, startServer } from './lib/live-server';

const LEARNERS = Number(process.env.LEARNERS ?? 200);
const DAYS = 3;
const json = process.argv.includes('--json');

const p95 = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return (
		Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] * 10) / 10
	);
};

const dataDir = mkdtempSync(join(tmpdir(), 'order-desk-bench-'));
const server = await startServer(dataDir);
try {
	const host = new Client(server.url);
	const created = await host.form('/class/new', {
		scenario: 'first-day-at-the-desk',
		seed: '',
		mode: 'individual',
		pacing: 'instructor'
	});
	const code = /\/class\/([A-Z0-9]{6})\/host$/.exec(created.location ?? '')?.[1];
	if (!code) throw new Error(`could not create a class (${created.status})`);

	const learners: Client[] = [];
	for (let i = 0; i < LEARNERS; i++) {
		const learner = new Client(server.url);
		const joined = await learner.form(`/class/${code}?/join`, { name: `Learner ${i + 1}` });
		if (joined.status !== 303) throw new Error(`join failed (${joined.status})`);
		learners.push(learner);
	}

	// Every learner keeps an event stream open and notes when each day-end arrives.
	const arrivals = new Map<number, number[]>();
	const streams = learners.map((learner) =>
		learner.watch(`/class/${code}/events`, (event) => {
			if (event.type === 'day.advanced') {
				const list = arrivals.get(event.day) ?? [];
				list.push(performance.now());
				arrivals.set(event.day, list);
			}
		})
	);
	await new Promise((r) => setTimeout(r, 1000));
	await host.post(`/class/${code}/host/control`, { action: 'start' });

	const commandTimes: number[] = [];
	const burstTimes: number[] = [];
	const broadcast: number[] = [];
	const decide = async (learner: Client, command: object, times: number[]) => {
		const start = performance.now();
		const reply = await learner.post(`/class/${code}/command`, { command });
		if (reply.status >= 500) throw new Error(`server error ${reply.status}`);
		times.push(performance.now() - start);
	};
	for (let day = 1; day <= DAYS; day++) {
		// Learners decide at a human pace: a second or two of thought between clicks.
		await Promise.all(
			learners.map(async (learner, i) => {
				for (const type of ['order.validate', 'order.promise']) {
					await new Promise((r) => setTimeout(r, 300 + Math.random() * 2700));
					await decide(
						learner,
						{ type, orderId: `SO-${String((i % 5) + 1 + (day - 1) * 5).padStart(4, '0')}` },
						commandTimes
					);
				}
			})
		);
		// And once a day everyone clicks at the same instant (the worst case, reported apart).
		await Promise.all(
			learners.map((learner) =>
				decide(learner, { type: 'order.validate', orderId: 'SO-0099' }, burstTimes)
			)
		);
		const sent = performance.now();
		await host.post(`/class/${code}/host/control`, { action: 'advance' });
		for (let wait = 0; (arrivals.get(day)?.length ?? 0) < LEARNERS && wait < 100; wait++)
			await new Promise((r) => setTimeout(r, 50));
		const got = arrivals.get(day) ?? [];
		if (got.length < LEARNERS)
			throw new Error(`day ${day}: only ${got.length} of ${LEARNERS} learners heard the day end`);
		broadcast.push(...got.map((t) => t - sent));
	}
	streams.forEach((s) => s.close());
	const status = readFileSync(`/proc/${server.process.pid}/status`, 'utf8');
	const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
	const result = {
		learners: LEARNERS,
		advanceBroadcastP95Ms: p95(broadcast),
		commandP95Ms: p95(commandTimes),
		commandBurstP95Ms: p95(burstTimes),
		serverRssMb: Math.round(rssKb / 1024)
	};
	if (json) console.log(JSON.stringify(result));
	else {
		console.log(
			`${result.learners} learners, ${commandTimes.length + burstTimes.length} commands, ${DAYS} day ends`
		);
		console.log(
			`Day-end broadcast to every learner, p95: ${result.advanceBroadcastP95Ms} ms (target under 250)`
		);
		console.log(`Command POST at a human pace, p95: ${result.commandP95Ms} ms (target under 50)`);
		console.log(
			`Command POST when all ${LEARNERS} click at once, p95: ${result.commandBurstP95Ms} ms`
		);
		console.log(`Server memory: ${result.serverRssMb} MB (target under 300)`);
	}
} finally {
	await server.stop('SIGKILL');
	rmSync(dataDir, { recursive: true, force: true });
}
