package news.credibility.extract;

import java.util.List;
import java.util.function.Predicate;

/** Binary search over lists kept in text order (tokens, sentences, names, attributions). */
final class SortedLists {

    private SortedLists() {
    }

    /**
     * The index of the first element for which {@code reached} holds, in a list where it fails for a
     * prefix and holds for the rest ({@code list.size()} if it never holds).
     */
    static <T> int firstReaching(List<T> list, Predicate<? super T> reached) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (reached.test(list.get(mid))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
