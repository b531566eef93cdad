/** What the gates know about the site they check. */

/**
 * The site's public address (astro.config.mjs: SITE_URL, else the preview
 * address). Canonical links carry it; it is the site itself, not elsewhere.
 */
export const SITE_ORIGINS = [process.env.SITE_URL ?? 'http://127.0.0.1:4321'];

/**
 * External addresses a page may link to, by prefix (a reader follows them;
 * nothing is fetched). None yet: to allow one, add its prefix here with a
 * comment saying why the site links there.
 */
export const ALLOWED_EXTERNAL_LINKS: string[] = [];
