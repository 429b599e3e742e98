import type { Page } from '@playwright/test';
import type { Task } from '../../utils/model/task';
import type { Extension } from './fixtures';

let reader: Page | undefined;

/** Every task in Shopwalk's database, read with plain IndexedDB from an extension page, in the order started. */
export async function readTasks(ext: Extension): Promise<Task[]> {
  if (!reader || reader.isClosed() || reader.context() !== ext.context) {
    reader = await ext.context.newPage();
    await reader.goto(ext.page('dashboard.html'));
  }
  const tasks = await reader.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('shopwalk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('tasks').objectStore('tasks').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );
  return (tasks as Task[]).sort((a, b) => a.auditId.localeCompare(b.auditId) || a.seq - b.seq);
}
