import { describe, expect, it } from 'vitest'
import { openablePathsFromArgv } from '../../../electron/main/opened-files'

describe('files handed to the app by the operating system', () => {
  it('are the submissions and working copies among the arguments, nothing else', () => {
    expect(
      openablePathsFromArgv([
        '/opt/Cyber Capacity Needs Assessment/cyber-capacity-needs',
        '--no-sandbox',
        '/home/ana/Downloads/XAA-2026.ccna-submission',
        'C:\\Users\\ana\\KEN-2026.CCNA-WORKING',
        '/etc/passwd',
        '--inspect=9229',
        '/tmp/report.json',
      ]),
    ).toEqual([
      '/home/ana/Downloads/XAA-2026.ccna-submission',
      'C:\\Users\\ana\\KEN-2026.CCNA-WORKING',
    ])
  })
})
