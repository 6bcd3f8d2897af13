import { describe, expect, it } from 'vitest'
import { scoreAssessment, type ScoredItem } from '../../../../shared/scoring'
import { answer, rated, scoringQuestionnaire as q } from './scoring-fixture'

const scored = (answers: Parameters<typeof scoreAssessment>[1], itemId: string) => {
  const result = scoreAssessment(q, answers).byItemId.get(itemId)
  if (result?.status !== 'scored') throw new Error(`${itemId} was not scored`)
  return result
}

describe('an item’s need', () => {
  it('is gap × priority weight × enabler multiplier (the brief’s worked example G1)', () => {
    const g1 = scored({ 'cbm.poc': rated(0, { target: 3, priority: 'critical' }) }, 'cbm.poc')
    expect(g1).toMatchObject({ gap: 3, weight: 4, multiplier: 1.5, needScore: 18, tier: 'act-now' })
    expect(g1.needPercent).toBeCloseTo((100 * 18) / 24)
  })

  it('F6: gap 2 at medium priority scores 4 and is monitored', () => {
    expect(
      scored({ 'supply.vep': rated(0, { target: 2, priority: 'medium' }) }, 'supply.vep'),
    ).toMatchObject({
      needScore: 4,
      tier: 'monitor',
    })
  })

  it.each([
    // current, target, priority, expected score, tier
    [0, 4, 'high', 12, 'act-now'],
    [1, 4, 'medium', 6, 'plan'],
    [2, 4, 'high', 6, 'plan'],
    [1, 3, 'critical', 8, 'act-now'], // critical and two levels short
    [2, 3, 'critical', 4, 'monitor'], // critical but only one level short
    [3, 4, 'low', 1, 'monitor'],
    [3, 3, 'critical', 0, 'met'],
    [4, 2, 'high', 0, 'met'], // above target: no negative gap
  ] as const)(
    'current %i → target %i at %s priority scores %d (%s)',
    (current, target, priority, score, tier) => {
      expect(
        scored({ 'supply.iot': rated(current, { target, priority }) }, 'supply.iot'),
      ).toMatchObject({
        needScore: score,
        tier,
      })
    },
  )

  it.each([
    // enabler G1: current, target, priority, expected score, tier
    [2, 3, 'high', 4.5, 'monitor'],
    [1, 3, 'medium', 6, 'plan'],
    [0, 3, 'medium', 9, 'plan'],
    [3, 4, 'critical', 6, 'plan'], // critical, but only one level short
    [1, 3, 'critical', 12, 'act-now'],
  ] as const)(
    'on an enabler, current %i → target %i at %s priority scores %d (%s)',
    (current, target, priority, score, tier) => {
      expect(scored({ 'cbm.poc': rated(current, { target, priority }) }, 'cbm.poc')).toMatchObject({
        multiplier: 1.5,
        needScore: score,
        tier,
      })
    },
  )

  it('applies the enabler multiplier to enabler items only', () => {
    const same = rated(1, { target: 3, priority: 'high' })
    const result = scoreAssessment(q, { 'cbm.poc': same, 'cbm.regional': same })
    expect(result.byItemId.get('cbm.poc')).toMatchObject({ multiplier: 1.5, needScore: 9 })
    expect(result.byItemId.get('cbm.regional')).toMatchObject({ multiplier: 1, needScore: 6 })
  })

  it('takes the weights and the multiplier from the questionnaire’s scale', () => {
    const scale = {
      ...q.scale,
      enablerMultiplier: 2,
      priorities: q.scale.priorities.map((p) => ({ ...p, weight: p.weight * 10 })),
    }
    const result = scoreAssessment({ ...q, scale }, { 'cbm.poc': rated(2, { target: 3 }) })
    expect(result.byItemId.get('cbm.poc')).toMatchObject({ weight: 20, needScore: 40 })
    expect((result.byItemId.get('cbm.poc') as ScoredItem).needPercent).toBeCloseTo(
      (100 * 40) / (4 * 40 * 2),
    )
  })

  it('uses the default target 3 when none is set, and says so', () => {
    expect(scored({ 'supply.iot': rated(1, { priority: 'low' }) }, 'supply.iot')).toMatchObject({
      target: 3,
      targetIsDefault: true,
      gap: 2,
    })
    expect(scored({ 'supply.iot': rated(1, { target: 3 }) }, 'supply.iot').targetIsDefault).toBe(
      false,
    )
  })

  it('uses medium priority when none is set, and says so', () => {
    expect(scored({ 'supply.iot': rated(1, { target: 2 }) }, 'supply.iot')).toMatchObject({
      priority: 'medium',
      priorityIsDefault: true,
      needScore: 2,
    })
  })
})

describe('"don’t know", "not applicable" and unanswered items', () => {
  const answers = {
    'cbm.poc': answer({ current: { kind: 'dont-know' }, target: 4, priority: 'critical' }),
    'cbm.regional': answer({ current: { kind: 'not-applicable', reason: 'No regional body' } }),
    'supply.vep': rated(1, { target: 3, priority: 'high' }),
  }
  const result = scoreAssessment(q, answers)

  it('lists "don’t know" as an assessment gap and never scores it as 0', () => {
    expect(result.assessmentGaps).toEqual(['cbm.poc'])
    expect(result.byItemId.get('cbm.poc')?.status).toBe('dont-know')
    expect(result.needs.map((n) => n.itemId)).toEqual(['supply.vep'])
  })

  it('leaves "not applicable" out of every list except offers', () => {
    expect(result.byItemId.get('cbm.regional')?.status).toBe('not-applicable')
    for (const list of [
      result.needs.map((n) => n.itemId),
      result.assessmentGaps,
      result.unanswered,
    ])
      expect(list).not.toContain('cbm.regional')
  })

  it('leaves "not applicable" and unanswered items out of the section figures', () => {
    const cbm = result.sections.find((s) => s.sectionId === 'cbm')!
    expect(cbm).toMatchObject({
      scoredCount: 0,
      dontKnowCount: 1,
      notApplicableCount: 1,
      unansweredCount: 1,
    })
    expect(cbm.current).toBeNull()
    expect(cbm.gapPercent).toBeNull()
    expect(result.unanswered).toEqual(['cbm.poc-exercised', 'supply.disclosure', 'supply.iot'])
    expect(result.overall).toMatchObject({ answeredCount: 3, itemCount: 6 })
  })
})

describe('a section’s figures', () => {
  const result = scoreAssessment(q, {
    'supply.vep': rated(0, { target: 2, priority: 'medium' }), // g 2, w 2
    'supply.disclosure': rated(1, { target: 4, priority: 'critical' }), // g 3, w 4
    'supply.iot': rated(4, { target: 4, priority: 'low' }), // g 0, w 1
  })
  const section = result.sections.find((s) => s.sectionId === 'supply-chain')!

  it('give the mean current level with its standard deviation, min, median and max', () => {
    const mean = 5 / 3
    const deviation = Math.sqrt(((0 - mean) ** 2 + (1 - mean) ** 2 + (4 - mean) ** 2) / 3)
    expect(section.current).toEqual({
      mean,
      standardDeviation: expect.closeTo(deviation, 12),
      min: 0,
      median: 1,
      max: 4,
    })
    expect(section.scoredCount).toBe(3)
  })

  it('give the unweighted Σg / (4 × n) and the weighted Σ(g·w) / Σ(4·w) side by side', () => {
    expect(section.gapPercent).toBeCloseTo((100 * 5) / 12)
    expect(section.weightedGapPercent).toBeCloseTo((100 * (4 + 12)) / (4 * (2 + 4 + 1)))
    expect(section.meanTarget).toBeCloseTo(10 / 3)
    expect(section.tierCounts).toEqual({ 'act-now': 1, plan: 0, monitor: 1, met: 1 })
  })

  it('have a zero spread when every rated item is at the same level', () => {
    const flat = scoreAssessment(q, { 'supply.vep': rated(2), 'supply.iot': rated(2) })
    expect(flat.sections[1]!.current).toMatchObject({ mean: 2, standardDeviation: 0 })
  })

  it('are empty (null), not zero, when nothing in the section is rated', () => {
    const cbm = result.sections.find((s) => s.sectionId === 'cbm')!
    expect(cbm).toMatchObject({
      scoredCount: 0,
      current: null,
      meanTarget: null,
      gapPercent: null,
      weightedGapPercent: null,
    })
  })
})

describe('prerequisites', () => {
  it('mark an item blocked while its prerequisite is below Formalised or unknown, without changing its score', () => {
    const g2 = rated(0, { target: 3, priority: 'high' })
    const blocked = scoreAssessment(q, { 'cbm.poc': rated(1), 'cbm.poc-exercised': g2 })
    expect(blocked.byItemId.get('cbm.poc-exercised')?.blockedBy).toEqual(['cbm.poc'])
    const unknown = scoreAssessment(q, {
      'cbm.poc': answer({ current: { kind: 'dont-know' } }),
      'cbm.poc-exercised': g2,
    })
    expect(unknown.byItemId.get('cbm.poc-exercised')?.blockedBy).toEqual(['cbm.poc'])
    const clear = scoreAssessment(q, { 'cbm.poc': rated(2), 'cbm.poc-exercised': g2 })
    expect(clear.byItemId.get('cbm.poc-exercised')?.blockedBy).toEqual([])
    expect((clear.byItemId.get('cbm.poc-exercised') as ScoredItem).needScore).toBe(
      (blocked.byItemId.get('cbm.poc-exercised') as ScoredItem).needScore,
    )
  })

  it('also block while the prerequisite is not answered yet: nobody can say it is in place', () => {
    const result = scoreAssessment(q, { 'cbm.poc-exercised': rated(0) })
    expect(result.byItemId.get('cbm.poc-exercised')?.blockedBy).toEqual(['cbm.poc'])
  })

  it('do not block when the prerequisite is "not applicable" by national choice', () => {
    const result = scoreAssessment(q, {
      'cbm.poc': answer({ current: { kind: 'not-applicable', reason: 'Handled regionally' } }),
      'cbm.poc-exercised': rated(0),
    })
    expect(result.byItemId.get('cbm.poc-exercised')?.blockedBy).toEqual([])
  })

  it('never tag an item that is itself "not applicable"', () => {
    const result = scoreAssessment(q, {
      'cbm.poc': rated(0),
      'cbm.poc-exercised': answer({ current: { kind: 'not-applicable', reason: '' } }),
    })
    expect(result.byItemId.get('cbm.poc-exercised')?.blockedBy).toEqual([])
  })

  it('ignore a prerequisite id the questionnaire does not contain', () => {
    const broken = {
      ...q,
      sections: q.sections.map((section) => ({
        ...section,
        items: section.items.map((item) =>
          item.id === 'supply.iot' ? { ...item, prerequisites: ['no.such-item'] } : item,
        ),
      })),
    }
    const result = scoreAssessment(broken, { 'supply.iot': rated(0) })
    expect(result.byItemId.get('supply.iot')?.blockedBy).toEqual([])
  })
})

describe('the lists', () => {
  it('order needs by tier and score, then enablers, urgency, readiness and questionnaire order', () => {
    const ready = { hasCounterpart: true, hasStaff: true, hasCoFunding: true }
    const result = scoreAssessment(q, {
      'supply.vep': rated(2, { target: 4, priority: 'high' }), // 6 plan
      'cbm.regional': rated(2, { target: 4, priority: 'high', timeframe: 'within-6-months' }), // 6 plan, urgent
      'supply.disclosure': rated(2, { target: 4, priority: 'high', readiness: ready }), // 6 plan, ready
      'supply.iot': rated(2, { target: 4, priority: 'high' }), // 6 plan
      'cbm.poc': rated(2, { target: 4, priority: 'medium' }), // 6 plan, enabler (2×2×1.5)
      'cbm.poc-exercised': rated(0, { target: 4, priority: 'critical' }), // 16 act now
    })
    expect(result.needs.map((n) => n.itemId)).toEqual([
      'cbm.poc-exercised',
      'cbm.poc',
      'cbm.regional',
      'supply.disclosure',
      'supply.vep',
      'supply.iot',
    ])
  })

  it('find quick wins, offers and needs apart', () => {
    const result = scoreAssessment(q, {
      'cbm.poc': rated(1, { supportNeed: 'no' }),
      'cbm.regional': rated(1, { supportKinds: ['policy-legal-advice', 'knowledge-resources'] }),
      'supply.vep': rated(1, { supportKinds: ['policy-legal-advice', 'training'] }),
      'supply.iot': rated(3, {
        target: 3,
        supportNeed: 'no',
        canOffer: true,
        offerKinds: ['training'],
      }),
    })
    expect(result.quickWins.map((n) => n.itemId).sort()).toEqual(['cbm.poc', 'cbm.regional'])
    expect(result.offers).toEqual([{ itemId: 'supply.iot', offerKinds: ['training'] }])
    expect(result.needs.map((n) => n.itemId)).not.toContain('supply.iot')
  })

  it('put a higher tier first even when a lower tier has the larger score', () => {
    const result = scoreAssessment(q, {
      'cbm.poc': rated(1, { target: 3, priority: 'high' }), // enabler: 2 × 3 × 1.5 = 9, plan
      'cbm.poc-exercised': rated(1, { target: 3, priority: 'critical' }), // 8, act now (critical, g 2)
    })
    expect(result.needs.map((n) => [n.itemId, n.needScore, n.tier])).toEqual([
      ['cbm.poc-exercised', 8, 'act-now'],
      ['cbm.poc', 9, 'plan'],
    ])
  })

  it('count as quick wins only needs with a gap whose support is none, or advice and resources only', () => {
    const result = scoreAssessment(q, {
      'cbm.poc': rated(3, { target: 3, supportNeed: 'no' }), // no gap
      'cbm.poc-exercised': rated(1, { supportNeed: 'unsure' }), // nothing asked for, but not "no"
      'cbm.regional': rated(1, { supportNeed: 'yes', supportKinds: ['knowledge-resources'] }),
      'supply.vep': rated(1, { supportNeed: 'yes', supportKinds: ['training'] }),
    })
    expect(result.quickWins.map((n) => n.itemId)).toEqual(['cbm.regional'])
  })

  it('list offers for any item the country can help others on, in questionnaire order', () => {
    const result = scoreAssessment(q, {
      'supply.iot': answer({ canOffer: true, offerKinds: ['peer-exchange'] }), // not rated yet
      'cbm.regional': answer({
        current: { kind: 'not-applicable', reason: '' },
        canOffer: true,
        offerKinds: ['training', 'exercises'],
      }),
      'cbm.poc': rated(4, { canOffer: false, offerKinds: ['training'] }),
    })
    expect(result.offers).toEqual([
      { itemId: 'cbm.regional', offerKinds: ['training', 'exercises'] },
      { itemId: 'supply.iot', offerKinds: ['peer-exchange'] },
    ])
  })

  it('list assessment gaps and unanswered items in questionnaire order', () => {
    const dontKnow = answer({ current: { kind: 'dont-know' } })
    const result = scoreAssessment(q, {
      'supply.iot': dontKnow,
      'cbm.poc': dontKnow,
      'supply.vep': rated(2),
    })
    expect(result.assessmentGaps).toEqual(['cbm.poc', 'supply.iot'])
    expect(result.unanswered).toEqual(['cbm.poc-exercised', 'cbm.regional', 'supply.disclosure'])
  })
})

describe('the totals', () => {
  const result = scoreAssessment(q, {
    'cbm.poc': rated(0, { target: 3, priority: 'critical', supportNeed: 'no' }), // 18 act now
    'cbm.poc-exercised': rated(0, { target: 3, priority: 'high' }), // 9 plan, blocked by G1
    'cbm.regional': answer({ current: { kind: 'dont-know' } }),
    'supply.vep': rated(3, { target: 3, canOffer: true, offerKinds: ['training'] }), // met
    'supply.disclosure': answer({ current: { kind: 'not-applicable', reason: '' } }),
  })

  it('count items by status, the lists, and the tiers over the whole assessment', () => {
    expect(result.totals).toMatchObject({
      itemCount: 6,
      answeredCount: 5,
      scoredCount: 3,
      dontKnowCount: 1,
      notApplicableCount: 1,
      unansweredCount: 1,
      needCount: 2,
      quickWinCount: 1,
      offerCount: 1,
      blockedNeedCount: 1,
      tierCounts: { 'act-now': 1, plan: 1, monitor: 0, met: 1 },
    })
  })

  it('use the section definitions over every scored item', () => {
    // gaps 3, 3, 0; weights 4, 3, 2
    expect(result.totals.current).toMatchObject({ mean: 1, min: 0, median: 0, max: 3 })
    expect(result.totals.gapPercent).toBeCloseTo((100 * 6) / 12)
    expect(result.totals.weightedGapPercent).toBeCloseTo((100 * (12 + 9)) / (4 * (4 + 3 + 2)))
    expect(result.tierCounts).toBe(result.totals.tierCounts)
    expect(result.overall).toEqual({
      current: result.totals.current,
      answeredCount: 5,
      itemCount: 6,
    })
  })
})
