// Two reports with more than a headline that share one word only are two events (walk 9 #207: "vaccine").

import {describe, expect, it} from 'vitest';
import {clusterArticles} from '../../source/analysis/stories/cluster.js';

const start = Date.parse('2026-11-26T12:00:00Z');

function article(uid: string, feed: string, title: string, summary: string, minutesAgo: number) {
	return {uid, feedUrl: feed, feedTitle: feed, title, summary, content: '', url: `https://example.invalid/${uid}`, published: new Date(start - minutesAgo * 60_000).toISOString()};
}

/** A day of other news, so that the words of the pairs below are rare, as in a briefing. */
function otherNews() {
	const subjects = ['harbour', 'orchestra', 'railway', 'glacier', 'bakery', 'museum', 'ferry', 'library', 'vineyard', 'stadium', 'airport', 'bridge'];
	return subjects.map((subject, n) =>
		article(
			`other-${n}`,
			`Local ${n}`,
			`Town council debates the future of its ${subject}`,
			`The ${subject} needs repairs, the mayor told councillors on Tuesday; a decision on funding is expected next month after residents were heard.`,
			30 + n * 11,
		),
	);
}

const hunt = article(
	'hunt',
	'Europe Desk',
	'Amid slow deliveries, member states hunt for more vaccine',
	'Governments eager to top up the bloc’s troubled purchasing programme are eyeing offers from neighbours, from distant suppliers and from private brokers, some of whom turned out to be fraudsters.',
	40,
);
const doses = article(
	'doses',
	'Aggregator',
	'Health agency to ship 500,000 doses of measles vaccine',
	'Health agency to ship 500,000 doses of measles vaccine. Measles vaccine reaches clinics within weeks, officials say. Measles cases climb in three provinces as vaccine queues grow. Parents line up for the measles vaccine at school clinics.',
	25,
);

const storyOf = (stories: string[][], uid: string) => stories.find((story) => story.includes(uid)) ?? [];

describe('reports that say more than a headline', () => {
	it('stay apart when one word is all they share', () => {
		const stories = clusterArticles([...otherNews(), hunt, doses]);
		expect(storyOf(stories, 'hunt')).toEqual(['hunt']);
		expect(storyOf(stories, 'doses')).toEqual(['doses']);
	});

	it('still meet when they share more of the event', () => {
		const shipment = article(
			'shipment',
			'Health Wire',
			'Measles vaccine: agency ships half a million doses to clinics',
			'The national health agency is sending 500,000 doses of measles vaccine to clinics in three provinces where cases climb; officials expect the shipments to arrive within weeks.',
			15,
		);
		expect(storyOf(clusterArticles([...otherNews(), hunt, doses, shipment]), 'doses')).toEqual(['doses', 'shipment']);
	});
});
