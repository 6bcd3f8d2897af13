import { useTranslation } from 'react-i18next'
import { Bar, BarChart, Cell, XAxis, YAxis, CartesianGrid } from 'recharts'
import type { ScoredItem } from '../../../../shared/scoring'
import { formatNumber } from './format-number'
import { TIER_COLORS } from './tier-colors'

const SHOWN = 10

/** The largest needs as ranked bars, with the same list as a table. */
export function NeedsChart({
  needs,
  label,
}: {
  needs: ScoredItem[]
  label: (itemId: string) => string
}) {
  const { t, i18n } = useTranslation()
  const top = needs.slice(0, SHOWN)
  const data = top.map((need) => ({
    code: label(need.itemId).split(' ')[0],
    score: need.needScore,
    tier: need.tier,
  }))

  return (
    <section className="card" aria-labelledby="needs-chart-title">
      <h2 id="needs-chart-title">{t('results.largestNeeds', { count: top.length })}</h2>
      {top.length === 0 ? (
        <p className="muted">{t('results.noNeeds')}</p>
      ) : (
        <div className="results__chart-row">
          <figure className="results__chart" aria-hidden="true">
            <BarChart
              accessibilityLayer={false}
              width={380}
              height={Math.max(120, top.length * 28 + 30)}
              data={data}
              layout="vertical"
              margin={{ left: 8, right: 16 }}
            >
              <CartesianGrid horizontal={false} />
              <XAxis type="number" domain={[0, 24]} />
              <YAxis type="category" dataKey="code" width={40} />
              <Bar dataKey="score" isAnimationActive={false}>
                {data.map((entry) => (
                  <Cell key={entry.code} fill={TIER_COLORS[entry.tier]} />
                ))}
              </Bar>
            </BarChart>
          </figure>
          <table className="data-table" aria-labelledby="needs-chart-title">
            <thead>
              <tr>
                <th scope="col">{t('results.item')}</th>
                <th scope="col" className="number">
                  {t('results.currentToTarget')}
                </th>
                <th scope="col" className="number">
                  {t('results.needScore')}
                </th>
                <th scope="col">{t('results.tier')}</th>
              </tr>
            </thead>
            <tbody>
              {top.map((need) => (
                <tr key={need.itemId} data-item-id={need.itemId}>
                  <th scope="row">{label(need.itemId)}</th>
                  <td className="number">
                    {need.current} → {need.target}
                    {need.targetIsDefault && <abbr title={t('results.defaultTarget')}>*</abbr>}
                  </td>
                  <td className="number">{formatNumber(need.needScore, i18n.language)}</td>
                  <td>
                    <span className={`tier-badge tier--${need.tier}`}>
                      {t(`results.tiers.${need.tier}`)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
