// trackreel preview page: plain JavaScript, no libraries, served by `trackreel preview`.
const $ = (id) => document.getElementById(id);
// The session token the server put in this page; every API call carries it (see README, Security).
const TOKEN = document.querySelector('meta[name="trackreel-token"]').content;
const api = (path, init = {}) => fetch(path, { ...init, headers: { ...init.headers, 'x-trackreel-token': TOKEN } });
// Where a header cannot be set (EventSource, a download link).
const withToken = (path) => `${path}${path.includes('?') ? '&' : '?'}token=${encodeURIComponent(TOKEN)}`;
const state = { summary: null, filled: false, page: {}, k: 0, playing: null, loading: false, dirty: false, job: null, events: null };

// Form fields -> API options (the same keys and value shapes as --config files).
const numbers = (text) => text.split(',').map((s) => Number(s.trim()));
const CONVERT = {
  bbox: numbers, scalarRange: numbers, fps: Number, heatmapRadius: Number, heatmapTrails: (text) => text === 'true', followRadiusKm: Number,
  // A width in pixels, or taper, or a property name.
  lineWidth: (text) => (Number.isNaN(Number(text)) ? text : Number(text)), lineWidthRange: numbers, tailOpacity: Number,
  highlight: (text) => text.split(',').map((s) => s.trim()).filter(Boolean),
  size: (text) => text.toLowerCase().split('x').map((s) => Number(s.trim())),
};
// The page's own options: the fields whose text differs from the server's start options (which
// fill the fields when the page opens).
function changedFields() {
  const base = state.summary ? state.summary.baseText : {};
  return [...$('options').elements].filter((el) => el.name && el.value.trim() !== '' && el.value.trim() !== (base[el.name] ?? ''));
}
function formOptions() {
  const out = {};
  for (const el of changedFields()) out[el.name] = CONVERT[el.name] ? CONVERT[el.name](el.value.trim()) : el.value.trim();
  return out;
}
// The same fields' text as typed, for command lines.
function formTexts() {
  return Object.fromEntries(changedFields().map((el) => [el.name, el.value.trim()]));
}
// Shows the server's start options in the fields, once (select fields only where the value is offered).
function fillFromStartOptions() {
  if (state.filled) return;
  state.filled = true;
  for (const el of $('options').elements) {
    const text = state.summary.baseText[el.name];
    if (!el.name || text === undefined || el.value.trim() !== '') continue;
    if (el.tagName === 'SELECT' && ![...el.options].some((o) => o.value === text)) continue;
    el.value = text;
  }
}
const optionsParam = () => encodeURIComponent(JSON.stringify(state.page));

// t_k = start + k * (end - start) / (frameCount - 1), rounded half up, as the renderer computes it.
function frameTime(k) {
  const { startMs, endMs, frameCount } = state.summary.timeline;
  if (frameCount === 1) return startMs;
  const span = BigInt(endMs - startMs), steps = BigInt(frameCount - 1);
  const num = 2n * BigInt(k) * span + steps;
  const offset = num >= 0n ? num / (2n * steps) : -((-num + 2n * steps - 1n) / (2n * steps));
  return startMs + Number(offset);
}

async function loadSummary() {
  const res = await api(`/api/summary?options=${optionsParam()}`);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error);
  state.summary = body;
  $('slider').max = String(body.frameCount - 1);
  state.k = Math.min(state.k, body.frameCount - 1);
  $('slider').value = String(state.k);
  $('overview-text').textContent = `${body.objects} objects, ${body.points} points, ${body.timeSpan[0]} .. ${body.timeSpan[1]}, ${body.frameCount} frames`;
  const colorBy = $('options').elements.colorBy;
  for (const p of body.colorByChoices) {
    if (![...colorBy.options].some((o) => o.value === p)) colorBy.add(new Option(p, p));
  }
  // The data set is fixed, so its ids are offered once.
  const ids = $('follow-ids');
  if (ids.options.length === 0) for (const id of body.followIds) ids.append(new Option(id));
  fillFromStartOptions();
  drawHistogram();
}

function drawHistogram() {
  const canvas = $('histogram');
  const ctx = canvas.getContext('2d');
  const { visibleObjects } = state.summary.histogram;
  const max = Math.max(1, ...visibleObjects);
  const w = canvas.width / visibleObjects.length;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#e8a33d';
  visibleObjects.forEach((n, i) => { const h = (n / max) * (canvas.height - 4); ctx.fillRect(i * w, canvas.height - h, Math.max(1, w - 1), h); });
  const x = (state.k / Math.max(1, state.summary.frameCount - 1)) * canvas.width;
  ctx.fillStyle = '#fff';
  ctx.fillRect(x - 1, 0, 2, canvas.height);
  ctx.fillText(`max ${max} visible`, 4, 12);
}

// One frame request at a time; while one is loading, only the newest slider position is kept.
async function showFrame() {
  if (!state.summary) return;
  if (state.loading) { state.dirty = true; return; }
  state.loading = true;
  const k = state.k;
  const t = frameTime(k);
  // The options of this request: the page may change them while the frame loads.
  const options = JSON.stringify(state.page);
  $('clock').textContent = `${new Date(t).toISOString().replace('T', ' ').replace('.000Z', 'Z')}  frame ${k}/${state.summary.frameCount - 1}`;
  drawHistogram();
  updateCommands();
  try {
    const res = await api(`/api/frame?time=${t}&options=${encodeURIComponent(options)}`);
    if (res.ok) {
      const url = URL.createObjectURL(await res.blob());
      const img = $('frame');
      await new Promise((resolve) => { img.onload = resolve; img.onerror = resolve; img.src = url; });
      img.dataset.time = String(t);
      img.dataset.options = options;
      $('status').textContent = '';
    } else if (res.status !== 409) {
      $('status').textContent = (await res.json()).error;
    }
  } catch (error) {
    $('status').textContent = String(error);
  } finally {
    state.loading = false;
    if (state.dirty) { state.dirty = false; void showFrame(); }
  }
}

// Command lines and config for the current options (the server's start options + the page's).
const quote = (s) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
function allOptions() { return { ...state.summary.baseOptions, ...state.page }; }
function flagArgs() {
  const args = [];
  // Text as a person types it: the start options as the server wrote them, the page's as typed.
  const texts = { ...state.summary.baseText, ...formTexts() };
  for (const [key, value] of Object.entries(allOptions())) {
    const flag = state.summary.flags[key];
    if (!flag || value === undefined) continue;
    if (typeof value === 'boolean') { if (flag.startsWith('--no-') ? !value : value) args.push(flag); continue; }
    args.push(flag, texts[key] ?? String(value));
  }
  return args;
}
// A config file takes the same texts for durations, times and keyframes ("45m", not 2700000).
function configOptions() {
  const texts = { ...state.summary.baseText, ...formTexts() };
  return Object.fromEntries(Object.entries(allOptions()).map(([key, value]) =>
    [key, (typeof value === 'number' && /Ms$/.test(key)) || key === 'startTime' || key === 'endTime' || key === 'camera' ? texts[key] ?? value : value]));
}
function updateCommands() {
  if (!state.summary) return;
  const inputs = state.summary.inputs;
  const file = $('render-file').value || 'movie.mp4';
  $('cli').textContent = ['trackreel', 'render', ...inputs, '-o', file, ...flagArgs()].map(quote).join(' ');
  $('cli-still').textContent = ['trackreel', 'still', ...inputs, '--at', new Date(frameTime(state.k)).toISOString(), '-o', 'frame.png', ...flagArgs()].map(quote).join(' ');
  $('config').textContent = JSON.stringify({ input: inputs, output: file, ...configOptions() }, null, 2);
}

async function optionsChanged() {
  state.page = formOptions();
  try {
    await loadSummary();
    $('option-error').textContent = '';
    await showFrame();
  } catch (error) {
    $('option-error').textContent = error.message;
  }
}

function step(delta) {
  if (!state.summary) return;
  state.k = Math.max(0, Math.min(state.summary.frameCount - 1, state.k + delta));
  $('slider').value = String(state.k);
  void showFrame();
}

function togglePlay() {
  if (state.playing) { clearInterval(state.playing); state.playing = null; $('play').textContent = '▶'; return; }
  $('play').textContent = '❚❚';
  // A low preview rate: about 4 frames a second, skipping frames for long movies (~15 s per pass).
  state.playing = setInterval(() => {
    if (state.loading) return;
    const stride = Math.max(1, Math.round(state.summary.frameCount / 60));
    state.k = state.k + stride > state.summary.frameCount - 1 ? 0 : state.k + stride;
    $('slider').value = String(state.k);
    void showFrame();
  }, 250);
}

async function copy(text) { try { await navigator.clipboard.writeText(text); } catch { /* not allowed: select it instead */ } }

async function startRender() {
  $('render-status').textContent = 'starting…';
  $('movie-link').hidden = true;
  const res = await api('/api/render', { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ options: state.page, file: $('render-file').value }) });
  const body = await res.json();
  if (!res.ok) { $('render-status').textContent = body.error; return; }
  state.job = body;
  $('cancel').disabled = false;
  $('render').disabled = true;
  const events = new EventSource(withToken(body.events));
  const finish = (text) => { $('render-status').textContent = text; $('cancel').disabled = true; $('render').disabled = false; events.close(); };
  events.addEventListener('progress', (e) => {
    const { progress } = JSON.parse(e.data);
    $('progress').max = Math.max(1, progress.framesTotal);
    $('progress').value = progress.framesDone;
    $('render-status').textContent = `${progress.stage}: ${progress.framesDone}/${progress.framesTotal} frames`;
  });
  events.addEventListener('done', (e) => {
    const done = JSON.parse(e.data);
    $('progress').value = $('progress').max;
    $('movie-link').href = withToken(done.url);
    $('movie-link').download = done.file;
    $('movie-link').textContent = `Download ${done.file} (${done.frameCount} frames)`;
    $('movie-link').hidden = false;
    finish('done');
  });
  events.addEventListener('failed', (e) => finish(`failed: ${JSON.parse(e.data).message}`));
  events.addEventListener('cancelled', () => finish('cancelled'));
}

$('slider').addEventListener('input', () => { state.k = Number($('slider').value); void showFrame(); });
$('step-back').addEventListener('click', () => step(-1));
$('step-forward').addEventListener('click', () => step(1));
$('play').addEventListener('click', togglePlay);
$('options').addEventListener('change', () => void optionsChanged());
$('options').addEventListener('submit', (e) => e.preventDefault());
$('render-file').addEventListener('input', updateCommands);
$('copy-cli').addEventListener('click', () => copy(`${$('cli').textContent}\n`));
$('copy-config').addEventListener('click', () => copy($('config').textContent));
$('download-config').addEventListener('click', () => {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([$('config').textContent], { type: 'application/json' }));
  a.download = 'movie.json';
  a.click();
});
$('render').addEventListener('click', () => void startRender());
$('cancel').addEventListener('click', () => { if (state.job) void api(`/api/render/${state.job.id}`, { method: 'DELETE' }); });

loadSummary().then(showFrame).catch((error) => { $('status').textContent = error.message; });
