import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppApi, CollectionSummary } from '../../../../shared/api/contract'
import { formatDate } from '../../components/format'
import { BackLink } from '../../components/BackLink'

interface Props {
  api: AppApi
  onOpen: (collectionId: string) => void
  onBack: () => void
}

/** A regional organization's collections of member submissions, and a form to start one. */
export function CollectionsScreen({ api, onOpen, onBack }: Props) {
  const { t, i18n } = useTranslation()
  const [collections, setCollections] = useState<CollectionSummary[] | null>(null)
  const [name, setName] = useState('')
  const [error, setError] = useState('')

  useEffect(() => {
    void api.listCollections().then((result) => setCollections(result.ok ? result.value : []))
  }, [api])

  async function create(event: FormEvent) {
    event.preventDefault()
    const result = await api.createCollection(name)
    if (result.ok) onOpen(result.value.id)
    else setError(result.error.message)
  }

  return (
    <main className="page" aria-labelledby="collections-title">
      <BackLink label={t('assessment.back')} onBack={onBack} />
      <div className="page__header">
        <div>
          <h1 id="collections-title">{t('regional.title')}</h1>
          <p className="muted">{t('regional.intro')}</p>
        </div>
      </div>
      <form className="card regional__create" onSubmit={(event) => void create(event)}>
        <div className="field field--grow">
          <label htmlFor="collection-name">{t('regional.name')}</label>
          <input
            id="collection-name"
            value={name}
            placeholder={t('regional.namePlaceholder')}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={name.trim() === ''}>
          {t('regional.create')}
        </button>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </form>
      {collections && collections.length > 0 && (
        <table className="assessment-table">
          <thead>
            <tr>
              <th scope="col">{t('regional.collection')}</th>
              <th scope="col">{t('regional.files')}</th>
              <th scope="col">{t('home.columns.created')}</th>
            </tr>
          </thead>
          <tbody>
            {collections.map((collection) => (
              <tr key={collection.id}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onOpen(collection.id)}
                  >
                    {collection.name}
                  </button>
                </td>
                <td>{collection.fileCount}</td>
                <td>{formatDate(collection.createdAt, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  )
}
