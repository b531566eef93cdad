/** Small built-site folders for showing that each gate's checker catches what it is for. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A page valid under html-validate's recommended preset and axe, with `body` inside <main>. */
export function fixturePage(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title}</title>
    <link rel="stylesheet" href="/kieu.css">
  </head>
  <body>
    <main id="noi-dung">
      <h1>${title}</h1>
      ${body}
    </main>
  </body>
</html>
`;
}

/** Writes the files (site path → content) into a fresh temporary folder and returns it. */
export function writeFixtureSite(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'qcdc-gates-'));
  for (const [path, content] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}
