package news.credibility.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertThat(Csv.row("a", "b,c", "say \"hi\"", "two\nlines", null, 7)).isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",,7");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(Csv.row("=HYPERLINK(\"x\")", "+1", "@sum", -5)).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",'+1,'@sum,-5");
    }
}
