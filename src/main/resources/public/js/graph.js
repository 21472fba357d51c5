// The graph view: draws the server's aggregated view with Cytoscape.js, keeps every drawn actor where it
// is when the view changes (only new actors are placed, by fCoSE, next to their drawn neighbours), and
// labels as many actors as fit without overlap, most central first: zooming in shows more.

/* global cytoscape, cytoscapeFcose, cytoscapeSvg */
if (typeof cytoscapeFcose !== 'undefined') cytoscape.use(cytoscapeFcose);
if (typeof cytoscapeSvg !== 'undefined') cytoscape.use(cytoscapeSvg); // adds cy.svg()

const LABEL_PX = 12;         // labels keep this size on screen at every zoom
const LABEL_SIDES = ['label-top', 'label-right', 'label-left']; // where a label goes when below its actor is taken
const positions = new Map(); // actor id -> where it was last drawn, so it comes back there

export const cy = cytoscape({
  container: document.getElementById('cy'), wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 4,
});
window.cy = cy;

/** The style, from the looks the vocabulary declares (served with the legend). */
export function styleFrom(legend) {
  const style = [
    { selector: 'node', style: {
      width: 'data(size)', height: 'data(size)', 'border-width': 1, 'border-color': '#333',
      label: 'data(name)', 'text-opacity': 0, 'font-size': LABEL_PX, 'text-valign': 'bottom', 'text-margin-y': 2, color: '#111',
      'text-background-color': '#fff', 'text-background-opacity': 0, 'text-background-padding': 1,
      'min-zoomed-font-size': 0 } },
    // every actor has its label, shown only when it fits: a label's size never changes with it
    { selector: 'node.labelled', style: { 'text-opacity': 1, 'text-background-opacity': 0.75 } },
    { selector: 'node.expanded', style: { 'border-width': 3 } },
    { selector: 'node[ring]', style: { 'border-width': 3, 'border-color': 'data(ring)' } },
    { selector: 'edge', style: {
      width: 'data(width)', 'curve-style': 'bezier', 'control-point-step-size': 12, 'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8, 'line-color': '#444', 'target-arrow-color': '#444', opacity: 0.55, 'font-size': LABEL_PX } },
    { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none' } },
    { selector: 'edge.contested', style: { 'source-arrow-shape': 'tee', 'source-arrow-color': '#444' } },
    { selector: 'edge:selected, edge.hover', style: { label: 'data(label)', opacity: 1, 'text-rotation': 'autorotate',
      'text-background-color': '#fff', 'text-background-opacity': 0.85 } },
    { selector: ':selected', style: { 'overlay-color': '#0072b2', 'overlay-opacity': 0.25 } },
    { selector: 'node.faded', style: { opacity: 0.25 } },
    { selector: 'edge.faded', style: { opacity: 0.06 } },
    { selector: 'edge.near', style: { opacity: 0.9 } },
  ];
  // labels keep about LABEL_PX on screen: one class per zoom step (a class, unlike a data value, makes
  // Cytoscape measure and draw the label again at its new size)
  for (let k = 0; k < ZOOM_STEPS; k++) {
    const z = zoomOfStep(k);
    style.push({ selector: `node.lod${k}`, style: { 'font-size': LABEL_PX / z, 'text-margin-y': 2 / z, 'text-background-padding': 1 / z } });
    // a label that does not fit below its actor may go above it, to its right or to its left (see placeLabels)
    style.push({ selector: `node.lod${k}.label-top`, style: { 'text-margin-y': -2 / z } });
    style.push({ selector: `node.lod${k}.label-right`, style: { 'text-margin-y': 0, 'text-margin-x': 3 / z } });
    style.push({ selector: `node.lod${k}.label-left`, style: { 'text-margin-y': 0, 'text-margin-x': -3 / z } });
  }
  style.push({ selector: 'node.label-top', style: { 'text-valign': 'top' } });
  style.push({ selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right' } });
  style.push({ selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left' } });
  for (const t of legend.entityTypes) {
    style.push({ selector: `node[type = "${t.name}"]`, style: { shape: t.shape, 'background-color': t.color } });
  }
  for (const s of legend.statuses) {
    style.push({ selector: `edge[status = "${s.name}"]`, style: { 'line-style': s.line, 'line-color': s.color, 'target-arrow-color': s.color } });
  }
  const denied = legend.statuses.find((s) => s.name === 'denied');
  if (denied) style.push({ selector: 'edge.contested', style: { 'line-color': denied.color, 'target-arrow-color': denied.color, 'source-arrow-color': denied.color } });
  cy.style(style);
}

const ZOOM_STEPS = 36; // zoom 2^(-5) to 2^4 in steps of 2^(1/4)
const zoomOfStep = (k) => 2 ** ((k - 20) / 4);
const stepOfZoom = (z) => Math.max(0, Math.min(ZOOM_STEPS - 1, Math.round(4 * Math.log2(z)) + 20));
const COMMUNITY = ['#000000', '#56b4e9', '#009e73', '#f0e442', '#cc79a7', '#d55e00', '#0072b2', '#e69f00'];
const hash = (text) => [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 0);
const size = (degree, max) => 14 + 34 * Math.sqrt(degree / Math.max(1, max));
const width = (count) => Math.min(8, 0.8 + 1.6 * Math.log2(count));

/** The elements of an aggregated view, for Cytoscape. */
function elementsOf(view, legend) {
  const types = Object.fromEntries(legend.relationshipTypes.map((t) => [t.name, t]));
  // the size: an actor's centrality when the server sends one (the analytics' PageRank or betweenness),
  // otherwise its degree; a community, when sent, rings the actor in its community's colour
  const weight = (n) => (typeof n.centrality === 'number' ? n.centrality : n.degree);
  const max = Math.max(1e-9, ...view.nodes.map(weight));
  const expanded = new Set(view.expansions.map((e) => e.actor));
  const nodes = view.nodes.map((n, rank) => ({ group: 'nodes', classes: expanded.has(n.id) ? 'expanded' : '',
    data: { ...n, rank, size: size(weight(n), max),
      ring: n.community === undefined || n.community === null ? undefined : COMMUNITY[Math.abs(hash(String(n.community))) % COMMUNITY.length] } }));
  const edges = view.ties.map((t) => ({ group: 'edges', classes: t.contested ? 'contested' : '',
    data: { ...t, label: `${t.family} (${t.count})`, width: width(t.count),
      symmetric: t.types.every((type) => types[type] && types[type].symmetric) } }));
  return { nodes, edges };
}

/**
 * Draws a view: removes what it no longer holds, updates what stays (in place), adds what is new and
 * places only the new actors. Resolves once the layout has stopped.
 */
export async function show(view, legend) {
  const t0 = performance.now();
  const { nodes, edges } = elementsOf(view, legend);
  const wanted = new Set([...nodes, ...edges].map((e) => e.data.id));
  const first = cy.nodes().empty();
  let added;
  cy.batch(() => {
    cy.elements().filter((e) => !wanted.has(e.id())).remove();
    for (const e of [...nodes, ...edges]) {
      const drawn = cy.getElementById(e.data.id);
      if (drawn.nonempty()) { drawn.data(e.data); drawn.classes(e.classes); }
    }
    added = cy.add([...nodes.filter((n) => cy.getElementById(n.data.id).empty()),
      ...edges.filter((e) => cy.getElementById(e.data.id).empty())]);
  });
  const t1 = performance.now();
  const fresh = added.nodes().filter((n) => !positions.has(n.id()));
  added.nodes().filter((n) => positions.has(n.id())).forEach((n) => { n.position(positions.get(n.id())); });
  if (first) {
    // every tie takes part: laying out with the strongest ties only was quicker but left the actors they
    // missed as separate components, which fCoSE packs into a grid beside the network
    await run(cy.elements(), { randomize: true, fit: true });
  } else if (fresh.nonempty()) {
    await place(fresh);
  }
  cy.nodes().forEach((n) => { positions.set(n.id(), { ...n.position() }); });
  const t2 = performance.now();
  placeLabels();
  timings = { elements: Math.round(t1 - t0), layout: Math.round(t2 - t1), labels: Math.round(performance.now() - t2) };
}

/** How long the last drawing's steps took, in ms: adding the elements, the layout, the labels. */
export let timings = null;

/** Places new actors next to their drawn neighbours, the drawn ones held where they are. */
async function place(fresh) {
  const anchors = fresh.neighborhood().nodes().difference(fresh);
  const centre = anchors.nonempty() ? null : { x: (cy.extent().x1 + cy.extent().x2) / 2, y: (cy.extent().y1 + cy.extent().y2) / 2 };
  fresh.forEach((n) => {
    const near = n.neighborhood().nodes().difference(fresh);
    const at = near.nonempty() ? near[0].position() : centre || cy.extent();
    const x = at.x !== undefined ? at.x : (at.x1 + at.x2) / 2;
    const y = at.y !== undefined ? at.y : (at.y1 + at.y2) / 2;
    n.position({ x: x + (Math.random() - 0.5) * 80, y: y + (Math.random() - 0.5) * 80 });
  });
  const eles = fresh.union(anchors).union(fresh.edgesWith(anchors)).union(fresh.edgesWith(fresh));
  const fixedNodeConstraint = anchors.map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
  await run(eles, { randomize: false, fit: false, fixedNodeConstraint });
}

function run(eles, options) {
  return new Promise((resolve) => {
    const layout = eles.layout({ name: typeof cytoscapeFcose !== 'undefined' ? 'fcose' : 'cose', animate: false,
      quality: 'default', nodeSeparation: 120, idealEdgeLength: () => 150, nodeRepulsion: () => 60000,
      edgeElasticity: () => 0.2, gravity: 0.08, gravityRange: 3.8, padding: 30, numIter: 2500, ...options });
    layout.one('layoutstop', resolve);
    layout.run();
  });
}

/**
 * Level of detail: the most central actors (selected and expanded ones first) get a label when it does not
 * overlap a label already placed, at the current zoom; below the actor where it fits, else above, right or
 * left of it (two hubs drawn close together both keep their names). Runs again after every zoom.
 */
export function placeLabels() {
  const zoom = cy.zoom();
  const step = `lod${stepOfZoom(zoom)}`;
  const resized = cy.nodes().filter((n) => !n.hasClass(step));
  if (resized.nonempty()) {
    cy.batch(() => {
      resized.forEach((n) => {
        const old = [...n.classes()].filter((c) => c.startsWith('lod'));
        if (old.length) n.removeClass(old.join(' '));
        n.addClass(step);
      });
    });
    // Cytoscape 3.33 can keep a label's measured size across a font-size change (the label then draws
    // clipped and its bounds are too small): forget the measurement so the next one is made afresh
    resized.forEach((n) => { Object.assign(n._private.rscratch, { labelWrapKey: null, prefixedLabelDimsKey: null }); });
    resized.updateStyle();
    resized.dirtyBoundingBoxCache();
  }
  const gap = 2 / zoom;
  const placed = [];
  const shown = new Set();
  const fits = (box) => placed.every((p) => box.x2 + gap < p.x1 || p.x2 + gap < box.x1 || box.y2 + gap < p.y1 || p.y2 + gap < box.y1);
  const labelBox = (n) => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  const sides = LABEL_SIDES.join(' ');
  cy.nodes().sort((a, b) => priority(b) - priority(a)).forEach((n) => {
    // below the actor first; where that overlaps a label already placed, above it, then to its right or left
    for (const side of ['', ...LABEL_SIDES]) {
      n.removeClass(sides);
      if (side) n.addClass(side);
      const box = labelBox(n);
      if (fits(box)) {
        placed.push(box);
        shown.add(n.id());
        return;
      }
    }
    n.removeClass(sides);
  });
  cy.batch(() => {
    cy.nodes().forEach((n) => { if (shown.has(n.id())) n.addClass('labelled'); else n.removeClass('labelled'); });
  });
  document.body.dataset.labels = String(placed.length);
}

function priority(n) {
  const nearSelected = n.neighborhood('node:selected').nonempty();
  const endOfSelected = n.connectedEdges(':selected').nonempty();
  return (n.selected() || endOfSelected ? 1e9 : 0) + (n.hasClass('expanded') ? 1e8 : 0) + (nearSelected ? 1e7 : 0) + n.data('degree');
}

/** Fades what is not next to the selected actor (or tie), so its ties read against the rest. */
export function focus(element) {
  clearTimeout(zoomTimer);
  zoomTimer = setTimeout(placeLabels, 0);
  cy.batch(() => {
    cy.elements().removeClass('faded near');
    if (!element || element.empty()) return;
    const near = element.isNode() ? element.closedNeighborhood() : element.union(element.connectedNodes());
    cy.elements().difference(near).addClass('faded');
    near.edges().addClass('near');
  });
}

let zoomTimer = null;
cy.on('zoom', () => { clearTimeout(zoomTimer); zoomTimer = setTimeout(placeLabels, 150); });
cy.on('mouseover', 'edge', (e) => e.target.addClass('hover'));
cy.on('mouseout', 'edge', (e) => e.target.removeClass('hover'));

/** Draws a tie's statements one edge each, instead of the tie (or back: the tie again). */
export function toggleStatements(tieId, statements) {
  const tie = cy.getElementById(tieId);
  const drawn = cy.edges(`[tie = "${tieId}"]`);
  if (drawn.nonempty()) { drawn.remove(); tie.style('display', 'element'); return false; }
  cy.add(statements.map((s) => ({ group: 'edges', classes: s.status === 'denied' ? 'contested statement' : 'statement',
    data: { id: `statement:${s.id}`, tie: tieId, source: s.subject.id, target: s.object.id, status: s.status,
      label: s.type.toLowerCase().replace(/_/g, ' '), width: 1.5 } })));
  tie.style('display', 'none');
  return true;
}

/** Draws statements one edge each (a connection): the only elements on the canvas. */
export async function showStatements(network) {
  positions.clear();
  cy.elements().remove();
  // the actors the statements join: an answer also names the places of its statements, which would float apart
  const joined = new Set(network.statements.flatMap((s) => [s.subject.id, s.object.id]));
  cy.add(network.nodes.filter((n) => joined.has(n.id)).map((n) => ({ group: 'nodes', data: { ...n, degree: 1, size: 22 } })));
  cy.add(network.statements.map((s) => ({ group: 'edges', classes: s.status === 'denied' ? 'contested' : '',
    data: { id: `statement:${s.id}`, statement: s.id, source: s.subject.id, target: s.object.id, status: s.status,
      label: s.type.toLowerCase().replace(/_/g, ' '), width: 1.5 } })));
  await run(cy.elements(), { randomize: true, fit: true });
  if (cy.zoom() > 1.5) { cy.zoom(1.5); cy.center(); }
  cy.nodes().forEach((n) => { positions.set(n.id(), { ...n.position() }); });
  placeLabels();
}

/** Forgets every position: the next view is laid out from scratch. */
export function reset() {
  positions.clear();
  cy.elements().remove();
}
