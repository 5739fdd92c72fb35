// A briefing kept up to date across refreshes: new articles join stories without recomputing the rest.

import type {Article} from '../model/article.js';
import type {BriefingProgress} from '../model/briefing-progress.js';
import type {QuoteAnalysis} from '../model/quote.js';
import type {TopicDefinition} from '../model/topic.js';
import {StoryClusterer, type ClusterOptions, type ClustererState} from '../analysis/stories/cluster.js';
import {FeedNameCounts, packedWithoutBoilerplate} from '../analysis/stories/boilerplate.js';
import {compileTopics, type CompiledTopics} from '../analysis/topics/match.js';
import {packFeatures, type PackedFeatures} from '../analysis/stories/features.js';
import {analysisKey, analyzeArticle, topicsFingerprint, type AnalysisCache, type ArticleAnalysis, type SummaryCache} from './analysis-cache.js';
import {summarizeStory} from '../analysis/summary/summarize.js';
import {inThisThread, unpackedFeatures, type ArticleAnalyzer, type SummaryInput} from './analysis-pool.js';
import {finishStory, leadOf, memberOf, planStory, summaryInput, type Member, type StoryCore, type StoryOptions, type StoryPlan} from './story.js';
import {snapshotFormat, type BriefingSnapshot, type SnapshotStory} from './snapshot.js';
import {timeOf} from './rank.js';
import {chooseWindow, minBriefingArticles, parseSince, type TimeWindow} from './window.js';

function membersKey(ids: readonly string[]): string {
	return [...ids].sort().join('\u0000');
}

/**
 * What the session keeps of an article between updates: no text (it is read again for the stories that
 * change) and, when a cache holds the analysis, no clustering features (read again on a full clustering).
 */
interface Kept {
	/** The article without summary and content. */
	article: Article;
	time: number;
	arrived: number;
	key: string;
	topics: ArticleAnalysis['topics'];
	quotes: ArticleAnalysis['quotes'];
	/** Its name features, for the feeds' boilerplate counts. */
	names: string[];
	/** Only without a cache to read them back from. */
	features?: PackedFeatures;
	/** The stored article's version when it was analysed (see ArticleTimes). */
	version?: string;
	/** Analysed without the quote engine (see UpdateOptions.deferQuotesFrom): completePending reads its quotes. */
	pending?: true;
}

/** A kept article as a story member again, with its text read back from the store. */
function textMember(article: Article, kept: Kept): Member {
	return {article, time: kept.time, arrived: kept.arrived, key: kept.key, analysis: {topics: kept.topics, quotes: kept.quotes}};
}

/** Bump when the session's kept data changes shape or meaning: older states are then not restored. */
// v3: stories keep their members apart from their timeline (StoryCore.members); people lists of briefing-v3.
export const sessionStateFormat = 'briefing-session-v3';

/** A BriefingSession as plain data (see toState). */
export interface SessionState {
	format: string;
	members: Map<string, Kept>;
	boilerplate: Map<string, string>;
	stories: Map<number, StoryCore>;
	window: TimeWindow;
	clusterer: ClustererState;
}

/** What the session needs of every stored article to choose the window (no text), and a version that changes with it. */
export type ArticleTimes = Pick<Article, 'uid' | 'published' | 'publishedEstimated' | 'fetchedAt'> & {version?: string};

export interface SessionOptions {
	topics: TopicDefinition[];
	/** "24h", "7d", "all"; default: 48 h ending at the newest article, widened until it holds enough articles. */
	since?: string | undefined;
	/** The quote engine; without it stories have no quotes or people. */
	quoteAnalysis?: ((article: Article) => QuoteAnalysis) | undefined;
	/** Reuse of per-article analysis between runs; keyed by content hash. */
	cache?: AnalysisCache | undefined;
	/**
	 * How the articles missing from the cache are analysed and the rebuilt stories summarized, told how many
	 * articles there are about to be analysed (e.g. over two threads, see analysis-pool.ts); default: one by one in
	 * this thread. It must give what analyzeArticle and summarizeStory give.
	 */
	analyzer?: ((expected: number) => ArticleAnalyzer) | undefined;
	/** Reuse of story summaries between runs (only together with `cache`, whose keys name the content). */
	summaryCache?: SummaryCache | undefined;
	cluster?: Partial<ClusterOptions> | undefined;
	/** The default window widens until it holds this many articles. */
	minArticles?: number | undefined;
	maxQuotesPerStory?: number | undefined;
	maxPeoplePerStory?: number | undefined;
	/**
	 * Called between the phases of a large update (after each window of articles read and kept, after clustering,
	 * after each window of stories built), when what the phase allocated is garbage: the briefing worker collects it
	 * there (collect-garbage.ts), so its heap stays near the live set. Not called for updates of fewer than
	 * `settleFrom` entering articles (default 1,000: one read window), whose garbage V8 handles cheaply.
	 */
	settle?: (() => void) | undefined;
	settleFrom?: number | undefined;
	/**
	 * Re-cluster everything once the articles added and removed since the last full clustering exceed this
	 * share of the window (idf drift, see StoryClusterer). Default 0.05.
	 */
	rebuildShare?: number | undefined;
}

/** Articles read with their text at a time: what is not needed any more is let go between windows. */
const readWindow = 1000;

/** An article of the last read windows whose quotes wait for the clustering (see ArticleAnalyzer.quotesBehind). */
interface Owed {
	article: Article;
	key: string;
	features: PackedFeatures;
	topics: ArticleAnalysis['topics'];
}

/** How an update may put off the costly part of the analysis (see BriefingSession.update). */
export interface UpdateOptions {
	/**
	 * When at least this many entering articles lack a cached analysis, they are analysed without the quote engine
	 * (features and topics: the clustering and ranking need nothing else) and the stories holding one are built
	 * without quotes, people and summary, marked Story.analysing; completePending() reads them afterwards. The
	 * stories' members, headlines, topics and scores are those of the full computation. Default: never.
	 */
	deferQuotesFrom?: number | undefined;
}

/** Articles whose quotes completePending reads before it reports a batch (~0.1–0.2 s of the quote engine). */
export const pendingBatchArticles = 60;

/**
 * completePending settles (SessionOptions.settle) once at least this many articles' quotes were read since it last
 * did. The quote engine leaves ~25–30 MB of garbage per 1,000 articles in the briefing worker's old generation (its
 * young generation is small, see helperYoungGenerationMb), and the heap V8 commits for it stays committed after the
 * collection: settled every 1,000 articles (readWindow), the worker's heap grew from ~40 to ~70 MB in the first 1,000
 * of a first launch. Every 300 was tried: the first launch's peak RSS −9 MB for ~7 more collections, +1.4 s of CPU and
 * +2.1 s until the briefing is complete (bench/findings.md, seventeenth session) — waiting seconds longer for quotes is
 * worse for the reader than 9 MB, with the 150 MB target out of reach either way (review V17 #13).
 */
export const pendingSettleArticles = 1_000;

export interface UpdateStats {
	added: number;
	removed: number;
	/** True when the stories were clustered afresh (first update, or too much drift). */
	rebuilt: boolean;
	/** Stories built anew (the others were kept as they were). */
	storiesBuilt: number;
}

/** What update() found changed, handed to the part that runs with the update's analyzer. */
interface UpdateChanges {
	entering: readonly string[];
	leaving: readonly string[];
	wanted: ReadonlySet<string>;
	rewritten: ReadonlySet<string>;
	versions: ReadonlyMap<string, string>;
	touchedFeeds: Set<string>;
	freshFeatures: Map<string, PackedFeatures>;
}

type Placed = Pick<Article, 'published' | 'fetchedAt' | 'publishedEstimated'>;

/** The briefing's time window over these articles (see chooseWindow); only their times are needed. */
export function briefingWindow(articles: readonly Placed[], since: string | undefined, minArticles = minBriefingArticles): TimeWindow {
	return windowOver(articles, articles.map(timeOf), since, minArticles);
}

/** briefingWindow with each article's time (timeOf) given, in the same order. */
function windowOver(articles: readonly Placed[], times: readonly number[], since: string | undefined, minArticles = minBriefingArticles): TimeWindow {
	const spec = parseSince(since);
	// Articles whose feed gave no date carry their fetch time; they must not push the window's end to now.
	const dated = times.filter((_, index) => !articles[index]!.publishedEstimated);
	return chooseWindow(dated.length > 0 ? dated : [...times], spec, minArticles);
}

export function isInWindow(article: Placed, window: TimeWindow, time = timeOf(article)): boolean {
	// Undated articles (stamped with their fetch time) are kept even when fetched after the newest dated one.
	return time >= window.from && (time <= window.to || article.publishedEstimated);
}

/**
 * The stories of the articles inside the window, kept between updates. `update` takes the times of every
 * article there is and loads the text only of those that entered the window; articles that left it are
 * dropped. Only stories whose members changed are rebuilt (summary, quotes, people, topics); the rest
 * are kept. A session built by one update over all articles is exactly the batch briefing (buildBriefing
 * is that); later updates match it up to idf drift, which `rebuildShare` bounds.
 */
export class BriefingSession {
	private readonly options: SessionOptions;
	private readonly storyOptions: StoryOptions;
	private readonly compiled: CompiledTopics;
	private readonly fingerprint: string;
	private readonly members = new Map<string, Kept>();
	private readonly names = new FeedNameCounts();
	/** Boilerplate stems per feed as last applied to that feed's members. */
	private readonly boilerplate = new Map<string, string>();
	private clusterer: StoryClusterer;
	/**
	 * Set while the clusterer is parked (see parkClusterer): gives its state back, or undefined when it was lost (the
	 * next update then clusters afresh).
	 */
	private parked: (() => ClustererState | undefined) | undefined;
	/** While the clusterer is parked: the lead report (uid) of each story whose quotes are pending, by story key. */
	private readonly leads = new Map<number, string>();
	/** Stories by the clusterer's key for them. */
	private readonly stories = new Map<number, StoryCore>();
	private window: TimeWindow = {from: 0, to: 0};
	/** The update's settle (SessionOptions.settle), or nothing for a small update. */
	private settle: () => void = () => undefined;
	/** The update's progress listener (see update); called often, so it must be cheap (the worker throttles). */
	private progress: ((progress: BriefingProgress) => void) | undefined;

	constructor(options: SessionOptions) {
		this.options = options;
		this.compiled = compileTopics(options.topics);
		this.fingerprint = topicsFingerprint(options.topics);
		this.clusterer = new StoryClusterer(options.cluster);
		// Summaries are cached only together with the analyses, whose keys name the content they summarize.
		this.storyOptions = options.cache ? options : {...options, summaryCache: undefined};
	}

	/** The session as plain data (structured-clone safe, e.g. for v8.serialize): fromState continues exactly here. */
	toState(): SessionState {
		this.unpark();
		return {...this.toStateApart(), clusterer: this.clusterer.toState()};
	}

	/** toState() without the clusterer's part, which a caller that parked it (parkClusterer) has kept apart. */
	toStateApart(): Omit<SessionState, 'clusterer'> {
		return {format: sessionStateFormat, members: this.members, boilerplate: this.boilerplate, stories: this.stories, window: this.window};
	}

	/** Whether the clusterer is parked (parkClusterer) and not yet taken back. */
	get clustererParked(): boolean {
		return this.parked !== undefined;
	}

	/**
	 * Lets go of the clusterer while the pending quotes are read (completePending needs only the lead report of each
	 * story whose quotes are pending, kept here): it is the largest part of the session (~18 MB of heap for the app's
	 * default window over the 10,000 generated articles) and does not change until the next update. `keep` is handed
	 * its state (e.g. to write it to the store) and returns how to get it back, which the next update or toState()
	 * does. Nothing happens without pending members.
	 */
	parkClusterer(keep: (state: ClustererState) => () => ClustererState | undefined): void {
		if (this.parked || this.pending === 0) return;
		const typicality = (ids: readonly string[]) => this.clusterer.typicality(ids);
		const leads = new Map<number, string>();
		for (const [key, core] of this.stories) {
			if (!core.story.analysing) continue;
			leads.set(key, leadOf(core.members.map((id) => textMember(this.members.get(id)!.article, this.members.get(id)!)), typicality));
		}
		// A `keep` that throws parks nothing.
		this.parked = keep(this.clusterer.toState());
		for (const [key, lead] of leads) this.leads.set(key, lead);
		this.clusterer = new StoryClusterer(this.options.cluster);
	}

	/** Takes a parked clusterer back; one that was lost is an empty clusterer, so the next update clusters everything. */
	private unpark(): void {
		const parked = this.parked;
		if (!parked) return;
		this.parked = undefined;
		this.leads.clear();
		const state = parked();
		this.clusterer = state ? StoryClusterer.fromState(state) : new StoryClusterer(this.options.cluster);
	}

	/** The session a toState() described, under the same options (the caller keys states by them); undefined for another format. */
	static fromState(options: SessionOptions, state: SessionState): BriefingSession | undefined {
		if (state.format !== sessionStateFormat) return undefined;
		const session = new BriefingSession(options);
		for (const [uid, kept] of state.members) {
			session.members.set(uid, kept);
			session.names.add(kept.article.feedUrl, kept.names);
		}
		for (const [feed, stems] of state.boilerplate) session.boilerplate.set(feed, stems);
		for (const [key, core] of state.stories) session.stories.set(key, core);
		session.window = state.window;
		session.clusterer = StoryClusterer.fromState(state.clusterer);
		return session;
	}

	/** Articles in the session (the window's). */
	get size(): number {
		return this.members.size;
	}

	/**
	 * Brings the session to the briefing of `times` (every stored article); `load` returns the articles of the given
	 * uids. `progress` hears how far the update has got: after every article analysed, at every phase.
	 */
	update(
		times: readonly ArticleTimes[],
		load: (uids: string[]) => readonly Article[],
		progress?: (progress: BriefingProgress) => void,
		updateOptions: UpdateOptions = {},
	): UpdateStats {
		this.unpark();
		const at = times.map(timeOf);
		const window = windowOver(times, at, this.options.since, this.options.minArticles);
		const wanted = new Set<string>();
		// An article changed since it was analysed (a feed rewrote it, its full text was fetched) leaves and enters again.
		const rewritten = new Set<string>();
		// The stored versions of the entering articles: of those not in the session here, of rewritten members below.
		const versions = new Map<string, string>();
		// The window's articles not in the session (in the window's order) and how many members are still in it: after a
		// refresh that only added articles, that is what enters and nothing leaves, without going over the ~10,000
		// members and the window once more (bench/findings.md, fifteenth session).
		const added: string[] = [];
		let membersInWindow = 0;
		for (let index = 0; index < times.length; index++) {
			const article = times[index]!;
			if (!isInWindow(article, window, at[index])) continue;
			const {uid, version} = article;
			const size = wanted.size;
			wanted.add(uid);
			const kept = this.members.get(uid);
			if (wanted.size > size) {
				if (kept) membersInWindow++;
				else added.push(uid);
			}
			if (version === undefined) continue;
			if (!kept) versions.set(uid, version);
			else if (kept.version !== version) rewritten.add(uid);
		}
		for (let index = 0; rewritten.size > 0 && index < times.length; index++) {
			const {uid, version} = times[index]!;
			if (version !== undefined && rewritten.has(uid) && isInWindow(times[index]!, window, at[index])) versions.set(uid, version);
		}
		const unchanged = rewritten.size === 0;
		const leaving = unchanged && membersInWindow === this.members.size ? [] : [...this.members.keys()].filter((uid) => !wanted.has(uid) || rewritten.has(uid));
		const entering = unchanged ? added : [...wanted].filter((uid) => !this.members.has(uid) || rewritten.has(uid));
		this.window = window;

		const touchedFeeds = new Set<string>();
		for (const uid of leaving) {
			const kept = this.members.get(uid)!;
			touchedFeeds.add(kept.article.feedUrl);
			this.names.remove(kept.article.feedUrl, kept.names);
			this.members.delete(uid);
		}
		// The clustering features of the articles analysed in this update (their text is read again for the stories).
		const freshFeatures = new Map<string, PackedFeatures>();
		const {cache} = this.options;
		const expected = cache?.stored ? entering.length - cache.stored(entering) : entering.length;
		const {deferQuotesFrom} = updateOptions;
		this.deferring = this.options.quoteAnalysis !== undefined && deferQuotesFrom !== undefined && expected >= deferQuotesFrom;
		// One analyzer for the update: a helper thread it starts also summarizes the stories rebuilt at the end. A
		// deferred update analyses the cheap part here and summarizes nothing it built.
		const analyzer = expected > 0 && !this.deferring ? (this.options.analyzer?.(expected) ?? inThisThread) : inThisThread;
		const {settle} = this.options;
		this.settle = settle && entering.length >= (this.options.settleFrom ?? readWindow) ? settle : () => undefined;
		this.progress = progress;
		try {
			return this.updateWith(analyzer, {entering, leaving, wanted, rewritten, versions, touchedFeeds, freshFeatures}, load);
		} finally {
			this.progress = undefined;
			this.deferring = false;
			analyzer.close();
		}
	}

	/** Whether the current update analyses without the quote engine (UpdateOptions.deferQuotesFrom). */
	private deferring = false;

	/** Members analysed without quotes whose stories completePending has not rebuilt yet. */
	get pending(): number {
		let count = 0;
		for (const kept of this.members.values()) if (kept.pending) count++;
		return count;
	}

	/**
	 * Reads the quotes of the members an update deferred (UpdateOptions.deferQuotesFrom) and rebuilds their stories
	 * with quotes, people and summary: the stories in `order` (story ids, the order the reader sees them) first, then
	 * the rest, `pendingBatchArticles` articles at a time. Each batch's full analyses go to the cache; `batchDone` is
	 * called after each batch (the caller may flush the cache and show the briefing so far), told how many pending
	 * articles are done and how many there were. Afterwards the session is what the update without deferral makes.
	 */
	completePending(
		load: (uids: string[]) => readonly Article[],
		order: readonly string[],
		progress?: (progress: BriefingProgress) => void,
		batchDone?: (done: number, total: number) => void,
	): void {
		const {cache, quoteAnalysis} = this.options;
		const keyOf = new Map<string, number>();
		for (const [key, core] of this.stories) if (core.story.analysing) keyOf.set(core.story.id, key);
		const queue: number[] = [];
		for (const id of order) {
			const key = keyOf.get(id);
			if (key === undefined) continue;
			queue.push(key);
			keyOf.delete(id);
		}
		queue.push(...keyOf.values());
		const total = this.pending;
		let done = 0;
		let sinceSettled = 0;
		progress?.({phase: 'quotes', done, total});
		const summarizeHere = (story: SummaryInput) => summarizeStory(story.articles, story.headline);
		for (let start = 0; start < queue.length; ) {
			const batch: number[] = [];
			let articles = 0;
			while (start < queue.length && (batch.length === 0 || articles < pendingBatchArticles)) {
				const key = queue[start++]!;
				batch.push(key);
				articles += this.stories.get(key)!.members.filter((id) => this.members.get(id)?.pending).length;
			}
			const ids = batch.flatMap((key) => this.stories.get(key)!.members);
			const text = new Map<string, Article>();
			for (const article of load(ids)) text.set(article.uid, article);
			for (const id of ids) {
				const kept = this.members.get(id);
				const article = text.get(id);
				if (!kept?.pending || !article) continue;
				// The whole analysis, as the update without deferral would have cached it (its features are the ones clustered).
				const analysis = analyzeArticle(article, this.compiled, quoteAnalysis);
				cache?.set(id, kept.key, analysis);
				kept.quotes = analysis.quotes;
				delete kept.pending;
				done++;
				sinceSettled++;
				progress?.({phase: 'quotes', done, total});
			}
			for (const key of batch) {
				const members = this.stories.get(key)!.members.map((id) => {
					const kept = this.members.get(id)!;
					return textMember(text.get(id) ?? kept.article, kept);
				});
				const plan = planStory(members, (ids) => this.clusterer.typicality(ids), this.storyOptions, this.leads.get(key));
				this.leads.delete(key);
				this.stories.set(key, finishStory(plan, plan.cached ?? summarizeHere(summaryInput(plan)), this.storyOptions));
			}
			text.clear();
			if (sinceSettled >= pendingSettleArticles) {
				sinceSettled = 0;
				this.settle();
			}
			batchDone?.(done, total);
		}
	}

	private updateWith(
		analyzer: ArticleAnalyzer,
		{entering, leaving, wanted, rewritten, versions, touchedFeeds, freshFeatures}: UpdateChanges,
		load: (uids: string[]) => readonly Article[],
	): UpdateStats {
		const owed = this.enter(entering, wanted, versions, load, freshFeatures, touchedFeeds, analyzer);
		const fresh = [...freshFeatures.keys()];

		const changes = leaving.length + fresh.length;
		const share = this.options.rebuildShare ?? 0.05;
		const rebuilt = this.clusterer.size === 0 || this.clusterer.drift + changes > share * Math.max(this.members.size, 1);
		this.stems.clear();
		this.stemSets.clear();
		if (rebuilt || changes > 0) this.progress?.({phase: 'clustering', done: 0, total: this.members.size});
		const clusterChanges = () => {
			if (rebuilt) {
				this.clusterer = new StoryClusterer(this.options.cluster);
				this.boilerplate.clear();
				const all = [...this.members.entries()].sort(([x, a], [y, b]) => a.time - b.time || (x < y ? -1 : 1)).map(([uid]) => uid);
				this.cluster(all, freshFeatures, load);
				this.settle();
			} else if (changes > 0) {
				// A feed whose boilerplate changed has all its members re-entered with the new features.
				const refeatured: string[] = [];
				for (const feed of touchedFeeds) {
					if ((this.boilerplate.get(feed) ?? '') === this.stemsOf(feed).join('\u0000')) continue;
					for (const [uid, kept] of this.members) if (kept.article.feedUrl === feed && !freshFeatures.has(uid)) refeatured.push(uid);
				}
				this.clusterer.remove([...leaving, ...refeatured]);
				this.cluster([...refeatured, ...fresh], freshFeatures, load);
				this.settle();
			}
		};
		if (owed.length > 0) this.readOwedQuotes(owed, analyzer, clusterChanges);
		else clusterChanges();

		// Only the stories the clusterer re-formed are built; every other story is kept as it was.
		const {changed, gone} = this.clusterer.takeChanges();
		if (rebuilt) this.stories.clear();
		// A re-clustered story may have come out with the same members: then it is the same story.
		const before = new Map<string, StoryCore>();
		for (const key of [...gone, ...changed.map((entry) => entry.key)]) {
			const core = this.stories.get(key);
			// …unless one of them was rewritten: then its summary, quotes or headline may have changed.
			if (core && !core.members.some((id) => rewritten.has(id))) before.set(membersKey(core.members), core);
			this.stories.delete(key);
		}
		const storiesBuilt = this.buildStories(changed, before, load, analyzer);
		return {added: fresh.length, removed: leaving.length, rebuilt, storiesBuilt};
	}

	/**
	 * Reads, analyses and keeps the entering articles, a window at a time: only a window's text is held (and the
	 * previous window's until it is stored), and the analyses the cache lacks are computed together (by the
	 * analyzer: maybe two threads). A window's analyses are stored and kept while the next window is analysed, so a
	 * helper thread has work meanwhile.
	 */
	private enter(
		entering: readonly string[],
		wanted: ReadonlySet<string>,
		versions: ReadonlyMap<string, string>,
		load: (uids: string[]) => readonly Article[],
		freshFeatures: Map<string, PackedFeatures>,
		touchedFeeds: Set<string>,
		analyzer: ArticleAnalyzer,
	): Owed[] {
		const {cache} = this.options;
		const {progress, deferring} = this;
		// Deferred: features and topics only; the quotes (and the cache row, which holds them) come in completePending.
		const quoteAnalysis = deferring ? undefined : this.options.quoteAnalysis;
		const total = entering.length;
		let done = 0;
		progress?.({phase: 'analysing', done, total});
		// Counted as they are analysed in this thread; those of a helper thread when their window is complete.
		const counted = (analyze: (article: Article) => ArticleAnalysis) =>
			progress
				? (article: Article) => {
						const analysis = analyze(article);
						progress({phase: 'analysing', done: Math.min(++done, total), total});
						return analysis;
					}
				: analyze;
		const analyzeHere = counted((article) => analyzeArticle(article, this.compiled, quoteAnalysis));
		const featuresHere = counted((article) => analyzeArticle(article, this.compiled));
		// The last windows' quotes wait for the clustering when a helper thread can read them meanwhile (whole windows).
		const behindFrom = quoteAnalysis && analyzer.quotesBehind > 0 ? entering.length - analyzer.quotesBehind : Infinity;
		const owed: Owed[] = [];
		let keepPrevious: (() => void) | undefined;
		for (let start = 0; start < entering.length; start += readWindow) {
			const uids = entering.slice(start, start + readWindow);
			cache?.preload?.(uids);
			const articles: Article[] = [];
			const seen = new Set<string>();
			// Windows hold distinct uids, so the previous window's members (not yet kept) cannot show up here.
			for (const article of load(uids)) {
				if (this.members.has(article.uid) || !wanted.has(article.uid) || seen.has(article.uid)) continue;
				seen.add(article.uid);
				articles.push(article);
			}
			const keys = articles.map((article) => (cache ? analysisKey(article, this.fingerprint, this.options.quoteAnalysis !== undefined) : ''));
			const analyses = articles.map((article, index) => cache?.get(article.uid, keys[index]!));
			const missing = analyses.flatMap((analysis, index) => (analysis ? [] : [index]));
			// Cache hits (and articles not entering after all) are done at once.
			if (progress) {
				done += uids.length - missing.length;
				progress({phase: 'analysing', done, total});
			}
			const behind = start + readWindow > behindFrom;
			const computed = analyzer.analyze(
				missing.map((index) => articles[index]!),
				behind ? featuresHere : analyzeHere,
				{meanwhile: keepPrevious, withoutQuotes: behind},
			);
			for (const [position, index] of missing.entries()) analyses[index] = computed[position]!;
			if (progress && done !== Math.min(start + uids.length, total)) {
				done = Math.min(start + uids.length, total);
				progress({phase: 'analysing', done, total});
			}
			keepPrevious = () => {
				if (!deferring && !behind) for (const index of missing) cache?.set(articles[index]!.uid, keys[index]!, analyses[index]!);
				const pending = new Set(deferring ? missing : []);
				const quotesOwed = new Set(behind ? missing : []);
				for (const [index, article] of articles.entries()) {
					const {features, ...used} = analyses[index]!;
					const member = memberOf(article, timeOf(article), used, keys[index]!);
					// Packed: all the window's features are held until they are clustered (see PackedFeatures).
					const packed = packFeatures(features);
					if (quotesOwed.has(index)) owed.push({article, key: keys[index]!, features: packed, topics: used.topics});
					freshFeatures.set(article.uid, packed);
					const kept = this.keep(member, packed, versions.get(article.uid));
					if (pending.has(index)) kept.pending = true;
					this.members.set(article.uid, kept);
					this.names.add(article.feedUrl, kept.names);
					touchedFeeds.add(article.feedUrl);
				}
				// Written as they come: the analyses (and their JSON) need not wait in memory for the end of the update.
				cache?.flush?.();
				this.settle();
			};
		}
		keepPrevious?.();
		return owed;
	}

	/**
	 * Reads the quotes `enter` left owed, the helper thread beginning on them while this one does `meanwhile` (the
	 * clustering), and writes their cache rows as analyzeArticle would have made them (features, topics, quotes).
	 */
	private readOwedQuotes(owed: readonly Owed[], analyzer: ArticleAnalyzer, meanwhile: () => void): void {
		const {cache, quoteAnalysis} = this.options;
		const quotes = analyzer.quotes(
			owed.map(({article}) => article),
			quoteAnalysis!,
			{meanwhile, meanwhileBatches: Infinity},
		);
		for (const [index, {article, key, features, topics}] of owed.entries()) {
			this.members.get(article.uid)!.quotes = quotes[index];
			cache?.set(article.uid, key, {features: unpackedFeatures(features), topics, quotes: quotes[index]!});
		}
		cache?.flush?.();
		this.settle();
	}

	/**
	 * Builds the stories in `changed` (in that order) that `before` does not hold unchanged, reading their
	 * reports' text a window at a time; the summaries of a window's stories are computed together (by the
	 * analyzer: maybe two threads). Returns how many it built.
	 */
	private buildStories(
		changed: ReadonlyArray<{key: number; ids: string[]}>,
		before: ReadonlyMap<string, StoryCore>,
		load: (uids: string[]) => readonly Article[],
		analyzer: ArticleAnalyzer,
	): number {
		const unchanged = changed.map(({ids}) => before.get(membersKey(ids)));
		const summarizeHere = (story: SummaryInput) => summarizeStory(story.articles, story.headline);
		const typicality = (ids: readonly string[]) => this.clusterer.typicality(ids);
		const keptMember = (id: string) => textMember(this.members.get(id)!.article, this.members.get(id)!);
		// A story with a member whose quotes are pending is not summarized yet (see `analysing` below): of its reports only
		// the lead's text is read, for the headline (planStory). For a first launch's early briefing that is one report a
		// story instead of every one (the ~2,800 articles of the default window read a second time).
		const leads = changed.map(({ids}, index) => (!unchanged[index] && ids.some((id) => this.members.get(id)?.pending) ? leadOf(ids.map(keptMember), typicality) : undefined));
		const textOf = (index: number): readonly string[] => (unchanged[index] ? [] : leads[index] !== undefined ? [leads[index]!] : changed[index]!.ids);
		let start = 0;
		let finishPrevious: (() => void) | undefined;
		while (start < changed.length) {
			this.progress?.({phase: 'stories', done: start, total: changed.length});
			let end = start;
			let reading = 0;
			// Stories kept unchanged need no text; a story larger than the window is read alone. Windows count every report
			// of a story, also of one whose lead alone is read: the collections after each window (settle) stay as they were.
			const needs = (index: number) => (unchanged[index] ? 0 : changed[index]!.ids.length);
			while (end < changed.length && (end === start || reading + needs(end) <= readWindow)) reading += needs(end++);
			const text = new Map<string, Member>();
			const unread: string[] = [];
			for (let index = start; index < end; index++) for (const id of textOf(index)) unread.push(id);
			for (const article of load(unread)) {
				const kept = this.members.get(article.uid);
				if (kept) text.set(article.uid, textMember(article, kept));
			}
			const plans = new Map<number, StoryPlan>();
			for (let index = start; index < end; index++) {
				if (unchanged[index]) continue;
				const members = changed[index]!.ids.map((id) => text.get(id) ?? keptMember(id));
				plans.set(index, planStory(members, typicality, this.storyOptions, leads[index]));
			}
			// A story with a member whose quotes are pending is summarized once they are read (completePending).
			const analysing = (plan: StoryPlan) => plan.group.some((member) => this.members.get(member.article.uid)?.pending);
			const unsummarized = [...plans.values()].filter((plan) => plan.cached === undefined && !analysing(plan));
			// The previous window's stories are finished (quotes, people) while a helper thread summarizes this window's.
			const summaries = analyzer.summarize(unsummarized.map(summaryInput), summarizeHere, {meanwhile: finishPrevious, meanwhileBatches: Infinity});
			const summaryOf = new Map(unsummarized.map((plan, position) => [plan, summaries[position]!]));
			const [from, to] = [start, end];
			finishPrevious = () => {
				for (let index = from; index < to; index++) {
					const plan = plans.get(index);
					const core = plan ? this.finish(plan, summaryOf.get(plan), analysing(plan)) : unchanged[index]!;
					this.stories.set(changed[index]!.key, core);
				}
				this.settle();
			};
			start = end;
		}
		finishPrevious?.();
		if (changed.length > 0) this.progress?.({phase: 'stories', done: changed.length, total: changed.length});
		return unchanged.filter((core) => core === undefined).length;
	}

	/**
	 * A planned story with its summary; one with members whose quotes are pending is marked analysing, keeps a cached
	 * summary if there is one and is otherwise left without (nothing is cached for it).
	 */
	private finish(plan: StoryPlan, summary: string | undefined, analysing: boolean): StoryCore {
		if (!analysing) return finishStory(plan, plan.cached ?? summary!, this.storyOptions);
		const core = finishStory(plan, plan.cached ?? '', {...this.storyOptions, summaryCache: undefined});
		return {...core, story: {...core.story, analysing: true}};
	}

	/** The session's briefing as a snapshot: marks (score, new, unread) are applied by briefingFromSnapshot. */
	snapshot(generatedAt: Date): BriefingSnapshot {
		const stories: SnapshotStory[] = [];
		for (const core of this.stories.values()) {
			stories.push({
				story: {...core.story, score: 0, isNew: false, unread: true},
				ageHours: (this.window.to - core.lastTime) / 3_600_000,
				arrived: core.arrived,
			});
		}
		return {
			format: snapshotFormat,
			generatedAt: generatedAt.toISOString(),
			window: {from: new Date(this.window.from).toISOString(), to: new Date(this.window.to).toISOString()},
			stories,
		};
	}

	private analyze(article: Article): {member: Member; features: PackedFeatures} {
		const {cache, quoteAnalysis} = this.options;
		const key = cache ? analysisKey(article, this.fingerprint, quoteAnalysis !== undefined) : '';
		let analysis = cache?.get(article.uid, key);
		if (!analysis) {
			analysis = analyzeArticle(article, this.compiled, quoteAnalysis);
			cache?.set(article.uid, key, analysis);
		}
		const {features, ...used} = analysis;
		return {member: memberOf(article, timeOf(article), used, key), features: packFeatures(features)};
	}

	/** What is kept of a member between updates (see Kept). */
	private keep(member: Member, features: PackedFeatures, version: string | undefined): Kept {
		const kept: Kept = {
			article: {...member.article, summary: '', content: ''},
			time: member.time,
			arrived: member.arrived,
			key: member.key,
			topics: member.analysis.topics,
			quotes: member.analysis.quotes,
			names: features.keys.filter((feature) => feature.startsWith('e:')),
		};
		if (!this.options.cache) kept.features = features;
		if (version !== undefined) kept.version = version;
		return kept;
	}

	/**
	 * Adds these articles to the clusterer. In a method of its own so that the inputs (every article's features as
	 * an object: ~4 KB each) are garbage once the clusterer has them, not kept by the caller's frame while the stories
	 * are built.
	 */
	private cluster(uids: readonly string[], freshFeatures: Map<string, PackedFeatures>, load: (uids: string[]) => readonly Article[]): void {
		const inputs = this.clusterInputs(uids, freshFeatures, load);
		// The inputs hold what clustering needs: the features as analysed can go before the clusterer grows.
		freshFeatures.clear();
		this.clusterer.add(inputs);
	}

	/**
	 * Clustering inputs of these articles: features from this update's members, else kept, else read back
	 * from the cache (all at once), else — the cache lost them — analysed again from the stored text.
	 */
	private clusterInputs(uids: readonly string[], freshFeatures: ReadonlyMap<string, PackedFeatures>, load: (uids: string[]) => readonly Article[]) {
		const missing = uids.filter((uid) => !freshFeatures.has(uid) && !this.members.get(uid)!.features);
		const cache = this.options.cache;
		const found = new Map<string, PackedFeatures>();
		if (missing.length > 0 && cache) {
			// A read window at a time: the cache's rows (JSON of ~10 KB an article) are not all held at once.
			for (let start = 0; start < missing.length; start += readWindow) {
				const part = missing.slice(start, start + readWindow);
				cache.preload?.(part);
				for (const uid of part) {
					const features = cache.get(uid, this.members.get(uid)!.key)?.features;
					if (features) found.set(uid, packFeatures(features));
				}
			}
			for (const article of load(missing.filter((uid) => !found.has(uid)))) found.set(article.uid, this.analyze(article).features);
		}
		return uids.map((uid) => {
			const kept = this.members.get(uid)!;
			const features = freshFeatures.get(uid) ?? kept.features ?? found.get(uid) ?? noFeatures;
			return this.clusterInput(uid, kept, features);
		});
	}

	/** Boilerplate stems per feed, computed once per update. */
	private readonly stems = new Map<string, string[]>();
	/** The same as sets, for clusterInput. */
	private readonly stemSets = new Map<string, Set<string>>();

	private stemsOf(feed: string): string[] {
		let stems = this.stems.get(feed);
		if (!stems) {
			stems = this.names.boilerplateOf(feed);
			this.stems.set(feed, stems);
		}
		return stems;
	}

	private clusterInput(uid: string, kept: Kept, features: PackedFeatures): {id: string; time: number; feed: string; features: PackedFeatures} {
		const feed = kept.article.feedUrl;
		let stems = this.stemSets.get(feed);
		if (!stems) {
			const list = this.stemsOf(feed);
			this.boilerplate.set(feed, list.join('\u0000'));
			stems = new Set(list);
			this.stemSets.set(feed, stems);
		}
		return {id: uid, time: kept.time, feed, features: packedWithoutBoilerplate(features, stems)};
	}
}

const noFeatures: PackedFeatures = {keys: [], counts: []};
