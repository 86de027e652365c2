/// <reference path="./cytoscape-fcose.d.ts" />
// cytoscape extensions are registered once per page: importing this module does it.
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { PivotMdsLayout } from './pivot-mds-layout.ts';

cytoscape.use(fcose);
cytoscape.use(dagre);
cytoscape('layout', 'pivot-mds', PivotMdsLayout);

export { cytoscape };
