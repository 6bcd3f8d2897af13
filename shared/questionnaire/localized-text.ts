import { z } from 'zod'

/** A UI language code (BCP 47 primary tag, e.g. `en`, `fr`, `ar`). */
export const LanguageCode = z.string().regex(/^[a-z]{2,3}$/, 'a language code such as "en" or "ar"')

/**
 * Text that can be translated: a map of language → string. English is required so every
 * questionnaire is readable by every team; the six UN languages can be added without a format change.
 */
export const LocalizedText = z
  .object({ en: z.string().trim().min(1, 'English text is required') })
  .catchall(z.string())
export type LocalizedText = z.infer<typeof LocalizedText>

/** Picks the text in `language`, falling back to English. */
export function localize(text: LocalizedText, language: string): string {
  const translated = text[language]
  return translated !== undefined && translated.trim() !== '' ? translated : text.en
}
