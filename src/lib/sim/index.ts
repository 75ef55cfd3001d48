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
