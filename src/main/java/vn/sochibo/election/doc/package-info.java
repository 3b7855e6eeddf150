/**
 * The files of a round, written from plain records: the count record and the ballot paper (.docx, in the Party's
 * layout and language) and the tally and entry-log workbooks (.xlsx). They never see a repository.
 */
package vn.sochibo.election.doc;
