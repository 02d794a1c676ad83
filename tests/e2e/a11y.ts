import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { screenshotPath } from './screenshots';

export const SCHEMES = ['light', 'dark'] as const;

/**
 * Waits for the transitions under way in every frame to end: a switch of colour scheme fades the
 * nav's background for 120 ms, and axe measuring mid-fade on a busy machine reports a contrast it
 * never has (it failed CI once that way).
 */
async function settled(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    // The transitions running now only: an exercise's progress starts a new one every second.
    await frame.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation instanceof CSSTransition)
          .map((animation) => animation.finished.catch(() => undefined)),
      ),
    );
  }
}

/** Runs axe on the page as it stands, in both colour schemes, and saves a screenshot of each. */
export async function checkView(page: Page, name: string, { fullPage = false } = {}): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'no-preference' });
    await settled(page);
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary, `axe violations in ${name} (${colorScheme})`).toEqual([]);
    await page.screenshot({ path: screenshotPath(`${name}-${colorScheme}.png`), fullPage });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The same, for the prompt window as the preview shows it: axe on its frame, a screenshot of it alone. */
export async function checkPromptFrame(page: Page, name: string): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'no-preference' });
    await settled(page);
    const results = await new AxeBuilder({ page }).include(['.prompt-frame iframe', 'main']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary, `axe violations in ${name} (${colorScheme})`).toEqual([]);
    await page.locator('.prompt-frame').screenshot({ path: screenshotPath(`${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
