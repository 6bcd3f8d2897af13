// The command line: `cyber-needs report|verify|help`. The same services as the app, for batch
// work. Every failure prints one plain sentence and exits non-zero; there are no stack traces.
import { writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { EXPORT_FORMATS, type ExportFormat } from '../shared/api/contract'
import { renderReport } from '../electron/main/services/report-export'
import { SigningKeyStore } from '../electron/main/services/signing-key-store'
import { commandLinePdfPrinter } from './chromium'
import { aggregateRegion } from '../shared/aggregation/aggregate'
import { currentSubmissions } from '../shared/aggregation/intake-result'
import { renderRegionalCsv } from '../shared/aggregation/render-regional-csv'
import { renderRegionalHtml } from '../shared/aggregation/render-regional-html'
import { intakeSubmissions } from '../electron/main/services/submission-intake'
import {
  CliError,
  QUESTIONNAIRES,
  readJsonFile,
  reportModelOf,
  verifySubmissionJson,
} from './report-sources'

const VERSION = '0.1.0'

const HELP = {
  main: `Usage: cyber-needs <command> [options]

Commands:
  report <file>   Render a needs report from a saved assessment or a submission
  aggregate <files or folders…>  Verify many submissions and aggregate the regional picture
  verify <file>   Check that a submission is unchanged since export (and who signed it)
  help [command]  Show help for a command

Run "cyber-needs <command> --help" for a command's options.`,
  report: `Usage: cyber-needs report <assessment-or-submission> --format <format> --out <file> [options]

Renders the needs report. A submission is verified first and refused if it was altered.

Options:
  --format <format>    html, pdf, csv, xlsx or json (a submission)
  --out <file>         Where to write the report
  --paper <size>       A4 (default) or Letter, for pdf
  --include-evidence   Include evidence notes (assessments only; off by default)
  --include-team       Include team member names (assessments only; off by default)
  -h, --help           Show this help`,
  aggregate: `Usage: cyber-needs aggregate <files or folders…> --format <format> --out <file> [--allow-rejects]

Verifies each submission (the .json files directly inside folders are read), keeps the latest
per country, and writes the regional picture. Per-file results go to stderr. Exits 1 if any file
was rejected, unless --allow-rejects is given.

Options:
  --format <format>   json, html or csv
  --out <file>        Where to write the regional picture
  --allow-rejects     Write the picture even if some files were rejected
  -h, --help          Show this help`,
  verify: `Usage: cyber-needs verify <submission> [--fingerprint "XXXX XXXX …"]

Exits 0 when the submission is intact (and, with --fingerprint, signed by that key);
otherwise exits 1 and says why.

Options:
  --fingerprint <fp>   The signing key fingerprint you expect, as confirmed with the sender
  -h, --help           Show this help`,
}

async function report(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      paper: { type: 'string', default: 'A4' },
      'include-evidence': { type: 'boolean', default: false },
      'include-team': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) return print(HELP.report)
  const [file] = positionals
  if (!file || !values.format || !values.out)
    throw new CliError(`Missing arguments.\n\n${HELP.report}`)
  if (!EXPORT_FORMATS.includes(values.format as ExportFormat)) {
    throw new CliError(`Unknown format "${values.format}": use ${EXPORT_FORMATS.join(', ')}.`)
  }
  if (values.paper !== 'A4' && values.paper !== 'Letter')
    throw new CliError('Paper size must be A4 or Letter.')
  const model = await reportModelOf(
    file,
    { includeEvidence: values['include-evidence'], includeTeam: values['include-team'] },
    new Date(),
    VERSION,
  )
  const keys = new SigningKeyStore(process.env.CYBER_NEEDS_KEYS_DIR ?? '.cyber-needs-keys')
  const output = await renderReport(
    model,
    values.format as ExportFormat,
    { printer: commandLinePdfPrinter(), keys },
    { paperSize: values.paper },
  )
  await writeFile(values.out, output)
  console.log(
    `Wrote ${values.out}: ${model.meta.countryName}, ${model.meta.period}, ${model.needs.length} needs.`,
  )
  return 0
}

async function verify(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { fingerprint: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) return print(HELP.verify)
  const [file] = positionals
  if (!file) throw new CliError(`Missing the submission to verify.\n\n${HELP.verify}`)
  const check = verifySubmissionJson(await readJsonFile(file), basename(file))
  if (!check.isIntact) {
    console.error(check.verdict)
    return 1
  }
  if (values.fingerprint) {
    const expected = values.fingerprint.replace(/\s+/g, '').toUpperCase()
    const actual =
      check.signature.status === 'valid' ? check.signature.fingerprint.replace(/\s+/g, '') : ''
    if (actual !== expected) {
      console.error(
        check.signature.status === 'valid'
          ? `${basename(file)} is intact but signed with the key ${check.signature.fingerprint}, not the one you expected.`
          : `${basename(file)} is intact but not signed, so it cannot be matched to the expected key.`,
      )
      return 1
    }
  }
  console.log(check.verdict)
  return 0
}

async function aggregate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      'allow-rejects': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) return print(HELP.aggregate)
  if (positionals.length === 0 || !values.format || !values.out)
    throw new CliError(`Missing arguments.\n\n${HELP.aggregate}`)
  const format = values.format
  if (format !== 'json' && format !== 'html' && format !== 'csv')
    throw new CliError(`Unknown format "${format}": use json, html or csv.`)
  const intake = await intakeSubmissions(positionals, { knownQuestionnaires: QUESTIONNAIRES })
  for (const result of intake.results) {
    console.error(
      `${result.status === 'accepted' ? '✓' : result.status === 'duplicate' ? '=' : '✗'} ${result.fileName}: ${result.reason}`,
    )
  }
  const rejected = intake.results.filter((result) => result.status === 'rejected').length
  if (rejected > 0 && !values['allow-rejects']) {
    console.error(
      `${rejected} file(s) rejected; nothing written. Use --allow-rejects to aggregate the accepted files anyway.`,
    )
    return 1
  }
  const picture = aggregateRegion(
    QUESTIONNAIRES[0]!,
    currentSubmissions(intake.accepted).map((entry) => entry.report),
  )
  const output =
    format === 'json'
      ? `${JSON.stringify(picture, null, 2)}\n`
      : format === 'html'
        ? renderRegionalHtml(picture)
        : renderRegionalCsv(picture)
  await writeFile(values.out, output)
  console.log(`Wrote ${values.out}: ${picture.coverage.length} countries.`)
  return 0
}

function print(text: string): number {
  console.log(text)
  return 0
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === 'report') return await report(rest)
    if (command === 'verify') return await verify(rest)
    if (command === 'aggregate') return await aggregate(rest)
    if (command === 'help' || command === '--help' || command === '-h' || command === undefined) {
      const topic = rest[0] as keyof typeof HELP | undefined
      return print(topic && topic in HELP ? HELP[topic] : HELP.main)
    }
    if (command === '--version') return print(VERSION)
    throw new CliError(`Unknown command "${command}".\n\n${HELP.main}`)
  } catch (error) {
    if (
      error instanceof CliError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      console.error((error as Error).message)
      return 2
    }
    console.error(`Unexpected failure: ${(error as Error).message}`)
    return 2
  }
}
