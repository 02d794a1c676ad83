#!/bin/bash
# Regenerates locales/<lang>/index.ts (what every window needs) and views.ts (the dashboard's views,
# the tray and the main process) from the namespace JSON files in en/.
cd "$(dirname "$0")/../app/shared/i18n/locales"
WINDOW="checkIn common errors exercises prompt time"
ALL=$(ls en/*.json | xargs -n1 basename | sed 's/.json$//' | sort)
VIEWS=$(for n in $ALL; do case " $WINDOW " in *" $n "*) ;; *) echo $n;; esac; done)
for lang in en es fr; do case $lang in en) loc=enUS; path=en-US;; es) loc=es; path=es;; fr) loc=fr; path=fr;; esac
for n in $ALL; do [ -f $lang/$n.json ] || echo '{}' > $lang/$n.json; done
{ echo "import { $loc } from 'date-fns/locale/$path';"; echo "import type { CatalogueWindowPart } from '../../translator';"; for n in $WINDOW; do echo "import $n from './$n.json' with { type: 'json' };"; done; echo;
echo "/** What every window needs, the prompt window's whole vocabulary: loaded first, on its own. */"
if [ $lang = en ]; then echo "// \`satisfies\`, not a type: the English messages' own shape is where MessageKey comes from."; echo "const part = {"; else echo "const part: CatalogueWindowPart = {"; fi
echo "  language: '$lang',"; echo "  dateLocale: $loc,"; echo "  messages: { $(echo $WINDOW | sed 's/ /, /g') },";
if [ $lang = en ]; then echo "} satisfies CatalogueWindowPart;"; else echo "};"; fi; echo "export default part;"; } > $lang/index.ts
{ echo "import type { CatalogueViewsPart } from '../../translator';"; for n in $VIEWS; do echo "import $n from './$n.json' with { type: 'json' };"; done; echo;
echo "/** The dashboard's views, the tray, notifications and dialogs: loaded by the dashboard and the main process, never by the prompt window. */"
if [ $lang = en ]; then echo "const part = {"; else echo "const part: CatalogueViewsPart = {"; fi
echo "  messages: { $(echo $VIEWS | sed 's/ /, /g') },";
if [ $lang = en ]; then echo "} satisfies CatalogueViewsPart;"; else echo "};"; fi; echo "export default part;"; } > $lang/views.ts
done
