// Types of stats.js for the TypeScript tests.

export function median(values: number[]): number;
export function percentile(values: number[], p: number): number;
export function round(value: number, digits?: number): number;
