import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import english from '../locales/en/translation.json'

/** UI languages with a complete translation; the six UN languages are added here as they arrive. */
export const UI_LANGUAGES = ['en'] as const

/** Starts i18next and keeps `<html lang dir>` in step, so right-to-left languages mirror the layout. */
export async function initI18n(language = 'en'): Promise<typeof i18next> {
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng
    document.documentElement.dir = i18next.dir(lng)
  })
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: english } },
    interpolation: { escapeValue: false }, // React escapes already.
    returnNull: false,
  })
  document.documentElement.lang = i18next.language
  document.documentElement.dir = i18next.dir(i18next.language)
  return i18next
}
