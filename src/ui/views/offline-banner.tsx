/** The notice that the app shows the saved copy: offline, or the network failed and the cache answered. */
import { useLocale } from '../locale.tsx';
import { useOffline } from '../offline/status.ts';
import '../styles/offline.css';

export function OfflineBanner() {
  const { t } = useLocale();
  const offline = useOffline();
  // The live region is always there, so a screen reader hears the notice when it appears.
  return (
    <div role="status" className="app-offline-region">
      {offline && (
        <div className="alert alert-warning app-offline">
          <div className="alert-body container">
            <p className="alert-text">{t('offline.banner')}</p>
          </div>
        </div>
      )}
    </div>
  );
}
