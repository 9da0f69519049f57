export type { Region, RegionMatch, MatchKind } from './types';
export { createResolver, MIN_CONFIDENCE, isNationalName } from './resolve-region';
export type { RegionResolver, ResolveContext, ResolverOptions } from './resolve-region';
export { createChinaProjection, createNanhaiInset } from './projection';
export type { InsetBox } from './projection';
export { featuresOf, parseBoundaries } from './topology';
export type { BoundaryError, ParsedBoundaries } from './topology';
