// The printed briefing's own words (lagebild brief as text and as Markdown), in the app's language.

import type {UiLanguage} from './index.js';
import {plural} from './plural.js';

export interface BriefingWords {
	briefing: string;
	stories(count: number): string;
	none: string;
	outlets(count: number): string;
	topics: string;
	unnamed: string;
	/** The text's line under a story's last reports: "3 earlier reports". */
	earlier(count: number): string;
	/** The Markdown's shorter one: "3 earlier". */
	earlierShort(count: number): string;
	/** The text's "3 more" under a topic's stories. */
	more(count: number): string;
	/** The Markdown's "3 more stories". */
	moreStories(count: number): string;
}

const words: Record<UiLanguage, BriefingWords> = {
	en: {
		briefing: 'Briefing',
		stories: count => plural(count, 'story', 'stories'),
		none: 'No articles in this window.',
		outlets: count => plural(count, 'outlet', 'outlets'),
		topics: 'topics',
		unnamed: 'unnamed',
		earlier: count => plural(count, 'earlier report', 'earlier reports'),
		earlierShort: count => `${count} earlier`,
		more: count => `${count} more`,
		moreStories: count => plural(count, 'more story', 'more stories'),
	},
	de: {
		briefing: 'Lagebild',
		stories: count => plural(count, 'Geschichte', 'Geschichten'),
		none: 'Keine Artikel in diesem Zeitraum.',
		outlets: count => plural(count, 'Medium', 'Medien'),
		topics: 'Themen',
		unnamed: 'ohne Namen',
		earlier: count => plural(count, 'früherer Bericht', 'frühere Berichte'),
		earlierShort: count => `${count} frühere`,
		more: count => `${count} weitere`,
		moreStories: count => plural(count, 'weitere Geschichte', 'weitere Geschichten'),
	},
};

export function briefingWords(language: UiLanguage): BriefingWords {
	return words[language];
}
