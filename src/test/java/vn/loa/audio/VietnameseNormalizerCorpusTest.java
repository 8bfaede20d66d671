package vn.loa.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Realistic commune bulletins (vaccination, harvest, floods and landslides, cold, meetings, fees) and exactly what
 * espeak-ng is given to say. Reviewed by reading each line aloud; change an expectation only after doing the same.
 */
class VietnameseNormalizerCorpusTest {

    static Stream<Arguments> bulletins() {
        return Stream.of(
                Arguments.of("Thông báo của UBND xã Nậm Có: ngày 06/12/2026 Trạm y tế tổ chức tiêm chủng cho trẻ dưới 5 tuổi.",
                        "Thông báo của Ủy ban nhân dân xã Nậm Có: ngày sáu tháng mười hai năm hai nghìn không trăm hai mươi sáu Trạm y tế tổ chức tiêm chủng cho trẻ dưới năm tuổi."),
                Arguments.of("Buổi tiêm bắt đầu từ 7h30 đến 11h, các gia đình mang theo sổ tiêm và thẻ BHYT.",
                        "Buổi tiêm bắt đầu từ bảy giờ ba mươi phút đến mười một giờ, các gia đình mang theo sổ tiêm và thẻ bảo hiểm y tế."),
                Arguments.of("HTX Tân Tiến thông báo lịch thu hoạch lúa: thôn Tà Xùa gặt từ 15/10, thôn Háng Đồng gặt từ 21/10.",
                        "hợp tác xã Tân Tiến thông báo lịch thu hoạch lúa: thôn Tà Xùa gặt từ ngày mười lăm tháng mười, thôn Háng Đồng gặt từ ngày hai mươi mốt tháng mười."),
                Arguments.of("Giá thuê máy gặt là 350.000đ mỗi sào, thanh toán cho HTX trước ngày 30/10.",
                        "Giá thuê máy gặt là ba trăm năm mươi nghìn đồng mỗi sào, thanh toán cho hợp tác xã trước ngày ba mươi tháng mười."),
                Arguments.of("Cảnh báo lũ quét: lượng mưa đêm nay có thể đạt 100-150mm, mực nước suối Nậm Kim dâng cao 2,5 m.",
                        "Cảnh báo lũ quét: lượng mưa đêm nay có thể đạt một trăm đến một trăm năm mươi mi-li-mét, mực nước suối Nậm Kim dâng cao hai phẩy năm mét."),
                Arguments.of("Bà con thôn Mường Kim không đi qua ngầm tràn, di chuyển gia súc lên chỗ cao trước 17:00.",
                        "Bà con thôn Mường Kim không đi qua ngầm tràn, di chuyển gia súc lên chỗ cao trước mười bảy giờ."),
                Arguments.of("Tuyến QL32 đoạn qua đèo Khau Phạ sạt lở khoảng 3 km, cấm xe từ 18h hôm nay.",
                        "Tuyến quốc lộ ba mươi hai đoạn qua đèo Khau Phạ sạt lở khoảng ba ki-lô-mét, cấm xe từ mười tám giờ hôm nay."),
                Arguments.of("Đêm nay nhiệt độ xuống -2°C, bà con che chắn chuồng trại cho trâu bò.",
                        "Đêm nay nhiệt độ xuống âm hai độ xê, bà con che chắn chuồng trại cho trâu bò."),
                Arguments.of("Mời bà con dự họp thôn lúc 19 giờ 30 tối thứ sáu tại nhà văn hóa, bàn việc làm đường bê tông dài 1.200 m.",
                        "Mời bà con dự họp thôn lúc mười chín giờ ba mươi phút tối thứ sáu tại nhà văn hóa, bàn việc làm đường bê tông dài một nghìn hai trăm mét."),
                Arguments.of("Mức đóng quỹ phòng chống thiên tai năm 2026 là 50k mỗi lao động, hạn nộp tháng 11/2026.",
                        "Mức đóng quỹ phòng chống thiên tai năm hai nghìn không trăm hai mươi sáu là năm mươi nghìn đồng mỗi lao động, hạn nộp tháng mười một năm hai nghìn không trăm hai mươi sáu."),
                Arguments.of("Học sinh THCS và THPT nghỉ học ngày 25-26/11 do mưa lớn.",
                        "Học sinh trung học cơ sở và trung học phổ thông nghỉ học ngày hai mươi lăm đến ngày hai mươi sáu tháng mười một do mưa lớn."),
                Arguments.of("Mọi thông tin báo ngay cho Ban chỉ huy PCTT và TKCN xã, SĐT 0912 345 678.",
                        "Mọi thông tin báo ngay cho Ban chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn xã, số điện thoại không chín một hai, ba bốn năm, sáu bảy tám."),
                Arguments.of("Hộ nào chưa có CCCD đến công an xã làm thủ tục trước ngày 15/12/2026, lệ phí 0 đồng.",
                        "Hộ nào chưa có căn cước công dân đến công an xã làm thủ tục trước ngày mười lăm tháng mười hai năm hai nghìn không trăm hai mươi sáu, lệ phí không đồng."),
                Arguments.of("Diện tích ngô bị thiệt hại là 12,5 ha, khoảng 35% diện tích toàn xã.",
                        "Diện tích ngô bị thiệt hại là mười hai phẩy năm héc-ta, khoảng ba mươi lăm phần trăm diện tích toàn xã."),
                Arguments.of("Phí vệ sinh 20.000 đồng/hộ/tháng, mức BHXH tự nguyện hỗ trợ 1.500.000 đồng.",
                        "Phí vệ sinh hai mươi nghìn đồng mỗi hộ mỗi tháng, mức bảo hiểm xã hội tự nguyện hỗ trợ một triệu năm trăm nghìn đồng."),
                Arguments.of("Phiên chợ phiên sáng chủ nhật, xe khách xuất phát lúc 5h15 từ ngã ba, giá vé 45k.",
                        "Phiên chợ phiên sáng chủ nhật, xe khách xuất phát lúc năm giờ mười lăm phút từ ngã ba, giá vé bốn mươi lăm nghìn đồng."));
    }

    @ParameterizedTest
    @MethodSource("bulletins")
    void normalize_bulletinSentence_readsAsAnnouncerWould(final String written, final String spoken) {
        assertEquals(spoken, VietnameseNormalizer.normalize(written));
    }
}
