# Source of notebooks/{id,en}/14_your_accounts.ipynb. Build with: make notebooks NB=14

CELLS = [
    md(
        id="""
# Akun pilihan Anda: tingkatan, keterlibatan, dan hal yang perlu dicek

## Tujuan belajar

- Membaca daftar akun yang Anda bawa sendiri (CSV, XLSX, atau teks yang ditempel dari spreadsheet) dan melihat
  tingkatan setiap akun menurut kedua artikel dan lima sumber rujukan.
- Membandingkan tingkat keterlibatan setiap akun dengan rentang Partipost dan dengan tolok ukur vendor untuk platformnya.
- Membaca tanda *perlu dicek* sebagai pertanyaan untuk diselidiki, bukan sebagai vonis tentang seseorang.

Waktu: ± 25 menit. Baca dulu: notebook 07 (tujuh sumber) dan 08 (tingkat keterlibatan).

## Ke mana data Anda pergi (per Desember 2026)

Alat di bawah membaca berkas ke memori *kernel*,
yaitu proses Python yang menjalankan notebook ini. Tempat kernel itu berjalan menentukan ke mana
data Anda pergi:

- **Di laptop Anda sendiri** (`make lab`): kernel berjalan di laptop itu, jadi data hanya ada di
  memorinya dan tidak dikirim ke mana pun.
- **Di Binder atau JupyterHub**: kernel berjalan di server layanan itu, jadi berkas yang Anda unggah
  atau tabel yang Anda tempel dikirim ke server itu dan diproses di sana. Panduan mybinder.org
  sendiri meminta Anda tidak melakukan apa pun di sana yang tidak ingin Anda bagikan ke seluruh
  dunia; server JupyterHub diatur oleh pengelola hub-nya.
- **Di aplikasi *workshop*** (`make app`): kernel berjalan di laptop yang menjalankan perintah itu,
  biasanya laptop pelatih. Peserta yang membuka aplikasi dari ponselnya mengirim datanya ke laptop
  itu.

Di mana pun kernel berjalan, alat ini tidak menulis data ke disk, dan tombol unggah langsung dikosongkan
setelah berkas terbaca. Unduhan hasilnya dibuat di memori dan baru tersimpan bila Anda sendiri
mengekliknya. Hasil yang tampil juga tidak ikut tersimpan di notebook, kecuali Anda mengaktifkan pilihan
`Settings > Save Widget State Automatically` di JupyterLab (bawaannya nonaktif).

**Data tentang orang sungguhan.** Bila daftar Anda memuat akun orang sungguhan, ingat bahwa
Indonesia punya UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi (UU PDP). Ini sekadar
penunjuk (per Desember 2026), bukan nasihat hukum: bacalah undang-undangnya atau tanyakan kepada
lembaga Anda sebelum mengolah data orang lain, terutama di server yang bukan milik Anda. Untuk
latihan di kelas, berkas contoh rekaan di bawah sudah cukup.
""",
        en="""
# Your own accounts: tiers, engagement and what is worth checking

## Learning goals

- Read a shortlist you bring yourself (CSV, XLSX, or text pasted from a spreadsheet) and see each
  account's tier under both articles and the five references.
- Compare each account's engagement rate with Partipost's band and with a vendor benchmark for its platform.
- Read the *worth checking* flags as questions to look into, not as verdicts about a person.

Time: about 25 minutes. Read first: notebooks 07 (seven sources) and 08 (engagement rate).

## Where your data goes (as of December 2026)

The tool below reads the file into the memory of
the *kernel*, the Python process that runs this notebook. Where that kernel runs decides where
your data goes:

- **On your own laptop** (`make lab`): the kernel runs on that laptop, so the data is only in its
  memory and is not sent anywhere.
- **On Binder or a JupyterHub**: the kernel runs on that service's server, so the file you upload
  or the table you paste is sent to that server and processed there. mybinder.org's own
  guidelines ask you not to do anything there you would mind sharing with the world; a
  JupyterHub's server is run by the hub's administrators.
- **In the workshop app** (`make app`): the kernel runs on the laptop that ran the command,
  usually the trainer's. Participants who open the app on their phones send their data to that
  laptop.

Wherever the kernel runs, the tool writes no data to disk, and the upload button is emptied as
soon as the file is read. The downloads are built in memory and saved only when you click one
yourself. What is shown is not saved in the notebook either, unless you turn on
`Settings > Save Widget State Automatically` in JupyterLab (off by default).

**Data about real people.** If your shortlist holds real people's accounts, remember that
Indonesia has a personal-data law, UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi
(UU PDP). This is only a pointer (as of December 2026), not legal advice: read the law or ask
your institution before you process other people's data, above all on a server that is not
yours. For practice in class, the made-up sample file below is enough.
""",
    ),
    setup(),
    code("""
from influtier_lite import (Paragraphs, ShortlistExplorer, flag_text, problems_table, read_accounts,
                           result_table, sample_path)
"""),
    md(
        id="""
## Coba dulu dengan berkas contoh

Berkas `sample_shortlist_synthetic.csv` di folder `data/shortlist/` berisi 14 akun **rekaan**: semua nama
akun diawali `contoh`, dan semua angkanya kami buat sendiri. Bentuknya sengaja dibuat seperti
ekspor Excel dengan pengaturan Indonesia: kolom dipisah titik koma, ribuan ditulis dengan titik
(`12.500`), desimal dengan koma (`873,5`), dan beberapa jumlah diketik seperti biasa orang
menulisnya (`2,9 jt`, `1,2 rb`). Ada juga beberapa baris yang sengaja bermasalah.

Alat di bawah ini sudah memuat berkas contoh itu. Untuk daftar Anda sendiri, klik tombol
unggah atau tempel tabel dari spreadsheet (baris judul ikut disalin), lalu klik tombol baca.
""",
        en="""
## Try it first with the sample file

The file `sample_shortlist_synthetic.csv` in the `data/shortlist/` folder holds 14 **made-up** accounts:
every handle starts with `contoh` (Indonesian for "example"), and we made up every number. It is
shaped like an export from Excel with Indonesian settings: columns separated by semicolons,
thousands written with a dot (`12.500`), decimals with a comma (`873,5`), and some counts typed
the way people type them (`2,9 jt`, `1,2 rb`). A few rows have problems on purpose.

Below, the tool has already loaded that sample. For your own shortlist, click the upload button
or paste a table from a spreadsheet (copy the header row too), then click the read button.
""",
    ),
    code("""
ShortlistExplorer(LANG, sample_path())
"""),
    md(
        id="""
## Apa yang dibaca

- **Berkas:** CSV dengan koma atau titik koma, dengan atau tanpa BOM, akhir baris Windows atau
  Linux, UTF-8 atau Windows-1252; XLSX; dan teks yang ditempel dari spreadsheet (dipisah tab).
- **Nama kolom** dalam bahasa Indonesia atau Inggris, huruf besar atau kecil: `pengikut` atau
  `followers` (juga `jumlah pengikut`), `suka`/`likes` (juga `rata-rata suka`), `komentar`,
  `dibagikan`, `disimpan`, `tayangan`, `akun`/`username`, `platform`. Kolom yang tidak dikenali
  dilaporkan, tidak ditebak.
- **Angka** seperti biasa ditulis orang: `12.500`, `12,5 rb`, `2,9 jt`, juga `1.5M` dan `3.3k`.
  Sel yang bisa berarti dua angka berbeda, atau yang tidak bisa dibaca, dicatat sebagai masalah pada
  barisnya.
- **Rumus:** *per pengikut* (interaksi dibagi pengikut, seperti di notebook 08) atau *per tayangan*.
  Rentang Partipost dan tolok ukur vendor hanya dipakai untuk rumus per pengikut.

Tidak ada baris yang hilang diam-diam: setiap baris data ada di tabel hasil, di daftar masalah,
atau di keduanya. Tabel di bawah ini dibuat dengan kode, tanpa tombol. Tingkatan menurut lima
sumber rujukan ada di alat di atas dan di unduhannya.
""",
        en="""
## What is read

- **Files:** CSV with commas or semicolons, with or without a BOM, Windows or Linux line ends,
  UTF-8 or Windows-1252; XLSX; and text pasted from a spreadsheet (tab-separated).
- **Column names** in Indonesian or English, in any case: `followers` or `pengikut` (also
  `jumlah pengikut`), `likes`/`suka` (also `avg likes`), `comments`, `shares`, `saves`, `views`,
  `handle`/`username`, `platform`. A column the reader cannot place is reported, not guessed.
- **Counts** as people write them: `12.500`, `12,5 rb`, `2,9 jt`, and `1.5M` or `3.3k`. A cell
  that could mean two different numbers, or cannot be read, is a problem on its row.
- **Formula:** *by followers* (engagements divided by followers, as in notebook 08) or *by
  views*. Partipost's bands and the vendor benchmarks are used with the by-followers formula only.

No row is lost silently: every data row is in the result table, in the problems, or in both.
The table below is made in code, without the buttons. The tiers under the five references are in
the tool above and in its downloads.
""",
    ),
    code("""
result = read_accounts(sample_path())
result_table(result, LANG, references=False)
"""),
    md(
        id="""
## Masalah per baris

Nomor baris sama dengan nomor baris di spreadsheet (baris judul adalah baris 1), jadi Anda bisa
langsung membuka selnya dan memperbaikinya.
""",
        en="""
## Problems, row by row

The row numbers are the spreadsheet's (the header is row 1), so you can go straight to the cell
and fix it.
""",
    ),
    code("""
problems_table(result, LANG)
"""),
    md(
        id="""
## Tanda *perlu dicek* adalah pertanyaan, bukan vonis

Setiap tanda hanya mengajak Anda melihat lebih dekat. Tingkat keterlibatan yang jauh di bawah
tolok ukur vendor **bisa** berarti pengikut yang dibeli, tetapi bisa juga berarti akun itu
sedang sepi, baru saja viral lalu turun, atau banyak pengikutnya tidak aktif lagi. Satu angka tidak
membuktikan apa pun tentang seseorang. Tanda *jauh di bawah* hanya muncul bila angkanya di bawah
rentang Partipost **dan** kurang dari separuh tolok ukur untuk tingkatan dan platform akun itu
(untuk rentang Spamguard: separuh nilai tengahnya). Notebook 11 memakai ukuran yang sama.

Tolok ukur itu diterbitkan vendor (HypeAuditor, Spamguard), dan setiap baris hanya
dibandingkan dengan angka untuk platformnya sendiri: akun Instagram dengan angka Instagram,
akun TikTok dengan angka TikTok (sumber kami hanya punya angka nano: HypeAuditor 2023,
12,6%). Baris tanpa platform, baris dari platform tanpa angka (misalnya YouTube), dan akun
mega tidak dibandingkan dengan tolok ukur apa pun.
""",
        en="""
## A *worth checking* flag is a question, not a verdict

Each flag only asks you to look closer. An engagement rate far below the vendor benchmark
**may** mean bought followers, but it may also mean a quiet spell, a viral moment that has passed,
or many followers who are no longer active. One number proves nothing about a person. The *well
below* flag appears only when a rate is below Partipost's band **and** less than half the
benchmark for the account's tier and platform (for Spamguard's bands: half their middle).
Notebook 11 uses the same measure.

These benchmarks are published by vendors (HypeAuditor, Spamguard), and each row is set only
beside a figure for its own platform: an Instagram account beside an Instagram figure, a
TikTok account beside a TikTok figure (our sources have only a nano one: HypeAuditor 2023,
12.6%). Rows with no platform, rows from a platform with no figure (YouTube, say) and mega
accounts are not set beside any benchmark.
""",
    ),
    code("""
Paragraphs(*(f"{row.handle}: {flag_text(row.flags, LANG)}" for row in result.table.rows() if row.flags))
"""),
    exercise(
        id="""
Akun `@contoh_ambigu` tidak ada di tabel hasil. Mengapa? Apa yang harus diubah di spreadsheet
supaya akun itu terbaca?
""",
        en="""
The account `@contoh_ambigu` is not in the result table. Why not? What would you change in the
spreadsheet so that it is read?
""",
    ),
    hint(
        id="Cari baris 10 di daftar masalah. Dalam format Indonesia, koma adalah tanda desimal.",
        en="Find row 10 among the problems. In the Indonesian format, the comma is the decimal mark.",
    ),
    answer(
        id="""
Jumlah pengikutnya ditulis `5,000`. Dengan pengaturan Indonesia, angka itu berarti lima (koma
sebagai tanda desimal), tetapi penulisnya mungkin bermaksud lima ribu menurut cara tulis Inggris. Alat ini tidak menebak, jadi
barisnya masuk daftar masalah. Tulis `5.000` atau `5000` di sel itu.
""",
        en="""
Its follower count is written `5,000`. With Indonesian settings that means five (a decimal
comma), but whoever typed it may have meant five thousand the English way. The tool does not
guess, so the row goes to the problems. Write `5.000` or `5000` in that cell.
""",
    ),
    exercise(
        id="""
Akun `@contoh.kebunku` diberi tanda *jauh di bawah tolok ukur vendor*. Apakah pengikutnya
dibeli? Tulis dua hal yang akan Anda periksa sebelum memutuskan bekerja sama.
""",
        en="""
The account `@contoh.kebunku` is flagged *well below the vendor benchmark*. Are its followers
bought? Write two things you would check before deciding to work with it.
""",
    ),
    hint(
        id="Ingat bagian *Di luar rentang* di notebook 08: satu angka tidak membuktikan apa pun.",
        en="Remember *Outside the band* in notebook 08: one number proves nothing.",
    ),
    answer(
        id="""
Belum tentu. Periksa, misalnya, riwayat jumlah pengikut (ada lonjakan mendadak?), isi komentar
(wajar atau seragam?), keterlibatan di beberapa unggahan terakhir (turun baru-baru ini?), dan
data yang dibagikan pemilik akun dari statistik platformnya. Jumlah pengikutnya (98.000) juga
dekat batas 100.000, dan Harmony menggolongkannya sebagai mikro, bukan makro.
""",
        en="""
Not necessarily. Check, for example, the follower history (a sudden jump?), the comments
(natural or all alike?), engagement over the last few posts (a recent drop?), and the statistics
the account owner can share from the platform. Its follower count (98,000) is also close to the
100,000 edge, and Harmony calls it micro, not macro.
""",
    ),
    md(
        id="""
## Catatan penutup: ekspor Excel berbahasa Indonesia

Berkas contoh di atas adalah ekspor Excel yang tampak nyata: titik koma, akhir baris Windows,
pengodean Windows-1252 tanpa BOM, titik ribuan dan koma desimal, satu kolom catatan yang tidak
dikenali, satu jumlah yang ambigu, dan dua sel kosong. Sel di bawah menunjukkan bentuk berkas itu
tanpa menampilkan isinya, lalu hasil pembacaannya: 12 akun terbaca, baris 10 dan 11 tidak dipakai
(lihat daftar masalah), dan baris 13 terbaca tanpa tingkat keterlibatan karena sel *disimpan*
kosong. Versi XLSX-nya (`sample_shortlist_synthetic.xlsx`) memberi hasil yang sama.
""",
        en="""
## Closing note: an Indonesian Excel export

The sample above is a real-looking Excel export: semicolons, Windows line ends, Windows-1252
encoding without a BOM, dots for thousands and commas for decimals, a notes column the reader
does not know, one ambiguous count and two empty cells. The cell below shows the file's shape
without showing its contents, then how it was read: 12 accounts read, rows 10 and 11 not used
(see the problems), and row 13 read without an engagement rate because its *saves* cell is
empty. Its XLSX version (`sample_shortlist_synthetic.xlsx`) gives the same result.
""",
    ),
    code("""
raw = sample_path().read_bytes()
lines = raw.split(b"\\r\\n")
bom, crlf = raw.startswith(b"\\xef\\xbb\\xbf"), raw.count(b"\\r\\n")
xlsx = read_accounts(sample_path().with_suffix(".xlsx"))
Paragraphs(
    f"BOM: {bom} | CRLF: {crlf} | semicolons in header: {lines[0].count(b';')}",
    f"{result.number_lang} {len(result.table)} {sorted({p.row for p in result.problems})}",
    f"{xlsx.table.equals(result.table)} {[(p.row, p.kind) for p in xlsx.problems] == [(p.row, p.kind) for p in result.problems]}",
)
"""),
    md(
        id="""
## Sumber yang dipakai notebook ini

Sumber untuk bagian *Ke mana data Anda pergi* dan *Data tentang orang sungguhan* di awal notebook.
""",
        en="""
## Sources used in this notebook

Sources for *Where your data goes* and *Data about real people* at the start of the notebook.
""",
    ),
    code("""
from influtier_lite import citations_table

citations_table("14", LANG)
"""),
]
