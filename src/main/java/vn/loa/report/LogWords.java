package vn.loa.report;

import java.util.List;
import java.util.function.Function;
import vn.loa.broadcast.BroadcastMessages;
import vn.loa.broadcast.DeliveryState;

/**
 * The words of a log export in one language: column headers (times say they are Vietnam time, UTC+07:00),
 * delivery states as people say them, yes and no, the sheet's name. Codes such as {@code played} stay in the JSON
 * API.
 *
 * @param header    the 16 column headers, in {@link Csv} order
 * @param stateName a delivery state in words
 */
record LogWords(List<String> header, Function<DeliveryState, String> stateName, String yes, String no,
        String sheet) {

    static LogWords of(final LogMessages log, final BroadcastMessages bc) {
        return new LogWords(List.of(log.colBroadcast(), log.bulletin(), log.bulletinTitle(), log.colReceiverId(),
                log.receiver(), log.commune(), log.village(), log.colScheduled(), log.colStarted(), log.colFinished(),
                log.state(), log.colDetail(), log.colReported(), log.colLate(),
                log.colCorrectedBy(), log.colCorrectionOf()), bc::stateName, log.yes(), log.no(),
                log.title());
    }

    /** @param code a {@link DeliveryState} name, as stored */
    String state(final String code) {
        return stateName.apply(DeliveryState.valueOf(code));
    }

    String yesNo(final boolean value) {
        return value ? yes : no;
    }
}
