// The briefing of what the store holds: read marks, last-seen times, the analysis cache and the snapshot wired in.

import {randomUUID} from 'node:crypto';
import v8 from 'node:v8';
import type {Briefing} from '../model/briefing.js';
import type {BriefingProgress} from '../model/briefing-progress.js';
import type {ArticleStore} from '../store/article-store.js';
import type {ClustererState} from '../analysis/stories/cluster.js';
import type {AnalysisCache, ArticleAnalysis, SummaryCache} from './analysis-cache.js';
import {articleAnalyzer, type AnalysisPoolOptions} from './analysis-pool.js';
import {quoteAnalysisOf} from './quotes.js';
import {BriefingSession, sessionStateFormat, type SessionOptions, type SessionState, type UpdateStats} from './session.js';
import {firstScreen, storyOrder} from './story-order.js';
import {briefingAnalyzer} from './analysis-version.js';
import {snapshotKey, snapshotName, snapshotBriefing, markedBriefing, type SnapshotInputs} from './snapshot.js';
import {topicsFingerprint} from './topics-fingerprint.js';

export {snapshotBriefing};

/** The store's analysis cache as the briefing's cache hook (one analyzer name per version of the analysis). */
export function storeAnalysisCache(store: ArticleStore): StoreCache<ArticleAnalysis> & AnalysisCache {
	// v2: people carry `kind` and leave out places and group nouns; rows of v1 are recomputed.
	// v3: people leave out an aggregator's credits, Title Case headlines' capitals, things and noun phrases.
	// v4: the eighth session's quote rules (colon cues, parties in brackets, field-of-work describers) and no reported
	// speech read from an aggregator item's headlines.
	// v5: the ninth session's quote rules (colon subjects, name pairs, role words inside bodies' names), people rules
	// (things, products, outlets) and topic scores with `mentions`.
	// v6: set 13's rules (age phrases, no article-and-number speakers, colon clauses) and the topic matcher's word starts
	// (Kriminalität is not Krim), which change analyses under a user's own topic lists too.
	// v7–v11: the tenth and eleventh sessions' quote rules and retrained models (bench/RESULTS-quotes.md).
	return storeCache<ArticleAnalysis>(store, briefingAnalyzer);
}

/** The store's cache of story summaries, kept under each story's lead article. */
export function storeSummaryCache(store: ArticleStore): StoreCache<string> & SummaryCache {
	return storeCache<string>(store, 'story-summary-v2');
}

interface StoreCache<T> {
	get(uid: string, key: string): T | undefined;
	set(uid: string, key: string, value: T): void;
	/** Reads the rows of these uids in one query; later gets of them need none. */
	preload(uids: readonly string[]): void;
	/** How many of these uids have a row (of any content hash). */
	stored(uids: readonly string[]): number;
	/** Writes what was set since the last flush, in chunks; while held (see hold), only once at least that many rows wait. */
	flush(): void;
	/** Keeps flush() from writing fewer than `rows` rows (undefined: writes everything from now on, as usual). */
	hold(rows: number | undefined): void;
}

/** A cache over one analyzer's rows: preloaded uids are answered from memory, writes wait for flush(). */
function storeCache<T>(store: ArticleStore, analyzer: string): StoreCache<T> {
	let preloaded = new Map<string, {contentHash: string; result: string}>();
	let asked = new Set<string>();
	const pending: Array<{uid: string; contentHash: string; result: T}> = [];
	let held = 0;
	return {
		stored(uids) {
			return store.analysisCount(uids, analyzer);
		},
		preload(uids) {
			preloaded = store.analysesOf(uids, analyzer);
			asked = new Set(uids);
		},
		get(uid, key) {
			if (!asked.has(uid)) return store.getAnalysis<T>(uid, analyzer, key);
			const row = preloaded.get(uid);
			if (row?.contentHash !== key) return undefined;
			try {
				return JSON.parse(row.result) as T;
			} catch {
				return undefined;
			}
		},
		set(uid, key, value) {
			pending.push({uid, contentHash: key, result: value});
		},
		flush() {
			if (pending.length >= held) store.putAnalyses(analyzer, pending.splice(0));
			preloaded = new Map();
			asked = new Set();
		},
		hold(rows) {
			held = rows ?? 0;
		},
	};
}

/**
 * A computation that answers first (BriefingSessions.deferSnapshots) writes its cache rows with its snapshot, after the
 * answer, as long as fewer than this many analyses wait: a refresh's 100 articles and the summaries of their stories
 * (writing them took 10–40 ms of the update after +100, a WAL checkpoint at times; bench/findings.md, sixteenth
 * session). Larger windows of analyses are written as they come, so that they need not wait in memory.
 */
const heldCacheRows = 400;

/** Everything a store briefing depends on is also what its snapshot is keyed by. */
export type StoreBriefingOptions = SnapshotInputs;

/**
 * Briefing sessions kept between computations: after a refresh only the new articles are read, analysed
 * and clustered. The app's briefing worker keeps one in memory between refreshes; every computation also
 * leaves the session's state in the store (v8-serialized, beside the snapshot), so the next process — a
 * worker started later, `lagebild brief` after `lagebild refresh` — continues from it instead of
 * clustering everything again. One session per set of inputs; the last one is kept.
 */
export class BriefingSessions {
	readonly #pool: AnalysisPoolOptions | false;
	#key = '';
	#session: {session: BriefingSession; caches: Caches | undefined} | undefined;
	#lastUpdate: (UpdateStats & {restored: boolean}) | undefined;
	readonly #pendingWrites: Array<() => void> = [];

	/**
	 * `pool`: when and how the articles missing from the analysis cache are analysed over two threads (see
	 * analysis-pool.ts; false: always in the calling thread).
	 */
	constructor(options: {pool?: AnalysisPoolOptions | false; settle?: (() => void) | undefined; settleFrom?: number | undefined} = {}) {
		this.#pool = options.pool ?? {};
		this.#settle = options.settle;
		this.#settleFrom = options.settleFrom;
	}

	/** See SessionOptions.settle. */
	readonly #settle: (() => void) | undefined;
	/** See SessionOptions.settleFrom. */
	readonly #settleFrom: number | undefined;

	/**
	 * When true, computing a briefing leaves writing its snapshot and session state (megabytes, for the
	 * next start) to writeSnapshot(), so the worker can answer first.
	 */
	deferSnapshots = false;

	/** Hears how far each computation over these sessions has got (BriefingSession.update's `progress`). */
	progress: ((progress: BriefingProgress) => void) | undefined;

	/**
	 * When set, a computation with at least `early.from` articles to analyse afresh (a first launch, the first refresh
	 * of one's own feeds) hands `early.briefing` a first briefing before the quote engine ran (stories, headlines,
	 * topics, ranks; quotes, people and summaries pending, Story.analysing); with `early.screenUpdate` once more when
	 * the quotes of the stories on the first screen are read (they are read first). The computation's result is the
	 * complete one.
	 */
	early: EarlyBriefings | undefined;

	/** Writes what a deferred computation left, if anything. */
	writeSnapshot(): void {
		for (const write of this.#pendingWrites.splice(0)) write();
	}

	/** @internal */
	deferSnapshot(write: () => void): boolean {
		if (!this.deferSnapshots) return false;
		this.#pendingWrites.push(write);
		return true;
	}

	/** What the last computation over a session did (for the worker's reply, tests and the benchmark); then forgotten. */
	takeLastUpdate(): (UpdateStats & {restored: boolean}) | undefined {
		const update = this.#lastUpdate;
		this.#lastUpdate = undefined;
		return update;
	}

	/** @internal */
	recordUpdate(update: UpdateStats & {restored: boolean}): void {
		this.#lastUpdate = update;
	}

	/** The session for these inputs over this store: the one in memory, else the one the store keeps, else a new one. */
	sessionFor(store: ArticleStore, options: StoreBriefingOptions): {session: BriefingSession; caches: Caches | undefined; restored: boolean} {
		const key = `${store.file}|${sessionKey(options)}|${options.cache === false ? '-' : 'c'}`;
		if (this.#key === key && this.#session) return {...this.#session, restored: false};
		this.#key = key;
		const caches = options.cache === false ? undefined : {cache: storeAnalysisCache(store), summaryCache: storeSummaryCache(store)};
		const sessionOptions: SessionOptions = {
			topics: options.topics,
			since: options.since,
			...(options.quotes === false ? {} : {quoteAnalysis: quoteAnalysisOf}),
			...(this.#pool === false ? {} : {analyzer: analyzerFor(options, this.#pool)}),
			cluster: {windowHours: options.settings.storyWindowHours},
			...(this.#settle ? {settle: this.#settle} : {}),
			...(this.#settleFrom === undefined ? {} : {settleFrom: this.#settleFrom}),
			...caches,
		};
		const restored = caches ? restoreSession(store, options, sessionOptions) : undefined;
		this.#session = {session: restored ?? new BriefingSession(sessionOptions), caches};
		return {...this.#session, restored: restored !== undefined};
	}
}

/** See BriefingSessions.early. */
export interface EarlyBriefings {
	briefing: (briefing: Briefing) => void;
	/** Fewest articles to analyse afresh for which the quotes are put off (default earlyBriefingFrom). */
	from?: number;
	/** Hand on the briefing once more when the first screen's stories have their quotes (default earlyScreenUpdate). */
	screenUpdate?: boolean;
}

/**
 * See EarlyBriefings.from: below a few hundred articles the quote engine (~1–2 ms an article) costs less than a
 * second briefing's structured clone and render, and a refresh's few new articles are shown complete.
 */
export const earlyBriefingFrom = 300;

/**
 * See EarlyBriefings.screenUpdate. Off: every briefing handed on while the quote pass runs is a clone (~1.3 MB for the
 * default window over the 10,000 generated articles) that the app renders afresh and holds while the worker's heap is
 * at its largest. Updates every 0.6–2.4 s raised the first launch's peak RSS by ~25 MB (239–243 MB against 211–216 MB
 * with none), the one update of the first screen by ~15 MB (226–234 against 212–217), interleaved at load 6–10
 * (bench/findings.md, eighth session). Without, the complete briefing comes as one update once the worker is gone.
 */
export const earlyScreenUpdate = false;

/** The analyzer of a session's uncached articles: over two threads when there are enough of them. */
function analyzerFor(options: StoreBriefingOptions, pool: AnalysisPoolOptions): NonNullable<SessionOptions['analyzer']> {
	return (expected) => articleAnalyzer(expected, {topics: options.topics, quotes: options.quotes !== false}, pool);
}

interface Caches {
	cache: StoreCache<ArticleAnalysis>;
	summaryCache: StoreCache<string>;
}

/** What a session depends on besides the articles (which it follows by itself). */
function sessionKey(options: StoreBriefingOptions): string {
	return [sessionStateFormat, briefingAnalyzer, topicsFingerprint(options.topics), options.settings.storyWindowHours, options.since ?? '', options.quotes === false ? '-' : 'q'].join('|');
}

function sessionStateName(options: StoreBriefingOptions): string {
	return `session:${snapshotName(options)}`;
}

/**
 * The session state is kept in four rows (the stories and window; the members; the clusterer's index; its
 * documents), each serialized and written on its own: for the app's default window over the 10,000 generated
 * articles the whole state is 10.6 MB of v8 serialization, and its buffer plus SQLite's copy of it were the largest
 * allocations of a first computation, at its very end (bench/findings.md, sixth session). Each part names the
 * generation it belongs to, so parts of two different writes (one interrupted) are never put together.
 */
const sessionParts = 4;

function sessionPartName(options: StoreBriefingOptions, part: number): string {
	// Part 0 keeps the name the state had in one row, so such a row is replaced (and, read as part 0, rejected).
	return part === 0 ? sessionStateName(options) : `${sessionStateName(options)}#${part}`;
}

/** The session state the store keeps for these inputs, if any (one that cannot be read is ignored: the session is rebuilt). */
function restoreSession(store: ArticleStore, options: StoreBriefingOptions, sessionOptions: SessionOptions): BriefingSession | undefined {
	try {
		let generation: string | undefined;
		const values: unknown[] = [];
		for (let part = 0; part < sessionParts; part++) {
			const read = readSessionPart(store, options, part, generation);
			if (!read) return undefined;
			generation = read.generation;
			values.push(read.value);
		}
		const [head, members, index, docs] = values as [
			Omit<SessionState, 'members' | 'clusterer'>,
			SessionState['members'],
			Omit<ClustererState, 'docs'>,
			ClustererState['docs'],
		];
		return BriefingSession.fromState(sessionOptions, {...head, members, clusterer: {...index, docs}});
	} catch {
		return undefined;
	}
}

/**
 * Writes the session's state. A session whose clusterer is parked (parkClusterer) wrote the clusterer's parts then,
 * under `parked`, the generation they name: only the other two are written, naming it too.
 */
function saveSession(store: ArticleStore, options: StoreBriefingOptions, session: BriefingSession, parked?: string): void {
	if (parked !== undefined && session.clustererParked) {
		const {members, ...head} = session.toStateApart();
		writeSessionParts(store, options, parked, [head, members]);
		return;
	}
	const {members, clusterer, ...head} = session.toState();
	const {docs, ...index} = clusterer;
	writeSessionParts(store, options, randomUUID(), [head, members, index, docs]);
}

/** Writes `values` as session parts 0, 1, … of `generation`, the last first. */
function writeSessionParts(store: ArticleStore, options: StoreBriefingOptions, generation: string, values: unknown[], from = 0): void {
	const key = sessionKey(options);
	// Part 0 last: until it is written, the generation it names is not the one of the other rows.
	for (let index = values.length - 1; index >= 0; index--) {
		writeInPieces(store, sessionPartName(options, from + index), key, generation, values[index]);
		values[index] = undefined;
	}
}

/**
 * A session part is written in pieces of about this many bytes of serialization, each a row of its own. Written whole,
 * a part was one buffer of megabytes (and SQLite's copies of it), and glibc's malloc, which serves blocks that large
 * from mmap and then raises its thresholds to the largest one freed, kept such memory from then on: the parked
 * clusterer's early write (~7 MB) held ~16 MB through the quote pass (bench/findings.md, twelfth session). Below
 * malloc's mmap threshold (128 KB) pieces come and go within its arenas: the first launch's peak RSS 190 → 176 MB
 * (medians of 7 interleaved pairs, thirteenth session).
 */
const pieceBytes = 48 * 1024;

/**
 * A part's first row: the part with its large collections left out (`value`; a top-level Map or array is left empty),
 * and how many pieces of which collection follow in rows name~1, name~2, … (`split`, in that order). A row written
 * before pieces existed has no `split`: its value is the whole part.
 */
interface SessionPart {
	generation: string;
	value: unknown;
	split?: Array<{field: string | null; kind: 'map' | 'array'; pieces: number}>;
}

/** A piece of a part: a slice of one of its collections (a Map's entries, an array's items). */
interface SessionPiece {
	generation: string;
	items: unknown[];
}

/** Collections with more items than this are written in pieces. */
const piecewiseFrom = 64;

/** The large Maps and arrays of a part: the part itself, or its fields (one level down). */
function largeCollections(value: unknown): Array<{field: string | null; collection: Map<unknown, unknown> | unknown[]}> {
	const large = (item: unknown): item is Map<unknown, unknown> | unknown[] =>
		(item instanceof Map && item.size > piecewiseFrom) || (Array.isArray(item) && item.length > piecewiseFrom);
	if (large(value)) return [{field: null, collection: value}];
	if (value === null || typeof value !== 'object' || value instanceof Map || Array.isArray(value)) return [];
	return Object.entries(value).flatMap(([field, item]) => (large(item) ? [{field, collection: item}] : []));
}

/** Writes one session part as its first row and the pieces of its large collections (see SessionPart); the first row last. */
function writeInPieces(store: ArticleStore, name: string, key: string, generation: string, value: unknown): void {
	const collections = largeCollections(value);
	const split: NonNullable<SessionPart['split']> = [];
	let piece = 0;
	for (const {field, collection} of collections) {
		const items: unknown[] = collection instanceof Map ? [...collection] : collection;
		let pieces = 0;
		// Items per piece, adjusted to the bytes the last piece took.
		let count = 16;
		for (let start = 0; start < items.length; ) {
			const bytes = v8.serialize({generation, items: items.slice(start, start + count)} satisfies SessionPiece);
			store.putSnapshotBytes(`${name}~${++piece}`, key, bytes);
			pieces++;
			start += count;
			count = Math.max(1, Math.min(4096, Math.round((count * pieceBytes) / Math.max(bytes.length, 1))));
		}
		split.push({field, kind: collection instanceof Map ? 'map' : 'array', pieces});
	}
	const rest = collections.length === 0 ? value : withoutCollections(value, collections);
	store.putSnapshotBytes(name, key, v8.serialize({generation, value: rest, split} satisfies SessionPart));
	// A longer earlier write's last pieces are never read again (split counts them); they would stay for good.
	store.dropSnapshotPiecesAbove(name, piece);
}

/** The part without its large collections (a top-level one empty). */
function withoutCollections(value: unknown, collections: ReturnType<typeof largeCollections>): unknown {
	const [first] = collections;
	if (first && first.field === null) return first.collection instanceof Map ? new Map() : [];
	const rest: Record<string, unknown> = {...(value as Record<string, unknown>)};
	for (const {field} of collections) if (field !== null) delete rest[field];
	return rest;
}

/**
 * Session part `part` as written by writeInPieces, if the store holds its first row and every piece under one
 * generation (`generation`, when given); undefined otherwise.
 */
function readSessionPart(store: ArticleStore, options: StoreBriefingOptions, part: number, generation?: string): {generation: string; value: unknown} | undefined {
	const name = sessionPartName(options, part);
	const key = sessionKey(options);
	const saved = store.getSnapshotBytes(name, key);
	if (!saved) return undefined;
	const read = v8.deserialize(saved) as Partial<SessionPart>;
	if (typeof read.generation !== 'string' || read.generation !== (generation ?? read.generation)) return undefined;
	let value = read.value;
	let piece = 0;
	for (const {field, kind, pieces} of read.split ?? []) {
		const items: unknown[] = [];
		for (let index = 0; index < pieces; index++) {
			const bytes = store.getSnapshotBytes(`${name}~${++piece}`, key);
			const slice = bytes ? (v8.deserialize(bytes) as Partial<SessionPiece>) : undefined;
			if (slice?.generation !== read.generation || !Array.isArray(slice.items)) return undefined;
			for (const item of slice.items) items.push(item);
		}
		const collection = kind === 'map' ? new Map(items as Array<[unknown, unknown]>) : items;
		if (field === null) value = collection;
		else (value as Record<string, unknown>)[field] = collection;
	}
	return {generation: read.generation, value};
}

/**
 * Parks the session's clusterer while the quotes the early briefing put off are read (BriefingSession.parkClusterer):
 * its two parts of the session state are written now, under a generation of their own that the other two parts
 * name when they are written at the end (saveSession); it is read back from them if the session goes on. Written
 * early, the clusterer's ~7 MB of serialized state is off the worker's heap for the quote pass and not part of the
 * end's write, when the worker's heap is at its largest. Returns the generation, or undefined when nothing was parked.
 */
function parkClusterer(store: ArticleStore, options: StoreBriefingOptions, session: BriefingSession): string | undefined {
	const generation = randomUUID();
	let written = false;
	try {
		session.parkClusterer((state) => {
			const {docs, ...index} = state;
			writeSessionParts(store, options, generation, [index, docs], 2);
			written = true;
			return () => readClusterer(store, options, generation);
		});
	} catch {
		// Not written (disk full, locked): the clusterer stays in memory and the end writes every part.
		return undefined;
	}
	return written ? generation : undefined;
}

/** The clusterer's parts of the session state of `generation` (parkClusterer), if the store still holds both. */
function readClusterer(store: ArticleStore, options: StoreBriefingOptions, generation: string): ClustererState | undefined {
	try {
		const index = readSessionPart(store, options, 2, generation);
		const docs = index && readSessionPart(store, options, 3, generation);
		if (!index || !docs) return undefined;
		return {...(index.value as Omit<ClustererState, 'docs'>), docs: docs.value as ClustererState['docs']};
	} catch {
		return undefined;
	}
}

/**
 * The briefing of the store: the stored snapshot when it is still current, else computed — from the kept
 * session when `sessions` holds one for these inputs (only articles that entered or left the window are
 * touched), else afresh. Only the window's articles are read with their text; the result is kept as the
 * store's snapshot unless `cache` is false.
 */
export function briefingFromStore(store: ArticleStore, options: StoreBriefingOptions, sessions?: BriefingSessions): Briefing {
	// Nothing it depends on changed since the last computation: that result, with today's read marks, is the answer.
	const stored = snapshotBriefing(store, options);
	return stored ?? computeBriefing(store, options, sessions);
}

function computeBriefing(store: ArticleStore, options: StoreBriefingOptions, sessions?: BriefingSessions): Briefing {
	// The key is taken before the articles are read: a refresh committing meanwhile leaves the snapshot stale, never wrong.
	const key = options.cache === false ? '' : snapshotKey(store, options);
	// Without sessions of the caller's, one for this computation: it still continues from the state in the store.
	const kept = sessions ?? new BriefingSessions();
	const {session, caches, restored} = kept.sessionFor(store, options);
	const load = (uids: string[]) => store.articlesByUid(uids);
	const {early} = kept;
	// A computation that answers before it writes (deferSnapshots) writes its cache rows afterwards too (see heldCacheRows).
	const flushCaches = () => {
		caches?.cache.hold(undefined);
		caches?.summaryCache.hold(undefined);
		caches?.cache.flush();
		caches?.summaryCache.flush();
	};
	if (kept.deferSnapshots) {
		caches?.cache.hold(heldCacheRows);
		caches?.summaryCache.hold(heldCacheRows);
	}
	const stats = session.update(store.articleTimes(), load, kept.progress, early ? {deferQuotesFrom: early.from ?? earlyBriefingFrom} : {});
	kept.recordUpdate({...stats, restored});
	if (session.pending > 0 || !kept.deferSnapshot(flushCaches)) flushCaches();
	// The generation of the session state's parts written early (parkClusterer), if any.
	let parked: string | undefined;
	// Also a session restored with pending members (a computation cut short) is completed before it is the answer.
	if (session.pending > 0) {
		const now = () => options.now ?? new Date();
		const shown = () => markedBriefing(store, session.snapshot(now()), options);
		let order: string[] = [];
		// The articles of the stories on the first screen: read first (see storyOrder), then shown once.
		let screen = Infinity;
		if (early) {
			const first = shown();
			early.briefing(first);
			order = storyOrder(first);
			if (early.screenUpdate ?? earlyScreenUpdate) screen = firstScreen(first).reduce((sum, story) => sum + (story.analysing ? story.articles.length : 0), 0);
			if (options.cache !== false && !store.readOnly) parked = parkClusterer(store, options, session);
		}
		session.completePending(load, order, kept.progress, (done, total) => {
			caches?.cache.flush();
			caches?.summaryCache.flush();
			// The last batch's briefing is the computation's answer.
			if (!early || done >= total || done < screen) return;
			early.briefing(shown());
			screen = Infinity;
		});
	}
	const snapshot = session.snapshot(options.now ?? new Date());
	if (options.cache !== false) {
		const write = () => {
			store.putSnapshot(snapshotName(options), key, snapshot);
			saveSession(store, options, session, parked);
		};
		if (!kept.deferSnapshot(write)) write();
	}
	// Written or not, the snapshot is what the reader sees, with the marks of the moment.
	return markedBriefing(store, snapshot, options);
}
