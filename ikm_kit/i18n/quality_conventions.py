"""Quality statistics: conventions (σ within, Cpm, OC types), ISO 2859 reduced-inspection decisions."""

MESSAGES = {
    "quality_conv.sigma_method": {"id": "Metode σ dalam subgrup", "en": "Within-subgroup σ method"},
    "quality_conv.method.rbar": {"id": "R̄/d2", "en": "R̄/d2"},
    "quality_conv.method.sbar": {"id": "s̄/c4", "en": "s̄/c4"},
    "quality_conv.method.pooled": {"id": "SD gabungan", "en": "pooled SD"},
    "quality_conv.method.mr": {"id": "MR̄/1,128", "en": "MR̄/1.128"},
    "quality_conv.cap.n_missing": {"id": "Pengukuran kosong (tidak dihitung)",
                                   "en": "Missing readings (left out)"},
    "quality_conv.cap.missing": {
        "id": "{count} pengukuran kosong tidak dihitung; subgrup dan rentang bergerak tetap pada urutan aslinya.",
        "en": "{count} missing readings were left out; subgroups and moving ranges keep their original order.",
    },
    "quality_conv.error.constant": {
        "id": "Semua {n} pengukuran sama persis ({value}), jadi simpangan baku = 0 dan Cp tidak dapat dihitung. "
              "Biasanya resolusi alat ukur terlalu kasar (atau angkanya tersalin). Ukur ulang dengan alat "
              "yang lebih teliti atau catat lebih banyak angka desimal.",
        "en": "All {n} readings are identical ({value}), so the standard deviation is 0 and Cp cannot be "
              "computed. Usually the gauge's resolution is too coarse (or the values were copied). Measure "
              "again with a finer gauge or record more decimals.",
    },
    "quality_conv.error.constant_within": {
        "id": "Pengukuran di dalam setiap subgrup sama persis (σ dalam subgrup = 0), jadi Cp tidak dapat "
              "dihitung. Biasanya resolusi alat ukur terlalu kasar. Ukur dengan lebih banyak angka desimal.",
        "en": "The readings within every subgroup are identical (within-subgroup σ = 0), so Cp cannot be "
              "computed. Usually the gauge's resolution is too coarse. Measure with more decimals.",
    },
    "quality_conv.error.no_moving_range": {
        "id": "Tidak ada dua pengukuran berurutan yang lengkap, jadi rentang bergerak tidak dapat dihitung. "
              "Isi pengukuran yang kosong atau gunakan data yang lebih panjang.",
        "en": "No two consecutive readings are both present, so no moving range can be computed. Fill the "
              "missing readings or use a longer series.",
    },
    "quality_conv.error.need_lot": {
        "id": "Kurva OC tipe A (distribusi hipergeometrik) memerlukan ukuran lot: isi lot_size= (unit).",
        "en": "A type A OC curve (hypergeometric distribution) needs the lot size: give lot_size= (units).",
    },
    "quality_conv.oc_method": {"id": "Distribusi kurva OC", "en": "OC curve distribution"},
    "quality_conv.iso.accept": {
        "id": "Terima lot: {d} cacat ≤ Ac {ac}.",
        "en": "Accept the lot: {d} nonconforming ≤ Ac {ac}.",
    },
    "quality_conv.iso.reject": {
        "id": "Tolak lot: {d} cacat ≥ Re {re}.",
        "en": "Reject the lot: {d} nonconforming ≥ Re {re}.",
    },
    "quality_conv.iso.accept_reinstate": {
        "id": "Terima lot ({d} cacat: di atas Ac {ac} tetapi di bawah Re {re}), lalu kembali ke inspeksi "
              "normal mulai lot berikutnya (MIL-STD-105E §10.1.4, §8.3.4).",
        "en": "Accept the lot ({d} nonconforming: above Ac {ac} but below Re {re}), then return to normal "
              "inspection from the next lot (MIL-STD-105E §10.1.4, §8.3.4).",
    },
    "quality_conv.iso.back_to_normal": {
        "id": "Lot berikutnya diinspeksi normal lagi (MIL-STD-105E §8.3.4).",
        "en": "The next lot goes back to normal inspection (MIL-STD-105E §8.3.4).",
    },
    "quality_conv.iso.reduced_gap": {
        "id": "Pada inspeksi dikurangi, jumlah cacat di atas {ac} tetapi di bawah {re} tetap menerima lot, "
              "tetapi lot berikutnya kembali ke inspeksi normal.",
        "en": "Under reduced inspection, a count above {ac} but below {re} still accepts the lot, but the next "
              "lot returns to normal inspection.",
    },
}
