import type { Locator, Page } from 'playwright-core'

/** The Questionnaire tab: section navigator, filters, and the item cards. */
export class WalkthroughPage {
  readonly sections: Locator
  readonly cards: Locator

  constructor(readonly page: Page) {
    this.sections = page.getByRole('navigation', { name: 'Sections' })
    this.cards = page.getByRole('article')
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Questionnaire' }).click()
    await this.cards.first().waitFor()
  }

  sectionButton(title: string): Locator {
    return this.sections.getByRole('button', { name: new RegExp(escapeRegExp(title)) })
  }

  card(code: string): Locator {
    return this.cards.filter({
      has: this.page.locator('.item-card__code', { hasText: new RegExp(`^${code}$`) }),
    })
  }

  /** Presses Tab until the focus is inside an item card, as a keyboard user would. */
  async tabIntoCard(maxPresses = 40): Promise<void> {
    for (let press = 0; press < maxPresses; press++) {
      if (await this.page.evaluate(() => document.activeElement?.closest('article') != null)) return
      await this.page.keyboard.press('Tab')
    }
    throw new Error('Tab never reached an item card.')
  }

  /** Presses Tab until the focused element has the given accessible label. */
  async tabTo(label: string, maxPresses = 40): Promise<void> {
    for (let press = 0; press < maxPresses; press++) {
      const focusedLabel = await this.page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null
        return (
          element?.labels?.[0]?.textContent?.trim() ?? element?.getAttribute('aria-label') ?? ''
        )
      })
      if (focusedLabel === label) return
      await this.page.keyboard.press('Tab')
    }
    throw new Error(`Tab never reached "${label}".`)
  }

  async focusedItemCode(): Promise<string> {
    return this.page.evaluate(
      () =>
        document.activeElement?.closest('article')?.querySelector('.item-card__code')
          ?.textContent ?? '',
    )
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
