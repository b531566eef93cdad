/**
 * The Chromium that tests and benchmarks drive. By default it is the one npm
 * installs (@sparticuz/chromium ships the binary, Brotli-compressed, inside
 * its tarball, so a fresh machine needs no apt and no root). It is unpacked
 * once into a folder named by the package's version inside the project's own
 * cache, so a stale binary of another version is never reused. CHROMIUM_PATH
 * overrides (e.g. CHROMIUM_PATH=/usr/bin/chromium for Debian's).
 */
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

const root = join(import.meta.dirname, '..', '..');
const PACKAGE = '@sparticuz/chromium';

/** The flags every launch uses: headless, no sandbox (tests run as root), and nothing that calls out to the network. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function packageDir(): string {
  const require = createRequire(join(root, 'package.json'));
  try {
    // The package exports only its entry (build/index.js); its folder is two levels up.
    return dirname(dirname(require.resolve(PACKAGE)));
  } catch {
    throw new Error(`${PACKAGE} chưa được cài: chạy "npm install" (hoặc đặt CHROMIUM_PATH trỏ tới một Chromium).`);
  }
}

function packageVersion(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Where a given package version is unpacked; the QCDC_BROWSER_CACHE variable moves it. */
export function cacheDir(version: string): string {
  const base = process.env.QCDC_BROWSER_CACHE ?? join(root, 'node_modules', '.cache', 'qcdc-chromium');
  return join(base, version);
}

/** "Chromium 153.0.8010.0" → 153; null when the output names no version. */
export function majorVersion(versionOutput: string): number | null {
  const m = /(\d+)\.\d+\.\d+\.\d+/.exec(versionOutput);
  return m ? Number(m[1]) : null;
}

function reportedVersion(executable: string): string {
  return execFileSync(executable, ['--version', ...CHROMIUM_ARGS], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 }).toString().trim();
}

async function unbrotli(from: string, to: string, mode?: number): Promise<void> {
  await pipeline(createReadStream(from), createBrotliDecompress(), createWriteStream(to, mode ? { mode } : {}));
}

async function untarBrotli(from: string, into: string): Promise<void> {
  mkdirSync(into, { recursive: true });
  const tar = spawn('tar', ['-x', '-C', into], { stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  tar.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<void>((resolve, reject) => {
    tar.on('error', reject);
    tar.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tar: ${stderr.trim() || `mã ${code}`}`))));
  });
  await pipeline(createReadStream(from), createBrotliDecompress(), tar.stdin);
  await exited;
}

/** Unpacks the packaged Chromium into its versioned folder (once; a second caller finds it done). */
async function unpack(dir: string, version: string): Promise<string> {
  const target = cacheDir(version);
  const executable = join(target, 'chromium');
  const marker = join(target, 'version.txt');
  if (existsSync(marker)) return executable;
  // Unpack beside the target, then rename: a half-written folder is never taken for a finished one.
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const bin = join(dir, 'bin');
  await unbrotli(join(bin, 'chromium.br'), join(partial, 'chromium'), 0o755);
  await untarBrotli(join(bin, 'swiftshader.tar.br'), partial);
  // fonts.tar.br is left packed: its fonts.conf points at Lambda's folders, and the system's fontconfig serves DejaVu.
  const reported = reportedVersion(join(partial, 'chromium'));
  const expected = Number(version.split('.')[0]);
  if (majorVersion(reported) !== expected) {
    rmSync(partial, { recursive: true, force: true });
    throw new Error(`${PACKAGE} ${version} mở ra một Chromium khác phiên bản: "${reported}".`);
  }
  writeFileSync(join(partial, 'version.txt'), `${reported}\n`);
  if (existsSync(marker)) {
    rmSync(partial, { recursive: true, force: true });
  } else {
    rmSync(target, { recursive: true, force: true });
    renameSync(partial, target);
  }
  return executable;
}

/** The path of the Chromium to drive: CHROMIUM_PATH if set (it must exist), else npm's, unpacked on first use. */
export async function resolveChromium(): Promise<string> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    try {
      accessSync(chosen, constants.X_OK);
    } catch {
      throw new Error(`CHROMIUM_PATH="${chosen}" không phải một tệp chạy được.`);
    }
    return chosen;
  }
  const dir = packageDir();
  return unpack(dir, packageVersion(dir));
}

/** The version line of a Chromium, for reports ("Chromium 153.0.8010.0"). */
export function chromiumVersion(executable: string): string {
  try {
    return reportedVersion(executable);
  } catch {
    return 'không rõ';
  }
}

/** Chromium driven by playwright-core, with the project's flags; the path defaults to resolveChromium(). */
export async function launchChromium(executablePath?: string): Promise<Browser> {
  return chromium.launch({ executablePath: executablePath ?? (await resolveChromium()), headless: true, args: CHROMIUM_ARGS });
}
