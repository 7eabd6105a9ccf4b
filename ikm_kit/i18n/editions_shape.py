"""Column labels of the table 'exercises per day and how they are answered' (editions.render_course_shape)."""

MESSAGES = {
    "editions.shape_day": {"id": "Hari", "en": "Day"},
    "editions.shape_kode": {"id": "Latihan kode", "en": "Code exercises"},
    "editions.shape_angka": {"id": "Kotak angka", "en": "Number box"},
    "editions.shape_pilihan": {"id": "Pilihan", "en": "Choice"},
    "editions.shape_formulir": {"id": "Formulir", "en": "Form"},
    "editions.shape_sel_kode": {"id": "Sel yang meminta mengetik kode", "en": "Cells where code must be typed"},
    "editions.shape_total": {"id": "Jumlah", "en": "Total"},
}
