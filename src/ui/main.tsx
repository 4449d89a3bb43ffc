/** The browser entry: DKFDS styles and fonts (bundled by Vite), then the app. */
import 'dkfds-dist/css/dkfds.min.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { LocaleProvider } from './locale.tsx';
import { RouterProvider } from './router.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('no #root element');
createRoot(root).render(
  <StrictMode>
    <LocaleProvider>
      <RouterProvider>
        <App />
      </RouterProvider>
    </LocaleProvider>
  </StrictMode>,
);
