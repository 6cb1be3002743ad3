// Baseline for the start-up and memory figures: node + tsx + Hono, one page, no database.
import { Hono } from 'hono';
import { serve } from '@hono/node-server';

const app = new Hono().get('/', (c) => c.html('<!DOCTYPE html><html lang="da"><title>x</title><h1>Lighed</h1></html>'));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
