package vn.loa.audio;

import vn.loa.error.UnsupportedMediaTypeException;

/** An upload whose Content-Type announces something other than WAV or MP3. */
final class UnsupportedRecordingTypeException extends UnsupportedMediaTypeException {

    UnsupportedRecordingTypeException(final String contentType) {
        super("recording-type-not-accepted", "Content-Type " + (contentType == null ? "(none)" : "'"
                + contentType.replaceAll("\\p{C}", "?") + "'") + " is not accepted for a recording; send the raw "
                + "file as audio/wav (or audio/x-wav, audio/wave) or audio/mpeg");
    }
}
