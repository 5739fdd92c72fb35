// `lagebild search WORDS... [--format text|json]`: the app's full-text search (every word, `ukr*`, a name's other
// spellings, `title:` and `feed:` filters) over the stored articles, for scripts and a quick look without the interface.

import type {SearchHit} from '../store/article-store.js';
import {NoFeedMatchError} from '../store/fts-query.js';
import {sanitizeLine} from '../terminal/sanitize.js';
import {type Command, UserError} from './command.js';
import {cliLanguage, cliText} from '../i18n/cli-text.js';
import {messagesFor, searchRetentionNote} from '../i18n/index.js';
import {openContext, retentionInEffect} from './context.js';

/** As many as the app's search screen lists. */
const limit = 200;

export const run: Command = async (input) => {
	const query = input.args.join(' ').trim();
	if (query === '') {
		throw new UserError('lagebild: search needs words to look for.\nUsage: lagebild search WORDS... [--format text|json]', 2);
	}

	const format = (input.flags.format ?? 'text').toLowerCase();
	if (format !== 'text' && format !== 'json') {
		throw new UserError(`lagebild: --format must be text or json, not "${input.flags.format}".`, 2);
	}

	// Like the app and brief: an empty store is first filled from the bundled snapshots.
	const context = await openContext(input.flags, {env: input.io.env, access: 'read'});
	try {
		for (const warning of context.warnings) input.io.stderr.write(`lagebild: ${warning}\n`);
		const language = cliLanguage(context.settings.uiLanguage, input.io.env);
		const text = cliText(language);
		let hits: SearchHit[];
		try {
			hits = context.store.search(query, {limit, mark: ['', '']});
		} catch (error) {
			if (!(error instanceof NoFeedMatchError)) throw error;
			// A misspelt feed filter, not an empty result: said as such, with grep's "not found" exit code.
			input.io.stderr.write(`lagebild: ${sanitizeLine(text.feedListError(error))}\n`);
			if (format === 'json') input.io.stdout.write(`${JSON.stringify({query, hits: []}, null, 2)}\n`);
			return 1;
		}

		if (format === 'json') {
			input.io.stdout.write(`${JSON.stringify({query, hits: hits.map(hit => ({title: hit.title, feed: hit.feedTitle, url: hit.url, published: hit.published, snippet: hit.snippet, ...(hit.alsoIn ? {alsoIn: hit.alsoIn.map(feed => feed.feedTitle)} : {})}))}, null, 2)}\n`);
			// Like grep and the text format: 1 when nothing was found ("hits": [] says it too).
			return hits.length === 0 ? 1 : 0;
		}

		if (hits.length === 0) {
			input.io.stderr.write(`${text.nothingFound(query)}\n`);
			// Last month's news may be what is missing (walk 10 #215).
			const retention = searchRetentionNote(retentionInEffect(context), messagesFor(language));
			if (retention) input.io.stderr.write(`${retention}\n`);
			return 1;
		}

		// Feed text is untrusted: one sanitized line each, never an escape sequence into the terminal.
		for (const hit of hits) {
			const date = hit.published.slice(0, 16).replace('T', ' ');
			const url = sanitizeLine(hit.url);
			input.io.stdout.write(`${date}  ${sanitizeLine(hit.feedTitle)}: ${sanitizeLine(hit.title)}\n    ${sanitizeLine(hit.snippet)}\n${url ? `    ${url}\n` : ''}`);
		}

		return 0;
	} finally {
		context.close();
	}
};
