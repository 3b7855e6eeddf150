-- Party years and reminders read only a few event types; find them without scanning every event.
CREATE INDEX member_event_type_idx ON member_event (event_type, member_id);
