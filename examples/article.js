// The second embed of the demo article, through a pym.js parent (as newsroom pages do).
window.atlasPym = new pym.Parent('atlas-pym', '../?compact=1&q=travis&open=travis-county-tx', {
  title: 'Detainer Atlas: Travis County',
});
