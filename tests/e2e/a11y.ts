import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { screenshotPath } from './screenshots';

export const SCHEMES = ['light', 'dark'] as const;

/** Runs axe on the page as it stands, in both colour schemes, and saves a screenshot of each. */
export async function checkView(page: Page, name: string, { fullPage = false } = {}): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'no-preference' });
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
    const results = await new AxeBuilder({ page }).include(['iframe[title="Prompt window"]', 'main']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary, `axe violations in ${name} (${colorScheme})`).toEqual([]);
    await page.locator('.prompt-frame').screenshot({ path: screenshotPath(`${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
