// Topics for Chinese, Japanese and Korean headlines: the bundled topics' CJK terms are found inside runs of CJK
// characters (no spaces between words), with made-up headlines; other text is matched as before.

import {describe, expect, it} from 'vitest';
import {cjkOccurrences} from '../../source/analysis/topics/cjk-terms.js';
import {defaultTopics} from '../../source/config/default-topics.js';
import {assignTopics, compileTopics, scoreTopics} from '../../source/analysis/topics/match.js';

const topics = compileTopics(defaultTopics());
const topicsOf = (title: string, body = '', language = 'und') => assignTopics(scoreTopics({title, body, language}, topics));

describe('CJK topics', () => {
	it('Chinese headlines get their topics from words inside a run', () => {
		expect(topicsOf('俄罗斯无人机袭击乌克兰', '', 'zh')).toEqual(expect.arrayContaining(['Ukraine war', 'Russia']));
		// As for Latin text: two Ukraine terms against one Russian make it the Ukraine war's alone (minShareOfBest).
		expect(topicsOf('俄罗斯无人机袭击乌克兰基辅', '', 'zh')).toEqual(['Ukraine war']);
		expect(topicsOf('以色列空袭加沙南部', '', 'zh')).toEqual(['Middle East']);
		expect(topicsOf('习近平在北京会见德国总理默茨', '', 'zh')).toEqual(expect.arrayContaining(['China & Asia', 'Germany']));
		expect(topicsOf('欧盟宣布对美国商品加征关税', '', 'zh')).toEqual(expect.arrayContaining(['Europe & EU', 'Economy & markets']));
		expect(topicsOf('世界杯预选赛：中国队主场失利', '', 'zh')).toEqual(expect.arrayContaining(['Sport']));
	});

	it('Japanese and Korean headlines too (Korean with particles joined to the word)', () => {
		expect(topicsOf('ロシア軍、ウクライナ東部で攻勢強める', '', 'ja')).toEqual(expect.arrayContaining(['Ukraine war', 'Russia']));
		expect(topicsOf('日銀が金利据え置き、株価は小幅高', '', 'ja')).toEqual(['Economy & markets']);
		expect(topicsOf('トランプ大統領、ホワイトハウスで会見', '', 'ja')).toEqual(['US politics']);
		expect(topicsOf('러시아가 우크라이나 동부에 대규모 공습', '', 'ko')).toEqual(expect.arrayContaining(['Ukraine war', 'Russia']));
		expect(topicsOf('이스라엘, 하마스와 휴전 협상 재개', '', 'ko')).toEqual(['Middle East']);
	});

	it('a term in the body counts as in the lead when it comes early, in passing when late', () => {
		const mentions = '气候变化。'.repeat(10);
		expect(topicsOf('专家警告', mentions, 'zh')).toEqual(['Climate & environment']);
		// The same mentions after 450 characters of other things: a passing theme.
		expect(topicsOf('专家警告', `${'今天天气很好，市民在公园散步。'.repeat(30)}${mentions}`, 'zh')).toEqual([]);
	});

	it('headlines without a known term stay without a topic; Latin text is matched as before', () => {
		expect(topicsOf('今天的天气很好', '', 'zh')).toEqual([]);
		expect(topicsOf('Russland greift Kiew an')).toEqual(expect.arrayContaining(['Ukraine war', 'Russia']));
		// A CJK term quoted in a Latin text is found there too.
		expect(topicsOf('Xi empfängt Merz (默茨) in Peking', '', 'de')).toEqual(expect.arrayContaining(['China & Asia', 'Germany']));
	});

	it('counts the longest term at a place once, not the terms inside it', () => {
		const terms = [{text: '乌克兰'}, {text: '乌克兰战争'}, {text: '战争'}];
		expect(cjkOccurrences('乌克兰战争与乌克兰', terms).map(({term, start}) => [term.text, start])).toEqual([['乌克兰战争', 0], ['乌克兰', 6]]);
	});
});
