/**
 * Runs once before the site tests: finds the Chromium (npm's, unpacked on
 * first use, or CHROMIUM_PATH), starts it once to prove it works, and hands
 * its path to every test file. A browser that cannot start stops the whole
 * run here with one line saying why, instead of hundreds of skipped tests.
 */
import type { TestProject } from 'vitest/node';
import { chromiumVersion, launchChromium, resolveChromium } from '../../scripts/lib/chromium';

export default async function setup(project: TestProject) {
  let path: string;
  try {
    path = await resolveChromium();
    const browser = await launchChromium(path);
    await browser.close();
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n').find((l) => l.trim()) ?? 'không rõ lý do';
    const failure = new Error(`Không khởi động được Chromium cho các bài kiểm tra trình duyệt: ${reason}`);
    failure.stack = failure.message;
    throw failure;
  }
  console.log(`Chromium cho bài kiểm tra: ${chromiumVersion(path)} (${process.env.CHROMIUM_PATH ? 'CHROMIUM_PATH' : '@sparticuz/chromium'})`);
  project.provide('chromiumPath', path);
}
