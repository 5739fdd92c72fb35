// A live blog's story says what happened, not the blog's first remark (walk 12 #235).

import {describe, expect, it} from 'vitest';
import {isLiveEntries, markedLive, withoutLiveMark} from '../../source/analysis/summary/live-blog.js';
import {summarizeStory, type SummaryArticle} from '../../source/analysis/summary/summarize.js';

const report = (uid: string, title: string, content: string, url?: string, language = 'en'): SummaryArticle => ({uid, title, summary: '', content, language, feedTitle: 'Outlet', url});

/** A live blog's feed item as the Guardian's reads once parsed: its key links, then its newest entries under their times. */
const transferBlogText = [
	'Latest transfer deals in Europe’s top five leagues',
	'',
	'Manchester City end interest in Mahrez over £95m price tag',
	'Email Nick with any tip-offs or tweet: @NickAmes82',
	'',
	'8.12pm GMT',
	'',
	'✍️ | Town have completed the signing of Barry Cotter from League of Ireland club Limerick for an undisclosed fee #itfc',
	'',
	'Cotter hit the headlines in Ireland a year or two back for being a Neymar lookalike, which was plausible at the time, but these shots suggest he has reined that in.',
	'',
	'8.04pm GMT',
	'',
	'Simon McMahon provides a Scottish update. A world-weary update, but still an update about a club in the north.',
].join('\n');
const transferBlog = report('blog', 'Moura joins Spurs; Giroud, Batshuayi, Aubameyang deals go through: transfer deadline day – live!', transferBlogText, 'https://www.theguardian.com/football/live/2018/jan/31/transfer-deadline-day-latest-live');

const matchBlog = report(
	'match',
	'Tottenham Hotspur v Manchester United: Premier League – live!',
	['Latest updates from the 8pm kick-off at Wembley', '', '8.13pm GMT', '', '13 min: The impressive Lingard bursts down the inside-left channel, and Dembele drags him back at the cost of a booking.', '', '8.12pm GMT', '', '12 min: Kane gloriously traps a ball in the centre circle and sends it down the right for Son.'].join('\n'),
	'https://www.theguardian.com/football/live/2018/jan/31/tottenham-hotspur-v-manchester-united-premier-league-live',
);

const side = /Neymar|Scottish update|Lingard|Kane/u;

describe('what marks a live blog', () => {
	it('reads entries under their times as a live blog, a ticker teaser or a report with a time in it as none', () => {
		expect(isLiveEntries(transferBlog.title, transferBlog.url, transferBlogText)).toBe(true);
		// German entries without a live headline: two time lines are enough.
		expect(isLiveEntries('Krieg in Nahost: Die Lage am Dienstag', undefined, '20:15 Uhr\n\nDie Armee meldet Angriffe auf Stellungen im Süden.\n\n19:58 Uhr\n\nDer Außenminister reist nach Kairo.')).toBe(true);
		expect(isLiveEntries('Corona-News-Ticker: Steinmeier ruft zu Versöhnung nach Pandemie auf', 'https://www.ndr.de/nachrichten/info/Corona-News-Ticker,coronaliveticker1028.html', '"Wir müssen die Wunden heilen, die Corona geschlagen hat", sagte der Bundespräsident auf dem Ökumenischen Kirchentag. Mehr Corona-News im Ticker.')).toBe(false);
		expect(isLiveEntries('Council meets at noon', undefined, 'The council meets today.\n\n12:00\n\nIt will vote on the budget.')).toBe(false);
	});

	it('knows a live headline or address, and takes the mark off the headline', () => {
		expect(markedLive('Ukraine warns Kremlin to retreat in Kherson; US pushing deal to free Griner: Live updates', undefined)).toBe(true);
		expect(markedLive('Chromecast with Google TV finally supports streaming live video from new Nest Cams', undefined)).toBe(false);
		expect(markedLive('Livestream: Die Marslandung von "Perseverance"', undefined)).toBe(false);
		// Review V18 #7: plus signs in a word are no ticker's marks (heise Developer writes about C++).
		expect(markedLive('Neue Werkzeuge für C++', undefined)).toBe(false);
		expect(withoutLiveMark('Neue Werkzeuge für C++')).toBe('Neue Werkzeuge für C++');
		expect(withoutLiveMark(transferBlog.title)).toBe('Moura joins Spurs; Giroud, Batshuayi, Aubameyang deals go through: transfer deadline day');
		expect(withoutLiveMark('Live news updates: Ford reaffirms outlook as sales rebound')).toBe('Ford reaffirms outlook as sales rebound');
		expect(withoutLiveMark('Subway Series live updates: Starling Marte’s walk-off single gives Mets sweep over Yankees')).toBe('Starling Marte’s walk-off single gives Mets sweep over Yankees');
		expect(withoutLiveMark('+++ Israel greift Ziele im Libanon an +++')).toBe('Israel greift Ziele im Libanon an');
		expect(withoutLiveMark('Liveblog: ++ Ukraine meldet Angriffe auf Kiew ++')).toBe('Ukraine meldet Angriffe auf Kiew');
		expect(withoutLiveMark('Krieg gegen die Ukraine: Selenskyj fordert mehr Flugabwehr im Liveblog')).toBe('Krieg gegen die Ukraine: Selenskyj fordert mehr Flugabwehr');
	});
});

describe('a live blog’s story summary', () => {
	it('comes from the story’s other reports, never from the blog’s entries', () => {
		const reports = [
			transferBlog,
			report('bbc', 'Lucas Moura joins Tottenham from Paris St-Germain', 'Tottenham have signed Brazil forward Lucas Moura from Paris St-Germain for £25m on deadline day. Moura, 25, has agreed a contract until 2023.'),
			report('sky', 'Spurs complete deadline-day deal for Lucas Moura', 'Lucas Moura has joined Tottenham from Paris St-Germain on a deal until 2023, the club confirmed on deadline day.'),
		];
		const summary = summarizeStory(reports, transferBlog.title);
		expect(summary).toMatch(/Lucas Moura/u);
		expect(summary).not.toMatch(side);
	});

	it('is another blog’s headline without its live mark when the story is live blogs only', () => {
		expect(summarizeStory([transferBlog, matchBlog], matchBlog.title)).toBe('Moura joins Spurs; Giroud, Batshuayi, Aubameyang deals go through: transfer deadline day.');
	});

	it('is none for one live blog alone: its headline says it, and no remark stands in for a lead', () => {
		expect(summarizeStory([transferBlog], transferBlog.title)).toBe('');
		expect(summarizeStory([matchBlog], matchBlog.title)).toBe('');
	});

	it('keeps a ticker’s teaser, which is a lead', () => {
		const ticker = report('ndr', 'Corona-News-Ticker: Steinmeier ruft zu Versöhnung nach Pandemie auf', '"Wir müssen die Wunden heilen, die Corona geschlagen hat", sagte der Bundespräsident auf dem Ökumenischen Kirchentag. Mehr Corona-News im Ticker.', 'https://www.ndr.de/nachrichten/info/coronaliveticker1028.html', 'de');
		expect(summarizeStory([ticker], ticker.title)).toMatch(/^"Wir müssen die Wunden heilen/u);
	});
});
