/**
 * The use cases of a congress, each one transaction: {@code CongressService} (congress and roll),
 * {@code OfficeListService} (offices and lists), {@code ElectionService} (rounds, ballots, the count kept as the
 * record, decisions), {@code ElectionDocumentService} (the files of a round); {@code ElectionStateService} replays an
 * office's rounds for them. The repositories hold the SQL and take the caller's transaction. Wired by
 * {@code core/Services}.
 */
package vn.sochibo.election.service;
