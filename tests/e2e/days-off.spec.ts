import { expect, test } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../app/shared/settings';
import { checkView } from './a11y';
import { startHarness, type Harness } from './harness';

/** Days off through the real preview: overlaps merge, a long time off is asked about, a past one can be cleared. */
let harness: Harness;
test.beforeEach(async () => {
  harness = await startHarness(null, {
    settings: {
      quietDays: { ...DEFAULT_SETTINGS.quietDays, ranges: [{ from: '2020-03-02', to: '2020-03-06' }] },
    },
  });
});
test.afterEach(() => harness.stop());

const savedRanges = async () =>
  (
    JSON.parse(await harness.readDocument('settings.json')) as {
      quietDays: { ranges: { from: string; to: string }[] };
    }
  ).quietDays.ranges;

test('overlapping days off merge, a long one is asked about first, and one that is over can be cleared', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(new URL('index.html#dashboard', harness.url).toString());
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click();
  const card = page.locator('#days-off');
  await card.getByLabel('First day').fill('2031-07-01');
  await card.getByLabel('Last day').fill('2031-07-10');
  await card.getByRole('button', { name: 'Add days off' }).click();
  await expect(card.getByRole('status')).toContainText('Added:');
  await card.getByLabel('First day').fill('2031-07-08');
  await card.getByLabel('Last day').fill('2031-07-14');
  await card.getByRole('button', { name: 'Add days off' }).click();
  await expect.poll(savedRanges).toEqual([
    { from: '2020-03-02', to: '2020-03-06' },
    { from: '2031-07-01', to: '2031-07-14' },
  ]);
  await expect(card.getByRole('list', { name: 'Days off' }).getByRole('listitem')).toHaveCount(2);

  // 92 days: asked about, and nothing saved until the user says so.
  await card.getByLabel('First day').fill('2032-01-01');
  await card.getByLabel('Last day').fill('2032-04-01');
  await card.getByRole('button', { name: 'Add days off' }).click();
  const question = card.getByRole('alertdialog');
  await expect(question).toContainText('That is 92 days off');
  await checkView(page, 'days-off-confirm-long', { fullPage: true });
  expect(await savedRanges()).toHaveLength(2);
  await question.getByRole('button', { name: 'Change the dates' }).click();
  await expect(question).toHaveCount(0);
  await card.getByRole('button', { name: 'Add days off' }).click();
  await card.getByRole('button', { name: 'Add 92 days off' }).click();
  await expect.poll(async () => (await savedRanges()).length).toBe(3);

  await card.getByRole('button', { name: 'Clear 1 time off that is over' }).click();
  await expect(card.getByRole('status')).toHaveText('Cleared 1 past time off.');
  expect((await savedRanges()).map((range) => range.from)).toEqual(['2031-07-01', '2032-01-01']);
});
