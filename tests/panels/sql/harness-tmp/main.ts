import { mount } from 'svelte';
import SqlConsole from '../../../../src/panels/sql/SqlConsole.svelte';
const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh';
mount(SqlConsole, {
  target: document.getElementById('app')!,
  props: { lang, initialSql: 'SELECT 1 AS one' },
});
