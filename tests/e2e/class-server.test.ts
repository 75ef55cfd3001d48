// The live-class server for real: the built adapter-node server, a real SQLite file, real
// HTTP and server-sent events. Every security rule is tried and refused.
import { mkdtempSync, rmSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenario, replayClass, vecToArray, type ClassLogEvent } from '../../src/lib/sim';
import { Client, startServer, type Server } from '../../scripts/lib/live-server';

const dataDir = mkdtempSync(join(tmpdir(), 'order-desk-class-'));
let server: Server;

beforeAll(async () => {
	server = await startServer(dataDir);
});
afterAll(async () => {
	await server.stop('SIGKILL');
	rmSync(dataDir, { recursive: true, force: true });
});

async function newClass(fields: Record<string, string> = {}) {
	const host = new Client(server.url);
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

async function joinClass(code: string, name: string, extra: Record<string, string> = {}) {
	const learner = new Client(server.url);
	const joined = await learner.form(`/class/${code}?/join`, { name, ...extra });
	return { learner, joined };
}

describe('starting and joining a class', () => {
	it('creates a class with a short unambiguous code and an httpOnly host cookie scoped to it', async () => {
		const host = new Client(server.url);
		const created = await host.form('/class/new', {
			scenario: 'first-day-at-the-desk',
			seed: '99',
			mode: 'individual',
			pacing: 'instructor'
		});
		expect(created.status).toBe(303);
		const code = /\/class\/([A-Z0-9]{6})\/host$/.exec(created.location!)![1];
		expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
		const cookie = created.headers.getSetCookie().find((c) => c.startsWith(`od_host_${code}=`))!;
		expect(cookie).toMatch(/HttpOnly/i);
		expect(cookie).toMatch(/SameSite=Lax/i);
		expect(cookie).toMatch(new RegExp(`Path=/class/${code}`));
		const console = await host.request(`/class/${code}/host`);
		expect(console.status).toBe(200);
		expect(console.text).toContain(code);
		expect(console.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
	});

	it('refuses a bad class form with the field named, creating nothing', async () => {
		const host = new Client(server.url);
		const bad = await host.form('/class/new', {
			scenario: 'nope',
			seed: 'x',
			mode: 'team',
			teams: '40',
			pacing: 'timer',
			seconds: '5'
		});
		expect(bad.status).toBe(400);
		expect(bad.text).toContain('Choose one of the scenarios.');
		expect(bad.text).toContain('Teams: from 2 to 12.');
		expect(bad.text).toContain('Seconds per day: from 30 to 3600.');
		expect(host.cookies.size).toBe(0);
	});

	it('joins learners by code, with trimmed unique names shown only as text', async () => {
		const { code } = await newClass();
		const { learner, joined } = await joinClass(code, '  Ana  ');
		expect(joined.status).toBe(303);
		expect(learner.cookies.has(`od_learner_${code}`)).toBe(true);
		expect((await learner.request(`/class/${code}`)).text).toContain(
			'You are <strong>Ana</strong>'
		);
		expect((await joinClass(code, 'ana')).joined.text).toContain(
			'Someone in this class is already called “ana”'
		);
		expect((await joinClass(code, '   ')).joined.status).toBe(400);
		expect((await joinClass(code, 'x'.repeat(41))).joined.text).toContain(
			'Enter a display name of 1 to 40 characters.'
		);
		const { learner: sneaky } = await joinClass(code, '<img src=x onerror=alert(1)>');
		const page = await sneaky.request(`/class/${code}`);
		expect(page.text).toContain('&lt;img src=x onerror=alert(1)>');
		expect(page.text).not.toContain('<img src=x');
	});

	it('rate-limits wrong codes from one address', async () => {
		const guesser = new Client(server.url);
		const answers: number[] = [];
		for (let i = 0; i < 11; i++)
			answers.push((await guesser.request(`/class/join?code=ZZZZZ${'ABCDEFGHJKM'[i]}`)).status);
		expect(answers.slice(0, 10).every((s) => s === 200)).toBe(true);
		expect(answers[10]).toBe(429);
		const blocked = await guesser.request('/class/join?code=ZZZZZZ');
		expect(blocked.text).toContain('Too many wrong class codes');
	});
});

describe('playing a class', () => {
	it('refuses decisions before the start, takes valid ones, and explains refusals', async () => {
		const { host, code } = await newClass();
		const { learner } = await joinClass(code, 'Bo');
		const early = await learner.post(`/class/${code}/command`, {
			command: { type: 'order.validate', orderId: 'SO-0001' }
		});
		expect(early.status).toBe(409);
		expect(early.json().message).toBe('The class has not started yet: wait for the instructor.');

		expect((await learner.post(`/class/${code}/host/control`, { action: 'start' })).status).toBe(
			403
		);
		expect(
			(await host.post(`/class/${code}/host/control`, { action: 'start' })).json()
		).toMatchObject({ ok: true, state: { status: 'running', day: 1 } });

		const ok = await learner.post(`/class/${code}/command`, {
			command: { type: 'order.validate', orderId: 'SO-0001' }
		});
		expect(ok.status).toBe(200);
		expect(ok.json().event).toMatchObject({
			type: 'command',
			command: { type: 'order.validate', orderId: 'SO-0001' }
		});
		const refused = await learner.post(`/class/${code}/command`, {
			command: { type: 'order.ship', orderId: 'SO-0001' }
		});
		expect(refused.status).toBe(409);
		expect(refused.json().message).toMatch(/cannot be released to ship now/);
		expect(
			(await learner.post(`/class/${code}/command`, { command: { type: 'order.promise' } })).json()
				.message
		).toBe('Malformed command: orderId is required.');
		expect(
			(await learner.post(`/class/${code}/command`, { command: { type: 'day.advance' } })).status
		).toBe(403);
		expect(
			(
				await learner.post(`/class/${code}/command`, {
					command: { type: 'order.validate', orderId: 'SO-0001', note: 'x'.repeat(9000) }
				})
			).status
		).toBe(413);
		expect(
			(
				await learner.request(`/class/${code}/command`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: '{nope'
				})
			).status
		).toBe(400);
		expect(
			(
				await new Client(server.url).post(`/class/${code}/command`, {
					command: { type: 'order.validate', orderId: 'SO-0002' }
				})
			).status
		).toBe(403);
	});

	it('pushes day changes by SSE and resumes from Last-Event-ID', async () => {
		const { host, code } = await newClass();
		const { learner } = await joinClass(code, 'Cy');
		await host.post(`/class/${code}/host/control`, { action: 'start' });
		await learner.post(`/class/${code}/command`, {
			command: { type: 'order.validate', orderId: 'SO-0002' }
		});
		const first = await learner.events(`/class/${code}/events`, (e) =>
			e.some((x) => x.type === 'command')
		);
		expect(first.map((e) => e.type)).toEqual(['participant.joined', 'class.started', 'command']);
		const lastSeen = first.at(-1)!.seq as number;
		const advanced = learner.events(
			`/class/${code}/events`,
			(e) => e.some((x) => x.type === 'day.advanced'),
			{ lastEventId: lastSeen }
		);
		await new Promise((r) => setTimeout(r, 200));
		await host.post(`/class/${code}/host/control`, { action: 'advance' });
		const later = await advanced;
		expect(later.map((e) => e.type)).toEqual(['day.advanced']);
		expect(later[0]).toMatchObject({ day: 1, seq: lastSeen + 1 });
		// Another learner's decisions stay private; the host sees everything.
		const { learner: other } = await joinClass(code, 'Di');
		await host.post(`/class/${code}/host/control`, { action: 'advance' });
		const otherEvents = await other.events(
			`/class/${code}/events`,
			(e) => e.filter((x) => x.type === 'day.advanced').length === 2
		);
		expect(otherEvents.some((e) => e.type === 'command')).toBe(false);
		const hostEvents = await host.events(`/class/${code}/events?as=host`, (e) =>
			e.some((x) => x.type === 'command')
		);
		expect(hostEvents.some((e) => e.type === 'command')).toBe(true);
	});

	it('starts a late joiner on the current day with the missed days played by the default policy', async () => {
		const { host, code } = await newClass();
		await host.post(`/class/${code}/host/control`, { action: 'start' });
		await host.post(`/class/${code}/host/control`, { action: 'advance' });
		await host.post(`/class/${code}/host/control`, { action: 'advance' });
		const { learner } = await joinClass(code, 'Late');
		const events = (await learner.events(`/class/${code}/events`, (e) =>
			e.some((x) => x.type === 'participant.joined' && x.name === 'Late')
		)) as unknown as ClassLogEvent[];
		const scenario = parseScenario(
			JSON.parse(readFileSync('content/scenarios/first-day-at-the-desk.json', 'utf8'))
		);
		if (!scenario.ok) throw new Error('scenario');
		const joinedEvent = events.find((e) => e.type === 'participant.joined')!;
		const world = replayClass(
			scenario.scenario,
			scenario.scenario.seed,
			events,
			joinedEvent.type === 'participant.joined' ? joinedEvent.worldKey : ''
		);
		expect(world.day).toBe(3);
		const states = vecToArray(world.orders)
			.filter((o) => o.enteredDay < 3)
			.map((o) => o.state.fulfilment);
		expect(states.every((s) => s !== 'entered')).toBe(true);
		const day3 = vecToArray(world.orders).find((o) => o.enteredDay === 3)!;
		const ok = await learner.post(`/class/${code}/command`, {
			command: { type: 'order.validate', orderId: day3.id }
		});
		expect(ok.status).toBe(200);
	});

	it('pauses, resumes and ends, refusing what each state does not allow', async () => {
		const { host, code } = await newClass();
		const { learner } = await joinClass(code, 'Ed');
		expect(
			(await host.post(`/class/${code}/host/control`, { action: 'advance' })).json().message
		).toBe('The class is not running.');
		await host.post(`/class/${code}/host/control`, { action: 'start' });
		await host.post(`/class/${code}/host/control`, { action: 'pause' });
		expect(
			(
				await learner.post(`/class/${code}/command`, {
					command: { type: 'order.validate', orderId: 'SO-0001' }
				})
			).json().message
		).toBe('The instructor has paused the class.');
		expect(
			(await host.post(`/class/${code}/host/control`, { action: 'advance' })).json().message
		).toBe('Resume the class before ending a day.');
		await host.post(`/class/${code}/host/control`, { action: 'resume' });
		expect((await host.post(`/class/${code}/host/control`, { action: 'fly' })).status).toBe(400);
		await host.post(`/class/${code}/host/control`, { action: 'end' });
		expect(
			(
				await learner.post(`/class/${code}/command`, {
					command: { type: 'order.validate', orderId: 'SO-0001' }
				})
			).json().message
		).toBe('The class has ended.');
		expect((await joinClass(code, 'Too late')).joined.text).toContain('This class has ended.');
		expect((await new Client(server.url).request(`/class/${code}/host`)).status).toBe(403);
	});
});

describe('no lost data', () => {
	it('keeps every accepted command through kill -9 and a restart', async () => {
		const { host, code } = await newClass();
		const { learner } = await joinClass(code, 'Flo');
		await host.post(`/class/${code}/host/control`, { action: 'start' });
		for (const command of [
			{ type: 'order.validate', orderId: 'SO-0002' },
			{ type: 'order.promise', orderId: 'SO-0002' },
			{ type: 'order.allocate', orderId: 'SO-0002' }
		]) {
			expect((await learner.post(`/class/${code}/command`, { command })).status).toBe(200);
		}
		await host.post(`/class/${code}/host/control`, { action: 'advance' });
		const before = await host.events(`/class/${code}/events?as=host`, (e) =>
			e.some((x) => x.type === 'day.advanced')
		);

		await server.stop('SIGKILL');
		server = await startServer(dataDir);
		host.base = server.url;
		learner.base = server.url;

		const after = await host.events(
			`/class/${code}/events?as=host`,
			(e) => e.length >= before.length
		);
		expect(after).toEqual(before);
		// The learner's world picks up where it was: SO-0002 is allocated and can ship.
		const ship = await learner.post(`/class/${code}/command`, {
			command: { type: 'order.ship', orderId: 'SO-0002' }
		});
		expect(ship.status).toBe(200);
		expect((await learner.request(`/class/${code}`)).text).toContain(
			'You are <strong>Flo</strong>'
		);
	});
});
