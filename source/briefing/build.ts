// Builds the briefing model: window → per-article analysis → stories → topics, ranked.

import type {Article} from '../model/article.js';
import type {Briefing} from '../model/briefing.js';
import type {ReadState} from './read-state.js';
import {arrivalOf, groupStories, otherTopicName, storyMarks, storyScore, timeOf} from './rank.js';
import {BriefingSession, briefingWindow, isInWindow, type SessionOptions} from './session.js';
import {briefingFromSnapshot} from './snapshot.js';

export {arrivalOf, briefingWindow, groupStories, isInWindow, otherTopicName, storyMarks, storyScore, timeOf};

export interface BriefingOptions extends SessionOptions {
	/** Time stamped as generatedAt; defaults to the current time (the only impure default). */
	now?: Date;
	readState?: ReadState;
	/** Only this topic (case-insensitive), with every story that has it among its topics. */
	topic?: string;
}

/** The briefing of `articles` in one batch: a session's first update, with the reader's marks applied. */
export function buildBriefing(articles: Article[], options: BriefingOptions): Briefing {
	const unique = new Map<string, Article>();
	for (const article of articles) if (!unique.has(article.uid)) unique.set(article.uid, article);
	const session = new BriefingSession(options);
	session.update([...unique.values()], (uids) => uids.map((uid) => unique.get(uid)!));
	return sessionBriefing(session, options);
}

/** What a session holds as the reader sees it: read marks, "new since last seen", ranking, topic filter. */
export function sessionBriefing(session: BriefingSession, options: Pick<BriefingOptions, 'now' | 'readState' | 'topic'>): Briefing {
	const now = options.now ?? new Date();
	return briefingFromSnapshot(session.snapshot(now), options.readState, {now, ...(options.topic === undefined ? {} : {topic: options.topic})});
}
