import { loadCatalogue, type CatalogueParts } from './catalogues';
import type { Language } from './languages';
import { createTranslator, type Catalogue, type Translator } from './translator';

/**
 * The languages a process has loaded, each once and only when first asked for. Words shown from an
 * async load go through `inTurn`, so a slow load of the old language never overwrites the new one.
 */
export class Translations {
  private readonly loaded = new Map<Language, Promise<Translator>>();
  private readonly ready = new Map<Language, Translator>();
  private readonly turns = new Map<string, number>();

  /** `parts`: 'window' for the prompt window, 'all' for the dashboard and the main process. */
  constructor(
    private readonly parts: CatalogueParts = 'all',
    private readonly load: (language: Language, parts: CatalogueParts) => Promise<Catalogue> = loadCatalogue,
  ) {}

  translator(language: Language): Promise<Translator> {
    let translator = this.loaded.get(language);
    if (!translator) {
      translator = this.load(language, this.parts).then((catalogue) => {
        const loadedTranslator = createTranslator(catalogue);
        this.ready.set(language, loadedTranslator);
        return loadedTranslator;
      });
      this.loaded.set(language, translator);
      // A failed load is not remembered, so the next ask tries again.
      translator.catch(() => this.loaded.delete(language));
    }
    return translator;
  }

  /**
   * Words something for one purpose ("tray", "notification"): at once when the language is loaded,
   * else once it is; only the latest call for a purpose is carried out.
   */
  async inTurn(purpose: string, language: Language, use: (translator: Translator) => void): Promise<void> {
    const turn = (this.turns.get(purpose) ?? 0) + 1;
    this.turns.set(purpose, turn);
    const loaded = this.ready.get(language);
    if (loaded) return use(loaded);
    const translator = await this.translator(language);
    if (this.turns.get(purpose) === turn) use(translator);
  }
}
