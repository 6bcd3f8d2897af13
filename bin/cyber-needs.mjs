#!/usr/bin/env node
// The `cyber-needs` command. It runs the TypeScript sources directly through tsx, so it works in
// any clone after `npm install`, with no separate build.
import { register } from 'tsx/esm/api'

register()
await import('../cli/run.ts')
