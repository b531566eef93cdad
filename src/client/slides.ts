/**
 * The projector deck (src/components/slides/SlideDeck.astro): one slide at a
 * time, letterboxed 16:9 by CSS. Keys: → PageDown Space Enter next; ←
 * PageUp Shift+Space previous; Home/End first/last; F full screen (Esc
 * leaves it, the browser's own). The hash (#3) follows the slide so a reload
 * comes back to it; swipes and the on-screen buttons do the same. Every slide
 * is already in the page: nothing is fetched after load, so the deck runs
 * with the network off. The QR code of a build without SITE_URL is drawn on
 * load, while the network is still there.
 */
import { slideFromHash } from '../lib/slides';
import { $ } from './dom';
import { fullAddress, qrElement } from './paper';

const deck = $('[data-deck]');
const slides = [...deck.querySelectorAll<HTMLElement>('[data-slide]')];
const total = slides.length;
const counter = $('[data-deck-counter]', deck);
const fullscreenButton = $('[data-deck-fullscreen]', deck) as HTMLButtonElement;
let current = 0;

function show(n: number, updateHash = true): void {
  current = Math.min(Math.max(n, 1), total);
  slides.forEach((slide, i) => slide.toggleAttribute('data-current', i + 1 === current));
  counter.textContent = `${current}/${total}`;
  if (updateHash && location.hash !== `#${current}`) history.replaceState(null, '', `#${current}`);
}

const step = (by: number) => show(current + by);

/** Keys a focused control handles itself (a button's Enter and Space). */
function ownedByControl(event: KeyboardEvent): boolean {
  const target = event.target as Element | null;
  return !!target?.closest('button, a, input, select, textarea') && (event.key === 'Enter' || event.key === ' ');
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  // Refused (no user gesture, or a frame without permission): the deck stays as it is, letterboxed in the window.
  else deck.requestFullscreen().catch(() => undefined);
}

document.addEventListener('keydown', (event) => {
  if (event.altKey || event.ctrlKey || event.metaKey || ownedByControl(event)) return;
  const actions: Record<string, () => void> = {
    ArrowRight: () => step(1),
    PageDown: () => step(1),
    Enter: () => step(1),
    ' ': () => step(event.shiftKey ? -1 : 1),
    ArrowLeft: () => step(-1),
    PageUp: () => step(-1),
    Home: () => show(1),
    End: () => show(total),
    f: toggleFullscreen,
    F: toggleFullscreen,
  };
  const action = actions[event.key];
  if (!action) return;
  event.preventDefault();
  action();
});

addEventListener('hashchange', () => show(slideFromHash(location.hash, total), false));

// A horizontal swipe of at least 50 px turns the slide; vertical movement is left to the page.
let touch: { x: number; y: number } | undefined;
deck.addEventListener('touchstart', (e) => {
  const t = e.changedTouches[0];
  touch = t && { x: t.clientX, y: t.clientY };
}, { passive: true });
deck.addEventListener('touchend', (e) => {
  const t = e.changedTouches[0];
  if (!touch || !t) return;
  const dx = t.clientX - touch.x;
  const dy = t.clientY - touch.y;
  touch = undefined;
  if (Math.abs(dx) >= 50 && Math.abs(dx) > Math.abs(dy)) step(dx < 0 ? 1 : -1);
});

$('[data-deck-prev]', deck).addEventListener('click', () => step(-1));
$('[data-deck-next]', deck).addEventListener('click', () => step(1));
fullscreenButton.addEventListener('click', toggleFullscreen);
document.addEventListener('fullscreenchange', () => {
  const on = document.fullscreenElement === deck;
  fullscreenButton.setAttribute('aria-pressed', String(on));
  fullscreenButton.textContent = on ? 'Thoát toàn màn hình' : 'Toàn màn hình';
  deck.focus();
});

// Addresses and the QR code the build could not write (no SITE_URL): this page's own origin is a true address.
for (const el of deck.querySelectorAll<HTMLElement>('[data-slide-address]')) el.textContent = fullAddress(el.dataset.slideAddress ?? '/');
for (const slot of deck.querySelectorAll<HTMLElement>('[data-slide-qr] [data-qr-pending]')) {
  const address = fullAddress(slot.closest<HTMLElement>('[data-slide-qr]')?.dataset.slideQr ?? '/');
  qrElement(address, `Mã QR dẫn tới bài học: ${address}`)
    .then((svg) => slot.replaceWith(svg))
    .catch((error: unknown) => console.error(error));
}

document.documentElement.toggleAttribute('data-presenting', true);
$('[data-deck-controls]', deck).hidden = false;
show(slideFromHash(location.hash, total), location.hash !== '');
deck.focus();
