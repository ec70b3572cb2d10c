/**
 * Write a file so that a crash leaves either the old content or the new, never a
 * torn mix: write a temp file beside it, fsync it, rename it over the target, then
 * fsync the folder so the rename itself is durable. Used by every file the embedded
 * store writes (the snapshot and the world layer).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

export async function writeFileAtomically(file: string, text: string): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, file);
  const dirHandle = await fs.open(dir, 'r');
  try {
    await dirHandle.sync();
  } finally {
    await dirHandle.close();
  }
}
