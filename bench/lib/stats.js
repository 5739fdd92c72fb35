// Small statistics over lists of timings: median, percentiles, ratios.

export function median(values) {
	return percentile(values, 50);
}

/** Nearest-rank percentile; NaN for an empty list so a missing figure never looks like a real one. */
export function percentile(values, p) {
	const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
	if (sorted.length === 0) return Number.NaN;
	if (p === 50 && sorted.length % 2 === 0) {
		return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	}
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function round(value, digits = 0) {
	if (!Number.isFinite(value)) return value;
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}
