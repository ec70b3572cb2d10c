/**
 * The explorer page: `GET /` serves index.html and `GET /explorer/explorer.js` the
 * bundle, its stylesheet and the map's Natural Earth TopoJSON, all from the directory `npm run build:explorer` writes (dist/explorer/).
 * Without a build, `/` answers 503 saying how to make one.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { REPO_ROOT } from '../paths';

export const DEFAULT_EXPLORER_DIR = path.join(REPO_ROOT, 'dist', 'explorer');

export function explorerRoutes(dir: string = DEFAULT_EXPLORER_DIR): Router {
  const router = express.Router();
  const send = (file: string, type: string) => (_req: express.Request, res: express.Response) => {
    const full = path.join(dir, file);
    if (!existsSync(full)) {
      res.status(503).type('text/plain').send('The explorer page is not built: run `npm run build:explorer` (or `npm run build`).');
      return;
    }
    res.type(type).setHeader('Cache-Control', 'no-cache');
    res.sendFile(full);
  };
  router.get('/', send('index.html', 'html'));
  router.get('/explorer/explorer.js', send('explorer.js', 'application/javascript'));
  router.get('/explorer/explorer.js.map', send('explorer.js.map', 'application/json'));
  router.get('/explorer/explorer.css', send('explorer.css', 'text/css'));
  router.get('/explorer/countries-50m.json', send('countries-50m.json', 'application/json'));
  return router;
}
