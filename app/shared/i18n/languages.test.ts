import { describe, expect, it } from 'vitest';
import { resolveLanguage } from './languages';

describe('the language Interlude speaks', () => {
  it('follows the first of the system’s languages it is written in', () => {
    expect(resolveLanguage('system', ['es-MX', 'en-US'])).toBe('es');
    expect(resolveLanguage('system', ['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(resolveLanguage('system', ['fr_CA'])).toBe('fr');
  });

  it('speaks English when the system names none of its languages', () => {
    expect(resolveLanguage('system', ['de-DE', 'ja'])).toBe('en');
    expect(resolveLanguage('system', [])).toBe('en');
  });

  it('lets the Language setting override the system', () => {
    expect(resolveLanguage('fr', ['es-MX'])).toBe('fr');
    expect(resolveLanguage('en', ['es-MX'])).toBe('en');
  });
});
