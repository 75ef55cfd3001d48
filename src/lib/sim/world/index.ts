// The order world's public surface.
export { createWorld } from './create';
export { step } from './step';
export {
	autopilot,
	runAutopilot,
	DEFAULT_STYLE,
	REFERENCE_POLICIES,
	type AutopilotStyle,
	type ReferencePolicy
} from './autopilot';
export {
	parseScenario,
	ScenarioSchema,
	KPI_NAMES,
	POLICY_KEYS,
	type Scenario,
	type KpiName
} from './scenario';
export { parseCommand } from './commands';
export { orderMachine } from './order-machine';
export { ORDER_LIFECYCLE, allowedEvents } from './lifecycle';
export { compileMachine, nextState, acceptedEvents, type CompiledMachine } from './machine-table';
export { kpiRow, orderOutcome } from './kpi';
export {
	playScenario,
	playReference,
	referencePolicy,
	kpiSummary,
	type PlayOptions,
	type PlayResult
} from './play';
export { returnMachine } from './return-machine';
export {
	RETURN_LIFECYCLE,
	RESTOCKING_FEE,
	dispositionValue,
	dispositionRefusal,
	returnCredit
} from './returns';
export { activeSeverity, delayDays } from './disruptions';
export { agedSeverity } from './exceptions';
export { supplierScorecard, carrierScorecard } from './scorecards';
export { DISRUPTION_KINDS } from './scenario';
export { atpRecord } from './promising';
export { vecToArray, vecGet } from './pvec';
export { orderIndex } from './lookup';
export type * from './types';
export * from './desk';
export * from './desk-order';
export * from './desk-queues';
export { KPI_INFO, FAILURE_CAUSES, type KpiInfo, type KpiFormat } from './kpi-info';
export { requiredDocuments, missingDocuments, DOCUMENT_WORDS } from './documents';
export { troubleSince, satisfactionScore } from './communication';
export {
	debrief,
	COMPARED_KPIS,
	type Debrief,
	type ObjectiveResult,
	type ParetoBar
} from './debrief';
export { daysRecorded, commandsBeforeDay, worldsByDay } from './replay';
export { decisionsByDay, describeCommand, commandOrder } from './replay';
export {
	kpiOf,
	finalKpis,
	headlineKpis,
	replayDay,
	compareRuns,
	CHARTED_KPIS,
	type ReplayDay,
	type ReplayOrder,
	type KpiComparison
} from './run-views';
