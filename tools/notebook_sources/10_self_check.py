# Source of notebooks/{id,en}/10_self_check.ipynb. Build with: make notebooks

CELLS = [
    md(
        id="""
# Cek pemahaman

## Tujuan belajar

Setelah mengerjakan kuis ini, Anda dapat:

1. menyebutkan rentang pengikut dan tingkat keterlibatan setiap tingkatan, beserta artikel
   yang menuliskannya;
2. menjelaskan kelebihan dan kekurangan setiap tingkatan, serta untuk apa tingkatan itu
   cocok, dengan kata-kata artikel sendiri, tanpa melebih-lebihkan;
3. membedakan apa yang ditulis artikel, apa yang tidak ditulisnya, dan apa yang hanya
   konvensi kami.

**Waktu:** ± 20 menit. **Baca dulu:** notebook 02–08; kuis ini mengulang isinya.

## Cara mengerjakan

Pilih satu jawaban untuk setiap soal. Hanya jawaban pertama yang dihitung: begitu Anda
memilih, soal itu terkunci dan penjelasannya langsung muncul, lengkap dengan kutipan artikel.
Skor ada di bagian bawah.

Soal yang bertanda *bahan diskusi* tidak punya satu jawaban benar, karena artikelnya
sendiri tidak memberi jawaban pasti. Jawaban Anda di sana tidak dinilai; baca penjelasannya, lalu
bahas di kelas. Empat soal terakhir memakai akun dari sampel rekaan.

Ingin mencoba lagi? Tekan **Ulangi kuis**: semua jawaban dan skor kembali kosong.
""",
        en="""
# Self-check

## Learning goals

After this quiz you can:

1. give each tier's follower range and engagement rate, with the article that states it;
2. explain each tier's strengths, weaknesses and who it suits in the articles' own words,
   without overstating them;
3. tell apart what an article says, what it does not say, and what is our convention.

**Time:** about 20 minutes. **Read first:** notebooks 02–08; this quiz goes over them.

## How it works

Choose one answer per question. Your first answer is the one that counts: as soon as you
choose, the question locks and the explanation appears, with the article's words. Your
score is at the bottom.

Questions marked *for discussion* have no single right answer, because the articles
themselves do not settle them. Your answer there is not scored; read the explanation and
talk it over in class. The last four questions use accounts from the made-up sample.

Want another go? Press **Start again**: every answer and the score are cleared.
""",
    ),
    setup(),
    code(
        id="""
from influtier_lite import Quiz

# Pelajaran yang sudah dibahas: "all" (semua soal) atau nomornya, misalnya "01, 03" atau "02-05, 07".
LESSONS = "all"
quiz = Quiz(lang=LANG, lessons=LESSONS)
quiz
""",
        en="""
from influtier_lite import Quiz

# Lessons taught so far: "all" (every question) or their numbers, for example "01, 03" or "02-05, 07".
LESSONS = "all"
quiz = Quiz(lang=LANG, lessons=LESSONS)
quiz
""",
    ),
    md(
        id="""
## Untuk guru

Soal-soal ada di `data/quiz.csv` (dua bahasa dalam satu baris, dengan sumber setiap soal)
dan bisa ditambah tanpa menyentuh kode:

- kolom `kind`: `scored` untuk soal yang dinilai, `discussion` untuk bahan diskusi (kolom
  `answer` dikosongkan, karena tidak ada satu jawaban benar);
- kolom `topic`: `numbers` untuk soal angka, `qualitative` untuk soal isi (kelebihan,
  kekurangan, untuk siapa setiap tingkatan cocok, dan apa yang tidak dikatakan artikel).
  Minimal sepertiga soal yang dinilai harus soal isi; sebuah tes memeriksanya;
- teks di antara tanda kutip ganda melengkung harus sama persis dengan kalimat artikel
  (sebuah tes mencocokkannya); contoh rekaan, seperti keterangan unggahan, ditulis di
  antara tanda kutip tunggal ‘…’.

**Kuis untuk pelajaran yang sudah dibahas.** Kuis lengkap mengulang notebook 02–08. Kalau
kelas baru membahas sebagian, tulis nomor pelajarannya di sel kuis, misalnya
`LESSONS = "01, 03"` untuk sesi 45 menit di panduan guru, lalu jalankan sel itu lagi
(Shift+Enter). Kuis lalu hanya berisi soal dari pelajaran itu dan hanya soal itu yang dinilai;
baris pertamanya menyebut jumlah soalnya. Waktunya sebanding dengan jumlah soal:
kuis lengkap ± 20 menit, kuis dengan sepertiga soalnya kira-kira 10 menit. Pelajaran tiap
soal ada di kolom `lessons` pada `data/quiz.csv` (misalnya `03;06`: soal itu ikut bila 03
atau 06 sudah dibahas); soal baru juga harus diberi nomor pelajaran di kolom ini.

Urutan pilihan diacak, tetapi urutan acaknya tetap, sehingga semua siswa melihat kuis yang
sama. Skor tidak dikirim ke mana pun: skor hanya ada di sesi notebook masing-masing
siswa. Baris skor di bawah ini sama dengan yang ada di bawah kuis dan ikut berubah setiap
kali sebuah soal dijawab.
""",
        en="""
## For teachers

The questions live in `data/quiz.csv` (both languages in one row, with each question's
source) and can be extended without touching any code:

- column `kind`: `scored` for a question that counts, `discussion` for a discussion item
  (leave `answer` empty: there is no single right answer);
- column `topic`: `numbers` for questions about figures, `qualitative` for questions about
  content (strengths, weaknesses, who each tier suits, what the articles do not say). At
  least a third of the scored questions must be about content; a test checks it;
- text inside curly double quotes must match the article word for word (a test checks
  it); made-up examples, such as a post's caption, go in single quotes ‘…’.

**A quiz for the lessons taught.** The whole quiz goes over notebooks 02–08. If the class
has done only some of them, write their numbers in the quiz cell, for example
`LESSONS = "01, 03"` for the 45-minute session in the teacher's guide, and run that cell
again (Shift+Enter). The quiz then asks only the questions from those lessons and scores
only those; its first line says how many there are. The time follows the number of
questions: about 20 minutes for the whole quiz, about 10 for a third of it. Each question's
lessons are in the `lessons` column of `data/quiz.csv` (for example `03;06`: the question is
asked once 03 or 06 has been taught); a new question needs its lesson numbers there too.

The choices are shuffled, but always in the same order, so every student sees the same
quiz. Scores are not sent anywhere: a score exists only in each student's own notebook
session. The score line below is the same as the one under the quiz and changes with every answer.
""",
    ),
    code("quiz.score_html"),
    md(
        id="""
## Setelah kuis: bahan diskusi

Pertanyaan-pertanyaan ini tidak punya satu jawaban benar. Bahas berpasangan atau bersama
satu kelas:

1. Sebuah akun punya 100.000 pengikut. Apa tingkatannya? Jawablah dua kali, sekali untuk
   setiap artikel, lalu jelaskan mengapa jawabannya berbeda.
2. Kedua artikel terbit di blog perusahaan yang menjual jasa atau perangkat lunak. Bagian
   mana yang menurut Anda paling perlu diperiksa ulang dengan sumber lain?
3. Sebuah akun mikro punya tingkat keterlibatan 12%. Sebutkan dua penjelasan yang masuk
   akal dan satu cara untuk membedakan keduanya.
""",
        en="""
## After the quiz: for discussion

These questions have no single right answer. Talk them over in pairs or as a class:

1. An account has 100,000 followers. Which tier is it in? Answer twice, once for each
   article, and explain why the answers differ.
2. Both articles appeared on the blogs of companies that sell a service or software. Which part
   would you most want to check against another source?
3. A micro account has an engagement rate of 12%. Give two plausible explanations and one
   way to tell them apart.
""",
    ),
]
