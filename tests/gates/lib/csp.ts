/**
 * The Content-Security-Policy lives in one place, public/_headers (the
 * Netlify/Cloudflare format, copied to dist/ by the build). The gate reads
 * the shipped copy, checks that the policy allows no inline script and no
 * other origin, serves the site with it and watches Chromium for violations.
 */
import type { Page } from 'playwright-core';
import { OFFLINE_POLICY } from '../../../src/lib/offline.ts';
export { parseHeadersFile, siteHeaders } from '../../../scripts/lib/site/headers.ts';

export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

const FETCH_DIRECTIVES = ['default-src', 'script-src', 'script-src-elem', 'script-src-attr', 'style-src', 'style-src-elem', 'style-src-attr', 'img-src', 'connect-src', 'font-src', 'media-src', 'frame-src', 'child-src', 'worker-src', 'manifest-src', 'object-src'];
/** Sources each directive may use beyond 'self' and 'none': Pagefind compiles WebAssembly; small images may be data: URLs. */
const EXTRA_ALLOWED: Record<string, string[]> = {
  'script-src': ["'wasm-unsafe-eval'"],
  'img-src': ['data:'],
  'font-src': ['data:'],
};

/** What is wrong with a policy against the site's rules: no inline script, no other origin. Empty when it is strict enough. */
export function policyProblems(policy: string | undefined): string[] {
  if (!policy) return ['không có Content-Security-Policy'];
  const d = parsePolicy(policy);
  const problems: string[] = [];
  for (const name of FETCH_DIRECTIVES) {
    for (const source of d.get(name) ?? []) {
      const ok = source === "'self'" || source === "'none'" || (EXTRA_ALLOWED[name] ?? []).includes(source);
      if (!ok) problems.push(`${name} cho phép ${source}`);
    }
  }
  const need = (name: string, values: string[]) => {
    const got = d.get(name);
    if (!got || got.length !== values.length || values.some((v) => !got.includes(v))) problems.push(`${name} phải là ${values.join(' ')} (đang là ${got?.join(' ') ?? 'không có'})`);
  };
  // Scripts and styles must be named explicitly: falling back to default-src would hide a loosened default.
  need('script-src', ["'self'", "'wasm-unsafe-eval'"]);
  need('style-src', ["'self'"]);
  need('object-src', ["'none'"]);
  need('base-uri', ["'self'"]);
  need('form-action', ["'self'"]);
  need('frame-ancestors', ["'none'"]);
  // Trusted Types: no script may reach an HTML or script sink through a string. At most one policy may be made: the offline
  // copy's, which vouches only for its worker's URL (src/client/offline.ts); never a wildcard, a default policy or duplicates.
  need('require-trusted-types-for', ["'script'"]);
  const policies = (d.get('trusted-types') ?? []).join(' ');
  if (policies !== "'none'" && policies !== OFFLINE_POLICY) problems.push(`trusted-types phải là 'none' hoặc ${OFFLINE_POLICY} (đang là ${policies || 'không có'})`);
  if (!d.has('default-src') && !(d.has('connect-src') && d.has('img-src'))) problems.push('thiếu default-src (hoặc connect-src và img-src)');
  return problems;
}

/** The other security headers every page carries, and what each must say. */
export const REQUIRED_HEADERS: Record<string, (value: string) => boolean> = {
  'X-Content-Type-Options': (v) => v === 'nosniff',
  'Referrer-Policy': (v) => v === 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': (v) => v === 'same-origin',
  // Nothing on the site uses these; a page that asked would be a page that changed.
  'Permissions-Policy': (v) => ['camera=()', 'microphone=()', 'geolocation=()', 'interest-cohort=()'].every((part) => v.includes(part)),
};

/** What is missing or wrong among the headers besides the policy. */
export function headerProblems(headers: Record<string, string>): string[] {
  return Object.entries(REQUIRED_HEADERS).flatMap(([name, ok]) => {
    const value = headers[name];
    return value !== undefined && ok(value) ? [] : [`${name}: ${value ?? 'không có'}`];
  });
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Records securitypolicyviolation events from the very start of every
 * document the page loads (an init script runs through DevTools, so the
 * policy under test does not block it).
 */
export async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.effectiveDirective} chặn ${e.blockedURI || 'inline'} (${e.sourceFile || 'trang'}:${e.lineNumber})`);
    });
  });
}

/** Violations the current document has seen so far. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? ['(không theo dõi được: watchCsp chưa chạy)']);
}
