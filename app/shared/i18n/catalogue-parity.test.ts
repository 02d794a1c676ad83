import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from './languages';
import { english, french, spanish } from './every-catalogue';
import { PLURAL_SUFFIX } from './message';
import { baseKey, flattenMessages, type Catalogue } from './translator';

const CATALOGUES: Record<Language, Catalogue> = { en: english, es: spanish, fr: french };

interface KeyShape {
  /** The plural forms given ("one", "other"…), or none for a plain message. */
  forms: string[];
  /** Every {{parameter}} any of its forms uses. */
  params: string[];
}

/** Each base key of a catalogue, with its plural forms and parameters. */
function shapes(catalogue: Catalogue): Map<string, KeyShape> {
  const result = new Map<string, { forms: Set<string>; params: Set<string> }>();
  for (const [key, text] of flattenMessages(catalogue.messages)) {
    const base = baseKey(key);
    const shape = result.get(base) ?? { forms: new Set(), params: new Set() };
    const form = PLURAL_SUFFIX.exec(key)?.[1];
    if (form) shape.forms.add(form);
    for (const [, name] of text.matchAll(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)) shape.params.add(name!);
    result.set(base, shape);
  }
  return new Map(
    [...result].map(([key, { forms, params }]) => [key, { forms: [...forms].sort(), params: [...params].sort() }]),
  );
}

const englishShapes = shapes(english);

describe('every language has every message, with the same parameters', () => {
  it('has messages at all', () => {
    expect(englishShapes.size).toBeGreaterThan(100);
  });

  for (const language of LANGUAGES) {
    const catalogue = CATALOGUES[language];
    const own = shapes(catalogue);
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories.slice().sort();

    it(`${language}: the same keys as English, no more and no fewer`, () => {
      const missing = [...englishShapes.keys()].filter((key) => !own.has(key));
      const extra = [...own.keys()].filter((key) => !englishShapes.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${language}: the same {{parameters}} in each message as English`, () => {
      const different = [...englishShapes].flatMap(([key, shape]) => {
        const theirs = own.get(key);
        return theirs && theirs.params.join() !== shape.params.join()
          ? [`${key}: {{${shape.params.join('}}, {{')}}} in English, {{${theirs.params.join('}}, {{')}}} here`]
          : [];
      });
      expect(different).toEqual([]);
    });

    it(`${language}: every plural message has exactly the plural forms ${categories.join(', ')}`, () => {
      const wrong = [...own].flatMap(([key, shape]) => {
        const plural = (englishShapes.get(key)?.forms.length ?? 0) > 0;
        if (!plural && shape.forms.length === 0) return [];
        return shape.forms.join() === categories.join() ? [] : [`${key}: ${shape.forms.join(', ') || 'no forms'}`];
      });
      expect(wrong).toEqual([]);
    });

    it(`${language}: no message is empty, and the app's name is never translated`, () => {
      const empty = [...flattenMessages(catalogue.messages)].filter(([, text]) => text.trim() === '');
      expect(empty).toEqual([]);
      const englishWithName = [...flattenMessages(english.messages)].filter(([, text]) => text.includes('Interlude'));
      const flat = flattenMessages(catalogue.messages);
      const lost = englishWithName.filter(([key]) => flat.has(key) && !flat.get(key)!.includes('Interlude'));
      expect(lost.map(([key]) => key)).toEqual([]);
    });
  }
});
