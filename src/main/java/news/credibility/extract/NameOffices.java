package news.credibility.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import news.credibility.extract.NameIndex.Name;

/**
 * The offices of the article's names, for {@link NameIndex}: the office the text gives a full
 * name or a surname, the political cue of a surname ("the Trump campaign"), else the gazetteer's.
 * Kept apart from the index of who is who, which it only asks for full names by surname.
 */
final class NameOffices {

    private final NameIndex index;
    /** The first office the article gives each full name (lower case, honorific-free). */
    private final Map<String, String> officeByFullName = new HashMap<>();
    /** The first office the article gives any mention of a surname (for surnames it gives no full name to). */
    private final Map<String, String> officeBySurname = new HashMap<>();
    /** Surnames the article speaks of as a candidate's or office holder's ("the Trump campaign"), with the cue. */
    private final Map<String, String> politicalSurnames;

    /** Well-known office holders, for the names the article gives no office. */
    private final OfficeHolders gazetteer;

    NameOffices(NameIndex index, Map<String, String> politicalSurnames, OfficeHolders gazetteer) {
        this.index = index;
        this.gazetteer = gazetteer;
        this.politicalSurnames = politicalSurnames;
        for (Name n : index.names()) {
            Name full = NameIndex.isFullName(n) ? n : index.onlyFullName(n.last());
            if (n.role() != null && full != null) {
                officeByFullName.putIfAbsent(NameIndex.key(full), n.role());
            }
            if (n.role() != null) {
                officeBySurname.putIfAbsent(n.last(), n.role());
            }
        }
    }

    /** The office the article gives the person {@code n} names, anywhere: by its own text, else by its full name. */
    String officeOf(Name n) {
        String inText = officeInText(n);
        return inText != null ? inText : listedOffice(n);
    }

    /**
     * The gazetteer's office for {@code n} where the text gives none: its full name's (or, for a bare
     * surname, that of the full name the article gives it first), else the bare surname's where the
     * article names nobody of that surname in full.
     */
    private String listedOffice(Name n) {
        if (NameIndex.isFullName(n)) {
            return gazetteer.roleOfFullName(n.name());
        }
        Name full = index.fullNameOf(n);
        List<Name> fulls = index.fullNamesOf(n.last());
        if (full == null && !fulls.isEmpty()) {
            full = fulls.get(0);
        }
        return full != null ? gazetteer.roleOfFullName(full.name()) : gazetteer.roleOfSurname(n.last());
    }

    private String officeInText(Name n) {
        if (n.role() != null) {
            return n.role();
        }
        Name full = index.fullNameOf(n);
        String office = full == null ? null : officeByFullName.get(NameIndex.key(full));
        if (office != null) {
            return office;
        }
        List<Name> fulls = index.fullNamesOf(n.last());
        String cue = politicalSurnames.get(n.last());
        if (fulls.isEmpty()) {
            office = officeBySurname.get(n.last());
            return office != null ? office : cue;
        }
        if (full != null) {
            return NameIndex.isFullName(n) && index.onlyFullName(n.last()) == null && !NameIndex.key(fulls.get(0)).equals(NameIndex.key(n)) ? null : cue;
        }
        // a bare surname two people share: the one the article introduces first is the likelier
        office = officeByFullName.get(NameIndex.key(fulls.get(0)));
        return office != null ? office : cue;
    }

    /**
     * The office of the full name ending in {@code surname}: of its one person, or where the article
     * names two people so, of the one it introduces first (the likelier, as in {@link #officeOf}).
     */
    String officeOfSurname(String surname) {
        List<Name> fulls = index.fullNamesOf(surname);
        Name full = fulls.isEmpty() ? null : index.onlyFullName(surname) != null ? index.onlyFullName(surname) : fulls.get(0);
        String office = full == null ? null : officeByFullName.get(NameIndex.key(full));
        office = office != null ? office : politicalSurnames.get(surname);
        if (office != null) {
            return office;
        }
        return full != null ? gazetteer.roleOfFullName(full.name()) : gazetteer.roleOfSurname(surname);
    }
}
