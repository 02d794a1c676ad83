/**
 * Renders the SVG sources in assets/ to the PNG and ICO files each platform needs.
 * Run with `npm run icons` after changing an SVG; the outputs are committed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import pngToIco from 'png-to-ico';

const assets = join(import.meta.dirname, '..', 'assets');
const APP_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const TRAY_STATES = ['idle', 'session', 'prompt', 'paused'] as const;
/** macOS template images must be black with alpha; elsewhere a mid teal reads on light and dark panels. */
const TRAY_COLOUR = '#3d8c88';

function render(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

async function main(): Promise<void> {
  const icon = await readFile(join(assets, 'icon.svg'), 'utf8');
  const appPngs = new Map<number, Buffer>();
  for (const size of APP_ICON_SIZES) {
    const png = render(icon, size);
    appPngs.set(size, png);
    await writeFile(join(assets, 'icons', `${size}x${size}.png`), png);
  }
  await writeFile(join(assets, 'icon.png'), appPngs.get(1024)!);
  await writeFile(join(assets, 'icon.ico'), await pngToIco(ICO_SIZES.map((size) => appPngs.get(size)!)));

  for (const state of TRAY_STATES) {
    const svg = await readFile(join(assets, 'tray', `tray-${state}.svg`), 'utf8');
    const template = svg.replaceAll('currentColor', '#000000');
    const coloured = svg.replaceAll('currentColor', TRAY_COLOUR);
    await writeFile(join(assets, 'tray', `tray-${state}Template.png`), render(template, 16));
    await writeFile(join(assets, 'tray', `tray-${state}Template@2x.png`), render(template, 32));
    await writeFile(join(assets, 'tray', `tray-${state}.png`), render(coloured, 32));
    await writeFile(join(assets, 'tray', `tray-${state}@2x.png`), render(coloured, 64));
  }
  console.log(`Icons written to ${assets}`);
}

await main();
