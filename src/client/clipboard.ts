/**
 * Copies text to the clipboard. False when the browser refuses (no
 * permission, a page not served securely): that is expected, so the reason
 * is a warning in the console and the caller tells the reader what to do.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (error) {
    console.warn(error);
    return false;
  }
}
