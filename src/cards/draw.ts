/**
 * Drawing one social card: satori lays out a plain element tree and draws
 * its text as paths, resvg rasterises it to a 1200×630 PNG. Fonts come from
 * the @fontsource/inter package, so nothing is fetched at build time.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Bump when the drawing changes, so cached cards are redrawn. */
export const CARD_VERSION = '3';

export interface CardContent {
  siteName: string;
  /** "April 22, 2026", or the site's description for the site card. */
  kicker: string;
  headline: string;
  /** Up to three figures: value and label ("16.1x", "leverage"). */
  figures: [value: string, label: string][];
}

const require = createRequire(import.meta.url);
/**
 * Every script Inter covers, so names like "Łódź" or "Ελένη" are drawn
 * rather than shown as missing glyphs. Each subset is a family of its own:
 * satori falls back to the other families in turn, but of fonts sharing a
 * name it only ever reads the first. (Inter has no CJK or emoji.)
 */
const SUBSETS = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'];
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function loadFonts() {
  fonts ??= SUBSETS.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: subset === 'latin' ? 'Inter' : `Inter ${subset}`,
      data: readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

type Child = CardElement | string;
interface CardElement {
  type: string;
  props: { style?: Record<string, string | number>; children?: Child | Child[] };
}

const el = (style: Record<string, string | number>, children: Child | Child[]): CardElement => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

function tree(card: CardContent): CardElement {
  return el(
    {
      // satori adds padding and border to the size, as CSS content-box does.
      width: CARD_WIDTH - 2 * 72,
      height: CARD_HEIGHT - 2 * 64 - 16,
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: '#fdfcfa',
      color: '#1d1f23',
      fontFamily: 'Inter',
      borderTop: '16px solid #0b5cad',
    },
    [
      el({ flexDirection: 'column' }, [
        el({ fontSize: 30, fontWeight: 700, color: '#0b5cad' }, card.siteName),
        el({ fontSize: 30, color: '#5a5f69', marginTop: 12 }, card.kicker),
        // A long title ends in an ellipsis instead of pushing the figures off the card (satori clamps blocks only).
        el(
          { display: 'block', fontSize: 56, fontWeight: 700, marginTop: 28, lineHeight: 1.15, lineClamp: card.figures.length > 0 ? 3 : 5 },
          card.headline,
        ),
      ]),
      el(
        { gap: 64, flexShrink: 0 },
        card.figures.map(([value, label]) =>
          el({ flexDirection: 'column' }, [
            el({ fontSize: 76, fontWeight: 700 }, value),
            el({ fontSize: 28, color: '#5a5f69' }, label),
          ]),
        ),
      ),
    ],
  );
}

export async function drawCard(card: CardContent): Promise<Buffer> {
  // satori's types expect React elements; a plain { type, props } tree is what it reads.
  const svg = await satori(tree(card) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: loadFonts(),
  });
  // satori has already turned every glyph into a path, so resvg needs no fonts;
  // scanning the system's fonts for every card cost ~4 ms of its ~25 ms.
  const options = { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } } as const;
  return new Resvg(svg, options).render().asPng();
}
