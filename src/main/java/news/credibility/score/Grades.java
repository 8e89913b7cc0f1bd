package news.credibility.score;

/**
 * Labels of the information credibility grades, after the Admiralty code (NATO STANAG 2511). The
 * rules choose the grade; this only names it.
 */
public final class Grades {

    private static final String[] LABELS = {
        "confirmed by independent sources", "probably true", "possibly true", "doubtful", "improbable", "cannot be judged"
    };

    private Grades() {
    }

    public static String label(int grade) {
        if (grade < 1 || grade > 6) {
            throw new IllegalArgumentException("grade " + grade + " is not 1 to 6");
        }
        return LABELS[grade - 1];
    }
}
