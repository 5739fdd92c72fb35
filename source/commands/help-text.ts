// The usage text of `lagebild --help` and of each command's --help, in English and German (LANG / LC_ALL, as the app).

import {formatHelp} from './argv.js';
import type {UiLanguage} from '../i18n/index.js';

export const helpText = `
	Usage
	  $ lagebild                      the interactive briefing
	  $ lagebild brief   [--topic T] [--format text|md|json] [--since 24h|7d|all]
	                     | --starred [--format text|md|json]   the starred articles
	  $ lagebild refresh              fetch all feeds now, print a per-feed summary
	  $ lagebild analyze FILE|- [--lang de|en] [--format json|text]
	  $ lagebild search  WORDS... [--format text|json]   the stored articles
	  $ lagebild feeds   list | add URL [--title T] [--tag X]... [--as-is]
	                     | remove URL|ID|TITLE... | import FILE.opml|URLS | export [FILE.opml]
	  $ lagebild topics  list | add NAME --terms a,b,c | remove NAME
	                     | rename OLD NEW | edit NAME --terms a,b,c | reset

	Options
	  --source PATH...   use these feed files, folders or OPML lists instead of the
	                     configured feeds, with an in-memory store
	  --offline          no network: the cache (or bundled snapshots) only
	  --home DIR         config and data directory (also LAGEBILD_HOME)
	  --help, --version

	In the app: ? lists every key. ↑↓ or j k move, Enter opens, Esc back, Tab
	switches pane, n next unread, m read / unread, A topic read, u unread only,
	s star, o browser, F full text, / search, f feeds, t topics, p people,
	r / R refresh, q quit; in the feed manager / finds a feed and S orders the
	list; among the people w widens their time (48 h, 7 days, all). Keys can be
	changed in config.json ("keymap").

	Config and data live in one directory: config.json (feeds, topics, settings,
	keymap) and lagebild.db (articles). Default: ~/.config/lagebild (XDG_CONFIG_HOME).

	Environment: BROWSER (the program o opens links with), LANG / LC_ALL (English
	or German), NO_COLOR, LAGEBILD_THEME=light|dark (else COLORFGBG), LAGEBILD_HOME.
`;

export const helpTextDe = `
	Aufruf
	  $ lagebild                      das interaktive Lagebild
	  $ lagebild brief   [--topic T] [--format text|md|json] [--since 24h|7d|all]
	                     | --starred [--format text|md|json]   die Artikel mit Stern
	  $ lagebild refresh              alle Feeds jetzt laden, mit einer Zeile je Feed
	  $ lagebild analyze DATEI|- [--lang de|en] [--format json|text]
	  $ lagebild search  WÖRTER... [--format text|json]   die gespeicherten Artikel
	  $ lagebild feeds   list | add URL [--title T] [--tag X]... [--as-is]
	                     | remove URL|ID|TITEL... | import OPML|URLS | export [DATEI.opml]
	  $ lagebild topics  list | add NAME --terms a,b,c | remove NAME
	                     | rename ALT NEU | edit NAME --terms a,b,c | reset

	Optionen
	  --source PFAD...   diese Feed-Dateien, Ordner oder OPML-Listen statt der
	                     eingerichteten Feeds; nichts wird gespeichert
	  --offline          kein Netz: nur der Cache (oder die mitgelieferten Feeds)
	  --home ORDNER      Ordner für Konfiguration und Daten (auch LAGEBILD_HOME)
	  --help, --version

	In der App: ? zeigt alle Tasten. ↑↓ oder j k bewegen, Enter öffnet, Esc zurück,
	Tab wechselt den Bereich, n nächste ungelesene, m gelesen / ungelesen, A Thema
	gelesen, u nur ungelesene, s Stern, o Browser, F ganzer Text, / Suche, f Feeds,
	t Themen, p Personen, r / R aktualisieren, q beenden; in der Feedverwaltung
	findet / einen Feed und S ordnet die Liste; bei den Personen erweitert w ihren
	Zeitraum (48 h, 7 Tage, alles). Tasten lassen sich in config.json ändern
	("keymap").

	Konfiguration und Daten liegen in einem Ordner: config.json (Feeds, Themen,
	Einstellungen, Tasten) und lagebild.db (Artikel). Standard: ~/.config/lagebild
	(XDG_CONFIG_HOME).

	Umgebung: BROWSER (das Programm, mit dem o Links öffnet), LANG / LC_ALL
	(Englisch oder Deutsch), NO_COLOR, LAGEBILD_THEME=light|dark (sonst COLORFGBG),
	LAGEBILD_HOME.
`;

/** The line above the commands and the one above the options, as each text names them. */
const headings: Record<UiLanguage, {usage: string; options: string}> = {
	en: {usage: 'Usage', options: 'Options'},
	de: {usage: 'Aufruf', options: 'Optionen'},
};

/** package.json's description is English; the German help says it in German. */
const germanDescription = 'Ein Lagebild im Terminal: deine Feeds nach Themen, zu Geschichten vereint, mit wer was sagte.';

function textOf(language: UiLanguage): string {
	return language === 'de' ? helpTextDe : helpText;
}

/** The whole help; `description` is package.json's (English). */
export function fullHelp(language: UiLanguage, description: string | undefined): string {
	return formatHelp(textOf(language), language === 'de' ? germanDescription : description);
}

/** The help of one command: its usage lines from the full help, then the options every command takes. */
export function commandHelp(command: string, language: UiLanguage = 'en'): string | undefined {
	const lines = textOf(language).split('\n');
	const {usage, options: optionsHeading} = headings[language];
	const start = lines.findIndex(line => new RegExp(`^\\s*\\$ lagebild ${command}\\b`).test(line));
	if (start < 0) return undefined;
	let end = start + 1;
	while (end < lines.length && /^\s*\|/.test(lines[end]!)) end++;
	const options = lines.findIndex(line => line.trim() === optionsHeading);
	const optionsEnd = lines.findIndex((line, index) => index > options && line.trim() === '');
	return formatHelp(['', `\t${usage}`, ...lines.slice(start, end), '', ...lines.slice(options, optionsEnd), ''].join('\n'), undefined).replaceAll(/^\n+|\n+$/g, '');
}
