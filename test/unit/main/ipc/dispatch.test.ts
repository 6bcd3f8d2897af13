import { describe, expect, it, vi } from 'vitest'
import { dispatchInvoke, type AppServices } from '../../../../electron/main/ipc/dispatch'
import { isTrustedSender } from '../../../../electron/main/ipc/trusted-sender'
import { fail, ok } from '../../../../shared/api/result'
import { assessmentFixture, CORE_QUESTIONNAIRE } from '../../../support/assessment-fixtures'

function servicesSpy() {
  const services = {
    getAppInfo: vi.fn(async () => ok({ name: 'x', version: '1', isDesktop: true })),
    listQuestionnaires: vi.fn(async () => ok([])),
    getQuestionnaire: vi.fn(async () => ok({}) as never),
    listAssessments: vi.fn(async () => ok({ assessments: [], problems: [] })),
    createAssessment: vi.fn(async () => ok(assessmentFixture())),
    loadAssessment: vi.fn(async () => ok(assessmentFixture())),
    saveAssessment: vi.fn(async () => ok({ updatedAt: '2026-11-01T09:00:00.000Z' })),
    deleteAssessment: vi.fn(async () => ok(null)),
    restoreAssessment: vi.fn(async () => ok(null)),
    duplicateAssessment: vi.fn(async () => ok(assessmentFixture())),
    exportWorkingCopy: vi.fn(async () => ok({ fileName: 'x.json' })),
    openFile: vi.fn(async () => fail('cancelled', 'cancelled')),
    openDroppedFile: vi.fn(async () => fail('invalid-request', 'x')),
    exportReport: vi.fn(async () => ok({ fileName: 'x.html' })),
    exportShortlist: vi.fn(async () => ok({ fileName: 'x.csv' })),
    listCollections: vi.fn(async () => ok([])),
    exportRegionalReport: vi.fn(async () => fail('cancelled', 'x')),
    createCollection: vi.fn(async () => fail('internal', 'x')),
    getCollection: vi.fn(async () => fail('not-found', 'x')),
    importSubmissions: vi.fn(async () => fail('cancelled', 'x')),
    importDroppedSubmissions: vi.fn(async () => fail('cancelled', 'x')),
    chooseSubmission: vi.fn(async () => fail('not-found', 'x')),
    getSigningKey: vi.fn(async () => ok({ fingerprint: null })),
    createSigningKey: vi.fn(async () => ok({ fingerprint: 'ABCD' })),
  } satisfies AppServices
  return services
}

const appFrame = { url: 'app://bundle/index.html', parent: null }
const trusted = { frame: appFrame, isTrusted: isTrustedSender }

describe('every API call passes the sender check and payload validation first', () => {
  it('a call from a frame outside the app is refused and never reaches the service', async () => {
    const services = servicesSpy()
    const result = await dispatchInvoke(
      services,
      'listAssessments',
      { frame: { url: 'https://evil.example/', parent: null }, isTrusted: isTrustedSender },
      [],
    )
    expect(result).toEqual({
      ok: false,
      error: { code: 'untrusted-sender', message: expect.any(String) },
    })
    expect(services.listAssessments).not.toHaveBeenCalled()
  })

  it('a call from an iframe inside the app page is refused', async () => {
    const services = servicesSpy()
    const iframe = { url: 'app://bundle/index.html', parent: appFrame }
    const result = await dispatchInvoke(
      services,
      'listAssessments',
      { frame: iframe, isTrusted: isTrustedSender },
      [],
    )
    expect(result.ok).toBe(false)
    expect(services.listAssessments).not.toHaveBeenCalled()
  })

  it('a call whose frame is gone (null) is refused', async () => {
    const result = await dispatchInvoke(
      servicesSpy(),
      'getAppInfo',
      { frame: null, isTrusted: isTrustedSender },
      [],
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } })
  })

  it('a payload that fails validation is rejected with the field at fault', async () => {
    const services = servicesSpy()
    const result = await dispatchInvoke(services, 'createAssessment', trusted, [
      { profile: { country: 'Kenya', period: '2026' }, questionnaire: CORE_QUESTIONNAIRE },
    ])
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(!result.ok && result.error.message).toContain('country')
    expect(services.createAssessment).not.toHaveBeenCalled()
  })

  it('extra properties smuggled into a payload are rejected, not passed on', async () => {
    const services = servicesSpy()
    // As a hostile renderer would send it: JSON with own `__proto__` and unknown keys.
    const payload: unknown = JSON.parse(
      '{"profile":{"country":"KEN","period":"2026","__proto__":{"isAdmin":true}},' +
        '"questionnaire":{"id":"cyber-capacity-core","version":"1.0.0"},"dataDir":"/etc"}',
    )
    const result = await dispatchInvoke(services, 'createAssessment', trusted, [payload])
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(services.createAssessment).not.toHaveBeenCalled()
  })

  it('a wrong number of arguments is rejected', async () => {
    const services = servicesSpy()
    expect(await dispatchInvoke(services, 'loadAssessment', trusted, [])).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    })
    expect(await dispatchInvoke(services, 'getAppInfo', trusted, ['extra'])).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    })
  })

  it('an id that could escape the data folder is rejected before any file is touched', async () => {
    const services = servicesSpy()
    const result = await dispatchInvoke(services, 'loadAssessment', trusted, ['../../etc/passwd'])
    expect(result.ok).toBe(false)
    expect(services.loadAssessment).not.toHaveBeenCalled()
  })

  it('a valid call from the app reaches the service with the parsed payload', async () => {
    const services = servicesSpy()
    const result = await dispatchInvoke(services, 'createAssessment', trusted, [
      { profile: { country: 'KEN', period: ' 2026 ' }, questionnaire: CORE_QUESTIONNAIRE },
    ])
    expect(result.ok).toBe(true)
    expect(services.createAssessment).toHaveBeenCalledWith({
      profile: { country: 'KEN', period: '2026', leadAgency: '', title: '', team: [] },
      questionnaire: CORE_QUESTIONNAIRE,
    })
  })

  it('a service that throws becomes a plain "internal" error, not a stack trace', async () => {
    const services = servicesSpy()
    services.listAssessments.mockRejectedValueOnce(new Error('disk on fire at /home/secret'))
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const result = await dispatchInvoke(services, 'listAssessments', trusted, [])
    spy.mockRestore()
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(result)).not.toContain('/home/secret')
  })
})
