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
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      hideLabelsOnViewport: true,
      motionBlur: false,
      pixelRatio: large ? 1 : 'auto',
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    instance.scratch('renderer', webgl ? 'webgl' : 'canvas');
    // Test and debugging hook: a real read of the instance.
    (window as unknown as { __interweave?: { cy: Core } }).__interweave = { cy: instance };
    // The instance is an external system created for this container; React keeps a handle.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCy(instance);
    return () => {
      instance.destroy();
      setCy(null);
    };
  }, [container, large]);
  return cy;
}
