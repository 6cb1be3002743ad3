// A meeting's agenda or minutes as one HTML file that stands on its own (for an archive or a mail):
// the same document as the web page, with its own small stylesheet instead of the site's.
import { raw } from 'hono/html';
import type { RenderModel } from './model.ts';
import { DocumentView } from './html.tsx';
import { shortDanishDate } from '../parse/dates.ts';

const STYLE = `body{font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;line-height:1.5;margin:2rem auto;max-width:46rem;padding:0 1rem}
h1{font-size:1.8rem}h2{font-size:1.35rem;margin-top:2rem}h3{font-size:1.1rem}
.lighed-meta{color:#454545}.lighed-item{border-top:1px solid #bfbfbf;margin-top:2rem;padding-top:1rem}
.alert{border-left:4px solid #8e8e8e;background:#f5f5f5;padding:.5rem 1rem;margin:1rem 0}.alert-info{border-color:#1b86c3;background:#e2f2fb}
.alert-warning{border-color:#febb30;background:#fec}.nobullet-list{list-style:none;padding-left:0}
.lighed-clause{margin-left:1.5rem}@media print{body{margin:0;max-width:none}a{color:inherit;text-decoration:none}}`;

export function renderStandaloneHtml(model: RenderModel): string {
  const title = `${model.kind === 'minutes' ? 'Referat' : 'Dagsorden'} ${model.organization} ${shortDanishDate(model.date)}`;
  const page = (
    <html lang="da">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <style>{raw(STYLE)}</style>
      </head>
      <body>
        <main><DocumentView model={model} downloads={[]} /></main>
      </body>
    </html>
  );
  // (The notices' icons come from the site's sprite; the file's own style marks them by colour alone.)
  return `<!DOCTYPE html>${page.toString().replace(/<svg class="icon-svg alert-icon"[^>]*>.*?<\/svg>/g, '')}`;
}
