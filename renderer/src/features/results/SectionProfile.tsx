import { useTranslation } from 'react-i18next'
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Legend } from 'recharts'
import { localize } from '../../../../shared/questionnaire/localized-text'
import type { Questionnaire } from '../../../../shared/questionnaire/schema'
import type { SectionScore } from '../../../../shared/scoring'
import { formatNumber, formatPercent } from './format-number'

interface Props {
  questionnaire: Questionnaire
  sections: SectionScore[]
}

/** Current against target by section, as a radar chart and as the table it is drawn from. */
export function SectionProfile({ questionnaire, sections }: Props) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const titleOf = (sectionId: string) => questionnaire.sections.find((s) => s.id === sectionId)
  const data = sections.map((section) => ({
    section: titleOf(section.sectionId)?.code ?? section.sectionId,
    current: section.current?.mean ?? 0,
    target: section.meanTarget ?? 0,
  }))

  return (
    <section className="card" aria-labelledby="section-profile-title">
      <h2 id="section-profile-title">{t('results.sectionProfile')}</h2>
      <div className="results__chart-row">
        <figure className="results__chart" aria-hidden="true">
          <RadarChart
            width={380}
            height={320}
            data={data}
            outerRadius={115}
            accessibilityLayer={false}
          >
            <PolarGrid />
            <PolarAngleAxis dataKey="section" />
            <PolarRadiusAxis domain={[0, 4]} tickCount={5} angle={90} />
            <Radar
              name={t('results.current')}
              dataKey="current"
              stroke="#1d4f91"
              fill="#1d4f91"
              fillOpacity={0.25}
              isAnimationActive={false}
            />
            <Radar
              name={t('results.target')}
              dataKey="target"
              stroke="#0f7b6c"
              fill="#0f7b6c"
              fillOpacity={0.08}
              strokeDasharray="5 4"
              isAnimationActive={false}
            />
            <Legend />
          </RadarChart>
        </figure>
        <table className="data-table" aria-labelledby="section-profile-title">
          <thead>
            <tr>
              <th scope="col">{t('results.section')}</th>
              <th scope="col" className="number">
                {t('results.meanCurrent')}
              </th>
              <th scope="col" className="number">
                {t('results.range')}
              </th>
              <th scope="col" className="number">
                {t('results.meanTarget')}
              </th>
              <th scope="col" className="number">
                {t('results.gapPercent')}
              </th>
              <th scope="col" className="number">
                {t('results.weightedGapPercent')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sections.map((section) => {
              const meta = titleOf(section.sectionId)
              return (
                <tr key={section.sectionId} data-section-id={section.sectionId}>
                  <th scope="row">
                    <span className="results__code">{meta?.code}</span>{' '}
                    {meta ? localize(meta.title, lang) : ''}
                  </th>
                  <td className="number">{formatNumber(section.current?.mean, lang)}</td>
                  <td className="number">
                    {section.current ? `${section.current.min}–${section.current.max}` : '—'}
                  </td>
                  <td className="number">{formatNumber(section.meanTarget, lang)}</td>
                  <td className="number">{formatPercent(section.gapPercent, lang)}</td>
                  <td className="number">{formatPercent(section.weightedGapPercent, lang)}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
