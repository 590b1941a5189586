import { Font } from '@react-pdf/renderer';

/** fontkit's per-font cache of glyph objects by glyph id, absent from its public types. */
type GlyphCache = { _glyphs?: Record<number, unknown> };

/**
 * Empties the glyph cache of every loaded report font, so each render starts as in a fresh
 * process. fontkit keeps the code points a glyph was first created with, and react-pdf maps
 * shaped glyphs back to the text by those code points. pdfkit's font subsetting creates glyphs
 * without code points (components of composite glyphs, such as DejaVu's Arabic forms); once an
 * English report had cached them so, a later Arabic report mapped its glyphs to the wrong
 * letters and broke words mid-word ("للخ|يار").
 */
export function forgetCachedGlyphs(): void {
  for (const family of Object.values(Font.getRegisteredFonts())) {
    for (const source of family.sources) {
      const font = source.data as GlyphCache | null;
      if (font?._glyphs) font._glyphs = {};
    }
  }
}
