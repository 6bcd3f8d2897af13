import type { Locator, Page } from 'playwright-core'

/** The home screen as a user sees it: the list of assessments and the "New assessment" form. */
export class HomePage {
  readonly heading: Locator
  readonly newAssessmentButton: Locator
  readonly table: Locator
  readonly problems: Locator
  readonly dialog: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Assessments' })
    this.newAssessmentButton = page.getByRole('button', { name: 'New assessment' }).first()
    this.table = page.getByRole('table')
    this.problems = page.getByRole('alert').filter({ hasText: 'could not be read' })
    this.dialog = page.getByRole('dialog', { name: 'New assessment' })
  }

  async waitUntilReady(): Promise<void> {
    await this.heading.waitFor()
    await this.newAssessmentButton.and(this.page.locator(':enabled')).waitFor()
  }

  /** Fills and submits the "New assessment" form. */
  async createAssessment(details: { country: string; period: string; leadAgency?: string }) {
    await this.newAssessmentButton.click()
    await this.dialog.getByLabel('Country').selectOption({ label: details.country })
    await this.dialog.getByLabel('Assessment period').fill(details.period)
    if (details.leadAgency) await this.dialog.getByLabel('Lead agency').fill(details.leadAgency)
    await this.dialog.getByRole('button', { name: 'Create assessment' }).click()
  }

  /** The row listing an assessment of `countryName`. */
  row(countryName: string): Locator {
    return this.table.getByRole('row').filter({ hasText: countryName })
  }
}
