// Bytes to text for feeds: charset from Content-Type, else the XML declaration, else a BOM, else UTF-8.

import {open} from 'node:fs/promises';
import {TextDecoder} from 'node:util';
import {fileURLToPath} from 'node:url';
import {FetchError, tooLarge} from './feed-error.js';
import {defaultSettings} from '../model/feed.js';
import {sanitizeLine} from '../text/sanitize.js';

/** The charset named in a Content-Type header ("text/xml; charset=ISO-8859-1" → "iso-8859-1"), or "". */
export function charsetFromContentType(contentType: string | undefined | null): string {
	const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
	return match?.[2]?.toLowerCase() ?? '';
}

/** The encoding named in an `<?xml … encoding="…"?>` declaration at the start of the bytes, or "". */
export function charsetFromXmlDeclaration(bytes: Uint8Array): string {
	let start = 0;
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
	const head = Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.min(bytes.byteLength - start, 512)).toString('latin1');
	const match = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
	return match?.[1]?.toLowerCase() ?? '';
}

/** "utf-8", "utf-16le" or "utf-16be" when the bytes start with a byte order mark, else "". */
export function charsetFromBom(bytes: Uint8Array): string {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	return '';
}

function makeDecoder(label: string, fatal = false): TextDecoder | undefined {
	try {
		return new TextDecoder(label, {fatal});
	} catch {
		return undefined; // RangeError: a label TextDecoder does not know
	}
}

export interface DecodedText {
	text: string;
	/** The encoding actually used, as TextDecoder names it ("utf-8", "windows-1252", …). */
	charset: string;
}

/**
 * Decodes feed bytes. Order: Content-Type charset, XML declaration, BOM, UTF-8. A UTF-16 BOM always wins
 * (nothing else can be right then). When UTF-8 is chosen but the bytes are not valid UTF-8, the XML
 * declaration's charset (or else windows-1252, what "latin1" feeds really are) is used instead of
 * filling the text with U+FFFD — servers often send "charset=utf-8" for every file.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): DecodedText {
	const bom = charsetFromBom(bytes);
	const declared = charsetFromXmlDeclaration(bytes);
	const candidates = bom.startsWith('utf-16') ? [bom] : [charsetFromContentType(contentType), declared, bom, 'utf-8'];
	let decoder: TextDecoder | undefined;
	for (const label of candidates) {
		if (label && (decoder = makeDecoder(label))) break;
	}
	decoder ??= new TextDecoder('utf-8');
	if (decoder.encoding === 'utf-8') {
		const strict = makeDecoder('utf-8', true);
		try {
			return {text: strict!.decode(bytes), charset: 'utf-8'};
		} catch {
			const fallback = (declared && makeDecoder(declared)) || new TextDecoder('windows-1252');
			if (fallback.encoding !== 'utf-8') return {text: fallback.decode(bytes), charset: fallback.encoding};
		}
	}
	return {text: decoder.decode(bytes), charset: decoder.encoding};
}

/**
 * Reads a feed file from disk and decodes it like a fetched one (no Content-Type, so XML declaration,
 * BOM, UTF-8). Refuses files larger than maxBytes.
 */
export async function readFeedFile(path: string | URL, maxBytes = defaultSettings.maxBodyBytes): Promise<string> {
	const bytes = await readCapped(path, maxBytes);
	return decodeFeedBytes(bytes).text;
}

/** Reads at most maxBytes of a file; throws FetchError "too large" when there is more. */
export async function readCapped(path: string | URL, maxBytes: number): Promise<Uint8Array> {
	let handle;
	try {
		handle = await open(path, 'r');
	} catch (error) {
		throw new FetchError(fileErrorMessage(error, path));
	}
	try {
		const info = await handle.stat();
		if (info.isDirectory()) throw new FetchError({key: 'directory', params: {path: shown(path)}});
		if (info.size > maxBytes) throw tooLarge(maxBytes);
		// Read until EOF rather than trusting stat: a file may grow, and pipes report size 0.
		const chunks: Buffer[] = [];
		let length = 0;
		for (;;) {
			const chunk = Buffer.alloc(Math.min(Math.max(info.size - length, 64 * 1024), maxBytes + 1 - length));
			const {bytesRead} = await handle.read(chunk, 0, chunk.length, null);
			if (bytesRead === 0) break;
			chunks.push(chunk.subarray(0, bytesRead));
			length += bytesRead;
			if (length > maxBytes) throw tooLarge(maxBytes);
		}
		return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
	} finally {
		await handle.close();
	}
}

function fileErrorMessage(error: unknown, file: string | URL): string {
	const path = shown(file);
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return `file not found: ${path}`;
	if (code === 'EACCES' || code === 'EPERM') return `permission denied: ${path}`;
	if (code === 'EISDIR') return `is a directory: ${path}`;
	return `cannot read ${path}: ${(error as Error).message}`;
}

function shown(path: string | URL): string {
	return sanitizeLine(typeof path === 'string' ? path : fileURLToPath(path));
}
