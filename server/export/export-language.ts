import { z } from 'zod';

/** The languages a report can be written in: the six UN languages. */
export const EXPORT_LANGUAGES = ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const;

export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

/** The `lang` query parameter of the export URLs; absent means English. */
export const exportQuerySchema = z.object({
  lang: z.enum(EXPORT_LANGUAGES, { error: `lang must be one of ${EXPORT_LANGUAGES.join(', ')}.` }).default('en'),
});

/** Arabic is written right to left; the others left to right. */
export function directionOfLanguage(language: ExportLanguage): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}
