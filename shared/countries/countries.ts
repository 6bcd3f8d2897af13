import countries from 'i18n-iso-countries'
import english from 'i18n-iso-countries/langs/en.json'

countries.registerLocale(english)

/** A State as the app names it: ISO 3166-1 alpha-3 code and display name. */
export interface Country {
  code: string
  name: string
}

/**
 * ISO 3166 reserves XAA–XZZ for user assignment. The app's fictional example countries use them,
 * so an example can never be mistaken for a real State. (XKK, used for Kosovo, is excluded.)
 */
export function isExampleCountryCode(code: string): boolean {
  return /^X[A-Z]{2}$/.test(code) && !countries.isValid(code)
}

/** Every country of ISO 3166-1, sorted by its name in `language`. */
export function countryList(language = 'en'): Country[] {
  const names = countries.getNames(language, { select: 'official' })
  const collator = new Intl.Collator(language)
  return Object.entries(names)
    .map(([alpha2, name]) => ({ code: countries.alpha2ToAlpha3(alpha2) ?? alpha2, name }))
    .sort((a, b) => collator.compare(a.name, b.name))
}

/** The display name of an alpha-3 code; example codes read "Example country XAA". */
export function countryName(code: string, language = 'en'): string {
  if (isExampleCountryCode(code)) return `Example country ${code}`
  return countries.getName(code, language, { select: 'official' }) ?? code
}

/** Whether `code` is a real ISO 3166-1 alpha-3 code or an example code. */
export function isKnownCountryCode(code: string): boolean {
  return (/^[A-Z]{3}$/.test(code) && countries.isValid(code)) || isExampleCountryCode(code)
}
