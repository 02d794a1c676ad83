import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { EXERCISE_IDS } from '../../app/shared/exercise-id';
import { english } from '../../app/shared/i18n/every-catalogue';
import { createTranslator } from '../../app/shared/i18n/translator';
import { startHarness, type Harness } from './harness';
import { findOverflow, pseudo, usePseudoLocale } from './pseudo-locale';
import { screenshotPath } from './screenshots';

/**
 * The prompt window at its real size, 440 × 680, with every message accented and 40% longer:
 * the reset offered, both check-ins, the choice of exercise, every exercise and the closing word.
 * Nothing may be cut or overflow; each screen is photographed. The prompt window is its own page
 * (as Electron shows it); the preview's shell, in a second page, plays the tray.
 */
test.describe.configure({ timeout: 240_000 });

const words = createTranslator(english);
const say = (text: string) => pseudo(text);

interface PseudoWindows {
  shell: Page;
  prompt: Page;
}

async function openPseudoWindows(context: BrowserContext, harness: Harness): Promise<PseudoWindows> {
  await usePseudoLocale(context);
  const shell = await context.newPage();
  await shell.setViewportSize({ width: 1440, height: 1000 });
  await shell.goto(harness.url);
  const prompt = await context.newPage();
  await prompt.setViewportSize({ width: 440, height: 680 });
  await prompt.goto(new URL('index.html#prompt', harness.url).toString());
  return { shell, prompt };
}

const tray = (shell: Page) => shell.getByRole('complementary', { name: say('Tray menu') });

async function expectNothingCut(prompt: Page, name: string) {
  await prompt.evaluate(() => document.fonts.ready.then(() => undefined));
  expect(prompt.viewportSize()).toEqual({ width: 440, height: 680 });
  expect(await findOverflow(prompt.mainFrame()), `overflow in ${name}`).toEqual([]);
  await prompt.screenshot({ path: screenshotPath(`pseudo-${name}.png`) });
}

let harness: Harness;
test.beforeAll(async () => {
  harness = await startHarness(2);
});
test.afterAll(() => harness.stop());

test('the reset offered, the check-in after and the choice of exercise fit at 440 × 680', async ({ context }) => {
  const { prompt } = await openPseudoWindows(context, harness);
  await expect(prompt.getByRole('heading', { name: say('Your session has ended.') })).toBeVisible({ timeout: 30_000 });
  await expectNothingCut(prompt, 'prompt-offer');
  await prompt.getByRole('button', { name: say('Start'), exact: true }).click();
  await expect(prompt.getByRole('heading', { name: say('How was that session?') })).toBeVisible();
  await expectNothingCut(prompt, 'check-in-after');
  await prompt.getByRole('button', { name: say('Skip') }).click();
  await expect(prompt.getByText(say(words.t('prompt.choose.others')))).toBeVisible();
  await expectNothingCut(prompt, 'choose');

  // The check can fail: a button too narrow for its words, and a line wider than the window, are found.
  await prompt.evaluate(() => {
    const cut = document.createElement('button');
    cut.style.cssText = 'width: 60px; overflow: hidden; white-space: nowrap';
    cut.textContent = 'A label far too long for its button';
    const wide = document.createElement('p');
    wide.style.cssText = 'width: 600px';
    wide.textContent = 'A line wider than the window';
    document.body.append(cut, wide);
  });
  const found = await findOverflow(prompt.mainFrame());
  expect(found.some((problem) => problem.startsWith('cut at the side: button'))).toBe(true);
  expect(found.some((problem) => problem.startsWith('outside the window: p'))).toBe(true);
});

test('the check-in before a session fits at 440 × 680', async ({ context }) => {
  const before = await startHarness(120);
  try {
    const { shell, prompt } = await openPseudoWindows(context, before);
    await tray(shell)
      .getByRole('button', { name: say('Check in now') })
      .click();
    await expect(prompt.getByText(say('How are you arriving?'))).toBeVisible();
    await expectNothingCut(prompt, 'check-in-before');
  } finally {
    await before.stop();
  }
});

test('every exercise fits at 440 × 680, and so does the closing word', async ({ context }) => {
  const { shell, prompt } = await openPseudoWindows(context, harness);
  for (const id of EXERCISE_IDS) {
    const name = say(words.t(`exercises.${id}.name`));
    await tray(shell).getByRole('button', { name, exact: true }).click();
    await expect(prompt.getByRole('heading', { name, level: 1 })).toBeVisible();
    await expectNothingCut(prompt, `exercise-${id}`);
    await prompt.getByRole('button', { name: say('End early') }).click();
    await expect(prompt.getByRole('heading', { name: say('A pause, however short, still counts.') })).toBeVisible();
    if (id === EXERCISE_IDS[0]) await expectNothingCut(prompt, 'closing');
    await prompt.getByRole('button', { name: say('Close') }).click();
  }
});
