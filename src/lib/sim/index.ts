// The engine's public surface. Everything outside src/lib/sim imports from here.
export { seedRng, nextFloat, nextInt } from './rng';
export type { RngState } from './rng';
export { projectedAvailableBalance, discreteAtp, cumulativeAtp } from './atp';
export { capableToPromise } from './ctp';
export { allocate, fairShareByDaysOfSupply, largestRemainder } from './allocation';
export { fillRates, perfectOrderRate, otif, cashToCash } from './kpis';
export type * from './types';
export * from './world/index';
export { sessionMachine, restoreSession, applyDecision } from './session';
export type { SessionContext, SessionEvent, SessionInput } from './session';
export { classState, replayClass, replayEvent, startReplay } from './class-replay';
export type { ClassLogEvent, ClassStatus, ReplayState } from './class-replay';
// Calculations the lessons' worked examples and widgets use.
export { orderToCashTimeline } from './order-to-cash';
export type { OrderToCashMilestones, OrderToCashTimeline } from './order-to-cash';
export { creditCheck, orderMultipleOptions } from './order-entry-checks';
export type {
	CreditCheckInput,
	CreditCheckResult,
	PricedLine,
	OrderMultipleOptions
} from './order-entry-checks';
export { abcClassification, volumeMarginMatrix } from './segmentation';
export type {
	AbcClass,
	AbcEntry,
	AbcCutoffs,
	AbcRow,
	CustomerEconomics,
	MatrixThresholds,
	Quadrant,
	MatrixRow
} from './segmentation';
export { priceForQuantity, cheapestQuantityAtLeast, cashDiscountCost, amountDue } from './terms';
export type {
	PriceBreak,
	PriceBreakMethod,
	PricedBracket,
	PriceQuote,
	CashDiscountTerms,
	CashDiscountCostOptions
} from './terms';
export {
	splitAtDecouplingPoint,
	decouplingPoints,
	mostUpstreamDecouplingPoint
} from './decoupling';
export type { LeadTimeStage, DecouplingOptions, DecouplingSplit } from './decoupling';
export { routeOrder, routableQty } from './routing';
export type {
	FulfillmentNode,
	RoutingLine,
	RoutingRule,
	RoutingOptions,
	RoutedShipment,
	RoutingResult
} from './routing';
export { comparePartialShipment } from './partial-shipment';
export type {
	PartialShipmentInput,
	PartialShipmentLine,
	PartialShipmentComparison,
	ShipmentPlan,
	PlannedShipment
} from './partial-shipment';
export { evaluateReturn, returnRates, INVENTORY_EFFECT } from './disposition';
export type {
	DispositionKind,
	DispositionOption,
	InventoryEffect,
	ReturnInput,
	ReturnEvaluation,
	ReturnLot,
	ReturnRateLine
} from './disposition';
export { deskAutomation } from './automation';
export type { DeskAutomationInput, DeskAutomationResult } from './automation';
export {
	nearestRankPercentile,
	orderFulfillmentCycleTime,
	backorderRate
} from './fulfillment-metrics';
export type { CycleTimeOrder, CycleTimeResult, BackorderLine } from './fulfillment-metrics';
export { forecastAccuracy, sigmaFromMad, zForServiceLevel, safetyStock } from './forecast-accuracy';
export type { ForecastAccuracy, SafetyStockInput } from './forecast-accuracy';
export { paretoAnalysis, defectsPerMillionOpportunities, sigmaLevel } from './pareto';
export type { ParetoCause, ParetoOptions, ParetoRow } from './pareto';
export {
	LIVE_QUESTION_TYPES,
	CLASS_START,
	nextClassNow,
	disruptionCommand,
	replayReference
} from './class-replay';
export type { ClassNow, LiveQuestion, LiveResponse, QuizReveal } from './class-replay';
export {
	BOARD_KPIS,
	COMPARISON_KPIS,
	quizPoints,
	deskPoints,
	standings,
	comparisonSeries,
	currentRound,
	playedDisruptions,
	biggestMiss,
	classDebrief
} from './class-results';
export type {
	RankBy,
	ClassDesk,
	Standing,
	QuizRoundState,
	BiggestMiss,
	ClassDebrief
} from './class-results';
