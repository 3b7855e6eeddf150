-- Every enum-like column holds only the names the program knows (the same names as its Java enums, which jOOQ
-- maps them to: pom.xml, forcedTypes), so a stray value can never enter the register, whatever writes it. A NULL
-- passes a CHECK: optional columns (political theory, a round's decision) stay optional.
-- Rules: src/site/rules.md, "Dữ liệu là hồ sơ: ràng buộc của sổ".

ALTER TABLE member ADD CONSTRAINT member_status_value CHECK (status IN (
    'PROBATIONARY', 'OFFICIAL', 'TEMPORARILY_AWAY', 'EXEMPT', 'SUSPENDED', 'TRANSFERRED_OUT', 'REMOVED', 'EXPELLED', 'DECEASED'));
ALTER TABLE member ADD CONSTRAINT member_political_theory_value CHECK (political_theory IN (
    'CHUA_QUA_DAO_TAO', 'SO_CAP', 'TRUNG_CAP', 'CAO_CAP', 'CU_NHAN'));

ALTER TABLE member_event ADD CONSTRAINT member_event_type_value CHECK (event_type IN (
    'ADMITTED', 'OFFICIAL', 'TRANSFER_IN', 'TRANSFER_OUT', 'TEMPORARY_LEAVE', 'TEMPORARY_RETURN', 'EXEMPTED',
    'EXEMPTION_ENDED', 'SUSPENDED', 'SUSPENSION_ENDED', 'REMOVED', 'EXPELLED', 'READMITTED', 'DECEASED', 'BADGE_AWARDED'));

ALTER TABLE meeting ADD CONSTRAINT meeting_type_value CHECK (meeting_type IN (
    'REGULAR', 'THEMATIC', 'MID_YEAR_REVIEW', 'YEAR_END_REVIEW', 'RESOLUTION_STUDY', 'COMMITTEE', 'EXTRAORDINARY'));
ALTER TABLE meeting_agenda_template ADD CONSTRAINT meeting_agenda_template_type_value CHECK (meeting_type IN (
    'REGULAR', 'THEMATIC', 'MID_YEAR_REVIEW', 'YEAR_END_REVIEW', 'RESOLUTION_STUDY', 'COMMITTEE', 'EXTRAORDINARY'));
ALTER TABLE meeting_agenda_item ADD CONSTRAINT meeting_agenda_item_part_value CHECK (part IN ('OPENING', 'CONTENT', 'CLOSING'));
ALTER TABLE meeting_agenda_template ADD CONSTRAINT meeting_agenda_template_part_value CHECK (part IN ('OPENING', 'CONTENT', 'CLOSING'));
ALTER TABLE meeting_attendance ADD CONSTRAINT meeting_attendance_member_status_value CHECK (member_status IN (
    'PROBATIONARY', 'OFFICIAL', 'TEMPORARILY_AWAY', 'EXEMPT', 'SUSPENDED', 'TRANSFERRED_OUT', 'REMOVED', 'EXPELLED', 'DECEASED'));
ALTER TABLE meeting_resolution ADD CONSTRAINT meeting_resolution_kind_value CHECK (kind IN (
    'ORDINARY', 'ADMISSION', 'OFFICIAL_RECOGNITION', 'REMOVAL', 'EXPULSION'));

ALTER TABLE congress_attendee ADD CONSTRAINT congress_attendee_standing_value CHECK (standing IN (
    'OFFICIAL', 'PROBATIONARY', 'TEMPORARILY_HERE'));
ALTER TABLE congress_attendee ADD CONSTRAINT congress_attendee_situation_value CHECK (situation IN (
    'ACTIVE', 'TEMPORARILY_ELSEWHERE', 'EXEMPT', 'SUSPENDED', 'PROSECUTED_OR_DETAINED'));
ALTER TABLE election_office ADD CONSTRAINT election_office_office_value CHECK (office IN (
    'COMMITTEE', 'SECRETARY', 'DEPUTY', 'DELEGATES'));
ALTER TABLE election_round ADD CONSTRAINT election_round_kind_value CHECK (round_kind IN ('FIRST', 'TIE_BREAK', 'FURTHER'));
ALTER TABLE election_round ADD CONSTRAINT election_round_decision_value CHECK (decision IN ('VOTE_AGAIN', 'STOP'));
ALTER TABLE election_round_result ADD CONSTRAINT election_round_result_outcome_value CHECK (outcome IN (
    'ELECTED', 'ALTERNATE', 'TIED', 'NOT_ELECTED'));

-- A member on a meeting's roll can no longer be deleted: deleting them used to delete their attendance lines
-- (ON DELETE CASCADE), which changed the minutes already written (who was there, the vote base N). The program
-- refused such a deletion already (MemberService.deleteMember); now the database refuses it too, whatever asks.
ALTER TABLE meeting_attendance DROP CONSTRAINT meeting_attendance_member_fk;
ALTER TABLE meeting_attendance ADD CONSTRAINT meeting_attendance_member_fk
    FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE RESTRICT;
