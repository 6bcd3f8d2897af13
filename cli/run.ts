import { main } from './cyber-needs'

process.exitCode = await main(process.argv.slice(2))
