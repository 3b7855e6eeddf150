-- Where a transferred member goes to (transfer out) or comes from (transfer in): the đảng bộ / chi bộ named on
-- the transfer letter (giấy giới thiệu sinh hoạt đảng). Empty for every other event.
ALTER TABLE member_event ADD COLUMN place VARCHAR(300);
