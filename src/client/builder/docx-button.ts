/**
 * The print views' Word button. The exporter and the `docx` library are
 * fetched on the first click only, so the print page weighs what it did.
 */
import { $ } from '../dom';

const LABEL = 'Tải về Word (.docx)';
const tools = $('#docx-export');
const button = $('#docx-button') as HTMLButtonElement;
const error = $('#docx-error');
const view = $('#print-view');

// Only a rendered view is worth a file: not before print.ts has drawn it, nor its error message.
// (The wrapper is what hides: the button's class sets its display, which would override `hidden`.)
const update = () => (tools.hidden = !view.querySelector('h1') || !!view.querySelector('[role="alert"]'));
new MutationObserver(update).observe(view, { childList: true });
update();

// aria-disabled rather than disabled: a disabled button drops the keyboard focus, and the reader would lose their place.
let busy = false;
button.addEventListener('click', async () => {
  if (busy) return;
  busy = true;
  button.setAttribute('aria-disabled', 'true');
  button.textContent = 'Đang tạo tệp Word…';
  error.hidden = true;
  try {
    const { exportDocx } = await import('./docx-export');
    await exportDocx(view);
  } catch (e) {
    console.error(e);
    error.textContent = 'Không tạo được tệp Word. Hãy thử lại; nếu vẫn không được, hãy dùng nút «In trang này» để in hoặc lưu thành PDF.';
    error.hidden = false;
  } finally {
    busy = false;
    button.removeAttribute('aria-disabled');
    button.textContent = LABEL;
  }
});
