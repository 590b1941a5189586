import { Font } from '@react-pdf/renderer';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const resolveFile = createRequire(import.meta.url).resolve;

interface EmojiEntry {
  unified: string;
  non_qualified: string | null;
  image: string;
  has_img_twitter?: boolean;
  skin_variations?: Record<string, { unified: string; image: string; has_img_twitter?: boolean }>;
}

/** Code points as react-pdf names them: lower-case hex joined by "-", without variation selectors. */
function key(unified: string): string {
  return unified.toLowerCase().replace(/-fe0f/g, '');
}

/** Every emoji of the Twemoji set that has a picture, by its code points, to the picture's path. */
function emojiImages(): Map<string, string> {
  const catalog = resolveFile('emoji-datasource-twitter/emoji.json');
  const folder = join(dirname(catalog), 'img', 'twitter', '64');
  const entries = JSON.parse(readFileSync(catalog, 'utf8')) as EmojiEntry[];
  const images = new Map<string, string>();
  for (const entry of entries) {
    const variants = [entry, ...Object.values(entry.skin_variations ?? {})];
    for (const variant of variants) {
      if (variant.has_img_twitter === false) continue;
      images.set(key(variant.unified), join(folder, variant.image));
    }
    if (entry.non_qualified) images.set(key(entry.non_qualified), join(folder, entry.image));
  }
  return images;
}

/**
 * Draws emoji as Twemoji pictures read from the emoji-datasource-twitter package: colour, with
 * skin tones, flags and family sequences, and nothing fetched at run time. An emoji without a
 * picture falls back to the fonts, whose gaps are the only ones left.
 */
export function registerEmojiImages(): void {
  const images = emojiImages();
  // react-pdf reads a local path as a file; an unknown emoji gets a path that does not exist and
  // is then drawn from the fonts instead.
  const missing = join(dirname(resolveFile('emoji-datasource-twitter/emoji.json')), 'img', 'none.png');
  Font.registerEmojiSource({ builder: (code) => images.get(key(code)) ?? missing, withVariationSelectors: false });
}
