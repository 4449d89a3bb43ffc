/** The browser entry: DKFDS styles and fonts (bundled by Vite), then the app and offline reading. */
import 'dkfds-dist/css/dkfds.min.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { LocaleProvider } from './locale.tsx';
import { startOffline } from './offline/register.ts';
import { RouterProvider } from './router.tsx';
import { OfflineBanner } from './views/offline-banner.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('no #root element');
createRoot(root).render(
  <StrictMode>
    <LocaleProvider>
      <RouterProvider>
        <OfflineBanner />
        <App />
      </RouterProvider>
    </LocaleProvider>
  </StrictMode>,
);

startOffline();
