// The second card of the demo story, through a pym.js parent (as newsroom pages do).
window.cardPym = new pym.Parent('card-pym', '../j/travis-county-tx/card-es.html?theme=dark', {
  title: 'Detainer Atlas: Travis County',
});
