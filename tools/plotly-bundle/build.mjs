// Builds ../../share/jupyter/voila/templates/ikm/static/plotly.min.js:
// plotly.js (pinned in package.json, the version plotly.py bundles) with only
// the trace types of ikm_kit/figures, minified, as a browser global `Plotly`.
//   cd tools/plotly-bundle && npm ci && npm run build      (or: make plotly-bundle)
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';

const version = JSON.parse(readFileSync('node_modules/plotly.js/package.json', 'utf8')).version;
const out = '../../share/jupyter/voila/templates/ikm/static/plotly.min.js';
// registry.js requires maplibre's CSS for map traces only; none is registered here
const noCss = {
    name: 'no-css',
    setup(b) {
        b.onResolve({ filter: /\.css$/ }, (args) => ({ path: args.path, namespace: 'no-css' }));
        b.onLoad({ filter: /.*/, namespace: 'no-css' }, () => ({ contents: '', loader: 'js' }));
    },
};
const result = await build({
    entryPoints: ['entry.js'],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'Plotly',
    target: 'es2018',
    legalComments: 'none',
    define: { global: 'window', 'define.amd': 'false', 'process.env.NODE_DEBUG': 'false' },
    alias: { stream: 'stream-browserify' },
    plugins: [noCss],
    write: false,
    logLevel: 'warning',
});
const banner = `/** plotly.js v${version} (ikm-kit partial bundle: scatter, bar, heatmap, waterfall; locale id)` +
    ` | MIT License | https://github.com/plotly/plotly.js */\n`;
writeFileSync(out, banner + result.outputFiles[0].text);
console.log(`${out}: ${(result.outputFiles[0].contents.length / 1e6).toFixed(2)} MB, plotly.js v${version}`);
