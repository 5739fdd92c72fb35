// One story of the briefing from its member reports: headline, summary, timeline, quotes, people, topics.

import type {Article} from '../model/article.js';
import type {BriefingArticleRef, BriefingPerson, BriefingQuote, Story} from '../model/briefing.js';
import type {Person} from '../model/quote.js';
import {assignTopics, combineTopicScores} from '../analysis/topics/match.js';
import {summarizeStory, type SummaryArticle} from '../analysis/summary/summarize.js';
import {withJointParts} from '../analysis/people/joint-speakers.js';
import {mergePeople, type MergedPeople} from '../analysis/people/merge.js';
import {fold, rawTokens} from '../analysis/stories/tokens.js';
import {articleBody, linkKey} from '../analysis/stories/features.js';
import {withoutOutletSuffix} from '../analysis/stories/outlet-suffix.js';
import {shortHash} from '../text/hash.js';
import type {ArticleAnalysis, SummaryCache} from './analysis-cache.js';
import {briefingQuote} from './briefing-quote.js';
import {withStoryRoles} from './speaker-roles.js';
import {arrivalOf} from './rank.js';

export interface Member {
	article: Article;
	/** The article's time (publication, else fetch), epoch ms. */
	time: number;
	/** When it reached the reader, epoch ms. */
	arrived: number;
	/** What a story uses of the article's analysis (its clustering features are the clusterer's). */
	analysis: Pick<ArticleAnalysis, 'topics' | 'quotes'>;
	/** The analysis cache key (names the content); '' without a cache. */
	key: string;
}

export function memberOf(article: Article, time: number, analysis: Member['analysis'], key: string): Member {
	return {article, time, arrived: arrivalOf(article, time), analysis, key};
}

/** A story without the marks that depend on the reader (score, new, unread), plus what they are computed from. */
export interface StoryCore {
	story: Omit<Story, 'score' | 'isNew' | 'unread'>;
	/** When each of story.articles reached the reader, in the same order. */
	arrived: number[];
	/** Every member's article id, in time order: story.articles lists one article of several with one address. */
	members: string[];
	/** Time of the last report the timeline shows (a copy of a report in a later feed is no later news), epoch ms. */
	lastTime: number;
}

export interface StoryOptions {
	summaryCache?: SummaryCache | undefined;
	maxQuotesPerStory?: number | undefined;
	maxPeoplePerStory?: number | undefined;
}

/**
 * A story's id names its first-arrived report: a report that arrives later, even an older one, never
 * changes it, so read marks and "seen" times stay with the story as it grows.
 */
export function storyId(members: readonly Member[]): string {
	let first = members[0]!;
	for (const member of members) {
		if (member.arrived < first.arrived || (member.arrived === first.arrived && member.article.uid < first.article.uid)) first = member;
	}
	return shortHash(`story:${first.article.uid}`, 12);
}

function wordSet(text: string): Set<string> {
	return new Set(rawTokens(text).map((token) => fold(token.text)).filter((word) => word.length > 1));
}

/** True when two quotes are the same words reported by two outlets (one mostly contains the other). */
function sameQuote(a: Set<string>, b: Set<string>): boolean {
	if (a.size === 0 || b.size === 0) return false;
	let shared = 0;
	for (const word of a) if (b.has(word)) shared++;
	return shared / Math.min(a.size, b.size) >= 0.8 || shared / (a.size + b.size - shared) >= 0.6;
}

// Pronouns a report changes when it retells words ("He cheats like hell" → "the president 'cheats like hell'").
const shiftedPronouns = new Set([
	'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'it', 'its', 'they', 'them', 'their',
	'myself', 'ourselves', 'yourself', 'himself', 'herself', 'itself', 'themselves',
	'ich', 'mich', 'mir', 'wir', 'uns', 'du', 'dich', 'dir', 'ihr', 'euch', 'er', 'ihn', 'ihm', 'sie', 'ihnen', 'es', 'sich',
	// German possessives with their endings ("an meinem Kurs" → "an seinem Kurs"), review V18 #11.
	...['mein', 'dein', 'sein', 'ihr', 'unser', 'euer', 'eur'].flatMap((stem) => ['', 'e', 'em', 'en', 'er', 'es'].map((ending) => stem + ending)),
]);

/** A quote's words in order, folded, without the pronouns a retelling shifts. */
function wordRun(text: string): string[] {
	return rawTokens(text).map((token) => fold(token.text)).filter((word) => /\p{L}/u.test(word) && !shiftedPronouns.has(word));
}

/** The shorter run stands whole, word after word, inside the longer (pronouns aside). */
function runInside(short: readonly string[], long: readonly string[]): boolean {
	if (short.length > long.length) return false;
	for (let start = 0; start + short.length <= long.length; start++) {
		let at = 0;
		while (at < short.length && long[start + at] === short[at]) at++;
		if (at === short.length) return true;
	}
	return false;
}

// Words a report sets in quotation marks inside its own sentence: “…”, „…“, »…«, «…», ‘…’, ‚…‘, "…", and '…' apart from words.
const quotedParts = /“([^“”]+)”|„([^„“”]+)[“”]|»([^»«]+)«|«([^«»]+)»|‘([^‘’]+)’|‚([^‚‘’]+)[‘’]|"([^"]+)"|(?<![\p{L}\p{N}])'([^']+)'(?![\p{L}\p{N}])/gu;

/** The runs of the words a quote sets in quotation marks, each apart (wordRun of each). */
function quotedRuns(text: string): string[][] {
	const runs: string[][] = [];
	for (const match of text.matchAll(quotedParts)) {
		const inner = match.slice(1).find((part) => part !== undefined) ?? '';
		runs.push(wordRun(inner));
	}
	return runs;
}

/**
 * `short` is a copy of `long`'s words: the longer report of one speaker holds them, word after word (pronouns aside),
 * inside its quotation marks ("He cheats like hell" in "the president “cheats like hell” on the golf course", walk 12
 * #233). A paraphrase that happens to use the same words ("er werde nicht zurücktreten, bevor …" beside "Ich werde
 * nicht zurücktreten") never replaces the speaker's own words (review V18 #11). Two words at least: one says nothing.
 */
function copiedInside(short: {run: readonly string[]}, long: {run: readonly string[]; quoted: readonly string[][]}): boolean {
	if (short.run.length < 2 || short.run.length >= long.run.length) return false;
	return long.quoted.some((part) => runInside(short.run, part));
}

const kindOrder = {direct: 0, partial: 1, indirect: 2} as const;

function storyQuotes(members: readonly Member[], canonicalOf: (name: string) => string, limit: number): BriefingQuote[] {
	const all: Array<BriefingQuote & {words: Set<string>; run: string[]; quoted: string[][]; order: number}> = [];
	let order = 0;
	for (const {article, analysis} of members) {
		for (const quote of analysis.quotes?.quotes ?? []) {
			const text = quote.text.trim();
			if (text.length < 12) continue;
			all.push({...briefingQuote(quote, article, quote.speaker ? canonicalOf(quote.speaker) : '', text), words: wordSet(text), run: wordRun(text), quoted: quotedRuns(text), order: order++});
		}
	}
	// Named speakers and real quotations first; the earliest report of a quote wins over its copies.
	all.sort((a, b) => Number(a.speaker === '') - Number(b.speaker === '') || kindOrder[a.kind] - kindOrder[b.kind] || a.order - b.order);
	let kept: typeof all = [];
	for (const quote of all) {
		if (kept.some((other) => sameQuote(other.words, quote.words))) continue;
		// A speaker's words quoted inside a longer quote of theirs are a copy: the longer one says them and more.
		const own = (other: typeof quote): boolean => quote.speaker !== '' && other.speaker === quote.speaker;
		if (kept.some((other) => own(other) && copiedInside(quote, other))) continue;
		kept = kept.filter((other) => !(own(other) && copiedInside(other, quote)));
		kept.push(quote);
		if (kept.length >= limit) break;
	}
	return kept.map(({words: _words, run: _run, quoted: _quoted, order: _order, ...quote}) => quote);
}

/**
 * A joint speaker ("NDR, WDR und SZ") is listed as the outlets, bodies or people it names, each credited with its
 * quotes, never as one name.
 */
function withJointSpeakersApart(people: BriefingPerson[]): BriefingPerson[] {
	return withJointParts(
		people,
		(part, joint) => ({name: part.name, role: '', aliases: [], quoteCount: joint.quoteCount, ...(part.organisation ? {kind: 'organisation' as const} : {})}),
		(known, joint) => {
			known.quoteCount += joint.quoteCount;
		},
	);
}

function storyPeople(merged: MergedPeople, quotes: BriefingQuote[], outlets: readonly string[], limit: number): BriefingPerson[] {
	const counts = new Map<string, number>();
	for (const quote of quotes) if (quote.speaker) counts.set(quote.speaker, (counts.get(quote.speaker) ?? 0) + 1);
	const outletNames = new Set(outlets.flatMap(outletKeys));
	return withJointSpeakersApart(merged.people.map((person): BriefingPerson => ({name: person.name, role: person.role, aliases: person.aliases, quoteCount: counts.get(person.name) ?? 0, ...(person.kind ? {kind: person.kind} : {})})))
		// A lone capitalised word with no role that said nothing is as likely a German noun ("Ankündigungen") as a person.
		.filter((person) => person.quoteCount > 0 || person.role !== '' || /\s/u.test(person.name.trim()))
		// An aggregator's text credits its outlets ("… Fox News", "CBS News"): the story lists them as its outlets already.
		.filter((person) => person.quoteCount > 0 || !outletNames.has(outletKey(person.name)))
		// …and runs a headline's last words into one ("Russia Fox News", "Build Back Better Fox News").
		.filter((person) => person.quoteCount > 0 || person.role !== '' || !endsInOutlet(person.name, outletNames))
		.sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name))
		.slice(0, limit);
}

/** An outlet's name as people's names are compared with it: case and a leading article aside ("The Guardian", "Guardian"). */
function outletKey(name: string): string {
	return name.trim().toLowerCase().replace(/^the\s+/u, '');
}

/**
 * The names a feed's title gives its outlet: the whole title, and the part after its last separator, where an
 * aggregator's or a section's feed names the outlet ("Top stories - Google News" → "Google News").
 */
function outletKeys(feedTitle: string): string[] {
	const parts = feedTitle.split(/\s[-–—|:]\s/u);
	const last = parts[parts.length - 1]!;
	return parts.length > 1 && /\s/u.test(last.trim()) ? [outletKey(feedTitle), outletKey(last)] : [outletKey(feedTitle)];
}

/** The name ends in one of the outlets' names of two words or more, after other words ("Russia Fox News"). */
function endsInOutlet(name: string, outlets: ReadonlySet<string>): boolean {
	const words = outletKey(name).split(/\s+/u);
	for (let start = 1; start + 2 <= words.length; start++) if (outlets.has(words.slice(start).join(' '))) return true;
	return false;
}

/**
 * How typical each report (by uid) is of the reports asked together: its clustering vector's closeness to their
 * centroid (StoryClusterer.typicality). Undefined when no vectors are known: every report is then equally typical.
 */
export type Typicality = (uids: readonly string[]) => readonly number[] | undefined;

/**
 * The story's lead report, whose title is its headline: the newest of the reports that are about as typical of the
 * story as the most typical one (within `nearlyTypical` of its closeness to the centroid). A developing story then
 * reads as its latest report puts it ("… 40 dead", not the first "… several dead"), and an off-centre late report
 * (an aside, a follow-up on one detail) never heads it. `members` are in time order.
 */
function representative(members: readonly Member[], typicality: Typicality): Member {
	// Two reports are equally typical of their story: the newer says it as it stands now.
	if (members.length <= 2) return members.at(-1)!;
	const scores = typicality(members.map((member) => member.article.uid)) ?? members.map(() => 0);
	const best = Math.max(...scores);
	for (let index = members.length - 1; index >= 0; index--) if (scores[index]! >= best * nearlyTypical - 1e-9) return members[index]!;
	return members[0]!;
}

/** How close to the most typical report's score a newer report may be and still head the story. */
const nearlyTypical = 0.9;

/**
 * The story's reports in time order, one per address: one article in two feeds (a site's front page and its section,
 * an agency's item in two outlets' feeds) is one report of the timeline, listed where it came first, with the outlets
 * of its copies (`alsoIn`, other feeds only). The story's outlets still name every feed that carried it.
 */
function distinctReports(group: readonly Member[]): Array<{member: Member; alsoIn: string[]}> {
	const byKey = new Map<string, {member: Member; alsoIn: string[]}>();
	const reports: Array<{member: Member; alsoIn: string[]}> = [];
	for (const member of group) {
		const key = member.article.url ? linkKey(member.article.url) : '';
		const kept = key === '' ? undefined : byKey.get(key);
		if (kept) {
			const feed = member.article.feedTitle;
			if (feed !== kept.member.article.feedTitle && !kept.alsoIn.includes(feed)) kept.alsoIn.push(feed);
			continue;
		}
		const report: {member: Member; alsoIn: string[]} = {member, alsoIn: []};
		if (key !== '') byKey.set(key, report);
		reports.push(report);
	}
	return reports;
}

function articleRef(article: Article, alsoIn: readonly string[] = []): BriefingArticleRef {
	const ref: BriefingArticleRef = {id: article.uid, title: article.title, url: article.url, feed: article.feedTitle, published: article.published};
	if (alsoIn.length > 0) ref.alsoIn = [...alsoIn];
	return ref;
}

/**
 * A story before its summary: its reports in time order, the lead report (whose title is the headline), the
 * reports the summary is made of, and the summary if the cache holds it. Summaries are most of a story's cost
 * and depend on nothing else, so a caller may compute many of them together (over two threads, see
 * analysis-pool.ts) between planStory and finishStory.
 */
export interface StoryPlan {
	group: Member[];
	lead: Member;
	headline: string;
	forSummary: Member[];
	/** The summary cache's key (it names the headline and every summarized report); '' without a cache. */
	summaryKey: string;
	cached: string | undefined;
}

/**
 * Names the summary rules in the summary cache's key: a store's summaries made by older rules are made again, not
 * read (ninth session: an aggregator's headline list is no prose; outlet names, bar labels and questions left out).
 */
const summaryRules = 'summary-rules-11';

/** The members in the story's time order. */
function inTimeOrder(members: readonly Member[]): Member[] {
	return [...members].sort((a, b) => a.time - b.time || (a.article.uid < b.article.uid ? -1 : 1));
}

/** The uid of the lead report planStory picks for these members (its text is not needed: only times and vectors). */
export function leadOf(members: readonly Member[], typicality: Typicality): string {
	return representative(inTimeOrder(members), typicality).article.uid;
}

/**
 * The first half of buildStory: everything up to the summary. `leadUid`, when given, is the uid leadOf gave for these
 * members (the vectors are then not read).
 */
export function planStory(members: readonly Member[], typicality: Typicality, options: StoryOptions, leadUid?: string): StoryPlan {
	const group = inTimeOrder(members);
	const chosen = leadUid === undefined ? undefined : group.find((member) => member.article.uid === leadUid);
	const lead = chosen ?? representative(group, typicality);
	// The headline is the event's, not the outlet's: "… - WION", "… | DW" say who reported it, and the outlets are listed apart.
	const {article} = lead;
	const headline = withoutOutletSuffix(article.title, {feedTitle: article.feedTitle, url: article.url, body: articleBody(article)});
	// Long stories: summarize from the lead and the latest reports, not hundreds of them.
	const forSummary = group.length > 12 ? [lead, ...group.slice(-11).filter((member) => member !== lead)] : group;
	const cache = options.summaryCache;
	const summaryKey = cache ? shortHash([summaryRules, headline, ...forSummary.map((member) => `${member.article.uid}:${member.key}`)].join('\u0000')) : '';
	return {group, lead, headline, forSummary, summaryKey, cached: cache?.get(lead.article.uid, summaryKey)};
}

/** What a planned story's summary is computed from: only the fields summarizeStory reads (they cross threads). */
export function summaryInput(plan: StoryPlan): {articles: SummaryArticle[]; headline: string} {
	const articles = plan.forSummary.map(({article}) => ({uid: article.uid, title: article.title, summary: article.summary, content: article.content, language: article.language, feedTitle: article.feedTitle, url: article.url}));
	return {articles, headline: plan.headline};
}

/** The story of a plan with its summary (summarizeStory of summaryInput(plan), or the cached one); a new summary is cached. */
export function finishStory(plan: StoryPlan, summary: string, options: StoryOptions): StoryCore {
	const {group, lead, headline} = plan;
	if (plan.cached === undefined) options.summaryCache?.set(lead.article.uid, plan.summaryKey, summary);
	const first = group[0]!;
	const topics = assignTopics(combineTopicScores(group.map((member) => member.analysis.topics)));
	const outlets: string[] = [];
	for (const member of group) if (!outlets.includes(member.article.feedTitle)) outlets.push(member.article.feedTitle);
	const merged = mergePeople(group.map((member): Person[] => member.analysis.quotes?.people ?? []));
	const quotes = storyQuotes(group, (name) => merged.canonicalOf(name), options.maxQuotesPerStory ?? 8);
	const people = storyPeople(merged, quotes, outlets, options.maxPeoplePerStory ?? 12);
	const timeline = distinctReports(group);
	// The header's time is a report's the timeline shows: a copy in another feed, re-dated there, is no newer news.
	const lastShown = timeline[timeline.length - 1]!.member;
	return {
		story: {
			id: storyId(group),
			headline,
			summary,
			topics,
			outlets,
			articles: timeline.map(({member, alsoIn}) => articleRef(member.article, alsoIn)),
			// One role per speaker on every quote (speaker-roles.ts), so the JSON says what the app and text show.
			quotes: withStoryRoles({people, quotes}),
			people,
			firstPublished: first.article.published,
			lastPublished: lastShown.article.published,
		},
		arrived: timeline.map(({member}) => member.arrived),
		members: group.map((member) => member.article.uid),
		lastTime: lastShown.time,
	};
}

/** The story of `members` (any order); `typicality` (StoryClusterer.typicality) picks the lead report. */
export function buildStory(members: readonly Member[], typicality: Typicality, options: StoryOptions): StoryCore {
	const plan = planStory(members, typicality, options);
	if (plan.cached !== undefined) return finishStory(plan, plan.cached, options);
	const {articles, headline} = summaryInput(plan);
	return finishStory(plan, summarizeStory(articles, headline), options);
}
