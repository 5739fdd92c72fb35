// How often a feed is asked: Retry-After, back-off of failing feeds, the feed's own max-age, 410 Gone.

import type {FeedState} from '../model/feed.js';
import type {FeedHold} from '../model/refresh.js';

/** No server's header keeps a feed unasked longer than this: a broken Retry-After must not silence a feed for a year. */
export const maxWaitMs = 24 * 60 * 60_000;
/** The background interval the back-off starts from when none is configured (the app then has no timer anyway). */
export const defaultIntervalMs = 10 * 60_000;

/**
 * The time a Retry-After header names, in ms since the epoch, capped at `maxWaitMs` after `nowMs`; null for a missing,
 * malformed or past value. Both forms of RFC 9110: delay-seconds ("120") and an HTTP date.
 */
export function retryAfterUntil(header: string | null | undefined, nowMs: number): number | null {
	const value = header?.trim() ?? '';
	if (value === '') return null;
	let until: number;
	if (/^\d+$/.test(value)) until = nowMs + Number(value) * 1000;
	else {
		// Only a date that names its zone (GMT, as the header must): Date.parse would read a bare date as local time.
		if (!/\b(?:GMT|UTC|[+-]\d{4})\s*$/i.test(value)) return null;
		until = Date.parse(value);
	}
	if (!Number.isFinite(until) || until <= nowMs) return null;
	return Math.min(until, nowMs + maxWaitMs);
}

/** Cache-Control max-age (s-maxage is for shared caches; no-cache / no-store mean "ask each time"), in seconds; null without one. */
export function maxAgeSeconds(cacheControl: string | null | undefined): number | null {
	if (!cacheControl) return null;
	if (/(?:^|,)\s*(?:no-cache|no-store)\b/i.test(cacheControl)) return null;
	const match = /(?:^|,)\s*max-age\s*=\s*"?(\d+)"?/i.exec(cacheControl);
	if (!match) return null;
	const seconds = Number(match[1]);
	return seconds > 0 ? seconds : null;
}

/**
 * How long after a failed fetch the background refresh asks again: the interval after the first failure, then
 * doubling with each further one, up to a day.
 */
export function backoffMs(failures: number, intervalMs: number): number {
	if (failures <= 0) return 0;
	return Math.min(maxWaitMs, intervalMs * 2 ** Math.min(failures - 1, 20));
}

export type Hold =
	/** The server asked for time (Retry-After): every refresh waits. */
	| {reason: 'retry-after'; until: number}
	| {reason: 'gone'}
	| {reason: 'backoff'; until: number}
	| {reason: 'fresh'; until: number};

export interface ScheduleOptions {
	background: boolean;
	/** The background refresh's interval: the back-off's first step. */
	intervalMs: number;
}

function time(iso: string | null | undefined): number | null {
	if (!iso) return null;
	const ms = Date.parse(iso);
	return Number.isFinite(ms) ? ms : null;
}

/**
 * Why a refresh at `nowMs` does not ask this feed, or undefined when it does. A manual refresh only waits for a
 * Retry-After; the background one also leaves gone feeds, failing feeds between back-off steps and feeds fresh by
 * their own hint. The timer's ticks come an interval apart while the stored fetch time is the previous refresh's
 * start: a little slack keeps a feed due at the next tick from being left for one more interval.
 */
export function holdOf(state: FeedHold | undefined, nowMs: number, {background, intervalMs}: ScheduleOptions): Hold | undefined {
	if (!state) return undefined;
	const retry = time(state.retryAfter);
	if (retry !== null && retry > nowMs) return {reason: 'retry-after', until: retry};
	if (!background) return undefined;
	if (state.gone) return {reason: 'gone'};
	const slack = Math.min(60_000, intervalMs / 10);
	const last = time(state.lastFetch);
	const failures = state.failures ?? 0;
	if (failures > 1 && last !== null) {
		const until = last + backoffMs(failures, intervalMs);
		if (until - slack > nowMs) return {reason: 'backoff', until};
	}
	const fresh = time(state.freshUntil);
	if (fresh !== null && fresh - slack > nowMs) return {reason: 'fresh', until: fresh};
	return undefined;
}

/** "14:05" in local time: the reader's clock. */
export function clockTime(ms: number): string {
	const date = new Date(ms);
	const pad = (n: number): string => String(n).padStart(2, '0');
	return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The line a manual refresh shows for a feed whose server asked for time. */
export function waitingLine(until: number): string {
	return `waiting until ${clockTime(until)} (the server asked)`;
}

/** What a fetch's outcome makes of the feed's schedule fields. */
export type ScheduleFields = Required<Pick<FeedState, 'failures' | 'failingSince' | 'retryAfter' | 'freshUntil' | 'gone'>>;

/**
 * The feed's own hint how often to ask, in seconds: the longer of Cache-Control max-age and what the feed says (RSS <ttl>,
 * sy:updatePeriod). A 304 brings no feed text: then the hint stored with the last fetch (`previous`) carries on.
 */
export function hintSeconds(maxAge: number | null, feedSays: number | undefined, previous?: Pick<FeedState, 'lastFetch' | 'freshUntil'>): number | null {
	let seconds = Math.max(maxAge ?? 0, feedSays ?? 0);
	if (feedSays === undefined && previous?.freshUntil && previous.lastFetch) {
		const stored = (Date.parse(previous.freshUntil) - Date.parse(previous.lastFetch)) / 1000;
		if (Number.isFinite(stored)) seconds = Math.max(seconds, stored);
	}
	return seconds > 0 ? seconds : null;
}

/** After a success (a body or a 304): failures forgotten, the feed's hint (capped at a day) remembered. */
export function afterSuccess(fetchedMs: number, maxAge: number | null): ScheduleFields {
	return {
		failures: 0,
		failingSince: null,
		retryAfter: null,
		freshUntil: maxAge === null ? null : new Date(fetchedMs + Math.min(maxAge * 1000, maxWaitMs)).toISOString(),
		gone: false,
	};
}

/** After a failure: one more in the run (which began at its first), the server's Retry-After, 410. */
export function afterFailure(previous: Pick<FeedState, 'failures' | 'failingSince'> | undefined, fetchedAt: string, fetchedMs: number, failure: {status?: number; retryAfter?: string | null}): ScheduleFields {
	const retry = failure.status === 429 || failure.status === 503 ? retryAfterUntil(failure.retryAfter, fetchedMs) : null;
	return {
		failures: (previous?.failures ?? 0) + 1,
		failingSince: previous?.failingSince ?? fetchedAt,
		retryAfter: retry === null ? null : new Date(retry).toISOString(),
		freshUntil: null,
		gone: failure.status === 410,
	};
}
