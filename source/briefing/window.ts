// The time window of a briefing: `--since 24h|7d|all`, ending at the newest article, not at the clock.

export interface SinceSpec {
	/** Window length in milliseconds; Infinity for "all". */
	ms: number;
	/** True when the user gave no window: it may widen until it holds enough articles. */
	widen: boolean;
}

export const defaultWindowHours = 48;
/** A default window widens until it holds this many articles (or all there are). */
export const minBriefingArticles = 300;

/** Parses "24h", "7d", "90m", "2w", "all"; undefined or "" is the default (48 h, widening). Throws on nonsense. */
export function parseSince(since: string | undefined, defaultHours = defaultWindowHours): SinceSpec {
	if (since === undefined || since.trim() === '') return {ms: defaultHours * 3_600_000, widen: true};
	const value = since.trim().toLowerCase();
	if (value === 'all') return {ms: Number.POSITIVE_INFINITY, widen: false};
	const match = /^(\d+(?:\.\d+)?)\s*(m|min|h|d|w)$/.exec(value);
	if (!match) throw new Error(`--since expects a span like 24h, 7d or "all", not "${since}"`);
	const amount = Number(match[1]);
	const unit = match[2]!;
	const unitMs = unit === 'w' ? 7 * 86_400_000 : unit === 'd' ? 86_400_000 : unit === 'h' ? 3_600_000 : 60_000;
	if (!(amount > 0)) throw new Error(`--since must be longer than zero, not "${since}"`);
	return {ms: amount * unitMs, widen: false};
}

export interface TimeWindow {
	from: number;
	to: number;
}

/**
 * The window ending at the newest of `times` (epoch ms). A default window doubles until it holds
 * `minArticles` (or all articles), so an old cache or bundled snapshots whose dates lie years apart
 * still make a full briefing.
 */
export function chooseWindow(times: number[], spec: SinceSpec, minArticles = minBriefingArticles): TimeWindow {
	if (times.length === 0) return {from: 0, to: 0};
	const sorted = [...times].sort((a, b) => b - a);
	const to = sorted[0]!;
	if (!Number.isFinite(spec.ms)) return {from: sorted[sorted.length - 1]!, to};
	let span = spec.ms;
	if (spec.widen) {
		const needed = Math.min(minArticles, sorted.length);
		const cutoff = sorted[needed - 1]!;
		while (to - span > cutoff) span *= 2;
	}
	return {from: to - span, to};
}
