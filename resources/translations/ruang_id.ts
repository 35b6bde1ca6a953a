<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
    <context>
        <name>Ruang</name>
        <message>
            <location filename="ui/dialog/frame.py" />
            <source> (and {0} more)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_summary.py" />
            <source> ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source> and {0} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source> for {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <location filename="ui/find_room.py" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/side_panel.py" />
            <source> or more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source> · {0} people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;About Ruang</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Accounts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <location filename="ui/manage/closures.py" />
            <source>&amp;Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>&amp;Again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>&amp;All dates (those already past stay as they were)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/asks.py" />
            <location filename="ui/events/requests.py" />
            <source>&amp;Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>&amp;Assign to team…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/events/dialog.py" />
            <source>&amp;Attendees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>&amp;Booking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Bookings list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Building</source>
            <translation>&amp;Gedung</translation>
        </message>
        <message>
            <location filename="Qt" />
            <source>&amp;Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Cancel booking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>&amp;Cancel them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>&amp;Cancel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>&amp;Catering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/closure_form.py" />
            <source>&amp;Closes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Closures…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>&amp;Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>&amp;Current password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>&amp;Days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/asks.py" />
            <source>&amp;Decline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>&amp;Decline…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>&amp;Disable…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>&amp;Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Sunting</translation>
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>&amp;Enable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Expand all floors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Find bookings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/closure_form.py" />
            <location filename="ui/manage/term_forms.py" />
            <source>&amp;First day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Floor plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/events/dialog.py" />
            <source>&amp;For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>&amp;Hall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Help</source>
            <translation>Ban&amp;tuan</translation>
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>&amp;History…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>&amp;Internal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>&amp;Keep them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/closure_form.py" />
            <location filename="ui/manage/term_forms.py" />
            <source>&amp;Last day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>&amp;Later ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <source>&amp;Make {0} more dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>&amp;Move to another room…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;New booking</source>
            <translation>&amp;Pesan baru</translation>
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>&amp;New password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/when_editor.py" />
            <source>&amp;Nightly teardown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>&amp;No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>&amp;Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>&amp;OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Open booking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>&amp;Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/override.py" />
            <source>&amp;Override and save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>&amp;Override…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>&amp;Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <location filename="ui/booking_dialog.py" />
            <source>&amp;Print confirmation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>&amp;Print event sheet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Print the day's sheet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>&amp;Public (open to visitors)</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/released_today.py" />
            <source>&amp;Reinstate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Released today…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <location filename="ui/window_actions.py" />
            <source>&amp;Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/closures.py" />
            <source>&amp;Remove…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>&amp;Request event…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>&amp;Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>&amp;Role…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/series_editor.py" />
            <source>&amp;Room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>&amp;Room:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <location filename="Qt" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>&amp;Save this date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <location filename="ui/series_editor.py" />
            <source>&amp;Save {0} dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>&amp;Send request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>&amp;Series…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>&amp;Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>&amp;Team:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Terms planner…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>&amp;This week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>&amp;Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>&amp;Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/events/dialog.py" />
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <location filename="ui/session/signin.py" />
            <source>&amp;User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>&amp;Verify the chain</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>&amp;Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>&amp;Withdraw the whole term instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>&amp;Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>'{0}' ({1} {2:%H:%M})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <location filename="ui/dialog/series_summary.py" />
            <source>'{0}' in {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_actions.py" />
            <source>'{0}' is not part of a series.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/month.py" />
            <source>+{0} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>, every {0} {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>, until {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_summary.py" />
            <source>, {0:%a %d %b %Y} to {1:%a %d %b %Y}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>, {0} people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>, {0} times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/printing.py" />
            <location filename="ui/search_panel.py" />
            <source>1 booking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>1 booking in it was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>1 booking in it was kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>1 booking still to come falls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>1 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/widgets.py" />
            <source>1 seat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>2 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>30 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>A new password for {0}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>Abort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>About Ruang</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>Accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/search_panel.py" />
            <source>Active (not cancelled or past)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>Added {0}; it has no password until you set one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/control.py" />
            <source>administrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <location filename="ui/dialog/repeat_editor.py" />
            <source>after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>Agenda for {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/search_panel.py" />
            <source>All floors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/side_panel.py" />
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/search_panel.py" />
            <source>All rooms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/cards.py" />
            <source>Already booked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Also show requests that were declined, expired or withdrawn (struck through)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/alternatives.py" />
            <source>Alternatives — one click applies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/side_panel.py" />
            <source>Amenity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>An account without a password signs in with the password left empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_summary.py" />
            <source>and {0} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>Another desk changed this booking since you opened it (now {0}, {1:%a %d %b} {1:%H:%M}–{2:%H:%M}). Reload to continue from their version; what you typed stays where it still applies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>another desk changed this booking; press Reload to edit the latest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>Another desk has {0} this booking since you opened it; it can no longer be changed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>another desk has {0} this booking; close the form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>any</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>any account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/side_panel.py" />
            <source>Any amenity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/find_room.py" />
            <source>Any floor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/find_room.py" />
            <location filename="ui/side_panel.py" />
            <source>any number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/search_panel.py" />
            <source>Any organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/search_panel.py" />
            <source>Any status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>Anything the room set-up or the front desk should know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>Appl&amp;y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/asks.py" />
            <source>Approve request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/asks.py" />
            <source>Approve “{0}” ({1}, {2})? The hall is booked for it and the organizer is told.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>Approve: the hold becomes a confirmed booking of the hall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/month.py" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Approved '{0}': {1} is booked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Ask for the hall, Hall A or Hall B; it is held for you until a manager decides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>Asked by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>Asked by {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>Assign to team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Assigned to a team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/equipment_editor.py" />
            <source>at most {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>attendees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <location filename="ui/events/dialog.py" />
            <source>Audience</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Audit &amp;trail…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>Audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Book the dates that are free and leave out the ones that clash or break a rule. Holidays and closures are always left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>Book the next free slot…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Booked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Booked (organization shown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/figures.py" />
            <source>Booked now: rooms held by a booking or a team's term at this moment.
Checked in: of those, the rooms whose guests have arrived.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/cards.py" />
            <source>Booking #{0}, booked by {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_tabs.py" />
            <source>Bookings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>Bookings in the way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/released_today.py" />
            <source>Bookings released today because nobody checked in. Reinstate one when its guests turn up late: it comes back checked in, if the booking rules allow it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>Both of you changed {0}: check it before saving.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/figures.py" />
            <source>Building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <location filename="ui/events/dialog.py" />
            <location filename="ui/make_repeating.py" />
            <location filename="ui/session/signin.py" />
            <location filename="Qt" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="ui/dialogs.py" />
            <source>Cancel '{0}' in {1}, {2:%a %d %b %H:%M}–{3:%H:%M}?
Say why (the reason is kept with the booking):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialogs.py" />
            <source>Cancel booking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_cancel.py" />
            <source>Cancel dates of a series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Cancel every date from today on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Cancel from this &amp;date…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Cancel only {0:%a %d %b}; the series goes on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Cancel the &amp;series…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_cancel.py" />
            <source>Cancel the dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Cancel this &amp;date…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Cancel {0:%a %d %b} and every date after it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Cancelled '{0}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/undo.py" />
            <source>Cannot redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Cannot send yet: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/undo.py" />
            <source>Cannot undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>Catering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Change &amp;time…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Change how it re&amp;peats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Change or cancel this date, the following ones or the whole series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>Change this date and the following ones, or the whole series (what is typed here is not saved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialogs.py" />
            <source>Change time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>Changed at another desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_summary.py" />
            <source>Changed on their own; series edits keep them as they are:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Changeover: {0} min before, {1} min after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/cards.py" />
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Check &amp;database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <location filename="ui/booking_dialog.py" />
            <location filename="ui/window_actions.py" />
            <source>Check &amp;in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/database_check.py" />
            <source>Check database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>Check in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>Check that no entry was changed, deleted, inserted or reordered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>checked in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Checked in '{0}' in {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/database_watch.py" />
            <source>Checking the database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>Choose a booking in the agenda to check its guests in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Choose a layout…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <source>choose how the booking repeats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>choose how the series repeats (to end it, cancel the dates instead)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/when_editor.py" />
            <source>Clear the hall each night: every day runs from the start time to the end time. Without it the hall stays set up through the nights.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>Click an event in the calendar or a request to see it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <location filename="Qt" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>Close the room panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Close without asking (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <location filename="ui/series_editor.py" />
            <source>Close without saving (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/closures.py" />
            <source>Closed {0}: {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>closed, left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>closure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/closures.py" />
            <source>Closures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Colour by organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Contact on the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>Contact person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/cards.py" />
            <source>Contact: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/models/bookings_table_model.py" />
            <source>Contact: {0} {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>Crew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Daily</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_status.py" />
            <source>Database: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>Dates in this series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Dates this change touches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>Decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/asks.py" />
            <source>Decline request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>Decline with a reason: the hall is free again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>declined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Declined '{0}': {1} is free again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>Disable {0}? They can no longer sign in; their bookings stay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Does not repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>does not repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>Don't Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>E&amp;nd term…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>e.g. Coffee break at 10:00, lunch boxes (halal) for all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>e.g. sari (letters, digits, . - _)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/override.py" />
            <source>e.g. The director approved the early start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/asks.py" />
            <source>e.g. The hall is needed for the ministry visit that day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>Edit booking #{0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>Edit s&amp;eries…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>Edit the booking as it is now; what you typed stays where it still applies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>End term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/events/when_editor.py" />
            <source>Ends (in 15-minute steps)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/equipment_editor.py" />
            <location filename="ui/events/details.py" />
            <source>Equipment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>Equipment: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_tabs.py" />
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/find_room.py" />
            <source>Every room is taken or closed then: try another start or a shorter length.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Every weekday (Monday to Friday)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Export PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Export PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Export the floor plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Exported the floor plan to {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Find a &amp;room…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/find_room.py" />
            <source>Find a room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Fit the plan to the window (0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/find_room.py" />
            <source>Floor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_tabs.py" />
            <source>Floor plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Floor plan — {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/find_room.py" />
            <location filename="ui/search_panel.py" />
            <source>For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/cards.py" />
            <source>For {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/models/bookings_table_model.py" />
            <location filename="ui/events/view.py" />
            <source>For: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>fourth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Free</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>free</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/side_panel.py" />
            <source>Free now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Fri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Friday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/find_room.py" />
            <location filename="ui/search_panel.py" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>From the other desk: {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/control.py" />
            <source>front desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/reason.py" />
            <source>Give a reason first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>half</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>Hall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Hall &amp;events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/when_editor.py" />
            <source>Hall blocked {0}–{1} with setup and teardown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>Held until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>Held until {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>Hide Details...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>History of booking #{0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/equipment_editor.py" />
            <source>How many {0} (up to {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>how many?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>Ignore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>In use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>In use (checked in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_cancel.py" />
            <source>Keep them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>kept as it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>Kept as you typed: {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/side_panel.py" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/events/dialog.py" />
            <source>La&amp;yout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>Layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>Length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>Lock a window left idle after (minutes):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Locked. {0} is signed in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Make &amp;repeating…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <source>Make repeating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <source>Make the series (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/control.py" />
            <source>manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Minutes the crew needs after the event (15-minute steps)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Minutes the crew needs before the event (15-minute steps); the hall is blocked from then</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Mon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Monday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Monthly on day {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Monthly on the {0} {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/undo.py" />
            <source>Move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialogs.py" />
            <source>Move '{0}' ({1:%a %d %b %H:%M}–{2:%H:%M}) to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialogs.py" />
            <source>Move to another room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Moved '{0}' to {1}, {2:%a %d %b %H:%M}–{3:%H:%M}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>N&amp;o to All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>New &amp;last day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>New account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>New booking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/closure_form.py" />
            <source>New closure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialogs.py" />
            <source>New time for '{0}' in {1}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Next day or week (Alt+Right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>Next free for {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>Next free: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Next month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Next: nothing more today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Next: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/released_today.py" />
            <source>No booking has been released today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/search_panel.py" />
            <source>No bookings match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>No bookings this day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_summary.py" />
            <source>No date has been changed on its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>No free slot of that length in the next 30 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/alternatives.py" />
            <source>No free time in the next 30 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <source>No later date is free.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>No other room is free for '{0}' then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/alternatives.py" />
            <source>No other room that fits is free then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>No password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>No requests are waiting for a decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/find_room.py" />
            <source>No room is free {0:%a %d %b %H:%M}–{1:%H:%M} for this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>not allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Not approved: the request still waits for a decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Not bookable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <location filename="ui/series_editor.py" />
            <source>Not cancelled: a reason is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <location filename="ui/series_editor.py" />
            <source>Not cancelled: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>Not changed: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <location filename="ui/booking_dialog.py" />
            <source>Not checked in: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Not declined: a reason is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Not exported: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <location filename="ui/events/view.py" />
            <source>Not moved: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>not open today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/printing.py" />
            <source>Not printed: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Not reinstated: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/closures.py" />
            <source>Not removed: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>Not saved: an override needs a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/closure_form.py" />
            <location filename="ui/manage/term_forms.py" />
            <source>Not saved: the bookings in the way were left as they are. Change the days, or save again to choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <location filename="ui/manage/closure_form.py" />
            <location filename="ui/manage/term_forms.py" />
            <location filename="ui/events/view.py" />
            <location filename="ui/make_repeating.py" />
            <location filename="ui/session/accounts_screen.py" />
            <location filename="ui/printing.py" />
            <location filename="ui/series_editor.py" />
            <source>Not saved: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Not sent: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>Not set: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Not {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>nothing is changed yet: choose another room, time or title, or change how it repeats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/time_bar.py" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Now: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/equipment_editor.py" />
            <source>of {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>On the &amp;day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>On the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Only &amp;this date, {0:%a %d %b %Y}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Only a manager may approve or decline a request (signed in as {0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>Only managers and administrators can assign rooms to teams or end terms.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Open forms are closed first; what they hold is not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>open {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_status.py" />
            <source>Opening the database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>Optional, for the audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>Optional; given as the reason to bookings it cancels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Or&amp;ganizer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Organization it is for (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>Organization or team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>Organization the room is for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>Organizer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/control.py" />
            <source>organizer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/find_room.py" />
            <source>Other rooms are free then: ask for fewer seats, fewer amenities or any floor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/alternatives.py" />
            <source>Other rooms free at this time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/override.py" />
            <source>Override a booking rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Page Up: the floor above · Page Down: the floor below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Part of series #{0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <location filename="ui/session/control.py" />
            <source>Password set for {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/events/dialog.py" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>PNG images (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Previous day or week (Alt+Left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Previous month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>Print the booking as saved, for the guest (changes in the form are not printed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/printing.py" />
            <source>Print the confirmation of '{0}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/printing.py" />
            <source>Print the day sheet of {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>Re&amp;peat: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Ready to save {0:%a %d %b %Y} only: {1}, {2}–{3} WIB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>Ready to save {0} dates in {1}, {2:%a %d %b} to {3:%a %d %b %Y}, {4}–{5} WIB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Ready to save {0} dates in {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>Ready to save: {0}, {1:%a %d %b %Y}, {2}–{3} WIB. Press Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Ready to send: {0}, {1:%a %d %b %Y} {2}–{3} WIB. The hall is held for you until a manager decides.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_status.py" />
            <source>Ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <source>Ready: {0} more dates, up to {1:%a %d %b %Y}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/undo.py" />
            <source>Redone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Reinstated '{0}' in {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Reinstated '{0}' in {1}; its guests are checked in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>released</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Released as no-shows: {0}. View → Released today brings one back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/released_today.py" />
            <source>Released today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/main_window.py" />
            <location filename="ui/dialog/stale.py" />
            <source>Reloaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/closures.py" />
            <source>Removed the closure of {0} ({1}); it can be booked again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Rep&amp;eats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>Repeat this booking daily, weekly or monthly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Request the hall for an event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Requested '{0}' in {1}: the hall is held until a manager decides.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/month.py" />
            <source>Requested (tentative hold)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/undo.py" />
            <source>Resize</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>Restore Defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>Role of {0}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Ruang books the rooms of the Coding Factory, KEK Singhasari, Malang.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Ruang is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/main_window.py" />
            <source>Ruang — Coding Factory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <location filename="ui/series_editor.py" />
            <source>S&amp;kip dates that cannot be booked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>S&amp;witch user…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Sat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Saturday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>Save All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>Save despite the booking rule, giving a reason for the audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/asks.py" />
            <source>Save event sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <location filename="ui/make_repeating.py" />
            <location filename="ui/series_editor.py" />
            <source>Save is off: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>Save the booking (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Save the change (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Save the dates that are free and leave out the ones that clash or break a rule.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/printing.py" />
            <source>Save the day sheet as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Save the day's sheet as P&amp;DF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>Save the run sheet for the hall crew and the front desk as a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_flow.py" />
            <source>Saved '{0}' in {1}, {2:%a %d %b %H:%M}–{3:%H:%M}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Saved '{0}' on {1:%a %d %b} only; the rest of the series is as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/printing.py" />
            <source>Saved the day sheet of {0} ({1}) to {2}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Saved the event sheet of '{0}' to {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_flow.py" />
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_cancel.py" />
            <source>Say why (the reason is kept with each booking):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Search bookings (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/search_panel.py" />
            <source>Search bookings: title, organization, contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/find_room.py" />
            <location filename="ui/side_panel.py" />
            <source>Seats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/main_window.py" />
            <source>Select a booking to check its guests in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>Select All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>Select weeks of one room (drag, or Shift+arrows), then Assign to team…; select a week of a term to end it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Send the request to a manager (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/printing.py" />
            <source>Sent the confirmation of '{0}' (#{1}) to {2}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/printing.py" />
            <source>Sent the day sheet of {0} ({1}) to {2}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>Series #{0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <location filename="ui/series_actions.py" />
            <location filename="ui/series_editor.py" />
            <source>Series saved: {0} dates booked, {1} skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>Set &amp;password…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>Set a password now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Set my pass&amp;word…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>Set password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>Set password…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Set&amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>setup from {0} ({1} min), teardown until {2} ({3} min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>Setup from {0}, teardown until {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/closures.py" />
            <source>Show &amp;past closures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Show declined &amp;&amp; expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>Show Details...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/time_bar.py" />
            <source>Show the present and follow the clock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/closure_form.py" />
            <source>Shown to the desk, e.g. Electrical work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Sign in to Ruang</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/main_window.py" />
            <source>Signed in as {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_status.py" />
            <source>Signed in: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_status.py" />
            <source>Signing in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>someone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Soon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>Standard · {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>Start typing to pick one; a new name is added when you save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/events/when_editor.py" />
            <source>Starts (in 15-minute steps)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Starts within 15 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Status: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_status.py" />
            <source>Still opening the database; try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Sun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Sunday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Switch &amp;user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Switch user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>T&amp;itle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Tear&amp;down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>Terms planner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>The audit trail is broken at entry #{0} ({1}): {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>The audit trail is whole: {0} entries, none changed, deleted, inserted or reordered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <source>the booking it is made from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/closures.py" />
            <source>The building or a room is closed on these days. Only managers and administrators can add or remove closures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/closures.py" />
            <source>The building or a room is closed on these days: nobody can book it then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/database_check.py" />
            <source>The database could not be checked: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/database_check.py" />
            <source>The database has {0} problem(s):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/database_check.py" />
            <source>The database is healthy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>The date (Alt+Down opens the calendar)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/when_editor.py" />
            <source>The first day (Alt+Down opens the calendar)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>The guests have arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>The guests have arrived (changes in the form are not saved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/month.py" />
            <source>The hall is free; double-click to request it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/form.py" />
            <source>The last day ({0:%a %d %b %Y}) is before the first ({1:%a %d %b %Y}); choose the days again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/when_editor.py" />
            <source>The last day; a later date makes a multi-day event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>The organization an organizer acts for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/printing.py" />
            <source>the printer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/cards.py" />
            <source>The room or the time needs a change; see the red lines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>The series repeats by a rule the choices cannot show ({0}); a new choice replaces it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>The term of {0} for {1} now ends on {2:%a %d %b %Y}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>The term of {0} for {1} was withdrawn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>The two do not match yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/closure_form.py" />
            <source>The whole building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/closures.py" />
            <source>the whole building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>third</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>This date and the &amp;following ones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>This date belongs to series #{0}; changes here apply to this date only. “Edit series…” changes the following dates or all of them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>This month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/room_panel.py" />
            <source>This room is not bookable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Thu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Thursday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/time_bar.py" />
            <source>Time of day, in 15-minute steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_tabs.py" />
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/stale.py" />
            <source>title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/search_panel.py" />
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Tue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Tuesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Type the password to go on where you left off, or switch user.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Type your user name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/undo.py" />
            <source>Undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>until {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Waiting for a decision ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Wed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Wednesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Weekly on {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>Weekly on…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/repeat_editor.py" />
            <source>weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>What is it? e.g. Product launch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>What is it? e.g. Sprint planning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>When someone other than {0} signs in, {0}'s open forms are closed unsaved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <source>Who booked and changed this booking, when and why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/signin.py" />
            <source>Who is at the desk?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>Who organizes it, e.g. Dewi Lestari</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Whole building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>whole, both halves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/asks.py" />
            <source>Why is “{0}” ({1}, {2}) declined? The organizer sees this reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/series_editor.py" />
            <location filename="ui/events/when_editor.py" />
            <source>WIB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>Windows left idle now lock after {0} minutes (from their next sign-in).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/find_room.py" />
            <source>With</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="Qt" />
            <source>Yes to &amp;All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Zoom &amp;in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>Zoom &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Zoom in (+, Ctrl+wheel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>Zoom out (−, Ctrl+wheel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <source>{0:%a %d %b %Y}, {1}–{2} WIB becomes the first date of a series; the dates after it are booked with the same room, time and details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/alternatives.py" />
            <source>{0:%a %d %b}   {1}–{2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/cards.py" />
            <source>{0:%a %d %b}, {1}–{2} in {3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_summary.py" />
            <source>{0:%a %d %b}, {1}–{2}, {3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>{0:%d %b %Y} – {1:%d %b %Y}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/override.py" />
            <source>{0}

Why save it anyway? The reason is kept in the audit trail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/widgets.py" />
            <source>{0}  ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/models/bookings_table_model.py" />
            <source>{0} (+{1} d)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/search_panel.py" />
            <source>{0} (retired)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>{0} (whole) · {1} seats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/main_window.py" />
            <source>{0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>{0} ({1}) · up to {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/series_editor.py" />
            <source>{0} ({1}) · {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_actions.py" />
            <source>{0} ({1}) · {2} seats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/alternatives.py" />
            <source>{0} ({1}) · {2} · floor {3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/figures.py" />
            <source>{0} / {1} rooms booked now ({2}%) · {3} checked in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>{0} / {1} rooms booked · {2} checked in · {3} / {4} seats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/floorplan/figures.py" />
            <source>{0} / {1} seats booked · {2} checked in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/asks.py" />
            <location filename="ui/printing.py" />
            <source>{0} already exists. Replace it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <source>{0} attendees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/printing.py" />
            <location filename="ui/search_panel.py" />
            <source>{0} bookings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>{0} bookings in it were cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>{0} bookings in it were kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>{0} bookings still to come fall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>{0} cannot be booked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>{0} changed on its own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>{0} dates: {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/when_editor.py" />
            <source>{0} days straight: set up from {1:%a %H:%M}, cleared by {2:%a %H:%M}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/when_editor.py" />
            <source>{0} days, {1}–{2} each day; cleared every night.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/audit_view.py" />
            <source>{0} entries, oldest first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>{0} free</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/passwords.py" />
            <source>{0} has no password, so anyone at this desk can approve events, override rules and change closures as {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/control.py" />
            <source>{0} has no password: anyone at this desk can act as {0}. Set one with File → Set my password….</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>{0} holds up to {1}; the layout decides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>{0} holds {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/affected.py" />
            <source>{0} in this {1}. Keep them (they stay booked), or cancel them (each is cancelled with the reason given, and the audit trail says so). Back saves nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>{0} is assigned to {1} from {2:%a %d %b %Y} to {3:%a %d %b %Y} (term #{4}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>{0} is assigned to {1} from {2:%a %d %b %Y} to {3:%a %d %b %Y}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>{0} is disabled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>{0} is enabled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/cards.py" />
            <source>{0} is free {1:%a %d %b}, {2}–{3}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/session/accounts_screen.py" />
            <source>{0} is now {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_preview.py" />
            <source>{0} left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/booking_dialog.py" />
            <location filename="ui/series_editor.py" />
            <location filename="ui/dialog/series_summary.py" />
            <source>{0} left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/window_actions.py" />
            <source>{0} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/make_repeating.py" />
            <source>{0} of {1} dates cannot be booked ({2:%a %d %b}: {3}); tick “Skip dates that cannot be booked” or change how it repeats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/series_editor.py" />
            <source>{0} of {1} dates cannot be booked ({2}); tick “Skip dates that cannot be booked” or change the series</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/equipment_editor.py" />
            <source>{0} of {1} free then</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>{0} of {1} seats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/requests.py" />
            <source>{0} people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/find_room.py" />
            <source>{0} rooms free {1:%a %d %b %H:%M}–{2:%H:%M}; best fit first. Enter or a click books the one chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/widgets.py" />
            <location filename="ui/events/wording.py" />
            <source>{0} seats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/dialog.py" />
            <source>{0} seats {1} in the {2} layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <location filename="ui/events/dialog.py" />
            <location filename="ui/events/wording.py" />
            <source>{0} · {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/term_forms.py" />
            <source>{0} · {1} seats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/wording.py" />
            <source>{0} · {1} seats · {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/search_panel.py" />
            <source>{0}+ bookings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/alternatives.py" />
            <source>{0}, next free times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/models/bookings_table_model.py" />
            <source>{0}, {1:%Y-%m-%d %H:%M}–{2:%H:%M} WIB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>{0}, {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/details.py" />
            <source>{0}, {1} expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/series_summary.py" />
            <source>{0}, {1}–{2} WIB. {3} dates booked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/equipment_editor.py" />
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/dialog/booking_fields.py" />
            <source>“{0}” is new; it is added to the list when you save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <location filename="ui/window_actions.py" />
            <source>▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/events/view.py" />
            <location filename="ui/window_actions.py" />
            <source>◀</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="ui/manage/terms_planner.py" />
            <source>◀ &amp;Earlier</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
