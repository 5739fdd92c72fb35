// A briefing kept up to date across refreshes: new articles join stories without recomputing the rest.

import type {Article} from '../model/article.js';
import type {QuoteAnalysis} from '../model/quote.js';
import type {TopicDefinition} from '../model/topic.js';
import {StoryClusterer, type ClusterOptions} from '../analysis/stories/cluster.js';
import {FeedNameCounts, withoutBoilerplate} from '../analysis/stories/boilerplate.js';
import {compileTopics, type CompiledTopics} from '../analysis/topics/match.js';
import type {FeatureCounts} from '../analysis/stories/features.js';
import {analysisKey, analyzeArticle, topicsFingerprint, type AnalysisCache, type SummaryCache} from './analysis-cache.js';
import {buildStory, memberOf, type Member, type StoryCore} from './story.js';
import {snapshotFormat, type BriefingSnapshot, type SnapshotStory} from './snapshot.js';
import {timeOf} from './rank.js';
import {chooseWindow, minBriefingArticles, parseSince, type TimeWindow} from './window.js';

function membersKey(ids: readonly string[]): string {
	return [...ids].sort().join('\u0000');
}

/** What the session needs of every stored article to choose the window (no text). */
export type ArticleTimes = Pick<Article, 'uid' | 'published' | 'publishedEstimated' | 'fetchedAt'>;

export interface SessionOptions {
	topics: TopicDefinition[];
	/** "24h", "7d", "all"; default: 48 h ending at the newest article, widened until it holds enough articles. */
	since?: string | undefined;
	/** The quote engine; without it stories have no quotes or people. */
	quoteAnalysis?: ((article: Article) => QuoteAnalysis) | undefined;
	/** Reuse of per-article analysis between runs; keyed by content hash. */
	cache?: AnalysisCache | undefined;
	/** Reuse of story summaries between runs (only together with `cache`, whose keys name the content). */
	summaryCache?: SummaryCache | undefined;
	cluster?: Partial<ClusterOptions> | undefined;
	/** The default window widens until it holds this many articles. */
	minArticles?: number | undefined;
	maxQuotesPerStory?: number | undefined;
	maxPeoplePerStory?: number | undefined;
	/**
	 * Re-cluster everything once the articles added and removed since the last full clustering exceed this
	 * share of the window (idf drift, see StoryClusterer). Default 0.05.
	 */
	rebuildShare?: number | undefined;
}

export interface UpdateStats {
	added: number;
	removed: number;
	/** True when the stories were clustered afresh (first update, or too much drift). */
	rebuilt: boolean;
	/** Stories built anew (the others were kept as they were). */
	storiesBuilt: number;
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
	private readonly compiled: CompiledTopics;
	private readonly fingerprint: string;
	private readonly members = new Map<string, Member>();
	private readonly names = new FeedNameCounts();
	/** Boilerplate stems per feed as last applied to that feed's members. */
	private readonly boilerplate = new Map<string, string>();
	private clusterer: StoryClusterer;
	/** Stories by the clusterer's key for them. */
	private readonly stories = new Map<number, StoryCore>();
	private window: TimeWindow = {from: 0, to: 0};

	constructor(options: SessionOptions) {
		this.options = options;
		this.compiled = compileTopics(options.topics);
		this.fingerprint = topicsFingerprint(options.topics);
		this.clusterer = new StoryClusterer(options.cluster);
	}

	/** Articles in the session (the window's). */
	get size(): number {
		return this.members.size;
	}

	/** Brings the session to the briefing of `times` (every stored article); `load` returns the articles of the given uids. */
	update(times: readonly ArticleTimes[], load: (uids: string[]) => readonly Article[]): UpdateStats {
		const at = times.map(timeOf);
		const window = windowOver(times, at, this.options.since, this.options.minArticles);
		const wanted = new Set<string>();
		for (const [index, article] of times.entries()) if (isInWindow(article, window, at[index])) wanted.add(article.uid);
		const leaving = [...this.members.keys()].filter((uid) => !wanted.has(uid));
		const entering = [...wanted].filter((uid) => !this.members.has(uid));
		this.window = window;

		const touchedFeeds = new Set<string>();
		for (const uid of leaving) {
			const member = this.members.get(uid)!;
			touchedFeeds.add(member.article.feedUrl);
			this.names.remove(member.article.feedUrl, member.analysis.features);
			this.members.delete(uid);
		}
		const fresh: Member[] = [];
		this.options.cache?.preload?.(entering);
		for (const article of load(entering)) {
			if (this.members.has(article.uid) || !wanted.has(article.uid)) continue;
			const member = this.analyze(article);
			this.members.set(article.uid, member);
			this.names.add(article.feedUrl, member.analysis.features);
			touchedFeeds.add(article.feedUrl);
			fresh.push(member);
		}

		const changes = leaving.length + fresh.length;
		const share = this.options.rebuildShare ?? 0.05;
		const rebuilt = this.clusterer.size === 0 || this.clusterer.drift + changes > share * Math.max(this.members.size, 1);
		this.stems.clear();
		if (rebuilt) {
			this.clusterer = new StoryClusterer(this.options.cluster);
			this.boilerplate.clear();
			const all = [...this.members.values()].sort((a, b) => a.time - b.time || (a.article.uid < b.article.uid ? -1 : 1));
			this.clusterer.add(all.map((member) => this.clusterInput(member)));
		} else if (changes > 0) {
			// A feed whose boilerplate changed has all its members re-entered with the new features.
			const refeatured: Member[] = [];
			const entered = new Set(fresh);
			for (const feed of touchedFeeds) {
				if ((this.boilerplate.get(feed) ?? '') === this.stemsOf(feed).join('\u0000')) continue;
				for (const member of this.members.values()) if (member.article.feedUrl === feed && !entered.has(member)) refeatured.push(member);
			}
			this.clusterer.remove([...leaving, ...refeatured.map((member) => member.article.uid)]);
			this.clusterer.add([...refeatured, ...fresh].map((member) => this.clusterInput(member)));
		}

		// Only the stories the clusterer re-formed are built; every other story is kept as it was.
		const {changed, gone} = this.clusterer.takeChanges();
		if (rebuilt) this.stories.clear();
		// A re-clustered story may have come out with the same members: then it is the same story.
		const before = new Map<string, StoryCore>();
		for (const key of [...gone, ...changed.map((entry) => entry.key)]) {
			const core = this.stories.get(key);
			if (core) before.set(membersKey(core.story.articles.map((article) => article.id)), core);
			this.stories.delete(key);
		}
		let storiesBuilt = 0;
		for (const {key, ids} of changed) {
			let core = before.get(membersKey(ids));
			if (!core) {
				core = buildStory(
					ids.map((id) => this.members.get(id)!),
					(id) => this.clusterer.vector(id),
					this.options.cache ? this.options : {...this.options, summaryCache: undefined},
				);
				storiesBuilt++;
			}
			this.stories.set(key, core);
		}
		return {added: fresh.length, removed: leaving.length, rebuilt, storiesBuilt};
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

	/** Boilerplate stems per feed, computed once per update. */
	private readonly stems = new Map<string, string[]>();

	private stemsOf(feed: string): string[] {
		let stems = this.stems.get(feed);
		if (!stems) {
			stems = this.names.boilerplateOf(feed);
			this.stems.set(feed, stems);
		}
		return stems;
	}

	private analyze(article: Article): Member {
		const {cache, quoteAnalysis} = this.options;
		const key = cache ? analysisKey(article, this.fingerprint, quoteAnalysis !== undefined) : '';
		let analysis = cache?.get(article.uid, key);
		if (!analysis) {
			analysis = analyzeArticle(article, this.compiled, quoteAnalysis);
			cache?.set(article.uid, key, analysis);
		}
		return memberOf(article, timeOf(article), analysis, key);
	}

	private clusterInput(member: Member): {id: string; time: number; feed: string; features: FeatureCounts} {
		const feed = member.article.feedUrl;
		const stems = this.stemsOf(feed);
		this.boilerplate.set(feed, stems.join('\u0000'));
		return {id: member.article.uid, time: member.time, feed, features: withoutBoilerplate(member.analysis.features, new Set(stems))};
	}
}
