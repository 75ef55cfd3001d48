// The instructor's tools on the real built server and SQLite file: disruptions, quiz rounds,
// the lobby (lock, rename, remove), the results export, and classes ending when idle and
// being deleted after their retention. Each is refused to anyone but the instructor.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startServer, type Server } from '../../scripts/lib/live-server';

const dataDir = mkdtempSync(join(tmpdir(), 'order-desk-instructor-'));
let server: Server;

beforeAll(async () => {
	server = await startServer(dataDir);
});
afterAll(async () => {
	await server.stop('SIGKILL');
	rmSync(dataDir, { recursive: true, force: true });
});

async function newClass(base = server.url, fields: Record<string, string> = {}) {
	const host = new Client(base);
	const created = await host.form('/class/new', {
		scenario: 'first-day-at-the-desk',
		seed: '',
		mode: 'individual',
		pacing: 'instructor',
		...fields
	});
	expect(created.status).toBe(303);
	const code = /\/class\/([A-Z0-9]{6})\/host$/.exec(created.location!)![1];
	return { host, code };
}

async function enter(code: string, name: string, base = server.url, extra = {}) {
	const learner = new Client(base);
	const joined = await learner.form(`/class/${code}?/join`, { name, ...extra });
	return { learner, joined };
}

const start = (host: Client, code: string) =>
	host.post(`/class/${code}/host/control`, { action: 'start' });

describe('disruptions', () => {
	it('plays one for everyone with its headline, and refuses learners and bad cards', async () => {
		const { host, code } = await newClass();
		const { learner } = await enter(code, 'Ana');
		const card = { kind: 'credit-downgrade', severity: 0.5, days: 3 };
		expect((await host.post(`/class/${code}/host/disruption`, card)).json().message).toMatch(
			/Start the class first/
		);
		await start(host, code);
		const refused = await learner.post(`/class/${code}/host/disruption`, card);
		expect(refused.status).toBe(403);
		expect(refused.json().message).toBe('Only the class’s instructor can play disruptions.');
		expect((await new Client(server.url).post(`/class/${code}/host/disruption`, card)).status).toBe(
			403
		);
		const sneaky = await learner.post(`/class/${code}/command`, {
			command: { type: 'disruption.inject', kind: 'demand-spike' }
		});
		expect(sneaky.status).toBe(403);
		const bad = await host.post(`/class/${code}/host/disruption`, { ...card, kind: 'meteor' });
		expect(bad.status).toBe(400);
		expect(bad.json().message).toMatch(/^kind must be one of demand-spike/);
		expect(
			(await host.post(`/class/${code}/host/disruption`, { ...card, severity: 3 })).json().message
		).toBe('severity is from 0.1 to 1');

		const played = await host.post(`/class/${code}/host/disruption`, card);
		expect(played.status).toBe(200);
		const event = played.json().event as { type: string; headline: string; day: number };
		expect(event).toMatchObject({ type: 'disruption.played', day: 1, kind: 'credit-downgrade' });
		expect(event.headline).toMatch(/^Credit downgrade: .+ credit limit is cut by 50 %\.$/);
		const seen = await learner.events(`/class/${code}/events`, (e) =>
			e.some((x) => x.type === 'disruption.played')
		);
		expect(seen.find((x) => x.type === 'disruption.played')).toMatchObject({
			headline: event.headline
		});
		await host.post(`/class/${code}/host/control`, { action: 'end' });
		expect((await host.post(`/class/${code}/host/disruption`, card)).json().message).toBe(
			'The class has ended.'
		);
	});
});

describe('quiz rounds', () => {
	it('pushes a question without its answer, takes one answer each, and reveals the distribution', async () => {
		const { host, code } = await newClass();
		const { learner: ana } = await enter(code, 'Ana');
		const { learner: bo } = await enter(code, 'Bo');
		const list = await host.request(`/class/${code}/host/quiz?topic=4`);
		const questions = list.json().questions as { id: string; type: string }[];
		expect(questions.length).toBeGreaterThan(5);
		expect(questions.every((q) => ['single', 'multiple', 'numeric'].includes(q.type))).toBe(true);
		expect((await ana.request(`/class/${code}/host/quiz?topic=4`)).status).toBe(403);
		const open = { action: 'open', topic: 4, questionId: 'cumulative-atp-with-look-ahead' };
		expect((await ana.post(`/class/${code}/host/quiz`, open)).status).toBe(403);
		expect((await host.post(`/class/${code}/host/quiz`, { action: 'open' })).status).toBe(400);
		expect(
			(
				await host.post(`/class/${code}/host/quiz`, { ...open, questionId: 'time-fence-zones' })
			).json().message
		).toMatch(/single-choice, multiple-choice or numeric/);

		const opened = await host.post(`/class/${code}/host/quiz`, open);
		expect(opened.status).toBe(200);
		expect(opened.text).not.toMatch(/"answer"|explanation|"why"|Right\./);
		const round = opened.json().event as { round: number; question: { options: { id: string }[] } };
		expect(round.round).toBe(1);
		expect((await host.post(`/class/${code}/host/quiz`, open)).json().message).toBe(
			'Close the open round before pushing another question.'
		);

		const answer = (c: Client, response: unknown) =>
			c.post(`/class/${code}/quiz`, { round: 1, response });
		expect((await answer(ana, { choices: ['z'] })).status).toBe(400);
		expect((await answer(ana, { choices: ['a', 'b'] })).json().message).toBe(
			'Pick exactly one option.'
		);
		expect((await answer(ana, 'a')).status).toBe(400);
		expect((await answer(new Client(server.url), { choices: ['a'] })).status).toBe(403);
		const right = await answer(ana, { choices: ['a'] });
		expect(right.json().event).toMatchObject({ type: 'quiz.answered', points: 100 });
		expect((await answer(ana, { choices: ['b'] })).json().message).toBe(
			'You have already answered this round.'
		);
		expect((await answer(bo, { choices: ['b'] })).json().event).toMatchObject({ points: 0 });
		// Bo never sees Ana's answer.
		const boSees = await bo.events(`/class/${code}/events`, (e) =>
			e.some((x) => x.type === 'quiz.answered')
		);
		expect(boSees.filter((x) => x.type === 'quiz.answered')).toHaveLength(1);

		expect((await bo.post(`/class/${code}/host/quiz`, { action: 'close' })).status).toBe(403);
		const closed = await host.post(`/class/${code}/host/quiz`, { action: 'close' });
		const reveal = (closed.json().event as unknown as { reveal: unknown }).reveal as {
			answered: number;
			answer: { choices: string[] };
			explanation: string;
			distribution: { id: string; count: number; correct: boolean }[];
		};
		expect(reveal.answered).toBe(2);
		expect(reveal.answer).toEqual({ choices: ['a'] });
		expect(reveal.explanation).toMatch(/look-ahead/);
		expect(reveal.distribution.find((d) => d.id === 'a')).toMatchObject({
			count: 1,
			correct: true
		});
		expect(reveal.distribution.find((d) => d.id === 'b')).toMatchObject({
			count: 1,
			correct: false
		});
		expect((await answer(bo, { choices: ['a'] })).json().message).toMatch(/This round has closed/);
		expect((await host.post(`/class/${code}/host/quiz`, { action: 'close' })).json().message).toBe(
			'No round is open.'
		);

		const board = await host.request(`/class/${code}/host/board?rank=points`);
		expect(board.json().standings).toMatchObject([
			{ name: 'Ana', points: 100, rank: 1 },
			{ name: 'Bo', points: 0, rank: 2 }
		]);
		expect((await ana.request(`/class/${code}/host/board`)).status).toBe(403);
	});
});

describe('the lobby', () => {
	it('locks and unlocks joining, for the instructor only', async () => {
		const { host, code } = await newClass();
		const { learner } = await enter(code, 'Ana');
		expect((await learner.post(`/class/${code}/host/lobby`, { action: 'lock' })).status).toBe(403);
		expect((await host.post(`/class/${code}/host/lobby`, { action: 'bolt' })).status).toBe(400);
		expect((await host.post(`/class/${code}/host/lobby`, { action: 'lock' })).status).toBe(200);
		expect((await host.post(`/class/${code}/host/lobby`, { action: 'lock' })).json().message).toBe(
			'The lobby is already locked.'
		);
		const late = await enter(code, 'Late');
		expect(late.joined.status).toBe(409);
		expect(late.joined.text).toContain('The instructor has closed this class to new learners.');
		expect(late.learner.cookies.size).toBe(0);
		const board = (await host.request(`/class/${code}/host/board`)).json().standings as {
			name: string;
		}[];
		expect(board.map((s) => s.name)).toEqual(['Ana']);
		await host.post(`/class/${code}/host/lobby`, { action: 'unlock' });
		expect((await enter(code, 'Late')).joined.status).toBe(303);
	});

	it('renames and removes participants, erasing a removed name, for the instructor only', async () => {
		const { host, code } = await newClass();
		const { learner: ana } = await enter(code, 'Ana');
		const { learner: bo } = await enter(code, 'Bo');
		await start(host, code);
		const first = await host.events(
			`/class/${code}/events?as=host`,
			(e) => e.filter((x) => x.type === 'participant.joined').length === 2
		);
		const [anaId, boId] = first
			.filter((x) => x.type === 'participant.joined')
			.map((x) => x.participantId as string);

		const rename = { action: 'rename', participantId: boId, name: 'Ana' };
		expect((await ana.post(`/class/${code}/host/lobby`, rename)).status).toBe(403);
		expect((await host.post(`/class/${code}/host/lobby`, rename)).json().message).toBe(
			'Someone in this class is already called “Ana”.'
		);
		expect(
			(await host.post(`/class/${code}/host/lobby`, { ...rename, name: '   ' })).json().message
		).toBe('Enter a display name of 1 to 40 characters.');
		expect(
			(await host.post(`/class/${code}/host/lobby`, { ...rename, participantId: 'nobody' })).status
		).toBe(404);
		const renamed = await host.post(`/class/${code}/host/lobby`, { ...rename, name: '  Bob ' });
		expect(renamed.json().event).toMatchObject({ type: 'participant.renamed', name: 'Bob' });
		expect((await bo.request(`/class/${code}`)).text).toContain('You are <strong>Bob</strong>');

		const remove = { action: 'remove', participantId: boId };
		expect((await ana.post(`/class/${code}/host/lobby`, remove)).status).toBe(403);
		const watching = bo.events(`/class/${code}/events`, (e) =>
			e.some((x) => x.type === 'participant.removed')
		);
		await new Promise((r) => setTimeout(r, 200));
		expect((await host.post(`/class/${code}/host/lobby`, remove)).status).toBe(200);
		expect((await watching).at(-1)).toMatchObject({
			type: 'participant.removed',
			participantId: boId
		});
		expect(
			(
				await bo.post(`/class/${code}/command`, {
					command: { type: 'order.validate', orderId: 'SO-0001' }
				})
			).status
		).toBe(403);
		expect((await host.post(`/class/${code}/host/lobby`, remove)).status).toBe(404);
		const log = await host.events(`/class/${code}/events?as=host`, (e) =>
			e.some((x) => x.type === 'participant.removed')
		);
		expect(JSON.stringify(log)).not.toMatch(/"Bob"|"Bo"/);
		expect(
			log.find((x) => x.participantId === anaId && x.type === 'participant.joined')
		).toMatchObject({
			name: 'Ana'
		});
		expect((await host.request(`/class/${code}/host`)).text).not.toContain('Bob');
	});
});

describe('results', () => {
	it('exports KPIs and quiz points by learner or team with display names only', async () => {
		const { host, code } = await newClass(server.url, { mode: 'team', teams: '2' });
		const { learner: ana } = await enter(code, 'Ana', server.url, { team: 'Team 1' });
		await enter(code, '=HYPERLINK("x")', server.url, { team: 'Team 1' });
		await enter(code, 'Cy', server.url, { team: 'Team 2' });
		await start(host, code);
		await host.post(`/class/${code}/host/control`, { action: 'advance' });
		await host.post(`/class/${code}/host/quiz`, {
			action: 'open',
			topic: 4,
			questionId: 'cumulative-atp-with-look-ahead'
		});
		await ana.post(`/class/${code}/quiz`, { round: 1, response: { choices: ['a'] } });
		await host.post(`/class/${code}/host/quiz`, { action: 'close' });

		expect((await ana.request(`/class/${code}/host/export.csv`)).status).toBe(403);
		expect((await new Client(server.url).request(`/class/${code}/host/export.csv`)).status).toBe(
			403
		);
		expect((await host.request(`/class/${code}/host/export.csv?by=desk`)).status).toBe(400);

		const byLearner = await host.request(`/class/${code}/host/export.csv?by=learner`);
		expect(byLearner.headers.get('content-type')).toMatch(/^text\/csv/);
		expect(byLearner.headers.get('content-disposition')).toContain(
			`class-${code}-results-by-learner.csv`
		);
		const rows = byLearner.text.trim().split('\r\n');
		expect(rows[0]).toMatch(
			/^Learner,Team,Perfect order fulfillment \(share of 1\),.*,Quiz points$/
		);
		expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual([
			'Ana',
			`"'=HYPERLINK(""x"")"`,
			'Cy'
		]);
		// Every row has the header's columns: figures (empty until the KPI has a value), then points.
		const width = rows[0].split(',').length;
		expect(rows.map((r) => r.replace(/"[^"]*"/g, 'x').split(',').length)).toEqual([
			width,
			width,
			width,
			width
		]);
		expect(rows[1]).toMatch(/^Ana,Team 1,([0-9.]*,)+100$/);
		expect(rows[3]).toMatch(/^Cy,Team 2,([0-9.]*,)+0$/);
		const byTeam = (await host.request(`/class/${code}/host/export.csv?by=team`)).text
			.trim()
			.split('\r\n');
		expect(byTeam).toHaveLength(3);
		expect(byTeam[1]).toMatch(/^Team 1,"Ana; =HYPERLINK\(""x""\)",([0-9.]*,)+50$/);
		// Nothing but display names and figures: no ids, tokens, times or addresses.
		expect(byLearner.text).not.toMatch(/learner:|team:|T\d\d:\d\d|127\.0\.0\.1/);
		for (const [name, value] of ana.cookies) expect(byLearner.text).not.toContain(value || name);
	});

	it('lists the instructor’s classes and lets only the instructor delete one now', async () => {
		const { host, code } = await newClass();
		const { learner } = await enter(code, 'Ana');
		const mine = await host.request('/class/mine');
		expect(mine.text).toContain(`/class/${code}/host`);
		expect((await learner.request('/class/mine')).text).not.toContain(code);
		// The instructor's key alone opens the console, as from "Your classes".
		const keyOnly = new Client(server.url);
		keyOnly.cookies.set('od_instructor', host.cookies.get('od_instructor')!);
		expect((await keyOnly.request(`/class/${code}/host`)).status).toBe(200);

		expect((await learner.form('/class/mine?/delete', { code })).status).toBe(403);
		expect((await host.request(`/class/${code}/host`)).status).toBe(200);
		expect((await host.form('/class/mine?/delete', { code })).status).toBe(200);
		expect((await host.request(`/class/${code}/host`)).status).toBe(404);
		expect((await learner.request(`/class/${code}`)).status).toBe(404);
	});
});

describe('class lifetimes', () => {
	it('ends a class after the idle time and deletes it after the retention, data and all', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'order-desk-expiry-'));
		// 1.5 s idle, 3 s retention, checked every second.
		const quick = await startServer(dir, {
			CLASS_IDLE_HOURS: String(1.5 / 3600),
			CLASS_RETENTION_DAYS: String(3 / 86400),
			CLASS_SWEEP_SECONDS: '1'
		});
		try {
			const { host, code } = await newClass(quick.url);
			const { learner } = await enter(code, 'Ana', quick.url);
			await start(host, code);
			await new Promise((r) => setTimeout(r, 2600));
			const events = await host.events(`/class/${code}/events?as=host`, (e) =>
				e.some((x) => x.type === 'class.ended')
			);
			expect(events.at(-1)).toMatchObject({ type: 'class.ended', reason: 'inactive' });
			expect(
				(
					await learner.post(`/class/${code}/command`, {
						command: { type: 'order.validate', orderId: 'SO-0001' }
					})
				).json().message
			).toBe('The class has ended.');
			// Ended but still readable for its instructor, and only for them.
			expect((await host.request(`/class/${code}/host/export.csv`)).text).toContain('Ana');
			expect((await learner.request(`/class/${code}/host/export.csv`)).status).toBe(403);
			expect((await host.request(`/class/${code}/host`)).text).toMatch(/stay readable until/);

			await new Promise((r) => setTimeout(r, 4500));
			const db = new Database(join(dir, 'order-desk.sqlite'), { readonly: true });
			const count = (table: string) =>
				(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
			expect([count('classes'), count('participants'), count('class_log')]).toEqual([0, 0, 0]);
			db.close();
			expect((await host.request(`/class/${code}/host`)).status).toBe(404);
		} finally {
			await quick.stop('SIGKILL');
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
