// V8's code cache of the bundle on disk: where it is kept, under which name, and a checked file format around it.

/*
 * V8 takes a code cache on trust in a release build: it checks its own version, its flags and the source's length,
 * not the bytes (a flipped bit can crash the process). So the cache is kept in a file of our own format — a magic
 * number, the payload's length and its CRC-32 — and a file that fails those checks counts as missing: the bundle is
 * compiled from its source and the cache written again. The name says whose it is: the bundle's path, and the build
 * (the bundle's size and modification time), Node's version and architecture; a new build gets a new name and the
 * files of earlier builds of the same path are deleted when it is written.
 */

import {mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const magic = 0x4C_47_43_31; // "LGC1"
const headerBytes = 12;

/** The bundle a cache belongs to: its path, and its size and modification time (a new build changes them). */
export interface BundleIdentity {
	file: string;
	size: number;
	mtimeMs: number;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable name part (not a checksum of anything that matters). */
function shortHash(text: string): string {
	let hash = 0x81_1C_9D_C5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01_00_01_93) >>> 0;
	}

	return hash.toString(16).padStart(8, '0');
}

/** The user's home directory; undefined when there is none to be found (then no cache, and the start goes on). */
function userHome(): string | undefined {
	try {
		return os.homedir();
	} catch {
		return undefined;
	}
}

/**
 * Where the cache is kept: LAGEBILD_CODE_CACHE when set ('off' turns the cache off), else the platform's cache
 * directory ($XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows) /lagebild;
 * none without a home directory.
 */
export function codeCacheDirectory(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, homeOf: () => string | undefined = userHome): string | undefined {
	const chosen = env.LAGEBILD_CODE_CACHE;
	if (chosen === 'off') return undefined;
	if (chosen) return path.resolve(chosen);
	if (platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'lagebild', 'Cache');
	// The XDG spec says a relative value is to be ignored: it would put the cache under whatever directory lagebild ran in.
	if (platform !== 'win32' && platform !== 'darwin' && env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME, 'lagebild');
	const home = homeOf();
	if (home === undefined) return undefined;
	if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'lagebild');
	if (platform === 'win32') return path.join(home, 'AppData', 'Local', 'lagebild', 'Cache');
	return path.join(home, '.cache', 'lagebild');
}

/** The cache file's name prefix for a bundle path: the files of other builds of the same path share it. */
function namePrefix(bundle: BundleIdentity): string {
	return `code-${shortHash(bundle.file)}-`;
}

/** The cache file for this build of the bundle under this Node. */
export function codeCacheFile(directory: string, bundle: BundleIdentity): string {
	const build = shortHash(`${bundle.size} ${bundle.mtimeMs} ${process.version} ${process.arch}`);
	return path.join(directory, `${namePrefix(bundle)}${build}.bin`);
}

/** Whether this Node can check the file (zlib.crc32 came in Node 20.15); without it no cache is read or written. */
export function canCheckCodeCache(): boolean {
	return typeof zlib.crc32 === 'function';
}

/** The cached code in `file`, or undefined when the file is missing, unreadable, cut short or its checksum differs. */
export function readCodeCache(file: string): Buffer | undefined {
	let data: Buffer;
	try {
		data = readFileSync(file);
	} catch {
		return undefined;
	}

	if (data.length < headerBytes || data.readUInt32LE(0) !== magic) return undefined;
	const length = data.readUInt32LE(4);
	if (data.length !== headerBytes + length) return undefined;
	const payload = data.subarray(headerBytes);
	return zlib.crc32(payload) === data.readUInt32LE(8) ? payload : undefined;
}

/**
 * Writes the cached code for `bundle` (whole or not at all: a file of its own renamed into place, so a second
 * lagebild starting meanwhile reads the old file or the new one) and deletes the files of its earlier builds.
 */
export function writeCodeCache(directory: string, bundle: BundleIdentity, payload: Uint8Array): void {
	const file = codeCacheFile(directory, bundle);
	const header = Buffer.alloc(headerBytes);
	header.writeUInt32LE(magic, 0);
	header.writeUInt32LE(payload.length, 4);
	header.writeUInt32LE(zlib.crc32(payload), 8);
	mkdirSync(directory, {recursive: true});
	const partial = `${file}.${process.pid}.partial`;
	try {
		writeFileSync(partial, Buffer.concat([header, payload]));
		renameSync(partial, file);
	} finally {
		rmSync(partial, {force: true});
	}

	const prefix = namePrefix(bundle);
	for (const name of readdirSync(directory)) {
		if (name.startsWith(prefix) && name.endsWith('.bin') && path.join(directory, name) !== file) rmSync(path.join(directory, name), {force: true});
	}
}
