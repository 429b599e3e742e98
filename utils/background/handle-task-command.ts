import type { ShopwalkDb } from '../db/database';
import type { Command, TaskCommand, TaskReply } from '../messages';
import type { Task } from '../model/task';
import type { Result } from '../result';
import {
  deleteTask,
  endTask,
  noteTask,
  rateTask,
  renameTask,
  startTask,
  type TaskError,
} from '../recording/task-lifecycle';

export function isTaskCommand(command: Command): command is TaskCommand {
  return command.type.startsWith('task/');
}

/** The reply carries the task and its audit, so that a page can show both without asking again. */
async function reply(db: ShopwalkDb, result: Result<Task, TaskError>): Promise<TaskReply> {
  if (!result.ok) return result;
  const audit = await db.audits.get(result.value.auditId);
  return audit ? { ok: true, audit, task: result.value } : { ok: false, error: 'not-found' };
}

/** Carries out a task command from an extension page; each is one change to one task. */
export async function handleTaskCommand(db: ShopwalkDb, command: TaskCommand, at: number): Promise<TaskReply> {
  switch (command.type) {
    case 'task/start':
      return reply(db, await startTask(db, command.auditId, command.name, at));
    case 'task/end': {
      const { outcome, seqAnswer } = command;
      return reply(db, await endTask(db, command.ref, { outcome, seqAnswer }, at));
    }
    case 'task/rate': {
      const { outcome, seqAnswer } = command;
      return reply(db, await rateTask(db, command.taskId, { outcome, seqAnswer }));
    }
    case 'task/rename':
      return reply(db, await renameTask(db, command.taskId, command.name));
    case 'task/note':
      return reply(db, await noteTask(db, command.taskId, command.note));
    case 'task/delete':
      return reply(db, await deleteTask(db, command.taskId));
  }
}
