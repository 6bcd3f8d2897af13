/** Tier colours, shared by the bars and the tier badges in the tables. */
export const TIER_COLORS = {
  'act-now': '#b42318',
  plan: '#9a5b00',
  monitor: '#5a6675',
  met: '#12715b',
} as const
