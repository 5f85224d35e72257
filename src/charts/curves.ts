// Line and area curves whose points are rounded to a tenth of a chart unit as they are drawn.
//
// Plot prints path coordinates to three decimals (d3-shape's default), and a tenth of a unit in
// a 720-unit viewBox is at most a tenth of a CSS pixel; paths are most of a chart's bytes.
// Rounding as the path is drawn is cheaper than rounding the printed SVG (renderPlot's
// roundGeometry, which still rounds the rest): it took ~17% off drawing an edition's rates chart.
import { curveLinear, curveStepAfter, type CurveFactory } from 'd3-shape';

const tenth = (v: number) => Math.round(v * 10) / 10;

/** The path calls the linear and step curves make; both only ever move, draw lines and close. */
type LineContext = Pick<CanvasRenderingContext2D, 'moveTo' | 'lineTo' | 'closePath'>;

const CURVES = { linear: curveLinear, 'step-after': curveStepAfter } as const;
export type RoundedCurveName = keyof typeof CURVES;

/** A Plot `curve` option: the named d3 curve, drawing through a context that rounds each point. */
export function roundedCurve(name: RoundedCurveName): CurveFactory {
  const curve = CURVES[name];
  return (context) => {
    const path = context as unknown as LineContext;
    return curve({
      moveTo: (x: number, y: number) => path.moveTo(tenth(x), tenth(y)),
      lineTo: (x: number, y: number) => path.lineTo(tenth(x), tenth(y)),
      closePath: () => path.closePath(),
    } as unknown as Parameters<CurveFactory>[0]);
  };
}
