import { english } from '../../app/shared/i18n/every-catalogue';
import { readFile } from 'node:fs/promises';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { EXERCISES, type Exercise } from '../../app/shared/exercises';
import { createTranslator } from '../../app/shared/i18n/translator';
import { checkPromptFrame } from './a11y';
import { startHarness, type Harness } from './harness';
import { screenshotPath } from './screenshots';

/**
 * Every exercise, started once from a fired prompt and once from the tray's quick resets, seen to
 * progress, ended, and found in the journal; both check-ins saved and skipped. Each view is checked
 * with axe in light and dark, and photographed for the contact sheet in the README.
 */
test.describe.configure({ timeout: 90_000 });

/** An exercise's name as the English window shows it. */
const nameOf = (exercise: Exercise) => createTranslator(english).say(exercise.name);
const promptFrame = (page: Page) => page.frameLocator('iframe[title="Prompt window"]');
const tray = (page: Page) => page.getByRole('complementary', { name: 'Tray menu' });

async function openPreview(page: Page, harness: Harness): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { name: 'Interlude preview' })).toBeVisible();
}

async function watchItProgress(frame: FrameLocator, exercise: Exercise): Promise<void> {
  await expect(frame.getByRole('heading', { name: nameOf(exercise), level: 1 })).toBeVisible();
  const timer = frame.getByRole('timer', { name: 'Time left' });
  const first = await timer.textContent();
  await expect(timer).not.toHaveText(first!, { timeout: 10_000 });
  if (exercise.full.length > 1) {
    // Multi-step: the right arrow moves to the next step.
    await frame.getByRole('button', { name: 'Pause' }).focus();
    await frame.getByRole('main').press('ArrowRight');
    await expect(frame.getByTestId('step-count')).toHaveText(/^Step 2 of \d+$/);
  }
}

async function endEarly(frame: FrameLocator): Promise<void> {
  await frame.getByRole('button', { name: 'End early' }).click();
  await expect(frame.getByRole('heading', { name: 'A pause, however short, still counts.' })).toBeVisible();
  await frame.getByRole('button', { name: 'Close' }).click();
}

/**
 * One preview per exercise, started together so that each has a reset prompt waiting (a prompt
 * stays open until the next session is near, minutes later) by the time its test runs.
 */
const harnesses = new Map<string, Promise<Harness>>();
test.beforeAll(() => {
  for (const exercise of EXERCISES) harnesses.set(exercise.id, startHarness(2));
});
test.afterAll(async () => {
  await Promise.all([...harnesses.values()].map(async (harness) => (await harness).stop()));
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const [index, exercise] of EXERCISES.entries()) {
  test(`${nameOf(exercise)}: from a prompt and from the tray, it runs, ends, and is in the journal`, async ({
    page,
  }) => {
    const harness = await harnesses.get(exercise.id)!;
    {
      await openPreview(page, harness);
      const frame = promptFrame(page);

      // From a fired prompt: Start, the check-in (saved or skipped, alternately), then this exercise.
      await expect(frame.getByRole('heading', { name: 'Your session has ended.' })).toBeVisible({ timeout: 15_000 });
      await frame.getByRole('button', { name: 'Start', exact: true }).click();
      await expect(frame.getByRole('heading', { name: 'How was that session?' })).toBeVisible();
      if (index === 0) await checkPromptFrame(page, 'check-in-after');
      const saveCheckIn = index % 2 === 0;
      if (saveCheckIn) {
        await frame.getByRole('radio', { name: 'A little' }).click();
        await frame.getByRole('button', { name: 'Moved' }).click(); // feelings allow two: toggle buttons, not radios
        await frame.getByRole('button', { name: 'Save and continue' }).click();
      } else {
        await frame.getByRole('button', { name: 'Skip' }).click();
      }
      if (index === 0) await checkPromptFrame(page, 'choose');
      await frame
        .getByRole('button', { name: new RegExp(`^(Start )?${escapeRegExp(nameOf(exercise))}$`, 'i') })
        .click();
      await watchItProgress(frame, exercise);
      await endEarly(frame);

      // From the tray's quick resets.
      await tray(page)
        .getByRole('button', { name: nameOf(exercise), exact: true })
        .click();
      await watchItProgress(frame, exercise);
      await checkPromptFrame(page, `exercise-${exercise.id}`);
      await endEarly(frame);

      await expect
        .poll(async () =>
          (await harness.journalOnDisk())
            .filter((entry) => 'exercise' in entry && entry.exercise === exercise.id)
            .map((entry) => entry.event),
        )
        .toEqual(['started', 'completed', 'started', 'completed']);
      const journal = await harness.journalOnDisk();
      const checkIn = journal.find(
        (entry) => entry.promptId.startsWith('after@') && (entry.event === 'checked-in' || entry.event === 'skipped'),
      );
      if (saveCheckIn)
        expect(checkIn).toMatchObject({
          event: 'checked-in',
          answers: { type: 'after', carrying: 'a-little', feelings: ['moved'] },
        });
      else expect(checkIn).toMatchObject({ event: 'skipped', part: 'check-in' });
    }
  });
}

test('the check-in before a session, from the tray: saved once and skipped once, both in the journal', async ({
  page,
}) => {
  // In a session whose end is two minutes off, the next session is near: "Check in now" is the one before it.
  const harness = await startHarness(120);
  try {
    await openPreview(page, harness);
    const frame = promptFrame(page);
    await tray(page).getByRole('button', { name: 'Check in now' }).click();
    await expect(frame.getByText('How are you arriving?')).toBeVisible();
    await checkPromptFrame(page, 'check-in-before');
    await frame.getByRole('radio', { name: 'Steady' }).click();
    const energy = frame.getByRole('slider', { name: 'Energy right now' });
    await energy.focus();
    await energy.press('ArrowRight');
    await energy.press('Control+Enter'); // saves from anywhere in the form
    await expect(page.getByTestId('prompt-window')).toBeHidden();
    await tray(page).getByRole('button', { name: 'Check in now' }).click();
    await frame.getByRole('button', { name: 'Skip' }).click();
    await expect
      .poll(async () =>
        (await harness.journalOnDisk())
          // The first opens the scheduled check-in already waiting; the second, a new one.
          .filter((entry) => entry.kind === 'check-in' && entry.event !== 'offered')
          .map((entry) => entry.event),
      )
      .toEqual(['checked-in', 'skipped']);
    const saved = (await harness.journalOnDisk()).find((entry) => entry.event === 'checked-in');
    expect(saved).toMatchObject({
      kind: 'check-in',
      answers: { type: 'before', energy: 6, tension: 3, intention: 'steady' },
    });
  } finally {
    await harness.stop();
  }
});

test('at 200% zoom an exercise reflows: nothing is cut off sideways', async ({ page, browser }) => {
  const harness = await harnesses.get('seated-stretch')!;
  await openPreview(page, harness);
  await tray(page).getByRole('button', { name: 'Seated stretch', exact: true }).click();
  await expect(promptFrame(page).getByRole('heading', { name: 'Seated stretch' })).toBeVisible();
  // The prompt window's 440 × 680 at 200% zoom: half the CSS pixels, each drawn twice as large.
  const zoomed = await (
    await browser.newContext({ viewport: { width: 220, height: 340 }, deviceScaleFactor: 2 })
  ).newPage();
  try {
    await zoomed.goto(new URL('index.html#prompt', harness.url).toString());
    await expect(zoomed.getByRole('heading', { name: 'Seated stretch' })).toBeVisible();
    const overflow = await zoomed.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await zoomed.screenshot({ path: screenshotPath('exercise-zoom-200.png'), fullPage: true });
  } finally {
    await zoomed.context().close();
  }
  await promptFrame(page).getByRole('button', { name: 'End early' }).click();
});

test('a contact sheet of every exercise and check-in', async ({ page }) => {
  const shots = [
    ...EXERCISES.map((exercise) => ({ file: `exercise-${exercise.id}-light.png`, caption: nameOf(exercise) })),
    { file: 'exercise-seated-stretch-dark.png', caption: 'Seated stretch (dark)' },
    { file: 'check-in-before-light.png', caption: 'Check-in before a session' },
    { file: 'check-in-after-light.png', caption: 'Check-in after a session' },
    { file: 'choose-light.png', caption: 'Choosing an exercise' },
  ];
  const figures = await Promise.all(
    shots.map(async ({ file, caption }) => {
      const data = (await readFile(screenshotPath(file))).toString('base64');
      return `<figure><img src="data:image/png;base64,${data}" alt=""><figcaption>${caption}</figcaption></figure>`;
    }),
  );
  await page.setViewportSize({ width: 1800, height: 800 });
  await page.setContent(
    `<style>body{margin:16px;font:14px system-ui;background:#f5f3ee}main{display:grid;grid-template-columns:repeat(6,1fr);gap:12px}figure{margin:0}img{width:100%;border:1px solid #c9c2b4;border-radius:8px}figcaption{margin-top:4px;color:#1d2a2c}</style><main>${figures.join('')}</main>`,
  );
  await page.screenshot({ path: screenshotPath('contact-sheet.png'), fullPage: true });
});
