# Source of notebooks/{id,en}/10_self_check.ipynb. Build with: make notebooks

CELLS = [
    md(
        id="""
# Cek pemahaman

Kuis ini menguji apa yang sudah Anda pelajari dari kedua artikel. Pilih satu jawaban
untuk setiap soal: hasilnya langsung muncul, lengkap dengan penjelasan dan kutipan
artikelnya. Skor ada di bagian bawah. Soal terakhir memakai akun dari sampel rekaan.

Belum yakin? Kembali ke notebook 02–08, lalu tekan **Ulangi kuis**.
""",
        en="""
# Self-check

This quiz tests what you have learnt from the two articles. Choose one answer per
question: the result appears at once, with an explanation and the article's words. Your
score is at the bottom. The last questions use accounts from the made-up sample.

Not sure yet? Go back to notebooks 02–08, then press **Start again**.
""",
    ),
    setup(),
    code("""
from influtier_lite.quiz import Quiz

quiz = Quiz(lang=LANG)
quiz
"""),
    md(
        id="""
## Untuk guru

Soal-soal ada di `data/quiz.csv` (dua bahasa, dengan sumber setiap soal), dan bisa
ditambah tanpa menyentuh kode. Urutan pilihan diacak dengan benih tetap, sehingga semua
siswa melihat kuis yang sama. Skor sebuah kelas tidak dikumpulkan ke mana pun: kuis ini
berjalan di komputer masing-masing siswa.
""",
        en="""
## For teachers

The questions live in `data/quiz.csv` (both languages, with each question's source) and
can be extended without touching any code. The choices are shuffled with a fixed seed, so
every student sees the same quiz. Scores are not collected anywhere: the quiz runs on
each student's own machine.
""",
    ),
    code("print(quiz.score_line())"),
    md(
        id="""
## Setelah kuis: bahan diskusi

Pertanyaan-pertanyaan ini tidak punya satu jawaban benar. Bahaslah berpasangan atau di
kelas:

1. Sebuah akun punya 100.000 pengikut. Apa tingkatannya? Jawablah dua kali, sekali untuk
   setiap artikel, lalu jelaskan mengapa jawabannya berbeda.
2. Kedua artikel ditulis oleh perusahaan yang menjual jasa atau perangkat lunak. Bagian
   mana yang menurut Anda paling perlu diperiksa ulang dengan sumber lain?
3. Sebuah akun mikro punya tingkat keterlibatan 12%. Sebutkan dua penjelasan yang masuk
   akal dan satu cara untuk membedakan keduanya.
""",
        en="""
## After the quiz: for discussion

These questions have no single right answer. Talk them over in pairs or as a class:

1. An account has 100,000 followers. Which tier is it in? Answer twice, once for each
   article, and explain why the answers differ.
2. Both articles were written by companies that sell a service or software. Which part
   would you most want to check against another source?
3. A micro account has an engagement rate of 12%. Give two plausible explanations and one
   way to tell them apart.
""",
    ),
]
