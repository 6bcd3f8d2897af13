import type { ReportModel } from '../report/report-model'

/** What happened to one imported file, in words a program officer understands. */
export interface FileResult {
  fileName: string
  status: 'accepted' | 'rejected' | 'duplicate'
  reason: string
  country?: string
  period?: string
  createdAt?: string
}

export interface AcceptedSubmission {
  fileName: string
  digest: string
  report: ReportModel
}

/**
 * The submission that counts for each country: the latest export unless the user picked another
 * (by digest). Older ones stay in the collection as the country's history.
 */
export function currentSubmissions(
  accepted: readonly AcceptedSubmission[],
  chosen: Readonly<Record<string, string>> = {},
): AcceptedSubmission[] {
  const byCountry = new Map<string, AcceptedSubmission>()
  for (const entry of accepted) {
    const country = entry.report.meta.country
    const current = byCountry.get(country)
    const pick = chosen[country]
    if (pick !== undefined) {
      if (entry.digest === pick) byCountry.set(country, entry)
      else if (!current) byCountry.set(country, entry)
      continue
    }
    if (!current || entry.report.meta.createdAt > current.report.meta.createdAt)
      byCountry.set(country, entry)
  }
  return [...byCountry.values()]
}
