/** Marks the start-up benchmark reads: the first moment the home screen's list can be used. */
export const HOME_READY_MARK = 'home-interactive'
