import type { Locator, Page } from 'playwright-core'

/** One open assessment: its details form, sections and the save indicator. */
export class AssessmentPage {
  readonly heading: Locator
  readonly saveStatus: Locator
  readonly backButton: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 })
    this.saveStatus = page
      .getByRole('status')
      .filter({ hasText: /^(Saved|Saving…|Unsaved changes|Not saved)/ })
    this.backButton = page.getByRole('button', { name: 'All assessments' })
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true })
  }

  async waitUntilSaved(): Promise<void> {
    await this.saveStatus.filter({ hasText: /^Saved$/ }).waitFor()
  }
}
