export { scoreAssessment, PREREQUISITE_MIN_LEVEL, type AssessmentScores } from './score-assessment'
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
export { scoreSection, spreadOf, type SectionScore, type LevelSpread } from './section-score'
export { isQuickWin, QUICK_WIN_SUPPORT_KINDS, type Offer } from './need-lists'
export {
  NEED_TIERS,
  tierOf,
  ACT_NOW_SCORE,
  PLAN_SCORE,
  CRITICAL_ACT_NOW_GAP,
  type NeedTier,
} from './tiers'
