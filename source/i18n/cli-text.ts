// What the commands say every day (refresh, feeds list / add / remove, search), in the app's language: one setting for both.

import {englishOf, errorInLanguage, type KeyedWords} from './error-texts.js';
import {detectLanguage, messagesFor, type UiLanguage} from './index.js';
import {oneOrMany, plural} from './plural.js';
import type {FeedMoveOutcome} from '../config/feed-moves.js';

export interface CliText {
	/** "  ✓ tagesschau.de — 3 new of 40" */
	feedOk(title: string, fresh: number, items: number): string;
	feedNotModified(title: string): string;
	/** A refresh saw a permanent redirect (301 / 308): where the feed went and what became of it (config/feed-moves.ts). */
	feedMoved(to: string, outcome: FeedMoveOutcome): string;
	/** A failure without a reason. */
	failed: string;
	refreshSummary(counts: {total: number; seconds: number; ok: number; notModified: number; failed: number; waiting: number; newArticles: number}): string;
	interrupted(done: number, total: number, newArticles: number): string;
	refreshing(done: number, total: number, failed: number): string;
	nothingToFetchSource: string;
	nothingToRefresh(hint: string): string;
	everyFeedDisabled: string;
	refreshingDefaults(count: number): string;
	skippedOld(count: number, days: number): string;
	/**
	 * Of the summary's new articles, those the retention setting had removed or skipped before and lets back now:
	 * "1057 new articles" alone, after retentionDays was raised, looked like a flood of news.
	 */
	returned(count: number, days: number): string;
	removedOld(count: number, days: number): string;
	everyFeedFailed: string;
	refreshOffline: string;
	emptyListHint: string;
	defaultListInUse: string;
	listCount(count: number, enabled: number, file: string): string;
	added(title: string, id: string, url: string): string;
	defaultsCopied(count: number): string;
	/** feeds import: the default feeds a first add copied are still listed untouched; `kept` of them the file names. */
	defaultsStillListed(ids: readonly string[], kept: number): string;
	removed(title: string, id: string, url: string, deleted: number): string;
	/** feeds remove: no feed has this URL, ID or title (as feeds list shows it). */
	noFeedToRemove(target: string): string;
	/** feeds remove: several feeds are called `title`; their IDs and URLs. */
	titleShared(title: string, count: number, feeds: string): string;
	/** The feed list's refusals (config/feed-list.ts, feed-url.ts: a duplicate, an unknown ID, not a URL) in the language. */
	feedListError(error: KeyedWords): string;
	/** `lagebild search` without a hit, with the query's rules. */
	nothingFound(query: string): string;
	/** `lagebild brief` over a store that holds no article (a list of one's own before its first refresh). */
	nothingStored: string;
	/** `lagebild brief --topic` naming no topic; `names` as the app shows them. */
	noSuchTopic(topic: string, names: string): string;
	sinceNeedsValue: string;
	/** `feeds add`: an address that leads to no feed (`reason` said in the language), refused. */
	notAFeed(address: string, reason: string): string;
	/** `feeds add`: an address nobody answered at, added as typed. */
	couldNotCheck(address: string, reason: string): string;
	/** `feeds add` of a web page: the feeds it names, the first added. */
	pageNames(address: string, count: number): string;
	addedMark: string;
	addAnother: string;
	imported(counts: ImportCounts): string;
	exported(count: number, file: string): string;
	/** A command or option lagebild does not know, with the known one nearest it when there is one. */
	unknownCommand(name: string, nearest: string | undefined): string;
	unknownOption(options: string, nearest: string | undefined): string;
	/** Options that take a value given without one. */
	missingValue(options: string): string;
	/** Another program held the article store's lock past every retry. */
	storeBusy: string;
}

/** What `feeds import` found in a file and did with it. */
export interface ImportCounts {
	added: number;
	found: number;
	file: string;
	newsboat: boolean;
	duplicates: number;
	notFeeds: number;
	/** Line numbers of the lines that could not be read. */
	unreadable: readonly number[];
}

const en: CliText = {
	feedMoved: (to, outcome) => `moved permanently to ${to} (${{
		updated: 'address updated',
		'already-listed': 'already in the feed list; nothing changed',
		'already-stored': 'the store already holds a feed there; nothing changed',
		'not-listed': 'not in the configured list; nothing changed',
	}[outcome]})`,
	feedOk: (title, fresh, items) => `  ✓ ${title} — ${fresh} new of ${items}`,
	feedNotModified: title => `  = ${title} — not modified`,
	failed: 'failed',
	refreshSummary: ({total, seconds, ok, notModified, failed, waiting, newArticles}) => `Refreshed ${plural(total, 'feed', 'feeds')} in ${seconds.toFixed(1)} s: ${ok} ok, ${notModified} not modified, ${failed} failed${waiting ? `, ${waiting} waiting` : ''}; ${plural(newArticles, 'new article', 'new articles')}.`,
	interrupted: (done, total, newArticles) => `Interrupted: ${done} of ${plural(total, 'feed', 'feeds')} done, ${plural(newArticles, 'new article', 'new articles', n => n.toLocaleString('en-US'))} stored; the next refresh goes on.`,
	refreshing: (done, total, failed) => `Refreshing ${done}/${total}${failed > 0 ? `, ${failed} failed` : ''}`,
	nothingToFetchSource: 'Nothing to fetch: --source files are read directly.',
	nothingToRefresh: hint => `Nothing to refresh. ${hint}`,
	everyFeedDisabled: 'Nothing to refresh: every feed is disabled. Enable one in the feed manager or with lagebild feeds add URL.',
	refreshingDefaults: count => `No feeds configured; refreshing the default list (${count} feeds).`,
	skippedOld: (count, days) => (count === 0 ? '' : `${plural(count, 'item', 'items')} older than ${plural(days, 'day', 'days')} skipped (the retention setting).`),
	returned: (count, days) => `${count} of them came back: the retention setting had removed or skipped ${oneOrMany(count, 'it', 'them')}, and its window now reaches ${oneOrMany(count, 'it', 'them')} (retentionDays ${days}${days > 0 ? '' : ': keep everything'}).`,
	removedOld: (count, days) => `Removed ${plural(count, 'article', 'articles')} older than ${days} days (starred ones are kept).`,
	everyFeedFailed: 'lagebild: every feed failed; is the network reachable?',
	refreshOffline: 'lagebild: refresh fetches feeds from the network; it cannot run with --offline.',
	emptyListHint: 'Your feed list is empty. Add a feed with: lagebild feeds add URL (in the app: f for the feed manager, then a).',
	defaultListInUse: 'No feeds configured; this is the default list in use. Add your own with: lagebild feeds add URL',
	listCount: (count, enabled, file) => `${plural(count, 'feed', 'feeds')}, ${enabled} enabled. Config: ${file}`,
	added: (title, id, url) => `Added ${title} [${id}] ${url}`,
	defaultsCopied: count => `Your list now holds the ${count} default feeds plus this one; drop any with: lagebild feeds remove ID`,
	defaultsStillListed: (ids, kept) => `The ${ids.length} default feeds copied with your first feed are still listed; to drop them${kept > 0 ? ` (not the ${kept} your file names)` : ''}: lagebild feeds remove ${ids.join(' ')}`,
	removed: (title, id, url, deleted) => `Removed ${title} [${id}] ${url}${deleted > 0 ? ` and its ${deleted} stored articles` : ''}`,
	noFeedToRemove: target => `no feed with URL, ID or title ${JSON.stringify(target)} (see lagebild feeds list)`,
	titleShared: (title, count, feeds) => `${count} feeds are called ${JSON.stringify(title)}; remove one by its ID: ${feeds}`,
	feedListError: englishOf,
	nothingFound: query => `lagebild: nothing found for "${query}" (every word must occur; ukr* matches word beginnings; "two words" in quotes must stand together; A OR B either; -word leaves out; title:word in headlines; feed:name in one feed).`,
	nothingStored: 'lagebild: no articles are stored yet: lagebild refresh fetches your feeds (so does starting lagebild without --offline).',
	noSuchTopic: (topic, names) => `lagebild: there is no topic "${topic}". Topics: ${names}.`,
	sinceNeedsValue: 'lagebild: --since needs a span: 24h, 7d, 2w or all.',
	notAFeed: (address, reason) => `lagebild: ${address}: ${reason}. Nothing was added; to add it anyway: lagebild feeds add --as-is ${address}`,
	couldNotCheck: (address, reason) => `lagebild: could not check ${address} (${reason}); adding it as typed, the next refresh tries again.`,
	pageNames: (address, count) => `${address} is a web page; it names ${oneOrMany(count, 'this feed', plural(count, 'feed', 'feeds'))}:`,
	addedMark: ' (added)',
	addAnother: 'Add another one with: lagebild feeds add URL',
	imported({added, found, file, newsboat, duplicates, notFeeds, unreadable}) {
		const left = [
			duplicates > 0 ? `${duplicates} already in the list` : '',
			notFeeds > 0 ? `${plural(notFeeds, 'line', 'lines')} not a feed (query/exec/filter)` : '',
			unreadable.length > 0 ? `${plural(unreadable.length, 'line', 'lines')} not read (${oneOrMany(unreadable.length, 'line', 'lines')} ${unreadable.join(', ')})` : '',
		].filter(part => part !== '');
		return `Imported ${added} of ${found} feeds from ${file}${newsboat ? ' (newsboat urls file)' : ''}${left.length > 0 ? `; skipped: ${left.join(', ')}` : ''}.`;
	},
	exported: (count, file) => `Exported ${plural(count, 'feed', 'feeds')} to ${file}.`,
	unknownCommand: (name, nearest) => `lagebild: unknown command "${name}"${nearest ? `; did you mean lagebild ${nearest}?` : ''} (lagebild --help lists the commands)`,
	unknownOption: (options, nearest) => `lagebild: unknown option ${options}${nearest ? `; did you mean ${nearest}?` : ''} (lagebild --help lists the options)`,
	missingValue: options => `lagebild: ${options} needs a value after it (lagebild --help shows what it takes)`,
	storeBusy: 'lagebild: the article store is locked by another program (an sqlite3 shell, a backup?) and stayed so; try again when it is done.',
};

/** "15,2": German writes a decimal comma. */
const decimal = (value: number) => value.toFixed(1).replace('.', ',');

const de: CliText = {
	feedMoved: (to, outcome) => `dauerhaft umgezogen nach ${to} (${{
		updated: 'Adresse aktualisiert',
		'already-listed': 'schon in der Feed-Liste; nichts geändert',
		'already-stored': 'der Speicher hat dort schon einen Feed; nichts geändert',
		'not-listed': 'nicht in der eingestellten Liste; nichts geändert',
	}[outcome]})`,
	feedOk: (title, fresh, items) => `  ✓ ${title} — ${fresh} neu von ${items}`,
	feedNotModified: title => `  = ${title} — unverändert`,
	failed: 'fehlgeschlagen',
	refreshSummary: ({total, seconds, ok, notModified, failed, waiting, newArticles}) => `${plural(total, 'Feed', 'Feeds')} aktualisiert in ${decimal(seconds)} s: ${ok} ok, ${notModified} unverändert, ${failed} fehlgeschlagen${waiting ? `, ${waiting} warten` : ''}; ${plural(newArticles, 'neuer Artikel', 'neue Artikel')}.`,
	interrupted: (done, total, newArticles) => `Abgebrochen: ${done} von ${plural(total, 'Feed', 'Feeds')} fertig, ${plural(newArticles, 'neuer Artikel', 'neue Artikel', n => n.toLocaleString('de-DE'))} gespeichert; die nächste Aktualisierung macht weiter.`,
	refreshing: (done, total, failed) => `Aktualisiere ${done}/${total}${failed > 0 ? `, ${failed} fehlgeschlagen` : ''}`,
	nothingToFetchSource: 'Nichts zu laden: --source-Dateien werden direkt gelesen.',
	nothingToRefresh: hint => `Nichts zu aktualisieren. ${hint}`,
	everyFeedDisabled: 'Nichts zu aktualisieren: jeder Feed ist ausgeschaltet. Einschalten in der Feedverwaltung oder mit lagebild feeds add URL.',
	refreshingDefaults: count => `Keine Feeds eingerichtet; die Standardliste wird aktualisiert (${count} Feeds).`,
	skippedOld: (count, days) => (count === 0 ? '' : `${plural(count, 'Eintrag', 'Einträge')} älter als ${plural(days, 'Tag', 'Tage')} übersprungen (die Einstellung retentionDays).`),
	returned: (count, days) => `${plural(count, 'davon ist', 'davon sind')} zurück: die Aufbewahrung hatte ${oneOrMany(count, 'ihn', 'sie')} entfernt oder übersprungen, ihr Zeitraum reicht jetzt bis zu ${oneOrMany(count, 'ihm', 'ihnen')} (retentionDays ${days}${days > 0 ? '' : ': alles behalten'}).`,
	removedOld: (count, days) => `${count} Artikel älter als ${days} Tage entfernt (die mit Stern bleiben).`,
	everyFeedFailed: 'lagebild: jeder Feed ist fehlgeschlagen; ist das Netz erreichbar?',
	refreshOffline: 'lagebild: refresh lädt Feeds aus dem Netz; mit --offline geht das nicht.',
	emptyListHint: 'Die Feedliste ist leer. Einen Feed hinzufügen: lagebild feeds add URL (in der App: f für die Feedverwaltung, dann a).',
	defaultListInUse: 'Keine Feeds eingerichtet; dies ist die Standardliste. Eigene hinzufügen: lagebild feeds add URL',
	listCount: (count, enabled, file) => `${plural(count, 'Feed', 'Feeds')}, ${enabled} eingeschaltet. Konfiguration: ${file}`,
	added: (title, id, url) => `Hinzugefügt: ${title} [${id}] ${url}`,
	defaultsCopied: count => `Die Liste hält jetzt die ${count} Standard-Feeds und diesen; entfernen mit: lagebild feeds remove ID`,
	defaultsStillListed: (ids, kept) => `Die ${ids.length} Standard-Feeds, kopiert mit deinem ersten Feed, sind noch in der Liste; entfernen${kept > 0 ? ` (ohne die ${kept}, die deine Datei nennt)` : ''}: lagebild feeds remove ${ids.join(' ')}`,
	removed: (title, id, url, deleted) => `Entfernt: ${title} [${id}] ${url}${deleted > 0 ? ` mit ${plural(deleted, 'gespeichertem Artikel', 'gespeicherten Artikeln')}` : ''}`,
	noFeedToRemove: target => `kein Feed mit der URL, ID oder dem Titel ${JSON.stringify(target)} (siehe lagebild feeds list)`,
	titleShared: (title, count, feeds) => `${count} Feeds heißen ${JSON.stringify(title)}; entferne einen mit seiner ID: ${feeds}`,
	// The interface's table of wordings (i18n/error-texts.ts) holds the feed list's refusals too.
	feedListError: error => errorInLanguage(error, messagesFor('de')),
	nothingFound: query => `lagebild: nichts gefunden für „${query}“ (jedes Wort muss vorkommen; ukr* findet Wortanfänge; "zwei Wörter" in Anführungszeichen müssen zusammenstehen; A OR B eines von beiden; -Wort lässt aus; titel:Wort in Überschriften; quelle:Name in einem Feed).`,
	nothingStored: 'lagebild: noch keine Artikel gespeichert: lagebild refresh lädt deine Feeds (ebenso lagebild ohne --offline gestartet).',
	noSuchTopic: (topic, names) => `lagebild: es gibt kein Thema „${topic}“. Themen: ${names}.`,
	sinceNeedsValue: 'lagebild: --since braucht eine Zeitspanne: 24h, 7d, 2w oder all.',
	notAFeed: (address, reason) => `lagebild: ${address}: ${reason}. Nichts hinzugefügt; trotzdem hinzufügen: lagebild feeds add --as-is ${address}`,
	couldNotCheck: (address, reason) => `lagebild: ${address} nicht prüfbar (${reason}); wie eingegeben hinzugefügt, die nächste Aktualisierung versucht es wieder.`,
	pageNames: (address, count) => `${address} ist eine Webseite; sie nennt ${oneOrMany(count, 'diesen Feed', plural(count, 'Feed', 'Feeds'))}:`,
	addedMark: ' (hinzugefügt)',
	addAnother: 'Einen weiteren hinzufügen: lagebild feeds add URL',
	imported({added, found, file, newsboat, duplicates, notFeeds, unreadable}) {
		const left = [
			duplicates > 0 ? `${duplicates} schon in der Liste` : '',
			notFeeds > 0 ? `${plural(notFeeds, 'Zeile', 'Zeilen')} kein Feed (query/exec/filter)` : '',
			unreadable.length > 0 ? `${plural(unreadable.length, 'Zeile', 'Zeilen')} nicht lesbar (${oneOrMany(unreadable.length, 'Zeile', 'Zeilen')} ${unreadable.join(', ')})` : '',
		].filter(part => part !== '');
		return `${added} von ${plural(found, 'Feed', 'Feeds')} aus ${file}${newsboat ? ' (newsboat-urls-Datei)' : ''} importiert${left.length > 0 ? `; übersprungen: ${left.join(', ')}` : ''}.`;
	},
	exported: (count, file) => `${plural(count, 'Feed', 'Feeds')} nach ${file} exportiert.`,
	unknownCommand: (name, nearest) => `lagebild: unbekannter Befehl „${name}“${nearest ? `; gemeint ist wohl lagebild ${nearest}?` : ''} (lagebild --help zeigt die Befehle)`,
	unknownOption: (options, nearest) => `lagebild: unbekannte Option ${options}${nearest ? `; gemeint ist wohl ${nearest}?` : ''} (lagebild --help zeigt die Optionen)`,
	missingValue: options => `lagebild: ${options} braucht einen Wert dahinter (lagebild --help zeigt, welchen)`,
	storeBusy: 'lagebild: der Artikelspeicher ist von einem anderen Programm gesperrt (eine sqlite3-Shell, eine Sicherung?) und blieb es; bitte danach noch einmal versuchen.',
};

const texts: Record<UiLanguage, CliText> = {en, de};

/** The commands' language: the app's setting (uiLanguage), else LC_ALL / LC_MESSAGES / LANG, as the app picks it. */
export function cliLanguage(setting: string | undefined, env: Record<string, string | undefined>): UiLanguage {
	return detectLanguage(setting, env);
}

export function cliText(language: UiLanguage): CliText {
	return texts[language];
}
