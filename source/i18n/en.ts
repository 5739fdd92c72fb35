// English interface strings; de.ts has the same keys (the Messages type enforces it).

import type {Action} from '../model/action.js';
import type {PeopleWindowName} from '../briefing/people-window.js';
import type {ErrorKey} from './error-keys.js';
import {englishFeedErrors, englishFileReasons, englishHttpReasons} from './error-english.js';

export interface Messages {
	appName: string;
	screens: Record<'briefing' | 'story' | 'reader' | 'feeds' | 'feed' | 'topics' | 'people' | 'person' | 'search' | 'help', string>;
	actions: Record<Action, string>;
	labels: {
		topics: string;
		stories: string;
		starred: string;
		/** The first entry of the topic list: the most important stories of all topics. */
		topStories: string;
		noStories: string;
		noTopics: string;
		outlets: string;
		outlet: string;
		summary: string;
		quotes: string;
		indirect: string;
		partial: string;
		people: string;
		/** Heading of the bodies and states a story quotes, after its people. */
		organisations: string;
		/** Mark of a body or state in the people list. */
		organisation: string;
		timeline: string;
		/** Under a report of a story's timeline (and in lagebild brief): the other feeds that carried the same article, "also in farm 062, farm 071". */
		alsoIn: string;
		topicsOfStory: string;
		unknownSpeaker: string;
		/** In a story whose quotes, people and summary are still being read (Story.analysing). */
		storyAnalysing: string;
		/** Under a story's outlets line: how many of its reports arrived since the reader last looked at it (they are marked +). */
		storyNews_1: string;
		storyNews_n: string;
		loading: string;
		noArticle: string;
		by: string;
		feedsEmpty: string;
		feedArticlesEmpty: string;
		peopleEmpty: string;
		searchPrompt: string;
		searchEmpty: string;
		/** After a search that found nothing: the retention setting ({n}: retentionDays) has removed older articles. */
		searchRetention_1: string;
		searchRetention_n: string;
		searchHint: string;
		story_1: string;
		stories_n: string;
		/** Marks around a direct quote: “…” in English, „…“ in German. */
		quoteMarks: readonly [string, string];
		report_1: string;
		reports_n: string;
		/** The People screen's windows ({hours}: the briefing's window in hours). */
		peopleWindows: Record<PeopleWindowName, string>;
		/** The briefing's window when it was widened past its hours to hold enough stories: it starts at {date}. */
		peopleBriefingSince: string;
		/** The week's window when the newest article stored is older than a day: it ends there ({date}). */
		peopleWeekTo: string;
		/** While a wider window's quotes are read. */
		peopleWindowReading: string;
		peopleWindowEmpty: string;
		/** The briefing's People list while its quotes are still read (empty so far). */
		peopleQuotesPending: string;
		/** In place of a title a feed item does not have. */
		untitled: string;
		/** The status line after w: {window}. */
		peopleWindowNow: string;
		quote_1: string;
		quotes_n: string;
		enabled: string;
		disabled: string;
		never: string;
		statusOk: string;
		statusNotModified: string;
		statusNew: string;
		/** A feed the running refresh has not finished yet. */
		statusFetching: string;
		statusError: string;
		/** Beside a failing feed's error: since when it fails ({age}: "3d"). */
		failingFor: string;
		terms: string;
		feedColumn: string;
		/** The feed column's heading with the list's size: {n} feeds, {failed} of them failing. */
		feedColumnCount: string;
		feedColumnFailing: string;
		/** The heading while a filter hides feeds: "Feeds (12 of 60)". */
		feedColumnFiltered: string;
		feedFilterPrompt: string;
		feedFilterHint: string;
		feedFilterEmpty: string;
		feedOrderNow: string;
		feedOrders: Record<'added' | 'title' | 'failing' | 'articles', string>;
		/** The same, for a heading without room for the words. */
		feedOrdersShort: Record<'added' | 'title' | 'failing' | 'articles', string>;
		/** After a previous query shown selected: what the next key does with it. */
		searchReplaceHint: string;
		statusColumn: string;
		fetchedColumn: string;
		/** The feed manager's unread/stored column ("3/50", • as unread everywhere), and the selected feed's counts in words under the list. */
		unreadColumn: string;
		feedCounts: string;
		helpTitle: string;
		helpScreen: string;
		helpGlobal: string;
		helpClose: string;
		/** How a question is answered; {yes} and {no} as in prompts.yesNo. */
		helpQuestions: string;
		/** The last row of a help that does not fit: there is more below. */
		helpMore: string;
		/** The help's section saying what a screen shows: its words and marks, as [what, what it is] rows. */
		helpShown: string;
		helpLegend: {briefing: Array<[string, string]>; story: Array<[string, string]>};
		position: string;
		teaserOnly: string;
		/** teaserOnly and noText when started with --offline, where F fetches nothing. */
		teaserOnlyOffline: string;
		noTextOffline: string;
		teaserOnlyNoLink: string;
		/** An article the feed gave no text for. */
		noText: string;
		noTextNoLink: string;
		/** The heading of an article's links under its text, and how to open one. */
		links: string;
		linksHint: string;
	};
	/** While a briefing is computed (BriefingProgress): in the loading view and the status bar. */
	briefingProgress: {
		analysing: string;
		clustering: string;
		stories: string;
		/** Reading the quotes after a first briefing was shown (the status bar). */
		quotes: string;
		/** Between groups of three digits: 2,797 / 2.797. */
		digitGroup: string;
	};
	/** The briefing while no article is stored (state/empty-briefing.ts): why, and what to do. */
	empty: {
		/** The topics pane beside the explanation (narrow: it names no key). */
		topics: string;
		/** {feeds}: feeds_1 / feeds_n, or feedsUnknown before the list is read. */
		feeds_1: string;
		feeds_n: string;
		feedsUnknown: string;
		offline: string;
		refreshing: string;
		/** Every feed has answered; the briefing is being computed. {articles}: how many it reads. */
		grouping_1: string;
		grouping_n: string;
		groupingUncounted: string;
		noFeeds: string;
		allDisabled: string;
		allFailed: string;
		/** {days}: retentionDays. */
		nothingRecent_1: string;
		nothingRecent_n: string;
		notFetched: string;
	};
	status: {
		help: string;
		lastRefresh: string;
		neverRefreshed: string;
		refreshing: string;
		/** R while a refresh runs (the timer's, say): it is not started twice. */
		alreadyRefreshing: string;
		failed: string;
		filterUnread: string;
		filterAll: string;
		/** The store changed under the app (`lagebild refresh` from cron): the screens were read again; {n} articles more. */
		otherRefresh_1: string;
		otherRefresh_n: string;
		/** The unread articles of the whole store, copies counted once (newsboat's "140 unread" in its title bar). */
		unreadTotal: string;
		/** {ok} and {new} are feedCount_* and newArticles_* ("1 feed", "3 new articles"). */
		refreshDone: string;
		/** Appended to refreshDone when feeds were not asked because their server asked for time (Retry-After). */
		refreshWaiting: string;
		/** Appended to refreshDone: of the new articles, {n} the retention setting (retentionDays {days}) had removed or skipped. */
		refreshReturned: string;
		/** Appended to refreshDone: {skipped} items older than retentionDays {days} were not stored (_1: retentionDays 1). */
		refreshSkippedOld_1: string;
		refreshSkippedOld_n: string;
		/** refreshReturned after retentionDays was set to 0 (keep everything). */
		refreshReturnedAll: string;
		feedCount_1: string;
		feedCount_n: string;
		newArticles_1: string;
		newArticles_n: string;
		/** A refresh that fetched no feed: started with --offline, or every feed switched off. */
		nothingFetchedOffline: string;
		nothingFetchedDisabled: string;
		/** Every feed of a refresh failed: most often no network. */
		allFailed_1: string;
		allFailed_n: string;
		/** A key no action of the screen uses (newsboat's N, C, :…): said, so a habit does not fail in silence. */
		unboundKey: string;
		/** In the header for as long as the config file {file} cannot be read (the app reads past it with the defaults). */
		configReadOnly: string;
		/** In the header while the stories are the bundled snapshots (a first start, before a feed answered); offline: with --offline. */
		sampleNews: string;
		sampleNewsOffline: string;
	};
	prompts: {
		addFeed: string;
		editTitle: string;
		editTags: string;
		importPath: string;
		exportPath: string;
		confirmDelete: string;
		topicName: string;
		topicRename: string;
		topicTerms: string;
		/** The reader's openLink: the number of the link to open. */
		linkNumber: string;
		confirmTopicDelete: string;
		confirmMarkTopicRead: string;
		confirmMarkFeedRead_1: string;
		confirmMarkFeedRead_n: string;
		/** After an import: the default feeds a first add copied, untouched and not in the file ({n}). */
		confirmDropDefaults_1: string;
		confirmDropDefaults_n: string;
		enterToConfirm: string;
		/** The answer hint; {yes} becomes the yes letters no key of the screen uses, then Enter ("y / Enter"); {no} the no letters, then Esc. */
		yesNo: string;
		/** Each letter a key that answers yes unless the screen binds it (German j is the down key). */
		yesKeys: string;
		/** Each letter a key that answers no (with Esc): leaving a question alone is always safe. */
		noKeys: string;
	};
	errors: {
		invalidUrl: string;
		emptyValue: string;
		/** A link number the article has not: {count} links. */
		noSuchLink_1: string;
		noSuchLink_n: string;
		duplicateFeed: string;
		duplicateTopic: string;
		keymap: string;
		failed: string;
		/** At the start when config.json cannot be read: {problem} names the file and what is wrong with it. */
		configUnreadable: string;
	};
	/** The English errors of the layers below in this language (error-texts.ts); {redirectSuffix} ends a redirect's scheme error. */
	feedErrors: Record<ErrorKey | 'redirectSuffix', string>;
	/** Reasons of common HTTP statuses by code; another code keeps the reason the server sent. */
	httpReasons: Record<string, string>;
	/** A file system error as source/config/config-file.ts words it (English), in the interface language. */
	fileReasons: Record<string, string>;
	done: {
		feedAdded: string;
		/** The typed address was a web page: {title} of the feed added, {count} feeds the page named. */
		feedAddedFromPage_1: string;
		feedAddedFromPage_n: string;
		/** An address typed without scheme that only a plain http server answers, added as {url} (http://…). */
		feedAddedOverHttp: string;
		/** The address could not be checked ({reason}); it was added as typed ({url}). */
		feedAddedUnchecked: string;
		feedRemoved: string;
		defaultsRemoved_1: string;
		defaultsRemoved_n: string;
		feedSaved: string;
		imported_1: string;
		imported_n: string;
		/** After `lagebild feeds import` on the default list: the imported list took its place. */
		importReplacedDefaults: string;
		exported_1: string;
		exported_n: string;
		topicSaved: string;
		topicDeleted: string;
		starred: string;
		unstarred: string;
		markedRead: string;
		markedUnread: string;
		markedTopicRead_1: string;
		markedTopicRead_n: string;
		nothingUnread: string;
		noMoreUnread: string;
		markedFeedRead_1: string;
		markedFeedRead_n: string;
		noMoreUnreadInFeed: string;
		fullTextFetched: string;
		fetchingFullText: string;
		noLink: string;
		opened: string;
		/** openLink in an article without links. */
		noLinks: string;
	};
	age: {
		now: string;
		minutes: string;
		hours: string;
		days: string;
		months: string;
		years: string;
	};
	/** Display names of the bundled default topics (feeds/topics.json) by their stored name; topics the user named show as named. */
	topicLabels: Readonly<Record<string, string>>;
}

export const en: Messages = {
	appName: 'lagebild',
	screens: {
		feed: 'Feed',
		briefing: 'Briefing',
		story: 'Story',
		reader: 'Article',
		feeds: 'Feeds',
		topics: 'Topics',
		people: 'People',
		person: 'Quotes',
		search: 'Search',
		help: 'Help',
	},
	actions: {
		quit: 'quit',
		help: 'help with all keys',
		search: 'search all articles (title:, feed: narrow it)',
		feeds: 'feed manager',
		topics: 'topic manager',
		people: 'people quoted',
		refreshAll: 'refresh all feeds',
		back: 'back',
		up: 'move up',
		down: 'move down',
		pageUp: 'page up',
		pageDown: 'page down',
		nextPage: 'next page',
		top: 'go to top',
		bottom: 'go to bottom',
		open: 'open',
		switchPane: 'switch pane',
		refresh: 'refresh (this feed, else all)',
		toggleRead: 'mark read / unread',
		markTopicRead: 'mark every story of the topic read',
		markFeedRead: 'mark every article of the feed read',
		nextUnread: 'open the next unread story',
		nextUnreadArticle: 'open the next unread article',
		unreadOnly: 'show unread only / all',
		star: 'star / unstar article',
		openBrowser: 'open in browser',
		fetchFull: 'fetch full article text',
		openLink: 'open link [n] in browser (its number, then Enter)',
		feedAdd: 'add feed',
		feedDelete: 'delete feed',
		feedEdit: 'edit title and tags',
		feedToggle: 'enable / disable feed',
		feedImport: 'import OPML or newsboat urls file',
		feedExport: 'export OPML file',
		feedFind: 'find a feed by title or address',
		feedSort: 'order: added · title · failing · articles',
		topicAdd: 'add topic',
		topicRename: 'rename topic',
		topicTerms: 'edit terms',
		topicDelete: 'delete topic',
		peopleWindow: 'time: briefing · 7 days · everything stored',
	},
	labels: {
		topics: 'Topics',
		stories: 'Stories',
		starred: '★ Starred',
		topStories: 'Top stories',
		noStories: 'No stories here.',
		noTopics: 'No topics yet. Press R to refresh.',
		outlets: 'outlets',
		outlet: '1 outlet',
		summary: 'Summary',
		quotes: 'Key quotes',
		indirect: 'indirect',
		partial: 'partial',
		people: 'People',
		organisations: 'Organisations',
		organisation: 'organisation',
		timeline: 'Reports',
		alsoIn: 'also in',
		topicsOfStory: 'Topics',
		unknownSpeaker: 'unnamed',
		storyAnalysing: 'Quotes, people and summary are still being read — they appear here in a moment.',
		storyNews_1: '1 report is new since you last looked: marked +',
		storyNews_n: '{n} reports are new since you last looked: marked +',
		loading: 'Loading…',
		noArticle: 'This article is no longer stored.',
		by: 'by',
		feedsEmpty: 'No feeds. Press a to add one or i to import OPML.',
		feedArticlesEmpty: 'No articles of this feed are stored.',
		peopleEmpty: 'Nobody is quoted in the current briefing.',
		searchPrompt: 'Search: ',
		searchEmpty: 'No results. Every word must occur; ukr* finds words that begin with ukr; "two words" in quotes must stand together; title: and feed: narrow it.',
		searchRetention_1: 'Articles older than a day are removed (retentionDays in config.json); starred ones are kept.',
		searchRetention_n: 'Articles older than {n} days are removed (retentionDays in config.json); starred ones are kept.',
		searchHint: 'Type words, then Enter. All must occur; ukr* finds Ukraine, ukrainisch …; "Olaf Scholz" in quotes as a phrase; title:Merz in headlines only; feed:tagesschau in one feed.',
		story_1: '1 story',
		stories_n: '{n} stories',
		quoteMarks: ['“', '”'],
		report_1: '1 report',
		reports_n: '{n} reports',
		peopleWindows: {briefing: 'briefing, {hours} h', week: 'last 7 days', all: 'everything stored'},
		peopleBriefingSince: 'briefing, since {date}',
		peopleWeekTo: '7 days to {date} (the newest stored)',
		peopleWindowReading: 'reading quotes: article {done} of {total} …',
		peopleWindowEmpty: 'Nobody is quoted in the articles stored for this time.',
		peopleQuotesPending: 'The quotes are still being read; the people quoted follow.',
		untitled: '(no title)',
		peopleWindowNow: 'People quoted: {window}',
		quote_1: '1 quote',
		quotes_n: '{n} quotes',
		enabled: 'on',
		disabled: 'off',
		never: 'never',
		statusOk: 'ok',
		statusNotModified: 'not modified',
		statusNew: 'not fetched yet',
		statusFetching: 'fetching…',
		statusError: 'error',
		failingFor: 'failing for {age}',
		terms: 'terms',
		feedColumn: 'Feed',
		feedColumnCount: 'Feeds ({n})',
		feedColumnFailing: 'Feeds ({n}, {failed} failing)',
		feedColumnFiltered: 'Feeds ({shown} of {n})',
		feedFilterPrompt: 'Find feed: ',
		feedFilterHint: 'Enter: to the list · Esc: all feeds',
		feedFilterEmpty: 'No feed matches. Esc shows all feeds.',
		feedOrderNow: 'Feeds {order}',
		feedOrders: {added: 'as added', title: 'by title', failing: 'failing first', articles: 'by article count'},
		feedOrdersShort: {added: 'as added', title: 'A–Z', failing: '✗ first', articles: '# ↓'},
		searchReplaceHint: 'typing replaces it · → or Ctrl+E refines it',
		statusColumn: 'Status',
		fetchedColumn: 'Fetched',
		unreadColumn: '•/#',
		feedCounts: '{unread} unread of {stored} stored',
		helpTitle: 'Keys',
		helpScreen: 'This screen',
		helpGlobal: 'Everywhere',
		helpClose: 'Esc or ? closes this help',
		helpQuestions: 'Questions (delete, mark all read): {yes} yes · {no} no',
		helpMore: '↓ more below (j, PgDn) · Esc or ? closes',
		/** The help's "What you see" rows; {star} and {open} are the keys bound to those actions (the keymap's first). */
		helpShown: 'What you see',
		helpLegend: {
			briefing: [
				['Top stories', 'first: the most important stories of all topics (most outlets, recent, unread first)'],
				['Topic', 'a subject (Ukraine war, Sport …): its stories, the unread ones, + when one is new'],
				['Story', 'one event: the reports of several outlets merged ("3 outlets"), and its age'],
				['+', 'new since you last looked'],
				['•', 'unread'],
				['★ Starred', 'the articles you starred with {star}, after the topics'],
			],
			story: [
				['Key quotes', 'who said what: speaker — role — outlet; partial: words quoted in a sentence; indirect: reported speech'],
				['People', 'who the reports name, with their number of quotes: {open} on someone quoted lists all they said in the briefing'],
				['Reports', 'each outlet\'s article, oldest first: {open} opens it'],
				['+', 'a report or quote new since you last looked'],
			],
		},
		position: 'line {n} of {total}',
		teaserOnly: 'Only the teaser is stored. Press F for the full text.',
		teaserOnlyOffline: 'Only the teaser is stored (started with --offline: o opens the article in the browser).',
		noTextOffline: 'The feed gives only the headline (started with --offline: o opens the page in the browser).',
		teaserOnlyNoLink: 'The feed gives only this teaser, and no link to the full article.',
		noText: 'The feed gives only the headline. F fetches the text from the page, o opens it in the browser.',
		noTextNoLink: 'The feed gives only the headline, and no link to the article.',
		links: 'Links',
		linksHint: 'A link\'s number, then Enter, opens it in the browser.',
	},
	briefingProgress: {
		analysing: 'Analysing articles… {done} of {total}',
		clustering: 'Grouping stories…',
		stories: 'Summarising stories… {done} of {total}',
		quotes: 'Reading quotes… {done} of {total}',
		digitGroup: ',',
	},
	empty: {
		topics: 'No topics yet.',
		feeds_1: 'your feed',
		feeds_n: 'your {n} feeds',
		feedsUnknown: 'your feeds',
		offline: 'No articles are stored yet, and with --offline nothing is fetched. Start lagebild without --offline (or run lagebild refresh) to fetch {feeds}; f lists them.',
		refreshing: 'No articles are stored yet: fetching {feeds}… The stories show once the articles are in and grouped.',
		grouping_1: 'Your feeds have answered: reading their one article and grouping it into a story… The briefing shows when that is done (the status row counts).',
		grouping_n: 'Your feeds have answered: reading their {articles} articles and grouping them into stories… The briefing shows when that is done (the status row counts).',
		groupingUncounted: 'Your feeds have answered: reading their articles and grouping them into stories… The briefing shows when that is done.',
		noFeeds: 'Your feed list is empty: f opens the feed manager, a adds a feed (a web page\'s address finds its feeds).',
		allDisabled: 'Every feed is switched off: f opens the feed manager, space switches one on.',
		allFailed: 'No articles are stored yet: every feed failed in the last refresh (no network?). f shows each feed\'s error; R tries again.',
		nothingRecent_1: 'No articles are stored yet: your feeds brought none of the last day (older items are skipped: retentionDays in config.json). f lists the feeds; R refreshes.',
		nothingRecent_n: 'No articles are stored yet: your feeds brought none of the last {days} days (older items are skipped: retentionDays in config.json). f lists the feeds; R refreshes.',
		notFetched: 'No articles are stored yet: R fetches {feeds}; f lists them.',
	},
	status: {
		help: '? help',
		lastRefresh: 'refreshed {time}',
		neverRefreshed: 'not refreshed yet',
		refreshing: 'refreshing {done}/{total}',
		alreadyRefreshing: 'A refresh is under way already',
		failed: '{n} failed',
		filterUnread: 'unread only',
		configReadOnly: 'read-only: {file} cannot be read',
		sampleNews: 'sample news (bundled) until your feeds arrive',
		sampleNewsOffline: 'sample news (bundled): --offline fetches no feeds',
		filterAll: 'all',
		unreadTotal: '{n} unread',
		otherRefresh_1: '1 new article from another refresh',
		otherRefresh_n: '{n} new articles from another refresh',
		refreshDone: '{ok} ok, {failed} failed, {new}',
		refreshWaiting: ', {n} waiting (server asked)',
		refreshReturned: ' ({n} of them back: retentionDays {days} reaches them now)',
		refreshSkippedOld_1: ' · {skipped} older than a day skipped (retentionDays)',
		refreshSkippedOld_n: ' · {skipped} older than {days} days skipped (retentionDays)',
		refreshReturnedAll: ' ({n} of them back: retentionDays 0 keeps everything)',
		feedCount_1: '1 feed',
		feedCount_n: '{n} feeds',
		newArticles_1: '1 new article',
		newArticles_n: '{n} new articles',
		nothingFetchedOffline: 'Nothing fetched: started with --offline',
		nothingFetchedDisabled: 'Nothing fetched: every feed is switched off (f lists them)',
		allFailed_1: 'The feed failed – no network? f shows why',
		allFailed_n: 'All {n} feeds failed – no network? f shows why',
		unboundKey: '{key} does nothing here · ? lists the keys',
	},
	prompts: {
		addFeed: 'Feed URL: ',
		editTitle: 'Title: ',
		editTags: 'Tags (comma separated): ',
		importPath: 'Import OPML or newsboat urls from: ',
		exportPath: 'Export OPML to: ',
		confirmDelete: 'Delete feed "{name}"?',
		topicName: 'New topic name: ',
		topicRename: 'Rename topic to: ',
		topicTerms: 'Terms (comma separated): ',
		linkNumber: 'Open link number: ',
		confirmTopicDelete: 'Delete topic "{name}"?',
		confirmMarkTopicRead: 'Mark every story in "{name}" read?',
		confirmMarkFeedRead_1: 'Mark 1 unread article of "{name}" read?',
		confirmMarkFeedRead_n: 'Mark {n} unread articles of "{name}" read?',
		confirmDropDefaults_1: 'Remove the default feed you did not choose?',
		confirmDropDefaults_n: 'Remove the {n} default feeds you did not choose?',
		enterToConfirm: 'Enter saves, Esc cancels',
		yesNo: '{yes} yes · {no} no',
		yesKeys: 'y',
		noKeys: 'n',
	},
	errors: {
		invalidUrl: 'Not a valid http(s) URL',
		emptyValue: 'Please enter a value',
		noSuchLink_1: 'No such link: the article has one link, number 1',
		noSuchLink_n: 'No such link: the links are numbered 1 to {count}',
		duplicateFeed: 'This feed is already in the list',
		duplicateTopic: 'A topic with this name exists',
		keymap: 'Keymap: {message}',
		configUnreadable: '{problem} — showing the stored news with the default settings and topics; nothing is fetched or saved to the file until it is fixed',
		failed: 'Failed: {message}',
	},
	// Said by the layers below (error-english.ts) without the interface's tables.
	feedErrors: englishFeedErrors,
	fileReasons: englishFileReasons,
	httpReasons: englishHttpReasons,
	done: {
		feedAdded: 'Feed added',
		feedAddedFromPage_1: 'Added {title}: the feed the page names',
		feedAddedFromPage_n: 'Added {title}: the first of {count} feeds the page names',
		feedAddedOverHttp: 'Added as {url}: the server answers http, not https',
		feedAddedUnchecked: 'Added {url} as typed, but it could not be checked ({reason}); the next refresh tries again',
		feedRemoved: 'Feed removed',
		defaultsRemoved_1: '1 default feed removed',
		defaultsRemoved_n: '{n} default feeds removed',
		feedSaved: 'Feed saved',
		imported_1: 'Imported 1 feed ({skipped} skipped)',
		imported_n: 'Imported {added} feeds ({skipped} skipped)',
		importReplacedDefaults: 'Your list replaces the default one ({n} feeds); lagebild feeds add URL adds one of those back.',
		exported_1: 'Exported 1 feed to {path}',
		exported_n: 'Exported {n} feeds to {path}',
		topicSaved: 'Topics saved',
		topicDeleted: 'Topic deleted',
		starred: 'Starred',
		unstarred: 'Star removed',
		markedRead: 'Marked read',
		markedUnread: 'Marked unread',
		markedTopicRead_1: '1 story marked read',
		markedTopicRead_n: '{n} stories marked read',
		nothingUnread: 'Nothing unread here',
		noMoreUnread: 'No unread stories left',
		markedFeedRead_1: '1 article marked read',
		markedFeedRead_n: '{n} articles marked read',
		noMoreUnreadInFeed: 'No unread articles left in this feed',
		fullTextFetched: 'Full text fetched',
		fetchingFullText: 'Fetching the full text…',
		noLink: 'This article has no web address',
		opened: 'Opened in browser',
		noLinks: 'This article has no links',
	},
	age: {
		now: 'now',
		minutes: '{n}m',
		hours: '{n}h',
		days: '{n}d',
		months: '{n}mo',
		years: '{n}y',
	},
	topicLabels: {},
};
