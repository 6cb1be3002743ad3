// The page frame: DKFDS styles, skip link, header with language switch, footer.
import { jsxRenderer, useRequestContext } from 'hono/jsx-renderer';
import type { AppEnv } from './env.ts';
import { can, organizationsWhere } from '../permissions/policy.ts';

export const layout = jsxRenderer<AppEnv>(
  ({ children, title, breadcrumbs }) => {
    const c = useRequestContext<AppEnv>();
    const t = c.get('t');
    const locale = c.get('locale');
    const other = locale === 'da' ? 'en' : 'da';
    const here = new URL(c.req.url).pathname;
    const principal = c.get('principal');
    const staff = principal?.kind === 'user' && organizationsWhere(principal, 'agenda.edit').length > 0;
    const admin = principal?.kind === 'user' && can(principal, 'audit.read');
    const menu = [
      { href: '/', label: t('nav.home'), current: here === '/' },
      { href: '/organer', label: t('nav.bodies'), current: here.startsWith('/organer') },
      { href: '/kalender', label: t('nav.calendar'), current: here.startsWith('/kalender') },
      { href: '/soeg', label: t('nav.search'), current: here.startsWith('/soeg') },
      ...(principal?.kind === 'user' ? [{ href: '/mit', label: t('nav.mine'), current: here === '/mit' }] : []),
      ...(staff ? [{ href: '/sekretariat', label: t('nav.secretariat'), current: here.startsWith('/sekretariat') }] : []),
      ...(principal?.kind === 'user' && can(principal, 'users.manage') ? [{ href: '/admin/brugere', label: t('nav.users'), current: here.startsWith('/admin/brugere') }] : []),
      ...(admin ? [{ href: '/admin/log', label: t('nav.audit'), current: here.startsWith('/admin/log') }] : []),
    ];
    return (
      <html lang={locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} · ${t('app.name')}`}</title>
          <link rel="stylesheet" href="/static/dkfds/css/dkfds.min.css" />
          <link rel="stylesheet" href="/static/lighed.css" />
        </head>
        <body>
          <a class="skipnav" href="#main-content">{t('nav.skip')}</a>
          <header class="header">
            <div class="portal-header">
              <div class="container portal-header-inner">
                <a href="/" class="lighed-logo">{t('app.name')}</a>
                <p class="lighed-tagline">{t('app.tagline')}</p>
                {principal?.kind === 'user' ? (
                  <form method="post" action="/log-ud" class="lighed-account">
                    <input type="hidden" name="_csrf" value={c.get('csrfToken')} />
                    <span>{t('account.signed_in_as', { name: principal.name })}</span>{' '}
                    <button type="submit" class="button button-tertiary">{t('account.sign_out')}</button>
                  </form>
                ) : (
                  <a class="lighed-account" href={`/log-ind?next=${encodeURIComponent(here)}`}>{t('account.sign_in')}</a>
                )}
                <a class="lighed-lang" href={`/sprog?lang=${other}&next=${encodeURIComponent(here)}`} lang={other} hreflang={other}>
                  {t('nav.switch_to')}
                </a>
              </div>
            </div>
            {/* DKFDS 11's menu markup; lighed.css keeps it visible on small screens, where DKFDS would
                hand it to a JavaScript drawer (every page works without JavaScript). */}
            <nav class="navigation-menu" aria-label={t('nav.main')}>
              <div class="navigation-menu-inner container">
                <ul class="mainmenu">
                  {menu.map((m) => (
                    <li class={m.current ? 'active' : undefined}><a class="nav-link" href={m.href} aria-current={m.current ? 'page' : undefined}><span>{m.label}</span></a></li>
                  ))}
                </ul>
              </div>
            </nav>
          </header>
          <div class="container">
            {breadcrumbs && breadcrumbs.length > 0 ? (
              <nav class="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
                <ol class="breadcrumbs__list">
                  {breadcrumbs.map((b) => (
                    <li class="breadcrumbs__list-item"><a href={b.href} class="breadcrumbs__link">{b.label}</a></li>
                  ))}
                  <li class="breadcrumbs__list-item" aria-current="page">{title}</li>
                </ol>
              </nav>
            ) : null}
            <main id="main-content" class="lighed-main">
              {children}
            </main>
          </div>
          <footer>
            <div class="footer">
            <div class="container">
              <p>{t('footer.about')}</p>
              <ul class="unstyled-list inline-list">
                <li><a href="/tilgaengelighed">{t('footer.accessibility')}</a></li>
                <li><a href="/kalender.ics">{t('footer.calendar')}</a></li>
                <li><a href="/feed.atom">{t('footer.feed')}</a></li>
              </ul>
            </div>
            </div>
          </footer>
        </body>
      </html>
    );
  },
  { docType: true },
);
