-- A restore is recorded in the change log (issue 17; rules in src/site/rules.md, "Sao lưu và khôi phục"): the
-- restored register gets one line saying which backup replaced which data (the counts before and after, and the
-- backup of the replaced data taken just before). Its action is 'RESTORE', its table 'register' (the whole
-- register, not one table's row).
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action;
ALTER TABLE audit_log ALTER COLUMN action SET DATA TYPE VARCHAR(7);
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action CHECK (action IN ('INSERT', 'UPDATE', 'DELETE', 'RESTORE'));
