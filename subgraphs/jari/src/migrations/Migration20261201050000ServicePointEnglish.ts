import { Migration } from '@mikro-orm/migrations';
import { servicePointSeeds } from '../seeders/service-points';

const literal = (v: string | number | null) => (v === null ? 'null' : typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`);

/**
 * The status board in English (place, reason, stock label), and service points for the permit types added to
 * core's catalogue (izin-slf, izin-sip-nakes, izin-apotek, izin-klinik, izin-tdup), so reports may name them.
 */
export class Migration20261201050000ServicePointEnglish extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "jari"."service_point" add column "place_en" varchar(200) null, add column "reason_en" varchar(300) null, add column "stock_label_en" varchar(100) null;`,
    );
    const seeds = servicePointSeeds();
    // an existing board: English for the seeded texts; a reason an officer wrote since keeps reason_en null
    for (const s of seeds) {
      this.addSql(
        `update "jari"."service_point" set "place_en" = ${literal(s.placeEn)}, "stock_label_en" = ${literal(s.stockLabelEn)}, ` +
          `"reason_en" = case when "reason" = ${literal(s.reason)} then ${literal(s.reasonEn)} else null end where "id" = ${literal(s.id)};`,
      );
    }
    this.addSql(`update "jari"."service_point" set "place_en" = "place" where "place_en" is null;`);
    this.addSql(`alter table "jari"."service_point" alter column "place_en" set not null;`);
    const added = seeds.filter((s) => ['izin-slf', 'izin-sip-nakes', 'izin-apotek', 'izin-klinik', 'izin-tdup'].includes(s.serviceId));
    for (const s of added) {
      this.addSql(
        `insert into "jari"."service_point" ("id", "agency_id", "service_id", "place", "place_en", "kecamatan_id", "status", "reason", "reason_en", "stock_label", "stock_label_en", "stock_remaining", "last_updated_at") ` +
          `select ${[s.id, s.agencyId, s.serviceId, s.place, s.placeEn, s.kecamatanId, s.status, s.reason, s.reasonEn, s.stockLabel, s.stockLabelEn, s.stockRemaining].map(literal).join(', ')}, now() ` +
          `where exists (select 1 from "jari"."service_point") on conflict ("id") do nothing;`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "jari"."service_point" drop column "place_en", drop column "reason_en", drop column "stock_label_en";`);
  }
}
