// `lagebild brief [--topic T] [--since 24h|7d|all] [--format text|md|json]`: the briefing, printed; `--starred`: the starred articles.

import {effectiveTopics} from '../config/default-topics.js';
import {briefingInWorker, canComputeInWorker} from '../briefing/background.js';
import {garbageCollector} from '../briefing/collect-garbage.js';
import {BriefingSessions, briefingFromStore, snapshotBriefing, type StoreBriefingOptions} from '../briefing/from-store.js';
import {otherTopicName} from '../briefing/rank.js';
import {parseSince} from '../briefing/window.js';
import type {Briefing} from '../model/briefing.js';
import {renderBriefingJson} from '../output/briefing-json.js';
import {renderBriefingMarkdown} from '../output/briefing-markdown.js';
import {renderBriefingText} from '../output/briefing-text.js';
import {renderStarredJson, renderStarredMarkdown, renderStarredText} from '../output/starred-list.js';
import {messagesFor, topicLabel, type UiLanguage} from '../i18n/index.js';
import {cliLanguage, cliText} from '../i18n/cli-text.js';
import {topicNamed} from './topic-names.js';
import {type Command, type CommandInput, UserError} from './command.js';
import {openContext, type AppContext} from './context.js';

export type BriefFormat = 'text' | 'md' | 'json';

export function parseFormat(format: string | undefined): BriefFormat {
	const value = (format ?? 'text').toLowerCase();
	if (value === 'text' || value === 'json') return value;
	if (value === 'md' || value === 'markdown') return 'md';
	throw new UserError(`lagebild: --format must be text, md or json, not "${format}".`, 2);
}

export function renderBriefing(briefing: Briefing, format: BriefFormat, width?: number, language: UiLanguage = 'en'): string {
	if (format === 'json') return renderBriefingJson(briefing);
	if (format === 'md') return renderBriefingMarkdown(briefing, {language});
	return renderBriefingText(briefing, {...(width === undefined ? {} : {width}), language});
}

/**
 * Whether a briefing computed in a worker (briefingOf) may analyse over a second thread (analysis-pool.ts). Off, as
 * in the app (briefingAnalysisHelper): for `--since 7d` over the 10,000 generated articles the helper's heap, code
 * and compiler memory raised the peak from 311 to 400 MB (bench/findings.md, tenth session).
 */
export const briefAnalysisHelper = false;

/**
 * See garbageCollector's minGrowthMb. Collecting at every phase of `--since 7d` over 10,000 articles cost ~9 s of CPU;
 * once grown by 32 MB the first run peaked at 344–375 MB in 27–31 s, by 64 MB at 355–412 MB in 21–22 s (before this
 * work 455–488 MB in 19–21 s; interleaved at load 10–15, bench/findings.md, tenth session).
 */
export const briefCollectGrowthMb = 64;

/**
 * The briefing `brief` prints: the stored snapshot when it is current, else computed as the app's briefing worker
 * computes it — in a worker thread of its own with a small young generation, collecting between the phases of a
 * large computation, its store connection's page cache small — which also leaves the snapshot, the session and the
 * per-article analyses in the store for the next run. Computed on this thread like that, `brief --since 7d` over a
 * week of 10,000 articles peaked at 450–550 MB (bench/findings.md, tenth session). An in-memory (--source) or
 * read-only store is computed here.
 */
export async function briefingOf(context: Pick<AppContext, 'store' | 'sourceMode' | 'readOnly'>, options: StoreBriefingOptions): Promise<Briefing> {
	const {store} = context;
	if (context.sourceMode || context.readOnly !== undefined || options.cache === false || !canComputeInWorker(store.file)) {
		return briefingFromStore(store, options, new BriefingSessions({settle: garbageCollector(briefCollectGrowthMb)}));
	}
	return snapshotBriefing(store, options) ?? briefingInWorker(store.file, options, {helper: briefAnalysisHelper, collectGarbage: true, collectGrowthMb: briefCollectGrowthMb});
}

/** `brief --starred`: what the reader saved in the app (s), newest first; exit 1 when there is none, as search. */
async function printStarred(input: CommandInput, format: BriefFormat): Promise<number> {
	// The briefing's window and topic do not apply to a reading list: saying so beats silently ignoring them.
	const ignored = (['topic', 'since'] as const).filter(name => input.flags[name] !== undefined).map(name => `--${name}`);
	if (ignored.length > 0) {
		throw new UserError(`lagebild: --starred lists every starred article; ${ignored.join(' and ')} do${ignored.length === 1 ? 'es' : ''} not apply to it.`, 2);
	}

	const context = await openContext(input.flags, {env: input.io.env, access: 'read'});
	try {
		for (const warning of context.warnings) input.io.stderr.write(`lagebild: ${warning}\n`);
		const articles = context.store.starred();
		if (format === 'json') {
			input.io.stdout.write(renderStarredJson(articles));
		} else if (articles.length > 0) {
			input.io.stdout.write(format === 'md' ? renderStarredMarkdown(articles) : renderStarredText(articles));
		}

		if (articles.length === 0) {
			if (format !== 'json') input.io.stderr.write('lagebild: no starred articles (s stars the selected article in the app).\n');
			return 1;
		}

		return 0;
	} finally {
		context.close();
	}
}

export const run: Command = async (input) => {
	const format = parseFormat(input.flags.format);
	if (input.flags.starred) return printStarred(input, format);
	// `--since` with nothing after it read as no --since at all: the default window, silently.
	if (input.flags.since?.trim() === '') throw new UserError(cliText(cliLanguage(undefined, input.io.env)).sinceNeedsValue, 2);
	try {
		parseSince(input.flags.since);
	} catch (error) {
		throw new UserError(`lagebild: ${error instanceof Error ? error.message : String(error)}.`, 2);
	}
	const context = await openContext(input.flags, {env: input.io.env, access: 'read'});
	try {
		for (const warning of context.warnings) input.io.stderr.write(`lagebild: ${warning}\n`);
		const topics = effectiveTopics(context.config.data.topics);
		const names = [...topics.map((topic) => topic.name), otherTopicName];
		const topic = input.flags.topic === undefined ? undefined : topicNamed(input.flags.topic, names);
		const language = cliLanguage(context.settings.uiLanguage, input.io.env);
		const text = cliText(language);
		// A misspelt topic is a usage error, not an empty briefing ("No articles in this window" would be untrue); the
		// topics are named as the app names them (German: "Ukraine-Krieg"), which --topic takes.
		if (input.flags.topic !== undefined && topic === undefined) {
			throw new UserError(text.noSuchTopic(input.flags.topic, names.map(name => topicLabel(name, messagesFor(language))).join(', ')), 2);
		}

		// An empty store (a list of one's own before its first refresh) printed a briefing of "1970-01-01 00:00 –
		// 1970-01-01 00:00 UTC · 0 stories": it says what to do instead, and exits 1 as search and --starred do for none.
		const empty = !context.sourceMode && context.store.count() === 0;
		if (empty) {
			input.io.stderr.write(`${text.nothingStored}\n`);
			if (format !== 'json') return 1;
		}
		const briefing = await briefingOf(context, {
			topics,
			settings: context.settings,
			...(input.flags.since === undefined ? {} : {since: input.flags.since}),
			...(topic === undefined ? {} : {topic}),
			...(context.sourceMode ? {cache: false as const} : {}),
		});
		if (input.flags.topic !== undefined && briefing.topics.length === 0) {
			input.io.stderr.write(`lagebild: no stories for topic "${input.flags.topic}" in this window (--since all widens it).\n`);
		}
		// The text briefing speaks the app's language; md and json stay English (shared, read by programs).
		input.io.stdout.write(renderBriefing(briefing, format, input.io.stdout.columns, language));
		return empty ? 1 : 0;
	} finally {
		context.close();
	}
};
