import { expect, test, type Page } from '@playwright/test';
import type { Language } from '../../app/shared/i18n/languages';
import type { Settings } from '../../app/shared/settings';
import { checkPromptFrame, checkView } from './a11y';
import { startHarness, type Harness } from './harness';
import { englishLeftIn, expectOnlyLanguage, translationOf } from './languages';

/**
 * Interlude in Spanish and in French, as a clinician whose system speaks it would meet it: a
 * prompt fires, a check-in and an exercise are done, Today, Patterns and Settings are opened.
 * No English is left on screen (checked against the English catalogue), every frame's
 * <html lang> says the language, and axe finds nothing in light or dark. Each view is photographed.
 */
test.describe.configure({ timeout: 180_000 });

const SYSTEM: Record<Exclude<Language, 'en'>, string> = { es: 'es-MX', fr: 'fr-CA' };

for (const language of ['es', 'fr'] as const) {
  const say = (english: string) => translationOf(language, english);
  const promptFrame = (page: Page) => page.frameLocator(`iframe[title="${say('Prompt window')}"]`);

  test.describe(`${language}: the whole app in ${language === 'es' ? 'Spanish' : 'French'}`, () => {
    let harness: Harness;
    test.beforeAll(async () => {
      harness = await startHarness(3, { seedWeeks: 4, systemLanguages: [SYSTEM[language], 'en-US'] });
    });
    test.afterAll(() => harness.stop());

    test('a prompt fires, a check-in and an exercise are done, in the language only', async ({ page }) => {
      const finished = async () =>
        (await harness.journalOnDisk()).filter((entry) => entry.event === 'completed').length;
      // The seeded weeks hold resets of their own: this one is counted on top of them.
      const finishedBefore = await finished();
      await page.setViewportSize({ width: 1440, height: 1000 });
      await page.goto(harness.url);
      const frame = promptFrame(page);
      await expect(frame.getByRole('heading', { name: say('Your session has ended.') })).toBeVisible({
        timeout: 30_000,
      });
      await expectOnlyLanguage(page, language);
      await checkPromptFrame(page, `${language}-prompt-offer`);

      await frame.getByRole('button', { name: say('Start'), exact: true }).click();
      await expect(frame.getByRole('heading', { name: say('How was that session?') })).toBeVisible();
      await expectOnlyLanguage(page, language);
      await checkPromptFrame(page, `${language}-check-in-after`);
      await frame.getByRole('radio', { name: say('A little') }).click();
      await frame.getByRole('button', { name: say('Save and continue') }).click();

      await checkPromptFrame(page, `${language}-choose`);
      await expectOnlyLanguage(page, language);
      const silence = say('Silence');
      await frame.getByRole('button', { name: new RegExp(`^(${say('Start')} )?${silence}$`, 'i') }).click();
      await expect(frame.getByRole('heading', { name: silence, level: 1 })).toBeVisible();
      await expectOnlyLanguage(page, language);
      await checkPromptFrame(page, `${language}-exercise`);
      await frame.getByRole('button', { name: say('End early') }).click();
      await expect(frame.getByRole('heading', { name: say('A pause, however short, still counts.') })).toBeVisible();
      await expectOnlyLanguage(page, language);
      await frame.getByRole('button', { name: say('Close') }).click();
      await expect.poll(finished).toBe(finishedBefore + 1);
    });

    test('Today, Patterns and Settings, in the language only', async ({ page }) => {
      await page.setViewportSize({ width: 1100, height: 900 });
      await page.goto(new URL('index.html#dashboard', harness.url).toString());
      const views = page.getByRole('navigation', { name: say('Views') });
      await views.getByRole('button', { name: say('Today') }).click();
      await expect(page.getByRole('heading', { name: say('Today'), exact: true })).toBeVisible();
      await expectOnlyLanguage(page, language);
      await checkView(page, `${language}-today`, { fullPage: true });

      await views.getByRole('button', { name: say('Patterns') }).click();
      await expect(page.getByRole('heading', { name: say('Arriving') })).toBeVisible();
      await expectOnlyLanguage(page, language);
      await checkView(page, `${language}-patterns`, { fullPage: true });

      await views.getByRole('button', { name: say('Settings') }).click();
      await expect(page.getByRole('heading', { name: say('Weekly schedule') })).toBeVisible();
      await expectOnlyLanguage(page, language);
      await checkView(page, `${language}-settings`, { fullPage: true });

      // The check can fail: an English sentence planted on the page is found.
      await page.evaluate(() => {
        const planted = document.createElement('p');
        planted.textContent = 'Your session has ended.';
        document.body.append(planted);
      });
      expect(await englishLeftIn(page.mainFrame(), language)).toContain('Your session has ended.');
    });
  });
}

test('the Language setting changes the tray and every open window at once', async ({ page }) => {
  const harness = await startHarness(null, { systemLanguages: ['es-ES'] });
  try {
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.goto(harness.url);
    const tray = page.getByRole('complementary', { name: translationOf('es', 'Tray menu') });
    await tray.getByRole('button', { name: translationOf('es', 'Settings…') }).click();
    const dashboard = page.frameLocator(`iframe[title="${translationOf('es', 'Dashboard window')}"]`);
    const language = dashboard.getByRole('combobox', { name: translationOf('es', 'Language') });
    await language.selectOption('fr');
    // The tray, the dashboard and the prompt window's page all speak French, with no restart.
    await expect(
      page.getByRole('complementary', { name: translationOf('fr', 'Tray menu') }).getByRole('button', {
        name: translationOf('fr', 'Open Interlude'),
      }),
    ).toBeVisible();
    await expect(
      page
        .frameLocator(`iframe[title="${translationOf('fr', 'Dashboard window')}"]`)
        .getByRole('heading', { name: translationOf('fr', 'Weekly schedule') }),
    ).toBeVisible();
    await expectOnlyLanguage(page, 'fr');
    await expect
      .poll(async () => (JSON.parse(await harness.readDocument('settings.json')) as Settings).app.language)
      .toBe('fr');
  } finally {
    await harness.stop();
  }
});
