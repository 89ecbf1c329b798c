/**
 * A link drawn along its route (layout/links/link-routes.ts): orthogonal, in
 * the gaps between cards, never through a card it does not connect. While
 * its ends are not where the layout put them (a glide, a drag), it follows
 * them as a plain step (reporting) or curve (service) line instead.
 */
import { BaseEdge, getBezierPath, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import type { ChartFlowEdge } from './flow-model';

/**
 * How far (px) an end may be from where the route expects it and still be "in
 * place": across, a few px; along the node's side more, as presenting scales a
 * node's content (and a customer's handles with it) inside its box.
 */
const IN_PLACE_X = 3;
const IN_PLACE_Y = 12;

export function RoutedEdge(props: EdgeProps<ChartFlowEdge>) {
  const { id, data, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  const route = data?.route;
  const inPlace =
    route !== undefined &&
    Math.abs(route.sx - sourceX) < IN_PLACE_X &&
    Math.abs(route.sy - sourceY) < IN_PLACE_Y &&
    Math.abs(route.tx - targetX) < IN_PLACE_X &&
    Math.abs(route.ty - targetY) < IN_PLACE_Y;
  let path: string;
  if (inPlace) {
    path = route.d;
  } else {
    const ends = { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition };
    [path] = data?.kind === 'reporting' ? getSmoothStepPath(ends) : getBezierPath(ends);
  }
  return (
    <BaseEdge
      id={id}
      path={path}
      style={props.style}
      markerEnd={props.markerEnd}
      markerStart={props.markerStart}
      interactionWidth={props.interactionWidth}
    />
  );
}
