import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { StorageFailureBoundary } from './StorageFailureBoundary';
import './styles.css';

/** Renders an extension page's root component into its `#root`; a database that does not open is said in words. */
export function mount(app: ReactNode): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StorageFailureBoundary>{app}</StorageFailureBoundary>
    </StrictMode>,
  );
}
