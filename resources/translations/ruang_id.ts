<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
    <context>
        <name>Ruang</name>
        <message>
            <location filename="ui/dialog/frame.py" />
            <source> (and {0} more)</source>
            <translation> (dan {0} lagi)</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source> (cleared each night)</source>
            <translation> (dibongkar setiap malam)</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source> (set up throughout)</source>
            <translation> (tetap terpasang)</translation>
        </message>
        <message>
            <location filename="ui/models/terms_model.py" />
            <source> (this week)</source>
            <translation> (minggu ini)</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_summary.py" />
            <source> ({0})</source>
            <translation> ({0})</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source> and {0} more</source>
            <translation> dan {0} lagi</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <location filename="ui/confirmation.py" />
            <location filename="ui/event_sheet.py" />
            <source> by {0}</source>
            <translation> oleh {0}</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source> each day</source>
            <translation> setiap hari</translation>
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source> for {0}</source>
            <translation> untuk {0}</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <location filename="ui/find_room.py" />
            <source> min</source>
            <translation> mnt</translation>
        </message>
        <message>
            <location filename="ui/side_panel.py" />
            <source> or more</source>
            <translation> atau lebih</translation>
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source> · {0} people</source>
            <translation> · {0} orang</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;About Ruang</source>
            <translation>&amp;Tentang Ruang</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Accounts…</source>
            <translation>&amp;Akun…</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <location filename="ui/manage/closures.py" />
            <source>&amp;Add…</source>
            <translation>&amp;Tambah…</translation>
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>&amp;Again</source>
            <translation>&amp;Ulangi</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>&amp;All dates (those already past stay as they were)</source>
            <translation>&amp;Semua tanggal (yang sudah lewat tetap seperti semula)</translation>
        </message>
        <message>
            <location filename="ui/events/asks.py" />
            <location filename="ui/events/requests.py" />
            <source>&amp;Approve</source>
            <translation>&amp;Setujui</translation>
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>&amp;Assign to team…</source>
            <translation>&amp;Tugaskan ke tim…</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/events/dialog.py" />
            <source>&amp;Attendees</source>
            <translation>&amp;Peserta</translation>
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>&amp;Back</source>
            <translation>&amp;Kembali</translation>
        </message>
        <message>
            <location filename="ui/safekeeping.py" />
            <source>&amp;Back up now</source>
            <translation>&amp;Cadangkan sekarang</translation>
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>&amp;Booking</source>
            <translation>&amp;Pemesanan</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Bookings list</source>
            <translation>&amp;Daftar pemesanan</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Building</source>
            <translation>&amp;Gedung</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>&amp;Cancel</source>
            <translation>&amp;Batal</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Cancel booking…</source>
            <translation>Batalkan &amp;pemesanan…</translation>
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>&amp;Cancel them</source>
            <translation>&amp;Batalkan semuanya</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>&amp;Cancel…</source>
            <translation>Ba&amp;talkan…</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>&amp;Catering</source>
            <translation>K&amp;onsumsi</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>&amp;Close</source>
            <translation>&amp;Tutup</translation>
        </message>
        <message>
            <location filename="ui/manage/closure_form.py" />
            <source>&amp;Closes:</source>
            <translation>&amp;Yang ditutup:</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Closures…</source>
            <translation>&amp;Penutupan…</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>&amp;Contact</source>
            <translation>Ko&amp;ntak</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>&amp;Current password</source>
            <translation>Kata sandi &amp;saat ini</translation>
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>&amp;Days</source>
            <translation>&amp;Hari</translation>
        </message>
        <message>
            <location filename="ui/events/asks.py" />
            <source>&amp;Decline</source>
            <translation>&amp;Tolak</translation>
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>&amp;Decline…</source>
            <translation>&amp;Tolak…</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>&amp;Disable…</source>
            <translation>&amp;Nonaktifkan…</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>&amp;Duplicate</source>
            <translation>&amp;Duplikat</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Sunting</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>&amp;Enable</source>
            <translation>&amp;Aktifkan</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Expand all floors</source>
            <translation>Buka &amp;semua lantai</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Find bookings</source>
            <translation>&amp;Cari pemesanan</translation>
        </message>
        <message>
            <location filename="ui/manage/closure_form.py" />
            <location filename="ui/manage/term_forms.py" />
            <source>&amp;First day:</source>
            <translation>Hari &amp;pertama:</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Floor plan</source>
            <translation>De&amp;nah lantai</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/events/dialog.py" />
            <source>&amp;For</source>
            <translation>&amp;Untuk</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>&amp;Guest time</source>
            <translation>&amp;Waktu tamu</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>&amp;Hall</source>
            <translation>&amp;Aula</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Help</source>
            <translation>Ba&amp;ntuan</translation>
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>&amp;History…</source>
            <translation>Ri&amp;wayat…</translation>
        </message>
        <message>
            <location filename="ui/exchange/calendar_import.py" />
            <source>&amp;Import calendar…</source>
            <translation>&amp;Impor kalender…</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>&amp;Internal</source>
            <translation>&amp;Internal</translation>
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>&amp;Keep them</source>
            <translation>&amp;Pertahankan</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Language</source>
            <translation>&amp;Bahasa</translation>
        </message>
        <message>
            <location filename="ui/document_language.py" />
            <source>&amp;Language of the document:</source>
            <translation>&amp;Bahasa dokumen:</translation>
        </message>
        <message>
            <location filename="ui/manage/closure_form.py" />
            <location filename="ui/manage/term_forms.py" />
            <source>&amp;Last day:</source>
            <translation>Hari &amp;terakhir:</translation>
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>&amp;Later ▶</source>
            <translation>&amp;Berikutnya ▶</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Lock</source>
            <translation>Ku&amp;nci</translation>
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <source>&amp;Make {0} more dates</source>
            <translation>&amp;Buat {0} tanggal lagi</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>&amp;Move to another room…</source>
            <translation>&amp;Pindahkan ke ruang lain…</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>&amp;Name</source>
            <translation>&amp;Nama</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;New booking</source>
            <translation>&amp;Pesan baru</translation>
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>&amp;New password</source>
            <translation>Kata sandi &amp;baru</translation>
        </message>
        <message>
            <location filename="ui/events/when_editor.py" />
            <source>&amp;Nightly teardown</source>
            <translation>Dibon&amp;gkar setiap malam</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>&amp;No</source>
            <translation>&amp;Tidak</translation>
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>&amp;Note:</source>
            <translation>&amp;Catatan:</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>&amp;Notes</source>
            <translation>&amp;Catatan</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>&amp;OK</source>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>&amp;Open</source>
            <translation>&amp;Buka</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Open booking</source>
            <translation>&amp;Buka pemesanan</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>&amp;Organization</source>
            <translation>&amp;Organisasi</translation>
        </message>
        <message>
            <location filename="ui/dialog/override.py" />
            <source>&amp;Override and save</source>
            <translation>&amp;Abaikan aturan dan simpan</translation>
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>&amp;Override…</source>
            <translation>&amp;Abaikan aturan…</translation>
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>&amp;Password</source>
            <translation>Kata &amp;sandi</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>&amp;Paste</source>
            <translation>&amp;Tempel</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <location filename="ui/booking_dialog.py" />
            <source>&amp;Print confirmation…</source>
            <translation>C&amp;etak konfirmasi…</translation>
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>&amp;Print event sheet…</source>
            <translation>&amp;Cetak lembar acara…</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Print the day's sheet…</source>
            <translation>&amp;Cetak lembar harian…</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>&amp;Public (open to visitors)</source>
            <translation>U&amp;mum (terbuka untuk pengunjung)</translation>
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <location filename="ui/window_actions.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <location filename="ui/manage/closure_form.py" />
            <location filename="ui/manage/term_forms.py" />
            <source>&amp;Reason:</source>
            <translation>&amp;Alasan:</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <location filename="Qt" />
            <source>&amp;Redo</source>
            <translation>U&amp;langi</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Redo {0}</source>
            <translation>&amp;Ulangi {0}</translation>
        </message>
        <message>
            <location filename="ui/released_today.py" />
            <source>&amp;Reinstate</source>
            <translation>&amp;Pulihkan</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Released today…</source>
            <translation>Dilepas &amp;hari ini…</translation>
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <location filename="ui/window_actions.py" />
            <source>&amp;Reload</source>
            <translation>Muat &amp;ulang</translation>
        </message>
        <message>
            <location filename="ui/manage/closures.py" />
            <source>&amp;Remove…</source>
            <translation>&amp;Hapus…</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>&amp;Request event…</source>
            <translation>&amp;Ajukan acara…</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>&amp;Role</source>
            <translation>&amp;Peran</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>&amp;Role…</source>
            <translation>&amp;Peran…</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/series_editor.py" />
            <source>&amp;Room</source>
            <translation>&amp;Ruang</translation>
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>&amp;Room:</source>
            <translation>&amp;Ruang:</translation>
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <location filename="Qt" />
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>&amp;Save this date</source>
            <translation>&amp;Simpan tanggal ini</translation>
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <location filename="ui/series_editor.py" />
            <source>&amp;Save {0} dates</source>
            <translation>&amp;Simpan {0} tanggal</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>&amp;Send request</source>
            <translation>Ki&amp;rim permintaan</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>&amp;Series…</source>
            <translation>&amp;Rangkaian…</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Settings</source>
            <translation>&amp;Pengaturan</translation>
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>&amp;Show</source>
            <translation>&amp;Tampilkan</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;System language</source>
            <translation>Bahasa &amp;sistem</translation>
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>&amp;Team:</source>
            <translation>T&amp;im:</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Terms planner…</source>
            <translation>&amp;Rencana penugasan…</translation>
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>&amp;This week</source>
            <translation>&amp;Minggu ini</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>&amp;Time</source>
            <translation>&amp;Waktu</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Timeline</source>
            <translation>&amp;Linimasa</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/events/dialog.py" />
            <source>&amp;Title</source>
            <translation>&amp;Judul</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <location filename="Qt" />
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Undo {0}</source>
            <translation>&amp;Urungkan {0}</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <location filename="ui/session/signin.py" />
            <source>&amp;User name</source>
            <translation>Nama pen&amp;gguna</translation>
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>&amp;Verify the chain</source>
            <translation>Periksa &amp;rantai</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;View</source>
            <translation>&amp;Tampilan</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/events/dialog.py" />
            <source>&amp;When</source>
            <translation>&amp;Kapan</translation>
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>&amp;Who</source>
            <translation>&amp;Siapa</translation>
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>&amp;Withdraw the whole term instead</source>
            <translation>Ta&amp;rik seluruh masa penugasan</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>&amp;Yes</source>
            <translation>&amp;Ya</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>'{0}' ({1} {2:%H:%M})</source>
            <translation>'{0}' ({1} {2:%H:%M})</translation>
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <location filename="ui/dialog/series_summary.py" />
            <source>'{0}' in {1}</source>
            <translation>'{0}' di {1}</translation>
        </message>
        <message>
            <location filename="ui/series_actions.py" />
            <source>'{0}' is not part of a series.</source>
            <translation>'{0}' bukan bagian dari rangkaian.</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <source>(tentative)</source>
            <translation>(sementara)</translation>
        </message>
        <message>
            <location filename="ui/events/month.py" />
            <source>+{0} more</source>
            <translation>+{0} lagi</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>, every {0} {1}</source>
            <translation>, setiap {0} {1}</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>, until {0}</source>
            <translation>, sampai {0}</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_summary.py" />
            <source>, {0:%a %d %b %Y} to {1:%a %d %b %Y}</source>
            <translation>, {0:%a %d %b %Y} sampai {1:%a %d %b %Y}</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>, {0} people</source>
            <translation>, {0} orang</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>, {0} times</source>
            <translation>, {0} kali</translation>
        </message>
        <message>
            <location filename="ui/reports/heatmap.py" />
            <source>0 to {0} rooms in use</source>
            <translation>0 sampai {0} ruang terpakai</translation>
        </message>
        <message>
            <location filename="ui/printing.py" />
            <location filename="ui/search_panel.py" />
            <source>1 booking</source>
            <translation>1 pemesanan</translation>
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>1 booking in it was cancelled.</source>
            <translation>1 pemesanan di dalamnya dibatalkan.</translation>
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>1 booking in it was kept.</source>
            <translation>1 pemesanan di dalamnya dipertahankan.</translation>
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>1 booking still to come falls</source>
            <translation>1 pemesanan mendatang berada</translation>
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>1 h</source>
            <translation>1 jam</translation>
        </message>
        <message>
            <location filename="ui/dialog/widgets.py" />
            <source>1 seat</source>
            <translation>1 kursi</translation>
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>2 h</source>
            <translation>2 jam</translation>
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>30 min</source>
            <translation>30 mnt</translation>
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>A new password for {0}:</source>
            <translation>Kata sandi baru untuk {0}:</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Abort</source>
            <translation>Hentikan</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>About Ruang</source>
            <translation>Tentang Ruang</translation>
        </message>
        <message>
            <location filename="ui/models/audit_model.py" />
            <source>account</source>
            <translation>akun</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>account added</source>
            <translation>akun ditambahkan</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>account disabled</source>
            <translation>akun dinonaktifkan</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>account enabled</source>
            <translation>akun diaktifkan</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>account locked</source>
            <translation>akun dikunci</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>Accounts</source>
            <translation>Akun</translation>
        </message>
        <message>
            <location filename="ui/models/audit_model.py" />
            <source>Action</source>
            <translation>Tindakan</translation>
        </message>
        <message>
            <location filename="ui/search_panel.py" />
            <source>Active (not cancelled or past)</source>
            <translation>Aktif (tidak dibatalkan atau lewat)</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Add to &amp;calendar (.ics)…</source>
            <translation>Tambahkan ke &amp;kalender (.ics)…</translation>
        </message>
        <message>
            <location filename="ui/exchange/add_to_calendar.py" />
            <source>Add to calendar</source>
            <translation>Tambahkan ke kalender</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>Added {0}; it has no password until you set one.</source>
            <translation>{0} ditambahkan; akun ini belum punya kata sandi sampai Anda mengaturnya.</translation>
        </message>
        <message>
            <location filename="ui/models/accounts_model.py" />
            <location filename="ui/session/control.py" />
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <location filename="ui/dialog/repeat_editor.py" />
            <source>after</source>
            <translation>setelah</translation>
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>Agenda for {0}</source>
            <translation>Agenda {0}</translation>
        </message>
        <message>
            <location filename="ui/amenities.py" />
            <source>air conditioning</source>
            <translation>AC</translation>
        </message>
        <message>
            <location filename="ui/events/month.py" />
            <source>all day</source>
            <translation>sepanjang hari</translation>
        </message>
        <message>
            <location filename="ui/search_panel.py" />
            <source>All floors</source>
            <translation>Semua lantai</translation>
        </message>
        <message>
            <location filename="ui/side_panel.py" />
            <source>All kinds</source>
            <translation>Semua jenis</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <location filename="ui/search_panel.py" />
            <source>All rooms</source>
            <translation>Semua ruang</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_change.py" />
            <source>already begun; left as it is</source>
            <translation>sudah dimulai; dibiarkan apa adanya</translation>
        </message>
        <message>
            <location filename="ui/dialog/cards.py" />
            <source>Already booked</source>
            <translation>Sudah dipesan</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Also show requests that were declined, expired or withdrawn (struck through)</source>
            <translation>Tampilkan juga permintaan yang ditolak, kedaluwarsa, atau ditarik (dicoret)</translation>
        </message>
        <message>
            <location filename="ui/dialog/alternatives.py" />
            <source>Alternatives — one click applies</source>
            <translation>Alternatif — satu klik langsung diterapkan</translation>
        </message>
        <message>
            <location filename="ui/models/free_rooms_model.py" />
            <source>Amenities</source>
            <translation>Fasilitas</translation>
        </message>
        <message>
            <location filename="ui/side_panel.py" />
            <source>Amenity</source>
            <translation>Fasilitas</translation>
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>An account without a password signs in with the password left empty.</source>
            <translation>Akun tanpa kata sandi masuk dengan kata sandi dikosongkan.</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_summary.py" />
            <source>and {0} more</source>
            <translation>dan {0} lagi</translation>
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>Another desk changed this booking since you opened it (now {0}, {1:%a %d %b} {1:%H:%M}–{2:%H:%M}). Reload to continue from their version; what you typed stays where it still applies.</source>
            <translation>Meja lain mengubah pemesanan ini sejak Anda membukanya (sekarang {0}, {1:%a %d %b} {1:%H:%M}–{2:%H:%M}). Muat ulang untuk melanjutkan dari versi mereka; isian Anda tetap dipakai jika masih berlaku.</translation>
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>another desk changed this booking; press Reload to edit the latest</source>
            <translation>meja lain mengubah pemesanan ini; tekan Muat ulang untuk menyunting versi terbaru</translation>
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>Another desk has {0} this booking since you opened it; it can no longer be changed here.</source>
            <translation>Pemesanan ini telah {0} di meja lain sejak Anda membukanya; pemesanan ini tidak bisa diubah lagi di sini.</translation>
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>another desk has {0} this booking; close the form</source>
            <translation>pemesanan ini telah {0} di meja lain; tutup formulirnya</translation>
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>any</source>
            <translation>semua</translation>
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>any account</source>
            <translation>semua akun</translation>
        </message>
        <message>
            <location filename="ui/side_panel.py" />
            <source>Any amenity</source>
            <translation>Fasilitas apa saja</translation>
        </message>
        <message>
            <location filename="ui/find_room.py" />
            <source>Any floor</source>
            <translation>Lantai mana saja</translation>
        </message>
        <message>
            <location filename="ui/find_room.py" />
            <location filename="ui/side_panel.py" />
            <source>any number</source>
            <translation>berapa saja</translation>
        </message>
        <message>
            <location filename="ui/search_panel.py" />
            <source>Any organization</source>
            <translation>Organisasi apa saja</translation>
        </message>
        <message>
            <location filename="ui/search_panel.py" />
            <source>Any status</source>
            <translation>Status apa saja</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>Anything the room set-up or the front desk should know</source>
            <translation>Apa pun yang perlu diketahui petugas persiapan ruang atau resepsionis</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>Appl&amp;y</source>
            <translation>T&amp;erapkan</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <location filename="ui/events/asks.py" />
            <source>Approve request</source>
            <translation>Setujui permintaan</translation>
        </message>
        <message>
            <location filename="ui/events/asks.py" />
            <source>Approve “{0}” ({1}, {2})? The hall is booked for it and the organizer is told.</source>
            <translation>Setujui “{0}” ({1}, {2})? Aula dipesan untuk acara ini dan penyelenggara diberi tahu.</translation>
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>Approve: the hold becomes a confirmed booking of the hall</source>
            <translation>Setujui: penahanan menjadi pemesanan aula yang terkonfirmasi</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <location filename="ui/events/month.py" />
            <location filename="ui/event_words.py" />
            <source>Approved</source>
            <translation>Disetujui</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <location filename="ui/events/view.py" />
            <location filename="ui/event_words.py" />
            <source>approved</source>
            <translation>disetujui</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Approved '{0}': {1} is booked.</source>
            <translation>'{0}' disetujui: {1} sudah dipesan.</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>Approved {0}</source>
            <translation>Disetujui {0}</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Ask for the hall, Hall A or Hall B; it is held for you until a manager decides</source>
            <translation>Ajukan aula, Aula A, atau Aula B; aula ditahan untuk Anda sampai manajer memutuskan</translation>
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>Asked by</source>
            <translation>Diajukan oleh</translation>
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>Asked by {0}</source>
            <translation>Diajukan oleh {0}</translation>
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>Assign to team</source>
            <translation>Tugaskan ke tim</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <source>Assigned h</source>
            <translation>Jam ditugaskan</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Assigned to a team</source>
            <translation>Ditugaskan ke tim</translation>
        </message>
        <message>
            <location filename="ui/events/equipment_editor.py" />
            <source>at most {0}</source>
            <translation>paling banyak {0}</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <location filename="ui/confirmation.py" />
            <source>Attendees</source>
            <translation>Peserta</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <location filename="ui/dialog/stale.py" />
            <source>attendees</source>
            <translation>peserta</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>Attn. {0}</source>
            <translation>Up. {0}</translation>
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <location filename="ui/events/dialog.py" />
            <location filename="ui/event_sheet.py" />
            <source>Audience</source>
            <translation>Sifat acara</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Audit &amp;trail…</source>
            <translation>&amp;Jejak audit…</translation>
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>Audit trail</source>
            <translation>Jejak audit</translation>
        </message>
        <message>
            <location filename="ui/safekeeping.py" />
            <source>Audit trail: {0} entries (verified as it is restored).</source>
            <translation>Jejak audit: {0} entri (diverifikasi saat dipulihkan).</translation>
        </message>
        <message>
            <location filename="ui/safekeeping.py" />
            <source>Audit trail: {0} entries, verified.</source>
            <translation>Jejak audit: {0} entri, terverifikasi.</translation>
        </message>
        <message>
            <location filename="ui/safekeeping.py" />
            <source>Back up now</source>
            <translation>Cadangkan sekarang</translation>
        </message>
        <message>
            <location filename="ui/safekeeping.py" />
            <source>Backed up to {0} ({1}).</source>
            <translation>Dicadangkan ke {0} ({1}).</translation>
        </message>
        <message>
            <location filename="ui/safekeeping.py" />
            <source>Backing up the database…</source>
            <translation>Mencadangkan basis data…</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>backup file</source>
            <translation>berkas cadangan</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <location filename="ui/words.py" />
            <source>Banquet</source>
            <translation>Perjamuan</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>before</source>
            <translation>sebelum</translation>
        </message>
        <message>
            <location filename="ui/models/rooms_model.py" />
            <source>Board room</source>
            <translation>Ruang direksi</translation>
        </message>
        <message>
            <location filename="ui/door/window.py" />
            <source>Book now</source>
            <translation>Pesan sekarang</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Book the dates that are free and leave out the ones that clash or break a rule. Holidays and closures are always left out.</source>
            <translation>Pesan tanggal yang kosong dan lewati tanggal yang bentrok atau melanggar aturan. Hari libur dan penutupan selalu dilewati.</translation>
        </message>
        <message>
            <location filename="ui/exchange/calendar_import.py" />
            <source>Book the events in which room? (Events exported by Ruang keep their own room.)</source>
            <translation>Acara dipesan di ruangan mana? (Acara hasil ekspor Ruang tetap di ruangannya sendiri.)</translation>
        </message>
        <message>
            <location filename="ui/exchange/calendar_import.py" />
            <source>Book the events of an iCalendar file (.ics) from Outlook, Google Calendar or Thunderbird</source>
            <translation>Pesan ruangan untuk acara dalam berkas iCalendar (.ics) dari Outlook, Google Calendar, atau Thunderbird</translation>
        </message>
        <message>
            <location filename="ui/exchange/preview.py" />
            <source>Book the items that can go in and leave the others</source>
            <translation>Pesan butir yang dapat dimasukkan dan lewati yang lain</translation>
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>Book the next free slot…</source>
            <translation>Pesan slot kosong berikutnya…</translation>
        </message>
        <message>
            <location filename="ui/undo.py" />
            <source>Book {0} '{1}'</source>
            <translation>Pesan {0} '{1}'</translation>
        </message>
        <message>
            <location filename="ui/reports/charts.py" />
            <location filename="ui/events/wording.py" />
            <source>Booked</source>
            <translation>Dipesan</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Booked (organization shown)</source>
            <translation>Dipesan (organisasi ditampilkan)</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <source>Booked h</source>
            <translation>Jam dipesan</translation>
        </message>
        <message>
            <location filename="ui/floorplan/figures.py" />
            <source>Booked now: rooms held by a booking or a team's term at this moment.
Checked in: of those, the rooms whose guests have arrived.</source>
            <translation>Dipesan sekarang: ruang yang saat ini ditahan oleh pemesanan atau penugasan masa tim.
Sudah check-in: dari ruang itu, yang tamunya sudah datang.</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <source>Booked share</source>
            <translation>Porsi dipesan</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <source>Booking</source>
            <translation>Pemesanan</translation>
        </message>
        <message>
            <location filename="ui/models/audit_model.py" />
            <location filename="ui/day_sheet.py" />
            <source>booking</source>
            <translation>pemesanan</translation>
        </message>
        <message>
            <location filename="ui/dialog/cards.py" />
            <source>Booking #{0}, booked by {1}</source>
            <translation>Pemesanan #{0}, dipesan oleh {1}</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>booking cancelled</source>
            <translation>pemesanan dibatalkan</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>booking changed</source>
            <translation>pemesanan diubah</translation>
        </message>
        <message>
            <location filename="ui/confirmation.py" />
            <source>Booking confirmation</source>
            <translation>Konfirmasi pemesanan</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>booking created</source>
            <translation>pemesanan dibuat</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>booking moved</source>
            <translation>pemesanan dipindah</translation>
        </message>
        <message>
            <location filename="ui/confirmation.py" />
            <source>Booking number</source>
            <translation>Nomor pemesanan</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>booking reinstated</source>
            <translation>pemesanan dipulihkan</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>booking released (no-show)</source>
            <translation>pemesanan dilepas (tidak hadir)</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>booking resized</source>
            <translation>durasi pemesanan diubah</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <location filename="ui/reports/bookings.py" />
            <location filename="ui/window_tabs.py" />
            <source>Bookings</source>
            <translation>Pemesanan</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <location filename="ui/day_sheet.py" />
            <source>bookings</source>
            <translation>pemesanan</translation>
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>Bookings in the way</source>
            <translation>Pemesanan yang menghalangi</translation>
        </message>
        <message>
            <location filename="ui/released_today.py" />
            <source>Bookings released today because nobody checked in. Reinstate one when its guests turn up late: it comes back checked in, if the booking rules allow it.</source>
            <translation>Pemesanan yang dilepas hari ini karena tidak ada yang check-in. Pulihkan jika tamunya datang terlambat: pemesanan kembali dengan status sudah check-in, jika aturan pemesanan mengizinkan.</translation>
        </message>
        <message>
            <location filename="ui/exchange/csv_export.py" />
            <source>Bookings that hold their room on these days go into a CSV file that a spreadsheet opens.</source>
            <translation>Pemesanan yang memegang ruangannya pada hari-hari ini ditulis ke berkas CSV yang dapat dibuka spreadsheet.</translation>
        </message>
        <message>
            <location filename="ui/document_language.py" />
            <source>Both (side by side)</source>
            <translation>Keduanya (berdampingan)</translation>
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>Both of you changed {0}: check it before saving.</source>
            <translation>Anda berdua mengubah {0}: periksa sebelum menyimpan.</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>buffer after</source>
            <translation>jeda sesudah</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>buffer before</source>
            <translation>jeda sebelum</translation>
        </message>
        <message>
            <location filename="ui/floorplan/figures.py" />
            <location filename="ui/side_panel.py" />
            <source>Building</source>
            <translation>Gedung</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <source>Building closed {0}–{1}: {2}</source>
            <translation>Gedung tutup {0}–{1}: {2}</translation>
        </message>
        <message>
            <location filename="ui/timeline/painting.py" />
            <source>Building closed: {0}</source>
            <translation>Gedung tutup: {0}</translation>
        </message>
        <message>
            <location filename="ui/reports/charts.py" />
            <source>Building utilisation by week</source>
            <translation>Utilisasi gedung per minggu</translation>
        </message>
        <message>
            <location filename="ui/door/window.py" />
            <source>BUSY</source>
            <translation>TERPAKAI</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Calendar file saved: {0}</source>
            <translation>Berkas kalender tersimpan: {0}</translation>
        </message>
        <message>
            <location filename="ui/exchange/calendar_import.py" />
            <source>Calendar files (*.ics);;All files (*)</source>
            <translation>Berkas kalender (*.ics);;Semua berkas (*)</translation>
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <location filename="ui/events/dialog.py" />
            <location filename="ui/exchange/preview.py" />
            <location filename="ui/make_repeating.py" />
            <location filename="ui/session/signin.py" />
            <location filename="Qt" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="ui/undo.py" />
            <source>Cancel '{0}'</source>
            <translation>Batalkan '{0}'</translation>
        </message>
        <message>
            <location filename="ui/dialogs.py" />
            <source>Cancel '{0}' in {1}, {2:%a %d %b %H:%M}–{3:%H:%M}?
Say why (the reason is kept with the booking):</source>
            <translation>Batalkan '{0}' di {1}, {2:%a %d %b %H:%M}–{3:%H:%M}?
Sebutkan alasannya (alasan disimpan bersama pemesanan):</translation>
        </message>
        <message>
            <location filename="ui/dialogs.py" />
            <source>Cancel booking</source>
            <translation>Batalkan pemesanan</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_cancel.py" />
            <source>Cancel dates of a series</source>
            <translation>Batalkan tanggal dalam rangkaian</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Cancel every date from today on</source>
            <translation>Batalkan semua tanggal mulai hari ini</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Cancel from this &amp;date…</source>
            <translation>Batalkan mulai &amp;tanggal ini…</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Cancel only {0:%a %d %b}; the series goes on</source>
            <translation>Batalkan hanya {0:%a %d %b}; rangkaian tetap berjalan</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>cancel reason</source>
            <translation>alasan pembatalan</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Cancel the &amp;series…</source>
            <translation>Batalkan &amp;rangkaian…</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_cancel.py" />
            <source>Cancel the dates</source>
            <translation>Batalkan tanggal-tanggalnya</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Cancel this &amp;date…</source>
            <translation>Batalkan tanggal &amp;ini…</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Cancel {0:%a %d %b} and every date after it</source>
            <translation>Batalkan {0:%a %d %b} dan semua tanggal sesudahnya</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_cancel.py" />
            <source>Cancel {0} dates of '{1}' from {2:%a %d %b %Y} on?</source>
            <translation>Batalkan {0} tanggal dari '{1}' mulai {2:%a %d %b %Y}?</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <source>Cancellation rate</source>
            <translation>Tingkat pembatalan</translation>
        </message>
        <message>
            <location filename="ui/models/status_labels.py" />
            <location filename="ui/reports/models.py" />
            <location filename="ui/confirmation.py" />
            <source>Cancelled</source>
            <translation>Dibatalkan</translation>
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>cancelled</source>
            <translation>dibatalkan</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_cancel.py" />
            <source>Cancelled '{0}' on {1:%a %d %b}; the rest of the series goes on.</source>
            <translation>'{0}' pada {1:%a %d %b} dibatalkan; tanggal lain dalam rangkaian tetap berjalan.</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Cancelled '{0}'.</source>
            <translation>'{0}' dibatalkan.</translation>
        </message>
        <message>
            <location filename="ui/door/window.py" />
            <source>Cannot reach the bookings — trying again…</source>
            <translation>Data pemesanan tidak dapat dijangkau — mencoba lagi…</translation>
        </message>
        <message>
            <location filename="ui/exchange/calendar_import.py" />
            <source>Cannot read {0}: {1}</source>
            <translation>Tidak dapat membaca {0}: {1}</translation>
        </message>
        <message>
            <location filename="ui/undo.py" />
            <source>Cannot redo</source>
            <translation>Tidak dapat mengulangi</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Cannot send yet: {0}</source>
            <translation>Belum dapat dikirim: {0}</translation>
        </message>
        <message>
            <location filename="ui/undo.py" />
            <source>Cannot undo</source>
            <translation>Tidak dapat mengurungkan</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>cannot write {0}; choose another folder</source>
            <translation>tidak dapat menulis {0}; pilih folder lain</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>capacity</source>
            <translation>kapasitas</translation>
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <location filename="ui/event_sheet.py" />
            <location filename="ui/loan_letter.py" />
            <source>Catering</source>
            <translation>Konsumsi</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Change</source>
            <translation>Ubah</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Change &amp;time…</source>
            <translation>Ubah &amp;waktu…</translation>
        </message>
        <message>
            <location filename="ui/undo.py" />
            <source>Change '{0}'</source>
            <translation>Ubah '{0}'</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Change how it re&amp;peats</source>
            <translation>Ubah pola &amp;perulangan</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Change or cancel this date, the following ones or the whole series</source>
            <translation>Ubah atau batalkan tanggal ini, tanggal sesudahnya, atau seluruh rangkaian</translation>
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>Change this date and the following ones, or the whole series (what is typed here is not saved)</source>
            <translation>Ubah tanggal ini dan sesudahnya, atau seluruh rangkaian (isian di sini tidak disimpan)</translation>
        </message>
        <message>
            <location filename="ui/dialogs.py" />
            <source>Change time</source>
            <translation>Ubah waktu</translation>
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>Changed at another desk</source>
            <translation>Diubah di meja lain</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>changed on its own</source>
            <translation>diubah tersendiri</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_change.py" />
            <source>changed on its own: {0}, {1}–{2}</source>
            <translation>diubah tersendiri: {0}, {1}–{2}</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_summary.py" />
            <source>Changed on their own; series edits keep them as they are:</source>
            <translation>Diubah tersendiri; perubahan rangkaian membiarkannya apa adanya:</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Changeover: {0} min before, {1} min after</source>
            <translation>Jeda pergantian: {0} mnt sebelum, {1} mnt sesudah</translation>
        </message>
        <message>
            <location filename="ui/models/audit_model.py" />
            <source>Changes</source>
            <translation>Perubahan</translation>
        </message>
        <message>
            <location filename="ui/dialog/cards.py" />
            <source>Check</source>
            <translation>Pemeriksaan</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Check &amp;database</source>
            <translation>Periksa &amp;basis data</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <location filename="ui/booking_dialog.py" />
            <location filename="ui/window_actions.py" />
            <source>Check &amp;in</source>
            <translation>C&amp;heck-in</translation>
        </message>
        <message>
            <location filename="ui/database_check.py" />
            <source>Check database</source>
            <translation>Periksa basis data</translation>
        </message>
        <message>
            <location filename="ui/door/window.py" />
            <location filename="ui/floorplan/room_panel.py" />
            <source>Check in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <location filename="ui/undo.py" />
            <source>Check in '{0}'</source>
            <translation>Check-in '{0}'</translation>
        </message>
        <message>
            <location filename="ui/door/window.py" />
            <source>Check in: {title}</source>
            <translation>Check-in: {title}</translation>
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>Check that no entry was changed, deleted, inserted or reordered</source>
            <translation>Periksa bahwa tidak ada entri yang diubah, dihapus, disisipkan, atau diurutkan ulang</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>check-in undone</source>
            <translation>check-in dibatalkan</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>Checked by (front desk)</source>
            <translation>Diperiksa oleh (resepsionis)</translation>
        </message>
        <message>
            <location filename="ui/models/status_labels.py" />
            <location filename="ui/reports/models.py" />
            <location filename="ui/confirmation.py" />
            <location filename="ui/reports/charts.py" />
            <source>Checked in</source>
            <translation>Hadir</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <location filename="ui/dialog/stale.py" />
            <source>checked in</source>
            <translation>di-check-in</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Checked in '{0}' in {1}.</source>
            <translation>'{0}' sudah check-in di {1}.</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>checked in at</source>
            <translation>check-in pukul</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <source>Checked-in h</source>
            <translation>Jam check-in</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <source>Checked-in seat use</source>
            <translation>Pemakaian kursi (check-in)</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <source>Checked-in utilisation</source>
            <translation>Utilisasi check-in</translation>
        </message>
        <message>
            <location filename="ui/exchange/import_flow.py" />
            <source>Checking every item…</source>
            <translation>Memeriksa setiap butir…</translation>
        </message>
        <message>
            <location filename="ui/safekeeping.py" />
            <source>Checking the backup…</source>
            <translation>Memeriksa cadangan…</translation>
        </message>
        <message>
            <location filename="ui/database_watch.py" />
            <source>Checking the database…</source>
            <translation>Memeriksa basis data…</translation>
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>Choose a booking in the agenda to check its guests in</source>
            <translation>Pilih pemesanan di agenda untuk check-in tamunya</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Choose a layout…</source>
            <translation>Pilih tata letak…</translation>
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <source>choose how the booking repeats</source>
            <translation>pilih pola perulangan pemesanan</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>choose how the series repeats (to end it, cancel the dates instead)</source>
            <translation>pilih pola perulangan rangkaian (untuk mengakhirinya, batalkan tanggalnya)</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <location filename="ui/words.py" />
            <source>Classroom</source>
            <translation>Kelas</translation>
        </message>
        <message>
            <location filename="ui/events/when_editor.py" />
            <source>Clear the hall each night: every day runs from the start time to the end time. Without it the hall stays set up through the nights.</source>
            <translation>Kosongkan aula setiap malam: setiap hari berjalan dari jam mulai sampai jam selesai. Tanpa ini, aula tetap tertata sepanjang malam.</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>Clear the hall, return equipment</source>
            <translation>Kosongkan aula, kembalikan peralatan</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>Cleared by (crew)</source>
            <translation>Dibongkar oleh (kru)</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <source>cleared by {0}</source>
            <translation>dibongkar pukul {0}</translation>
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>Click an event in the calendar or a request to see it here.</source>
            <translation>Klik acara di kalender atau permintaan untuk melihatnya di sini.</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <location filename="Qt" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>Close the room panel</source>
            <translation>Tutup panel ruang</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Close without asking (Esc)</source>
            <translation>Tutup tanpa mengirim (Esc)</translation>
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <location filename="ui/series_editor.py" />
            <source>Close without saving (Esc)</source>
            <translation>Tutup tanpa menyimpan (Esc)</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Closed</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <source>Closed all day ({0}):</source>
            <translation>Tutup sepanjang hari ({0}):</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <source>closed every {0}</source>
            <translation>tutup setiap {0}</translation>
        </message>
        <message>
            <location filename="ui/manage/closures.py" />
            <source>Closed {0}: {1}.</source>
            <translation>{0} ditutup: {1}.</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>closed, left out</source>
            <translation>tutup, dilewati</translation>
        </message>
        <message>
            <location filename="ui/timeline/painting.py" />
            <location filename="ui/day_sheet.py" />
            <source>Closed: {0}</source>
            <translation>Tutup: {0}</translation>
        </message>
        <message>
            <location filename="ui/models/audit_model.py" />
            <location filename="ui/manage/affected.py" />
            <source>closure</source>
            <translation>penutupan</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>closure added</source>
            <translation>penutupan ditambahkan</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>closure removed</source>
            <translation>penutupan dihapus</translation>
        </message>
        <message>
            <location filename="ui/manage/closures.py" />
            <source>Closures</source>
            <translation>Penutupan</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>CODING FACTORY · HALL EVENT SHEET · EVENT #{0} · {1}</source>
            <translation>CODING FACTORY · LEMBAR ACARA AULA · ACARA #{0} · {1}</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Colour by organization</source>
            <translation>Warnai per organisasi</translation>
        </message>
        <message>
            <location filename="ui/models/rooms_model.py" />
            <source>Communal zone</source>
            <translation>Zona komunal</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>Conditions</source>
            <translation>Ketentuan</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Confirmation &amp;e-mail…</source>
            <translation>&amp;E-mail konfirmasi…</translation>
        </message>
        <message>
            <location filename="ui/printing.py" />
            <source>Confirmation e-mail for '{0}'</source>
            <translation>E-mail konfirmasi untuk '{0}'</translation>
        </message>
        <message>
            <location filename="ui/models/status_labels.py" />
            <location filename="ui/confirmation.py" />
            <source>Confirmed</source>
            <translation>Terkonfirmasi</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <location filename="ui/confirmation.py" />
            <source>Contact</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <location filename="ui/dialog/stale.py" />
            <source>contact</source>
            <translation>kontak</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Contact on the day</source>
            <translation>Kontak pada hari-H</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>Contact person</source>
            <translation>Narahubung</translation>
        </message>
        <message>
            <location filename="ui/dialog/cards.py" />
            <source>Contact: {0}</source>
            <translation>Kontak: {0}</translation>
        </message>
        <message>
            <location filename="ui/models/bookings_table_model.py" />
            <source>Contact: {0} {1}</source>
            <translation>Kontak: {0} {1}</translation>
        </message>
        <message>
            <location filename="ui/safekeeping.py" />
            <source>Copy the database into the backups folder</source>
            <translation>Salin basis data ke folder cadangan</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Could not read the figures: {0}</source>
            <translation>Angka tidak dapat dibaca: {0}</translation>
        </message>
        <message>
            <location filename="ui/models/audit_model.py" />
            <source>created</source>
            <translation>dibuat</translation>
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>Crew</source>
            <translation>Kru</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <source>Crew: </source>
            <translation>Kru: </translation>
        </message>
        <message>
            <location filename="ui/exchange/csv_actions.py" />
            <source>CSV files (*.csv)</source>
            <translation>Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="ui/exchange/csv_actions.py" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Berkas CSV (*.csv);;Semua berkas (*)</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Cu&amp;t</source>
            <translation>Po&amp;tong</translation>
        </message>
        <message>
            <location filename="ui/reports/period.py" />
            <source>Custom</source>
            <translation>Pilih sendiri</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Daily</source>
            <translation>Harian</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>database restored from a backup</source>
            <translation>basis data dipulihkan dari cadangan</translation>
        </message>
        <message>
            <location filename="ui/window_status.py" />
            <source>Database: {0}</source>
            <translation>Basis data: {0}</translation>
        </message>
        <message>
            <location filename="ui/models/bookings_table_model.py" />
            <location filename="ui/reports/bookings.py" />
            <location filename="ui/confirmation.py" />
            <location filename="ui/event_sheet.py" />
            <location filename="ui/loan_letter.py" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>date in the series</source>
            <translation>tanggal dalam rangkaian</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>Dates in this series</source>
            <translation>Tanggal dalam rangkaian ini</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Dates this change touches</source>
            <translation>Tanggal yang terkena perubahan ini</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <location filename="ui/event_sheet.py" />
            <source>Day</source>
            <translation>Hari</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>day</source>
            <translation>hari</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <source>Days</source>
            <translation>Hari</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>days</source>
            <translation>hari</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Days with the hall in use: {0}</source>
            <translation>Hari aula terpakai: {0}</translation>
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>Decided</source>
            <translation>Diputuskan</translation>
        </message>
        <message>
            <location filename="ui/events/asks.py" />
            <source>Decline request</source>
            <translation>Tolak permintaan</translation>
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>Decline with a reason: the hall is free again</source>
            <translation>Tolak dengan alasan: aula kosong kembali</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <location filename="ui/models/status_labels.py" />
            <location filename="ui/confirmation.py" />
            <location filename="ui/event_words.py" />
            <source>Declined</source>
            <translation>Ditolak</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <location filename="ui/events/view.py" />
            <location filename="ui/event_words.py" />
            <source>declined</source>
            <translation>ditolak</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Declined '{0}': {1} is free again.</source>
            <translation>'{0}' ditolak: {1} kosong kembali.</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>Details</source>
            <translation>Rincian</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>Disable {0}? They can no longer sign in; their bookings stay.</source>
            <translation>Nonaktifkan {0}? Akun ini tidak bisa masuk lagi; pemesanannya tetap ada.</translation>
        </message>
        <message>
            <location filename="ui/models/accounts_model.py" />
            <source>disabled</source>
            <translation>nonaktif</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>display name</source>
            <translation>nama tampilan</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Does not repeat</source>
            <translation>Tidak berulang</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>does not repeat</source>
            <translation>tidak berulang</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Don't Save</source>
            <translation>Jangan simpan</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>DRAFT — not approved</source>
            <translation>DRAF — belum disetujui</translation>
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>E&amp;nd term…</source>
            <translation>A&amp;khiri masa…</translation>
        </message>
        <message>
            <location filename="ui/printing.py" />
            <source>E-mail message (*.eml)</source>
            <translation>Pesan e-mail (*.eml)</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>e.g. Coffee break at 10:00, lunch boxes (halal) for all</source>
            <translation>mis. Rehat kopi pukul 10:00, nasi kotak (halal) untuk semua</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>e.g. sari (letters, digits, . - _)</source>
            <translation>mis. sari (huruf, angka, . - _)</translation>
        </message>
        <message>
            <location filename="ui/dialog/override.py" />
            <source>e.g. The director approved the early start</source>
            <translation>mis. Direktur menyetujui mulai lebih awal</translation>
        </message>
        <message>
            <location filename="ui/events/asks.py" />
            <source>e.g. The hall is needed for the ministry visit that day</source>
            <translation>mis. Aula diperlukan untuk kunjungan kementerian hari itu</translation>
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>Edit booking #{0}</source>
            <translation>Sunting pemesanan #{0}</translation>
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>Edit s&amp;eries…</source>
            <translation>Sunting rangka&amp;ian…</translation>
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>Edit the booking as it is now; what you typed stays where it still applies</source>
            <translation>Sunting pemesanan sebagaimana adanya sekarang; isian Anda tetap dipakai jika masih berlaku</translation>
        </message>
        <message>
            <location filename="ui/models/accounts_model.py" />
            <location filename="ui/models/audit_words.py" />
            <source>enabled</source>
            <translation>aktif</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>end</source>
            <translation>selesai</translation>
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>End term</source>
            <translation>Akhiri masa penugasan</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Ends</source>
            <translation>Berakhir</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/events/when_editor.py" />
            <source>Ends (in 15-minute steps)</source>
            <translation>Selesai (per 15 menit)</translation>
        </message>
        <message>
            <location filename="ui/models/closures_model.py" />
            <source>Entered by</source>
            <translation>Dicatat oleh</translation>
        </message>
        <message>
            <location filename="ui/events/equipment_editor.py" />
            <location filename="ui/events/details.py" />
            <location filename="ui/event_sheet.py" />
            <location filename="ui/loan_letter.py" />
            <source>Equipment</source>
            <translation>Peralatan</translation>
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>Equipment: {0}</source>
            <translation>Peralatan: {0}</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <location filename="ui/events/details.py" />
            <location filename="ui/event_sheet.py" />
            <source>Event</source>
            <translation>Acara</translation>
        </message>
        <message>
            <location filename="ui/models/audit_model.py" />
            <location filename="ui/models/audit_words.py" />
            <source>event</source>
            <translation>acara</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>Event #{0} · printed {1} {2}</source>
            <translation>Acara #{0} · dicetak {1} {2}</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>event approved</source>
            <translation>acara disetujui</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>event declined</source>
            <translation>acara ditolak</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>event withdrawn</source>
            <translation>acara ditarik</translation>
        </message>
        <message>
            <location filename="ui/window_tabs.py" />
            <source>Events</source>
            <translation>Acara</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Every</source>
            <translation>Setiap</translation>
        </message>
        <message>
            <location filename="ui/exchange/preview.py" />
            <source>Every item can go in; book them all</source>
            <translation>Semua butir dapat dimasukkan; pesan semuanya</translation>
        </message>
        <message>
            <location filename="ui/exchange/csv_export.py" />
            <source>Every room</source>
            <translation>Semua ruangan</translation>
        </message>
        <message>
            <location filename="ui/find_room.py" />
            <source>Every room is taken or closed then: try another start or a shorter length.</source>
            <translation>Semua ruang terpakai atau tutup pada waktu itu: coba jam mulai lain atau durasi lebih pendek.</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Every weekday (Monday to Friday)</source>
            <translation>Setiap hari kerja (Senin sampai Jumat)</translation>
        </message>
        <message>
            <location filename="ui/models/status_labels.py" />
            <location filename="ui/confirmation.py" />
            <source>Expired</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <location filename="ui/event_words.py" />
            <source>expired</source>
            <translation>kedaluwarsa</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <location filename="ui/event_words.py" />
            <source>Expired (not decided in time)</source>
            <translation>Kedaluwarsa (tidak diputuskan tepat waktu)</translation>
        </message>
        <message>
            <location filename="ui/exchange/csv_actions.py" />
            <location filename="ui/exchange/csv_export.py" />
            <source>Export bookings (CSV)</source>
            <translation>Ekspor pemesanan (CSV)</translation>
        </message>
        <message>
            <location filename="ui/exchange/csv_actions.py" />
            <source>Export bookings (CSV)…</source>
            <translation>Ekspor pemesanan (CSV)…</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Export PDF…</source>
            <translation>Ekspor PDF…</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Export PNG…</source>
            <translation>Ekspor PNG…</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Export the floor plan</source>
            <translation>Ekspor denah lantai</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Exported the floor plan to {0}.</source>
            <translation>Denah lantai diekspor ke {0}.</translation>
        </message>
        <message>
            <location filename="ui/exchange/csv_actions.py" />
            <source>Exporting bookings…</source>
            <translation>Mengekspor pemesanan…</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <source>Fill</source>
            <translation>Keterisian</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Find a &amp;room…</source>
            <translation>Cari &amp;ruang…</translation>
        </message>
        <message>
            <location filename="ui/find_room.py" />
            <source>Find a room</source>
            <translation>Cari ruang</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>first</source>
            <translation>pertama</translation>
        </message>
        <message>
            <location filename="ui/reports/period.py" />
            <source>First day of the period</source>
            <translation>Hari pertama periode</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Fit</source>
            <translation>Paskan</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Fit the plan to the window (0)</source>
            <translation>Paskan denah ke jendela (0)</translation>
        </message>
        <message>
            <location filename="ui/models/free_rooms_model.py" />
            <location filename="ui/reports/models.py" />
            <location filename="ui/find_room.py" />
            <source>Floor</source>
            <translation>Lantai</translation>
        </message>
        <message>
            <location filename="ui/window_tabs.py" />
            <source>Floor plan</source>
            <translation>Denah lantai</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Floor plan — {0}</source>
            <translation>Denah lantai — {0}</translation>
        </message>
        <message>
            <location filename="ui/models/rooms_model.py" />
            <source>Focus booth</source>
            <translation>Bilik fokus</translation>
        </message>
        <message>
            <location filename="ui/models/bookings_table_model.py" />
            <location filename="ui/reports/bookings.py" />
            <location filename="ui/search_panel.py" />
            <location filename="ui/confirmation.py" />
            <source>For</source>
            <translation>Untuk</translation>
        </message>
        <message>
            <location filename="ui/find_room.py" />
            <source>For</source>
            <comment>how long</comment>
            <translation>Selama</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>For the building (building manager)</source>
            <translation>Atas nama gedung (manajer gedung)</translation>
        </message>
        <message>
            <location filename="ui/dialog/cards.py" />
            <source>For {0}</source>
            <translation>Untuk {0}</translation>
        </message>
        <message>
            <location filename="ui/models/bookings_table_model.py" />
            <location filename="ui/events/view.py" />
            <source>For: {0}</source>
            <translation>Untuk: {0}</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>fourth</source>
            <translation>keempat</translation>
        </message>
        <message>
            <location filename="ui/door/window.py" />
            <source>FREE</source>
            <translation>KOSONG</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Free</source>
            <translation>Kosong</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>free</source>
            <translation>kosong</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <source>Free all day:</source>
            <translation>Kosong sepanjang hari:</translation>
        </message>
        <message>
            <location filename="ui/door/window.py" />
            <source>Free for the rest of the day</source>
            <translation>Kosong sampai akhir hari</translation>
        </message>
        <message>
            <location filename="ui/side_panel.py" />
            <source>Free now</source>
            <translation>Kosong sekarang</translation>
        </message>
        <message>
            <location filename="ui/models/free_rooms_model.py" />
            <source>Free until</source>
            <translation>Kosong sampai</translation>
        </message>
        <message>
            <location filename="ui/door/window.py" />
            <source>Free until {time}</source>
            <translation>Kosong sampai {time}</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Fri</source>
            <translation>Jum</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Friday</source>
            <translation>Jumat</translation>
        </message>
        <message>
            <location filename="ui/models/closures_model.py" />
            <location filename="ui/find_room.py" />
            <location filename="ui/search_panel.py" />
            <location filename="ui/event_sheet.py" />
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>From the other desk: {0}.</source>
            <translation>Dari meja lain: {0}.</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <source>from {0}</source>
            <translation>dari {0}</translation>
        </message>
        <message>
            <location filename="ui/exchange/csv_export.py" />
            <source>From:</source>
            <translation>Dari:</translation>
        </message>
        <message>
            <location filename="ui/models/accounts_model.py" />
            <location filename="ui/session/control.py" />
            <source>front desk</source>
            <translation>resepsionis</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <source>FRONT DESK DAY SHEET</source>
            <translation>LEMBAR HARIAN RESEPSIONIS</translation>
        </message>
        <message>
            <location filename="ui/dialog/reason.py" />
            <source>Give a reason first</source>
            <translation>Isi alasan terlebih dahulu</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Group by:</source>
            <translation>Kelompokkan per:</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>Guest time</source>
            <translation>Waktu tamu</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <location filename="ui/dialog/stale.py" />
            <source>guest time zone</source>
            <translation>zona waktu tamu</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Guest time: {0}</source>
            <translation>Waktu tamu: {0}</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>half</source>
            <translation>separuh</translation>
        </message>
        <message>
            <location filename="ui/models/rooms_model.py" />
            <location filename="ui/events/details.py" />
            <location filename="ui/events/view.py" />
            <location filename="ui/event_sheet.py" />
            <source>Hall</source>
            <translation>Aula</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Hall &amp;events</source>
            <translation>&amp;Acara aula</translation>
        </message>
        <message>
            <location filename="ui/events/when_editor.py" />
            <source>Hall blocked {0}–{1} with setup and teardown.</source>
            <translation>Aula diblokir {0}–{1} termasuk persiapan dan pembongkaran.</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>hall requested</source>
            <translation>aula diminta</translation>
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>Held until</source>
            <translation>Ditahan sampai</translation>
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>Held until {0}</source>
            <translation>Ditahan sampai {0}</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Hide Details...</source>
            <translation>Sembunyikan rincian...</translation>
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>History of booking #{0}</source>
            <translation>Riwayat pemesanan #{0}</translation>
        </message>
        <message>
            <location filename="ui/events/equipment_editor.py" />
            <source>How many {0} (up to {1})</source>
            <translation>Berapa {0} (maksimal {1})</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>how many?</source>
            <translation>berapa orang?</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Ignore</source>
            <translation>Abaikan</translation>
        </message>
        <message>
            <location filename="ui/exchange/preview.py" />
            <source>Import &amp;all</source>
            <translation>Impor &amp;semua</translation>
        </message>
        <message>
            <location filename="ui/exchange/csv_actions.py" />
            <source>Import bookings (CSV)</source>
            <translation>Impor pemesanan (CSV)</translation>
        </message>
        <message>
            <location filename="ui/exchange/csv_actions.py" />
            <source>Import bookings (CSV)…</source>
            <translation>Impor pemesanan (CSV)…</translation>
        </message>
        <message>
            <location filename="ui/exchange/calendar_import.py" />
            <source>Import calendar</source>
            <translation>Impor kalender</translation>
        </message>
        <message>
            <location filename="ui/exchange/import_flow.py" />
            <source>Import cancelled: nothing was written</source>
            <translation>Impor dibatalkan: tidak ada yang ditulis</translation>
        </message>
        <message>
            <location filename="ui/exchange/preview.py" />
            <source>Import the &amp;free ones</source>
            <translation>Impor yang &amp;bebas saja</translation>
        </message>
        <message>
            <location filename="ui/exchange/import_flow.py" />
            <source>Imported bookings: {0}</source>
            <translation>Pemesanan yang diimpor: {0}</translation>
        </message>
        <message>
            <location filename="ui/exchange/import_flow.py" />
            <source>Importing…</source>
            <translation>Mengimpor…</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>in place</source>
            <translation>terpasang</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>In use</source>
            <translation>Terpakai</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>In use (checked in)</source>
            <translation>Terpakai (sudah check-in)</translation>
        </message>
        <message>
            <location filename="ui/document_language.py" />
            <source>In which language should the document be printed?</source>
            <translation>Dalam bahasa apa dokumen ini dicetak?</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>in {0} days</source>
            <translation>dalam {0} hari</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>in {0} days {1} h</source>
            <translation>dalam {0} hari {1} jam</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>in {0} h</source>
            <translation>dalam {0} jam</translation>
        </message>
        <message>
            <location filename="ui/models/rooms_model.py" />
            <source>Incubation room</source>
            <translation>Ruang inkubasi</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <location filename="ui/event_words.py" />
            <source>Internal</source>
            <translation>Internal</translation>
        </message>
        <message>
            <location filename="ui/confirmation.py" />
            <source>Issued {0} {1} {2}</source>
            <translation>Diterbitkan {0} {1} {2}</translation>
        </message>
        <message>
            <location filename="ui/dialog/guest_zone.py" />
            <source>Japan</source>
            <translation>Jepang</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_cancel.py" />
            <source>Keep them</source>
            <translation>Pertahankan</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>kept as it is</source>
            <translation>dibiarkan apa adanya</translation>
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>Kept as you typed: {0}.</source>
            <translation>Tetap seperti isian Anda: {0}.</translation>
        </message>
        <message>
            <location filename="ui/models/rooms_model.py" />
            <location filename="ui/reports/models.py" />
            <location filename="ui/side_panel.py" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>kind</source>
            <translation>jenis</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/events/dialog.py" />
            <source>La&amp;yout</source>
            <translation>&amp;Tata letak</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>last</source>
            <translation>terakhir</translation>
        </message>
        <message>
            <location filename="ui/reports/period.py" />
            <source>Last day of the period (included)</source>
            <translation>Hari terakhir periode (termasuk)</translation>
        </message>
        <message>
            <location filename="ui/models/accounts_model.py" />
            <source>Last sign-in</source>
            <translation>Terakhir masuk</translation>
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>Later</source>
            <translation>Nanti</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <location filename="ui/events/details.py" />
            <location filename="ui/confirmation.py" />
            <location filename="ui/event_sheet.py" />
            <source>Layout</source>
            <translation>Tata letak</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <location filename="ui/dialog/stale.py" />
            <source>layout</source>
            <translation>tata letak</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>Layout and attendees</source>
            <translation>Tata letak dan peserta</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>left out</source>
            <translation>dilewati</translation>
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>Length</source>
            <translation>Durasi</translation>
        </message>
        <message>
            <location filename="ui/amenities.py" />
            <source>livestream</source>
            <translation>siaran langsung</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>Lock a window left idle after (minutes):</source>
            <translation>Kunci jendela yang dibiarkan diam setelah (menit):</translation>
        </message>
        <message>
            <location filename="ui/models/accounts_model.py" />
            <source>locked until {0:%H:%M}</source>
            <translation>terkunci sampai {0:%H:%M}</translation>
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Locked. {0} is signed in.</source>
            <translation>Terkunci. {0} sedang masuk.</translation>
        </message>
        <message>
            <location filename="ui/amenities.py" />
            <source>lockers</source>
            <translation>loker</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Make &amp;repeating…</source>
            <translation>Jadikan beru&amp;lang…</translation>
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <source>Make repeating</source>
            <translation>Jadikan berulang</translation>
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <source>Make the series (Enter)</source>
            <translation>Buat rangkaian (Enter)</translation>
        </message>
        <message>
            <location filename="ui/dialog/guest_zone.py" />
            <source>Malaysia</source>
            <translation>Malaysia</translation>
        </message>
        <message>
            <location filename="ui/models/accounts_model.py" />
            <location filename="ui/session/control.py" />
            <source>manager</source>
            <translation>manajer</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <source>Median cancel lead (days)</source>
            <translation>Median jeda batal (hari)</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <source>Median lead (days)</source>
            <translation>Median jeda pesan (hari)</translation>
        </message>
        <message>
            <location filename="ui/models/rooms_model.py" />
            <source>Meeting room</source>
            <translation>Ruang rapat</translation>
        </message>
        <message>
            <location filename="ui/models/import_items_model.py" />
            <source>Message</source>
            <translation>Pesan</translation>
        </message>
        <message>
            <location filename="ui/amenities.py" />
            <source>microphones</source>
            <translation>mikrofon</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Minutes the crew needs after the event (15-minute steps)</source>
            <translation>Menit yang dibutuhkan kru setelah acara (per 15 menit)</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Minutes the crew needs before the event (15-minute steps); the hall is blocked from then</source>
            <translation>Menit yang dibutuhkan kru sebelum acara (per 15 menit); aula diblokir sejak saat itu</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Mon</source>
            <translation>Sen</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Monday</source>
            <translation>Senin</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>month</source>
            <translation>bulan</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Monthly on day {0}</source>
            <translation>Bulanan setiap tanggal {0}</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Monthly on the {0} {1}</source>
            <translation>Bulanan setiap {1} {0}</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>months</source>
            <translation>bulan</translation>
        </message>
        <message>
            <location filename="ui/undo.py" />
            <source>Move</source>
            <translation>Pindahkan</translation>
        </message>
        <message>
            <location filename="ui/dialogs.py" />
            <source>Move '{0}' ({1:%a %d %b %H:%M}–{2:%H:%M}) to:</source>
            <translation>Pindahkan '{0}' ({1:%a %d %b %H:%M}–{2:%H:%M}) ke:</translation>
        </message>
        <message>
            <location filename="ui/dialogs.py" />
            <source>Move to another room</source>
            <translation>Pindahkan ke ruang lain</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Moved '{0}' to {1}, {2:%a %d %b %H:%M}–{3:%H:%M}.</source>
            <translation>'{0}' dipindahkan ke {1}, {2:%a %d %b %H:%M}–{3:%H:%M}.</translation>
        </message>
        <message>
            <location filename="ui/dialog/guest_zone.py" />
            <source>Myanmar</source>
            <translation>Myanmar</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>N&amp;o to All</source>
            <translation>T&amp;idak untuk semua</translation>
        </message>
        <message>
            <location filename="ui/models/accounts_model.py" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>name</source>
            <translation>nama</translation>
        </message>
        <message>
            <location filename="ui/models/accounts_model.py" />
            <source>never</source>
            <translation>belum pernah</translation>
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>New &amp;last day:</source>
            <translation>Hari &amp;terakhir baru:</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>New account</source>
            <translation>Akun baru</translation>
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>New booking</source>
            <translation>Pemesanan baru</translation>
        </message>
        <message>
            <location filename="ui/manage/closure_form.py" />
            <source>New closure</source>
            <translation>Penutupan baru</translation>
        </message>
        <message>
            <location filename="ui/dialogs.py" />
            <source>New time for '{0}' in {1}:</source>
            <translation>Waktu baru untuk '{0}' di {1}:</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Next day or week (Alt+Right)</source>
            <translation>Hari atau minggu berikutnya (Alt+Kanan)</translation>
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>Next free for {0}: {1}</source>
            <translation>Kosong berikutnya untuk {0}: {1}</translation>
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>Next free: {0}</source>
            <translation>Kosong berikutnya: {0}</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Next month</source>
            <translation>Bulan berikutnya</translation>
        </message>
        <message>
            <location filename="ui/door/window.py" />
            <source>Next today</source>
            <translation>Berikutnya hari ini</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Next: nothing more today</source>
            <translation>Berikutnya: tidak ada lagi hari ini</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Next: {0}</source>
            <translation>Berikutnya: {0}</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>No</source>
            <translation>Tidak</translation>
        </message>
        <message>
            <location filename="ui/models/audit_model.py" />
            <source>no</source>
            <translation>tidak</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <source>No bookable rooms.</source>
            <translation>Tidak ada ruang yang dapat dipesan.</translation>
        </message>
        <message>
            <location filename="ui/released_today.py" />
            <source>No booking has been released today.</source>
            <translation>Belum ada pemesanan yang dilepas hari ini.</translation>
        </message>
        <message>
            <location filename="ui/search_panel.py" />
            <source>No bookings match</source>
            <translation>Tidak ada pemesanan yang cocok</translation>
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <location filename="ui/day_sheet.py" />
            <source>No bookings this day.</source>
            <translation>Tidak ada pemesanan hari ini.</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>No catering noted.</source>
            <translation>Tidak ada konsumsi yang dicatat.</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_summary.py" />
            <source>No date has been changed on its own.</source>
            <translation>Tidak ada tanggal yang diubah tersendiri.</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>no date of the series is left to book</source>
            <translation>tidak ada tanggal dalam rangkaian yang tersisa untuk dipesan</translation>
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>No free slot of that length in the next 30 days.</source>
            <translation>Tidak ada slot kosong sepanjang itu dalam 30 hari ke depan.</translation>
        </message>
        <message>
            <location filename="ui/dialog/alternatives.py" />
            <source>No free time in the next 30 days.</source>
            <translation>Tidak ada waktu kosong dalam 30 hari ke depan.</translation>
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <source>No later date is free.</source>
            <translation>Tidak ada tanggal berikutnya yang kosong.</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <location filename="ui/words.py" />
            <source>no layout</source>
            <translation>tanpa tata letak</translation>
        </message>
        <message>
            <location filename="ui/door/window.py" />
            <source>No more bookings today</source>
            <translation>Tidak ada pemesanan lagi hari ini</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>No more people than the layout holds; emergency exits stay clear.</source>
            <translation>Jumlah orang tidak melebihi daya tampung tata letak; pintu darurat tetap bebas.</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>No other room is free for '{0}' then.</source>
            <translation>Tidak ada ruang lain yang kosong untuk '{0}' pada waktu itu.</translation>
        </message>
        <message>
            <location filename="ui/dialog/alternatives.py" />
            <source>No other room that fits is free then.</source>
            <translation>Tidak ada ruang lain yang sesuai dan kosong pada waktu itu.</translation>
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>No password</source>
            <translation>Tanpa kata sandi</translation>
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>No requests are waiting for a decision.</source>
            <translation>Tidak ada permintaan yang menunggu keputusan.</translation>
        </message>
        <message>
            <location filename="ui/find_room.py" />
            <source>No room is free {0:%a %d %b %H:%M}–{1:%H:%M} for this.</source>
            <translation>Tidak ada ruang kosong {0:%a %d %b %H:%M}–{1:%H:%M} untuk ini.</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>No smoking, open flames or fireworks anywhere in the building.</source>
            <translation>Dilarang merokok, menyalakan api terbuka atau kembang api di seluruh gedung.</translation>
        </message>
        <message>
            <location filename="ui/models/audit_model.py" />
            <source>no visible change</source>
            <translation>tidak ada perubahan yang terlihat</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <source>No-show rate</source>
            <translation>Tingkat tidak hadir</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <location filename="ui/events/view.py" />
            <source>No-shows</source>
            <translation>Tidak hadir</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>No. {0}</source>
            <translation>No. {0}</translation>
        </message>
        <message>
            <location filename="ui/dialog/guest_zone.py" />
            <source>None</source>
            <translation>Tidak ada</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <location filename="ui/models/accounts_model.py" />
            <location filename="ui/event_sheet.py" />
            <location filename="ui/loan_letter.py" />
            <source>none</source>
            <translation>tidak ada</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>not allowed</source>
            <translation>tidak diizinkan</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Not approved: the request still waits for a decision.</source>
            <translation>Tidak disetujui: permintaan masih menunggu keputusan.</translation>
        </message>
        <message>
            <location filename="ui/models/terms_model.py" />
            <source>Not assigned to a team</source>
            <translation>Tidak ditugaskan ke tim</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Not bookable</source>
            <translation>Tidak bisa dipesan</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <location filename="ui/series_editor.py" />
            <source>Not cancelled: a reason is needed.</source>
            <translation>Tidak dibatalkan: alasan diperlukan.</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <location filename="ui/series_editor.py" />
            <source>Not cancelled: {0}</source>
            <translation>Tidak dibatalkan: {0}</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>Not changed: {0}</source>
            <translation>Tidak diubah: {0}</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <location filename="ui/booking_dialog.py" />
            <source>Not checked in: {0}</source>
            <translation>Belum check-in: {0}</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Not declined: a reason is needed.</source>
            <translation>Tidak ditolak: alasan diperlukan.</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Not exported: {0}</source>
            <translation>Tidak diekspor: {0}</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>not known</source>
            <translation>tidak diketahui</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <location filename="ui/events/view.py" />
            <source>Not moved: {0}</source>
            <translation>Tidak dipindahkan: {0}</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>not open today</source>
            <translation>tidak buka hari ini</translation>
        </message>
        <message>
            <location filename="ui/printing.py" />
            <source>Not printed: {0}</source>
            <translation>Tidak dicetak: {0}</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Not reinstated: {0}</source>
            <translation>Tidak dipulihkan: {0}</translation>
        </message>
        <message>
            <location filename="ui/manage/closures.py" />
            <source>Not removed: {0}</source>
            <translation>Tidak dihapus: {0}</translation>
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>Not saved: an override needs a reason.</source>
            <translation>Tidak disimpan: pengabaian aturan memerlukan alasan.</translation>
        </message>
        <message>
            <location filename="ui/manage/closure_form.py" />
            <location filename="ui/manage/term_forms.py" />
            <source>Not saved: the bookings in the way were left as they are. Change the days, or save again to choose.</source>
            <translation>Tidak disimpan: pemesanan yang menghalangi dibiarkan apa adanya. Ubah harinya, atau simpan lagi untuk memilih.</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <location filename="ui/booking_dialog.py" />
            <location filename="ui/manage/closure_form.py" />
            <location filename="ui/manage/term_forms.py" />
            <location filename="ui/events/view.py" />
            <location filename="ui/make_repeating.py" />
            <location filename="ui/session/accounts_screen.py" />
            <location filename="ui/printing.py" />
            <location filename="ui/reports/saving.py" />
            <location filename="ui/series_editor.py" />
            <source>Not saved: {0}</source>
            <translation>Tidak disimpan: {0}</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Not sent: {0}</source>
            <translation>Tidak terkirim: {0}</translation>
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>Not set: {0}</source>
            <translation>Tidak diatur: {0}</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Not {0}: {1}</source>
            <translation>Tidak {0}: {1}</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <location filename="ui/dialog/stale.py" />
            <source>notes</source>
            <translation>catatan</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>nothing is changed yet: choose another room, time or title, or change how it repeats</source>
            <translation>belum ada yang diubah: pilih ruang, waktu, atau judul lain, atau ubah pola perulangannya</translation>
        </message>
        <message>
            <location filename="ui/exchange/csv_actions.py" />
            <source>Nothing was exported: {0}</source>
            <translation>Tidak ada yang diekspor: {0}</translation>
        </message>
        <message>
            <location filename="ui/exchange/import_flow.py" />
            <source>Nothing was imported: some items could not go in</source>
            <translation>Tidak ada yang diimpor: beberapa butir tidak dapat dimasukkan</translation>
        </message>
        <message>
            <location filename="ui/safekeeping.py" />
            <source>Nothing was restored: {0}</source>
            <translation>Tidak ada yang dipulihkan: {0}</translation>
        </message>
        <message>
            <location filename="ui/floorplan/time_bar.py" />
            <source>Now</source>
            <translation>Sekarang</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Now: {0}</source>
            <translation>Sekarang: {0}</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>number</source>
            <translation>nomor</translation>
        </message>
        <message>
            <location filename="ui/events/equipment_editor.py" />
            <source>of {0}</source>
            <translation>dari {0}</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>On</source>
            <translation>Pada</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>on</source>
            <translation>pada</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>On the &amp;day</source>
            <translation>Pada &amp;hari-H</translation>
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <location filename="ui/event_sheet.py" />
            <source>On the day</source>
            <translation>Pada hari-H</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>On the day: {0}</source>
            <translation>Pada hari acara: {0}</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Only &amp;this date, {0:%a %d %b %Y}</source>
            <translation>Hanya &amp;tanggal ini, {0:%a %d %b %Y}</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Only a manager may approve or decline a request (signed in as {0})</source>
            <translation>Hanya manajer yang boleh menyetujui atau menolak permintaan (masuk sebagai {0})</translation>
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>Only managers and administrators can assign rooms to teams or end terms.</source>
            <translation>Hanya manajer dan administrator yang dapat menugaskan ruang ke tim atau mengakhiri masa penugasan.</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Open forms are closed first; what they hold is not saved.</source>
            <translation>Formulir yang terbuka ditutup dahulu; isinya tidak disimpan.</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <source>Open h</source>
            <translation>Jam buka</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>open {0}</source>
            <translation>buka {0}</translation>
        </message>
        <message>
            <location filename="ui/window_status.py" />
            <source>Opening the database…</source>
            <translation>Membuka basis data…</translation>
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>Optional, for the audit trail</source>
            <translation>Opsional, untuk jejak audit</translation>
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>Optional; given as the reason to bookings it cancels</source>
            <translation>Opsional; menjadi alasan bagi pemesanan yang dibatalkannya</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Or&amp;ganizer</source>
            <translation>Pen&amp;yelenggara</translation>
        </message>
        <message>
            <location filename="ui/models/accounts_model.py" />
            <location filename="ui/reports/models.py" />
            <source>Organization</source>
            <translation>Organisasi</translation>
        </message>
        <message>
            <location filename="ui/models/audit_model.py" />
            <location filename="ui/models/audit_words.py" />
            <location filename="ui/dialog/stale.py" />
            <source>organization</source>
            <translation>organisasi</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>organization added</source>
            <translation>organisasi ditambahkan</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Organization it is for (optional)</source>
            <translation>Organisasi penerima (opsional)</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>organization number</source>
            <translation>nomor organisasi</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>Organization or team</source>
            <translation>Organisasi atau tim</translation>
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>Organization the room is for</source>
            <translation>Organisasi pengguna ruang</translation>
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <location filename="ui/event_sheet.py" />
            <source>Organizer</source>
            <translation>Penyelenggara</translation>
        </message>
        <message>
            <location filename="ui/models/accounts_model.py" />
            <location filename="ui/session/control.py" />
            <source>organizer</source>
            <translation>penyelenggara</translation>
        </message>
        <message>
            <location filename="ui/find_room.py" />
            <source>Other rooms are free then: ask for fewer seats, fewer amenities or any floor.</source>
            <translation>Ruang lain kosong pada waktu itu: kurangi jumlah kursi, fasilitas, atau pilih lantai mana saja.</translation>
        </message>
        <message>
            <location filename="ui/dialog/alternatives.py" />
            <source>Other rooms free at this time</source>
            <translation>Ruang lain yang kosong pada waktu ini</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>overdue</source>
            <translation>lewat batas waktu</translation>
        </message>
        <message>
            <location filename="ui/dialog/override.py" />
            <source>Override a booking rule</source>
            <translation>Abaikan aturan pemesanan</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Page Up: the floor above · Page Down: the floor below</source>
            <translation>Page Up: lantai di atas · Page Down: lantai di bawah</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Part of series #{0}</source>
            <translation>Bagian dari rangkaian #{0}</translation>
        </message>
        <message>
            <location filename="ui/models/accounts_model.py" />
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>password set</source>
            <translation>kata sandi diatur</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <location filename="ui/session/control.py" />
            <source>Password set for {0}.</source>
            <translation>Kata sandi untuk {0} sudah diatur.</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>PDF documents (*.pdf)</source>
            <translation>Dokumen PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Peak hours: rooms in use on an average day</source>
            <translation>Jam sibuk: ruang terpakai pada hari rata-rata</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Peaks for:</source>
            <translation>Jam sibuk untuk:</translation>
        </message>
        <message>
            <location filename="ui/models/bookings_table_model.py" />
            <location filename="ui/day_sheet.py" />
            <source>People</source>
            <translation>Orang</translation>
        </message>
        <message>
            <location filename="ui/reports/period.py" />
            <source>Period:</source>
            <translation>Periode:</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/events/dialog.py" />
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>phone</source>
            <translation>telepon</translation>
        </message>
        <message>
            <location filename="ui/confirmation.py" />
            <source>Please check in at the front desk on arrival, with booking number #{0}. A room nobody has checked in for by {1} is released for others.</source>
            <translation>Silakan check-in di resepsionis saat tiba, dengan nomor pemesanan #{0}. Ruang yang belum di-check-in sampai {1} dilepas untuk orang lain.</translation>
        </message>
        <message>
            <location filename="ui/confirmation.py" />
            <source>Please report to the front desk on arrival, with booking number #{0}.</source>
            <translation>Silakan lapor ke resepsionis saat tiba, dengan nomor pemesanan #{0}.</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>PNG images (*.png)</source>
            <translation>Gambar PNG (*.png)</translation>
        </message>
        <message>
            <location filename="ui/amenities.py" />
            <source>power outlets</source>
            <translation>stopkontak</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Previous day or week (Alt+Left)</source>
            <translation>Hari atau minggu sebelumnya (Alt+Kiri)</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Previous month</source>
            <translation>Bulan sebelumnya</translation>
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>Print the booking as saved, for the guest (changes in the form are not printed)</source>
            <translation>Cetak pemesanan sebagaimana tersimpan, untuk tamu (perubahan di formulir tidak dicetak)</translation>
        </message>
        <message>
            <location filename="ui/printing.py" />
            <source>Print the confirmation of '{0}'</source>
            <translation>Cetak konfirmasi '{0}'</translation>
        </message>
        <message>
            <location filename="ui/printing.py" />
            <source>Print the day sheet of {0}</source>
            <translation>Cetak lembar harian {0}</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <source>printed at {0}</source>
            <translation>dicetak pukul {0}</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>printed {0}</source>
            <translation>dicetak {0}</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <source>printed {0} at {1}</source>
            <translation>dicetak {0} pukul {1}</translation>
        </message>
        <message>
            <location filename="ui/models/rooms_model.py" />
            <source>Production room</source>
            <translation>Ruang produksi</translation>
        </message>
        <message>
            <location filename="ui/amenities.py" />
            <source>projector</source>
            <translation>proyektor</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <location filename="ui/event_words.py" />
            <source>Public (open to visitors)</source>
            <translation>Umum (terbuka untuk pengunjung)</translation>
        </message>
        <message>
            <location filename="ui/timeline/painting.py" />
            <source>Public holiday: {0}</source>
            <translation>Hari libur nasional: {0}</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <source>Public holiday: {0}. Most rooms are closed.</source>
            <translation>Hari libur nasional: {0}. Sebagian besar ruang tutup.</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>Purpose</source>
            <translation>Keperluan</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>Re&amp;peat: {0}</source>
            <translation>Ulan&amp;gi: {0}</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Re&amp;ports</source>
            <translation>La&amp;poran</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Reading the figures…</source>
            <translation>Membaca angka…</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Ready to save {0:%a %d %b %Y} only: {1}, {2}–{3} {4}.</source>
            <translation>Siap disimpan hanya untuk {0:%a %d %b %Y}: {1}, {2}–{3} {4}.</translation>
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>Ready to save {0} dates in {1}, {2:%a %d %b} to {3:%a %d %b %Y}, {4}.</source>
            <translation>Siap disimpan: {0} tanggal di {1}, {2:%a %d %b} sampai {3:%a %d %b %Y}, {4}.</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Ready to save {0} dates in {1}.</source>
            <translation>Siap menyimpan {0} tanggal di {1}.</translation>
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>Ready to save: {0}, {1:%a %d %b %Y}, {2}. Press Enter.</source>
            <translation>Siap disimpan: {0}, {1:%a %d %b %Y}, {2}. Tekan Enter.</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Ready to send: {0}, {1:%a %d %b %Y} {2}–{3} {4}. The hall is held for you until a manager decides.</source>
            <translation>Siap dikirim: {0}, {1:%a %d %b %Y} {2}–{3} {4}. Aula ditahan untuk Anda sampai manajer memutuskan.</translation>
        </message>
        <message>
            <location filename="ui/window_status.py" />
            <source>Ready.</source>
            <translation>Siap.</translation>
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <source>Ready: {0} more dates, up to {1:%a %d %b %Y}.</source>
            <translation>Siap: {0} tanggal lagi, sampai {1:%a %d %b %Y}.</translation>
        </message>
        <message>
            <location filename="ui/models/audit_model.py" />
            <location filename="ui/models/closures_model.py" />
            <location filename="ui/events/details.py" />
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>reason</source>
            <translation>alasan</translation>
        </message>
        <message>
            <location filename="ui/models/rooms_model.py" />
            <location filename="ui/words.py" />
            <source>Reception</source>
            <translation>Resepsionis</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Reception</source>
            <comment>hall layout</comment>
            <translation>Resepsi</translation>
        </message>
        <message>
            <location filename="ui/amenities.py" />
            <source>reception desk</source>
            <translation>meja resepsionis</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Redo</source>
            <translation>Ulangi</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Redo %1</source>
            <translation>Ulangi %1</translation>
        </message>
        <message>
            <location filename="ui/undo.py" />
            <source>Redone</source>
            <translation>Diulangi</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Reinstated '{0}' in {1}.</source>
            <translation>'{0}' dipulihkan di {1}.</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Reinstated '{0}' in {1}; its guests are checked in.</source>
            <translation>'{0}' dipulihkan di {1}; tamunya sudah check-in.</translation>
        </message>
        <message>
            <location filename="ui/models/status_labels.py" />
            <location filename="ui/confirmation.py" />
            <source>Released</source>
            <translation>Dilepas</translation>
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>released</source>
            <translation>dilepas</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Released as no-shows: {0}. View → Released today brings one back.</source>
            <translation>Dilepas karena tidak hadir: {0}. Tampilan → Dilepas hari ini mengembalikannya.</translation>
        </message>
        <message>
            <location filename="ui/released_today.py" />
            <source>Released today</source>
            <translation>Dilepas hari ini</translation>
        </message>
        <message>
            <location filename="ui/confirmation.py" />
            <source>Released: nobody checked in</source>
            <translation>Dilepas: tidak ada yang check-in</translation>
        </message>
        <message>
            <location filename="ui/main_window.py" />
            <location filename="ui/dialog/stale.py" />
            <source>Reloaded.</source>
            <translation>Dimuat ulang.</translation>
        </message>
        <message>
            <location filename="ui/manage/closures.py" />
            <source>Remove closure</source>
            <translation>Hapus penutupan</translation>
        </message>
        <message>
            <location filename="ui/manage/closures.py" />
            <source>Remove the closure of {0} ({1})? It can be booked again on those days.</source>
            <translation>Hapus penutupan {0} ({1})? Ruang dapat dipesan lagi pada hari-hari itu.</translation>
        </message>
        <message>
            <location filename="ui/models/audit_model.py" />
            <source>removed</source>
            <translation>dihapus</translation>
        </message>
        <message>
            <location filename="ui/manage/closures.py" />
            <source>Removed the closure of {0} ({1}); it can be booked again.</source>
            <translation>Penutupan {0} ({1}) dihapus; ruang dapat dipesan lagi.</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Rep&amp;eats</source>
            <translation>&amp;Berulang</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Repeat this booking daily, weekly or monthly</source>
            <translation>Ulangi pemesanan ini setiap hari, minggu, atau bulan</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>replaced database kept in</source>
            <translation>basis data yang diganti disimpan di</translation>
        </message>
        <message>
            <location filename="ui/window_tabs.py" />
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>request expired</source>
            <translation>permintaan kedaluwarsa</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Request the hall for an event</source>
            <translation>Ajukan aula untuk acara</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <location filename="ui/event_words.py" />
            <source>requested</source>
            <translation>diajukan</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Requested '{0}' in {1}: the hall is held until a manager decides.</source>
            <translation>'{0}' diajukan di {1}: aula ditahan sampai manajer memutuskan.</translation>
        </message>
        <message>
            <location filename="ui/events/month.py" />
            <source>Requested (tentative hold)</source>
            <translation>Diajukan (penahanan sementara)</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>Requested by {0}</source>
            <translation>Diajukan oleh {0}</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <location filename="ui/event_words.py" />
            <source>Requested — awaiting a decision</source>
            <translation>Diajukan — menunggu keputusan</translation>
        </message>
        <message>
            <location filename="ui/safekeeping.py" />
            <source>Res&amp;tore from a backup…</source>
            <translation>&amp;Pulihkan dari cadangan…</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Reset</source>
            <translation>Atur ulang</translation>
        </message>
        <message>
            <location filename="ui/undo.py" />
            <source>Resize</source>
            <translation>Ubah durasi</translation>
        </message>
        <message>
            <location filename="ui/models/free_rooms_model.py" />
            <source>rest of the day</source>
            <translation>sisa hari ini</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Restore Defaults</source>
            <translation>Pulihkan bawaan</translation>
        </message>
        <message>
            <location filename="ui/safekeeping.py" />
            <source>Restore from a backup</source>
            <translation>Pulihkan dari cadangan</translation>
        </message>
        <message>
            <location filename="ui/safekeeping.py" />
            <source>Restored. The database as it was is kept in {0}.</source>
            <translation>Dipulihkan. Basis data sebelumnya disimpan di {0}.</translation>
        </message>
        <message>
            <location filename="ui/safekeeping.py" />
            <source>Restoring the backup…</source>
            <translation>Memulihkan cadangan…</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Retry</source>
            <translation>Coba lagi</translation>
        </message>
        <message>
            <location filename="ui/models/accounts_model.py" />
            <location filename="ui/session/accounts_screen.py" />
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>role</source>
            <translation>peran</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>role changed</source>
            <translation>peran diubah</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>Role of {0}:</source>
            <translation>Peran {0}:</translation>
        </message>
        <message>
            <location filename="ui/models/bookings_table_model.py" />
            <location filename="ui/models/free_rooms_model.py" />
            <location filename="ui/models/import_items_model.py" />
            <location filename="ui/models/rooms_model.py" />
            <location filename="ui/reports/bookings.py" />
            <location filename="ui/reports/models.py" />
            <location filename="ui/timeline/painting.py" />
            <location filename="ui/confirmation.py" />
            <location filename="ui/loan_letter.py" />
            <source>Room</source>
            <translation>Ruang</translation>
        </message>
        <message>
            <location filename="ui/models/audit_model.py" />
            <location filename="ui/models/audit_words.py" />
            <location filename="ui/dialog/stale.py" />
            <source>room</source>
            <translation>ruang</translation>
        </message>
        <message>
            <location filename="ui/timeline/painting.py" />
            <source>Room / day</source>
            <translation>Ruang / hari</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>room added</source>
            <translation>ruang ditambahkan</translation>
        </message>
        <message>
            <location filename="ui/door/window.py" />
            <source>Room door</source>
            <translation>Pintu ruangan</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>room number</source>
            <translation>nomor ruang</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>room removed</source>
            <translation>ruang dihapus</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>room retired</source>
            <translation>ruang dinonaktifkan</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>room updated</source>
            <translation>ruang diperbarui</translation>
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>Room-&amp;loan letter…</source>
            <translation>Surat &amp;peminjaman…</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>ROOM-LOAN LETTER</source>
            <translation>SURAT PEMINJAMAN RUANG</translation>
        </message>
        <message>
            <location filename="ui/exchange/csv_export.py" />
            <source>Room:</source>
            <translation>Ruangan:</translation>
        </message>
        <message>
            <location filename="ui/background.py" />
            <source>Ruang</source>
            <translation>Ruang</translation>
        </message>
        <message>
            <location filename="ui/safekeeping.py" />
            <source>Ruang backups (*.db);;All files (*)</source>
            <translation>Cadangan Ruang (*.db);;Semua berkas (*)</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Ruang books the rooms of the Coding Factory, KEK Singhasari, Malang.</source>
            <translation>Ruang adalah aplikasi pemesanan ruang Coding Factory, KEK Singhasari, Malang.</translation>
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Ruang is locked</source>
            <translation>Ruang terkunci</translation>
        </message>
        <message>
            <location filename="ui/reports/saving.py" />
            <source>Ruang occupancy report</source>
            <translation>Laporan keterisian Ruang</translation>
        </message>
        <message>
            <location filename="ui/safekeeping.py" />
            <source>Ruang server backups (*.dump);;All files (*)</source>
            <translation>Cadangan server Ruang (*.dump);;Semua berkas (*)</translation>
        </message>
        <message>
            <location filename="ui/main_window.py" />
            <source>Ruang — Coding Factory</source>
            <translation>Ruang — Coding Factory</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <location filename="ui/series_editor.py" />
            <source>S&amp;kip dates that cannot be booked</source>
            <translation>&amp;Lewati tanggal yang tidak bisa dipesan</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>S&amp;witch user…</source>
            <translation>&amp;Ganti pengguna…</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Sat</source>
            <translation>Sab</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Saturday</source>
            <translation>Sabtu</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Save All</source>
            <translation>Simpan semua</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Save as CSV…</source>
            <translation>Simpan sebagai CSV…</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Save as PDF…</source>
            <translation>Simpan sebagai PDF…</translation>
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>Save despite the booking rule, giving a reason for the audit trail</source>
            <translation>Simpan meski melanggar aturan pemesanan, dengan alasan untuk jejak audit</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <location filename="ui/events/asks.py" />
            <source>Save event sheet</source>
            <translation>Simpan lembar acara</translation>
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <location filename="ui/make_repeating.py" />
            <location filename="ui/series_editor.py" />
            <source>Save is off: {0}</source>
            <translation>Simpan nonaktif: {0}</translation>
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>Save the booking (Enter)</source>
            <translation>Simpan pemesanan (Enter)</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Save the change (Enter)</source>
            <translation>Simpan perubahan (Enter)</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Save the charts and the tables as a PDF report</source>
            <translation>Simpan grafik dan tabel sebagai laporan PDF</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Save the dates that are free and leave out the ones that clash or break a rule.</source>
            <translation>Simpan tanggal yang kosong dan lewati tanggal yang bentrok atau melanggar aturan.</translation>
        </message>
        <message>
            <location filename="ui/printing.py" />
            <source>Save the day sheet as PDF</source>
            <translation>Simpan lembar harian sebagai PDF</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Save the day's sheet as P&amp;DF…</source>
            <translation>Simpan lembar harian sebagai P&amp;DF…</translation>
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>Save the letter lending the hall to the organizer as a PDF (a draft until approved)</source>
            <translation>Simpan surat peminjaman aula kepada penyelenggara sebagai PDF (draf sampai disetujui)</translation>
        </message>
        <message>
            <location filename="ui/reports/saving.py" />
            <source>Save the report as PDF</source>
            <translation>Simpan laporan sebagai PDF</translation>
        </message>
        <message>
            <location filename="ui/reports/saving.py" />
            <source>Save the report's tables as CSV</source>
            <translation>Simpan tabel laporan sebagai CSV</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Save the room-loan letter</source>
            <translation>Simpan surat peminjaman ruang</translation>
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>Save the run sheet for the hall crew and the front desk as a PDF</source>
            <translation>Simpan lembar kerja untuk kru aula dan resepsionis sebagai PDF</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Save the tables below as a CSV file</source>
            <translation>Simpan tabel di bawah sebagai berkas CSV</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Save this booking as a calendar file for Outlook, Google Calendar or Thunderbird</source>
            <translation>Simpan pemesanan ini sebagai berkas kalender untuk Outlook, Google Calendar, atau Thunderbird</translation>
        </message>
        <message>
            <location filename="ui/booking_flow.py" />
            <source>Saved '{0}' in {1}, {2:%a %d %b %H:%M}–{3:%H:%M}.</source>
            <translation>'{0}' disimpan di {1}, {2:%a %d %b %H:%M}–{3:%H:%M}.</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Saved '{0}' on {1:%a %d %b} only; the rest of the series is as it was.</source>
            <translation>'{0}' pada {1:%a %d %b} saja disimpan; tanggal lain dalam rangkaian tetap seperti semula.</translation>
        </message>
        <message>
            <location filename="ui/printing.py" />
            <source>Saved the confirmation e-mail of '{0}' (#{1}) to {2}: open it in your mail program, add the guest's address and send it.</source>
            <translation>E-mail konfirmasi '{0}' (#{1}) disimpan di {2}: buka di program e-mail Anda, tambahkan alamat tamu, lalu kirim.</translation>
        </message>
        <message>
            <location filename="ui/printing.py" />
            <source>Saved the day sheet of {0} ({1}) to {2}.</source>
            <translation>Lembar harian {0} ({1}) disimpan ke {2}.</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Saved the event sheet of '{0}' to {1}.</source>
            <translation>Lembar acara '{0}' disimpan ke {1}.</translation>
        </message>
        <message>
            <location filename="ui/reports/saving.py" />
            <source>Saved the report to {0}.</source>
            <translation>Laporan disimpan ke {0}.</translation>
        </message>
        <message>
            <location filename="ui/reports/saving.py" />
            <source>Saved the report's tables to {0}.</source>
            <translation>Tabel laporan disimpan ke {0}.</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Saved the room-loan letter of '{0}' to {1}.</source>
            <translation>Surat peminjaman ruang '{0}' disimpan ke {1}.</translation>
        </message>
        <message>
            <location filename="ui/booking_flow.py" />
            <source>Saved.</source>
            <translation>Tersimpan.</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_cancel.py" />
            <source>Say why (the reason is kept with each booking):</source>
            <translation>Sebutkan alasannya (alasan disimpan bersama setiap pemesanan):</translation>
        </message>
        <message>
            <location filename="ui/amenities.py" />
            <source>screen</source>
            <translation>layar</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Search bookings (Ctrl+F)</source>
            <translation>Cari pemesanan (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="ui/search_panel.py" />
            <source>Search bookings: title, organization, contact…</source>
            <translation>Cari pemesanan: judul, organisasi, kontak…</translation>
        </message>
        <message>
            <location filename="ui/search_panel.py" />
            <source>Searching…</source>
            <translation>Mencari…</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <source>seat</source>
            <translation>kursi</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <source>Seat use</source>
            <translation>Pemakaian kursi</translation>
        </message>
        <message>
            <location filename="ui/models/free_rooms_model.py" />
            <location filename="ui/models/rooms_model.py" />
            <location filename="ui/reports/models.py" />
            <location filename="ui/find_room.py" />
            <location filename="ui/side_panel.py" />
            <source>Seats</source>
            <translation>Kursi</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <source>seats</source>
            <translation>kursi</translation>
        </message>
        <message>
            <location filename="ui/models/terms_model.py" />
            <source>Seats assigned</source>
            <translation>Kursi yang ditugaskan</translation>
        </message>
        <message>
            <location filename="ui/models/terms_model.py" />
            <source>Seats in production rooms assigned to a team for some of this week, of all production seats</source>
            <translation>Kursi di ruang produksi yang ditugaskan ke tim selama sebagian minggu ini, dari seluruh kursi produksi</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>second</source>
            <translation>kedua</translation>
        </message>
        <message>
            <location filename="ui/main_window.py" />
            <source>Select a booking to check its guests in.</source>
            <translation>Pilih pemesanan untuk check-in tamunya.</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Select All</source>
            <translation>Pilih semua</translation>
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>Select weeks of one room (drag, or Shift+arrows), then Assign to team…; select a week of a term to end it.</source>
            <translation>Pilih minggu-minggu satu ruang (seret, atau Shift+panah), lalu Tugaskan ke tim…; pilih satu minggu dalam masa penugasan untuk mengakhirinya.</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Send the request to a manager (Enter)</source>
            <translation>Kirim permintaan ke manajer (Enter)</translation>
        </message>
        <message>
            <location filename="ui/printing.py" />
            <source>Sent the confirmation of '{0}' (#{1}) to {2}.</source>
            <translation>Konfirmasi '{0}' (#{1}) dikirim ke {2}.</translation>
        </message>
        <message>
            <location filename="ui/printing.py" />
            <source>Sent the day sheet of {0} ({1}) to {2}.</source>
            <translation>Lembar harian {0} ({1}) dikirim ke {2}.</translation>
        </message>
        <message>
            <location filename="ui/models/audit_model.py" />
            <location filename="ui/models/audit_words.py" />
            <source>series</source>
            <translation>rangkaian</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Series #{0}</source>
            <translation>Rangkaian #{0}</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>series cancelled</source>
            <translation>rangkaian dibatalkan</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_cancel.py" />
            <source>Series cancelled from {0:%a %d %b}: {1} dates.</source>
            <translation>Rangkaian dibatalkan mulai {0:%a %d %b}: {1} tanggal.</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>series created</source>
            <translation>rangkaian dibuat</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>series edited</source>
            <translation>rangkaian diubah</translation>
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <location filename="ui/series_actions.py" />
            <location filename="ui/series_editor.py" />
            <source>Series saved: {0} dates booked, {1} skipped.</source>
            <translation>Rangkaian disimpan: {0} tanggal dipesan, {1} dilewati.</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>series split</source>
            <translation>rangkaian dipisah</translation>
        </message>
        <message>
            <location filename="ui/models/accounts_model.py" />
            <source>set</source>
            <translation>sudah diatur</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>Set &amp;password…</source>
            <translation>Atur &amp;kata sandi…</translation>
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>Set a password now?</source>
            <translation>Atur kata sandi sekarang?</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Set my pass&amp;word…</source>
            <translation>Atur kata &amp;sandi saya…</translation>
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>Set password</source>
            <translation>Atur kata sandi</translation>
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>Set password…</source>
            <translation>Atur kata sandi…</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>Set up by (crew)</source>
            <translation>Dipasang oleh (kru)</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>Set up {0} layout and equipment</source>
            <translation>Tata aula dengan tata letak {0} dan peralatannya</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Set&amp;up</source>
            <translation>Per&amp;siapan</translation>
        </message>
        <message>
            <location filename="ui/models/audit_model.py" />
            <source>setting</source>
            <translation>pengaturan</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>setting changed</source>
            <translation>pengaturan diubah</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>Setup</source>
            <translation>Persiapan</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>Setup and teardown</source>
            <translation>Persiapan dan pembongkaran</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>Setup and teardown stay within the times above: the room is cleared by {0}.</source>
            <translation>Persiapan dan pembongkaran berlangsung dalam waktu di atas: ruang sudah kosong pukul {0}.</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>Setup from</source>
            <translation>Persiapan mulai</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <source>setup from {0}</source>
            <translation>persiapan mulai {0}</translation>
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>setup from {0} ({1} min), teardown until {2} ({3} min)</source>
            <translation>persiapan mulai {0} ({1} mnt), pembongkaran sampai {2} ({3} mnt)</translation>
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>Setup from {0}, teardown until {1}</source>
            <translation>Persiapan mulai {0}, pembongkaran sampai {1}</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>setup from {0}, teardown until {1}</source>
            <translation>persiapan mulai {0}, pembongkaran sampai {1}</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <source>Setup h</source>
            <translation>Jam persiapan</translation>
        </message>
        <message>
            <location filename="ui/manage/closures.py" />
            <source>Show &amp;past closures</source>
            <translation>Tampilkan penutupan yang &amp;lalu</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Show declined &amp;&amp; expired</source>
            <translation>Tampilkan yang ditolak &amp;&amp; kedaluwarsa</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Show Details...</source>
            <translation>Tampilkan rincian...</translation>
        </message>
        <message>
            <location filename="ui/floorplan/time_bar.py" />
            <source>Show the present and follow the clock</source>
            <translation>Tampilkan saat ini dan ikuti jam</translation>
        </message>
        <message>
            <location filename="ui/manage/closure_form.py" />
            <source>Shown to the desk, e.g. Electrical work</source>
            <translation>Ditampilkan kepada resepsionis, mis. Perbaikan listrik</translation>
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Sign in</source>
            <translation>Masuk</translation>
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Sign in to Ruang</source>
            <translation>Masuk ke Ruang</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>Sign-off</source>
            <translation>Pengesahan</translation>
        </message>
        <message>
            <location filename="ui/main_window.py" />
            <source>Signed in as {0}.</source>
            <translation>Masuk sebagai {0}.</translation>
        </message>
        <message>
            <location filename="ui/window_status.py" />
            <source>Signed in: {0}</source>
            <translation>Masuk: {0}</translation>
        </message>
        <message>
            <location filename="ui/window_status.py" />
            <source>Signing in…</source>
            <translation>Sedang masuk…</translation>
        </message>
        <message>
            <location filename="ui/dialog/guest_zone.py" />
            <source>Singapore</source>
            <translation>Singapura</translation>
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>someone</source>
            <translation>seseorang</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Soon</source>
            <translation>Segera</translation>
        </message>
        <message>
            <location filename="ui/amenities.py" />
            <source>sound system</source>
            <translation>tata suara</translation>
        </message>
        <message>
            <location filename="ui/amenities.py" />
            <source>stage</source>
            <translation>panggung</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>Standard · {0}</source>
            <translation>Standar · {0}</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>start</source>
            <translation>mulai</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>Start typing to pick one; a new name is added when you save.</source>
            <translation>Mulai mengetik untuk memilih; nama baru ditambahkan saat Anda menyimpan.</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/events/when_editor.py" />
            <source>Starts (in 15-minute steps)</source>
            <translation>Mulai (per 15 menit)</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Starts within 15 min</source>
            <translation>Mulai dalam 15 mnt</translation>
        </message>
        <message>
            <location filename="ui/models/bookings_table_model.py" />
            <location filename="ui/reports/bookings.py" />
            <source>Start–End</source>
            <translation>Mulai–Selesai</translation>
        </message>
        <message>
            <location filename="ui/models/accounts_model.py" />
            <source>State</source>
            <translation>Keadaan</translation>
        </message>
        <message>
            <location filename="ui/models/bookings_table_model.py" />
            <location filename="ui/reports/bookings.py" />
            <location filename="ui/confirmation.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Status: {0}</source>
            <translation>Status: {0}</translation>
        </message>
        <message>
            <location filename="ui/window_status.py" />
            <source>Still opening the database; try again in a moment.</source>
            <translation>Basis data masih dibuka; coba lagi sebentar lagi.</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Sun</source>
            <translation>Min</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Sunday</source>
            <translation>Minggu</translation>
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Switch &amp;user</source>
            <translation>Gan&amp;ti pengguna</translation>
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Switch user</source>
            <translation>Ganti pengguna</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>T&amp;itle</source>
            <translation>&amp;Judul</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>taken</source>
            <translation>terpakai</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Team</source>
            <translation>Tim</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Team use</source>
            <translation>Pemakaian tim</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Tear&amp;down</source>
            <translation>Pem&amp;bongkaran</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>Teardown</source>
            <translation>Pembongkaran</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <source>Teardown h</source>
            <translation>Jam pembongkaran</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>Teardown until</source>
            <translation>Pembongkaran sampai</translation>
        </message>
        <message>
            <location filename="ui/models/status_labels.py" />
            <location filename="ui/confirmation.py" />
            <source>Tentative</source>
            <translation>Sementara</translation>
        </message>
        <message>
            <location filename="ui/confirmation.py" />
            <source>Tentative: the room is held, not yet confirmed</source>
            <translation>Sementara: ruang ditahan, belum dikonfirmasi</translation>
        </message>
        <message>
            <location filename="ui/models/audit_model.py" />
            <location filename="ui/manage/affected.py" />
            <source>term</source>
            <translation>penugasan masa</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>term assigned</source>
            <translation>penugasan masa dibuat</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>term ended</source>
            <translation>penugasan masa diakhiri</translation>
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>Terms planner</source>
            <translation>Rencana penugasan</translation>
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>The audit trail is broken at entry #{0} ({1}): {2}</source>
            <translation>Jejak audit rusak pada entri #{0} ({1}): {2}</translation>
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>The audit trail is whole: {0} entries, none changed, deleted, inserted or reordered.</source>
            <translation>Jejak audit utuh: {0} entri, tidak ada yang diubah, dihapus, disisipkan, atau diurutkan ulang.</translation>
        </message>
        <message>
            <location filename="ui/safekeeping.py" />
            <source>The backup was not made: {0}</source>
            <translation>Cadangan tidak dibuat: {0}</translation>
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <source>the booking it is made from</source>
            <translation>pemesanan asalnya</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>The borrower (organizer)</source>
            <translation>Peminjam (penyelenggara)</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>The borrower leaves the room, its furniture and equipment as found, and pays for any damage.</source>
            <translation>Peminjam mengembalikan ruang, perabot dan peralatannya seperti semula, dan menanggung setiap kerusakan.</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>The building may cancel this loan for an emergency or an official need, and tells the organizer at once.</source>
            <translation>Pengelola gedung dapat membatalkan peminjaman ini karena keadaan darurat atau keperluan dinas, dan segera memberi tahu penyelenggara.</translation>
        </message>
        <message>
            <location filename="ui/manage/closures.py" />
            <source>The building or a room is closed on these days. Only managers and administrators can add or remove closures.</source>
            <translation>Gedung atau ruang tutup pada hari-hari ini. Hanya manajer dan administrator yang dapat menambah atau menghapus penutupan.</translation>
        </message>
        <message>
            <location filename="ui/manage/closures.py" />
            <source>The building or a room is closed on these days: nobody can book it then.</source>
            <translation>Gedung atau ruang tutup pada hari-hari ini: tidak ada yang bisa memesannya saat itu.</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>The confirmation as an e-mail to send, with the PDF and the calendar invitation attached</source>
            <translation>Konfirmasi sebagai e-mail untuk dikirim, dengan PDF dan undangan kalender terlampir</translation>
        </message>
        <message>
            <location filename="ui/database_check.py" />
            <source>The database could not be checked: {0}</source>
            <translation>Basis data tidak dapat diperiksa: {0}</translation>
        </message>
        <message>
            <location filename="ui/database_check.py" />
            <source>The database has {0} problem(s):</source>
            <translation>Basis data memiliki {0} masalah:</translation>
        </message>
        <message>
            <location filename="ui/database_check.py" />
            <source>The database is healthy.</source>
            <translation>Basis data sehat.</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>The date (Alt+Down opens the calendar)</source>
            <translation>Tanggal (Alt+Bawah membuka kalender)</translation>
        </message>
        <message>
            <location filename="ui/events/when_editor.py" />
            <source>The first day (Alt+Down opens the calendar)</source>
            <translation>Hari pertama (Alt+Bawah membuka kalender)</translation>
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>The guests have arrived</source>
            <translation>Tamu sudah datang</translation>
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>The guests have arrived (changes in the form are not saved)</source>
            <translation>Tamu sudah datang (perubahan di formulir tidak disimpan)</translation>
        </message>
        <message>
            <location filename="ui/events/month.py" />
            <source>The hall is free; double-click to request it.</source>
            <translation>Aula kosong; klik dua kali untuk mengajukannya.</translation>
        </message>
        <message>
            <location filename="ui/dialog/form.py" />
            <source>The last day ({0:%a %d %b %Y}) is before the first ({1:%a %d %b %Y}); choose the days again.</source>
            <translation>Hari terakhir ({0:%a %d %b %Y}) sebelum hari pertama ({1:%a %d %b %Y}); pilih ulang harinya.</translation>
        </message>
        <message>
            <location filename="ui/events/when_editor.py" />
            <source>The last day; a later date makes a multi-day event</source>
            <translation>Hari terakhir; tanggal yang lebih lambat menjadikannya acara beberapa hari</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>The management of {0} lends the room below to {1} for the event described, on the conditions of this letter.</source>
            <translation>Pengelola {0} meminjamkan ruang di bawah ini kepada {1} untuk acara yang disebutkan, dengan ketentuan dalam surat ini.</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>The organization an organizer acts for</source>
            <translation>Organisasi yang diwakili penyelenggara</translation>
        </message>
        <message>
            <location filename="ui/printing.py" />
            <source>the printer</source>
            <translation>printer</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>The room is used only for the event named in this letter.</source>
            <translation>Ruang hanya digunakan untuk acara yang disebut dalam surat ini.</translation>
        </message>
        <message>
            <location filename="ui/dialog/cards.py" />
            <source>The room or the time needs a change; see the red lines.</source>
            <translation>Ruang atau waktunya perlu diubah; lihat baris merah.</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>The series repeats by a rule the choices cannot show ({0}); a new choice replaces it.</source>
            <translation>Rangkaian ini berulang menurut aturan yang tidak dapat ditampilkan pilihan di sini ({0}); pilihan baru akan menggantikannya.</translation>
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>The term of {0} for {1} now ends on {2:%a %d %b %Y}.</source>
            <translation>Masa penugasan {0} untuk {1} kini berakhir pada {2:%a %d %b %Y}.</translation>
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>The term of {0} for {1} was withdrawn.</source>
            <translation>Masa penugasan {0} untuk {1} ditarik.</translation>
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>The two do not match yet.</source>
            <translation>Keduanya belum sama.</translation>
        </message>
        <message>
            <location filename="ui/manage/closure_form.py" />
            <location filename="ui/models/closures_model.py" />
            <source>The whole building</source>
            <translation>Seluruh gedung</translation>
        </message>
        <message>
            <location filename="ui/manage/closures.py" />
            <source>the whole building</source>
            <translation>seluruh gedung</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <location filename="ui/words.py" />
            <source>Theatre</source>
            <translation>Teater</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>third</source>
            <translation>ketiga</translation>
        </message>
        <message>
            <location filename="ui/safekeeping.py" />
            <source>This backup cannot be restored: {0}</source>
            <translation>Cadangan ini tidak dapat dipulihkan: {0}</translation>
        </message>
        <message>
            <location filename="ui/confirmation.py" />
            <source>This booking no longer holds the room. Please contact the front desk.</source>
            <translation>Pemesanan ini tidak lagi menahan ruang. Silakan hubungi resepsionis.</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>This date and the &amp;following ones</source>
            <translation>Tanggal ini dan &amp;sesudahnya</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>This date belongs to series #{0}; changes here apply to this date only. “Edit series…” changes the following dates or all of them.</source>
            <translation>Tanggal ini bagian dari rangkaian #{0}; perubahan di sini hanya berlaku untuk tanggal ini. “Sunting rangkaian…” mengubah tanggal sesudahnya atau semuanya.</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <location filename="ui/reports/period.py" />
            <source>This month</source>
            <translation>Bulan ini</translation>
        </message>
        <message>
            <location filename="ui/reports/period.py" />
            <source>This quarter</source>
            <translation>Kuartal ini</translation>
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>This room is not bookable.</source>
            <translation>Ruang ini tidak bisa dipesan.</translation>
        </message>
        <message>
            <location filename="ui/reports/period.py" />
            <source>This week</source>
            <translation>Minggu ini</translation>
        </message>
        <message>
            <location filename="ui/models/terms_model.py" />
            <source>This week
{0:%d %b}</source>
            <translation>Minggu ini
{0:%d %b}</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Thu</source>
            <translation>Kam</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Thursday</source>
            <translation>Kamis</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <location filename="ui/confirmation.py" />
            <location filename="ui/loan_letter.py" />
            <source>Time</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>time</source>
            <translation>waktu</translation>
        </message>
        <message>
            <location filename="ui/floorplan/time_bar.py" />
            <source>Time of day, in 15-minute steps</source>
            <translation>Jam, per 15 menit</translation>
        </message>
        <message>
            <location filename="ui/window_tabs.py" />
            <location filename="ui/event_sheet.py" />
            <source>Timeline</source>
            <translation>Linimasa</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>times</source>
            <translation>kali</translation>
        </message>
        <message>
            <location filename="ui/models/bookings_table_model.py" />
            <location filename="ui/models/import_items_model.py" />
            <location filename="ui/reports/bookings.py" />
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <location filename="ui/dialog/stale.py" />
            <source>title</source>
            <translation>judul</translation>
        </message>
        <message>
            <location filename="ui/models/closures_model.py" />
            <location filename="ui/event_sheet.py" />
            <source>To</source>
            <translation>Sampai</translation>
        </message>
        <message>
            <location filename="ui/reports/period.py" />
            <location filename="ui/search_panel.py" />
            <source>to</source>
            <translation>sampai</translation>
        </message>
        <message>
            <location filename="ui/exchange/csv_export.py" />
            <source>To:</source>
            <translation>Sampai:</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>To: {0}</source>
            <translation>Kepada: {0}</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Today</source>
            <translation>Hari ini</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <source>Total</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location filename="ui/models/rooms_model.py" />
            <source>Training room</source>
            <translation>Ruang pelatihan</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Tue</source>
            <translation>Sel</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Tuesday</source>
            <translation>Selasa</translation>
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Type the password to go on where you left off, or switch user.</source>
            <translation>Ketik kata sandi untuk melanjutkan pekerjaan Anda, atau ganti pengguna.</translation>
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Type your user name.</source>
            <translation>Ketik nama pengguna Anda.</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <location filename="ui/words.py" />
            <source>U-shape</source>
            <translation>Bentuk U</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Undo</source>
            <translation>Urungkan</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Undo %1</source>
            <translation>Urungkan %1</translation>
        </message>
        <message>
            <location filename="ui/undo.py" />
            <source>Undone</source>
            <translation>Diurungkan</translation>
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Unlock</source>
            <translation>Buka kunci</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>until {0}</source>
            <translation>sampai {0}</translation>
        </message>
        <message>
            <location filename="ui/door/window.py" />
            <source>until {time}</source>
            <translation>sampai {time}</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <source>Unused h</source>
            <translation>Jam tak terpakai</translation>
        </message>
        <message>
            <location filename="ui/models/accounts_model.py" />
            <source>User name</source>
            <translation>Nama pengguna</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <location filename="ui/events/view.py" />
            <source>Utilisation</source>
            <translation>Utilisasi</translation>
        </message>
        <message>
            <location filename="ui/reports/charts.py" />
            <source>Utilisation (share of open hours)</source>
            <translation>Utilisasi (porsi jam buka)</translation>
        </message>
        <message>
            <location filename="ui/models/audit_words.py" />
            <source>value</source>
            <translation>nilai</translation>
        </message>
        <message>
            <location filename="ui/models/import_items_model.py" />
            <source>Verdict</source>
            <translation>Keputusan</translation>
        </message>
        <message>
            <location filename="ui/amenities.py" />
            <source>video conference</source>
            <translation>konferensi video</translation>
        </message>
        <message>
            <location filename="ui/dialog/guest_zone.py" />
            <source>Vietnam</source>
            <translation>Vietnam</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Waiting for a decision ({0})</source>
            <translation>Menunggu keputusan ({0})</translation>
        </message>
        <message>
            <location filename="ui/door/window.py" />
            <source>Walk-in (door)</source>
            <translation>Pesan langsung (pintu)</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Wed</source>
            <translation>Rab</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Wednesday</source>
            <translation>Rabu</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Week</source>
            <translation>Minggu</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>week</source>
            <translation>minggu</translation>
        </message>
        <message>
            <location filename="ui/reports/charts.py" />
            <source>Week of {0}: {1} booked, {2} checked in</source>
            <translation>Minggu {0}: {1} dipesan, {2} check-in</translation>
        </message>
        <message>
            <location filename="ui/models/terms_model.py" />
            <source>Week {0}
{1:%d %b}</source>
            <translation>Minggu {0}
{1:%d %b}</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Weekly on {0}</source>
            <translation>Mingguan setiap {0}</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Weekly on…</source>
            <translation>Mingguan setiap…</translation>
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>weeks</source>
            <translation>minggu</translation>
        </message>
        <message>
            <location filename="ui/models/audit_model.py" />
            <location filename="ui/event_sheet.py" />
            <source>What</source>
            <translation>Apa</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>What is it? e.g. Product launch</source>
            <translation>Acara apa? mis. Peluncuran produk</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>What is it? e.g. Sprint planning</source>
            <translation>Acara apa? mis. Perencanaan sprint</translation>
        </message>
        <message>
            <location filename="ui/models/audit_model.py" />
            <location filename="ui/models/import_items_model.py" />
            <location filename="ui/events/details.py" />
            <source>When</source>
            <translation>Kapan</translation>
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>When someone other than {0} signs in, {0}'s open forms are closed unsaved.</source>
            <translation>Jika orang selain {0} masuk, formulir {0} yang terbuka ditutup tanpa disimpan.</translation>
        </message>
        <message>
            <location filename="ui/models/closures_model.py" />
            <location filename="ui/models/import_items_model.py" />
            <source>Where</source>
            <translation>Tempat</translation>
        </message>
        <message>
            <location filename="ui/dialog/guest_zone.py" />
            <source>Where the guest lives, when it is not their organization's: their times are shown beside the building's. Pick one or type an IANA name such as Asia/Seoul.</source>
            <translation>Zona waktu tempat tamu tinggal, bila berbeda dari zona organisasinya: jam mereka ditampilkan di samping jam gedung. Pilih salah satu atau ketik nama IANA seperti Asia/Seoul.</translation>
        </message>
        <message>
            <location filename="ui/amenities.py" />
            <source>whiteboard</source>
            <translation>papan tulis</translation>
        </message>
        <message>
            <location filename="ui/models/audit_model.py" />
            <source>Who</source>
            <translation>Siapa</translation>
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>Who booked and changed this booking, when and why</source>
            <translation>Siapa yang memesan dan mengubah pemesanan ini, kapan, dan mengapa</translation>
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Who is at the desk?</source>
            <translation>Siapa yang bertugas di meja?</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Who organizes it, e.g. Dewi Lestari</source>
            <translation>Siapa penyelenggaranya, mis. Dewi Lestari</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Whole building</source>
            <translation>Seluruh gedung</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>Whole hall ({0})</source>
            <translation>Seluruh aula ({0})</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>whole, both halves</source>
            <translation>utuh, kedua bagian</translation>
        </message>
        <message>
            <location filename="ui/events/asks.py" />
            <source>Why is “{0}” ({1}, {2}) declined? The organizer sees this reason.</source>
            <translation>Mengapa “{0}” ({1}, {2}) ditolak? Penyelenggara melihat alasan ini.</translation>
        </message>
        <message>
            <location filename="ui/amenities.py" />
            <source>wifi</source>
            <translation>wifi</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>Windows left idle now lock after {0} minutes (from their next sign-in).</source>
            <translation>Jendela yang dibiarkan diam kini terkunci setelah {0} menit (mulai saat masuk berikutnya).</translation>
        </message>
        <message>
            <location filename="ui/find_room.py" />
            <source>With</source>
            <translation>Dengan</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <location filename="ui/event_words.py" />
            <source>Withdrawn</source>
            <translation>Ditarik</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <location filename="ui/event_words.py" />
            <source>withdrawn</source>
            <translation>ditarik</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Yes</source>
            <translation>Ya</translation>
        </message>
        <message>
            <location filename="ui/models/audit_model.py" />
            <source>yes</source>
            <translation>ya</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>Yes to &amp;All</source>
            <translation>Ya untuk &amp;semua</translation>
        </message>
        <message>
            <location filename="ui/confirmation.py" />
            <source>Your guests are checked in. Enjoy your meeting.</source>
            <translation>Tamu Anda sudah check-in. Selamat menikmati rapat Anda.</translation>
        </message>
        <message>
            <location filename="ui/confirmation.py" />
            <source>Your time</source>
            <translation>Waktu Anda</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Zoom &amp;in</source>
            <translation>Per&amp;besar</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Zoom &amp;out</source>
            <translation>Per&amp;kecil</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Zoom in (+, Ctrl+wheel)</source>
            <translation>Perbesar (+, Ctrl+roda)</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Zoom out (−, Ctrl+wheel)</source>
            <translation>Perkecil (−, Ctrl+roda)</translation>
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <source>{0:%a %d %b %Y}, {1}–{2} {3} becomes the first date of a series; the dates after it are booked with the same room, time and details.</source>
            <translation>{0:%a %d %b %Y}, {1}–{2} {3} menjadi tanggal pertama sebuah rangkaian; tanggal-tanggal sesudahnya dipesan dengan ruang, jam, dan rincian yang sama.</translation>
        </message>
        <message>
            <location filename="ui/dialog/alternatives.py" />
            <source>{0:%a %d %b}   {1}–{2}</source>
            <translation>{0:%a %d %b}   {1}–{2}</translation>
        </message>
        <message>
            <location filename="ui/models/terms_model.py" />
            <source>{0:%a %d %b} to {1:%a %d %b %Y}</source>
            <translation>{0:%a %d %b} sampai {1:%a %d %b %Y}</translation>
        </message>
        <message>
            <location filename="ui/dialog/cards.py" />
            <source>{0:%a %d %b}, {1}–{2} in {3}</source>
            <translation>{0:%a %d %b}, {1}–{2} di {3}</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_summary.py" />
            <source>{0:%a %d %b}, {1}–{2}, {3}</source>
            <translation>{0:%a %d %b}, {1}–{2}, {3}</translation>
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>{0:%d %b %Y} – {1:%d %b %Y}</source>
            <translation>{0:%d %b %Y} – {1:%d %b %Y}</translation>
        </message>
        <message>
            <location filename="ui/dialog/override.py" />
            <source>{0}

Why save it anyway? The reason is kept in the audit trail.</source>
            <translation>{0}

Tetap simpan? Alasannya disimpan di jejak audit.</translation>
        </message>
        <message>
            <location filename="ui/dialog/widgets.py" />
            <source>{0}  ({1})</source>
            <translation>{0}  ({1})</translation>
        </message>
        <message>
            <location filename="ui/models/terms_model.py" />
            <source>{0}  ·  {1} seats</source>
            <translation>{0}  ·  {1} kursi</translation>
        </message>
        <message>
            <location filename="ui/models/bookings_table_model.py" />
            <source>{0} (+{1} d)</source>
            <translation>{0} (+{1} h)</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>{0} (half of the hall)</source>
            <translation>{0} (setengah aula)</translation>
        </message>
        <message>
            <location filename="ui/search_panel.py" />
            <source>{0} (retired)</source>
            <translation>{0} (tidak aktif)</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>{0} (whole) · {1} seats</source>
            <translation>{0} (utuh) · {1} kursi</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>{0} ({1} min after)</source>
            <translation>{0} ({1} mnt sesudah)</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>{0} ({1} min before)</source>
            <translation>{0} ({1} mnt sebelum)</translation>
        </message>
        <message>
            <location filename="ui/main_window.py" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>{0} ({1}) · up to {2}</source>
            <translation>{0} ({1}) · maksimal {2}</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/series_editor.py" />
            <source>{0} ({1}) · {2}</source>
            <translation>{0} ({1}) · {2}</translation>
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>{0} ({1}) · {2} seats</source>
            <translation>{0} ({1}) · {2} kursi</translation>
        </message>
        <message>
            <location filename="ui/dialog/alternatives.py" />
            <source>{0} ({1}) · {2} · floor {3}</source>
            <translation>{0} ({1}) · {2} · lantai {3}</translation>
        </message>
        <message>
            <location filename="ui/confirmation.py" />
            <source>{0} ({1}), {2}</source>
            <translation>{0} ({1}), {2}</translation>
        </message>
        <message>
            <location filename="ui/floorplan/figures.py" />
            <source>{0} / {1} rooms booked now ({2}%) · {3} checked in</source>
            <translation>{0} / {1} ruang dipesan sekarang ({2}%) · {3} check-in</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>{0} / {1} rooms booked · {2} checked in · {3} / {4} seats</source>
            <translation>{0} / {1} ruang dipesan · {2} sudah check-in · {3} / {4} kursi</translation>
        </message>
        <message>
            <location filename="ui/floorplan/figures.py" />
            <source>{0} / {1} seats booked · {2} checked in</source>
            <translation>{0} / {1} kursi dipesan · {2} check-in</translation>
        </message>
        <message>
            <location filename="ui/reports/saving.py" />
            <location filename="ui/events/asks.py" />
            <location filename="ui/printing.py" />
            <source>{0} already exists. Replace it?</source>
            <translation>{0} sudah ada. Ganti?</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>{0} attendees</source>
            <translation>{0} peserta</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>{0} attendees expected</source>
            <translation>{0} peserta diperkirakan</translation>
        </message>
        <message>
            <location filename="ui/printing.py" />
            <location filename="ui/search_panel.py" />
            <source>{0} bookings</source>
            <translation>{0} pemesanan</translation>
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>{0} bookings in it were cancelled.</source>
            <translation>{0} pemesanan di dalamnya dibatalkan.</translation>
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>{0} bookings in it were kept.</source>
            <translation>{0} pemesanan di dalamnya dipertahankan.</translation>
        </message>
        <message>
            <location filename="ui/exchange/csv_actions.py" />
            <source>{0} bookings so far…</source>
            <translation>Sejauh ini {0} pemesanan…</translation>
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>{0} bookings still to come fall</source>
            <translation>{0} pemesanan mendatang berada</translation>
        </message>
        <message>
            <location filename="ui/exchange/csv_actions.py" />
            <source>{0} bookings written to {1}.</source>
            <translation>{0} pemesanan ditulis ke {1}.</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>{0} by {1} {2}</source>
            <translation>{0} oleh {1} {2}</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>{0} cannot be booked</source>
            <translation>{0} tidak bisa dipesan</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>{0} changed on its own</source>
            <translation>{0} diubah tersendiri</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>{0} dates: {1}.</source>
            <translation>{0} tanggal: {1}.</translation>
        </message>
        <message>
            <location filename="ui/events/when_editor.py" />
            <source>{0} days straight: set up from {1:%a %H:%M}, cleared by {2:%a %H:%M}.</source>
            <translation>{0} hari berturut-turut: persiapan mulai {1:%a %H:%M}, dibongkar sebelum {2:%a %H:%M}.</translation>
        </message>
        <message>
            <location filename="ui/events/when_editor.py" />
            <source>{0} days, {1}–{2} each day; cleared every night.</source>
            <translation>{0} hari, {1}–{2} setiap hari; dibongkar setiap malam.</translation>
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>{0} entries, oldest first.</source>
            <translation>{0} entri, yang terlama lebih dulu.</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>{0} expected; the {1} layout holds {2}</source>
            <translation>{0} peserta diperkirakan; tata letak {1} memuat {2}</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>{0} free</source>
            <translation>{0} kosong</translation>
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>{0} has no password, so anyone at this desk can approve events, override rules and change closures as {0}.</source>
            <translation>{0} tidak punya kata sandi, sehingga siapa pun di meja ini dapat menyetujui acara, mengabaikan aturan, dan mengubah penutupan sebagai {0}.</translation>
        </message>
        <message>
            <location filename="ui/session/control.py" />
            <source>{0} has no password: anyone at this desk can act as {0}. Set one with File → Set my password….</source>
            <translation>{0} tidak punya kata sandi: siapa pun di meja ini dapat bertindak sebagai {0}. Atur di Berkas → Atur kata sandi saya….</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>{0} holds up to {1}; the layout decides</source>
            <translation>{0} menampung hingga {1} orang; tergantung tata letak</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>{0} holds {1}</source>
            <translation>{0} menampung {1} orang</translation>
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>{0} in this {1}. Keep them (they stay booked), or cancel them (each is cancelled with the reason given, and the audit trail says so). Back saves nothing.</source>
            <translation>{0} dalam {1} ini. Pertahankan (tetap dipesan), atau batalkan (masing-masing dibatalkan dengan alasan yang diberikan, dan jejak audit mencatatnya). Kembali tidak menyimpan apa pun.</translation>
        </message>
        <message>
            <location filename="ui/safekeeping.py" />
            <source>{0} is a good backup.
Bookings: {1}
{2}

Restoring it replaces the database: every change made since the backup is gone (a copy of the database as it is now is kept in the backups folder). Other desks must close Ruang first.

Restore it now?</source>
            <translation>{0} adalah cadangan yang baik.
Pemesanan: {1}
{2}

Memulihkannya akan mengganti basis data: semua perubahan sejak cadangan dibuat akan hilang (salinan basis data saat ini disimpan di folder cadangan). Meja lain harus menutup Ruang terlebih dahulu.

Pulihkan sekarang?</translation>
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>{0} is assigned to {1} from {2:%a %d %b %Y} to {3:%a %d %b %Y} (term #{4}).</source>
            <translation>{0} ditugaskan ke {1} dari {2:%a %d %b %Y} sampai {3:%a %d %b %Y} (penugasan #{4}).</translation>
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>{0} is assigned to {1} from {2:%a %d %b %Y} to {3:%a %d %b %Y}.</source>
            <translation>{0} ditugaskan ke {1} dari {2:%a %d %b %Y} sampai {3:%a %d %b %Y}.</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>{0} is disabled.</source>
            <translation>{0} dinonaktifkan.</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>{0} is enabled.</source>
            <translation>{0} diaktifkan.</translation>
        </message>
        <message>
            <location filename="ui/dialog/cards.py" />
            <source>{0} is free {1:%a %d %b}, {2}–{3}.</source>
            <translation>{0} kosong {1:%a %d %b}, {2}–{3}.</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>{0} is now {1}.</source>
            <translation>{0} sekarang {1}.</translation>
        </message>
        <message>
            <location filename="ui/exchange/preview.py" />
            <source>{0} items: {1}</source>
            <translation>{0} butir: {1}</translation>
        </message>
        <message>
            <location filename="ui/safekeeping.py" />
            <source>{0} KB</source>
            <translation>{0} KB</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <source>{0} layout</source>
            <translation>tata letak {0}</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>{0} left out</source>
            <translation>{0} dilewati</translation>
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <location filename="ui/series_editor.py" />
            <location filename="ui/dialog/series_summary.py" />
            <source>{0} left out.</source>
            <translation>{0} dilewati.</translation>
        </message>
        <message>
            <location filename="ui/safekeeping.py" />
            <source>{0} MB</source>
            <translation>{0} MB</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>{0} min</source>
            <translation>{0} mnt</translation>
        </message>
        <message>
            <location filename="ui/models/terms_model.py" />
            <source>{0} of {1}</source>
            <translation>{0} dari {1}</translation>
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <source>{0} of {1} dates cannot be booked ({2:%a %d %b}: {3}); tick “Skip dates that cannot be booked” or change how it repeats</source>
            <translation>{0} dari {1} tanggal tidak bisa dipesan ({2:%a %d %b}: {3}); centang “Lewati tanggal yang tidak bisa dipesan” atau ubah pola perulangannya</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>{0} of {1} dates cannot be booked ({2:%a %d %b}: {3}); tick “Skip dates that cannot be booked” or change the series</source>
            <translation>{0} dari {1} tanggal tidak bisa dipesan ({2:%a %d %b}: {3}); centang “Lewati tanggal yang tidak bisa dipesan” atau ubah rangkaiannya</translation>
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>{0} of {1} dates cannot be booked ({2}); tick “Skip dates that cannot be booked” or change the series</source>
            <translation>{0} dari {1} tanggal tidak bisa dipesan ({2}); centang “Lewati tanggal yang tidak bisa dipesan” atau ubah rangkaiannya</translation>
        </message>
        <message>
            <location filename="ui/events/equipment_editor.py" />
            <source>{0} of {1} free then</source>
            <translation>{0} dari {1} tersedia saat itu</translation>
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>{0} of {1} seats</source>
            <translation>{0} dari {1} kursi</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_change.py" />
            <source>{0} on its own</source>
            <translation>{0} tersendiri</translation>
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>{0} people</source>
            <translation>{0} orang</translation>
        </message>
        <message>
            <location filename="ui/timeline/painting.py" />
            <source>{0} ppl</source>
            <translation>{0} org</translation>
        </message>
        <message>
            <location filename="ui/find_room.py" />
            <source>{0} rooms free {1:%a %d %b %H:%M}–{2:%H:%M}; best fit first. Enter or a click books the one chosen.</source>
            <translation>{0} ruang kosong {1:%a %d %b %H:%M}–{2:%H:%M}; yang paling pas di atas. Enter atau klik memesan yang dipilih.</translation>
        </message>
        <message>
            <location filename="ui/timeline/painting.py" />
            <location filename="ui/dialog/widgets.py" />
            <location filename="ui/events/wording.py" />
            <source>{0} seats</source>
            <translation>{0} kursi</translation>
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>{0} seats {1} in the {2} layout</source>
            <translation>{0} menampung {1} orang dalam tata letak {2}</translation>
        </message>
        <message>
            <location filename="ui/confirmation.py" />
            <source>{0} to {1} {2} {3}</source>
            <translation>{0} sampai {1} {2} {3}</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <location filename="ui/event_words.py" />
            <source>{0} to {1}, {2}–{3} each day</source>
            <translation>{0} sampai {1}, {2}–{3} setiap hari</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>{0} to {1}: {2} booked, {3} checked in</source>
            <translation>{0} sampai {1}: {2} dipesan, {3} check-in</translation>
        </message>
        <message>
            <location filename="ui/reports/heatmap.py" />
            <source>{0} {1:02}:00: not in the period</source>
            <translation>{0} {1:02}.00: di luar periode</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>{0} {1:02}:00–{2:02}:00</source>
            <translation>{0} {1:02}.00–{2:02}.00</translation>
        </message>
        <message>
            <location filename="ui/reports/heatmap.py" />
            <source>{0} {1:02}:00–{2:02}:00: {3} rooms in use on average ({4} room-hours over {5} such hours)</source>
            <translation>{0} {1:02}.00–{2:02}.00: rata-rata {3} ruang terpakai ({4} jam-ruang dalam {5} jam serupa)</translation>
        </message>
        <message>
            <location filename="ui/models/terms_model.py" />
            <source>{0} · week of {1:%d %b %Y}</source>
            <translation>{0} · minggu {1:%d %b %Y}</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/events/dialog.py" />
            <location filename="ui/dialog/guest_zone.py" />
            <location filename="ui/events/wording.py" />
            <source>{0} · {1}</source>
            <translation>{0} · {1}</translation>
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>{0} · {1} seats</source>
            <translation>{0} · {1} kursi</translation>
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>{0} · {1} seats · {2}</source>
            <translation>{0} · {1} kursi · {2}</translation>
        </message>
        <message>
            <location filename="ui/search_panel.py" />
            <source>{0}+ bookings</source>
            <translation>{0}+ pemesanan</translation>
        </message>
        <message>
            <location filename="ui/dialog/alternatives.py" />
            <source>{0}, next free times</source>
            <translation>{0}, waktu kosong berikutnya</translation>
        </message>
        <message>
            <location filename="ui/models/bookings_table_model.py" />
            <source>{0}, {1:%Y-%m-%d %H:%M}–{2:%H:%M} {3}</source>
            <translation>{0}, {1:%Y-%m-%d %H:%M}–{2:%H:%M} {3}</translation>
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <location filename="ui/confirmation.py" />
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>{0}, {1} attendees expected</source>
            <translation>{0}, {1} peserta diperkirakan</translation>
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>{0}, {1} expected</source>
            <translation>{0}, {1} diperkirakan</translation>
        </message>
        <message>
            <location filename="ui/dialog/series_summary.py" />
            <source>{0}, {1}–{2} {4}. {3} dates booked</source>
            <translation>{0}, {1}–{2} {4}. {3} tanggal dipesan</translation>
        </message>
        <message>
            <location filename="ui/reports/bookings.py" />
            <source>{0}. Bookings found: {1}</source>
            <translation>{0}. Pemesanan ditemukan: {1}</translation>
        </message>
        <message>
            <location filename="ui/event_sheet.py" />
            <source>{0}. Not confirmed: check with the building manager before setting up.</source>
            <translation>{0}. Belum terkonfirmasi: tanyakan kepada manajer gedung sebelum menata aula.</translation>
        </message>
        <message>
            <location filename="ui/models/terms_model.py" />
            <source>{0}: {1:%a %d %b %Y} to {2:%a %d %b %Y} (term #{3})</source>
            <translation>{0}: {1:%a %d %b %Y} sampai {2:%a %d %b %Y} (penugasan #{3})</translation>
        </message>
        <message>
            <location filename="ui/reports/charts.py" />
            <source>{0}: {1} booked ({2} h), {3} checked in ({4} h), of {5} h open</source>
            <translation>{0}: {1} dipesan ({2} jam), {3} check-in ({4} jam), dari {5} jam buka</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <source>{0}: {1} h booked, {2} h checked in, of {3} h open</source>
            <translation>{0}: {1} jam dipesan, {2} jam check-in, dari {3} jam buka</translation>
        </message>
        <message>
            <location filename="ui/reports/models.py" />
            <source>{0}: {1} no-shows of {2} bookings held, {3} cancelled of {4}</source>
            <translation>{0}: {1} tidak hadir dari {2} pemesanan berjalan, {3} dibatalkan dari {4}</translation>
        </message>
        <message>
            <location filename="ui/models/rooms_model.py" />
            <source>{0}: {1} seats; {2}</source>
            <translation>{0}: {1} kursi; {2}</translation>
        </message>
        <message>
            <location filename="ui/loan_letter.py" />
            <source>{0}–{1} WIB</source>
            <translation>{0}–{1} WIB</translation>
        </message>
        <message>
            <location filename="ui/confirmation.py" />
            <source>{0}–{1} {2}</source>
            <translation>{0}–{1} {2}</translation>
        </message>
        <message>
            <location filename="ui/door/window.py" />
            <source>{minutes} min</source>
            <translation>{minutes} menit</translation>
        </message>
        <message>
            <location filename="ui/events/equipment_editor.py" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>“{0}” is new; it is added to the list when you save.</source>
            <translation>“{0}” baru; nama ini ditambahkan ke daftar saat Anda menyimpan.</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <location filename="ui/window_actions.py" />
            <source>▶</source>
            <translation>▶</translation>
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <location filename="ui/window_actions.py" />
            <source>◀</source>
            <translation>◀</translation>
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>◀ &amp;Earlier</source>
            <translation>◀ &amp;Sebelumnya</translation>
        </message>
        <message>
            <location filename="ui/day_sheet.py" />
            <source>✓ checked in</source>
            <translation>✓ sudah check-in</translation>
        </message>
    </context>
</TS>
