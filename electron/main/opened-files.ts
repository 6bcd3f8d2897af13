import { SUBMISSION_EXTENSION } from '../../shared/submission/submission'
import { WORKING_COPY_EXTENSION } from '../../shared/assessment/working-copy'

const OPENABLE = [`.${SUBMISSION_EXTENSION}`, `.${WORKING_COPY_EXTENSION}`]

/**
 * The files among command-line arguments that the app should open: what Windows and Linux pass
 * when the user double-clicks a submission or working copy. Flags and anything else are ignored.
 */
export function openablePathsFromArgv(argv: readonly string[]): string[] {
  return argv.filter(
    (arg) =>
      !arg.startsWith('-') && OPENABLE.some((extension) => arg.toLowerCase().endsWith(extension)),
  )
}
