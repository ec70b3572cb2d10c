/**
 * The drawing layout of the exports: ForceAtlas2 lives with the analyses
 * (src/analysis/layout.ts), which run it on the worker pool.
 */
export { aroundIndonesia, forceLayout, type LayoutOptions, type Positions } from '../analysis/layout';
