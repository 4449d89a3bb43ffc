/** The meeting builder's publication: publish the agenda, or a supplement once it is published. */
import { useLocale } from '../locale.tsx';

export function BuilderPublish({
  publishedVersion,
  busy,
  onPublish,
}: {
  publishedVersion: number | null;
  busy: boolean;
  onPublish: () => void;
}) {
  const { t } = useLocale();
  return (
    <section aria-labelledby="builder-publish">
      <h2 id="builder-publish">{t('builder.publishTitle')}</h2>
      <p>{publishedVersion === null ? t('builder.publishIntro') : t('builder.publishSupplementIntro')}</p>
      <button
        type="button"
        className="button button-primary"
        aria-disabled={busy || undefined}
        onClick={() => void onPublish()}
      >
        {publishedVersion === null ? t('builder.publish') : t('builder.publishSupplement')}
      </button>
    </section>
  );
}
