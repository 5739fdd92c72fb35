// A stand-in briefing builder for UI tests: real topic matching and story clustering, naive quote finding.
// It exists so the app can be tested before source/briefing's buildBriefing lands; it is not the product's builder.

import {compileTopics, scoreTopics, assignTopics, combineTopicScores} from '../../source/analysis/topics/match.js';
import {clusterArticles} from '../../source/analysis/stories/cluster.js';
import type {Article} from '../../source/model/article.js';
import type {Briefing, BriefingQuote, Story, TopicBriefing} from '../../source/model/briefing.js';
import type {TopicDefinition} from '../../source/model/topic.js';

export const otherTopic = 'Other';

const quotePattern = /[„“"»]([^„“”"«»]{20,300})[“”"«]/g;
const speakerAfter = /^\W{0,3}\s*(?:sagte|sagt|so|erklärte|said|says|told [\w ]+?)\s+(?:der |die |the )?((?:[A-ZÄÖÜ][\w'-]+\s?){1,3})/u;
const speakerBefore = /((?:[A-ZÄÖÜ][\w'-]+\s){1,2})(?:said|sagte|says)\s*[,:]?\s*$/u;

/** Quotes in quotation marks, with a speaker when "said X" / "X said" stands right next to them. */
export function naiveQuotes(article: Article): BriefingQuote[] {
	const text = article.content || article.summary;
	const quotes: BriefingQuote[] = [];
	for (const match of text.matchAll(quotePattern)) {
		const after = speakerAfter.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 60));
		const before = speakerBefore.exec(text.slice(Math.max(0, match.index - 40), match.index));
		const speaker = (after?.[1] ?? before?.[1] ?? '').trim();
		quotes.push({
			text: match[1]!.trim(),
			speaker,
			role: '',
			kind: /\bdass\b|\bthat\b/.test(match[1]!.slice(0, 12)) ? 'indirect' : 'direct',
			articleId: article.uid,
			outlet: article.feedTitle,
			start: match.index + 1,
			end: match.index + 1 + match[1]!.length,
		});
	}

	return quotes;
}

export interface SimpleBriefingOptions {
	topics: TopicDefinition[];
	isRead: (uid: string) => boolean;
	/** Articles fetched after this ISO time make their story "new". */
	lastSeen?: string;
	unreadOnly?: boolean;
}

export function simpleBriefing(articles: Article[], options: SimpleBriefingOptions): Briefing {
	const byId = new Map(articles.map(article => [article.uid, article]));
	const compiled = compileTopics(options.topics);
	const clusters = clusterArticles(articles);
	const stories: Story[] = [];
	for (const cluster of clusters) {
		const members = cluster.map(uid => byId.get(uid)!).sort((a, b) => a.published.localeCompare(b.published));
		const lead = members.at(-1)!;
		const topics = assignTopics(combineTopicScores(members.map(article => scoreTopics({title: article.title, body: article.summary, language: article.language}, compiled))));
		const quotes = members.flatMap(article => naiveQuotes(article));
		const people = [...new Set(quotes.map(quote => quote.speaker).filter(Boolean))].map(name => ({
			name,
			role: '',
			aliases: [],
			quoteCount: quotes.filter(quote => quote.speaker === name).length,
		}));
		const unread = members.some(article => !options.isRead(article.uid));
		if (options.unreadOnly && !unread) {
			continue;
		}

		stories.push({
			id: `s-${[...cluster].sort()[0]!}`,
			headline: lead.title,
			summary: lead.summary,
			topics: topics.length > 0 ? topics : [otherTopic],
			outlets: [...new Set(members.map(article => article.feedTitle))],
			articles: members.map(article => ({id: article.uid, title: article.title, url: article.url, feed: article.feedTitle, published: article.published})),
			quotes,
			people,
			firstPublished: members[0]!.published,
			lastPublished: lead.published,
			score: members.length,
			isNew: options.lastSeen !== undefined && members.some(article => article.fetchedAt > options.lastSeen!),
			unread,
		});
	}

	stories.sort((a, b) => b.score - a.score || b.lastPublished.localeCompare(a.lastPublished) || a.id.localeCompare(b.id));
	const topicNames = [...options.topics.map(topic => topic.name), otherTopic];
	const topics: TopicBriefing[] = topicNames
		.map(name => ({name, stories: stories.filter(story => story.topics[0] === name)}))
		.filter(topic => topic.stories.length > 0);
	const times = articles.map(article => article.published).sort();
	return {
		generatedAt: times.at(-1) ?? '1970-01-01T00:00:00.000Z',
		window: {from: times[0] ?? '', to: times.at(-1) ?? ''},
		topics,
	};
}
