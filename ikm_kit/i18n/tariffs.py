"""Strings of the sentra-management area: machine tariffs, workshop rent, the sentra budget, TariffApp."""

MESSAGES = {
    # --- components
    "tariffs.component.depreciation": {"id": "Penyusutan", "en": "Depreciation"},
    "tariffs.component.maintenance": {"id": "Pemeliharaan", "en": "Maintenance"},
    "tariffs.component.energy": {"id": "Listrik", "en": "Electricity"},
    "tariffs.component.operator": {"id": "Operator", "en": "Operator"},
    "tariffs.component.overhead": {"id": "Biaya umum", "en": "Overhead"},
    # --- columns
    "tariffs.col.item": {"id": "Pos", "en": "Item"},
    "tariffs.col.value": {"id": "Nilai", "en": "Value"},
    "tariffs.col.rp_per_hour": {"id": "Rp per jam", "en": "Rp per hour"},
    "tariffs.col.rp_per_year": {"id": "Rp per tahun", "en": "Rp per year"},
    "tariffs.col.month_no": {"id": "Bulan ke-", "en": "Month no."},
    "tariffs.col.rent_rp": {"id": "Sewa ditagih", "en": "Rent billed"},
    "tariffs.col.normal_rp": {"id": "Sewa normal", "en": "Normal rent"},
    "tariffs.col.machine": {"id": "Mesin", "en": "Machine"},
    "tariffs.col.used_h": {"id": "Jam terpakai", "en": "Hours used"},
    "tariffs.col.tariff": {"id": "Tarif per jam", "en": "Tariff per hour"},
    "tariffs.col.cost_per_h": {"id": "Biaya per jam", "en": "Cost per hour"},
    "tariffs.col.fees": {"id": "Retribusi mesin", "en": "Machine fees"},
    # --- machine tariff
    "tariffs.machine.unnamed": {"id": "mesin", "en": "machine"},
    "tariffs.machine.title": {"id": "Tarif pemulihan biaya {name} pada {hours} jam terpakai per tahun",
                              "en": "Cost-recovery tariff of {name} at {hours} hours used a year"},
    "tariffs.machine.cost_per_hour": {"id": "Biaya per jam (jumlah)", "en": "Cost per hour (total)"},
    "tariffs.machine.tariff_after_subsidy": {"id": "Tarif sesudah subsidi {pct} %",
                                             "en": "Tariff after a {pct} % subsidy"},
    "tariffs.machine.current_fee": {"id": "Tarif sekarang (data)", "en": "Today's fee (data)"},
    "tariffs.machine.sentence": {
        "id": "Pada {hours} jam pemakaian per tahun, biaya {name} adalah {cost} per jam "
              "(komponen terbesar: {biggest}, {biggest_value} per jam).",
        "en": "At {hours} hours of use a year, {name} costs {cost} per hour "
              "(largest component: {biggest}, {biggest_value} per hour)."},
    "tariffs.machine.sentence_subsidy": {
        "id": "Dengan subsidi {pct} % tarifnya {tariff} per jam; subsidi yang harus dianggarkan {per_year} per tahun.",
        "en": "With a {pct} % subsidy the tariff is {tariff} per hour; the subsidy to budget is {per_year} a year."},
    "tariffs.machine.sentence_fee_ok": {
        "id": "Tarif sekarang {fee} per jam sudah menutup biaya pada pemakaian ini (titik impas {be} jam per tahun).",
        "en": "Today's fee of {fee} per hour already recovers the cost at this use (break-even {be} hours a year)."},
    "tariffs.machine.sentence_fee_short": {
        "id": "Tarif sekarang {fee} per jam baru menutup biaya bila mesin dipakai {be} jam per tahun "
              "(sekarang {hours} jam).",
        "en": "Today's fee of {fee} per hour only recovers the cost at {be} hours of use a year (now {hours})."},
    "tariffs.machine.sentence_fee_below_energy": {
        "id": "Tarif sekarang {fee} per jam bahkan tidak menutup biaya listrik ({energy} per jam): "
              "berapa pun jam pemakaiannya, biaya tetap tidak pernah tertutup.",
        "en": "Today's fee of {fee} per hour does not even cover the electricity ({energy} per hour): "
              "however many hours the machine runs, the fixed costs are never recovered."},
    # --- rent
    "tariffs.rent.title": {"id": "Sewa pemulihan biaya per workshop ({area} m²)",
                           "en": "Cost-recovery rent per workshop ({area} m²)"},
    "tariffs.rent.depreciation": {"id": "Penyusutan bangunan per tahun", "en": "Building depreciation a year"},
    "tariffs.rent.maintenance": {"id": "Pemeliharaan bangunan per tahun", "en": "Building maintenance a year"},
    "tariffs.rent.shared": {"id": "Biaya bersama per tahun (satpam, kebersihan, listrik umum)",
                            "en": "Shared costs a year (security, cleaning, common power)"},
    "tariffs.rent.yearly_cost": {"id": "Biaya per tahun (jumlah)", "en": "Yearly cost (total)"},
    "tariffs.rent.occupied_area": {"id": "Luas terisi (keterisian {occ})", "en": "Occupied area (occupancy {occ})"},
    "tariffs.rent.rent_per_month": {"id": "Sewa per unit per bulan pada keterisian ini",
                                    "en": "Rent per unit per month at this occupancy"},
    "tariffs.rent.rent_full": {"id": "Sewa per unit per bulan bila semua terisi",
                               "en": "Rent per unit per month at full occupancy"},
    "tariffs.rent.rent_after_subsidy": {"id": "Sewa sesudah subsidi {pct} %", "en": "Rent after a {pct} % subsidy"},
    "tariffs.rent.gap": {"id": "Selisih yang ditanggung APBD per tahun", "en": "Gap covered by the city a year"},
    "tariffs.rent.sentence": {
        "id": "Gedung sentra berbiaya {cost} per tahun. Pada keterisian {occ}, sewa yang menutup biaya adalah "
              "{rent} per unit per bulan; bila semua unit terisi cukup {full}. Bila sewa ditetapkan {full}, "
              "unit kosong membebani APBD {vacancy} per tahun.",
        "en": "The sentra building costs {cost} a year. At {occ} occupancy the cost-recovery rent is {rent} per "
              "unit per month; at full occupancy {full} would do. If the rent is set at {full}, the empty units "
              "cost the city {vacancy} a year."},
    "tariffs.rent.sentence_subsidy": {
        "id": "Dengan subsidi {pct} % sewanya {rent} per bulan dan APBD menanggung {gap} per tahun.",
        "en": "With a {pct} % subsidy the rent is {rent} a month and the city covers {gap} a year."},
    "tariffs.incentive.title": {"id": "Insentif tahun pertama untuk penyewa baru",
                                "en": "First-year incentive for a new tenant"},
    "tariffs.incentive.sentence": {
        "id": "Gratis {free} bulan lalu diskon {pct} %: penyewa baru membayar {paid} pada tahun pertama "
              "(normal {normal}). Biaya insentif bagi kota {cost} per penyewa; untuk {n} penyewa baru {total}.",
        "en": "{free} months free, then {pct} % off: a new tenant pays {paid} in the first year (normally "
              "{normal}). The incentive costs the city {cost} per tenant; for {n} new tenants {total}."},
    # --- budget
    "tariffs.budget.title": {"id": "Anggaran tahunan sentra {sentra} {year}", "en": "Yearly budget of sentra {sentra}, {year}"},
    "tariffs.budget.machines_title": {"id": "Retribusi dan biaya per mesin", "en": "Fees and costs per machine"},
    "tariffs.budget.sentence": {
        "id": "Tahun {year} sentra {sentra} menghasilkan penerimaan daerah {revenue} (sewa diterima + retribusi "
              "mesin; tunggakan sewa {arrears}), sedangkan biaya operasional UPTD {cost}. Subsidi APBD yang "
              "dibutuhkan {subsidy}; bila dana pengganti (penyusutan) ikut dihitung {dep}.",
        "en": "In {year} sentra {sentra} brought in {revenue} of regional revenue (rent collected + machine "
              "fees; rent arrears {arrears}) against UPTD operating costs of {cost}. The city subsidy needed is "
              "{subsidy}; {dep} if the replacement fund (depreciation) is included."},
    "tariffs.budget.sentence_surplus": {
        "id": "Tahun {year} sentra {sentra} menghasilkan penerimaan daerah {revenue} (sewa diterima + retribusi "
              "mesin; tunggakan sewa {arrears}), lebih besar {surplus} dari biaya operasional UPTD {cost}: "
              "tidak perlu subsidi operasional. Bila dana pengganti (penyusutan) ikut dihitung, subsidi yang "
              "dibutuhkan {dep}.",
        "en": "In {year} sentra {sentra} brought in {revenue} of regional revenue (rent collected + machine "
              "fees; rent arrears {arrears}), {surplus} more than the UPTD operating costs of {cost}: no "
              "operating subsidy is needed. If the replacement fund (depreciation) is included, the subsidy "
              "needed is {dep}."},
    "tariffs.budget.retribusi_note": {
        "id": "Catatan: sewa dan retribusi mesin adalah penerimaan daerah yang disetor ke kas daerah menurut "
              "Perda/Perwali (atau pendapatan BLUD), bukan pendapatan pengelola; biaya UPTD dibayar dari APBD. "
              "Periksa aturan daerah setempat.",
        "en": "Note: rent and machine fees are regional revenue paid into the kas daerah under the Perda/Perwali "
              "(or BLUD income), not the manager's income; UPTD costs are paid from the city budget. Check the "
              "local rules."},
    "tariffs.budget.note_rent": {
        "id": "Sewa dihitung ulang {rent} per unit per bulan × {months} bulan-unit terisi, diterima {ratio} "
              "seperti pada data.",
        "en": "Rent re-billed at {rent} per unit per month × {months} occupied unit-months, collected at {ratio} "
              "as in the data."},
    "tariffs.budget.note_no_bookings": {"id": "Tidak ada data pemesanan mesin untuk tahun {year}.",
                                        "en": "No machine bookings in the data for {year}."},
    "tariffs.budget.line.sewa_ditagih": {"id": "Sewa workshop ditagih", "en": "Workshop rent billed"},
    "tariffs.budget.line.sewa_diterima": {"id": "Sewa workshop diterima (penerimaan daerah)",
                                          "en": "Workshop rent collected (regional revenue)"},
    "tariffs.budget.line.tunggakan_sewa": {"id": "Tunggakan sewa tahun ini", "en": "Rent arrears this year"},
    "tariffs.budget.line.retribusi_mesin": {"id": "Retribusi pemakaian mesin (penerimaan daerah)",
                                            "en": "Machine-use fees (regional revenue)"},
    "tariffs.budget.line.total_penerimaan": {"id": "Jumlah penerimaan daerah", "en": "Total regional revenue"},
    "tariffs.budget.line.listrik_mesin": {"id": "Listrik mesin", "en": "Machine electricity"},
    "tariffs.budget.line.pemeliharaan_mesin": {"id": "Pemeliharaan mesin", "en": "Machine maintenance"},
    "tariffs.budget.line.operator_mesin": {"id": "Operator mesin (UPTD)", "en": "Machine operator (UPTD)"},
    "tariffs.budget.line.pemeliharaan_bangunan": {"id": "Pemeliharaan bangunan", "en": "Building maintenance"},
    "tariffs.budget.line.biaya_bersama": {"id": "Biaya bersama (satpam, kebersihan, listrik umum)",
                                          "en": "Shared costs (security, cleaning, common power)"},
    "tariffs.budget.line.total_biaya": {"id": "Jumlah biaya operasional UPTD", "en": "Total UPTD operating costs"},
    "tariffs.budget.line.penyusutan_mesin": {"id": "Penyusutan mesin (dana pengganti, bukan kas)",
                                             "en": "Machine depreciation (replacement fund, not cash)"},
    "tariffs.budget.line.penyusutan_bangunan": {"id": "Penyusutan bangunan (bukan kas)",
                                                "en": "Building depreciation (not cash)"},
    "tariffs.budget.line.subsidi_apbd": {"id": "Subsidi APBD yang dibutuhkan", "en": "City subsidy needed"},
    "tariffs.budget.line.subsidi_dengan_penyusutan": {"id": "Subsidi bila penyusutan ikut ditutup",
                                                      "en": "Subsidy if depreciation is also covered"},
    # --- errors
    "tariffs.error.unknown_machine": {
        "id": "Mesin '{value}' tidak ada di data. Pilih salah satu: {valid}.",
        "en": "Machine '{value}' is not in the data. Choose one of: {valid}."},
    "tariffs.error.machine_type": {
        "id": "Mesin harus berupa kode mesin (mis. 'MSN-M01') atau tabel dengan harga beli, umur dan daya; "
              "yang diberikan: {value}.",
        "en": "A machine must be a machine id (e.g. 'MSN-M01') or a mapping with price, life and power; "
              "got: {value}."},
    "tariffs.error.machine_missing": {
        "id": "Data mesin kurang: {missing}. Yang diperlukan: {required}.",
        "en": "Machine data missing: {missing}. Required: {required}."},
    "tariffs.error.pct_range": {
        "id": "'{field}' adalah persen dan harus antara 0 dan kurang dari 100 (5 = 5 %); yang diberikan: {value}.",
        "en": "'{field}' is a percent and must be from 0 to below 100 (5 = 5 %); got: {value}."},
    "tariffs.error.hours_too_many": {
        "id": "Jam pemakaian {value} per tahun terlalu besar: satu tahun hanya 8.760 jam.",
        "en": "{value} hours of use a year is too many: a year has only 8,760 hours."},
    "tariffs.error.load_factor": {
        "id": "Faktor beban adalah pecahan antara 0 dan 1 (0,7 = 70 % daya); yang diberikan: {value}.",
        "en": "The load factor is a fraction between 0 and 1 (0.7 = 70 % of power); got: {value}."},
    "tariffs.error.occupancy": {
        "id": "Keterisian adalah pecahan di atas 0 sampai 1 (0,27 = 27 %); yang diberikan: {value}.",
        "en": "Occupancy is a fraction above 0 up to 1 (0.27 = 27 %); got: {value}."},
    "tariffs.error.unit_area": {
        "id": "Luas satu unit ({unit} m²) tidak boleh lebih besar dari luas seluruh workshop ({total} m²).",
        "en": "The unit area ({unit} m²) cannot exceed the total workshop area ({total} m²)."},
    "tariffs.error.months_free": {
        "id": "Bulan gratis harus bilangan bulat 0–12; yang diberikan: {value}.",
        "en": "Free months must be a whole number 0–12; got: {value}."},
    "tariffs.error.new_tenants": {
        "id": "Jumlah penyewa baru harus bilangan bulat; yang diberikan: {value}.",
        "en": "The number of new tenants must be a whole number; got: {value}."},
    "tariffs.error.no_fee": {
        "id": "Tarif sekarang tidak diketahui untuk mesin ini: berikan tarif (Rp per jam).",
        "en": "Today's fee is unknown for this machine: give a fee (Rp per hour)."},
    "tariffs.error.no_hours": {"id": "Daftar jam pemakaian kosong.", "en": "The list of hours is empty."},
    "tariffs.error.missing_parameter": {
        "id": "Parameter '{name}' tidak ada di data/parameters.csv. Jalankan 'ikm-kit data regenerate'.",
        "en": "Parameter '{name}' is missing from data/parameters.csv. Run 'ikm-kit data regenerate'."},
    "tariffs.error.no_bookings": {
        "id": "Tidak ada jam pemakaian mesin {machine} pada tahun {year} di data pemesanan; "
              "isi jam pemakaian sendiri.",
        "en": "No hours of use of machine {machine} in {year} in the bookings; give the hours yourself."},
    "tariffs.error.unknown_sentra": {
        "id": "Sentra '{value}' tidak dikenal. Pilih salah satu: {valid}.",
        "en": "Unknown sentra '{value}'. Choose one of: {valid}."},
    "tariffs.error.no_year": {
        "id": "Tidak ada data keterisian sentra {sentra} untuk tahun {year}.",
        "en": "No occupancy data of sentra {sentra} for {year}."},
    "tariffs.error.no_year_valid": {
        "id": "Tidak ada data sentra {sentra} untuk tahun {year}. Tahun yang ada: {valid}.",
        "en": "No data of sentra {sentra} for {year}. Years available: {valid}."},
    "tariffs.error.year": {"id": "Tahun harus bilangan bulat seperti 2023; yang diberikan: {value}.",
                           "en": "The year must be a whole number such as 2023; got: {value}."},
    "tariffs.error.unknown_line": {
        "id": "Pos anggaran '{value}' tidak ada. Pos yang ada: {valid}.",
        "en": "Budget line '{value}' does not exist. Lines: {valid}."},
    # --- figures
    "tariffs.fig.current_fee": {"id": "Tarif sekarang", "en": "Today's fee"},
    "tariffs.fig.tariff_after_subsidy": {"id": "Tarif sesudah subsidi", "en": "Tariff after subsidy"},
    "tariffs.fig.components_title": {"id": "Komponen biaya per jam mesin", "en": "Cost components per machine-hour"},
    "tariffs.fig.cost_per_hour": {"id": "Biaya per jam", "en": "Cost per hour"},
    "tariffs.fig.energy_floor": {"id": "Listrik saja (batas bawah)", "en": "Electricity only (floor)"},
    "tariffs.fig.hours_short": {"id": "jam", "en": "h"},
    "tariffs.fig.today_use": {"id": "pemakaian sekarang {hours} jam", "en": "today's use {hours} h"},
    "tariffs.fig.break_even": {"id": "titik impas {hours} jam", "en": "break-even {hours} h"},
    "tariffs.fig.curve_title": {"id": "Makin jarang dipakai, makin mahal per jam",
                                "en": "The less a machine is used, the dearer each hour"},
    "tariffs.fig.hours_axis": {"id": "Jam terpakai per tahun", "en": "Hours used a year"},
    "tariffs.fig.rent_cost_recovery": {"id": "Sewa pemulihan biaya", "en": "Cost-recovery rent"},
    "tariffs.fig.rent_reference": {"id": "Sewa rencana / pembanding", "en": "Planned / reference rent"},
    "tariffs.fig.today_occupancy": {"id": "keterisian {occ}", "en": "occupancy {occ}"},
    "tariffs.fig.rent_title": {"id": "Sewa per workshop menurut keterisian", "en": "Rent per workshop by occupancy"},
    "tariffs.fig.occupancy_axis": {"id": "Keterisian (%)", "en": "Occupancy (%)"},
    "tariffs.fig.rent_axis": {"id": "Rp per unit per bulan", "en": "Rp per unit per month"},
    "tariffs.fig.budget_revenue": {"id": "Penerimaan daerah", "en": "Regional revenue"},
    "tariffs.fig.budget_cost": {"id": "Biaya UPTD", "en": "UPTD costs"},
    "tariffs.fig.budget_subsidy": {"id": "Subsidi APBD", "en": "City subsidy"},
    "tariffs.fig.budget_depreciation": {"id": "+ penyusutan (dana pengganti)", "en": "+ depreciation (replacement fund)"},
    # --- TariffApp
    "tariffs.app.title": {"id": "Kalkulator tarif mesin bersama", "en": "Shared-machine tariff calculator"},
    "tariffs.app.machine": {"id": "Mesin", "en": "Machine"},
    "tariffs.app.hours": {"id": "Jam terpakai/tahun", "en": "Hours used/year"},
    "tariffs.app.electricity": {"id": "Listrik (Rp/kWh)", "en": "Electricity (Rp/kWh)"},
    "tariffs.app.operator": {"id": "Operator (Rp/tahun)", "en": "Operator (Rp/year)"},
    "tariffs.app.subsidy": {"id": "Subsidi (%)", "en": "Subsidy (%)"},
    "tariffs.app.depreciation": {"id": "Hitung penyusutan (dana pengganti)", "en": "Include depreciation (replacement fund)"},
    "tariffs.app.kpi_cost": {"id": "Biaya per jam", "en": "Cost per hour"},
    "tariffs.app.kpi_cost_note": {"id": "pada {hours} jam per tahun", "en": "at {hours} hours a year"},
    "tariffs.app.kpi_tariff": {"id": "Tarif sesudah subsidi", "en": "Tariff after subsidy"},
    "tariffs.app.kpi_tariff_note": {"id": "subsidi APBD {per_year} per tahun", "en": "city subsidy {per_year} a year"},
    "tariffs.app.kpi_fee": {"id": "Tarif sekarang", "en": "Today's fee"},
    "tariffs.app.kpi_fee_note": {"id": "titik impas {be} jam per tahun", "en": "break-even {be} hours a year"},
    "tariffs.app.kpi_fee_never": {"id": "tidak menutup biaya listrik", "en": "does not cover the electricity"},
    "tariffs.app.kpi_fee_unknown": {"id": "tidak diketahui", "en": "unknown"},
    "tariffs.app.assumptions": {
        "id": "Asumsi (U = belum terverifikasi): pemeliharaan {maint} % harga beli per tahun (U), nilai sisa {salvage} % "
              "(P), faktor beban {lf} (U), listrik {price} per kWh (golongan I-1/I-2 tidak ditemukan, dipakai tarif "
              "B-2: U).",
        "en": "Assumptions (U = unverified): maintenance {maint} % of the price a year (U), salvage {salvage} % (P), "
              "load factor {lf} (U), electricity {price} per kWh (I-1/I-2 rate not found, B-2 rate used: U)."},
    # --- dashboards
    "dashboards.util.view_tariff": {"id": "Tarif & sewa", "en": "Tariffs & rent"},
    "tariffs.panel.title": {"id": "Tarif mesin dan sewa workshop", "en": "Machine tariffs and workshop rent"},
    "tariffs.panel.rent_title": {"id": "Sewa workshop pemulihan biaya", "en": "Cost-recovery workshop rent"},
    "tariffs.panel.no_tenants": {"id": "Belum ada unit terisi pada bulan ini: sewa pemulihan biaya tidak terdefinisi.",
                                 "en": "No unit is occupied this month: the cost-recovery rent is undefined."},
    "tariffs.panel.rent_note": {
        "id": "Garis merah: sewa rencana {planned} per bulan. Nilai gedung, umur, pemeliharaan dan biaya bersama "
              "adalah asumsi (U); lihat notebook 05_tarif_dan_tata_tertib.",
        "en": "Red line: planned rent {planned} a month. Building value, life, maintenance and shared costs are "
              "assumptions (U); see notebook 05_tarif_dan_tata_tertib."},
    "tariffs.leaders.title": {"id": "Anggaran tahunan sentra", "en": "Yearly budget of the sentras"},
    "tariffs.leaders.line": {
        "id": "{sentra} {year}: penerimaan daerah {revenue} · biaya UPTD {cost} (U) · subsidi APBD yang dibutuhkan "
              "{subsidy} (U; dengan penyusutan {dep})",
        "en": "{sentra} {year}: regional revenue {revenue} · UPTD costs {cost} (U) · city subsidy needed {subsidy} "
              "(U; with depreciation {dep})"},
    "tariffs.leaders.line_surplus": {
        "id": "{sentra} {year}: penerimaan daerah {revenue} · biaya UPTD {cost} (U) · surplus operasional {surplus} "
              "(U; subsidi bila penyusutan ikut ditutup {dep})",
        "en": "{sentra} {year}: regional revenue {revenue} · UPTD costs {cost} (U) · operating surplus {surplus} "
              "(U; subsidy if depreciation is also covered {dep})"},
    "tariffs.leaders.behind": {"id": "Tarif di balik angka ini (sewa ditagih {rent})",
                               "en": "The tariffs behind these figures (rent billed {rent})"},
}
