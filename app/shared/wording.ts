const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "three minutes", "one minute": how the app speaks of a reset's length. */
export function minutesInWords(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  return `${NUMBER_WORDS[minutes] ?? String(minutes)} minute${minutes === 1 ? '' : 's'}`;
}
