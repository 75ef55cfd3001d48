// `npm run bench:class [-- --json]`: the built server on loopback, 200 simulated learners
// over real HTTP and SSE sending decisions and answering quiz rounds, and the instructor
// playing a disruption, running a quiz round and ending each day. Prints the p95 of the
// day-end broadcast reaching every learner and of command POSTs (quiz answers included), the
// disruption and quiz broadcasts, and the server's memory.
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

	// Every learner keeps an event stream open and notes when each day-end, disruption and
	// quiz round arrives.
	const arrivals = new Map<string, number[]>();
	const heard = (key: string) => {
		const list = arrivals.get(key) ?? [];
		list.push(performance.now());
		arrivals.set(key, list);
	};
	const streams = learners.map((learner) =>
		learner.watch(`/class/${code}/events`, (event) => {
			if (event.type === 'day.advanced') heard(`day:${event.day}`);
			else if (event.type === 'disruption.played') heard(`disruption:${event.day}`);
			else if (event.type === 'quiz.opened') heard(`quiz:${event.round}`);
			else if (event.type === 'quiz.closed') heard(`reveal:${event.round}`);
		})
	);
	/** Waits until every learner heard `key`; returns each one's delay after `sent`. */
	const reach = async (key: string, sent: number) => {
		for (let wait = 0; (arrivals.get(key)?.length ?? 0) < LEARNERS && wait < 100; wait++)
			await new Promise((r) => setTimeout(r, 50));
		const got = arrivals.get(key) ?? [];
		if (got.length < LEARNERS)
			throw new Error(`${key}: only ${got.length} of ${LEARNERS} learners heard it`);
		return got.map((t) => t - sent);
	};
	await new Promise((r) => setTimeout(r, 1000));
	await host.post(`/class/${code}/host/control`, { action: 'start' });

	const commandTimes: number[] = [];
	const answerTimes: number[] = [];
	const burstTimes: number[] = [];
	const broadcast: number[] = [];
	const disruptionBroadcast: number[] = [];
	const quizBroadcast: number[] = [];
	const KINDS = ['demand-spike', 'carrier-delay', 'credit-downgrade'];
	const QUESTIONS = [
		'cumulative-atp-with-look-ahead',
		'promise-before-next-lot',
		'time-fence-zones'
	];
	const decide = async (learner: Client, command: object, times: number[]) => {
		const start = performance.now();
		const reply = await learner.post(`/class/${code}/command`, { command });
		if (reply.status >= 500) throw new Error(`server error ${reply.status}`);
		times.push(performance.now() - start);
	};
	for (let day = 1; day <= DAYS; day++) {
		// The instructor plays a disruption for everyone and pushes a quiz question.
		let sent = performance.now();
		const played = await host.post(`/class/${code}/host/disruption`, {
			kind: KINDS[(day - 1) % KINDS.length],
			severity: 0.5,
			days: 2
		});
		if (played.status !== 200) throw new Error(`disruption refused (${played.text})`);
		disruptionBroadcast.push(...(await reach(`disruption:${day}`, sent)));
		sent = performance.now();
		const opened = await host.post(`/class/${code}/host/quiz`, {
			action: 'open',
			topic: 4,
			questionId: QUESTIONS[(day - 1) % 2]
		});
		if (opened.status !== 200) throw new Error(`quiz round refused (${opened.text})`);
		quizBroadcast.push(...(await reach(`quiz:${day}`, sent)));
		// Learners decide and answer at a human pace: a second or two of thought between clicks.
		await Promise.all(
			learners.map(async (learner, i) => {
				for (const type of ['order.validate', 'answer', 'order.promise']) {
					await new Promise((r) => setTimeout(r, 300 + Math.random() * 2700));
					if (type === 'answer') {
						const start = performance.now();
						const reply = await learner.post(`/class/${code}/quiz`, {
							round: day,
							response: { choices: [['a', 'b', 'c'][i % 3]] }
						});
						if (reply.status !== 200) throw new Error(`answer refused (${reply.text})`);
						const took = performance.now() - start;
						answerTimes.push(took);
						commandTimes.push(took);
						continue;
					}
					await decide(
						learner,
						{ type, orderId: `SO-${String((i % 5) + 1 + (day - 1) * 5).padStart(4, '0')}` },
						commandTimes
					);
				}
			})
		);
		sent = performance.now();
		await host.post(`/class/${code}/host/quiz`, { action: 'close' });
		quizBroadcast.push(...(await reach(`reveal:${day}`, sent)));
		// And once a day everyone clicks at the same instant (the worst case, reported apart).
		await Promise.all(
			learners.map((learner) =>
				decide(learner, { type: 'order.validate', orderId: 'SO-0099' }, burstTimes)
			)
		);
		sent = performance.now();
		await host.post(`/class/${code}/host/control`, { action: 'advance' });
		broadcast.push(...(await reach(`day:${day}`, sent)));
	}
	// The leaderboard and the class debrief with every world in play.
	let start = performance.now();
	const board = await host.request(`/class/${code}/host/board`);
	const boardMs = performance.now() - start;
	if (board.status !== 200) throw new Error(`leaderboard failed (${board.status})`);
	start = performance.now();
	const debriefPage = await host.request(`/class/${code}/host/debrief`);
	const debriefMs = performance.now() - start;
	if (debriefPage.status !== 200) throw new Error(`debrief failed (${debriefPage.status})`);
	streams.forEach((s) => s.close());
	const status = readFileSync(`/proc/${server.process.pid}/status`, 'utf8');
	const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
	const result = {
		learners: LEARNERS,
		advanceBroadcastP95Ms: p95(broadcast),
		disruptionBroadcastP95Ms: p95(disruptionBroadcast),
		quizBroadcastP95Ms: p95(quizBroadcast),
		commandP95Ms: p95(commandTimes),
		quizAnswerP95Ms: p95(answerTimes),
		commandBurstP95Ms: p95(burstTimes),
		leaderboardMs: Math.round(boardMs),
		debriefMs: Math.round(debriefMs),
		serverRssMb: Math.round(rssKb / 1024)
	};
	if (json) console.log(JSON.stringify(result));
	else {
		console.log(
			`${result.learners} learners, ${commandTimes.length + burstTimes.length} commands and quiz answers, ${DAYS} disruptions, ${DAYS} quiz rounds, ${DAYS} day ends`
		);
		console.log(
			`Day-end broadcast to every learner, p95: ${result.advanceBroadcastP95Ms} ms (target under 250)`
		);
		console.log(
			`Disruption broadcast to every learner, p95: ${result.disruptionBroadcastP95Ms} ms`
		);
		console.log(`Quiz question and reveal to every learner, p95: ${result.quizBroadcastP95Ms} ms`);
		console.log(
			`Command POST at a human pace (quiz answers included), p95: ${result.commandP95Ms} ms (target under 50)`
		);
		console.log(`Quiz answer POST, p95: ${result.quizAnswerP95Ms} ms`);
		console.log(
			`Command POST when all ${LEARNERS} click at once, p95: ${result.commandBurstP95Ms} ms`
		);
		console.log(
			`Leaderboard of ${LEARNERS} desks: ${result.leaderboardMs} ms; class debrief: ${result.debriefMs} ms`
		);
		console.log(`Server memory: ${result.serverRssMb} MB (target under 300)`);
	}
} finally {
	await server.stop('SIGKILL');
	rmSync(dataDir, { recursive: true, force: true });
}
