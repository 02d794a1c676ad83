import { message, type MessageKey } from '../i18n/message';
import type { Exercise } from './types';

/**
 * Offered in the last step; the user may pick one or write their own. In our own words. A phrase
 * picked is kept (settings.exercises.kindPhrase) as its key, so it reads in the language on screen;
 * one the user wrote is kept as written.
 */
export const KIND_PHRASES = [
  'exercises.hand-on-heart.phrases.doingMyBest',
  'exercises.hand-on-heart.phrases.withoutCarrying',
  'exercises.hand-on-heart.phrases.gentle',
  'exercises.hand-on-heart.phrases.enough',
] as const satisfies readonly MessageKey[];

const titles = {
  name: message('exercises.hand-on-heart.steps.name.title'),
  shared: message('exercises.hand-on-heart.steps.shared.title'),
  hand: message('exercises.hand-on-heart.steps.hand.title'),
  phrase: message('exercises.hand-on-heart.steps.phrase.title'),
};

export const handOnHeart: Exercise = {
  id: 'hand-on-heart',
  name: message('exercises.hand-on-heart.name'),
  purpose: message('exercises.hand-on-heart.purpose'),
  breathWork: false,
  cautions: [message('exercises.hand-on-heart.cautions.tooMuch')],
  credit: message('exercises.hand-on-heart.credit'),
  audio: 'cues',
  full: [
    {
      id: 'name',
      title: titles.name,
      instruction: message('exercises.hand-on-heart.steps.name.instruction'),
      seconds: 40,
    },
    {
      id: 'shared',
      title: titles.shared,
      instruction: message('exercises.hand-on-heart.steps.shared.instruction'),
      seconds: 40,
    },
    {
      id: 'hand',
      title: titles.hand,
      instruction: message('exercises.hand-on-heart.steps.hand.instruction'),
      seconds: 40,
      illustration: 'hand-on-heart',
    },
    {
      id: 'phrase',
      title: titles.phrase,
      instruction: message('exercises.hand-on-heart.steps.phrase.instruction'),
      seconds: 60,
      asksForPhrase: true,
      fills: true,
    },
  ],
  short: [
    {
      id: 'name',
      title: titles.name,
      instruction: message('exercises.hand-on-heart.steps.name.shortInstruction'),
      seconds: 15,
    },
    {
      id: 'shared',
      title: titles.shared,
      instruction: message('exercises.hand-on-heart.steps.shared.shortInstruction'),
      seconds: 15,
    },
    {
      id: 'hand',
      title: titles.hand,
      instruction: message('exercises.hand-on-heart.steps.hand.shortInstruction'),
      seconds: 15,
      illustration: 'hand-on-heart',
    },
    {
      id: 'phrase',
      title: titles.phrase,
      instruction: message('exercises.hand-on-heart.steps.phrase.shortInstruction'),
      seconds: 15,
      asksForPhrase: true,
      fills: true,
    },
  ],
};
