export { scoreAssessment, type AssessmentScores, type AssessmentTotals } from './score-assessment'
export {
  scoreItem,
  maxNeedScore,
  priorityWeight,
  DEFAULT_PRIORITY,
  MAX_LEVEL,
  type ItemScore,
  type ScoredItem,
  type UnscoredItem,
  type ItemStatus,
} from './item-score'
export {
  scoreSection,
  figuresOf,
  spreadOf,
  type SectionScore,
  type ItemFigures,
  type LevelSpread,
} from './section-score'
export { blockersOf, isBlocking, PREREQUISITE_MIN_LEVEL } from './prerequisites'
export { isQuickWin, QUICK_WIN_SUPPORT_KINDS, type Offer } from './need-lists'
export {
  NEED_TIERS,
  tierOf,
  ACT_NOW_SCORE,
  PLAN_SCORE,
  CRITICAL_ACT_NOW_GAP,
  type NeedTier,
} from './tiers'
