import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import { stylesheet } from '../model/style';

/** True when the browser can give a WebGL2 context (not in every headless or remote session). */
export function webglAvailable(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}

/**
 * Owns the Cytoscape instance: created for the container, destroyed on unmount. Large
 * networks get the WebGL renderer (when available) and cheaper viewport rendering.
 */
export function useCytoscape(container: HTMLDivElement | null, large: boolean): Core | null {
  const [cy, setCy] = useState<Core | null>(null);
  useEffect(() => {
    if (!container) return;
    const webgl = large && webglAvailable();
    const instance = cytoscape({
      container,
      style: stylesheet({ labels: !large, fades: !large, cheapEdges: large }),
      minZoom: 0.02,
      maxZoom: 6,
      // Cytoscape's own wheel speed: a custom one made four notches zoom 10% and warns.
      boxSelectionEnabled: false,
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      hideLabelsOnViewport: true,
      motionBlur: false,
      pixelRatio: large ? 1 : 'auto',
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    instance.scratch('renderer', webgl ? 'webgl' : 'canvas');
    // The wheel zooms by 25% per notch (100 px), at the pointer: Cytoscape's own wheel zoom
    // moved 20% in four notches, and a custom sensitivity makes it warn on every load. The
    // listener runs first (capture) and keeps the event from Cytoscape's. A trackpad pinch
    // arrives as small wheel deltas and zooms in proportion.
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      e.stopPropagation();
      const pixels = e.deltaY * (e.deltaMode === 1 ? 33 : e.deltaMode === 2 ? 800 : 1);
      const rect = container.getBoundingClientRect();
      const level = Math.min(
        instance.maxZoom(),
        Math.max(instance.minZoom(), instance.zoom() * Math.pow(1.25, -pixels / 100)),
      );
      instance.zoom({
        level,
        renderedPosition: { x: e.clientX - rect.left, y: e.clientY - rect.top },
      });
    };
    container.addEventListener('wheel', onWheel, { passive: false, capture: true });
    // Test and debugging hook: a real read of the instance.
    (window as unknown as { __interweave?: { cy: Core } }).__interweave = { cy: instance };
    // The instance is an external system created for this container; React keeps a handle.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCy(instance);
    return () => {
      container.removeEventListener('wheel', onWheel, { capture: true });
      instance.destroy();
      setCy(null);
    };
  }, [container, large]);
  return cy;
}
