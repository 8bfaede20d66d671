package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    private static ByteRange part(final String header, final long length) {
        return assertInstanceOf(ByteRange.Part.class, ByteRange.parse(header, length)).range();
    }

    @Test
    void parse_firstAndLast_returnsThatRange() {
        assertEquals(new ByteRange(10, 19), part("bytes=10-19", 100));
    }

    @Test
    void parse_lastBeyondEnd_clampsToFileEnd() {
        assertEquals(new ByteRange(90, 99), part("bytes=90-500", 100));
    }

    @Test
    void parse_openEnded_runsToFileEnd() {
        assertEquals(new ByteRange(95, 99), part("bytes=95-", 100));
    }

    @Test
    void parse_suffix_returnsLastBytes() {
        assertEquals(new ByteRange(70, 99), part("bytes=-30", 100));
    }

    @Test
    void parse_suffixLongerThanFile_returnsWholeFileAsRange() {
        assertEquals(new ByteRange(0, 99), part("bytes=-500", 100));
    }

    @Test
    void parse_firstAtOrBeyondEnd_isUnsatisfiable() {
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.parse("bytes=100-", 100));
    }

    @Test
    void parse_zeroSuffix_isUnsatisfiable() {
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.parse("bytes=-0", 100));
    }

    @Test
    void parse_multipleRanges_returnsWhole() {
        assertInstanceOf(ByteRange.Whole.class, ByteRange.parse("bytes=0-1,5-6", 100));
    }

    @Test
    void parse_malformedOrMissing_returnsWhole() {
        assertInstanceOf(ByteRange.Whole.class, ByteRange.parse(null, 100));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.parse("bytes=20-10", 100));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.parse("items=0-1", 100));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.parse("bytes=-", 100));
    }

    @Test
    void contentRange_formatsFirstLastAndLength() {
        assertEquals("bytes 0-9/100", new ByteRange(0, 9).contentRange(100));
    }
}
