package news.credibility.cli;

/** The command line was written wrongly (unknown option, missing value): exit code 2 with the usage. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
