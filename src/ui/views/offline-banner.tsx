/** The notice that the app shows the saved copy: offline, or the network failed and the cache answered. */
import { useLocale } from '../locale.tsx';
import { useOffline } from '../offline/status.ts';
import '../styles/offline.css';

export function OfflineBanner() {
  const { t } = useLocale();
  const offline = useOffline();
  if (!offline) return null;
  return (
    <div className="alert alert-warning app-offline" role="status">
      <div className="alert-body container">
        <p className="alert-text">{t('offline.banner')}</p>
      </div>
    </div>
  );
}
