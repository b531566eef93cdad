/** A file the browser downloads, made from text: a link to a blob, clicked once, the blob released soon after. */
import { h } from './dom';

export function download(name: string, text: BlobPart, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: the download may not have started reading the blob yet.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
