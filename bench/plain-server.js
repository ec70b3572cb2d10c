// Baseline for the API-overhead benchmark: a plain Node HTTP handler that answers every
// request with the bytes in BODY_FILE (the API's own answer to the same query), so the
// difference to the API is what GraphQL, resolvers and the store cost.
const http = require('node:http');
const fs = require('node:fs');
const bodies = JSON.parse(fs.readFileSync(process.env.BODY_FILE, 'utf8'));
http
  .createServer((req, res) => {
    if (req.url === '/readyz') return res.end('{"status":"ready"}');
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const key = Buffer.concat(chunks).toString();
      res.setHeader('content-type', 'application/json');
      res.end(bodies[key] ?? '{}');
    });
  })
  .listen(Number(process.env.PORT), '127.0.0.1');
