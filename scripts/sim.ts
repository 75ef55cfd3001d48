// `npm run sim -- --scenario <id> [--seed N] [--commands file.json] [--policy default|none|do-nothing|good-practice] [--json]`
// Runs a scenario to its last day and prints the KPI summary. The same arguments always
// print the same bytes. A bad argument or file says what is wrong and exits 1.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
	kpiSummary,
	parseCommand,
	parseScenario,
	playScenario,
	REFERENCE_POLICIES,
	referencePolicy,
	type Command
} from '../src/lib/sim/index';

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

let args;
try {
	args = parseArgs({
		options: {
			scenario: { type: 'string' },
			seed: { type: 'string' },
			commands: { type: 'string' },
			policy: { type: 'string', default: 'default' },
			json: { type: 'boolean', default: false }
		},
		strict: true
	}).values;
} catch (error) {
	fail(
		`${(error as Error).message}\nUsage: npm run sim -- --scenario <id> [--seed N] [--commands file.json] [--policy default|none|do-nothing|good-practice] [--json]`
	);
}

if (!args.scenario) fail('Name a scenario: --scenario <id> (a file in content/scenarios).');
if (!/^[a-z0-9-]+$/.test(args.scenario))
	fail(`"${args.scenario}" is not a scenario id (kebab-case).`);
const POLICIES = ['default', 'none', 'do-nothing', 'good-practice'];
if (!POLICIES.includes(args.policy!))
	fail(`--policy must be one of ${POLICIES.join(', ')}, not "${args.policy}".`);
const seed = args.seed === undefined ? undefined : Number(args.seed);
if (seed !== undefined && (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31 - 1)) {
	fail(`--seed must be a whole number from 0 to 2147483647, not "${args.seed}".`);
}

const file = `content/scenarios/${args.scenario}.json`;
let data: unknown;
try {
	data = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', file), 'utf8'));
} catch (error) {
	fail(
		(error as NodeJS.ErrnoException).code === 'ENOENT'
			? `There is no scenario "${args.scenario}" (${file}).`
			: `${file} is not valid JSON: ${(error as Error).message}`
	);
}
const parsed = parseScenario(data);
if (!parsed.ok) fail(parsed.issues.map((i) => `${file}: ${i.field}: ${i.message}`).join('\n'));

let commands: Command[] = [];
if (args.commands) {
	let list: unknown;
	try {
		list = JSON.parse(readFileSync(resolve(args.commands), 'utf8'));
	} catch (error) {
		fail(`Cannot read the commands file ${args.commands}: ${(error as Error).message}`);
	}
	if (!Array.isArray(list)) fail(`${args.commands} must hold a JSON array of commands.`);
	commands = list.map((item, i) => {
		const check = parseCommand(item);
		if (!check.ok) fail(`${args.commands}: command ${i + 1}: ${check.message}`);
		return check.command;
	});
}

// A reference policy decides whatever the commands file leaves open, in its own style.
const reference =
	args.policy === 'do-nothing' || args.policy === 'good-practice'
		? REFERENCE_POLICIES[args.policy]
		: null;
const { world, rejected } = playScenario(parsed.scenario, commands, {
	seed,
	autopilot: args.policy === 'none' ? null : (reference?.style ?? undefined),
	policy: reference
		? referencePolicy(parsed.scenario, args.policy as 'do-nothing' | 'good-practice')
		: undefined
});
for (const r of rejected)
	console.error(`command ${r.index + 1} (${r.command.type}) was refused: ${r.message}`);

const kpis = kpiSummary(world);
if (args.json) {
	console.log(
		JSON.stringify({
			scenario: parsed.scenario.id,
			seed: world.seed,
			days: world.day,
			orders: world.orders.size,
			kpis
		})
	);
} else {
	const pct = (v: number | null) => (v === null ? 'n/a' : `${(v * 100).toFixed(1)} %`);
	console.log(
		`${parsed.scenario.title} (seed ${world.seed}, ${world.day} days, ${world.orders.size} orders)`
	);
	console.log(
		`  Fill rate, units / lines / orders   ${pct(kpis.fillRateUnit)} / ${pct(kpis.fillRateLine)} / ${pct(kpis.fillRateOrder)}`
	);
	console.log(
		`  OTIF to commit / to request         ${pct(kpis.otif)} / ${pct(kpis.otifToRequest)}`
	);
	console.log(
		`  Perfect order (count / product)     ${pct(kpis.perfectOrderRate)} / ${pct(kpis.perfectOrderProduct)}`
	);
	console.log(
		`  Order fulfillment cycle time        ${kpis.cycleTimeMeanDays === null ? 'n/a' : `${kpis.cycleTimeMeanDays.toFixed(2)} days`}`
	);
	console.log(`  Backorder rate                      ${pct(kpis.backorderRate)}`);
	console.log(
		`  Revenue / cash collected            ${kpis.revenue.toFixed(2)} / ${kpis.cashCollected.toFixed(2)}`
	);
	console.log(
		`  Return rate, units / orders         ${pct(kpis.returnRateUnits)} / ${pct(kpis.returnRateOrders)}`
	);
	console.log(`  Exceptions open at the end          ${kpis.exceptionsOpen}`);
	console.log(`  Order accuracy                      ${pct(kpis.orderAccuracy)}`);
	console.log(
		`  Days sales outstanding              ${kpis.dso === null ? 'n/a' : `${kpis.dso.toFixed(1)} days`}`
	);
	console.log(`  Cost to serve                       ${kpis.costToServe.toFixed(2)}`);
	console.log(
		`  Customer satisfaction index         ${kpis.satisfaction === null ? 'n/a' : `${kpis.satisfaction.toFixed(1)} of 100`}`
	);
}
