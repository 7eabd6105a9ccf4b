// ikm-kit's plotly.js: the core plus exactly the trace types ikm_kit/figures draws.
// Keep TRACES in build.mjs and tests/test_plotly_bundle.py in step with this list.
var Plotly = require('plotly.js/lib/core');

Plotly.register([
    require('plotly.js/lib/bar'),
    require('plotly.js/lib/heatmap'),
    require('plotly.js/lib/waterfall'),
    // the Indonesian locale: month names and number formats in dates/axes when config.locale = 'id'
    require('plotly.js/lib/locales/id')
]);

module.exports = Plotly;
