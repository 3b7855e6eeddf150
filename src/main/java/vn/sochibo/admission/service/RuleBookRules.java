package vn.sochibo.admission.service;

import java.time.LocalDate;

import vn.sochibo.admission.AdmissionRules;
import vn.sochibo.rulebook.RuleBook;
import vn.sochibo.rulebook.WorkingCalendar;

/** The admission rules answered from a rule book (the register's: the program's values and the clerk's). */
public final class RuleBookRules implements AdmissionRules {

    private final RuleBook book;
    private final WorkingCalendar calendar;

    public RuleBookRules(RuleBook book) {
        this.book = book;
        this.calendar = new WorkingCalendar(book);
    }

    @Override
    public int value(Setting setting, LocalDate at) {
        return Math.toIntExact(book.integer(setting.key(), at));
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        return calendar.plusWorkingDays(from, days);
    }

    @Override
    public boolean holidaysKnown(int year) {
        return calendar.knowsYear(year);
    }
}
