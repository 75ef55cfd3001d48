// The engine's public surface. Everything outside src/lib/sim imports from here.
export { seedRng, nextFloat, nextInt } from './rng';
export type { RngState } from './rng';
