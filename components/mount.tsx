import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';

/** Renders an extension page's root component into its `#root`. */
export function mount(app: ReactNode): void {
  createRoot(document.getElementById('root')!).render(<StrictMode>{app}</StrictMode>);
}
