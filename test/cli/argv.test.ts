import {describe, expect, it} from 'vitest';
import {expandSourcePaths} from '../../source/commands/main.js';

describe('--source PATH...', () => {
	it('takes every following path until an option or a command', () => {
		expect(expandSourcePaths(['--source', 'a.xml', 'b.rss', 'dir/', 'brief', '--format', 'json'])).toEqual(['--source', 'a.xml', '--source', 'b.rss', '--source', 'dir/', 'brief', '--format', 'json']);
		expect(expandSourcePaths(['brief', '--source', 'a.xml', 'b.xml', '--offline'])).toEqual(['brief', '--source', 'a.xml', '--source', 'b.xml', '--offline']);
		expect(expandSourcePaths(['feeds', 'list', '--source', 'x.opml'])).toEqual(['feeds', 'list', '--source', 'x.opml']);
		expect(expandSourcePaths(['feeds', 'add', 'https://x.example/rss', '--tag', 'a', 'b'])).toEqual(['feeds', 'add', 'https://x.example/rss', '--tag', 'a', 'b']);
		expect(expandSourcePaths(['--source=a.xml', 'refresh'])).toEqual(['--source=a.xml', 'refresh']);
	});
});
