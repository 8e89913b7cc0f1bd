package news.credibility.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataTableTests {

    @Test
    void seedsMetadataRecordsTheCrossPostAndTheOutlets() throws IOException {
        MetadataTable table = MetadataTable.readFolder(Path.of("seeds"));

        ArticleMetadata crossPost = table.forStem("000_da6047f014b8b818");
        assertThat(crossPost.outlet()).isEqualTo("Global Research");
        assertThat(crossPost.originalOutlet()).isEqualTo("MintPress News");
        assertThat(crossPost.author()).isEqualTo("Raul Diego");

        ArticleMetadata freeBeacon = table.forStem("002_c0ca0cacc21a58d2");
        assertThat(freeBeacon.outlet()).isEqualTo("Washington Free Beacon");
        assertThat(freeBeacon.date()).isEqualTo("2021-04-01");
        assertThat(freeBeacon.originalOutlet()).isNull();
    }

    @Test
    void aFolderWithoutMetadataGivesNone(@TempDir Path dir) throws IOException {
        assertThat(MetadataTable.readFolder(dir).forStem("anything")).isEqualTo(ArticleMetadata.NONE);
    }

    @Test
    void aRowWithTheWrongNumberOfColumnsNamesFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("metadata.tsv"), "stem\toutlet\tauthor\na\tX\n");
        assertThatThrownBy(() -> MetadataTable.readFolder(dir))
                .hasMessageContaining("metadata.tsv:2")
                .hasMessageContaining("2 columns where the header has 3");
    }

    @Test
    void aHeaderWithoutStemIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("metadata.tsv"), "outlet\tauthor\nX\tY\n");
        assertThatThrownBy(() -> MetadataTable.readFolder(dir)).hasMessageContaining("no 'stem' column");
    }
}
