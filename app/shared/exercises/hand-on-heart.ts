import type { Exercise } from './types';

/** Offered in the last step; the user may pick one or write their own. In our own words. */
export const KIND_PHRASES = [
  'This is hard, and I am doing my best.',
  'I can care for them without carrying all of it.',
  'I am allowed to be gentle with myself right now.',
  'I have done enough for this hour.',
] as const;

export const handOnHeart: Exercise = {
  id: 'hand-on-heart',
  name: 'Hand on heart',
  purpose: 'A self-compassion pause for when a session stays with you.',
  breathWork: false,
  cautions: ['If a feeling becomes too much, open your eyes, look around the room and feel your feet on the floor.'],
  credit: "Adapted, in our own words, from Kristin Neff's self-compassion break.",
  audio: 'cues',
  full: [
    {
      id: 'name',
      title: 'Name it',
      instruction: 'Quietly name what is hard right now, in a word or two. “Heavy.” “Worried.”',
      seconds: 40,
    },
    {
      id: 'shared',
      title: 'You are not alone in this',
      instruction: 'Everyone who does this work feels this at times. Others are feeling it now, too.',
      seconds: 40,
    },
    {
      id: 'hand',
      title: 'A hand on your chest',
      instruction: 'Rest a hand over your heart. Feel its warmth and the breath moving under it.',
      seconds: 40,
      illustration: 'hand-on-heart',
    },
    {
      id: 'phrase',
      title: 'A kind word to yourself',
      instruction: 'Say it slowly, silently, as you would to a friend.',
      seconds: 60,
      asksForPhrase: true,
      fills: true,
    },
  ],
  short: [
    { id: 'name', title: 'Name it', instruction: 'Quietly name what is hard right now.', seconds: 15 },
    {
      id: 'shared',
      title: 'You are not alone in this',
      instruction: 'Others who do this work feel this too.',
      seconds: 15,
    },
    {
      id: 'hand',
      title: 'A hand on your chest',
      instruction: 'Rest a hand over your heart and feel its warmth.',
      seconds: 15,
      illustration: 'hand-on-heart',
    },
    {
      id: 'phrase',
      title: 'A kind word to yourself',
      instruction: 'Say it slowly, silently.',
      seconds: 15,
      asksForPhrase: true,
      fills: true,
    },
  ],
};
