/* ikm-kit: no dashboard typesets LaTeX.  Voila's MathJax 2 typesetter loads the
   script at the configured URL and then calls MathJax.Hub; this file answers
   those calls without doing anything, so no page loads MathJax from a CDN and
   the console stays clean. */
window.MathJax = {
  Hub: {
    config: {},
    Config: function () {},
    Configured: function () {},
    Queue: function () {},
    Register: { StartupHook: function () {} }
  },
  Ajax: {},
  InputJax: { TeX: { resetEquationNumbers: function () {} } }
};
