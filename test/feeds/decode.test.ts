// Charset detection and decoding of feed bytes: header, XML declaration, BOM, UTF-8, and wrong declarations.

import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {charsetFromContentType, charsetFromXmlDeclaration, decodeFeedBytes, readFeedFile} from '../../source/feeds/decode.js';
import {readFixture} from '../helpers/feed-server.js';

const latin1 = readFixture('jn-pt-latin1.rss');

describe('decodeFeedBytes', () => {
	it('reads the charset from Content-Type and from the XML declaration', () => {
		expect(charsetFromContentType('text/xml; charset="ISO-8859-1"')).toBe('iso-8859-1');
		expect(charsetFromContentType('application/rss+xml')).toBe('');
		expect(charsetFromXmlDeclaration(latin1)).toBe('iso-8859-1');
		expect(charsetFromXmlDeclaration(Buffer.from('<rss/>'))).toBe('');
	});

	it('decodes the real ISO-8859-1 feed from its XML declaration', () => {
		const {text, charset} = decodeFeedBytes(latin1);
		expect(charset).toBe('windows-1252');
		expect(text).toContain('Jornal de Notícias - Últimas Notícias');
		expect(text).toContain('Rede de Informação');
	});

	it('lets the Content-Type charset win over the declaration', () => {
		const utf8 = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><t>Straße</t></rss>', 'utf8');
		expect(decodeFeedBytes(utf8, 'text/xml; charset=utf-8').text).toContain('Straße');
	});

	it('falls back from a false "utf-8" to the declared or windows-1252 charset instead of U+FFFD', () => {
		expect(decodeFeedBytes(latin1, 'application/rss+xml; charset=UTF-8').text).toContain('Notícias');
		const undeclared = Buffer.from('<rss><t>Caf\u00e9 \u20ac</t></rss>', 'latin1');
		expect(decodeFeedBytes(undeclared).text).not.toContain('\uFFFD');
	});

	it('honours byte order marks (UTF-8 and UTF-16) and drops them', () => {
		const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<rss>Grüße</rss>')]);
		expect(decodeFeedBytes(utf8).text).toBe('<rss>Grüße</rss>');
		const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<?xml version="1.0" encoding="UTF-16"?><rss>Grüße</rss>', 'utf16le')]);
		expect(decodeFeedBytes(utf16, 'text/xml; charset=utf-8').text).toBe('<?xml version="1.0" encoding="UTF-16"?><rss>Grüße</rss>');
	});

	it('survives unknown charset labels', () => {
		expect(decodeFeedBytes(Buffer.from('<rss>ok</rss>'), 'text/xml; charset=x-klingon').text).toBe('<rss>ok</rss>');
	});
});

describe('readFeedFile', () => {
	it('decodes a file like a fetched body and refuses oversized files', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'lagebild-decode-'));
		const path = join(dir, 'feed.rss');
		writeFileSync(path, latin1);
		expect(await readFeedFile(path)).toContain('Últimas Notícias');
		await expect(readFeedFile(path, 1000)).rejects.toThrow('too large (over 1 KB)');
		await expect(readFeedFile(join(dir, 'missing.rss'))).rejects.toThrow(/^file not found/);
		await expect(readFeedFile(dir)).rejects.toThrow(/^is a directory/);
	});
});
