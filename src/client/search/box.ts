/**
 * The header's search box, on every page. It is a plain GET form to
 * /tim-kiem/ that works without JavaScript; this script only adds the "/"
 * shortcut and, once the reader focuses or types in the box, loads the
 * suggestions (suggest.ts → Pagefind). Idle pages fetch nothing.
 */
const input = document.getElementById('site-search-input');

if (input instanceof HTMLInputElement) {
  let loading: Promise<unknown> | undefined;
  const enhance = () => {
    loading ??= import('./suggest').then((m) => m.attachSuggestions(input)).catch((error: unknown) => {
      console.error(error);
      loading = undefined; // the plain form still works
    });
  };
  input.addEventListener('focus', enhance);
  input.addEventListener('input', enhance);

  // "/" focuses the box from anywhere but a field being typed in (on the search page, that page's own box).
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
    event.preventDefault();
    const box = document.getElementById('search-query');
    const chosen = box instanceof HTMLInputElement ? box : input;
    chosen.focus();
    chosen.select();
  });
}
