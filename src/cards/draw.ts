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
export const CARD_VERSION = '2';

export interface CardContent {
  siteName: string;
  /** "April 22, 2026", or the site's description for the site card. */
  kicker: string;
  headline: string;
  /** Up to three figures: value and label ("16.1x", "leverage"). */
  figures: [value: string, label: string][];
}

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function loadFonts() {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Inter',
    data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  }));
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
        el({ fontSize: 56, fontWeight: 700, marginTop: 28, lineHeight: 1.15 }, card.headline),
      ]),
      el(
        { gap: 64 },
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
