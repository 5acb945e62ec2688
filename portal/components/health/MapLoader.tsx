'use client';
import dynamic from 'next/dynamic';
import type { MapPoint } from './FacilityMap';

// never rendered on the server: Leaflet touches `window` when it loads
const FacilityMap = dynamic(() => import('./FacilityMap'), { ssr: false });

export default function MapLoader(props: { points: MapPoint[]; label: string; openText: string; tileUrl: string | null }) {
  return <FacilityMap {...props} />;
}
