import type { Language } from './languages';
import type { Catalogue, CatalogueViewsPart, CatalogueWindowPart } from './translator';

/**
 * Which messages a process needs: the prompt window only what every window says ('window'), the
 * dashboard and the main process everything ('all'). Each language and each part is its own
 * module, loaded when it is chosen, so a window holds only the active language's messages.
 */
export type CatalogueParts = 'window' | 'all';

const WINDOW: Record<Language, () => Promise<{ default: CatalogueWindowPart }>> = {
  en: () => import('./locales/en/index'),
  es: () => import('./locales/es/index'),
  fr: () => import('./locales/fr/index'),
};
const VIEWS: Record<Language, () => Promise<{ default: CatalogueViewsPart }>> = {
  en: () => import('./locales/en/views'),
  es: () => import('./locales/es/views'),
  fr: () => import('./locales/fr/views'),
};

export async function loadCatalogue(language: Language, parts: CatalogueParts = 'all'): Promise<Catalogue> {
  const [window, views] = await Promise.all([
    WINDOW[language](),
    parts === 'all' ? VIEWS[language]() : Promise.resolve(null),
  ]);
  return joinParts(window.default, views?.default ?? null);
}

/** The two parts as one catalogue. */
export function joinParts(window: CatalogueWindowPart, views: CatalogueViewsPart | null): Catalogue {
  return views ? { ...window, messages: { ...window.messages, ...views.messages } } : window;
}
