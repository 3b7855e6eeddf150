package vn.sochibo.admission;

/** Who introduces the candidate (294-QĐ/TW, 3.1–3.2; src/site/rules.md, "Kết nạp đảng viên (admission)"). */
public enum IntroducerRoute {
    /** Two official members who worked, studied or lived with the candidate for at least 12 months. */
    TWO_MEMBERS,
    /** The Youth Union's resolution plus one official member (candidates of youth age). */
    YOUTH_UNION,
    /** The trade union's resolution plus one official member. */
    TRADE_UNION;

    /** How many introducing members the route needs. */
    public int membersNeeded() {
        return this == TWO_MEMBERS ? 2 : 1;
    }
}
