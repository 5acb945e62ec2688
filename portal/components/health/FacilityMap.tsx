'use client';
import { useEffect, useRef } from 'react';
import 'leaflet/dist/leaflet.css';

export type MapPoint = { id: string; name: string; lat: number; lng: number; href: string; type: string; openNow: boolean };

const COLOURS: Record<string, string> = { PUSKESMAS: '#0b6e4f', HOSPITAL: '#b42318', CLINIC: '#1d4ed8', PHARMACY: '#7a4b00' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The facilities on a Leaflet map. Leaflet needs `window`, so it is imported here on the client only.
 * Tiles come from `tileUrl` (MAP_TILE_URL, read on the server) when set; without a tile server the map is a
 * plain background and the markers (drawn with CSS, no image files) and the list beside it still show.
 */
export default function FacilityMap({ points, label, openText, tileUrl }: { points: MapPoint[]; label: string; openText: string; tileUrl: string | null }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let cancelled = false;
    let map: import('leaflet').Map | null = null;
    void import('leaflet').then((L) => {
      if (cancelled || !box.current) return;
      map = L.map(box.current, { scrollWheelZoom: false, attributionControl: true });
      if (tileUrl) L.tileLayer(tileUrl, { maxZoom: 19, attribution: '&copy; OpenStreetMap' }).addTo(map);
      const latLngs: [number, number][] = [];
      for (const p of points) {
        const colour = COLOURS[p.type] ?? '#333';
        const icon = L.divIcon({
          className: 'health-marker',
          html: `<span style="display:block;width:16px;height:16px;border-radius:50%;background:${colour};border:2px solid #fff;box-shadow:0 0 0 1px #222"></span>`,
          iconSize: [20, 20],
          iconAnchor: [10, 10],
        });
        L.marker([p.lat, p.lng], { icon, title: p.name, keyboard: true })
          .bindPopup(`<a href="${esc(p.href)}">${esc(p.name)}</a>${p.openNow ? `<br>${esc(openText)}` : ''}`)
          .addTo(map);
        latLngs.push([p.lat, p.lng]);
      }
      if (latLngs.length) map.fitBounds(latLngs, { padding: [24, 24], maxZoom: 15 });
      else map.setView([-3.9675, 122.5947], 12);
      box.current.dataset.markers = String(latLngs.length);
    });
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [points, openText, tileUrl]);
  return (
    <div
      ref={box}
      className="health-map"
      role="region"
      aria-label={label}
      data-testid="facility-map"
      style={{ height: 380, width: '100%', background: '#e6edf2', border: '1px solid #c7d2db', borderRadius: 6 }}
    />
  );
}
