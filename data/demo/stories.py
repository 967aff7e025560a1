"""Hand-written demo news for Điểm Nóng.

Every headline, lead and body in this file was written for this project; nothing is copied from a
newspaper or from a shared data set. People, schools, textbook series and incidents are invented;
real institutions (the Ministry, the outlets, provinces and the new commune names after 1 July 2025)
only give the stories a setting. `generate.py` turns these stories into `stream.jsonl`/`truth.jsonl`.

Two kinds of entries:

* background stories (`bg`): one base text; each title in `titles` becomes one article in a
  different outlet (1-3 outlets: syndication with reworded headlines). `start`/`end` ("MM-DD",
  2025) is the window in which the first article may appear; the generator picks the day.
* planted hot-issue articles (`pl`): each one a distinct text with its own outlet and time.

Labels follow shared/ANNOTATION.md: `topics` (ids 1-16, [] when none fits), sentiment
("neg" / "neu" / "pos"), `local` (about Hậu Giang or its units before/after the 2025 merger).
"""
from __future__ import annotations

from dataclasses import dataclass

_TONE = {"neg": "negative", "neu": "neutral", "pos": "positive"}


@dataclass(frozen=True)
class Story:
    """A background story: one text, carried by len(titles) outlets."""

    key: str
    topics: tuple[int, ...]
    sentiment: str
    local: bool
    start: str
    end: str
    titles: tuple[str, ...]
    summary: str
    paragraphs: tuple[str, ...]
    region: str = ""  # "mekong": Báo Cần Thơ may carry it; "local" is implied by local=True


@dataclass(frozen=True)
class PlantedArticle:
    """One article of a planted hot issue, with its own outlet and publication time."""

    issue: str
    published: str  # "2025-09-09T15:30" local time (+07:00)
    source: str
    topics: tuple[int, ...]
    sentiment: str
    local: bool
    title: str
    summary: str
    paragraphs: tuple[str, ...]


BACKGROUND: list[Story] = []
PLANTED: list[PlantedArticle] = []


def _paras(body: str) -> tuple[str, ...]:
    return tuple(" ".join(p.split()) for p in body.strip().split("\n\n") if p.strip())


def bg(key, topics, tone, local, start, end, titles, summary, body, region=""):
    BACKGROUND.append(Story(key, tuple(topics), _TONE[tone], local, start, end, tuple(titles),
                            " ".join(summary.split()), _paras(body), region))


def pl(issue, published, source, topics, tone, local, title, summary, body):
    PLANTED.append(PlantedArticle(issue, published, source, tuple(topics), _TONE[tone], local,
                                  title, " ".join(summary.split()), _paras(body)))


# =====================================================================================
# Topic 1 — Giáo dục Mầm non
# =====================================================================================

bg("mn-pho-cap", [1, 12], "neu", False, "07-01", "07-10",
   ["Phổ cập giáo dục mầm non cho trẻ từ 3 đến 5 tuổi: địa phương chuẩn bị gì?",
    "Lộ trình phổ cập giáo dục mầm non 3-5 tuổi bắt đầu từ năm học mới",
    "Phổ cập mầm non 3-5 tuổi: bài toán phòng học và giáo viên"],
   """Từ năm học 2025-2026, các địa phương bắt đầu triển khai phổ cập giáo dục mầm non cho trẻ em
   từ 3 đến 5 tuổi theo nghị quyết của Quốc hội. Thiếu phòng học và giáo viên là hai khó khăn được
   nhiều sở GD&ĐT nêu ra.""",
   """Theo hướng dẫn của Bộ GD&ĐT, mục tiêu phổ cập được thực hiện theo lộ trình, ưu tiên các xã
   vùng khó khăn, vùng dân tộc thiểu số và khu công nghiệp, nơi tỷ lệ trẻ 3-4 tuổi đến trường còn
   thấp. Các địa phương phải rà soát số trẻ trong độ tuổi, mạng lưới trường lớp và đội ngũ để xây
   dựng kế hoạch riêng.

   Đại diện Vụ Giáo dục Mầm non cho biết cả nước hiện còn hàng nghìn phòng học mầm non tạm, học
   nhờ; nhiều điểm trường lẻ chỉ có một lớp ghép nhiều độ tuổi. Tỷ lệ giáo viên trên lớp ở một số
   tỉnh chưa đạt định mức tối thiểu, nhất là ở nhóm trẻ 3-4 tuổi.

   Bà Nguyễn Thị Hồng Nhung, trưởng phòng giáo dục mầm non của một sở ở khu vực Tây Nguyên, cho
   rằng khó nhất là giữ chân giáo viên khi mức lương khởi điểm chưa đủ sống. "Có năm chúng tôi tuyển
   được 40 người thì cuối năm đã có 9 người xin nghỉ", bà nói.

   Bộ GD&ĐT đề nghị các địa phương dành quỹ đất, ưu tiên ngân sách xây phòng học mầm non và có
   chính sách hỗ trợ trẻ em ở vùng khó khăn, con công nhân tại khu công nghiệp.
   Bộ cũng lưu ý việc phổ cập phải bảo đảm chất lượng chăm sóc, giáo dục, không chạy theo tỷ lệ huy động trẻ."""
   )

bg("mn-bao-hanh-bac-ninh", [1, 10], "neg", False, "07-16", "07-18",
   ["Xác minh clip bảo mẫu đánh trẻ tại nhóm trẻ tư thục ở Bắc Ninh",
    "Phẫn nộ clip bảo mẫu tát, dúi đầu trẻ 2 tuổi tại nhóm trẻ tư thục",
    "Tạm đình chỉ nhóm trẻ tư thục có bảo mẫu bạo hành trẻ"],
   """Công an xã và Phòng Văn hóa - Xã hội đang xác minh đoạn clip ghi lại cảnh một bảo mẫu tát,
   dúi đầu trẻ khoảng 2 tuổi tại một nhóm trẻ tư thục ở tỉnh Bắc Ninh.""",
   """Đoạn clip dài gần hai phút được phụ huynh trích xuất từ camera của nhóm trẻ rồi đăng lên mạng
   xã hội tối 15/7. Trong clip, một phụ nữ liên tục quát mắng, dùng tay tát vào má và ấn đầu một bé
   trai xuống bàn ăn khi bé không chịu ăn hết suất cơm.

   Chị Phạm Thu Trang, mẹ của cháu bé, cho biết mấy hôm nay con về nhà thường khóc đêm và sợ hãi khi
   được đưa đến lớp. Nghi ngờ có chuyện bất thường, gia đình xin xem lại camera thì phát hiện sự
   việc.

   Theo chính quyền địa phương, nhóm trẻ nhận khoảng 20 cháu từ 12 đến 36 tháng tuổi, đã được cấp
   phép hoạt động nhưng người trong clip chưa qua đào tạo chuyên môn về giáo dục mầm non. Xã đã
   yêu cầu tạm dừng hoạt động nhóm trẻ để phục vụ điều tra.

   Sở GD&ĐT tỉnh Bắc Ninh đề nghị các xã, phường rà soát toàn bộ nhóm trẻ độc lập tư thục trên địa
   bàn, kiểm tra điều kiện về người chăm sóc trẻ và việc lắp đặt camera giám sát.
   Những cơ sở không bảo đảm điều kiện sẽ bị đình chỉ hoạt động theo quy định."""
   )

bg("mn-thieu-gv-dong-nai", [1, 4], "neg", False, "08-04", "08-20",
   ["Đồng Nai thiếu gần 1.000 giáo viên mầm non trước năm học mới",
    "Trường mầm non “khát” giáo viên, hiệu trưởng phải đứng lớp"],
   """Nhiều trường mầm non ở tỉnh Đồng Nai (mới) bước vào năm học 2025-2026 trong cảnh thiếu giáo
   viên, có nơi hiệu trưởng, phó hiệu trưởng phải trực tiếp đứng lớp.""",
   """Theo số liệu tổng hợp của ngành giáo dục, toàn tỉnh đang thiếu gần 1.000 giáo viên mầm non so
   với định mức, tập trung ở các phường có khu công nghiệp và các xã thuộc tỉnh Bình Phước cũ. Nhiều
   đợt tuyển dụng trong năm chỉ đạt khoảng một nửa chỉ tiêu vì ít người nộp hồ sơ.

   Bà Lê Thị Kim Oanh, hiệu trưởng một trường mầm non có hơn 500 trẻ, cho biết trường cần 32 giáo
   viên nhưng hiện chỉ có 24 người. "Mỗi lớp mẫu giáo lớn lẽ ra có hai cô, nay chỉ còn một cô phụ
   trách gần 35 cháu, vừa dạy vừa lo ăn ngủ cho trẻ", bà nói.

   Nguyên nhân được chỉ ra là áp lực công việc lớn, thời gian làm việc kéo dài từ 6h30 đến 17h trong
   khi lương khởi điểm của giáo viên mầm non chỉ khoảng 5 triệu đồng mỗi tháng. Ngành giáo dục tỉnh
   đề xuất cho phép ký hợp đồng lao động tạm thời và hỗ trợ thêm thu nhập cho giáo viên mới."""
   )

bg("mn-vao-lop-1", [1, 2], "neu", False, "08-10", "08-31",
   ["Chuẩn bị cho trẻ vào lớp 1: không dạy trước chương trình",
    "Bộ GD&ĐT lưu ý không dạy chữ, dạy toán trước cho trẻ mẫu giáo"],
   """Bộ GD&ĐT yêu cầu các trường mầm non tập trung chuẩn bị tâm thế, kỹ năng cho trẻ 5 tuổi trước
   khi vào lớp 1, tuyệt đối không dạy trước chương trình tiểu học.""",
   """Trong hướng dẫn nhiệm vụ năm học mới, Bộ nhấn mạnh việc chuẩn bị cho trẻ vào lớp 1 phải thông
   qua các hoạt động vui chơi, làm quen với trường tiểu học, hình thành nền nếp sinh hoạt và kỹ năng
   tự phục vụ. Các trường không được tổ chức dạy chữ, dạy tính theo kiểu luyện thi.

   Thực tế, mỗi dịp hè nhiều phụ huynh vẫn cho con đi học "tiền tiểu học" ở các trung tâm với học
   phí từ 1,5 đến 3 triệu đồng một tháng vì sợ con theo không kịp bạn bè. Cô Trần Thị Ngọc Bích,
   giáo viên lớp 1 ở Hà Nội, cho biết những em đã biết đọc trước thường chủ quan, ít tập trung trong
   những tuần đầu.

   Bộ GD&ĐT đề nghị các trường tiểu học phối hợp với trường mầm non tổ chức cho trẻ tham quan lớp
   học, gặp gỡ giáo viên lớp 1 và hướng dẫn cha mẹ cách đồng hành cùng con trong giai đoạn chuyển
   cấp.
   Theo Bộ, một khởi đầu nhẹ nhàng giúp trẻ tự tin, hứng thú đến trường hơn là biết đọc, biết viết sớm."""
   )

bg("mn-nhom-tre-khu-cong-nghiep", [1, 13], "neg", False, "09-08", "09-22",
   ["Phát hiện nhóm trẻ không phép trông gần 40 cháu trong phòng trọ",
    "Nhóm trẻ “chui” trong khu nhà trọ công nhân bị đình chỉ",
    "Kiểm tra đột xuất, phát hiện nhóm trẻ tự phát không đủ điều kiện"],
   """Đoàn kiểm tra liên ngành của một phường ở TP.HCM phát hiện nhóm trẻ hoạt động không phép,
   nhận trông gần 40 cháu trong căn nhà cấp bốn chật hẹp, không có giáo viên đạt chuẩn.""",
   """Nhóm trẻ nằm sâu trong một khu nhà trọ dành cho công nhân, chủ yếu nhận trẻ từ 8 tháng đến 4
   tuổi với mức phí 1,6 triệu đồng mỗi tháng. Khi đoàn kiểm tra đến, hai phụ nữ đang trông các cháu
   trong căn phòng rộng khoảng 40 m2, thiếu ánh sáng, không có lối thoát hiểm.

   Người đứng tên nhóm trẻ thừa nhận chưa làm thủ tục xin phép vì "thấy công nhân cần chỗ gửi con
   nên mở". Cả hai người trông trẻ đều không có chứng chỉ bồi dưỡng chăm sóc, giáo dục trẻ.

   Đoàn kiểm tra đã lập biên bản, yêu cầu chấm dứt hoạt động và phối hợp với các trường mầm non công
   lập gần đó tiếp nhận trẻ. Phường cũng đề nghị các doanh nghiệp phối hợp mở thêm nhóm trẻ trong
   khu công nghiệp để giải quyết nhu cầu gửi con của công nhân."""
   )

bg("mn-ngo-doc-khanh-hoa", [1, 10], "neg", False, "09-18", "09-20",
   ["Hơn 30 trẻ mầm non nhập viện sau bữa xế tại trường",
    "Khánh Hòa: nghi ngộ độc thực phẩm, hàng chục trẻ mầm non phải cấp cứu"],
   """Sau bữa ăn xế tại trường, hơn 30 trẻ của một trường mầm non ở tỉnh Khánh Hòa có biểu hiện nôn
   ói, đau bụng, sốt và được đưa đi cấp cứu.""",
   """Chiều 17/9, nhiều phụ huynh nhận tin báo từ nhà trường rằng con có biểu hiện nôn ói. Bữa xế hôm
   đó gồm bánh bông lan và sữa chua do một cơ sở bên ngoài cung cấp. Đến tối, đã có 34 trẻ được đưa
   đến trung tâm y tế khu vực để theo dõi.

   Bác sĩ Hồ Văn Khải, phụ trách khoa nhi, cho biết các cháu được bù nước, điện giải; sức khỏe đã ổn
   định, phần lớn được xuất viện trong ngày hôm sau. Cơ quan y tế đã lấy mẫu thức ăn lưu để xét
   nghiệm.

   Ban giám hiệu nhà trường cho biết đã tạm dừng hợp đồng với đơn vị cung cấp bánh, sữa và xin lỗi
   phụ huynh. Sở GD&ĐT yêu cầu các trường có tổ chức bán trú kiểm tra lại nguồn gốc thực phẩm, thực
   hiện nghiêm việc lưu mẫu thức ăn 24 giờ."""
   )

bg("mn-truong-xanh-da-nang", [1, 9], "pos", False, "09-10", "09-28",
   ["Trường mầm non “xanh” giữa phố: trẻ tự trồng rau, phân loại rác",
    "Đà Nẵng: mô hình vườn rau, góc tái chế trong trường mầm non"],
   """Từ những chậu nhựa, lốp xe cũ, một trường mầm non ở TP Đà Nẵng đã biến sân thượng thành vườn
   rau để trẻ tự gieo hạt, tưới cây và học phân loại rác mỗi ngày.""",
   """Mỗi lớp trong trường được giao một ô vườn nhỏ. Sáng nào các bé cũng được cô dẫn lên tưới nước,
   quan sát cây lớn, sau đó vẽ lại vào "nhật ký vườn". Rau thu hoạch được đưa vào bữa trưa của chính
   các lớp.

   Cô Huỳnh Thị Diễm My, phó hiệu trưởng, cho biết góc tái chế đặt ở hành lang giúp trẻ biết bỏ vỏ
   sữa, giấy vụn, chai nhựa vào đúng thùng. "Sau vài tháng, nhiều phụ huynh kể con về nhà nhắc cả
   nhà phân loại rác", cô nói.

   Mô hình được ngành giáo dục thành phố đánh giá cao và dự kiến nhân rộng ở các trường mầm non
   trong năm học 2025-2026 như một nội dung giáo dục bảo vệ môi trường cho trẻ.
   Nhà trường cũng mời phụ huynh tham gia các buổi thu hoạch rau cùng con vào cuối mỗi tháng."""
   )

bg("mn-thieu-cho-hoc-hcm", [1, 5], "neg", False, "07-28", "07-30",
   ["Khu đông công nhân thiếu trường mầm non, phụ huynh xếp hàng xin chỗ",
    "Trẻ mầm non thiếu chỗ học ở những phường đông dân"],
   """Ở một số phường thuộc khu vực Bình Dương cũ (nay thuộc TP.HCM), trường mầm non công lập chỉ
   đáp ứng được khoảng một phần ba nhu cầu, nhiều phụ huynh phải xếp hàng từ sáng sớm để nộp hồ sơ.""",
   """Sáng 28/7, trước cổng một trường mầm non công lập, hàng chục phụ huynh đã có mặt từ 5h để
   nhận phiếu đăng ký. Trường chỉ có 120 chỉ tiêu cho trẻ 3 tuổi nhưng số hồ sơ dự kiến gấp đôi.

   Anh Nguyễn Văn Thạnh, công nhân một nhà máy giày, cho biết nếu con không vào được trường công,
   gia đình phải gửi nhóm trẻ tư thục với chi phí gần 2,5 triệu đồng mỗi tháng, chiếm gần một phần
   ba thu nhập của hai vợ chồng.
   Nhiều gia đình khác cho biết họ đã tính đến chuyện gửi con về quê cho ông bà chăm sóc.

   Đại diện ngành giáo dục địa phương thừa nhận tốc độ tăng dân số cơ học nhanh hơn tốc độ xây
   trường. Thành phố đang đẩy nhanh tiến độ ba dự án trường mầm non mới và khuyến khích doanh
   nghiệp mở nhóm trẻ cho con công nhân."""
   )

bg("mn-hop-dong-nghi-viec", [1, 4], "neg", False, "07-05", "07-25",
   ["Lương thấp, giáo viên mầm non hợp đồng lần lượt nghỉ việc",
    "Giáo viên mầm non hợp đồng: lương 4 triệu, làm việc 10 tiếng mỗi ngày"],
   """Với mức lương khoảng 4 triệu đồng một tháng, nhiều giáo viên mầm non hợp đồng ở các tỉnh miền
   Trung chọn rời nghề sau vài năm gắn bó.""",
   """Cô Võ Thị Thanh Tâm, 27 tuổi, vừa nộp đơn xin nghỉ sau bốn năm làm giáo viên hợp đồng tại một
   trường mầm non ở tỉnh Quảng Ngãi. Tâm cho biết mỗi ngày cô có mặt ở trường từ 6h45 và thường
   về nhà sau 17h, cuối tuần vẫn phải làm đồ dùng dạy học.

   "Em yêu trẻ, nhưng lương không đủ trả tiền trọ và gửi về cho mẹ", Tâm nói. Cô đã xin vào làm nhân
   viên bán hàng cho một chuỗi siêu thị với thu nhập gần gấp đôi.

   Theo khảo sát của công đoàn ngành giáo dục một số địa phương, tỷ lệ giáo viên mầm non nghỉ việc
   cao hơn hẳn các cấp học khác. Nhiều ý kiến đề nghị sớm có chính sách tiền lương, phụ cấp riêng
   cho giáo viên mầm non, đặc biệt là người đang làm việc theo hợp đồng."""
   )

# =====================================================================================
# Topic 2 — Giáo dục Tiểu học
# =====================================================================================

bg("th-danh-gia-nhan-xet", [2], "neg", False, "09-15", "09-28",
   ["Giáo viên tiểu học vẫn ngợp với sổ sách, lời nhận xét",
    "Đánh giá học sinh tiểu học: giáo viên mong bớt thủ tục ghi chép"],
   """Dù quy định đánh giá học sinh tiểu học đã đổi mới theo hướng giảm áp lực, nhiều giáo viên cho
   biết họ vẫn mất hàng giờ mỗi tuần để viết nhận xét, cập nhật sổ theo dõi và phần mềm quản lý.""",
   """Cô Đặng Thị Mỹ Hạnh, giáo viên lớp 3 ở Nghệ An, kể rằng mỗi học kỳ cô phải viết nhận xét cho 38
   học sinh ở từng môn học, hoạt động giáo dục, cùng với các phẩm chất, năng lực. Ngoài sổ theo dõi
   chất lượng, cô còn phải nhập cùng nội dung lên phần mềm của trường.

   "Lời nhận xét đúng ra phải giúp học sinh tiến bộ, nhưng khi phải viết quá nhiều thì dễ thành
   những câu chung chung như 'em ngoan, học tốt'", cô nói.
   Cô mong nhà trường tin tưởng giáo viên hơn, thay vì kiểm tra hồ sơ theo kiểu đếm số dòng nhận xét.

   Theo các chuyên gia, quy định về đánh giá học sinh tiểu học hiện hành không bắt buộc ghi chép
   dàn trải; chính một số trường tự đặt thêm yêu cầu khi kiểm tra hồ sơ. Bộ GD&ĐT từng nhiều lần
   yêu cầu giảm hồ sơ, sổ sách cho giáo viên, chuyển sang quản lý bằng dữ liệu số."""
   )

bg("th-hai-buoi-ngay", [2, 3], "neu", False, "08-12", "08-28",
   ["Dạy học 2 buổi mỗi ngày từ năm học 2025-2026: những điều cần biết",
    "Bộ GD&ĐT hướng dẫn tổ chức dạy học 2 buổi/ngày",
    "Học 2 buổi/ngày: trường học được dạy gì ở buổi thứ hai?"],
   """Bộ GD&ĐT vừa ban hành hướng dẫn tổ chức dạy học 2 buổi/ngày đối với giáo dục phổ thông, áp
   dụng từ năm học 2025-2026 ở những nơi đủ điều kiện về phòng học và giáo viên.""",
   """Theo hướng dẫn, buổi thứ nhất thực hiện chương trình chính khóa; buổi thứ hai dành cho củng cố
   kiến thức, bồi dưỡng học sinh có năng khiếu, hỗ trợ học sinh còn khó khăn trong học tập và các
   hoạt động giáo dục kỹ năng sống, nghệ thuật, thể thao.
   Nội dung buổi thứ hai do nhà trường xây dựng, báo cáo cơ quan quản lý và công khai với phụ huynh.

   Với cấp tiểu học, các trường dạy 2 buổi/ngày thực hiện không quá 7 tiết mỗi ngày. Ở cấp THCS và
   THPT, việc dạy buổi thứ hai căn cứ vào điều kiện thực tế và nhu cầu của học sinh, không biến buổi
   thứ hai thành giờ học thêm có thu tiền.

   Bộ yêu cầu các địa phương chưa đủ phòng học ưu tiên bố trí dạy 2 buổi/ngày cho lớp cuối cấp, sau
   đó mở rộng dần. Kinh phí tổ chức buổi thứ hai do ngân sách nhà nước bảo đảm, cùng với nguồn xã
   hội hóa hợp pháp."""
   )

bg("th-khong-bai-tap-ve-nha", [2], "neu", False, "09-06", "09-20",
   ["Không giao bài tập về nhà cho học sinh lớp 1, lớp 2: phụ huynh nói gì?",
    "Học sinh lớp 1, 2 không có bài tập về nhà, phụ huynh vừa mừng vừa lo"],
   """Quy định không giao bài tập về nhà cho học sinh lớp 1, lớp 2 khiến nhiều phụ huynh phân vân:
   có người mừng vì con được nghỉ ngơi, có người lo con quên kiến thức.""",
   """Theo hướng dẫn chuyên môn, giáo viên tổ chức để học sinh lớp 1, lớp 2 hoàn thành nhiệm vụ học
   tập ngay tại lớp; không giao bài tập về nhà mà chỉ khuyến khích các em đọc sách, tham gia việc
   nhà vừa sức và rèn luyện thân thể.
   Giáo viên có thể gợi ý phụ huynh những hoạt động đơn giản để con ôn lại bài, nhưng không bắt buộc.

   Chị Lâm Ngọc Thảo, phụ huynh ở Hà Nội, cho biết năm ngoái con vào lớp 1, tối nào cũng muốn mẹ mua
   thêm sách luyện viết. "Cô giáo khuyên không nên, vì con đã học đủ ở lớp. Sau vài tháng thấy con
   đọc tốt, mình yên tâm hơn", chị nói.

   Một số giáo viên cho rằng điều quan trọng là phụ huynh dành thời gian trò chuyện, đọc sách cùng
   con thay vì ép con làm thêm bài. Nhà trường cũng cần thông tin rõ mục tiêu học tập từng tuần để
   gia đình phối hợp."""
   )

bg("th-tranh-suat-lop-1", [2], "neg", False, "07-04", "07-06",
   ["Xếp hàng từ nửa đêm xin học lớp 1 cho con ở trường tư",
    "Cuộc đua “giữ chỗ” lớp 1: phụ huynh thức trắng trước cổng trường"],
   """Dù tuyển sinh lớp 1 công lập đã thực hiện trực tuyến, cảnh phụ huynh xếp hàng xuyên đêm để
   mua hồ sơ vào một số trường tư thục có tiếng ở Hà Nội vẫn tái diễn.""",
   """Khoảng 23h đêm 3/7, trước cổng một trường tiểu học tư thục, hơn 100 phụ huynh đã mang ghế,
   áo mưa đến ngồi chờ. Nhà trường chỉ phát 250 bộ hồ sơ cho 200 chỉ tiêu lớp 1, với học phí hơn 8
   triệu đồng một tháng.

   Anh Đỗ Quang Huy, một phụ huynh, cho biết anh thay ca với vợ từ 21h. "Trường công gần nhà cũng
   tốt, nhưng lớp đông quá nên vợ chồng muốn thử", anh nói.

   Chuyên gia giáo dục Nguyễn Thị Minh Phương cho rằng áp lực chọn trường từ lớp 1 phần nào phản ánh
   sự chênh lệch chất lượng giữa các trường. Bà khuyên phụ huynh cân nhắc khoảng cách, sức khỏe của
   con và điều kiện tài chính lâu dài."""
   )

bg("th-doc-sach-vi-thanh", [2], "pos", True, "09-20", "09-22",
   ["Ngày hội đọc sách của học trò phường Vị Thanh",
    "Hàng nghìn học sinh tiểu học ở Vị Thanh hào hứng với ngày hội đọc sách"],
   """Sáng 20/9, các trường tiểu học trên địa bàn phường Vị Thanh, TP Cần Thơ (trước đây là TP Vị
   Thanh, tỉnh Hậu Giang) tổ chức ngày hội đọc sách với nhiều hoạt động như đổi sách cũ lấy sách
   mới, kể chuyện theo sách và vẽ tranh nhân vật.""",
   """Tại Trường Tiểu học Trần Quốc Toản (phường Vị Thanh), sân trường được bố trí thành các gian sách
   theo khối lớp. Học sinh mang sách đã đọc đến đổi với bạn, mỗi cuốn được nhận thêm một tem để
   tích điểm đổi quà.

   Em Nguyễn Ngọc Bảo Trân, học sinh lớp 4, hào hứng kể lại câu chuyện "Dế Mèn phiêu lưu ký" trước
   hơn 300 bạn. "Em thích nhất đoạn Dế Mèn hối hận vì trêu chị Cốc", Trân nói.

   Cô Lê Thị Ánh Tuyết, phó hiệu trưởng, cho biết năm nay trường duy trì tiết đọc thư viện mỗi tuần
   và xây thêm tủ sách ở mỗi lớp. Phụ huynh quyên góp gần 1.200 cuốn sách cho thư viện nhà trường
   trong dịp khai giảng."""
   )

bg("th-thieu-gv-tieng-anh-tin", [2, 4], "neg", False, "08-05", "08-25",
   ["Thiếu giáo viên tiếng Anh, tin học, nhiều trường tiểu học phải dạy liên trường",
    "Giáo viên tiếng Anh tiểu học “chạy sô” 3 trường mỗi tuần"],
   """Ở nhiều tỉnh miền núi phía Bắc, một giáo viên tiếng Anh hoặc tin học phải dạy ở hai, ba
   trường tiểu học mỗi tuần vì không tuyển đủ người.""",
   """Thầy Hoàng Văn Tính, giáo viên tiếng Anh ở tỉnh Tuyên Quang (mới), mỗi tuần di chuyển gần 80 km
   để dạy tại ba trường tiểu học. Có hôm thầy dạy 6 tiết ở hai điểm trường cách nhau 15 km đường
   đồi.

   Theo ngành giáo dục địa phương, môn tiếng Anh và tin học bắt buộc từ lớp 3 nhưng nguồn tuyển rất
   hạn chế. Sinh viên ngoại ngữ, tin học ra trường chủ yếu ở lại thành phố vì có nhiều lựa chọn việc
   làm với thu nhập cao hơn.

   Một số địa phương đã ký hợp đồng với giáo viên trung tâm ngoại ngữ hoặc tổ chức dạy học trực
   tuyến có giáo viên trợ giảng tại lớp. Tuy nhiên, cán bộ quản lý cho rằng giải pháp lâu dài vẫn là
   chính sách thu hút đủ mạnh cho giáo viên các môn đặc thù."""
   )

bg("th-lop-chon", [2], "neg", False, "09-08", "09-22",
   ["Phụ huynh phản ánh trường tiểu học xếp “lớp chọn” trá hình",
    "Lớp tiếng Anh tăng cường hay lớp chọn trá hình?"],
   """Một số phụ huynh ở Hải Phòng phản ánh trường tiểu học xếp học sinh vào lớp "tiếng Anh tăng
   cường" dựa trên bài kiểm tra, thực chất là lớp chọn dù quy định không cho phép.""",
   """Theo phản ánh, trước khai giảng, nhà trường tổ chức cho học sinh lên lớp 3 làm bài kiểm tra
   tiếng Anh và toán. Khoảng 70 em có điểm cao được xếp vào hai lớp riêng, học với giáo viên được
   đánh giá giỏi nhất trường.

   Chị Phạm Thị Hoa, phụ huynh có con không được xếp vào lớp này, cho rằng cách làm tạo ra phân biệt
   giữa các em ngay từ tiểu học. "Con tôi về hỏi vì sao con không được học lớp của bạn", chị kể.

   Hiệu trưởng nhà trường giải thích lớp tiếng Anh tăng cường là theo nguyện vọng phụ huynh và bài
   kiểm tra chỉ để "phân loại trình độ". Phòng chuyên môn của sở đã yêu cầu trường báo cáo, rà soát
   việc xếp lớp theo đúng điều lệ trường tiểu học."""
   )

bg("th-test-dau-vao-tu-thuc", [2, 13], "neg", False, "07-10", "07-28",
   ["Trường tư vẫn “test” đầu vào lớp 1 dù bị cấm",
    "Kiểm tra năng lực trẻ vào lớp 1: trường tư lách luật bằng “buổi trải nghiệm”"],
   """Nhiều trường tiểu học tư thục ở các thành phố lớn vẫn tổ chức kiểm tra trẻ trước khi nhận vào
   lớp 1 dưới hình thức "buổi trải nghiệm", "đánh giá sự sẵn sàng".""",
   """Quy định hiện hành không cho phép tổ chức kiểm tra để tuyển sinh vào lớp 1. Tuy nhiên, phụ huynh
   kể con phải làm bài đọc, viết số, trả lời câu hỏi tiếng Anh trong khoảng 45 phút, sau đó nhận
   thông báo "đủ điều kiện" hoặc "chưa phù hợp".

   Anh Trịnh Minh Đức cho biết con anh được xếp lịch "trải nghiệm" nhưng thực chất là ngồi làm bài
   trong phòng riêng, phụ huynh không được vào. "Một tuần sau trường gọi báo cháu chưa phù hợp mà
   không giải thích", anh nói.

   Sở GD&ĐT cho biết sẽ phối hợp với thanh tra tỉnh kiểm tra các trường có phản ánh; nếu phát hiện tổ chức kiểm tra
   đầu vào trái quy định sẽ xử lý theo nghị định về xử phạt vi phạm hành chính trong lĩnh vực giáo
   dục.
   Phụ huynh có thể phản ánh qua đường dây nóng của sở nếu con bị yêu cầu làm bài kiểm tra khi đăng ký vào lớp 1."""
   )

bg("th-day-boi-nga-bay", [10], "pos", True, "07-01", "07-10",
   ["Ngã Bảy: hơn 400 học sinh tiểu học được học bơi miễn phí dịp hè",
    "Dạy bơi miễn phí, phòng chống đuối nước cho trẻ em phường Ngã Bảy"],
   """Hè năm nay, hơn 400 học sinh tiểu học ở phường Ngã Bảy và phường Đại Thành, TP Cần Thơ (trước
   đây thuộc TP Ngã Bảy, tỉnh Hậu Giang) được học bơi miễn phí tại các bể bơi di động đặt trong
   sân trường.""",
   """Lớp bơi do đoàn thanh niên phối hợp với các trường tiểu học tổ chức, mỗi khóa kéo dài 10 buổi.
   Học sinh được hướng dẫn kỹ năng nổi, thở, bơi ếch và cách xử lý khi thấy bạn bị đuối nước.

   Thầy Nguyễn Văn Lực, giáo viên thể dục Trường Tiểu học Lái Hiếu, một trong những người trực tiếp
   dạy bơi, cho biết vùng sông nước Ngã Bảy có nhiều kênh rạch nên trẻ biết bơi là điều rất cần
   thiết. "Sau 10 buổi, khoảng 80% các em đã tự bơi được 15 m", thầy nói.

   Chị Trần Thị Bé Ba, phụ huynh, cho biết trước đây con sợ nước, giờ về nhà tự tin hơn nhiều. Các
   trường dự kiến duy trì lớp bơi vào các tháng hè tiếp theo và lồng ghép vào giờ giáo dục thể
   chất."""
   )

bg("mn-tru-so-xa-chau-thanh-a", [1, 5], "pos", True, "08-05", "08-25",
   ["Trụ sở xã cũ ở Châu Thành A được chuyển thành điểm trường mầm non",
    "Tận dụng trụ sở dôi dư sau sắp xếp, xã Tân Hòa có thêm 4 phòng học mầm non"],
   """Sau khi sắp xếp đơn vị hành chính, trụ sở UBND xã Nhơn Nghĩa A cũ (huyện Châu Thành A, tỉnh
   Hậu Giang trước đây) được sửa chữa thành điểm trường mầm non, giúp xã Tân Hòa, TP Cần Thơ có thêm
   4 phòng học trước năm học mới.""",
   """Dãy nhà làm việc hai tầng được cải tạo thành 4 phòng học, một phòng đa năng và bếp ăn bán trú.
   Sân trước trụ sở cũ được lót cỏ nhân tạo, lắp thêm cầu trượt, xích đu cho trẻ vui chơi.

   Bà Phạm Thị Ngọc Hân, hiệu trưởng trường mầm non tiếp nhận cơ sở, cho biết năm học trước trường
   phải học nhờ hai phòng của trường tiểu học, nhiều lớp mẫu giáo lên tới 38 cháu. "Có thêm điểm
   trường, mỗi lớp giảm còn khoảng 28 cháu, cô và trẻ đều thoải mái hơn", bà nói.

   Theo UBND xã Tân Hòa, tổng kinh phí sửa chữa khoảng 1,8 tỷ đồng. Xã đang rà soát thêm hai trụ sở
   dôi dư khác để ưu tiên bố trí cho giáo dục và y tế."""
   )

bg("mn-co-giao-long-my-do-choi", [1], "pos", True, "09-10", "09-28",
   ["Cô giáo mầm non ở Long Mỹ biến phế liệu thành đồ chơi cho trẻ",
    "Từ vỏ chai, lõi giấy, cô giáo phường Long Mỹ làm hàng trăm món đồ chơi"],
   """Gần 15 năm đứng lớp, cô Lê Thị Kim Loan, giáo viên một trường mầm non ở phường Long Mỹ, TP Cần
   Thơ (thị xã Long Mỹ, tỉnh Hậu Giang cũ), đã tự tay làm hàng trăm món đồ chơi từ vật liệu tái chế
   cho học trò.""",
   """Trong lớp mẫu giáo lớn của cô Loan, góc nào cũng có đồ chơi tự làm: xe ô tô từ vỏ hộp sữa, bộ
   xếp hình từ nắp chai, con rối từ vớ cũ. Mỗi món đều gắn với một bài học về màu sắc, con số hay
   kỹ năng vận động tinh.

   "Đồ chơi mua sẵn đẹp nhưng nhanh hỏng, trẻ cũng nhanh chán. Khi cô và trò cùng làm, các con giữ
   gìn hơn và hiểu món đồ đó được tạo ra thế nào", cô Loan chia sẻ.

   Nhiều sản phẩm của cô đã đạt giải tại hội thi đồ dùng dạy học tự làm cấp tỉnh trước đây. Cô còn
   hướng dẫn phụ huynh cùng con làm đồ chơi tại nhà vào mỗi cuối tuần, biến giờ chơi thành giờ gắn
   kết gia đình."""
   )

bg("mn-vi-thuy-khanh-thanh", [1, 5], "pos", True, "09-03", "09-05",
   ["Khánh thành trường mầm non mới ở xã Vị Thủy",
    "Xã Vị Thủy có trường mầm non khang trang đón trẻ năm học mới"],
   """Ngày 3/9, xã Vị Thủy, TP Cần Thơ (trước đây thuộc huyện Vị Thủy, tỉnh Hậu Giang) khánh thành
   trường mầm non mới với 10 phòng học, kịp đón gần 300 trẻ trong năm học 2025-2026.""",
   """Công trình được khởi công từ năm 2024 bằng nguồn vốn ngân sách của tỉnh Hậu Giang trước đây,
   tổng kinh phí hơn 14 tỷ đồng. Trường có khối phòng học hai tầng, nhà bếp một chiều, phòng giáo dục
   thể chất và sân chơi rộng gần 800 m2.

   Trước đây, trẻ ở khu vực này phải học tại ba điểm trường lẻ, nhiều phòng học xuống cấp, mùa mưa
   thường bị ngập. Cô Nguyễn Thị Mộng Tuyền, hiệu trưởng, cho biết việc gom về một điểm giúp nhà
   trường tổ chức bán trú cho toàn bộ trẻ mẫu giáo.

   Lãnh đạo xã Vị Thủy cho biết sẽ tiếp tục đề xuất thành phố đầu tư thêm trang thiết bị, phấn đấu
   đưa trường đạt chuẩn quốc gia trong hai năm tới.
   Trong ngày khánh thành, nhiều phụ huynh đã đưa con đến tham quan lớp học mới và gửi lời cảm ơn nhà trường."""
   )

bg("mn-ho-tro-an-trua", [1, 8], "pos", False, "08-18", "09-05",
   ["Trẻ mẫu giáo vùng khó khăn được hỗ trợ tiền ăn trưa",
    "Mở rộng hỗ trợ ăn trưa cho trẻ mầm non từ năm học 2025-2026"],
   """Trẻ mẫu giáo ở thôn, xã đặc biệt khó khăn, con hộ nghèo, cận nghèo sẽ tiếp tục được hỗ trợ tiền
   ăn trưa trong năm học mới; nhiều địa phương bổ sung thêm mức hỗ trợ từ ngân sách riêng.""",
   """Theo quy định, mỗi trẻ thuộc diện hưởng chính sách được hỗ trợ 160.000 đồng mỗi tháng, tối đa 9
   tháng trong năm học. Một số tỉnh miền núi đã ban hành nghị quyết hỗ trợ thêm, nâng tổng mức lên
   khoảng 300.000 đồng mỗi tháng.

   Cô Sầm Thị Lan, hiệu trưởng một trường mầm non ở tỉnh Cao Bằng, cho biết nhờ chính sách này, tỷ
   lệ trẻ ăn bán trú tại trường tăng rõ rệt. "Nhiều cháu trước đây mang cơm nguội từ nhà, nay được ăn
   bữa trưa nóng, đủ chất", cô nói.

   Ngành giáo dục đề nghị các địa phương chi trả đúng hạn, tránh tình trạng trường phải tạm ứng hoặc
   nợ tiền thực phẩm của nhà cung cấp như một số năm trước.
   Một số địa phương cũng đề xuất mở rộng chính sách cho trẻ ở các xã vừa sáp nhập, nơi danh sách xã khó khăn đang được rà soát lại."""
   )

# =====================================================================================
# Topic 3 — Giáo dục Trung học (incl. secondary exams)
# =====================================================================================

bg("thpt-cong-bo-diem", [3], "neu", False, "07-16", "07-16",
   ["Thí sinh cả nước tra cứu điểm thi tốt nghiệp THPT 2025 từ 8h hôm nay",
    "Chính thức công bố điểm thi tốt nghiệp THPT năm 2025",
    "Điểm thi tốt nghiệp THPT 2025 đã có, thí sinh tra cứu bằng cách nào?"],
   """Bộ GD&ĐT công bố kết quả kỳ thi tốt nghiệp THPT năm 2025 vào 8h sáng 16/7. Thí sinh tra cứu
   điểm trên hệ thống quản lý thi hoặc trang thông tin của các sở GD&ĐT.""",
   """Đây là kỳ thi đầu tiên tổ chức theo Chương trình giáo dục phổ thông 2018, thí sinh thi bắt buộc
   môn Toán, Ngữ văn và hai môn lựa chọn. Để tra cứu, thí sinh đăng nhập tài khoản đã dùng khi đăng
   ký dự thi; mỗi tài khoản chỉ xem được điểm của chính mình.

   Sau khi có điểm, các sở GD&ĐT xét công nhận tốt nghiệp và gửi kết quả về Bộ. Thí sinh có nguyện
   vọng phúc khảo nộp đơn tại điểm đăng ký dự thi trong thời hạn quy định.

   Cũng từ ngày 16/7, thí sinh bắt đầu đăng ký, điều chỉnh nguyện vọng xét tuyển đại học trên hệ thống
   chung của Bộ. Bộ GD&ĐT khuyến cáo thí sinh cân nhắc kỹ thứ tự nguyện vọng, bởi chỉ nguyện vọng
   cao nhất đủ điểm trúng tuyển được công nhận."""
   )

bg("thpt-pho-diem", [3], "neu", False, "07-16", "07-18",
   ["Phổ điểm thi tốt nghiệp THPT 2025: môn Toán có điểm trung bình thấp",
    "Điểm thi tốt nghiệp 2025: tiếng Anh gây bất ngờ với phổ điểm lệch trái"],
   """Phổ điểm kỳ thi tốt nghiệp THPT 2025 do Bộ GD&ĐT công bố cho thấy môn Toán và tiếng Anh có điểm
   trung bình thấp hơn năm trước, trong khi Ngữ văn và một số môn lựa chọn có nhiều điểm khá giỏi.""",
   """Theo số liệu của Bộ, phần lớn bài thi môn Toán đạt từ 4 đến 6 điểm; số điểm 10 giảm mạnh so với
   năm trước. Môn tiếng Anh có phổ điểm lệch trái, điểm trung bình chưa tới 5,4.

   Nhiều giáo viên nhận định đề năm nay có tính phân hóa cao, đặc biệt ở các câu hỏi gắn với tình
   huống thực tế. Thầy Vũ Đức Trung, giáo viên Toán ở Hà Nội, cho rằng học sinh quen với dạng bài
   cũ nên lúng túng khi gặp cách hỏi mới.

   Cục Quản lý chất lượng cho biết kết quả phù hợp với mục tiêu vừa xét tốt nghiệp, vừa làm căn cứ
   tuyển sinh. Bộ sẽ phân tích chi tiết để điều chỉnh ma trận đề thi những năm tới."""
   )

bg("thpt-ty-le-tot-nghiep", [3], "pos", False, "07-19", "07-24",
   ["Tỷ lệ tốt nghiệp THPT năm 2025 đạt trên 99%",
    "Hơn 1,1 triệu thí sinh đỗ tốt nghiệp THPT năm 2025"],
   """Bộ GD&ĐT cho biết tỷ lệ tốt nghiệp THPT năm 2025 của cả nước đạt trên 99%, tương đương các năm
   trước; nhiều địa phương có tỷ lệ trên 99,5%.""",
   """Theo báo cáo tổng hợp, các địa phương đã hoàn thành xét công nhận tốt nghiệp đúng thời hạn. Tỷ lệ
   tốt nghiệp của học sinh giáo dục thường xuyên tăng so với năm trước nhờ công tác ôn tập được chú
   trọng.

   Bộ đánh giá kỳ thi đầu tiên theo chương trình mới diễn ra an toàn, nghiêm túc. Số thí sinh vi
   phạm quy chế bị đình chỉ giảm so với năm 2024; phần lớn vi phạm là mang điện thoại vào phòng
   thi.

   Thời gian tới, các sở GD&ĐT sẽ cấp giấy chứng nhận tốt nghiệp tạm thời cho thí sinh. Bằng tốt
   nghiệp được cấp cho học sinh theo kế hoạch của từng địa phương."""
   )

bg("thpt-thu-khoa", [3], "pos", False, "07-16", "07-19",
   ["Nữ sinh Thanh Hóa đạt ba điểm 10, đứng đầu khối A00",
    "Thủ khoa khối A00: “Em tự học là chính, mỗi ngày làm một đề”"],
   """Đạt điểm 10 ở cả ba môn Toán, Vật lí, Hóa học, nữ sinh Lê Thị Phương Anh, học sinh một trường
   THPT ở tỉnh Thanh Hóa, là một trong số ít thí sinh đạt điểm tuyệt đối khối A00 năm 2025.""",
   """Phương Anh cho biết em bất ngờ khi tra cứu điểm lúc 8h sáng, vì sau khi thi môn Toán em nghĩ mình
   sai một câu trắc nghiệm. "Em gọi ngay cho mẹ đang bán hàng ở chợ, hai mẹ con đều khóc", em kể.

   Bố mẹ làm nông, Phương Anh không đi học thêm nhiều mà chủ yếu tự học theo hướng dẫn của thầy cô.
   Mỗi tối em dành khoảng một tiếng làm một đề thi thử và ghi lại lỗi sai vào cuốn sổ riêng.

   Cô Nguyễn Thị Thu Hà, giáo viên chủ nhiệm, nhận xét Phương Anh có ý thức tự giác cao, thường giúp
   đỡ các bạn trong lớp. Em dự định đăng ký xét tuyển ngành kỹ thuật điện tử tại một trường đại học
   ở Hà Nội."""
   )

bg("thpt-ket-qua-hau-giang", [3], "pos", True, "07-17", "07-22",
   ["Thí sinh khu vực Hậu Giang cũ đạt tỷ lệ tốt nghiệp THPT trên 99%",
    "Kết quả thi tốt nghiệp THPT của học sinh Vị Thanh, Ngã Bảy, Long Mỹ khởi sắc"],
   """Sở GD&ĐT TP Cần Thơ cho biết thí sinh tại các điểm thi thuộc tỉnh Hậu Giang trước đây đạt tỷ lệ
   tốt nghiệp THPT trên 99%, nhiều môn có điểm trung bình cao hơn năm 2024.""",
   """Năm nay, khu vực Hậu Giang cũ có hơn 7.000 thí sinh dự thi. Đây là kỳ thi cuối cùng do Sở GD&ĐT
   Hậu Giang tổ chức trước khi hợp nhất vào ngành giáo dục TP Cần Thơ từ ngày 1/7.

   Môn Ngữ văn có điểm trung bình trên 7, môn Lịch sử và Địa lí đều tăng so với năm trước. Một số
   trường ở Vị Thanh, Ngã Bảy và Long Mỹ có tỷ lệ tốt nghiệp 100%, trong đó có trường ở vùng nông
   thôn lần đầu đạt kết quả này.

   Ông Đoàn Minh Triết, trưởng phòng Quản lý chất lượng (Sở GD&ĐT TP Cần Thơ), cho biết ngành sẽ
   phân tích kết quả từng trường, từng môn để có kế hoạch hỗ trợ các trường ở vùng sâu như Phụng
   Hiệp, Long Mỹ trong năm học tới.
   Theo ông Triết, những kết quả này là nền tảng để các trường khu vực Hậu Giang cũ tiếp tục nâng chất lượng sau khi về chung với TP Cần Thơ."""
   )

bg("thpt-phuc-khao", [3], "neu", False, "07-26", "08-06",
   ["Nhiều bài thi tăng điểm sau phúc khảo, có bài tăng 1,5 điểm",
    "Kết quả phúc khảo thi tốt nghiệp THPT 2025: môn Ngữ văn tăng điểm nhiều nhất"],
   """Các sở GD&ĐT đã công bố kết quả phúc khảo bài thi tốt nghiệp THPT 2025; phần lớn bài thi được
   thay đổi điểm là môn Ngữ văn, có bài tăng 1,5 điểm.""",
   """Tại một địa phương phía Bắc, hơn 3.200 bài thi được phúc khảo, trong đó 370 bài thay đổi điểm.
   Môn Ngữ văn chiếm đa số do đây là môn tự luận duy nhất; các môn trắc nghiệm hầu như không có thay
   đổi.

   Em Trần Bảo Ngọc, một thí sinh được tăng 1,25 điểm Ngữ văn, cho biết nhờ kết quả này em đủ điểm
   xét tuyển vào ngành mình yêu thích. "Em phân vân mãi mới nộp đơn, may là đã nộp", Ngọc nói.

   Theo quy định, thí sinh có điểm thay đổi sau phúc khảo được cập nhật lên hệ thống để tham gia xét
   tuyển đại học. Bộ GD&ĐT lưu ý các trường đại học sử dụng điểm sau phúc khảo khi xét tuyển."""
   )

bg("thpt-gian-lan-dien-thoai", [3, 13], "neg", False, "07-02", "07-12",
   ["Thí sinh dùng điện thoại chụp đề thi tốt nghiệp bị hủy kết quả",
    "Xử lý nghiêm thí sinh chụp đề thi tốt nghiệp THPT gửi ra ngoài"],
   """Bộ GD&ĐT cho biết đã xác định thí sinh mang điện thoại vào phòng thi, chụp một phần đề thi môn
   tiếng Anh và gửi ra ngoài; kết quả toàn bộ bài thi của thí sinh này sẽ bị hủy.""",
   """Theo Bộ, sự việc được phát hiện khi hình ảnh một phần đề thi xuất hiện trên mạng xã hội khoảng 40
   phút sau giờ tính thời gian làm bài. Cơ quan công an đã vào cuộc, xác định thí sinh dự thi tại
   một điểm thi ở khu vực phía Nam.

   Thí sinh khai đã giấu điện thoại trong người, vào nhà vệ sinh chụp đề để nhờ người quen giải giúp.
   Hai cán bộ coi thi phòng thi này cũng bị đình chỉ nhiệm vụ vì không phát hiện kịp thời.

   Bộ GD&ĐT khẳng định sự việc không ảnh hưởng đến tính an toàn của kỳ thi, đồng thời yêu cầu các
   hội đồng thi rút kinh nghiệm, tăng cường kiểm tra thiết bị trước khi thí sinh vào phòng thi.
   Thí sinh vi phạm còn có thể bị xử lý theo quy định của pháp luật nếu hành vi gây hậu quả nghiêm trọng."""
   )

bg("thpt-tuyen-lop-10-bo-sung", [3], "neu", False, "07-08", "07-22",
   ["Nhiều trường THPT công lập tuyển bổ sung lớp 10 vì chưa đủ chỉ tiêu",
    "Tuyển bổ sung lớp 10: cơ hội thứ hai cho học sinh trượt nguyện vọng"],
   """Sau khi học sinh xác nhận nhập học, hàng chục trường THPT công lập ở Hà Nội thông báo tuyển bổ
   sung lớp 10 vì số học sinh nhập học chưa đủ chỉ tiêu được giao.""",
   """Theo thông báo, học sinh đã dự thi vào lớp 10 năm 2025 nhưng chưa trúng tuyển vào trường công
   lập được đăng ký xét bổ sung. Điểm nhận hồ sơ của nhiều trường ở khu vực ngoại thành thấp hơn điểm
   chuẩn đợt đầu từ 1 đến 2 điểm.

   Thầy Nguyễn Hữu Tài, hiệu trưởng một trường THPT ở ngoại thành, cho biết mỗi năm trường đều thiếu
   khoảng 30-40 học sinh do các em trúng tuyển trường gần nhà hơn hoặc chọn trường tư thục.
   Năm nay, nhà trường chủ động liên hệ với các trường THCS trong khu vực để thông tin tới học sinh chưa trúng tuyển.

   Sở GD&ĐT lưu ý học sinh đã trúng tuyển và xác nhận nhập học trước đó không được tham gia xét tuyển
   bổ sung. Kết quả xét bổ sung được công bố trước ngày 25/7."""
   )

bg("thpt-long-my-bo-sung", [3], "neu", True, "07-06", "07-09",
   ["Trường THPT ở phường Long Mỹ tuyển bổ sung 45 chỉ tiêu lớp 10"],
   """Một trường THPT tại phường Long Mỹ, TP Cần Thơ (trước đây thuộc thị xã Long Mỹ, tỉnh Hậu Giang)
   thông báo tuyển bổ sung 45 chỉ tiêu lớp 10 năm học 2025-2026 theo phương thức xét học bạ THCS.""",
   """Theo kế hoạch, học sinh tốt nghiệp THCS trên địa bàn phường Long Mỹ, phường Long Bình, phường Long
   Phú 1 và các xã lân cận có nhu cầu học THPT được nộp hồ sơ từ ngày 10 đến 17/7. Nhà trường ưu tiên
   học sinh có hộ khẩu gần trường và con em gia đình chính sách.

   Thầy Trương Văn Hiếu, hiệu trưởng, cho biết trường có đủ phòng học và giáo viên để mở thêm một lớp
   10. Học sinh trúng tuyển được chọn một trong ba tổ hợp môn học lựa chọn mà trường đã công bố.

   Sở GD&ĐT TP Cần Thơ đã có văn bản hướng dẫn các trường THPT ở khu vực Hậu Giang cũ tiếp tục thực
   hiện kế hoạch tuyển sinh đã được phê duyệt trước thời điểm hợp nhất, bảo đảm quyền lợi cho học
   sinh.
   Danh sách học sinh trúng tuyển dự kiến được công bố trước ngày 25/7 trên bảng tin và trang thông tin của trường."""
   )

bg("thpt-phan-luong", [3], "neu", False, "07-20", "08-15",
   ["Gần 30% học sinh tốt nghiệp THCS chọn học nghề, phân luồng có chuyển biến",
    "Phân luồng sau THCS: không còn là lựa chọn “bất đắc dĩ”"],
   """Tỷ lệ học sinh tốt nghiệp THCS đi học giáo dục nghề nghiệp ở nhiều địa phương tăng lên, cho thấy
   công tác phân luồng đã có chuyển biến dù vẫn còn tâm lý chuộng bằng cấp.""",
   """Tại tỉnh Bắc Ninh (mới), năm nay gần 30% học sinh tốt nghiệp THCS đăng ký vào các trường trung
   cấp, cao đẳng theo mô hình 9+, vừa học văn hóa vừa học nghề. Các ngành điện tử, cơ khí và logistics
   thu hút nhiều học sinh nhất nhờ nhu cầu tuyển dụng của các khu công nghiệp.

   Em Nguyễn Văn Khánh, 15 tuổi, chọn học nghề điện công nghiệp thay vì thi vào lớp 10 công lập. "Em
   muốn ra trường sớm đi làm, sau này có điều kiện sẽ học liên thông lên đại học", Khánh nói.

   Theo các chuyên gia, để phân luồng hiệu quả, nhà trường cần làm tốt công tác hướng nghiệp ngay từ
   lớp 8, lớp 9 và có sự phối hợp chặt chẽ với doanh nghiệp, thay vì chỉ dựa vào điểm thi.
   Họ cũng cho rằng cần thay đổi định kiến xã hội, coi học nghề là một lựa chọn chính đáng chứ không phải con đường của người học kém."""
   )

bg("thpt-stem-robot-dak-lak", [3, 9], "pos", False, "08-20", "09-10",
   ["Nhóm học sinh Đắk Lắk chế tạo robot thu hoạch cà phê",
    "Robot hái cà phê của học trò phố núi"],
   """Ba học sinh lớp 11 của một trường THPT ở tỉnh Đắk Lắk đã chế tạo mô hình robot hỗ trợ thu hoạch
   cà phê, có khả năng nhận diện quả chín bằng camera.""",
   """Ý tưởng xuất phát từ những mùa thu hoạch các em phụ giúp gia đình. Nhóm sử dụng vi điều khiển,
   camera giá rẻ và phần mềm nhận diện màu sắc để robot phân biệt quả chín, quả xanh, sau đó dùng
   cánh tay gắp để tuốt quả.

   Em Y Khoa Niê, trưởng nhóm, cho biết nhóm mất gần 6 tháng với hàng chục lần thử nghiệm thất bại.
   Tổng chi phí khoảng 12 triệu đồng, phần lớn do nhà trường và thầy cô hỗ trợ.

   Thầy Phan Văn Lợi, giáo viên hướng dẫn, cho biết câu lạc bộ STEM của trường được thành lập từ 3
   năm trước, đến nay có hơn 60 thành viên. Sản phẩm đã được chọn tham dự cuộc thi khoa học kỹ
   thuật cấp tỉnh năm học 2025-2026."""
   )

bg("thpt-day-them-sau-tt29", [3, 13], "neg", False, "09-15", "09-28",
   ["Giáo viên dạy thêm tại nhà cho chính học sinh lớp mình bị phát hiện",
    "Dạy thêm “chui” sau quy định mới: phụ huynh tố giáo viên ép con đi học",
    "Dạy thêm học sinh lớp mình chủ nhiệm, giáo viên bị kiểm điểm"],
   """Phòng chuyên môn của một phường ở Hà Nội đã xác minh, kết luận một giáo viên THCS tổ chức dạy
   thêm có thu tiền cho chính học sinh lớp mình đang dạy, vi phạm quy định về dạy thêm, học thêm.""",
   """Theo phản ánh của phụ huynh, từ tháng 8, cô giáo tổ chức lớp học thêm môn Toán tại nhà, mỗi tuần
   ba buổi, học phí 1,2 triệu đồng mỗi tháng. Gần 25 học sinh của lớp chủ nhiệm tham gia; những em
   không đi học thêm "bị cô nhắc nhở nhiều hơn trên lớp".

   Quy định về dạy thêm, học thêm có hiệu lực từ tháng 2/2025 không cho phép giáo viên dạy thêm ngoài
   nhà trường có thu tiền đối với học sinh mình đang dạy chính khóa. Việc dạy thêm ngoài trường phải
   đăng ký kinh doanh và công khai thông tin.

   Nhà trường đã tổ chức kiểm điểm, yêu cầu giáo viên dừng lớp học và hoàn trả học phí đã thu.
   Phường cho biết sẽ tăng cường kiểm tra các cơ sở dạy thêm trên địa bàn trong năm học mới."""
   )

bg("thpt-cau-truc-de-2026", [3], "neu", False, "09-08", "09-25",
   ["Bộ GD&ĐT công bố dự kiến kỳ thi tốt nghiệp THPT 2026",
    "Thi tốt nghiệp THPT 2026: giữ ổn định, có điều chỉnh về ma trận đề"],
   """Bộ GD&ĐT cho biết kỳ thi tốt nghiệp THPT năm 2026 sẽ giữ ổn định về môn thi và hình thức, đồng
   thời điều chỉnh ma trận đề theo hướng phù hợp hơn với thời lượng học tập của học sinh.""",
   """Theo dự kiến, thí sinh tiếp tục thi bắt buộc Toán, Ngữ văn và hai môn lựa chọn trong số các môn
   đã học ở lớp 12. Bộ sẽ công bố đề minh họa sớm hơn năm 2025 để giáo viên và học sinh chủ động ôn
   tập.

   Đại diện Cục Quản lý chất lượng cho biết Bộ đã tiếp thu ý kiến phản ánh về độ khó của một số môn,
   nhất là tiếng Anh và Toán, để cân đối tỷ lệ câu hỏi ở các mức độ nhận biết, thông hiểu và vận
   dụng.
   Câu hỏi gắn với tình huống thực tiễn tiếp tục được duy trì, nhưng độ dài ngữ liệu sẽ được cân nhắc cho phù hợp với thời gian làm bài.

   Nhiều trường THPT đã xây dựng kế hoạch ôn tập cho học sinh lớp 12 ngay từ đầu năm học, lồng ghép
   trong các tiết dạy buổi thứ hai thay vì tổ chức dạy thêm có thu tiền.
   Giáo viên được khuyến nghị bám sát chương trình, tránh cho học sinh luyện đề tràn lan theo các "bộ đề dự đoán" trôi nổi."""
   )

bg("thpt-huong-nghiep-ngay-hoi", [3], "neu", False, "09-12", "09-28",
   ["Học sinh lớp 12 được tư vấn chọn ngành ngay từ đầu năm học",
    "Ngày hội hướng nghiệp: học sinh hỏi nhiều về ngành công nghệ bán dẫn, AI"],
   """Hơn 3.000 học sinh lớp 12 tại TP.HCM tham gia ngày hội tư vấn hướng nghiệp đầu năm học, với sự
   tham gia của gần 40 trường đại học, cao đẳng và doanh nghiệp.""",
   """Các gian tư vấn về công nghệ thông tin, trí tuệ nhân tạo, vi mạch bán dẫn thu hút đông học sinh
   nhất. Nhiều em mang theo sổ ghi chép, hỏi kỹ về cơ hội việc làm và tổ hợp môn học phù hợp.

   Em Phan Minh Thư cho biết em thích kinh tế nhưng gia đình muốn em học y. "Nghe các anh chị sinh
   viên chia sẻ, em hiểu mình cần tìm hiểu kỹ hơn về công việc thực tế chứ không chỉ nhìn điểm
   chuẩn", Thư nói.

   Theo ban tổ chức, hướng nghiệp sớm giúp học sinh định hướng môn học lựa chọn, tránh tình trạng
   chọn ngành theo phong trào rồi bỏ học giữa chừng ở bậc đại học.
   Nhiều trường THPT cho biết sẽ tổ chức thêm các buổi tham quan doanh nghiệp, trường đại học cho học sinh lớp 11, lớp 12 trong năm học."""
   )

bg("thpt-hsg-quoc-gia-thay-doi", [3], "neu", False, "08-20", "09-10",
   ["Kỳ thi chọn học sinh giỏi quốc gia chỉ dành cho học sinh lớp 12",
    "Thi học sinh giỏi quốc gia năm học 2025-2026 có gì mới?"],
   """Từ năm học 2025-2026, kỳ thi chọn học sinh giỏi quốc gia THPT chỉ dành cho học sinh lớp 12,
   không còn cho học sinh lớp 10, 11 tham dự như trước.""",
   """Theo quy chế mới, việc giới hạn đối tượng nhằm giảm áp lực thi cử, hạn chế tình trạng học sinh
   học lệch, bỏ bê các môn khác từ sớm để ôn thi học sinh giỏi. Các địa phương cũng được khuyến
   khích không tổ chức thi học sinh giỏi ở cấp tiểu học, THCS.

   Nhiều giáo viên trường chuyên đồng tình, nhưng cho rằng cần điều chỉnh kế hoạch bồi dưỡng đội
   tuyển. "Trước đây học sinh lớp 11 được thi để cọ xát, nay phải tập trung hoàn toàn vào năm lớp
   12, cùng lúc với ôn thi tốt nghiệp", một giáo viên Hóa học ở Nghệ An chia sẻ.

   Kỳ thi dự kiến diễn ra vào đầu năm 2026. Kết quả là căn cứ để chọn đội tuyển dự thi Olympic quốc
   tế và khu vực, đồng thời được nhiều trường đại học sử dụng để xét tuyển thẳng."""
   )

bg("thpt-to-hop-thieu-gv", [3, 4], "neg", False, "08-15", "09-05",
   ["Trường THPT thiếu giáo viên, học sinh lớp 10 không được chọn tổ hợp mong muốn",
    "Chọn môn học lớp 10: học sinh muốn một đằng, trường chỉ mở một nẻo"],
   """Nhiều học sinh lớp 10 không được học tổ hợp môn lựa chọn như mong muốn vì trường thiếu giáo viên
   Tin học, Công nghệ, Âm nhạc, Mỹ thuật.""",
   """Tại một trường THPT ở tỉnh Lâm Đồng (mới), năm nay trường chỉ mở 4 tổ hợp dù học sinh đăng ký tới
   9 phương án khác nhau. Những em chọn Tin học phải chuyển sang tổ hợp có Địa lí, Giáo dục kinh tế và
   pháp luật.

   Thầy Lưu Quang Vinh, phó hiệu trưởng, cho biết trường có 2 giáo viên Tin học cho hơn 40 lớp, không
   thể bố trí thêm. "Chúng tôi đành xếp theo khả năng của trường chứ không theo nguyện vọng của học
   sinh", thầy nói.

   Chuyên gia giáo dục cho rằng nếu tình trạng này kéo dài, tinh thần cho học sinh chọn môn theo năng
   lực, sở thích của chương trình mới sẽ khó đạt được, đồng thời ảnh hưởng đến định hướng nghề nghiệp
   của các em.
   Một số trường đang thử nghiệm liên kết với trường lân cận để dạy chung các môn thiếu giáo viên, song việc sắp xếp thời khóa biểu còn nhiều khó khăn."""
   )

bg("thpt-bo-hoc-dbscl", [3], "neg", False, "08-10", "08-30",
   ["Học sinh bỏ học sau THCS: nỗi lo của vùng ĐBSCL",
    "Vì sao nhiều học sinh miền Tây bỏ học sớm?"],
   """Tỷ lệ học sinh không tiếp tục học sau THCS ở một số địa phương vùng ĐBSCL vẫn cao; nhiều em
   theo cha mẹ lên TP.HCM, Bình Dương cũ làm công nhân từ tuổi 15, 16.""",
   """Tại một xã ven biển thuộc tỉnh Sóc Trăng trước đây (nay thuộc TP Cần Thơ), năm học vừa qua có gần
   20% học sinh lớp 9 không đăng ký vào lớp 10 hay học nghề. Phần lớn gia đình các em làm thuê, thu
   nhập bấp bênh.

   Cô Thạch Thị Sa Rên, giáo viên chủ nhiệm lớp 9, kể cô đã nhiều lần đến nhà vận động học trò trở
   lại lớp. "Có em nói với cô: học xong cũng đi làm công nhân, thôi đi sớm cho đỡ tốn tiền", cô
   nói.

   Các nhà nghiên cứu cho rằng cần gắn chính sách hỗ trợ học tập với sinh kế của gia đình, mở rộng
   mô hình vừa học văn hóa vừa học nghề tại chỗ, để học sinh thấy rõ lợi ích của việc học lâu dài.
   Nhiều trường cũng đề xuất có giáo viên chuyên trách theo dõi, hỗ trợ những học sinh có nguy cơ bỏ học ngay từ lớp 8.""",
   region="mekong")

bg("thpt-ninh-kieu-huy-chuong", [3], "pos", False, "08-01", "08-25",
   ["Học sinh chuyên ở Cần Thơ giành huy chương Olympic khu vực",
    "Nam sinh phường Ninh Kiều mang huy chương bạc Olympic Toán khu vực về nước"],
   """Nam sinh Trần Gia Huy, học sinh một trường THPT chuyên tại phường Ninh Kiều, TP Cần Thơ, vừa
   giành huy chương bạc tại một kỳ Olympic Toán khu vực dành cho học sinh phổ thông.""",
   """Huy là học sinh lớp 12, từng đạt giải nhì kỳ thi chọn học sinh giỏi quốc gia năm học trước. Em
   cho biết bài thi năm nay có nhiều câu tổ hợp khó, em dành gần hai giờ cho một bài hình học.

   Gia đình Huy ở phường Cái Khế, bố làm kỹ sư xây dựng, mẹ là giáo viên tiểu học. "Con tự đặt mục
   tiêu và rất kỷ luật, bố mẹ chỉ lo cho con ngủ đủ giấc", mẹ Huy chia sẻ.

   Đại diện nhà trường cho biết đây là thành tích nổi bật của học sinh Cần Thơ ở đấu trường khu vực
   trong nhiều năm. Huy đặt mục tiêu đạt giải cao ở kỳ thi học sinh giỏi quốc gia sắp tới.""",
   region="mekong")

bg("thpt-khai-giang-vi-thanh", [3], "pos", True, "09-05", "09-06",
   ["Học sinh phường Vị Thanh háo hức ngày khai giảng đầu tiên sau hợp nhất",
    "Không khí ngày tựu trường ở các trường THPT khu vực Vị Thanh"],
   """Sáng 5/9, cùng với cả nước, các trường học ở phường Vị Thanh, phường Vị Tân, TP Cần Thơ (trước
   đây thuộc TP Vị Thanh, tỉnh Hậu Giang) tổ chức lễ khai giảng năm học 2025-2026.""",
   """Đây là năm học đầu tiên các trường ở khu vực Hậu Giang cũ hoạt động dưới sự quản lý của Sở
   GD&ĐT TP Cần Thơ. Lễ khai giảng được tổ chức ngắn gọn, có phần kết nối trực tuyến với lễ khai
   giảng chung toàn quốc nhân kỷ niệm 80 năm thành lập ngành giáo dục.

   Tại một trường THPT ở phường Vị Thanh, hơn 1.100 học sinh mặc áo dài, áo sơ mi trắng, tay cầm cờ
   đỏ sao vàng. Em Lý Ngọc Hân, học sinh lớp 10, cho biết em vừa hồi hộp vừa vui vì năm nay học sinh
   được miễn học phí.

   Phát biểu tại buổi lễ, đại diện nhà trường nhắc học sinh giữ gìn nền nếp, an toàn giao thông và
   sử dụng mạng xã hội có trách nhiệm. Ngay sau lễ khai giảng, các lớp bước vào tiết học đầu tiên
   của năm học mới."""
   )

bg("thpt-hoc-sinh-vi-thanh-loc-nuoc", [3, 9], "pos", True, "09-15", "09-28",
   ["Học sinh Vị Thanh chế tạo máy lọc nước nhiễm mặn bằng năng lượng mặt trời",
    "Máy lọc nước mặn giá rẻ của hai nữ sinh phường Vị Tân"],
   """Hai nữ sinh lớp 11 ở phường Vị Tân, TP Cần Thơ (trước đây là TP Vị Thanh, tỉnh Hậu Giang) đã
   chế tạo thiết bị lọc nước nhiễm mặn dùng năng lượng mặt trời, chi phí chưa đến 3 triệu đồng.""",
   """Ý tưởng đến từ những mùa khô nước kênh rạch bị nhiễm mặn, nhiều hộ dân phải mua nước ngọt với giá
   cao. Thiết bị gồm tấm pin mặt trời nhỏ, bơm mini, bộ lọc than hoạt tính và màng lọc, mỗi ngày
   cho ra khoảng 20 lít nước sinh hoạt.

   Em Huỳnh Thị Ngọc Diễm, một trong hai tác giả, cho biết nhóm đã thử nghiệm với nước lấy từ nhiều
   con kênh quanh Vị Thanh. "Nước sau lọc có độ mặn giảm rõ, dùng để nấu ăn, tắm giặt được", Diễm
   nói.

   Sản phẩm đã được nhà trường chọn dự thi khoa học kỹ thuật dành cho học sinh trung học của TP Cần
   Thơ. Giáo viên hướng dẫn cho biết nhóm đang cải tiến để thiết bị chạy ổn định hơn vào những ngày
   ít nắng."""
   )

# =====================================================================================
# Topic 4 — Nhà giáo và cán bộ quản lý
# =====================================================================================

bg("ng-luat-nha-giao", [4, 12], "neu", False, "07-01", "07-15",
   ["Luật Nhà giáo có hiệu lực từ năm 2026: những điểm mới giáo viên cần biết",
    "5 điểm mới của Luật Nhà giáo tác động trực tiếp đến giáo viên",
    "Lương nhà giáo được xếp cao nhất trong hệ thống thang bậc lương hành chính sự nghiệp"],
   """Luật Nhà giáo được Quốc hội thông qua tháng 6/2025 và có hiệu lực từ ngày 1/1/2026, với nhiều quy
   định mới về chức danh, tuyển dụng, tiền lương và chế độ đãi ngộ đối với nhà giáo.""",
   """Điểm được giáo viên quan tâm nhất là quy định lương của nhà giáo được xếp cao nhất trong hệ thống
   thang bậc lương hành chính sự nghiệp. Nhà giáo còn được hưởng phụ cấp ưu đãi nghề và các phụ cấp
   khác tùy theo tính chất công việc, vùng công tác.

   Luật cũng giao thẩm quyền tuyển dụng giáo viên cho ngành giáo dục, nhằm giải quyết tình trạng
   "nơi thừa, nơi thiếu" kéo dài. Nhà giáo được bảo vệ danh dự, uy tín; hành vi xúc phạm, bạo hành
   nhà giáo bị nghiêm cấm.

   Bộ GD&ĐT cho biết đang khẩn trương xây dựng các nghị định, thông tư hướng dẫn để luật đi vào cuộc
   sống ngay khi có hiệu lực, trong đó có quy định về chuẩn nghề nghiệp và hệ thống chức danh mới của
   nhà giáo.
   Giáo viên được khuyến khích theo dõi, góp ý cho các dự thảo văn bản hướng dẫn trên cổng thông tin của Bộ."""
   )

bg("ng-thieu-gv-ca-nuoc", [4], "neg", False, "08-01", "08-20",
   ["Cả nước vẫn thiếu hơn 100.000 giáo viên trước thềm năm học mới",
    "Thiếu giáo viên kéo dài, nhiều địa phương chưa được giao đủ biên chế"],
   """Trước thềm năm học 2025-2026, tình trạng thiếu giáo viên vẫn chưa được giải quyết, nhất là ở bậc
   mầm non, tiểu học và các môn học mới như Tin học, Nghệ thuật.""",
   """Theo số liệu tổng hợp của Bộ GD&ĐT, các địa phương còn thiếu hơn 100.000 giáo viên so với định
   mức. Nhiều nơi đã được giao biên chế nhưng không tuyển đủ do thiếu nguồn ứng viên, thời gian tuyển
   dụng kéo dài.

   Ở một số tỉnh, giáo viên phải dạy vượt giờ quy định từ 4 đến 6 tiết mỗi tuần. Thầy Hà Văn Toản,
   hiệu trưởng một trường THCS ở vùng cao, cho biết trường thiếu 5 giáo viên nên phải ghép lớp một số
   tiết, ảnh hưởng đến chất lượng dạy học.

   Bộ GD&ĐT đề nghị các địa phương sử dụng hết biên chế được giao, đồng thời hợp đồng lao động để dạy
   học trong thời gian chờ tuyển dụng. Bộ cũng đang phối hợp với các bộ ngành liên quan để bổ sung
   biên chế giáo viên cho giai đoạn tới."""
   )

bg("ng-tuyen-dung-it-ho-so", [4], "neg", False, "08-08", "08-28",
   ["Tuyển hơn 800 giáo viên nhưng chỉ nhận được 300 hồ sơ",
    "Chỉ tiêu tuyển giáo viên nhiều, người nộp hồ sơ ít"],
   """Kỳ tuyển dụng viên chức giáo dục năm 2025 của một địa phương ở miền Trung cần hơn 800 giáo viên
   nhưng chỉ nhận được khoảng 300 hồ sơ, nhiều vị trí không có người đăng ký.""",
   """Các vị trí ít người ứng tuyển nhất là giáo viên Tin học, Âm nhạc, Mỹ thuật và giáo viên mầm non
   ở các xã miền núi. Ngược lại, một số vị trí giáo viên Ngữ văn, Lịch sử ở trung tâm có tới 5-6
   người cạnh tranh một chỉ tiêu.

   Ông Nguyễn Thanh Sơn, lãnh đạo phòng tổ chức cán bộ của sở GD&ĐT địa phương này, cho biết chính
   sách thu hút chưa đủ hấp dẫn so với chi phí sinh hoạt. Nhiều sinh viên sư phạm cũng chọn làm cho
   các trung tâm, trường tư với thu nhập cao hơn.

   Sở dự kiến tổ chức đợt tuyển dụng bổ sung vào cuối năm, đồng thời đề xuất tỉnh hỗ trợ một lần cho
   giáo viên mới nhận công tác tại xã đặc biệt khó khăn.
   Mức hỗ trợ dự kiến từ 20 đến 30 triệu đồng mỗi người, kèm theo chỗ ở công vụ ở những nơi có điều kiện."""
   )

bg("ng-phu-cap-uu-dai", [4, 8], "pos", False, "08-25", "09-15",
   ["Giáo viên sắp được tăng phụ cấp ưu đãi nghề",
    "Phụ cấp ưu đãi nghề của giáo viên dự kiến tăng mạnh, vùng khó khăn hưởng 100%"],
   """Theo định hướng của Trung ương về đột phá phát triển giáo dục và đào tạo, phụ cấp ưu đãi nghề
   đối với giáo viên sẽ được nâng lên, cao nhất với giáo viên công tác ở vùng đặc biệt khó khăn.""",
   """Theo đó, phụ cấp ưu đãi nghề của giáo viên mầm non, phổ thông dự kiến tăng lên tối thiểu 70%,
   nhân viên trường học tối thiểu 30% và giáo viên ở vùng đặc biệt khó khăn, biên giới, hải đảo được
   hưởng 100%.
   So với hiện hành, mức tăng cao nhất thuộc về giáo viên mầm non và nhân viên trường học, hai nhóm có thu nhập thấp nhất trong ngành.

   Cô Nguyễn Thị Bích Ngọc, giáo viên tiểu học ở Quảng Trị, cho biết nếu chính sách được thực hiện,
   thu nhập của cô sẽ tăng thêm khoảng 1,5 triệu đồng mỗi tháng. "Đây là sự động viên rất lớn với
   những người đang bám trường, bám lớp", cô nói.

   Bộ GD&ĐT cho biết đang phối hợp với các bộ, ngành xây dựng nghị định sửa đổi chế độ phụ cấp để
   trình Chính phủ, bảo đảm nguồn lực thực hiện từ năm 2026.
   Công đoàn giáo dục đề nghị sớm ban hành văn bản để chính sách được thực hiện đồng bộ trên cả nước."""
   )

bg("ng-thay-giao-vung-cao", [4], "pos", False, "08-25", "09-12",
   ["Thầy giáo 12 năm vượt đèo dạy chữ ở điểm trường cao nhất xã",
    "Người thầy “cõng chữ” lên điểm trường không có điện lưới"],
   """Suốt 12 năm, thầy Giàng A Chứ ở tỉnh Lào Cai (mới) đi bộ gần 2 giờ mỗi sáng thứ hai để lên điểm
   trường lẻ nằm trên lưng chừng núi, nơi chưa có điện lưới quốc gia.""",
   """Điểm trường có một lớp ghép 14 học sinh từ lớp 1 đến lớp 3, toàn là con em đồng bào Mông. Thầy
   Chứ vừa dạy chữ, vừa dạy các em đánh răng, rửa tay và trồng rau quanh lớp học.

   Mùa mưa, đường lên điểm trường trơn trượt, có hôm thầy phải bỏ giày, buộc túi nilon quanh chân.
   "Nhìn các em đến lớp đủ, đọc thông viết thạo là mình thấy vui", thầy nói giản dị.

   Nhờ sự kiên trì của thầy, nhiều năm liền không có học sinh bỏ học. Nhiều học trò cũ của thầy đã học
   lên THPT, có em đang học sư phạm và mong sau này trở về dạy ở chính bản làng mình."""
   )

bg("ng-co-giao-vi-thuy-30-nam", [4], "pos", True, "08-15", "09-05",
   ["Ba mươi năm gắn bó trường làng của cô giáo xã Vị Thủy",
    "Cô giáo Vị Thủy và 30 năm “chèo đò” trên sông chữ"],
   """Từ năm 1995, cô Trần Thị Mỹ Dung đã đứng lớp tại một trường tiểu học ở xã Vị Thủy, TP Cần Thơ
   (huyện Vị Thủy, tỉnh Hậu Giang trước đây). Ba mươi năm qua, cô vẫn là người đến trường sớm nhất.""",
   """Những năm đầu đi dạy, cô phải chèo xuồng qua kênh để đến điểm trường lẻ. Lớp học khi ấy vách lá,
   mùa nước nổi học sinh xắn quần lội vào lớp. Cô Dung kể nhiều lần cô đến từng nhà vận động phụ
   huynh cho con đi học lại sau mùa gặt.

   Giờ đây, trường đã được xây mới, có phòng học kiên cố và thư viện. Cô Dung vẫn dạy lớp 1, lớp học
   mà cô cho rằng "quan trọng nhất vì đó là nền móng". Mỗi năm, cô tự bỏ tiền mua tập, bút cho những
   học trò khó khăn.

   Nhiều thế hệ học trò của cô nay đã trưởng thành, có người trở thành bác sĩ, kỹ sư và cả giáo viên
   dạy cùng trường với cô. Cô Dung đã nhiều lần được công nhận chiến sĩ thi đua, giáo viên dạy giỏi
   cấp tỉnh Hậu Giang."""
   )

bg("ng-hieu-truong-ky-luat-mua-sam", [4, 13], "neg", False, "07-20", "08-10",
   ["Kỷ luật hiệu trưởng vì sai phạm trong mua sắm thiết bị dạy học",
    "Hiệu trưởng bị cách chức do để xảy ra sai phạm hàng trăm triệu đồng"],
   """Một hiệu trưởng trường THCS ở tỉnh Thanh Hóa bị cách chức do để xảy ra sai phạm trong việc mua
   sắm thiết bị dạy học, gây thất thoát hơn 400 triệu đồng.""",
   """Kết luận thanh tra cho thấy năm 2023 và 2024, trường mua sắm máy chiếu, bảng tương tác và bộ thiết
   bị thí nghiệm với giá cao hơn giá thị trường từ 20-35%. Một số thiết bị được nghiệm thu nhưng chưa
   được bàn giao đầy đủ cho trường.

   Hiệu trưởng nhà trường thừa nhận thiếu kiểm tra, tin tưởng bộ phận kế toán và đơn vị cung cấp. Ông
   đã nộp lại một phần số tiền chênh lệch theo yêu cầu của đoàn thanh tra.

   Ngoài hình thức kỷ luật cách chức hiệu trưởng, kế toán nhà trường bị khiển trách. Cơ quan chức
   năng đang tiếp tục làm rõ trách nhiệm của doanh nghiệp cung cấp thiết bị."""
   )

bg("ng-du-doi-sau-sap-nhap-truong", [4], "neg", False, "07-05", "07-25",
   ["Sau sáp nhập trường, hàng trăm giáo viên, nhân viên dôi dư",
    "Sắp xếp trường học: giáo viên dôi dư lo không có tiết dạy"],
   """Việc sắp xếp, sáp nhập các trường học quy mô nhỏ ở một số tỉnh phía Bắc khiến hàng trăm giáo
   viên, nhân viên rơi vào tình trạng dôi dư, phải chờ điều chuyển.""",
   """Tại tỉnh Phú Thọ (mới), hơn 60 trường mầm non, tiểu học, THCS ở các xã được sáp nhập thành trường
   liên cấp hoặc trường có nhiều điểm lẻ. Số phó hiệu trưởng, kế toán, văn thư vượt định mức lên tới
   hàng trăm người.

   Cô Lò Thị Hằng, nhân viên thư viện, lo lắng vì chưa biết mình sẽ được bố trí công việc gì trong
   năm học tới. "Tôi làm thư viện 15 năm, giờ trường gộp lại chỉ cần một người", cô nói.

   Ngành giáo dục địa phương cho biết sẽ điều chuyển giáo viên dôi dư sang những trường thiếu, tổ
   chức bồi dưỡng chuyển đổi để dạy môn khác và thực hiện chính sách nghỉ hưu trước tuổi cho người
   có nguyện vọng.
   Việc bố trí lại đội ngũ dự kiến hoàn thành trước ngày 15/8 để kịp phân công chuyên môn cho năm học mới."""
   )

bg("ng-boi-duong-tich-hop", [4, 15], "neu", False, "07-15", "08-10",
   ["Giáo viên THCS tập huấn hè để dạy môn Khoa học tự nhiên tích hợp",
    "Dạy môn tích hợp: giáo viên vẫn cần thêm thời gian bồi dưỡng"],
   """Trong kỳ nghỉ hè, hàng nghìn giáo viên THCS tham gia bồi dưỡng để dạy môn Khoa học tự nhiên và
   Lịch sử và Địa lí theo hướng tích hợp, một trong những khó khăn lớn của chương trình mới.""",
   """Hiện phần lớn trường THCS vẫn phân công mỗi giáo viên dạy một phân môn: giáo viên Vật lí dạy
   phần Vật lí, giáo viên Hóa học dạy phần Hóa học, rồi cộng điểm chung. Bộ GD&ĐT yêu cầu các địa phương có lộ trình để mỗi giáo viên
   đảm nhận được toàn bộ môn học.

   Cô Đỗ Thị Lan Anh, giáo viên Sinh học ở Hải Phòng, cho biết sau khóa bồi dưỡng 6 tuần, cô tự tin hơn
   với phần Vật lí lớp 6 nhưng vẫn ngại phần điện học lớp 9. "Cần có thời gian và người hỗ trợ trong
   tổ chuyên môn", cô nói.

   Các trường sư phạm đã mở chương trình đào tạo giáo viên Khoa học tự nhiên từ vài năm trước, nhưng
   số sinh viên tốt nghiệp chưa đủ bù đắp nhu cầu của các trường phổ thông.
   Nhiều chuyên gia cho rằng cần có lộ trình dài hơi, kết hợp bồi dưỡng với tuyển mới, thay vì đặt yêu cầu giáo viên dạy ngay toàn bộ môn học."""
   )

bg("ng-giao-su-tieu-chuan", [4], "neu", False, "08-15", "09-15",
   ["Dự thảo tiêu chuẩn mới về chức danh giáo sư, phó giáo sư",
    "Ứng viên phó giáo sư phải có bài báo quốc tế và hướng dẫn nghiên cứu sinh"],
   """Dự thảo quy định mới về tiêu chuẩn, thủ tục xét công nhận chức danh giáo sư, phó giáo sư đang được
   lấy ý kiến, với nhiều thay đổi về yêu cầu công bố khoa học và năng lực ngoại ngữ.""",
   """Theo dự thảo, ứng viên phó giáo sư cần có bài báo trên tạp chí khoa học quốc tế uy tín và đã hướng
   dẫn ít nhất một nghiên cứu sinh hoặc chủ trì đề tài cấp bộ. Ứng viên giáo sư phải là tác giả chính
   của nhiều công trình có giá trị, đồng thời sử dụng thành thạo một ngoại ngữ.

   Dự thảo cũng bổ sung quy định kiểm tra đạo văn, xử lý nghiêm trường hợp gian lận hồ sơ, mua bán bài
   báo. Những người bị phát hiện vi phạm sẽ bị hủy công nhận và không được nộp hồ sơ trong nhiều năm.

   Nhiều nhà khoa học ủng hộ việc nâng chuẩn, nhưng cho rằng cần tính đến đặc thù các ngành khoa học
   xã hội, nghệ thuật, nơi công bố quốc tế khó khăn hơn.
   Dự thảo đang được lấy ý kiến rộng rãi trước khi trình cấp có thẩm quyền ban hành."""
   )

bg("ng-bo-nhiem-hieu-truong-dh", [], "neu", False, "07-10", "09-25",
   ["Trường đại học có hiệu trưởng mới sau gần một năm khuyết",
    "Bổ nhiệm tân hiệu trưởng một trường đại học kỹ thuật"],
   """Bộ GD&ĐT vừa công nhận PGS.TS Lê Quang Vinh giữ chức hiệu trưởng một trường đại học kỹ thuật
   tại Hà Nội nhiệm kỳ 2025-2030, sau gần một năm trường không có hiệu trưởng.""",
   """PGS.TS Lê Quang Vinh sinh năm 1976, tốt nghiệp tiến sĩ tại Nhật Bản, trước đó là phó hiệu trưởng
   phụ trách đào tạo của trường. Ông được hội đồng trường tín nhiệm với tỷ lệ phiếu cao.

   Phát biểu nhận nhiệm vụ, tân hiệu trưởng cho biết ưu tiên hàng đầu là phát triển các ngành kỹ thuật
   trọng điểm, tăng cường hợp tác với doanh nghiệp và mở rộng chương trình đào tạo bằng tiếng Anh.
   Ông cũng cam kết cải thiện điều kiện làm việc, thu nhập để giữ chân giảng viên trẻ có năng lực.

   Trường hiện có gần 20.000 sinh viên, đào tạo 45 ngành trình độ đại học và nhiều chương trình thạc
   sĩ, tiến sĩ.
   Trong những năm gần đây, trường liên tục nằm trong nhóm có điểm chuẩn cao ở khối ngành kỹ thuật."""
   )

bg("ng-tuyen-gv-can-tho-hau-giang", [4], "neu", True, "08-05", "08-11",
   ["TP Cần Thơ tuyển hơn 600 giáo viên, ưu tiên khu vực Hậu Giang cũ",
    "Tuyển dụng giáo viên năm 2025: Long Mỹ, Phụng Hiệp cần nhiều nhất"],
   """Sở GD&ĐT TP Cần Thơ thông báo tuyển dụng hơn 600 giáo viên các cấp cho năm học 2025-2026, trong
   đó gần một nửa chỉ tiêu dành cho các trường thuộc địa bàn tỉnh Hậu Giang trước đây.""",
   """Theo thông báo, các xã thuộc huyện Long Mỹ, huyện Phụng Hiệp cũ như Xà Phiên, Lương Tâm, Vĩnh
   Viễn, Hiệp Hưng, Tân Phước Hưng có nhu cầu tuyển dụng lớn nhất, chủ yếu là giáo viên tiểu học,
   tiếng Anh và Tin học.
   Nhiều trường ở các xã vùng sâu đang phải hợp đồng tạm thời hoặc phân công giáo viên dạy vượt giờ để bảo đảm chương trình.

   Đại diện sở cho biết sau khi hợp nhất, việc tuyển dụng được tổ chức tập trung một đợt cho toàn
   thành phố. Thí sinh được đăng ký nguyện vọng theo từng khu vực, trong đó người có hộ khẩu tại địa
   bàn được cộng điểm ưu tiên theo quy định.

   Hồ sơ nhận từ ngày 12 đến 30/8 tại các điểm tiếp nhận ở phường Ninh Kiều, phường Vị Thanh và phường
   Phú Lợi. Sở dự kiến hoàn thành tuyển dụng trước tháng 11 để giáo viên kịp nhận nhiệm vụ trong học
   kỳ I."""
   )

bg("ng-phu-huynh-hanh-hung-gv", [4, 10], "neg", False, "09-18", "09-20",
   ["Phụ huynh xông vào lớp, tát cô giáo trước mặt học sinh",
    "Khởi tố vụ phụ huynh hành hung giáo viên tại lớp học"],
   """Một phụ huynh ở tỉnh Hưng Yên (mới) đã xông vào lớp học, chửi bới và tát cô giáo chủ nhiệm lớp 6
   vì cho rằng cô phạt con mình đứng cuối lớp.""",
   """Sự việc xảy ra sáng 18/9 tại một trường THCS. Theo lời kể của học sinh, khi cô giáo đang dạy tiết
   Ngữ văn, người đàn ông đi thẳng vào lớp, lớn tiếng hỏi ai phạt con mình rồi vung tay tát cô giáo.

   Cô giáo Nguyễn Thị Thủy, 34 tuổi, bị choáng, phải đến trạm y tế kiểm tra. Ban giám hiệu đã mời
   công an xã đến làm việc; nhiều học sinh trong lớp hoảng sợ, khóc.

   Công đoàn ngành giáo dục tỉnh đề nghị xử lý nghiêm hành vi xâm phạm danh dự, thân thể nhà giáo.
   Theo Luật Nhà giáo vừa được thông qua, xúc phạm, bạo hành nhà giáo là hành vi bị nghiêm cấm."""
   )

bg("ng-hau-giang-trong-danh-sach-tap-huan", [4], "neu", False, "07-20", "08-10",
   ["Tập huấn cán bộ quản lý giáo dục 13 tỉnh, thành ĐBSCL về chương trình mới",
    "Hiệu trưởng các tỉnh ĐBSCL được bồi dưỡng năng lực quản trị nhà trường"],
   """Bộ GD&ĐT phối hợp với một trường đại học tổ chức lớp bồi dưỡng năng lực quản trị nhà trường cho
   gần 400 hiệu trưởng, phó hiệu trưởng đến từ các địa phương vùng ĐBSCL.""",
   """Học viên đến từ các tỉnh, thành trước sắp xếp gồm Long An, Tiền Giang, Bến Tre, Trà Vinh, Vĩnh
   Long, Đồng Tháp, An Giang, Kiên Giang, Cần Thơ, Hậu Giang, Sóc Trăng, Bạc Liêu và Cà Mau. Nội dung
   tập trung vào quản trị tài chính, tự chủ chuyên môn và chuyển đổi số trong nhà trường.

   Theo ban tổ chức, sau khi sắp xếp đơn vị hành chính, nhiều hiệu trưởng phải quản lý trường có quy
   mô lớn hơn, nhiều điểm lẻ hơn. Việc bồi dưỡng kỹ năng quản trị vì thế rất cấp thiết.

   Khóa học kéo dài 10 ngày, kết hợp học trực tiếp và trực tuyến. Học viên hoàn thành sẽ được cấp
   chứng chỉ bồi dưỡng theo chuẩn hiệu trưởng.""",
   region="mekong")

bg("ng-giang-vien-chuan", [4], "neg", False, "09-01", "09-25",
   ["Nhiều trường đại học chưa đạt tỷ lệ giảng viên có trình độ tiến sĩ",
    "Chuẩn cơ sở giáo dục đại học: bài toán giảng viên tiến sĩ"],
   """Theo báo cáo rà soát chuẩn cơ sở giáo dục đại học, hàng chục trường chưa đạt yêu cầu về tỷ lệ
   giảng viên có trình độ tiến sĩ, một số trường còn thiếu giảng viên cơ hữu.""",
   """Chuẩn cơ sở giáo dục đại học yêu cầu đến năm 2030, tỷ lệ giảng viên có trình độ tiến sĩ đạt tối
   thiểu 20% với trường đại học; tỷ lệ người học trên giảng viên không vượt quá mức quy định theo
   từng khối ngành.
   Ngoài ra, các trường phải bảo đảm diện tích sàn xây dựng, học liệu và năng lực tài chính theo từng giai đoạn.

   Hiệu trưởng một trường đại học tư thục ở TP.HCM cho biết trường đã cử 30 giảng viên đi học tiến
   sĩ nhưng mất ít nhất bốn năm mới có kết quả. Việc tuyển tiến sĩ từ bên ngoài rất khó vì cạnh tranh
   thu nhập với doanh nghiệp.

   Bộ GD&ĐT cho biết các trường không đạt chuẩn sẽ bị hạn chế chỉ tiêu tuyển sinh, dừng mở ngành mới
   và phải có kế hoạch khắc phục theo lộ trình.
   Kết quả rà soát sẽ được công khai để người học tham khảo khi lựa chọn trường."""
   )

# =====================================================================================
# Topic 5 — Cơ sở vật chất
# =====================================================================================

bg("csvc-xuong-cap-quang-ngai", [5], "neg", False, "08-05", "08-28",
   ["Phòng học xuống cấp, trần bong tróc trước ngày tựu trường",
    "Học sinh vùng cao Quảng Ngãi học trong phòng học nứt tường, dột mái"],
   """Nhiều phòng học ở các xã miền núi tỉnh Quảng Ngãi (mới) xuống cấp nghiêm trọng, tường nứt, trần
   bong tróc, mùa mưa nước dột ướt bàn ghế, trong khi năm học mới sắp bắt đầu.""",
   """Tại một điểm trường tiểu học ở khu vực Kon Tum cũ, dãy phòng học xây từ năm 2003 đã có nhiều vết
   nứt chạy dài từ nền lên trần. Giáo viên phải kê bàn tránh những chỗ dột, có hôm cho học sinh
   nghỉ vì mưa lớn.

   Thầy A Thuận, phụ trách điểm trường, cho biết nhà trường đã nhiều lần đề xuất sửa chữa nhưng kinh
   phí chưa được bố trí. "Mỗi lần có gió lớn là chúng tôi lo, phải cho các em sang học nhờ nhà văn
   hóa thôn", thầy nói.

   Theo ngành giáo dục tỉnh, toàn tỉnh còn hơn 300 phòng học cần sửa chữa hoặc xây mới. Tỉnh đang ưu
   tiên nguồn vốn chương trình mục tiêu quốc gia cho các điểm trường có nguy cơ mất an toàn."""
   )

bg("csvc-phong-hoc-tam-dbscl", [5], "neg", False, "07-15", "08-20",
   ["Vùng ĐBSCL vẫn còn hàng nghìn phòng học tạm, học nhờ",
    "Phòng học tạm ở miền Tây: bao giờ xóa hết?"],
   """Dù đã được đầu tư nhiều năm, các địa phương vùng ĐBSCL vẫn còn hàng nghìn phòng học tạm, học
   nhờ, tập trung ở bậc mầm non và các xã ven biển, vùng sâu.""",
   """Tại một xã thuộc tỉnh Cà Mau (mới), một lớp mẫu giáo học trong căn nhà tôn mượn của dân, mùa nắng
   nóng hầm hập. Cô giáo phải mang quạt từ nhà đến, còn trẻ nằm ngủ trưa trên tấm đệm trải dưới nền.

   Nguyên nhân chính là địa bàn dân cư phân tán dọc kênh rạch, mỗi điểm trường chỉ có vài chục học
   sinh nên khó đầu tư xây dựng kiên cố. Nhiều nơi còn vướng quỹ đất xây trường.

   Các địa phương đề xuất Trung ương tiếp tục hỗ trợ vốn kiên cố hóa trường lớp, đồng thời tận dụng
   trụ sở dôi dư sau sắp xếp đơn vị hành chính để làm phòng học.
   Một số tỉnh đã ưu tiên dành nguồn kết dư ngân sách cho các điểm trường mầm non còn học nhờ, học tạm.""",
   region="mekong")

bg("csvc-nga-bay-truong-moi", [5], "pos", True, "08-20", "09-04",
   ["Phường Ngã Bảy đưa vào sử dụng trường THCS mới trước khai giảng",
    "Hơn 30 tỷ đồng xây mới trường THCS ở Ngã Bảy"],
   """Một trường THCS với 24 phòng học ở phường Ngã Bảy, TP Cần Thơ (trước đây là TP Ngã Bảy, tỉnh Hậu
   Giang) vừa được bàn giao, kịp đón hơn 900 học sinh trong năm học 2025-2026.""",
   """Công trình có tổng vốn đầu tư hơn 30 tỷ đồng, gồm khối phòng học ba tầng, phòng thí nghiệm, phòng
   tin học, thư viện và nhà đa năng. Đây là dự án được tỉnh Hậu Giang phê duyệt từ năm 2023 và hoàn
   thành sau khi hợp nhất.

   Trước đây, học sinh của trường phải học tại cơ sở cũ chật hẹp, nhiều lớp học ca ba buổi chiều.
   Thầy Nguyễn Hoàng Phúc, hiệu trưởng, cho biết với trường mới, toàn bộ học sinh được học 2 buổi mỗi
   ngày.

   Nhiều phụ huynh ở khu vực chợ nổi Ngã Bảy phấn khởi khi con em được học trong ngôi trường khang
   trang, gần nhà. Trường dự kiến tổ chức lễ khai giảng tại cơ sở mới vào sáng 5/9."""
   )

bg("csvc-sat-lo-an-giang", [5, 10], "neg", False, "09-14", "09-16",
   ["Sạt lở bờ sông uy hiếp điểm trường tiểu học ở An Giang",
    "Di dời khẩn cấp học sinh vì sạt lở sát phòng học"],
   """Một đoạn bờ sông dài khoảng 40 m sạt lở, áp sát dãy phòng học của một điểm trường tiểu học ở tỉnh
   An Giang, buộc nhà trường phải di dời khẩn cấp học sinh sang cơ sở khác.""",
   """Vụ sạt lở xảy ra rạng sáng 14/9, cuốn trôi một phần sân trường và hàng rào. Vết nứt chỉ cách chân
   tường phòng học gần nhất khoảng 3 m. Rất may thời điểm xảy ra sự việc không có học sinh ở trường.

   Nhà trường đã chuyển hơn 150 học sinh sang học tại điểm trường chính cách đó 2 km. Phụ huynh được
   bố trí đưa đón, một số lớp phải học luân phiên hai ca.

   Chính quyền xã đã cắm biển cảnh báo, khoanh vùng khu vực nguy hiểm và đề nghị tỉnh hỗ trợ kinh phí
   kè bờ. Ngành giáo dục yêu cầu các trường ven sông rà soát nguy cơ mất an toàn trong mùa mưa.""",
   region="mekong")

bg("csvc-thieu-thiet-bi-ct-moi", [5, 15], "neg", False, "08-10", "09-10",
   ["Thiếu thiết bị dạy học tối thiểu, giáo viên tự “chế” đồ dùng",
    "Chương trình mới đã đủ 12 lớp, thiết bị dạy học vẫn thiếu"],
   """Chương trình giáo dục phổ thông mới đã triển khai ở tất cả các lớp, song nhiều trường vẫn thiếu
   thiết bị dạy học tối thiểu, nhất là bộ thí nghiệm Khoa học tự nhiên và thiết bị môn Công nghệ.""",
   """Tại một trường THCS ở tỉnh Thanh Hóa, phòng thí nghiệm chỉ có hai bộ dụng cụ cho lớp 40 học sinh.
   Giáo viên phải làm thí nghiệm biểu diễn, học sinh quan sát từ xa thay vì tự thực hành.

   Cô Lê Thị Hải Yến, giáo viên Khoa học tự nhiên, kể cô thường tự mua dây điện, pin, bóng đèn để làm
   đồ dùng. "Học sinh rất thích thực hành, nhưng thiết bị không đủ thì chỉ học lý thuyết", cô nói.

   Theo khảo sát của ngành giáo dục nhiều địa phương, tỷ lệ trường có đủ thiết bị tối thiểu theo danh
   mục mới chỉ đạt khoảng 60-70%. Nhiều nơi chờ kinh phí mua sắm tập trung, thủ tục kéo dài."""
   )

bg("csvc-long-my-chuan-quoc-gia", [5], "pos", True, "07-20", "08-15",
   ["Thêm một trường tiểu học ở Long Mỹ đạt chuẩn quốc gia",
    "Trường tiểu học ở xã Lương Tâm đạt chuẩn quốc gia mức độ 1"],
   """Một trường tiểu học ở xã Lương Tâm, TP Cần Thơ (trước đây thuộc huyện Long Mỹ, tỉnh Hậu Giang) vừa
   được công nhận đạt chuẩn quốc gia mức độ 1, sau ba năm đầu tư cơ sở vật chất.""",
   """Trường có 18 phòng học kiên cố, đủ phòng bộ môn tin học, tiếng Anh và thư viện đạt chuẩn. Khuôn
   viên được trồng nhiều cây xanh, có sân bóng đá mini do người dân địa phương góp tiền làm.

   Thầy Danh Hoàng Nam, hiệu trưởng, cho biết trường có gần 30% học sinh là con em đồng bào Khmer. Nhờ
   cơ sở vật chất được cải thiện, tỷ lệ học sinh học 2 buổi/ngày đạt 100%, không còn học sinh bỏ học.

   Đây là trường thứ 5 trên địa bàn các xã thuộc huyện Long Mỹ cũ đạt chuẩn quốc gia trong năm 2025.
   Sở GD&ĐT TP Cần Thơ cho biết sẽ tiếp tục ưu tiên đầu tư cho các trường ở khu vực này."""
   )

bg("csvc-ha-noi-truong-moi", [5], "pos", False, "08-20", "09-04",
   ["Hà Nội đưa vào sử dụng 30 trường học mới trong năm học 2025-2026",
    "Thêm hàng trăm phòng học mới, Hà Nội giảm sĩ số lớp đông"],
   """Hà Nội đưa vào sử dụng khoảng 30 trường học xây mới và hàng trăm phòng học mở rộng trong năm học
   2025-2026, góp phần giảm sĩ số ở những khu vực đông dân.""",
   """Các trường mới tập trung ở khu vực phía Tây và phía Nam thành phố, nơi có nhiều khu đô thị mới.
   Nhiều trường được xây dựng theo mô hình hiện đại, có bể bơi, nhà đa năng và phòng học STEM.

   Theo ngành giáo dục thủ đô, sĩ số bình quân ở một số phường vẫn trên 45 học sinh mỗi lớp, vượt
   quy định. Việc có thêm trường giúp giảm áp lực tuyển sinh đầu cấp, nhất là lớp 1 và lớp 6.

   Thành phố cũng yêu cầu rà soát quỹ đất dành cho giáo dục trong các dự án khu đô thị, không để
   tình trạng chủ đầu tư chậm xây trường dù dân cư đã vào ở.
   Sở GD&ĐT Hà Nội cho biết sẽ tiếp tục đề xuất xây mới trường học ở những khu vực có tốc độ tăng dân số nhanh."""
   )

bg("csvc-ngap-tphcm", [5, 10], "neg", False, "09-17", "09-18",
   ["Mưa lớn, sân trường ngập sâu, học sinh lội nước đến lớp",
    "Trường học ngập nặng sau mưa, phụ huynh phải cõng con vào lớp"],
   """Cơn mưa lớn chiều 16/9 khiến nhiều tuyến đường và sân trường ở TP.HCM ngập sâu; một số trường
   phải cho học sinh ở lại lớp chờ nước rút.""",
   """Tại một trường tiểu học, nước tràn vào sân sâu gần 40 cm, ngập cả hành lang tầng trệt. Phụ huynh
   đến đón con phải xắn quần, cõng con ra cổng; nhiều xe máy chết máy giữa đường.

   Cô Trần Ngọc Quỳnh, hiệu trưởng, cho biết trường nằm ở vùng trũng nên năm nào cũng ngập vài lần vào
   mùa mưa. Nhà trường đã bố trí giáo viên ở lại trông học sinh đến khi phụ huynh đến đón.

   Ngành giáo dục thành phố đề nghị các trường có nguy cơ ngập chủ động phương án bảo vệ thiết bị,
   hồ sơ và bảo đảm an toàn cho học sinh; đồng thời đề xuất nâng nền, cải tạo hệ thống thoát nước
   cho một số trường.
   Một số phụ huynh đề nghị nhà trường thông báo sớm qua ứng dụng liên lạc mỗi khi có mưa lớn để chủ động đón con."""
   )

bg("csvc-bao-toc-mai-nghe-an", [5], "neg", False, "08-26", "09-03",
   ["Hàng trăm trường học ở Nghệ An, Hà Tĩnh hư hỏng sau bão",
    "Khẩn trương khắc phục trường học tốc mái trước ngày khai giảng"],
   """Cơn bão đổ bộ cuối tháng 8 làm hàng trăm trường học ở Nghệ An, Hà Tĩnh bị tốc mái, đổ tường rào,
   cây xanh gãy đổ, nhiều thiết bị dạy học hư hỏng.""",
   """Theo báo cáo nhanh, hơn 200 trường tại hai tỉnh bị thiệt hại ở các mức độ khác nhau. Nhiều phòng
   học bị nước mưa tạt vào làm ướt sách vở, máy tính; một số trường mầm non bị đổ tường bao.

   Ngay sau bão, giáo viên, phụ huynh và lực lượng vũ trang đã cùng dọn dẹp, lợp lại mái tạm. Thầy
   Phạm Văn Hòa, hiệu trưởng một trường THCS, cho biết trường cố gắng khắc phục để học sinh đến lớp
   đúng ngày khai giảng.

   Bộ GD&ĐT đề nghị các địa phương thống kê thiệt hại, hỗ trợ sách giáo khoa, đồ dùng học tập cho
   học sinh bị mất mát, không để em nào phải nghỉ học vì hậu quả bão.
   Nhiều doanh nghiệp, tổ chức thiện nguyện cũng đã đăng ký hỗ trợ tôn lợp, sách vở cho các trường bị thiệt hại nặng."""
   )

bg("csvc-sua-chua-he-vi-thuy", [5], "neu", True, "07-08", "07-28",
   ["Các trường ở Vị Thủy tranh thủ mùa hè sửa chữa phòng học",
    "Tu sửa trường lớp dịp hè ở khu vực Vị Thủy, Vị Thanh 1"],
   """Tranh thủ thời gian nghỉ hè, các trường học trên địa bàn xã Vị Thủy, xã Vị Thanh 1 và xã Vĩnh
   Thuận Đông, TP Cần Thơ (trước đây thuộc huyện Vị Thủy, tỉnh Hậu Giang) tiến hành sửa chữa phòng học,
   nhà vệ sinh, chuẩn bị cho năm học mới.""",
   """Hạng mục được ưu tiên là thay mái tôn, sửa trần, sơn lại tường và cải tạo nhà vệ sinh học sinh.
   Tổng kinh phí sửa chữa của các trường khoảng 5 tỷ đồng, từ nguồn ngân sách đã bố trí trước khi
   hợp nhất và nguồn vận động xã hội hóa.

   Thầy Lâm Văn Đức, hiệu trưởng một trường THCS ở khu vực thị trấn Nàng Mau cũ, cho biết các công
   trình phải hoàn thành trước ngày 20/8 để kịp vệ sinh, sắp xếp bàn ghế đón học sinh tựu trường.
   Theo thầy Đức, năm nay trường ưu tiên sửa nhà vệ sinh và thay hệ thống điện đã xuống cấp sau hơn 15 năm sử dụng.

   Chính quyền các xã đề nghị đơn vị thi công bảo đảm an toàn, rào chắn khu vực đang sửa chữa vì một
   số trường vẫn tổ chức lớp học hè, ôn tập cho học sinh.
   Các xã cũng giao cán bộ văn hóa - xã hội theo dõi tiến độ, báo cáo định kỳ về thành phố."""
   )

bg("csvc-nha-ve-sinh", [5], "neg", False, "09-10", "09-28",
   ["Nhà vệ sinh trường học: học sinh nhịn tiểu vì bẩn và thiếu",
    "Chuyện nhà vệ sinh trường học đầu năm học mới"],
   """Nhiều học sinh cho biết các em nhịn đi vệ sinh suốt buổi học vì nhà vệ sinh trường bẩn, hôi, thiếu
   nước và không có khóa cửa.""",
   """Khảo sát của một nhóm tình nguyện tại 20 trường phổ thông ở ba tỉnh phía Bắc cho thấy gần một nửa
   số nhà vệ sinh học sinh không có nước rửa tay, xà phòng; nhiều nhà vệ sinh nữ không có thùng rác.
   Một số trường có hơn 1.000 học sinh nhưng chỉ có hai khu vệ sinh, giờ ra chơi học sinh phải xếp hàng dài.

   Em Nguyễn Thu Phương, học sinh lớp 8, kể từ lớp 6 em không dám đi vệ sinh ở trường. "Em uống rất ít
   nước để chiều về mới đi", Phương nói. Bác sĩ cảnh báo thói quen này có thể gây bệnh đường tiết
   niệu ở trẻ.

   Các chuyên gia cho rằng nhà vệ sinh trường học cần được xem là tiêu chí quan trọng của chất lượng
   giáo dục, có nhân viên vệ sinh chuyên trách và kinh phí vận hành riêng.
   Nhiều địa phương đã đưa cải tạo nhà vệ sinh trường học vào danh mục ưu tiên sửa chữa trong dịp hè."""
   )

bg("csvc-chau-thanh-long-an-truong", [5], "pos", False, "08-18", "09-05",
   ["Khánh thành trường tiểu học mới ở xã Châu Thành, tỉnh Tây Ninh",
    "Học sinh vùng Châu Thành (Long An cũ) có trường mới trước năm học"],
   """Một trường tiểu học với 20 phòng học vừa được khánh thành tại khu vực huyện Châu Thành cũ của
   tỉnh Long An, nay thuộc tỉnh Tây Ninh, thay thế dãy phòng học xuống cấp xây từ năm 1998.""",
   """Công trình có tổng vốn hơn 22 tỷ đồng, gồm khối phòng học hai tầng, phòng tin học, thư viện và nhà
   đa năng. Trường đón khoảng 700 học sinh, tất cả được học 2 buổi/ngày.

   Cô Nguyễn Thị Cẩm Tú, hiệu trưởng, cho biết trước đây mùa mưa nhà trường thường phải kê gạch cho
   học sinh đi vì sân ngập. "Năm nay các em được học trong ngôi trường khang trang, thầy cô rất mừng",
   cô nói.

   Ngành giáo dục tỉnh Tây Ninh cho biết đang tiếp tục hoàn thiện nhiều công trình trường học ở khu
   vực Long An cũ trong quý IV/2025.
   Cùng với trường tiểu học này, hai trường mầm non trong khu vực cũng được nâng cấp, bổ sung phòng học và sân chơi."""
   )

bg("csvc-phong-stem", [5, 9], "pos", False, "09-05", "09-25",
   ["Trường học đầu tư phòng STEM, học sinh tự lắp mạch điện, lập trình robot",
    "Phòng học STEM: từ phong trào đến hoạt động thường xuyên"],
   """Nhiều trường phổ thông ở Bắc Ninh (mới) đưa phòng học STEM vào sử dụng từ đầu năm học, giúp học
   sinh được thực hành lắp ráp mạch điện, lập trình robot và làm dự án khoa học.""",
   """Mỗi phòng STEM được trang bị bộ kit điện tử, máy in 3D, máy tính và bộ dụng cụ cơ khí cơ bản,
   kinh phí từ 300 đến 500 triệu đồng. Một số trường nhận tài trợ từ doanh nghiệp công nghệ trong khu
   công nghiệp.

   Thầy Ngô Đức Thịnh, phụ trách phòng STEM một trường THCS, cho biết mỗi lớp được học ít nhất 2 tiết
   mỗi tháng tại phòng. "Học sinh được làm sản phẩm thật nên nhớ kiến thức Vật lí, Công nghệ lâu
   hơn", thầy nói.

   Tuy nhiên, các trường cũng lo ngại chi phí bảo trì, vật tư tiêu hao và việc thiếu giáo viên được
   đào tạo bài bản về giáo dục STEM.
   Nhiều hiệu trưởng đề nghị ngành giáo dục tổ chức bồi dưỡng chuyên sâu và có định mức kinh phí vận hành cho phòng học STEM."""
   )

bg("csvc-hiep-hung-sat-lo", [5, 10], "neg", True, "09-16", "09-28",
   ["Sạt lở bờ kênh đe dọa điểm trường ở xã Hiệp Hưng",
    "Phụng Hiệp cũ: điểm trường tiểu học nằm sát mép kênh sạt lở"],
   """Bờ kênh phía sau một điểm trường tiểu học ở xã Hiệp Hưng, TP Cần Thơ (trước đây thuộc huyện
   Phụng Hiệp, tỉnh Hậu Giang) bị sạt lở dài gần 30 m, khiến phụ huynh lo lắng cho an toàn của học
   sinh.""",
   """Vết sạt lở xuất hiện sau nhiều ngày mưa lớn và triều cường, cuốn mất một phần hàng rào và nhà để
   xe của giáo viên. Khoảng cách từ mép sạt lở đến dãy phòng học gần nhất chỉ còn chừng 5 m.

   Chị Võ Thị Thu Ba, phụ huynh có con học lớp 2, cho biết mỗi sáng đưa con đến trường chị đều dặn
   con không ra phía sau lớp. "Nước kênh chảy xiết, lỡ có chuyện gì thì không ai kịp", chị nói.

   Nhà trường đã rào chắn, cắm biển cảnh báo và tạm chuyển hai lớp học gần khu vực sạt lở sang phòng
   khác. UBND xã Hiệp Hưng đã báo cáo thành phố xin hỗ trợ kinh phí kè khẩn cấp."""
   )

# =====================================================================================
# Topic 6 — Công nghệ thông tin, chuyển đổi số
# =====================================================================================

bg("cntt-hoc-ba-so", [6], "neu", False, "08-15", "09-10",
   ["Triển khai học bạ số trên toàn quốc từ năm học 2025-2026",
    "Học bạ số có giá trị như học bạ giấy, phụ huynh tra cứu thế nào?"],
   """Từ năm học 2025-2026, các trường phổ thông trên cả nước triển khai học bạ số đối với học sinh
   tiểu học, THCS và THPT, thay thế dần học bạ giấy.""",
   """Học bạ số được ký số bởi giáo viên chủ nhiệm và hiệu trưởng, có giá trị pháp lý như học bạ giấy.
   Dữ liệu được lưu trên cơ sở dữ liệu ngành, liên thông giữa các cấp học, giúp giảm thủ tục khi học
   sinh chuyển trường, tuyển sinh đầu cấp.

   Phụ huynh, học sinh có thể tra cứu học bạ qua ứng dụng được nhà trường hướng dẫn. Các trường phải
   bảo đảm an toàn thông tin, phân quyền truy cập rõ ràng.

   Đại diện Bộ GD&ĐT cho biết năm học trước đã có hàng chục nghìn trường thí điểm. Khó khăn chủ yếu
   là chữ ký số của giáo viên và đường truyền ở vùng sâu, vùng xa."""
   )

bg("cntt-so-lien-lac-thu-phi", [6, 8], "neg", False, "09-08", "09-24",
   ["Phụ huynh bức xúc vì phải trả phí sổ liên lạc điện tử",
    "Sổ liên lạc điện tử: miễn phí hay bắt buộc đóng tiền?"],
   """Đầu năm học, nhiều phụ huynh ở các tỉnh phía Nam phản ánh được "đề nghị" đóng từ 100.000 đến
   150.000 đồng cho sổ liên lạc điện tử, trong khi quy định không cho phép bắt buộc thu khoản này.""",
   """Theo phản ánh, giáo viên chủ nhiệm gửi thông báo cùng danh sách các khoản đầu năm, trong đó có
   phí sổ liên lạc điện tử do một công ty phần mềm cung cấp. Phụ huynh không đóng sẽ không nhận được
   thông báo điểm, lịch học qua tin nhắn.

   Anh Lê Hoàng Phong, một phụ huynh, cho rằng thông tin học tập của con là quyền lợi chính đáng, nhà
   trường phải cung cấp miễn phí. "Trường dùng phần mềm thì phải tự trả, sao lại bắt phụ huynh
   đóng?", anh nói.

   Ngành giáo dục đã nhiều lần yêu cầu các trường không thu tiền sổ liên lạc điện tử; việc sử dụng
   dịch vụ nhắn tin có thu phí phải hoàn toàn tự nguyện và có thỏa thuận với phụ huynh.
   Phụ huynh không đồng ý sử dụng dịch vụ vẫn phải được nhà trường thông báo đầy đủ kết quả học tập của con bằng hình thức khác."""
   )

bg("cntt-huong-dan-ai", [6], "neu", False, "08-20", "09-20",
   ["Bộ GD&ĐT hướng dẫn sử dụng trí tuệ nhân tạo trong dạy học",
    "Giáo viên được dùng AI soạn bài, nhưng phải kiểm chứng nội dung"],
   """Bộ GD&ĐT đang xây dựng hướng dẫn sử dụng trí tuệ nhân tạo (AI) trong dạy học và quản lý giáo dục,
   khuyến khích giáo viên ứng dụng nhưng phải bảo đảm tính chính xác và đạo đức học thuật.""",
   """Theo dự thảo, giáo viên có thể dùng công cụ AI để gợi ý bài giảng, tạo câu hỏi ôn tập, hỗ trợ
   chấm bài trắc nghiệm. Tuy nhiên, mọi nội dung do AI tạo ra phải được giáo viên kiểm tra trước khi
   sử dụng với học sinh.

   Với học sinh, nhà trường cần hướng dẫn sử dụng AI như một công cụ hỗ trợ học tập, không lạm dụng
   để làm thay bài tập, bài kiểm tra. Việc thu thập dữ liệu cá nhân của học sinh qua các ứng dụng phải
   tuân thủ quy định về bảo vệ dữ liệu.

   Nhiều giáo viên cho biết họ đã tự học cách dùng AI từ năm trước, nhưng mong có tập huấn bài bản
   và danh mục công cụ được khuyến nghị.
   Dự kiến hướng dẫn được ban hành trong học kỳ I năm học 2025-2026."""
   )

bg("cntt-chau-thanh-chuyen-doi-so", [6], "pos", True, "08-10", "08-30",
   ["Trường học ở xã Châu Thành đẩy mạnh chuyển đổi số",
    "Thư viện số, lớp học thông minh ở trường THCS vùng Ngã Sáu"],
   """Một trường THCS ở xã Châu Thành, TP Cần Thơ (trước đây thuộc huyện Châu Thành, tỉnh Hậu Giang)
   vừa đưa vào sử dụng thư viện số và hai phòng học thông minh, phục vụ gần 800 học sinh.""",
   """Thư viện số có hơn 5.000 đầu sách điện tử, học sinh đọc trên máy tính bảng tại trường hoặc truy
   cập từ nhà bằng tài khoản riêng. Phòng học thông minh được trang bị màn hình tương tác, camera để
   giáo viên ghi lại bài giảng.

   Thầy Võ Thanh Hải, hiệu trưởng, cho biết kinh phí hơn 1,2 tỷ đồng được huy động từ ngân sách và
   các doanh nghiệp ở khu công nghiệp lân cận. Toàn bộ giáo viên đã được tập huấn sử dụng thiết bị
   trong dịp hè.

   Trường cũng triển khai học bạ số, sổ điểm điện tử và thanh toán không dùng tiền mặt. Phụ huynh có
   thể theo dõi kết quả học tập của con qua ứng dụng trên điện thoại."""
   )

bg("cntt-hoc-sinh-dung-ai", [6], "neg", False, "09-15", "09-28",
   ["Học sinh chép bài văn do AI viết, giáo viên đau đầu chấm bài",
    "Khi AI “làm hộ” bài tập về nhà của học sinh"],
   """Ngay những tuần đầu năm học, nhiều giáo viên Ngữ văn phát hiện học sinh nộp bài viết được tạo
   bằng công cụ trí tuệ nhân tạo, câu chữ trơn tru nhưng giống nhau đến bất ngờ.""",
   """Cô Phạm Thị Ngọc Ánh, giáo viên một trường THPT ở Đà Nẵng, kể trong 40 bài văn nghị luận, có gần
   10 bài có bố cục và nhiều câu gần như trùng nhau. Khi được hỏi lại, một số em thừa nhận đã nhờ ứng
   dụng AI viết rồi sửa lại vài chữ.

   "Điều đáng lo là các em bỏ qua quá trình suy nghĩ, lập luận", cô Ánh nói. Cô đã chuyển sang cho học
   sinh viết bài ngay tại lớp và tăng cường kiểm tra vấn đáp.

   Chuyên gia giáo dục cho rằng cấm đoán không khả thi; nhà trường cần thay đổi cách ra đề, đánh giá
   theo quá trình và dạy học sinh sử dụng AI có trách nhiệm.
   Một số trường đã đưa nội dung về đạo đức khi dùng AI vào giờ sinh hoạt lớp ngay từ đầu năm học."""
   )

bg("cntt-tuyen-sinh-truc-tuyen-nghen", [6], "neg", False, "07-02", "07-03",
   ["Hệ thống tuyển sinh đầu cấp trực tuyến nghẽn trong ngày đầu",
    "Phụ huynh thức khuya đăng ký tuyển sinh lớp 6 vì hệ thống quá tải"],
   """Ngày đầu mở cổng đăng ký tuyển sinh lớp 1, lớp 6 trực tuyến ở một số địa phương, hệ thống liên
   tục báo lỗi, nhiều phụ huynh không đăng nhập được.""",
   """Từ 8h sáng 1/7, lượng truy cập tăng đột biến khiến trang tuyển sinh phản hồi chậm, có lúc không
   thể tải. Nhiều phụ huynh phải xin nghỉ làm, ngồi trước máy tính hàng giờ để hoàn tất hồ sơ cho
   con.

   Chị Vũ Thị Thanh Huyền cho biết chị thử đăng nhập hơn 20 lần mới được. "Ai cũng sợ đăng ký muộn sẽ
   mất chỗ, dù thông báo đã nói không xét theo thứ tự thời gian", chị nói.

   Sở GD&ĐT cho biết đã nâng cấp đường truyền và kéo dài thời gian đăng ký thêm hai ngày. Phụ huynh
   không đăng ký trực tuyến được có thể nộp hồ sơ trực tiếp tại trường."""
   )

bg("cntt-kho-hoc-lieu", [6, 15], "pos", False, "07-20", "08-20",
   ["Kho học liệu số dùng chung có thêm hàng nghìn bài giảng",
    "Giáo viên cả nước dùng chung kho bài giảng điện tử miễn phí"],
   """Kho học liệu số dùng chung của ngành giáo dục vừa được bổ sung hàng nghìn bài giảng điện tử, video
   thí nghiệm và ngân hàng câu hỏi bám sát chương trình giáo dục phổ thông mới.""",
   """Các học liệu được các sở GD&ĐT tuyển chọn từ giáo viên giỏi, thẩm định trước khi đưa lên hệ thống.
   Giáo viên, học sinh có thể truy cập miễn phí, tải về để sử dụng trong dạy học và tự học.

   Cô Trịnh Thị Huệ, giáo viên ở Ninh Bình, cho biết cô thường dùng video thí nghiệm trên kho học liệu
   cho những bài mà trường chưa đủ hóa chất. "Học sinh được xem rõ từng bước, sau đó tôi cho các em
   thảo luận", cô nói.

   Bộ GD&ĐT khuyến khích giáo viên tiếp tục đóng góp bài giảng, đồng thời lưu ý bảo đảm bản quyền
   hình ảnh, tư liệu sử dụng trong học liệu.
   Hệ thống hiện có hàng triệu lượt truy cập mỗi tháng, tăng mạnh vào các đợt ôn thi."""
   )

bg("cntt-thanh-toan-khong-tien-mat", [6, 8], "neu", False, "09-01", "09-20",
   ["Nhiều trường thu các khoản đầu năm không dùng tiền mặt",
    "Thanh toán không tiền mặt ở trường học: phụ huynh thấy minh bạch hơn"],
   """Năm học 2025-2026, nhiều trường học ở TP.HCM, Hà Nội chuyển sang thu các khoản tiền ăn bán trú,
   bảo hiểm y tế và các dịch vụ giáo dục qua ngân hàng, ví điện tử.""",
   """Phụ huynh nhận thông báo các khoản thu qua ứng dụng của trường, sau đó chuyển khoản hoặc quét mã
   QR. Mỗi khoản đều có biên lai điện tử, giáo viên không phải cầm tiền mặt.

   Anh Hồ Minh Quân, phụ huynh có hai con học tiểu học, cho rằng hình thức này minh bạch và tiện lợi.
   "Tôi biết rõ từng khoản mình đóng, không phải gửi tiền qua con", anh nói.

   Theo ngành giáo dục, thanh toán không dùng tiền mặt góp phần công khai, minh bạch thu chi, hạn chế
   tình trạng lạm thu. Tuy nhiên, các trường cần hỗ trợ phụ huynh chưa quen dùng dịch vụ ngân hàng."""
   )

# =====================================================================================
# Topic 7 — Giáo dục dân tộc
# =====================================================================================

bg("dt-noi-tru-bien-gioi", [7, 5], "pos", False, "07-18", "08-10",
   ["Khởi công trường phổ thông nội trú liên cấp ở xã biên giới",
    "Trường nội trú liên cấp cho học sinh vùng biên: “món quà” của vùng cao",
    "Xây trường nội trú ở xã biên giới, học sinh dân tộc không còn phải ở lán"],
   """Nhiều tỉnh biên giới phía Bắc đồng loạt khởi công các trường phổ thông nội trú liên cấp tiểu học
   và THCS tại xã biên giới, dự kiến đón học sinh từ năm học 2026-2027.""",
   """Tại một xã biên giới của tỉnh Lạng Sơn, trường được xây trên diện tích gần 3 ha, có khu phòng học,
   ký túc xá cho khoảng 800 học sinh, nhà ăn, sân thể thao và nhà ở công vụ cho giáo viên.
   Công trình được thiết kế phù hợp với khí hậu vùng cao, có khu vườn để học sinh trồng rau, chăn nuôi nhỏ.

   Hiện nhiều học sinh dân tộc thiểu số ở đây phải ở bán trú trong những căn phòng chật, hoặc tự dựng
   lán gần trường để đi học. Em Nông Thị Mai, học sinh lớp 8, mong sớm được ở ký túc xá mới "có chỗ
   học buổi tối và được ăn cơm cùng các bạn".

   Chương trình xây dựng trường nội trú tại xã biên giới được kỳ vọng nâng cao chất lượng giáo dục
   vùng đồng bào dân tộc, giảm tình trạng bỏ học và góp phần giữ vững an ninh biên giới.
   Các địa phương cam kết bảo đảm tiến độ, chất lượng và sớm tuyển đủ giáo viên, nhân viên cho các trường mới."""
   )

bg("dt-ban-tru-son-la", [7], "neg", False, "09-08", "09-25",
   ["Học sinh bán trú phải ngủ chen chúc vì thiếu phòng ở",
    "Sơn La: 12 học sinh chung một phòng bán trú chật hẹp"],
   """Ở nhiều trường phổ thông dân tộc bán trú tại tỉnh Sơn La, học sinh phải ngủ chen chúc do thiếu
   phòng ở, có phòng 12 em ngủ trên ba chiếc giường tầng ghép lại.""",
   """Tại một trường THCS bán trú, năm học này có hơn 350 học sinh ở lại trường nhưng khu nội trú chỉ đủ
   chỗ cho khoảng 200 em. Nhà trường phải tận dụng cả phòng thư viện cũ làm chỗ ngủ tạm.

   Thầy Lường Văn Thanh, hiệu trưởng, cho biết nhiều em nhà cách trường hơn 15 km đường núi, không thể
   đi về trong ngày. "Nếu không cho ở lại, các em sẽ bỏ học", thầy nói.

   Ngành giáo dục tỉnh đang rà soát nhu cầu phòng ở bán trú, đề xuất đầu tư thêm ký túc xá và tăng
   mức hỗ trợ tiền ăn cho học sinh ở các xã đặc biệt khó khăn.
   Trong khi chờ đầu tư, nhà trường vận động phụ huynh góp công sửa lại hai phòng học cũ làm chỗ ngủ cho học sinh nữ."""
   )

bg("dt-cu-tuyen-that-nghiep", [7, 16], "neg", False, "08-05", "08-30",
   ["Học xong cử tuyển, nhiều sinh viên dân tộc vẫn chưa có việc làm",
    "Chính sách cử tuyển: đào tạo xong, địa phương không bố trí được việc"],
   """Hàng trăm sinh viên người dân tộc thiểu số theo diện cử tuyển ở các tỉnh Tây Nguyên đã tốt nghiệp
   nhiều năm nhưng vẫn chưa được bố trí việc làm như cam kết ban đầu.""",
   """Anh Y Bhin Mlô tốt nghiệp ngành kế toán theo diện cử tuyển từ năm 2019. Sáu năm qua, anh nộp hồ
   sơ nhiều lần nhưng địa phương không còn chỉ tiêu, hiện làm thuê cho một vựa cà phê.

   Theo ngành nội vụ địa phương, nhiều ngành đào tạo theo cử tuyển trước đây không phù hợp với nhu cầu
   thực tế, trong khi biên chế bị tinh giản. Sau sắp xếp bộ máy, số vị trí việc làm ở cấp xã càng hạn
   chế.

   Các chuyên gia đề nghị đổi mới chính sách cử tuyển theo hướng đặt hàng đào tạo đúng nhu cầu, gắn
   với vị trí việc làm cụ thể, tránh lãng phí nguồn lực của Nhà nước và người học.
   Nhiều địa phương đã tạm dừng cử tuyển ở những ngành không còn nhu cầu, chuyển sang hỗ trợ học phí cho học sinh dân tộc tự thi vào đại học."""
   )

bg("dt-khmer-soc-trang-he", [7], "pos", False, "07-05", "07-25",
   ["Lớp học chữ Khmer dịp hè trong chùa ở phường Phú Lợi",
    "Học sinh Khmer vùng Sóc Trăng cũ học chữ mẹ đẻ trong kỳ nghỉ hè"],
   """Hè năm nay, hơn 200 học sinh người Khmer ở phường Phú Lợi, TP Cần Thơ (trước đây là TP Sóc Trăng,
   tỉnh Sóc Trăng) theo học các lớp chữ Khmer miễn phí do nhà chùa và ngành giáo dục phối hợp tổ
   chức.""",
   """Các lớp học diễn ra tại sala của chùa, mỗi buổi kéo dài hai tiếng. Người dạy là các vị sư và giáo
   viên tiếng Khmer của các trường tiểu học trên địa bàn, giáo trình do ngành giáo dục cung cấp.

   Em Thạch Thị Sô Phia, học sinh lớp 4, cho biết em học để đọc được những câu chuyện cổ tích bà kể.
   "Em muốn sau này viết thư cho bà bằng chữ Khmer", em nói.

   Theo ngành giáo dục TP Cần Thơ, việc dạy chữ Khmer dịp hè được duy trì nhiều năm ở khu vực Sóc
   Trăng cũ, góp phần giữ gìn ngôn ngữ, văn hóa của đồng bào và hỗ trợ các em học tốt hơn ở trường.
   Cuối khóa, các lớp tổ chức buổi tổng kết, trao giấy khen và quà cho học sinh chăm ngoan.""",
   region="mekong")

bg("dt-hoc-bong-khmer-long-my", [7], "pos", True, "08-20", "09-10",
   ["Trao học bổng cho học sinh dân tộc Khmer ở Long Mỹ, Xà Phiên",
    "Hơn 100 suất học bổng đến với học sinh Khmer khu vực Long Mỹ cũ"],
   """Nhân dịp năm học mới, hơn 100 học sinh dân tộc Khmer có hoàn cảnh khó khăn ở phường Long Mỹ, xã
   Xà Phiên và xã Lương Tâm, TP Cần Thơ (trước đây thuộc thị xã và huyện Long Mỹ, tỉnh Hậu Giang)
   được nhận học bổng.""",
   """Mỗi suất học bổng trị giá 1 triệu đồng kèm tập vở, cặp sách, do một quỹ khuyến học phối hợp với
   các nhà hảo tâm trao tặng. Nhiều em nhận học bổng là học sinh giỏi nhiều năm liền dù gia đình làm
   thuê, không có đất sản xuất.

   Em Danh Thị Ngọc Hương, học sinh lớp 9 ở xã Xà Phiên, cho biết sẽ dùng tiền học bổng mua xe đạp để
   đi học. "Nhà em cách trường 6 km, trước giờ em đi nhờ xe bạn", em nói.

   Đại diện ngành giáo dục cho biết khu vực Long Mỹ cũ có tỷ lệ học sinh Khmer cao nhất trong các địa
   bàn thuộc Hậu Giang trước đây. Việc hỗ trợ kịp thời giúp các em yên tâm đến trường, hạn chế bỏ học
   giữa chừng."""
   )

bg("dt-cong-diem-uu-tien", [7, 3], "neu", False, "07-18", "08-05",
   ["Điểm ưu tiên khu vực: công bằng cho thí sinh vùng khó hay chưa?",
    "Tranh luận về điểm ưu tiên đối tượng, khu vực trong xét tuyển đại học"],
   """Mỗi mùa tuyển sinh, điểm ưu tiên khu vực và đối tượng lại được bàn luận; năm nay quy định giảm
   dần điểm ưu tiên với thí sinh đạt điểm cao tiếp tục được áp dụng.""",
   """Theo quy chế, thí sinh có tổng điểm từ 22,5 trở lên (thang 30) được hưởng mức ưu tiên giảm dần
   theo công thức, nhằm tránh việc điểm ưu tiên quyết định trúng tuyển ở những ngành điểm cao.
   Quy định này được áp dụng từ năm 2023 và tiếp tục giữ ổn định trong mùa tuyển sinh năm nay.

   Thầy K'Brơi, giáo viên ở một trường phổ thông dân tộc nội trú, cho rằng học sinh vùng khó
   khăn học trong điều kiện thiếu thốn nên điểm ưu tiên là cần thiết. "Nhiều em là thế hệ đầu tiên
   trong gia đình học hết lớp 12", thầy nói.

   Một số chuyên gia đề nghị song song với điểm ưu tiên, cần có chính sách hỗ trợ học bổng, học phí
   và dự bị đại học để học sinh dân tộc thiểu số theo kịp chương trình sau khi trúng tuyển.
   Theo họ, sự hỗ trợ sau khi vào trường mới quyết định các em có theo học đến cùng hay không."""
   )

bg("dt-tieng-dan-toc-gia-lai", [7, 4], "neu", False, "09-05", "09-25",
   ["Gia Lai thiếu giáo viên dạy tiếng Jrai, Bahnar",
    "Dạy tiếng dân tộc thiểu số trong trường học: cần người, cần sách"],
   """Nhu cầu học tiếng Jrai, Bahnar của học sinh tiểu học ở Gia Lai (mới) tăng, nhưng số giáo viên đủ
   chuẩn để dạy các môn này còn rất ít.""",
   """Theo ngành giáo dục tỉnh, hiện có vài chục trường tiểu học tổ chức dạy tiếng dân tộc thiểu số với
   khoảng 4.000 học sinh. Phần lớn giáo viên là người dân tộc, học thêm chứng chỉ ngắn hạn để đứng
   lớp.

   Cô Rơ Châm H'Lan, giáo viên dạy tiếng Jrai, cho biết học sinh rất hào hứng, nhiều phụ huynh cũng
   đến lớp học cùng con. Tuy nhiên, tài liệu tham khảo, truyện đọc bằng tiếng Jrai còn ít.

   Tỉnh đang phối hợp với trường sư phạm mở lớp đào tạo giáo viên tiếng dân tộc thiểu số, đồng thời
   biên soạn thêm tài liệu đọc cho học sinh.
   Ngành giáo dục cũng khuyến khích các già làng, nghệ nhân tham gia các buổi kể chuyện, dạy hát bằng tiếng mẹ đẻ cho học sinh."""
   )

bg("dt-gao-ho-tro-cham", [7, 8], "neg", False, "09-20", "09-28",
   ["Năm học đã bắt đầu, gạo hỗ trợ học sinh bán trú vẫn chưa về",
    "Học sinh bán trú chờ gạo hỗ trợ, nhà trường phải vay tạm"],
   """Đã gần ba tuần của năm học mới, nhiều trường ở vùng cao tỉnh Điện Biên vẫn chưa nhận được gạo hỗ
   trợ cho học sinh bán trú, nhà trường phải vay gạo của thương lái để nấu ăn.""",
   """Theo quy định, mỗi học sinh bán trú ở xã đặc biệt khó khăn được hỗ trợ 15 kg gạo mỗi tháng. Tuy
   nhiên, do thủ tục phân bổ sau sắp xếp bộ máy, việc cấp phát bị chậm so với mọi năm.

   Thầy Quàng Văn Sơn, hiệu trưởng một trường THCS bán trú, cho biết trường đã vay gần 2 tấn gạo để bảo
   đảm bữa ăn cho học sinh. "Không thể để các em đói mà học", thầy nói.

   Sở GD&ĐT tỉnh đã có văn bản đề nghị cơ quan dự trữ khẩn trương cấp gạo, đồng thời yêu cầu các xã
   hỗ trợ tạm thời cho những trường gặp khó khăn.
   Theo kế hoạch, đợt gạo đầu tiên của năm học sẽ được chuyển đến các trường trước ngày 30/9."""
   )

# =====================================================================================
# Topic 8 — Tài chính, kế hoạch (background)
# =====================================================================================

bg("tc-mien-hoc-phi", [8], "pos", False, "08-25", "09-06",
   ["Học sinh công lập từ mầm non đến THPT được miễn học phí từ 1/9",
    "Miễn học phí từ năm học 2025-2026: ai được hưởng, hỗ trợ thế nào?",
    "Hơn 20 triệu học sinh được miễn học phí từ năm học mới"],
   """Từ ngày 1/9/2025, trẻ mầm non và học sinh phổ thông học tại các cơ sở giáo dục công lập được miễn
   học phí; học sinh trường tư thục được Nhà nước hỗ trợ học phí theo mức quy định.""",
   """Chính sách được thực hiện theo nghị quyết của Quốc hội, áp dụng cho cả học viên học chương trình
   giáo dục phổ thông tại cơ sở giáo dục thường xuyên. Ngân sách nhà nước bảo đảm kinh phí cấp bù cho
   các trường.

   Với học sinh trường tư thục, mức hỗ trợ do hội đồng nhân dân cấp tỉnh quy định nhưng không thấp hơn
   mức trần học phí của trường công lập tương ứng. Phụ huynh không phải làm thủ tục đề nghị; nhà
   trường lập danh sách gửi cơ quan quản lý.

   Bộ GD&ĐT lưu ý miễn học phí không có nghĩa là miễn toàn bộ các khoản đóng góp. Các khoản dịch vụ
   như tiền ăn bán trú, bảo hiểm y tế vẫn thu theo quy định, nhưng phải công khai, minh bạch và
   không được thu các khoản trái phép."""
   )

bg("tc-danh-muc-khoan-thu-ha-noi", [8], "neu", False, "08-15", "09-02",
   ["Hà Nội công bố danh mục các khoản thu dịch vụ trong trường học",
    "Những khoản trường học ở Hà Nội được phép thu năm học 2025-2026"],
   """Hà Nội ban hành danh mục và mức trần các khoản thu dịch vụ phục vụ, hỗ trợ hoạt động giáo dục áp
   dụng từ năm học 2025-2026, yêu cầu các trường không thu ngoài danh mục.""",
   """Danh mục gồm tiền ăn bán trú, tiền chăm sóc bán trú, nước uống, thuê khoán vệ sinh, trông giữ xe,
   học phẩm và một số dịch vụ khác. Mỗi khoản có mức trần cụ thể theo khu vực nội thành, ngoại thành.

   Các trường phải thỏa thuận với phụ huynh bằng văn bản trước khi thu, công khai các khoản thu chi
   trên bảng tin và trang thông tin điện tử. Khoản nào thu thừa cuối năm phải hoàn trả phụ huynh.

   Sở GD&ĐT Hà Nội cho biết sẽ thành lập các đoàn kiểm tra thu chi đầu năm, xử lý nghiêm hiệu trưởng
   để xảy ra lạm thu.
   Phụ huynh phát hiện khoản thu ngoài danh mục có thể phản ánh qua đường dây nóng của sở hoặc UBND phường, xã."""
   )

bg("tc-quy-phu-huynh-hcm", [8], "neg", False, "09-08", "09-20",
   ["Quỹ ban đại diện cha mẹ học sinh thu 2 triệu đồng mỗi em bị phản ánh",
    "Phụ huynh phản ánh quỹ lớp “khủng” ở trường THCS tại TP.HCM"],
   """Một số phụ huynh lớp 6 của một trường THCS ở TP.HCM phản ánh ban đại diện cha mẹ học sinh lớp đề
   nghị đóng quỹ 2 triệu đồng mỗi em, chưa kể các khoản thu của nhà trường.""",
   """Theo bảng dự chi được gửi trong nhóm Zalo của lớp, quỹ dùng để mua máy lọc không khí, rèm cửa,
   tổ chức sinh nhật, khen thưởng và "các ngày lễ trong năm". Nhiều phụ huynh cho rằng khoản này quá
   cao và có nội dung không cần thiết.

   Chị Nguyễn Thị Mai Trâm, một phụ huynh, cho biết chị ngại lên tiếng vì sợ ảnh hưởng đến con. "Họp
   lớp ai cũng im lặng, rồi coi như thống nhất", chị nói.

   Hiệu trưởng nhà trường cho biết đã yêu cầu ban đại diện lớp dừng thu, họp lại để phụ huynh thống
   nhất theo tinh thần tự nguyện. Quy định không cho phép ban đại diện cha mẹ học sinh thu các khoản
   để mua sắm tài sản, thiết bị của nhà trường."""
   )

bg("tc-dong-phuc-thanh-hoa", [8], "neg", False, "09-06", "09-20",
   ["Phụ huynh kêu đắt vì phải mua đồng phục, sổ sách qua trường",
    "Gần 2 triệu đồng tiền đồng phục, học phẩm cho học sinh lớp 1"],
   """Phụ huynh có con vào lớp 1 tại một trường tiểu học ở Thanh Hóa phản ánh phải mua đồng phục, học
   phẩm qua trường với tổng số tiền gần 2 triệu đồng, giá cao hơn bên ngoài.""",
   """Theo danh sách, mỗi học sinh phải mua 4 bộ đồng phục, một bộ đồ thể dục, ba lô in logo trường và
   bộ học phẩm gồm vở, bút, bảng con. Nhiều phụ huynh cho biết cùng loại vở nhưng giá ở trường cao hơn
   ngoài hiệu sách khoảng 20%.

   Anh Lê Văn Tùng cho biết gia đình có hai con vào lớp 1 và lớp 3, riêng tiền mua qua trường đã gần 4
   triệu đồng. "Miễn học phí nhưng đầu năm vẫn tốn kém", anh nói.

   Phòng chuyên môn phụ trách giáo dục của phường đã yêu cầu nhà trường giải trình, đồng thời nhắc
   các trường không bắt buộc phụ huynh mua học phẩm, đồng phục qua trường.
   Nhà trường sau đó thông báo phụ huynh được tự mua học phẩm bên ngoài, chỉ đồng phục có logo là đặt qua trường."""
   )

bg("tc-hoc-phi-dai-hoc", [8], "neg", False, "07-20", "08-25",
   ["Học phí đại học tiếp tục tăng, sinh viên lo gánh nặng chi phí",
    "Nhiều trường đại học tăng học phí 10-15% năm học mới"],
   """Nhiều trường đại học công lập tự chủ công bố học phí năm học 2025-2026 tăng từ 10 đến 15% so với
   năm trước, có ngành vượt 60 triệu đồng mỗi năm.""",
   """Theo đề án tuyển sinh, các ngành y khoa, răng hàm mặt, công nghệ thông tin chất lượng cao có mức
   học phí cao nhất. Một số trường cam kết giữ ổn định học phí trong suốt khóa học, số khác chỉ công bố
   theo từng năm.

   Em Trần Thị Yến Nhi, tân sinh viên ở Đồng Tháp, cho biết học phí năm đầu của em gần 35 triệu đồng,
   chưa kể tiền trọ, sinh hoạt. "Gia đình phải vay ngân hàng chính sách để em đi học", Nhi nói.

   Các trường cho biết học phí tăng theo lộ trình để bù đắp chi phí đào tạo khi ngân sách cấp giảm.
   Bộ GD&ĐT yêu cầu các trường có chính sách miễn giảm, học bổng cho sinh viên khó khăn."""
   )

bg("tc-ngan-sach-20", [8], "neu", False, "09-10", "09-28",
   ["Chi ngân sách cho giáo dục phải bảo đảm tối thiểu 20% tổng chi",
    "Ngân sách giáo dục: cần tăng tỷ lệ chi đầu tư phát triển"],
   """Theo định hướng mới của Trung ương về phát triển giáo dục, chi ngân sách nhà nước cho giáo dục và
   đào tạo phải bảo đảm tối thiểu 20% tổng chi, trong đó chi đầu tư phát triển chiếm tỷ lệ hợp lý.""",
   """Nhiều năm qua, phần lớn ngân sách giáo dục dành cho chi thường xuyên, chủ yếu là lương giáo viên;
   phần chi cho đầu tư cơ sở vật chất, thiết bị và nghiên cứu còn hạn chế.
   Ở nhiều địa phương, chi lương chiếm tới 80-90% chi thường xuyên của ngành giáo dục.

   Theo các chuyên gia kinh tế giáo dục, cần cơ chế phân bổ ngân sách dựa trên kết quả đầu ra, gắn với
   chất lượng và số lượng người học, thay vì phân bổ bình quân theo biên chế như hiện nay.
   Cách làm này được kỳ vọng tạo động lực để các trường nâng chất lượng và sử dụng kinh phí hiệu quả hơn.

   Bộ GD&ĐT cho biết đang phối hợp với Bộ Tài chính xây dựng các chính sách tài chính mới, trong đó ưu
   tiên đầu tư cho vùng khó khăn, giáo dục mầm non và các trường nội trú ở xã biên giới.
   Các chính sách này dự kiến được trình cấp có thẩm quyền trong năm 2026."""
   )

bg("tc-tien-an-ban-tru-tang", [8], "neg", False, "09-08", "09-22",
   ["Tiền ăn bán trú tăng, phụ huynh lo chất lượng bữa ăn không tương xứng",
    "Bữa trưa bán trú 35.000 đồng: phụ huynh đòi công khai thực đơn"],
   """Năm học mới, tiền ăn bán trú ở nhiều trường tiểu học tại các thành phố lớn tăng lên 35.000-40.000
   đồng mỗi bữa, khiến phụ huynh đặt câu hỏi về chất lượng suất ăn.""",
   """Nhiều phụ huynh cho biết suất ăn của con chỉ gồm một món mặn nhỏ, canh rau và cơm, không tương
   xứng với số tiền. Một nhóm phụ huynh đã đề nghị trường công khai thực đơn, hóa đơn mua thực phẩm và
   cho phép đại diện phụ huynh giám sát bếp ăn.

   Đại diện nhà trường giải thích chi phí tăng do giá thực phẩm, tiền công nhân viên nấu ăn và chi phí
   vận chuyển. Trường sẵn sàng mời phụ huynh tham gia kiểm tra bếp ăn định kỳ.

   Chuyên gia dinh dưỡng khuyến nghị các trường xây dựng thực đơn cân đối, có sự tham vấn của cán bộ y
   tế và công khai giá trị dinh dưỡng của từng suất ăn.
   Một số trường đã mời phụ huynh luân phiên dự giờ ăn trưa cùng học sinh mỗi tuần để giám sát chất lượng bữa ăn."""
   )

bg("tc-hoc-sinh-ngheo-phung-hiep", [8], "pos", True, "08-28", "09-08",
   ["Hơn 500 suất quà đến với học sinh nghèo Phụng Hiệp trước khai giảng",
    "Xã Phụng Hiệp, Tân Phước Hưng trao xe đạp, học bổng cho học sinh khó khăn"],
   """Trước thềm năm học mới, hơn 500 học sinh có hoàn cảnh khó khăn ở các xã Phụng Hiệp, Tân Phước
   Hưng, Hòa An, TP Cần Thơ (trước đây thuộc huyện Phụng Hiệp, tỉnh Hậu Giang) được tặng xe đạp, học
   bổng và dụng cụ học tập.""",
   """Tổng giá trị quà tặng hơn 600 triệu đồng, do hội khuyến học, các doanh nghiệp và mạnh thường quân
   đóng góp. Trong đó có 80 chiếc xe đạp dành cho học sinh nhà xa trường.

   Em Trương Thị Mỹ Tiên, học sinh lớp 7 ở xã Tân Phước Hưng, xúc động khi nhận chiếc xe đạp mới. "Mẹ
   em bán vé số, trước giờ em đi bộ gần 4 km tới trường", em nói.

   Ngoài quà tặng, chính quyền các xã rà soát, lập danh sách học sinh thuộc hộ nghèo, cận nghèo để
   hưởng đầy đủ chính sách hỗ trợ chi phí học tập trong năm học 2025-2026.
   Các trường cũng rà soát học sinh có nguy cơ bỏ học để kịp thời vận động, hỗ trợ ngay từ đầu năm học."""
   )

bg("tc-may-lanh-xa-hoi-hoa", [8, 5], "neg", False, "09-10", "09-25",
   ["Phụ huynh góp tiền lắp máy lạnh cho lớp: tự nguyện hay áp đặt?",
    "Máy lạnh trong lớp học và chuyện “xã hội hóa” mỗi đầu năm"],
   """Câu chuyện phụ huynh góp tiền lắp máy lạnh, máy chiếu cho lớp học lại nóng lên đầu năm học, khi
   nhiều nơi ấn định mức đóng cho từng học sinh.""",
   """Tại một trường THCS ở tỉnh Đồng Nai, ban đại diện cha mẹ học sinh nhiều lớp đề nghị mỗi em đóng
   500.000 đồng để lắp máy lạnh. Những phụ huynh chưa đóng nhận được tin nhắn "nhắc nhở" từ trưởng
   ban.

   Theo quy định, việc vận động tài trợ cho nhà trường phải trên tinh thần tự nguyện, không quy định
   mức bình quân, không ép buộc. Nhà trường phải có kế hoạch được cơ quan quản lý phê duyệt.

   Nhiều chuyên gia cho rằng trang bị cơ sở vật chất tối thiểu là trách nhiệm của Nhà nước; khi ngân
   sách chưa đủ, cần minh bạch và tôn trọng quyền lựa chọn của phụ huynh.
   Sở GD&ĐT Đồng Nai cho biết sẽ kiểm tra các trường có phản ánh, yêu cầu dừng thu nếu không có kế hoạch vận động tài trợ được phê duyệt."""
   )

bg("tc-sap-xep-mang-luoi", [8], "neu", False, "07-10", "08-05",
   ["Sắp xếp mạng lưới trường học sau khi bỏ cấp huyện",
    "Quy hoạch lại trường lớp sau sắp xếp đơn vị hành chính: tránh xáo trộn cho học sinh"],
   """Sau khi chính quyền địa phương hai cấp đi vào hoạt động từ 1/7, nhiều tỉnh bắt đầu rà soát, sắp xếp
   lại mạng lưới trường học; Bộ GD&ĐT lưu ý không gây xáo trộn việc học của học sinh.""",
   """Theo hướng dẫn, các trường mầm non, tiểu học, THCS do UBND cấp xã quản lý; trường THPT và trường
   chuyên biệt do sở GD&ĐT quản lý. Việc sáp nhập trường chỉ thực hiện khi bảo đảm khoảng cách đi học
   hợp lý và không làm tăng sĩ số quá mức.

   Đại diện Bộ GD&ĐT cho biết một số địa phương có xu hướng sáp nhập trường quy mô nhỏ một cách cơ học.
   "Học sinh tiểu học, mầm non phải được học gần nhà, không thể vì giảm đầu mối mà để các em đi xa
   hơn", vị này nói.

   Các địa phương được yêu cầu hoàn thành quy hoạch mạng lưới trường lớp giai đoạn mới, gắn với quy
   hoạch đô thị và dân cư của từng xã, phường.
   Những nơi dự kiến sáp nhập trường phải lấy ý kiến phụ huynh và công khai phương án trước khi thực hiện."""
   )

bg("tc-chau-thanh-dong-thap-khoan-thu", [8], "neg", False, "09-12", "09-26",
   ["Phụ huynh ở xã Châu Thành, Đồng Tháp phản ánh khoản thu đầu năm",
    "Trường tiểu học ở Châu Thành (Tiền Giang cũ) bị phản ánh thu tiền “quỹ trường”"],
   """Một số phụ huynh ở khu vực huyện Châu Thành cũ của tỉnh Tiền Giang, nay thuộc tỉnh Đồng Tháp, phản
   ánh một trường tiểu học thu "quỹ trường" 300.000 đồng mỗi học sinh để sửa sân và mua bàn ghế.""",
   """Theo phụ huynh, khoản thu được thông báo trong buổi họp đầu năm, kèm theo tiền nước uống, vệ sinh
   và quỹ hội. Tổng số tiền mỗi học sinh phải đóng hơn 900.000 đồng.

   Hiệu trưởng nhà trường cho biết khoản "quỹ trường" là vận động tự nguyện, chưa thu của phụ huynh
   nào phản đối. Tuy nhiên, sau phản ánh, trường đã tạm dừng thu để xin ý kiến cơ quan quản lý.

   UBND xã cho biết sẽ cùng sở GD&ĐT tỉnh Đồng Tháp kiểm tra, nếu có sai phạm sẽ yêu cầu hoàn trả tiền
   cho phụ huynh.
   Năm học này, học sinh công lập ở tỉnh Đồng Tháp cũng được miễn học phí theo chính sách chung của cả nước.""",
   region="mekong")

bg("tc-cong-khai-thu-chi", [8], "neu", False, "08-25", "09-08",
   ["Bộ GD&ĐT yêu cầu công khai các khoản thu, chấn chỉnh lạm thu đầu năm",
    "Chống lạm thu: Bộ GD&ĐT ra văn bản gửi các địa phương"],
   """Trước khai giảng, Bộ GD&ĐT có văn bản đề nghị các địa phương chỉ đạo các trường thực hiện đúng quy
   định về thu chi, công khai tài chính và không để xảy ra lạm thu đầu năm học.""",
   """Theo văn bản, các khoản thu dịch vụ phải có trong danh mục do hội đồng nhân dân cấp tỉnh quy định,
   thu theo thỏa thuận với phụ huynh và không vượt mức trần. Nhà trường không được ủy quyền cho ban đại
   diện cha mẹ học sinh thu các khoản ngoài quy định.

   Bộ yêu cầu các sở GD&ĐT thành lập đường dây nóng tiếp nhận phản ánh, kiểm tra đột xuất và xử lý
   nghiêm người đứng đầu cơ sở giáo dục để xảy ra sai phạm.
   Kết quả kiểm tra, xử lý phải được công khai để phụ huynh và xã hội cùng giám sát.

   Năm nay là năm đầu tiên học sinh công lập được miễn học phí. Bộ lưu ý không để tình trạng "miễn học
   phí nhưng tăng các khoản thu khác" gây bức xúc trong dư luận."""
   )

# =====================================================================================
# Topic 9 — Khoa học, công nghệ, môi trường
# =====================================================================================

bg("kh-khkt-quoc-gia", [9, 3], "pos", False, "09-10", "09-28",
   ["Phát động cuộc thi khoa học kỹ thuật dành cho học sinh trung học",
    "Học sinh trung học được khuyến khích nghiên cứu khoa học từ các vấn đề địa phương"],
   """Bộ GD&ĐT hướng dẫn tổ chức cuộc thi khoa học kỹ thuật dành cho học sinh trung học năm học 2025-2026,
   khuyến khích các dự án giải quyết vấn đề thực tiễn của địa phương.""",
   """Cuộc thi gồm nhiều lĩnh vực như khoa học môi trường, kỹ thuật cơ khí, phần mềm hệ thống, y sinh và
   khoa học xã hội. Mỗi dự án có tối đa hai học sinh, được giáo viên hoặc nhà khoa học hướng dẫn.

   Năm nay, Bộ nhấn mạnh yêu cầu về tính trung thực trong nghiên cứu; các dự án có dấu hiệu sao chép
   hoặc do người lớn làm thay sẽ bị loại. Học sinh được khuyến khích chọn đề tài gắn với đời sống như
   xử lý rác thải, tiết kiệm nước, ứng phó biến đổi khí hậu.

   Vòng thi cấp quốc gia dự kiến diễn ra vào đầu năm 2026. Các dự án xuất sắc sẽ được chọn tham dự hội
   thi khoa học kỹ thuật quốc tế."""
   )

bg("kh-sinh-vien-nckh", [9], "pos", False, "07-15", "08-15",
   ["Sinh viên chế tạo vật liệu sinh học thay túi nilon từ vỏ tôm",
    "Đề tài nghiên cứu của sinh viên biến phế phẩm thủy sản thành bao bì"],
   """Nhóm sinh viên một trường đại học tại TP.HCM đã nghiên cứu thành công màng bao bì sinh học từ vỏ
   tôm, có thể phân hủy trong đất sau khoảng 60 ngày.""",
   """Nhóm sử dụng chitosan chiết xuất từ vỏ tôm, kết hợp tinh bột khoai mì để tạo màng mỏng có độ bền
   kéo tương đối tốt. Sản phẩm có thể dùng làm túi đựng rau quả, bao bì thực phẩm khô.

   Em Nguyễn Hoàng Bảo Ngọc, trưởng nhóm, cho biết ý tưởng xuất phát từ lượng lớn vỏ tôm thải ra ở các
   nhà máy chế biến thủy sản miền Tây. Nhóm đã thử nghiệm hơn 50 công thức trong gần một năm.

   Đề tài đạt giải cao tại cuộc thi sinh viên nghiên cứu khoa học cấp bộ. Giảng viên hướng dẫn cho biết
   nhóm đang phối hợp với một doanh nghiệp để thử nghiệm sản xuất ở quy mô lớn hơn."""
   )

bg("kh-truong-noi-khong-rac-nhua", [9], "pos", False, "09-08", "09-28",
   ["Trường học nói không với rác thải nhựa: học sinh mang bình nước cá nhân",
    "Phong trào “trường học xanh” lan tỏa từ những việc nhỏ"],
   """Nhiều trường học ở Hà Nội và Huế phát động phong trào không dùng chai nhựa, ống hút nhựa một lần,
   khuyến khích học sinh mang bình nước cá nhân đến lớp.""",
   """Tại một trường THCS ở TP Huế, căng tin ngừng bán nước đóng chai, thay bằng các cây nước lọc đặt
   ở mỗi tầng. Học sinh được phát túi vải để đựng đồ ăn sáng thay cho túi nilon.

   Em Lê Bảo Châu, học sinh lớp 8, cho biết lớp em có "đội xanh" kiểm tra việc phân loại rác hằng
   ngày. Cuối tháng, lớp có lượng rác nhựa ít nhất được nhà trường khen thưởng.

   Các chuyên gia cho rằng giáo dục môi trường hiệu quả nhất khi gắn với hành động cụ thể trong sinh
   hoạt hằng ngày của học sinh, thay vì chỉ dừng ở những buổi tuyên truyền.
   Nhà trường dự kiến nhân rộng mô hình đổi chai nhựa lấy cây xanh, đổi giấy vụn lấy sách vở trong năm học mới."""
   )

bg("kh-dai-hoc-doanh-nghiep", [9], "neu", False, "08-01", "09-15",
   ["Trường đại học được khuyến khích lập doanh nghiệp khởi nguồn",
    "Gắn nghiên cứu khoa học trong trường đại học với nhu cầu doanh nghiệp"],
   """Thực hiện chủ trương đột phá phát triển khoa học, công nghệ và đổi mới sáng tạo, nhiều trường đại
   học đang thúc đẩy thành lập doanh nghiệp khởi nguồn để thương mại hóa kết quả nghiên cứu.""",
   """Theo các chuyên gia, phần lớn kết quả nghiên cứu trong trường đại học hiện vẫn dừng ở bài báo, ít
   được chuyển giao. Nguyên nhân là thiếu cơ chế để giảng viên góp vốn, hưởng lợi từ sản phẩm trí
   tuệ.

   Một số đại học lớn đã thành lập quỹ đầu tư khởi nghiệp, trung tâm chuyển giao công nghệ và vườn ươm
   doanh nghiệp. PGS.TS Đặng Minh Khôi, giám đốc một trung tâm đổi mới sáng tạo, cho biết trung tâm
   đang hỗ trợ 12 nhóm nghiên cứu hoàn thiện sản phẩm.

   Bộ GD&ĐT cho biết sẽ sửa đổi quy định để các cơ sở giáo dục đại học chủ động hơn trong hợp tác với
   doanh nghiệp, sử dụng tài sản trí tuệ và phân chia lợi ích.
   Các trường kỳ vọng cơ chế mới sẽ giúp nhà khoa học yên tâm theo đuổi nghiên cứu ứng dụng."""
   )

bg("kh-sinh-vien-can-tho-rac", [9], "pos", False, "08-10", "09-05",
   ["Sinh viên Cần Thơ biến lục bình thành vật liệu lót chuồng",
    "Đề tài xử lý lục bình của sinh viên phường Ninh Kiều được đánh giá cao"],
   """Nhóm sinh viên một trường đại học ở phường Ninh Kiều, TP Cần Thơ nghiên cứu biến lục bình, loài
   cây gây tắc nghẽn kênh rạch, thành đệm lót chuồng có bổ sung chế phẩm vi sinh.""",
   """Sản phẩm giúp giảm mùi hôi trong chuồng nuôi và có thể ủ thành phân bón hữu cơ sau khi sử dụng.
   Nhóm đã thử nghiệm tại ba trang trại gà ở ngoại thành Cần Thơ với kết quả khả quan.

   Em Lê Thị Cẩm Nhung, thành viên nhóm, cho biết mỗi năm các con kênh quanh nhà em đều bị lục bình
   phủ kín. "Nếu tận dụng được thì vừa làm sạch kênh, vừa có thêm thu nhập cho người dân", Nhung nói.

   Đề tài nhận giải tại cuộc thi ý tưởng khởi nghiệp của sinh viên khu vực ĐBSCL. Nhóm đang tìm kiếm
   nhà đầu tư để sản xuất thử nghiệm.""",
   region="mekong")

bg("kh-trong-cay-truong-hoc", [9], "pos", False, "07-20", "08-20",
   ["Học sinh cùng thầy cô trồng cây, phủ xanh sân trường trong dịp hè",
    "Mỗi học sinh một cây xanh: sân trường rợp bóng mát"],
   """Trong kỳ nghỉ hè, học sinh và giáo viên nhiều trường ở tỉnh Nghệ An đã trồng hàng nghìn cây xanh
   trong khuôn viên trường và các tuyến đường quanh trường học.""",
   """Mỗi lớp nhận chăm sóc một số cây cụ thể, gắn biển tên lớp và lịch tưới nước. Các loài cây được
   chọn là cây bản địa như lim, sấu, bằng lăng, ít rụng lá và phù hợp với khí hậu địa phương.

   Thầy Trần Quốc Bảo, phụ trách đoàn trường một trường THPT, cho biết hoạt động được lồng ghép với
   nội dung giáo dục môi trường. Học sinh còn tìm hiểu đặc điểm từng loài cây để làm bảng thông tin.

   Sau một tháng, tỷ lệ cây sống đạt gần 90%. Nhà trường dự kiến duy trì phong trào vào đầu mỗi năm
   học, mỗi học sinh khóa mới trồng một cây."""
   )

bg("kh-nghi-quyet-khcn-dh", [9, 6], "neu", False, "07-05", "08-05",
   ["Trường đại học trước yêu cầu đột phá khoa học, công nghệ và chuyển đổi số",
    "Đại học phải trở thành trung tâm nghiên cứu, đổi mới sáng tạo"],
   """Các trường đại học đang xây dựng kế hoạch thực hiện chủ trương đột phá phát triển khoa học, công
   nghệ, đổi mới sáng tạo và chuyển đổi số, với mục tiêu tăng mạnh số công bố và sáng chế.""",
   """Theo kế hoạch của nhiều trường, tỷ lệ nguồn thu từ hoạt động khoa học công nghệ sẽ được nâng lên,
   giảm phụ thuộc vào học phí. Các nhóm nghiên cứu mạnh được ưu tiên đầu tư phòng thí nghiệm và thu
   hút nhà khoa học trẻ.

   GS.TS Phạm Thanh Bình, phó giám đốc một đại học quốc gia, cho rằng điều kiện tiên quyết là cơ chế
   tài chính linh hoạt, cho phép trường sử dụng kinh phí nghiên cứu theo kết quả thay vì thủ tục hành
   chính nặng nề.
   Ông cũng đề xuất tăng đầu tư cho nghiên cứu cơ bản ở các trường có thế mạnh.

   Các trường cũng đẩy mạnh số hóa học liệu, xây dựng đại học số và đào tạo nhân lực cho các ngành
   công nghệ chiến lược như trí tuệ nhân tạo, bán dẫn, dữ liệu lớn.
   Nhiều trường đã ký kết hợp tác với các tập đoàn công nghệ trong và ngoài nước để cùng đào tạo, nghiên cứu."""
   )

# =====================================================================================
# Topic 10 — Giáo dục thể chất, an toàn trường học (background)
# =====================================================================================

bg("at-ngo-doc-ban-tru", [10], "neg", False, "09-23", "09-24",
   ["Hàng chục học sinh tiểu học đau bụng, nôn ói sau bữa trưa bán trú",
    "Nghi ngộ độc thực phẩm tại bếp ăn bán trú trường tiểu học",
    "Tạm dừng bếp ăn bán trú sau vụ học sinh nhập viện"],
   """Sau bữa trưa bán trú ngày 22/9, hơn 40 học sinh một trường tiểu học ở tỉnh Ninh Bình (mới) có biểu
   hiện đau bụng, buồn nôn, phải đến cơ sở y tế thăm khám.""",
   """Bữa trưa hôm đó gồm cơm, thịt kho trứng, canh bí và chuối tráng miệng, do một công ty suất ăn
   công nghiệp cung cấp. Khoảng 13h, nhiều học sinh kêu đau bụng; nhà trường đã gọi xe cấp cứu và báo
   cho phụ huynh.

   Theo trung tâm y tế khu vực, các em được truyền dịch, theo dõi; đến tối cùng ngày phần lớn đã ổn
   định. Cơ quan chức năng lấy mẫu thực phẩm lưu để xét nghiệm, xác định nguyên nhân.

   Nhà trường tạm dừng hợp đồng với đơn vị cung cấp suất ăn. Sở GD&ĐT yêu cầu các trường có bếp ăn tập
   thể rà soát hợp đồng, kiểm tra điều kiện an toàn thực phẩm ngay trong tháng 9."""
   )

bg("at-xe-may-dien", [10], "neg", False, "09-12", "09-28",
   ["Học sinh đi xe máy điện không đội mũ bảo hiểm, tai nạn gia tăng",
    "Tai nạn giao thông liên quan học sinh tăng mạnh những tuần đầu năm học"],
   """Chỉ trong ba tuần đầu năm học, nhiều địa phương ghi nhận các vụ tai nạn giao thông liên quan đến học
   sinh THCS, THPT điều khiển xe máy điện, xe máy không đội mũ bảo hiểm.""",
   """Tại một tỉnh phía Bắc, lực lượng cảnh sát giao thông đã lập biên bản hơn 300 trường hợp học sinh
   vi phạm, phần lớn chở ba, dàn hàng ngang và không đội mũ bảo hiểm. Một vụ va chạm giữa hai xe máy
   điện khiến một nữ sinh lớp 10 bị chấn thương sọ não.

   Thượng tá Nguyễn Văn Hưng, đại diện phòng cảnh sát giao thông, cho biết nhiều phụ huynh vẫn giao xe
   máy có dung tích lớn cho con chưa đủ tuổi. "Đó là giao cả tính mạng của con cho may rủi", ông nói.

   Ngành giáo dục yêu cầu các trường ký cam kết với phụ huynh, thông báo vi phạm của học sinh về nhà
   trường để phối hợp giáo dục, xử lý.
   Một số trường còn tổ chức cho phụ huynh ký cam kết không giao xe máy cho con chưa đủ tuổi điều khiển."""
   )

bg("at-hoi-khoe-phu-dong", [10], "pos", False, "07-01", "07-20",
   ["Bế mạc Hội khỏe Phù Đổng khu vực với nhiều kỷ lục mới",
    "Học sinh phá kỷ lục điền kinh tại Hội khỏe Phù Đổng"],
   """Hội khỏe Phù Đổng khu vực dành cho học sinh phổ thông đã bế mạc sau hai tuần tranh tài, với hàng
   nghìn vận động viên học sinh và nhiều kỷ lục mới được xác lập.""",
   """Ở môn điền kinh, nữ sinh lớp 11 Hà Thị Thu Trang phá kỷ lục chạy 800 m lứa tuổi học sinh THPT.
   Môn bơi lội chứng kiến nhiều vận động viên nhỏ tuổi có thành tích vượt trội so với các kỳ trước.

   Theo ban tổ chức, hội thao là dịp để các trường đánh giá phong trào giáo dục thể chất, phát hiện năng
   khiếu thể thao cho các đội tuyển trẻ. Nhiều em đã được các trung tâm huấn luyện thể thao chú ý.

   Ngành giáo dục kỳ vọng hội thao góp phần thúc đẩy học sinh rèn luyện thân thể thường xuyên, cải
   thiện tầm vóc, thể lực của học sinh Việt Nam.
   Kết thúc hội thao, ban tổ chức trao giải cho các đoàn có thành tích xuất sắc và các vận động viên phá kỷ lục."""
   )

bg("at-cay-do-san-truong", [10, 5], "neg", False, "09-12", "09-13",
   ["Cây phượng bật gốc trong giờ ra chơi, hai học sinh bị thương",
    "Cây đổ trong sân trường: bài học về an toàn chưa bao giờ cũ"],
   """Một cây phượng lớn trong sân trường tiểu học ở tỉnh Hải Phòng (mới) bất ngờ bật gốc trong giờ ra
   chơi, khiến hai học sinh bị thương.""",
   """Sự việc xảy ra sáng 11/9 sau trận mưa to kéo dài. Thân cây đổ xuống khu vực ghế đá, nơi một nhóm
   học sinh đang ngồi chơi. Hai em lớp 4 bị trầy xước, một em gãy tay được đưa đến bệnh viện.

   Theo phụ huynh, cây phượng đã nhiều năm tuổi, phần gốc bị mục nhưng chưa được cắt tỉa. Nhà trường
   cho biết đầu năm học đã rà soát cây xanh, song không phát hiện dấu hiệu nguy hiểm.

   Sau vụ việc, ngành giáo dục địa phương yêu cầu tất cả các trường kiểm tra lại cây xanh, cắt tỉa cành
   khô, chặt hạ cây có nguy cơ đổ, nhất là trong mùa mưa bão.
   Nhà trường đã đến thăm hỏi, hỗ trợ chi phí điều trị cho các học sinh bị thương."""
   )

bg("at-nu-sinh-danh-nhau", [10, 11], "neg", False, "09-24", "09-26",
   ["Nữ sinh lớp 8 bị nhóm bạn đánh hội đồng, clip lan truyền trên mạng",
    "Xôn xao clip nữ sinh bị bạn đánh, quay phim ngay cổng trường",
    "Vụ nữ sinh bị đánh hội đồng: nhà trường lập hội đồng kỷ luật"],
   """Một đoạn clip ghi lại cảnh nữ sinh lớp 8 ở tỉnh Lâm Đồng (mới) bị nhóm bạn túm tóc, tát liên tiếp
   gần cổng trường, trong khi nhiều học sinh khác đứng xem và quay phim.""",
   """Theo nhà trường, mâu thuẫn bắt nguồn từ những bình luận trên mạng xã hội giữa các em. Chiều 23/9,
   sau giờ tan học, ba nữ sinh chặn bạn ở con hẻm gần trường và đánh.

   Nữ sinh bị đánh bị xây xát vùng mặt, hoảng loạn, phải nghỉ học để gia đình đưa đi kiểm tra sức
   khỏe. Nhà trường đã mời phụ huynh các em liên quan đến làm việc và báo cáo công an địa phương.

   Ngành giáo dục tỉnh yêu cầu nhà trường xử lý theo quy định, đồng thời tăng cường tư vấn tâm lý, giáo
   dục kỹ năng giải quyết mâu thuẫn và ứng xử trên mạng xã hội cho học sinh.
   Phụ huynh của nữ sinh bị đánh đề nghị nhà trường bảo đảm an toàn cho con khi trở lại lớp."""
   )

bg("at-an-toan-giao-thong-dau-nam", [10, 11], "neu", False, "08-28", "09-10",
   ["Tháng an toàn giao thông đầu năm học: học sinh ký cam kết đội mũ bảo hiểm",
    "Các trường phát động phong trào “Cổng trường an toàn giao thông”"],
   """Ngay từ tuần đầu năm học, các trường trên cả nước tổ chức tuyên truyền, ký cam kết chấp hành luật
   giao thông cho học sinh, trong đó nhấn mạnh việc đội mũ bảo hiểm đúng cách.""",
   """Tại nhiều trường THPT, cảnh sát giao thông được mời nói chuyện với học sinh về các tình huống nguy
   hiểm thường gặp, mức xử phạt với người chưa đủ tuổi điều khiển xe máy và trách nhiệm của phụ
   huynh.
   Học sinh cũng được thực hành cách đội mũ bảo hiểm đúng, cài quai chắc chắn.

   Các trường tiểu học tổ chức tiết học kỹ năng qua đường, nhận biết biển báo; nhiều nơi thành lập đội
   tình nguyện hỗ trợ học sinh qua đường giờ tan học.
   Giáo viên chủ nhiệm được giao nhắc nhở học sinh về an toàn giao thông trong các tiết sinh hoạt lớp hằng tuần.

   Bộ GD&ĐT đề nghị các địa phương bố trí lực lượng điều tiết giao thông ở khu vực cổng trường, xử lý
   tình trạng lấn chiếm vỉa hè, đỗ xe gây ùn tắc giờ cao điểm.
   Nhiều phường, xã đã bố trí lực lượng dân quân, đoàn viên hỗ trợ phân luồng trước cổng trường vào giờ cao điểm."""
   )

bg("at-kiem-tra-can-tin", [10, 13], "neu", False, "09-10", "09-26",
   ["Kiểm tra an toàn thực phẩm căng tin, bếp ăn trường học đầu năm",
    "Đoàn liên ngành kiểm tra bếp ăn bán trú, nhắc nhở nhiều trường"],
   """Đoàn kiểm tra liên ngành y tế - giáo dục của TP Đà Nẵng đã kiểm tra hơn 50 bếp ăn bán trú và căng
   tin trường học, nhắc nhở nhiều cơ sở về lưu mẫu thức ăn và nguồn gốc thực phẩm.""",
   """Qua kiểm tra, phần lớn bếp ăn bảo đảm quy trình một chiều, nhân viên có giấy khám sức khỏe. Tuy
   nhiên, một số trường chưa ghi chép đầy đủ sổ kiểm thực ba bước, lưu mẫu không đủ 24 giờ.

   Đoàn đã yêu cầu hai căng tin dừng bán các loại đồ ăn vặt không rõ nguồn gốc, nước ngọt có màu, xúc
   xích chiên. Các trường được hướng dẫn ưu tiên bán đồ ăn lành mạnh cho học sinh.

   Ngành y tế khuyến cáo phụ huynh không cho trẻ mua đồ ăn của hàng rong trước cổng trường, vì nguy cơ
   ngộ độc cao trong thời tiết nắng nóng.
   Đoàn sẽ tiếp tục kiểm tra đột xuất các trường trong học kỳ I, nhất là những nơi có đông học sinh bán trú."""
   )

bg("at-duoi-nuoc-cuoi-he", [10], "neg", False, "08-18", "08-19",
   ["Học sinh lớp 6 đuối nước khi tắm sông cùng bạn",
    "Thêm một học sinh tử vong do đuối nước những ngày cuối hè"],
   """Một học sinh lớp 6 ở tỉnh Vĩnh Long (mới) đã tử vong do đuối nước khi rủ bạn đi tắm sông vào chiều
   cuối tuần.""",
   """Chiều 17/8, em L.T.K. cùng ba bạn đạp xe ra bến sông gần nhà để tắm. Khi xuống nước, K. bị dòng
   chảy cuốn ra xa, các bạn hoảng sợ chạy về báo người lớn. Người dân tìm kiếm khoảng một giờ sau thì
   phát hiện thi thể em.

   Gia đình cho biết K. chưa biết bơi, thường được dặn không ra sông một mình. Ngôi nhà nhỏ của em
   chìm trong tang thương.

   Chính quyền địa phương tiếp tục khuyến cáo phụ huynh quản lý con em trong những ngày cuối hè, không
   để trẻ tự ý tắm sông, ao, hồ.
   Các trường cũng được đề nghị nhắc lại kỹ năng phòng chống đuối nước cho học sinh trong những ngày đầu tựu trường."""
   )

bg("at-sot-xuat-huyet-truong", [10], "neg", False, "09-15", "09-28",
   ["Sốt xuất huyết tăng, trường học ở TP.HCM phun thuốc diệt muỗi",
    "Học sinh mắc sốt xuất huyết, trường học được yêu cầu diệt lăng quăng hằng tuần"],
   """Số ca sốt xuất huyết ở TP.HCM tăng trong những tuần đầu năm học, trong đó có nhiều học sinh; các
   trường được yêu cầu tổ chức diệt lăng quăng, phun thuốc diệt muỗi.""",
   """Tại một trường THCS, 6 học sinh của hai lớp mắc sốt xuất huyết trong vòng hai tuần. Trung tâm y tế
   đã phun hóa chất toàn bộ khuôn viên trường vào cuối tuần, kiểm tra các dụng cụ chứa nước.

   Bác sĩ Trương Thị Kim Phượng khuyến cáo phụ huynh cho trẻ ngủ màn, mặc quần áo dài tay và đưa trẻ đi
   khám ngay khi sốt cao liên tục, không tự ý dùng thuốc hạ sốt chứa aspirin.
   Trẻ có dấu hiệu đau bụng, nôn nhiều, chảy máu chân răng cần được đưa đến bệnh viện ngay.

   Ngành giáo dục yêu cầu các trường mỗi tuần dành thời gian cho học sinh dọn vệ sinh lớp học, lật úp
   vật dụng chứa nước và theo dõi sức khỏe học sinh.
   Học sinh mắc bệnh được khuyến khích nghỉ học đến khi khỏi hẳn để tránh lây lan trong lớp."""
   )

bg("at-ngay-bay-giao-lo", [], "neu", False, "09-08", "09-08",
   ["Kẹt xe kéo dài quanh vòng xoay ngã bảy Lý Thái Tổ sáng đầu tuần",
    "Giao lộ ngã bảy ở TP.HCM ùn ứ giờ cao điểm đầu tuần"],
   """Sáng đầu tuần, nhiều tuyến đường dẫn vào vòng xoay ngã bảy Lý Thái Tổ ở TP.HCM ùn ứ kéo dài, người đi đường mất gần 40 phút để qua khu vực.""",
   """Nguyên nhân được xác định do lượng xe tăng mạnh giờ cao điểm sáng, khi phụ huynh đưa con đến trường
   trùng với giờ đi làm. Một số xe buýt phải chờ nhiều lượt đèn mới qua được vòng xoay.

   Lực lượng cảnh sát giao thông đã có mặt điều tiết, phân luồng từ xa, hướng dẫn xe máy đi theo các
   tuyến đường song song. Đến khoảng 8h30, giao thông mới trở lại bình thường.

   Ngành giao thông cho biết đang nghiên cứu điều chỉnh chu kỳ đèn tín hiệu ở nút giao ngã bảy và các
   giao lộ lân cận để giảm ùn tắc trong giờ cao điểm.
   Người dân được khuyến cáo chủ động xuất phát sớm hơn hoặc chọn lộ trình khác trong những ngày đầu năm học."""
   )

bg("at-hs-bi-xe-tong-nga-bay-tay-ninh", [10], "neg", False, "09-20", "09-21",
   ["Nữ sinh bị xe tải tông khi qua ngã bảy gần trường",
    "Tai nạn ở ngã bảy trước cổng trường, một học sinh nguy kịch"],
   """Trên đường đi học về, một nữ sinh lớp 9 ở tỉnh Tây Ninh bị xe tải va chạm khi đạp xe qua khu vực
   ngã bảy cách cổng trường khoảng 300 m.""",
   """Vụ tai nạn xảy ra khoảng 11h15 ngày 19/9 tại giao lộ nơi bảy ngả đường gặp nhau, người dân địa
   phương quen gọi là ngã bảy chợ xã. Nữ sinh bị thương nặng ở chân, được đưa đi cấp cứu trong tình
   trạng nguy kịch.

   Người dân cho biết khu vực ngã bảy không có đèn tín hiệu, giờ tan học học sinh đi lại đông trong khi
   xe tải chở vật liệu thường chạy nhanh. Họ đã nhiều lần kiến nghị lắp đèn, gờ giảm tốc.

   Công an địa phương đang điều tra nguyên nhân vụ tai nạn. Nhà trường đã tổ chức thăm hỏi gia đình
   nữ sinh và nhắc nhở học sinh chú ý an toàn khi qua các giao lộ đông xe."""
   )

bg("at-gio-the-duc", [10, 5], "neg", False, "08-15", "09-20",
   ["Học sinh thành phố thiếu sân chơi, giờ thể dục học dưới hành lang",
    "Giáo dục thể chất bị xem nhẹ: trường thiếu sân, thiếu giáo viên"],
   """Nhiều trường học ở khu vực nội đô chật hẹp không có sân tập, giờ thể dục phải tổ chức dưới hành
   lang hoặc trên sân thượng, học sinh ít có cơ hội vận động.""",
   """Tại một trường tiểu học ở trung tâm Hà Nội, sân trường chỉ khoảng 400 m2 cho hơn 1.200 học sinh.
   Giờ ra chơi phải chia ca theo khối, giờ thể dục nhiều lớp học các động tác tại chỗ.

   Theo các bác sĩ, tỷ lệ thừa cân, béo phì và cận thị ở học sinh thành phố đang tăng nhanh, một phần
   do thiếu vận động. Trong khi đó, giáo viên thể dục ở nhiều trường còn thiếu, một người dạy cả chục
   lớp.

   Các chuyên gia đề nghị các địa phương ưu tiên quỹ đất cho trường học, tận dụng nhà văn hóa, sân thể
   thao công cộng gần trường cho học sinh luyện tập.
   Một số trường đã thử nghiệm tiết thể dục ở công viên gần trường, có giáo viên và bảo vệ đi kèm."""
   )

# =====================================================================================
# Topic 11 — Giáo dục chính trị, công tác học sinh sinh viên
# =====================================================================================

bg("hssv-tuan-sinh-hoat-cong-dan", [11], "neu", False, "08-25", "09-15",
   ["Tân sinh viên tham gia tuần sinh hoạt công dân đầu khóa",
    "Tuần sinh hoạt công dân - HSSV: tân sinh viên học gì?"],
   """Các trường đại học, cao đẳng tổ chức tuần sinh hoạt công dân đầu khóa cho tân sinh viên, với nội
   dung về chủ trương, pháp luật, quy chế đào tạo và kỹ năng phòng tránh lừa đảo.""",
   """Năm nay, nhiều trường bổ sung chuyên đề về an toàn trên không gian mạng, phòng chống lừa đảo qua
   điện thoại và mạng xã hội, sau nhiều vụ sinh viên bị lừa chuyển tiền. Tân sinh viên cũng được
   hướng dẫn về học bổng, vay vốn và dịch vụ hỗ trợ sinh viên.

   Em Phạm Quốc Bảo, tân sinh viên một trường đại học ở Hà Nội, cho biết em bất ngờ với những tình
   huống lừa đảo được phân tích. "Có những chiêu em từng nghe nhưng không nghĩ lại tinh vi như vậy",
   Bảo nói.

   Các trường cũng tổ chức giới thiệu câu lạc bộ, đoàn hội để tân sinh viên tham gia hoạt động ngoại
   khóa, rèn luyện kỹ năng ngay từ năm nhất.
   Kết thúc tuần sinh hoạt, tân sinh viên làm bài kiểm tra ngắn về nội quy, quy chế của trường."""
   )

bg("hssv-thuoc-la-dien-tu", [11, 10], "neg", False, "09-10", "09-28",
   ["Thuốc lá điện tử len lỏi vào trường học, học sinh giấu trong hộp bút",
    "Báo động học sinh dùng thuốc lá điện tử, nhiều em phải nhập viện"],
   """Nhiều trường THCS, THPT phát hiện học sinh mang thuốc lá điện tử, thuốc lá nung nóng vào trường,
   được ngụy trang như bút bi, bút dạ quang, khiến giáo viên khó nhận biết.""",
   """Tại một trường THPT ở Hà Nội, chỉ trong tháng đầu năm học, giám thị đã thu giữ hơn 20 thiết bị.
   Có em sử dụng trong nhà vệ sinh, bị bạn phát hiện vì mùi thơm lạ.

   Bác sĩ Lê Thị Thanh Hương, Bệnh viện Nhi Trung ương, cho biết bệnh viện đã tiếp nhận nhiều ca học sinh
   co giật, hôn mê do sử dụng chất lỏng thuốc lá điện tử có pha trộn chất gây nghiện. "Phụ huynh và nhà
   trường cần đặc biệt cảnh giác", bà nói.

   Thuốc lá điện tử đã bị cấm kinh doanh, sử dụng theo quy định mới. Các trường được yêu cầu tăng cường
   tuyên truyền, phối hợp với công an xử lý các điểm bán gần trường học."""
   )

bg("hssv-cam-dien-thoai", [11], "neu", False, "09-05", "09-25",
   ["Nhiều trường cấm học sinh dùng điện thoại trong giờ học, ra chơi",
    "Thu điện thoại đầu giờ: trường học muốn học sinh trò chuyện nhiều hơn"],
   """Từ năm học mới, nhiều trường THCS, THPT yêu cầu học sinh nộp điện thoại vào tủ khi vào lớp và chỉ
   nhận lại khi tan học, nhằm tăng tương tác trực tiếp và giảm nghiện mạng xã hội.""",
   """Tại một trường THCS ở Bắc Ninh, mỗi lớp có một tủ gỗ chia ô đánh số. Học sinh cất điện thoại vào
   ô của mình, lớp trưởng khóa tủ và giao chìa khóa cho giáo viên chủ nhiệm.

   Cô Nguyễn Thị Hải Vân, hiệu trưởng, cho biết sau một tuần, giờ ra chơi sân trường đông vui hơn, học
   sinh chơi đá cầu, nhảy dây thay vì cúi đầu vào màn hình. Một số phụ huynh ban đầu lo không liên lạc
   được với con, nhưng nhà trường đã bố trí điện thoại bàn ở phòng giám thị.

   Theo quy định hiện hành, học sinh không được dùng điện thoại trong giờ học nếu không phục vụ việc
   học và không được giáo viên cho phép.
   Nhà trường có thể quy định cụ thể việc mang, cất giữ điện thoại trong nội quy, sau khi lấy ý kiến phụ huynh và học sinh."""
   )

bg("hssv-quy-tac-ung-xu", [11], "neu", False, "08-20", "09-10",
   ["Trường học xây dựng bộ quy tắc ứng xử trên mạng xã hội cho học sinh",
    "Văn hóa học đường thời mạng xã hội: những điều học sinh cần nhớ"],
   """Nhiều trường phổ thông bổ sung nội dung ứng xử trên mạng xã hội vào bộ quy tắc ứng xử văn hóa học
   đường, sau những vụ việc học sinh bị bêu riếu, xúc phạm trên mạng.""",
   """Theo bộ quy tắc mới của một trường THPT ở Đà Nẵng, học sinh không được quay phim, chụp ảnh thầy cô,
   bạn bè khi chưa được phép; không đăng tải, chia sẻ thông tin sai sự thật, nội dung xúc phạm người
   khác.
   Vi phạm bộ quy tắc sẽ được xử lý theo hướng giáo dục, có sự phối hợp với gia đình.

   Thầy Hoàng Minh Tuấn, phụ trách công tác học sinh, cho biết nhà trường lấy ý kiến học sinh khi xây
   dựng quy tắc để các em hiểu và tự giác thực hiện. "Không phải cấm đoán, mà là dạy các em trách
   nhiệm với lời nói của mình", thầy nói.

   Các chuyên gia tâm lý khuyến nghị nhà trường có kênh để học sinh báo cáo khi bị bắt nạt qua mạng,
   bảo đảm bí mật và hỗ trợ kịp thời.
   Một số trường đã thành lập câu lạc bộ "Công dân số" do học sinh tự quản để lan tỏa ứng xử văn minh trên mạng."""
   )

bg("hssv-nhat-cua-roi-chau-thanh-a", [11], "pos", True, "09-12", "09-28",
   ["Học sinh lớp 5 ở Châu Thành A trả lại ví tiền nhặt được",
    "Nhặt được ví có 12 triệu đồng, học trò xã Thạnh Xuân tìm người trả lại"],
   """Em Nguyễn Minh Khang, học sinh lớp 5 một trường tiểu học ở xã Thạnh Xuân, TP Cần Thơ (trước đây
   thuộc huyện Châu Thành A, tỉnh Hậu Giang) nhặt được chiếc ví có hơn 12 triệu đồng và giấy tờ, đã nhờ
   thầy giáo tìm người đánh rơi.""",
   """Trên đường đi học về khu vực Rạch Gòi, Khang thấy chiếc ví rơi bên lề đường. Em mang đến trường
   giao cho thầy tổng phụ trách đội. Nhà trường liên hệ công an xã và tìm được chủ nhân là một tiểu
   thương bán trái cây.

   "Em nghĩ người mất chắc đang lo lắm nên phải trả lại", Khang nói. Người nhận lại ví xúc động, muốn
   gửi tiền cảm ơn nhưng em từ chối.

   Nhà trường đã tuyên dương Khang trước toàn trường trong buổi chào cờ đầu tuần. Đây là trường hợp
   thứ ba trong năm học học sinh của trường trả lại của rơi cho người đánh mất."""
   )

bg("hssv-bat-nat-mang", [11, 10], "neg", False, "08-05", "08-25",
   ["Nữ sinh trầm cảm sau khi bị bạn lập nhóm chat bêu xấu",
    "Bắt nạt trên mạng: vết thương vô hình của học sinh"],
   """Một nữ sinh lớp 9 ở tỉnh Nghệ An phải điều trị tâm lý sau nhiều tháng bị bạn cùng lớp lập nhóm chat
   để chế ảnh, bêu xấu, trong khi gia đình và thầy cô không hay biết.""",
   """Mẹ của em kể con bỗng trở nên ít nói, không muốn đi học, thường khóc một mình. Khi kiểm tra điện
   thoại, bà phát hiện hàng trăm tin nhắn, hình ảnh chế giễu con trong một nhóm chat có gần 30 thành
   viên.

   Chuyên gia tâm lý học đường Nguyễn Thị Thanh Bình cho biết bắt nạt trên mạng khó phát hiện hơn bắt nạt
   trực tiếp, nhưng tác động có thể kéo dài và nghiêm trọng. "Trẻ thường im lặng vì xấu hổ hoặc sợ bị
   trả đũa", bà nói.

   Nhà trường đã làm việc với các học sinh liên quan, yêu cầu giải tán nhóm chat và xin lỗi bạn. Ngành
   giáo dục địa phương yêu cầu các trường tăng cường phòng tư vấn tâm lý học đường."""
   )

bg("hssv-mua-he-xanh", [11], "pos", False, "07-05", "07-30",
   ["Hàng nghìn sinh viên tình nguyện Mùa hè xanh về với vùng khó khăn",
    "Sinh viên tình nguyện làm đường, dạy học cho trẻ em vùng sâu"],
   """Chiến dịch tình nguyện Mùa hè xanh năm 2025 thu hút hàng nghìn sinh viên các trường đại học tham
   gia làm đường giao thông nông thôn, sửa nhà, dạy học hè cho trẻ em.""",
   """Tại một xã vùng sâu ở tỉnh Cà Mau (mới), đội hình gần 50 sinh viên đã bê tông hóa 1,2 km đường,
   sửa chữa hai điểm trường và mở lớp dạy tiếng Anh, kỹ năng sống cho hơn 100 em nhỏ.
   Người dân trong xã góp thêm cát, đá và bữa cơm trưa cho các bạn tình nguyện.

   Em Trần Minh Tú, sinh viên năm ba, cho biết đây là lần đầu em trộn vữa, đổ bê tông. "Mệt nhưng vui,
   nhìn con đường xong mà thấy mình làm được việc có ích", Tú nói.

   Chiến dịch năm nay tập trung vào các hoạt động hỗ trợ chuyển đổi số ở cơ sở, như hướng dẫn người
   dân sử dụng dịch vụ công trực tuyến, thanh toán điện tử.
   Nhiều đội hình còn tổ chức khám bệnh, phát thuốc miễn phí cho người cao tuổi và trẻ em nghèo."""
   )

bg("hssv-giao-duc-lich-su-80-nam", [11], "pos", False, "08-15", "09-02",
   ["Học sinh tìm hiểu lịch sử qua hành trình về nguồn dịp 80 năm Cách mạng tháng Tám",
    "Những tiết học lịch sử đặc biệt dịp kỷ niệm Quốc khánh 2/9"],
   """Nhân dịp kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9, nhiều trường tổ chức cho học sinh
   tham quan di tích, gặp gỡ nhân chứng lịch sử, tham gia cuộc thi tìm hiểu lịch sử.""",
   """Tại Hà Nội, học sinh một trường THCS được nghe cựu chiến binh kể về những ngày tháng Tám năm 1945.
   Các em ghi chép, đặt câu hỏi và sau đó làm sản phẩm kể chuyện lịch sử bằng tranh vẽ, video ngắn.

   Cô Trần Thị Hồng Vân, giáo viên Lịch sử, cho biết học sinh hào hứng hơn hẳn khi được học qua trải
   nghiệm. "Các em không chỉ nhớ mốc thời gian mà hiểu được tinh thần của cả một thời kỳ", cô nói.

   Nhiều địa phương cũng tổ chức cho học sinh tham gia các hoạt động kỷ niệm, như hát Quốc ca tập thể,
   vẽ tranh cổ động, góp phần giáo dục lòng yêu nước cho thế hệ trẻ.
   Các sản phẩm xuất sắc của học sinh được trưng bày tại thư viện trường trong tuần lễ khai giảng."""
   )

bg("hssv-lua-dao-bat-coc-online", [11], "neg", False, "08-25", "09-20",
   ["Tân sinh viên bị lừa “bắt cóc online”, gia đình mất hàng trăm triệu",
    "Cảnh báo chiêu lừa “bắt cóc online” nhắm vào sinh viên năm nhất"],
   """Một tân sinh viên ở TP.HCM bị kẻ gian giả danh công an dẫn dụ thuê khách sạn, cắt liên lạc với gia
   đình để tống tiền; bố mẹ em đã chuyển hơn 200 triệu đồng trước khi phát hiện bị lừa.""",
   """Theo lời kể, nữ sinh nhận cuộc gọi từ người tự xưng cán bộ công an, thông báo em liên quan đến
   đường dây rửa tiền. Kẻ gian yêu cầu em đến khách sạn ở một mình, tắt liên lạc để "phục vụ điều tra
   bí mật", sau đó gọi cho gia đình đòi tiền.

   Cơ quan công an khuyến cáo lực lượng chức năng không làm việc qua điện thoại, mạng xã hội và không
   yêu cầu người dân chuyển tiền. Sinh viên năm nhất, sống xa nhà, thiếu kinh nghiệm là đối tượng dễ
   bị nhắm đến.

   Nhiều trường đại học đã gửi cảnh báo tới sinh viên, đưa nội dung phòng chống lừa đảo vào tuần sinh
   hoạt công dân đầu khóa.
   Sinh viên nhận cuộc gọi đáng ngờ được khuyến cáo liên hệ ngay với gia đình, nhà trường hoặc công an nơi gần nhất."""
   )

bg("hssv-han-quoc-cam-dien-thoai", [11], "neu", False, "08-28", "09-15",
   ["Hàn Quốc cấm học sinh dùng điện thoại trong lớp học",
    "Thêm quốc gia luật hóa lệnh cấm điện thoại trong giờ học"],
   """Quốc hội Hàn Quốc thông qua luật cấm học sinh sử dụng điện thoại thông minh và thiết bị số trong
   giờ học, trừ trường hợp phục vụ mục đích giáo dục hoặc hỗ trợ học sinh khuyết tật.""",
   """Theo luật mới, hiệu trưởng và giáo viên có quyền hạn chế việc học sinh mang, sử dụng thiết bị số
   trong trường. Quy định nhằm giảm tình trạng nghiện mạng xã hội và tăng khả năng tập trung của học
   sinh.

   Khảo sát của cơ quan giáo dục Hàn Quốc cho thấy tỷ lệ thanh thiếu niên có nguy cơ lệ thuộc điện
   thoại ở mức cao. Nhiều trường trước đó đã tự thu điện thoại đầu giờ theo nội quy riêng.

   Trước Hàn Quốc, một số quốc gia như Pháp, Hà Lan, Phần Lan cũng đã áp dụng các mức độ hạn chế điện
   thoại trong trường học.
   Tại Việt Nam, quy định hiện hành cũng không cho phép học sinh dùng điện thoại trong giờ học nếu không phục vụ việc học."""
   )

# =====================================================================================
# Topic 12 — Pháp chế
# =====================================================================================

bg("pc-luat-giao-duc-sua-doi", [12], "neu", False, "07-20", "08-20",
   ["Lấy ý kiến dự thảo Luật Giáo dục sửa đổi: bỏ cấp huyện, tăng phân quyền",
    "Dự thảo sửa Luật Giáo dục: giao thẩm quyền mạnh hơn cho địa phương"],
   """Bộ GD&ĐT đang lấy ý kiến rộng rãi về dự thảo Luật sửa đổi, bổ sung một số điều của Luật Giáo dục,
   nhằm phù hợp với mô hình chính quyền địa phương hai cấp và đẩy mạnh phân cấp, phân quyền.""",
   """Theo dự thảo, các quy định liên quan đến cấp huyện được điều chỉnh; thẩm quyền quản lý trường mầm
   non, tiểu học, THCS được giao cho UBND cấp xã, trong khi sở GD&ĐT chịu trách nhiệm về chuyên môn,
   đội ngũ và chất lượng.
   Các trường THPT tiếp tục do sở GD&ĐT quản lý trực tiếp.

   Dự thảo cũng sửa quy định về sách giáo khoa theo hướng thống nhất một bộ sách dùng chung toàn quốc,
   đồng thời hoàn thiện quy định về miễn học phí, phổ cập giáo dục mầm non.
   Nhiều nội dung khác về giáo dục nghề nghiệp, giáo dục thường xuyên cũng được rà soát để bảo đảm thống nhất với các luật liên quan.

   Dự kiến dự án luật được trình Quốc hội tại kỳ họp cuối năm 2025. Bộ GD&ĐT mong nhận được góp ý của
   giáo viên, cán bộ quản lý và người dân qua cổng thông tin điện tử."""
   )

bg("pc-luat-gddh-sua-doi", [12], "neu", False, "08-05", "09-05",
   ["Dự thảo Luật Giáo dục đại học sửa đổi: hội đồng trường sẽ thay đổi ra sao?",
    "Sửa Luật Giáo dục đại học: mở rộng tự chủ, siết trách nhiệm giải trình"],
   """Dự thảo Luật Giáo dục đại học (sửa đổi) đưa ra nhiều thay đổi về quản trị đại học, trong đó có đề
   xuất điều chỉnh vai trò của hội đồng trường tại các cơ sở công lập.""",
   """Theo dự thảo, cơ chế tự chủ được mở rộng về học thuật, tổ chức và tài chính, nhưng gắn với trách
   nhiệm giải trình, kiểm định chất lượng và công khai thông tin. Các trường không đáp ứng chuẩn sẽ
   bị hạn chế quyền tự chủ.

   PGS.TS Trần Văn Tâm, một chuyên gia quản trị đại học, cho rằng cần làm rõ quan hệ giữa hội đồng
   trường, hiệu trưởng và tổ chức đảng trong trường để tránh chồng chéo.
   Ông cũng đề nghị quy định rõ cơ chế giám sát của người học, giảng viên đối với hoạt động của nhà trường.

   Dự thảo cũng bổ sung quy định về đại học số, đào tạo trực tuyến và liên kết quốc tế, đáp ứng yêu cầu
   phát triển giáo dục đại học trong giai đoạn mới.
   Bộ GD&ĐT dự kiến hoàn thiện hồ sơ dự án luật để trình Chính phủ trong quý IV năm nay."""
   )

bg("pc-dieu-le-truong", [12], "neu", False, "07-01", "07-20",
   ["Sửa đổi điều lệ trường học cho phù hợp chính quyền hai cấp",
    "Bộ GD&ĐT sửa hàng loạt thông tư sau khi bỏ cấp huyện"],
   """Bộ GD&ĐT ban hành các thông tư sửa đổi điều lệ trường mầm non, tiểu học, trung học và nhiều văn
   bản khác để phù hợp với việc tổ chức chính quyền địa phương hai cấp từ ngày 1/7/2025.""",
   """Các nhiệm vụ trước đây do phòng GD&ĐT cấp huyện thực hiện như thành lập, sáp nhập trường, bổ
   nhiệm hiệu trưởng, công nhận tốt nghiệp THCS được phân cho UBND cấp xã hoặc sở GD&ĐT.
   Sở GD&ĐT chịu trách nhiệm hướng dẫn chuyên môn, kiểm tra và bảo đảm chất lượng ở tất cả các cấp học.

   Theo Bộ, việc sửa đổi nhằm bảo đảm hoạt động của các trường không bị gián đoạn, thủ tục hành chính
   được giải quyết thông suốt, đặc biệt trong giai đoạn tuyển sinh và chuẩn bị năm học mới.
   Các thông tư sửa đổi có hiệu lực cùng thời điểm chính quyền địa phương hai cấp đi vào hoạt động.

   Bộ cũng hướng dẫn các địa phương bố trí công chức phụ trách giáo dục ở cấp xã, tránh tình trạng xã
   không có người đủ chuyên môn quản lý trường học.
   Ở những xã chưa bố trí được, sở GD&ĐT cử cán bộ hỗ trợ trong giai đoạn chuyển tiếp."""
   )

bg("pc-nghi-dinh-hoc-phi", [12, 8], "neu", False, "08-20", "09-08",
   ["Chính phủ ban hành nghị định hướng dẫn miễn, hỗ trợ học phí",
    "Nghị định mới về học phí: cách tính hỗ trợ cho học sinh trường tư"],
   """Chính phủ vừa ban hành nghị định quy định chi tiết việc miễn học phí với học sinh công lập và hỗ trợ
   học phí với học sinh ngoài công lập từ năm học 2025-2026.""",
   """Nghị định quy định rõ đối tượng, mức hỗ trợ, trình tự chi trả và trách nhiệm của các cơ quan liên
   quan. Với học sinh trường tư thục, mức hỗ trợ được cấp trực tiếp cho cơ sở giáo dục và trừ vào học
   phí phải nộp.

   Các địa phương có trách nhiệm bố trí ngân sách, chi trả kịp thời theo học kỳ. Trường hợp học sinh
   chuyển trường, việc hỗ trợ được thực hiện tại trường mới.

   Nghị định có hiệu lực từ ngày ký, các chế độ được áp dụng từ ngày 1/9/2025.
   Các trường đã thu học phí của học kỳ I trước thời điểm này phải hoàn trả cho người học."""
   )

bg("pc-tt-tuyen-sinh", [12, 3], "neu", False, "09-12", "09-28",
   ["Dự thảo quy chế tuyển sinh THCS, THPT mới: lớp 10 có thể thi 3 môn",
    "Bộ GD&ĐT lấy ý kiến quy chế tuyển sinh đầu cấp năm 2026"],
   """Bộ GD&ĐT công bố dự thảo thông tư sửa đổi quy chế tuyển sinh THCS và THPT, trong đó giữ phương án
   thi tuyển ba môn vào lớp 10 và cho phép địa phương chọn môn thi thứ ba.""",
   """Theo dự thảo, tuyển sinh lớp 6 tiếp tục thực hiện theo phương thức xét tuyển; chỉ một số trường
   có nhu cầu cao được kết hợp đánh giá năng lực. Tuyển sinh lớp 10 có thể thi tuyển, xét tuyển hoặc
   kết hợp.

   Dự thảo bổ sung quy định về tuyển sinh trực tuyến, cộng điểm ưu tiên cho học sinh vùng đặc biệt
   khó khăn và con em lực lượng vũ trang làm nhiệm vụ ở biên giới, hải đảo.
   Học sinh khuyết tật được ưu tiên xét tuyển vào trường gần nơi cư trú.

   Bộ lưu ý các địa phương công bố phương án tuyển sinh sớm, ổn định để học sinh lớp 9 có thời gian
   chuẩn bị.
   Dự thảo được lấy ý kiến trong 60 ngày trên cổng thông tin điện tử của Bộ GD&ĐT."""
   )

bg("pc-che-do-lam-viec-gv", [4, 12], "neu", False, "09-01", "09-25",
   ["Dự thảo quy định mới về chế độ làm việc của giáo viên phổ thông",
    "Định mức tiết dạy của giáo viên có thể thay đổi"],
   """Bộ GD&ĐT đang lấy ý kiến dự thảo thông tư quy định chế độ làm việc của giáo viên phổ thông, trong đó
   điều chỉnh định mức tiết dạy và thời gian dành cho bồi dưỡng, nghiên cứu.""",
   """Theo dự thảo, định mức tiết dạy của giáo viên tiểu học, THCS, THPT cơ bản giữ nguyên, nhưng các
   nhiệm vụ kiêm nhiệm như tổ trưởng chuyên môn, giáo viên chủ nhiệm được quy đổi tiết rõ ràng hơn.
   Thời gian làm việc của giáo viên trong năm học vẫn là 37 tuần, gồm thời gian giảng dạy, học tập, bồi dưỡng và chuẩn bị năm học mới.

   Giáo viên dạy vượt định mức được thanh toán tiền dạy thêm giờ theo quy định. Dự thảo cũng đề xuất
   giảm định mức cho giáo viên dạy ở trường có học sinh bán trú, nội trú.

   Nhiều giáo viên mong quy định mới giảm bớt các công việc hành chính, sổ sách, để họ dành thời gian
   cho chuyên môn và học sinh.
   Bộ GD&ĐT cho biết sẽ tiếp thu ý kiến trước khi ban hành chính thức trong năm học này."""
   )

# =====================================================================================
# Topic 13 — Thanh tra
# =====================================================================================

bg("tt-thanh-tra-day-them-ha-noi", [13, 3], "neu", False, "09-15", "09-28",
   ["Hà Nội thanh tra việc dạy thêm, học thêm từ tháng 10",
    "Sở GD&ĐT Hà Nội lập đoàn kiểm tra dạy thêm tại các phường, xã"],
   """Sở GD&ĐT Hà Nội ban hành kế hoạch thanh tra, kiểm tra việc thực hiện quy định về dạy thêm, học thêm
   năm học 2025-2026, tập trung vào các trường và cơ sở dạy thêm có phản ánh của người dân.""",
   """Đoàn thanh tra sẽ kiểm tra việc đăng ký kinh doanh của các cơ sở dạy thêm, việc công khai môn học,
   thời lượng, học phí và danh sách người dạy. Với nhà trường, trọng tâm là việc tổ chức dạy thêm trong
   trường cho đúng đối tượng, không thu tiền.

   Theo sở, sau nhiều tháng thực hiện quy định mới, tình trạng dạy thêm tràn lan đã giảm nhưng vẫn có
   nơi "lách" bằng cách chuyển sang trung tâm do người thân đứng tên.
   Một số phụ huynh phản ánh giáo viên vẫn gợi ý học sinh đến học tại trung tâm có người quen đứng lớp.

   Người dân có thể phản ánh qua đường dây nóng của sở. Các trường hợp vi phạm sẽ bị xử lý theo quy
   định và công khai trên trang thông tin của ngành."""
   )

bg("tt-sua-diem-hoc-ba", [13, 3], "neg", False, "07-22", "08-15",
   ["Phát hiện nhiều học bạ bị sửa điểm để xét tuyển đại học",
    "Sửa điểm học bạ: giáo viên, nhân viên trường bị kỷ luật",
    "Thanh tra phát hiện học bạ “đẹp bất thường” ở trường THPT tư thục"],
   """Thanh tra tỉnh ở một địa phương phía Nam phát hiện hàng chục học bạ THPT bị tẩy xóa, sửa điểm theo hướng
   nâng điểm trung bình để học sinh xét tuyển đại học bằng học bạ.""",
   """Qua rà soát dữ liệu, đoàn thanh tra nhận thấy điểm học bạ của nhiều học sinh một trường tư thục cao
   bất thường so với điểm thi tốt nghiệp. Đối chiếu sổ điểm gốc, đoàn xác định có 47 học bạ bị sửa.

   Nhân viên học vụ và một số giáo viên thừa nhận đã sửa điểm theo "đề nghị" của phụ huynh, có nhận
   tiền. Vụ việc đã được chuyển cơ quan công an để điều tra theo quy định.

   Bộ GD&ĐT đã thông báo cho các trường đại học rà soát, hủy kết quả trúng tuyển của những thí sinh sử
   dụng học bạ bị sửa. Bộ cũng yêu cầu các địa phương siết chặt quản lý hồ sơ học sinh, đẩy nhanh học
   bạ số."""
   )

bg("tt-mua-sam-thiet-bi-tay-nguyen", [13, 5], "neg", False, "08-10", "09-10",
   ["Kết luận thanh tra: mua thiết bị dạy học đội giá hàng tỷ đồng",
    "Sai phạm trong mua sắm thiết bị lớp 1 mới tại một sở GD&ĐT"],
   """Thanh tra tỉnh Đắk Lắk (mới) công bố kết luận thanh tra việc mua sắm thiết bị dạy học tối thiểu
   theo chương trình mới giai đoạn 2021-2024, chỉ ra nhiều sai phạm gây thiệt hại hàng tỷ đồng.""",
   """Theo kết luận, việc xây dựng giá gói thầu chủ yếu dựa vào báo giá của một số công ty, không khảo
   sát giá thị trường. Nhiều thiết bị có giá mua cao hơn từ 30-50% so với sản phẩm tương tự.

   Ngoài ra, một số trường nhận thiết bị không đúng danh mục, không phù hợp với nhu cầu, dẫn đến lãng
   phí. Thanh tra kiến nghị thu hồi gần 4 tỷ đồng và chuyển hồ sơ sang cơ quan điều tra.

   Lãnh đạo tỉnh yêu cầu kiểm điểm trách nhiệm các tập thể, cá nhân liên quan và rà soát toàn bộ các
   gói thầu mua sắm thiết bị giáo dục trong giai đoạn này.
   Các trường được yêu cầu kiểm kê, báo cáo tình trạng sử dụng thiết bị đã nhận trong giai đoạn 2021-2024."""
   )

bg("tt-bang-gia", [13], "neg", False, "07-10", "08-30",
   ["Phát hiện hàng chục công chức sử dụng bằng cấp không hợp pháp",
    "Bằng đại học “không qua đào tạo”: kết quả rà soát gây chú ý"],
   """Qua rà soát văn bằng, cơ quan chức năng một tỉnh miền Trung phát hiện hơn 30 công chức, viên chức sử
   dụng bằng tốt nghiệp đại học, chứng chỉ không hợp pháp để bổ nhiệm, nâng ngạch.""",
   """Phần lớn các trường hợp sử dụng bằng đại học từ những lớp liên kết đào tạo không đúng quy định, thời
   gian học rút ngắn bất thường. Một số người khai đã học hệ vừa làm vừa học nhưng không có hồ sơ
   tại trường.

   Các trường hợp vi phạm bị tạm đình chỉ công tác, xem xét hủy quyết định bổ nhiệm, đồng thời buộc hoàn
   trả tiền lương, phụ cấp chênh lệch.
   Một số người đã làm đơn xin thôi việc sau khi bị phát hiện.

   Bộ GD&ĐT đề nghị các cơ sở đào tạo công khai thông tin văn bằng đã cấp trên cơ sở dữ liệu quốc gia
   để các cơ quan dễ dàng tra cứu, xác minh.
   Cơ quan chức năng cho biết sẽ tiếp tục mở rộng rà soát văn bằng ở các sở, ngành và đơn vị sự nghiệp khác."""
   )

bg("tt-kiem-tra-long-my", [13], "neu", True, "09-20", "09-28",
   ["Kiểm tra công tác chuẩn bị năm học tại các trường khu vực Long Mỹ",
    "Sở GD&ĐT TP Cần Thơ kiểm tra đầu năm học tại phường Long Mỹ, xã Vĩnh Viễn"],
   """Đoàn kiểm tra của Sở GD&ĐT TP Cần Thơ vừa làm việc với 12 trường học trên địa bàn phường Long Mỹ,
   phường Long Phú 1 và xã Vĩnh Viễn (trước đây thuộc thị xã và huyện Long Mỹ, tỉnh Hậu Giang) về công
   tác chuẩn bị năm học mới.""",
   """Nội dung kiểm tra gồm việc phân công giáo viên, thời khóa biểu, sách giáo khoa, cơ sở vật chất và
   việc thực hiện các khoản thu đầu năm. Đoàn đánh giá phần lớn trường đã chuẩn bị chu đáo, học sinh đến
   lớp đầy đủ.

   Đoàn cũng nhắc nhở một số trường chưa niêm yết công khai các khoản thu trên bảng tin, chưa cập nhật
   kế hoạch giáo dục lên cổng thông tin. Những nội dung này phải được khắc phục trước ngày 30/9.

   Lãnh đạo sở cho biết sẽ kiểm tra lần lượt các trường thuộc khu vực Hậu Giang và Sóc Trăng cũ, nhằm
   thống nhất nền nếp quản lý sau hợp nhất.
   Kết quả kiểm tra sẽ được thông báo tới các trường để rút kinh nghiệm chung."""
   )

bg("tt-truong-tu-vuot-chi-tieu", [13], "neg", False, "08-25", "09-20",
   ["Trường đại học tư bị phạt vì tuyển sinh vượt chỉ tiêu",
    "Tuyển vượt chỉ tiêu gần 30%, trường đại học bị xử phạt"],
   """Bộ GD&ĐT xử phạt vi phạm hành chính một trường đại học tư thục vì tuyển sinh vượt chỉ tiêu
   gần 30% ở nhiều ngành và công bố thông tin tuyển sinh chưa đầy đủ.""",
   """Theo kết luận, trong hai năm liên tiếp, trường tuyển vượt chỉ tiêu ở các ngành quản trị kinh doanh,
   ngôn ngữ Anh, công nghệ thông tin. Tỷ lệ sinh viên trên giảng viên ở các ngành này vượt quy định.

   Ngoài phạt tiền, trường bị trừ chỉ tiêu tuyển sinh năm sau tương ứng với số tuyển vượt. Trường cũng
   phải công khai lại thông tin về đội ngũ giảng viên và cơ sở vật chất.

   Bộ GD&ĐT cho biết sẽ tiếp tục kiểm tra công tác tuyển sinh của các trường có dấu hiệu bất thường
   trong mùa tuyển sinh năm nay.
   Thí sinh và phụ huynh được khuyến nghị tra cứu thông tin tuyển sinh, chỉ tiêu của các trường trên hệ thống chính thức trước khi nộp hồ sơ."""
   )

bg("tt-chung-chi-ielts-gia", [13, 14], "neg", False, "08-01", "08-25",
   ["Phát hiện thí sinh dùng chứng chỉ tiếng Anh giả để xét tuyển",
    "Chứng chỉ IELTS giả lọt vào hồ sơ xét tuyển đại học"],
   """Một số trường đại học phát hiện thí sinh nộp chứng chỉ ngoại ngữ quốc tế giả để được quy đổi điểm,
   cộng điểm trong xét tuyển năm 2025.""",
   """Qua tra cứu trên hệ thống của đơn vị cấp chứng chỉ, một trường đại học ở Hà Nội phát hiện 9 chứng
   chỉ không có trong dữ liệu hoặc bị sửa điểm. Các thí sinh này đã bị loại khỏi danh sách xét tuyển.

   Theo đại diện nhà trường, năm nay trường kiểm tra 100% chứng chỉ ngoại ngữ của thí sinh. Những năm
   trước, việc xác minh chủ yếu thực hiện sau khi thí sinh nhập học.

   Bộ GD&ĐT yêu cầu các trường xác minh chứng chỉ trước khi công nhận trúng tuyển và thông báo cho cơ
   quan chức năng để xử lý các đường dây làm giả chứng chỉ.
   Người sử dụng chứng chỉ giả có thể bị xử lý hình sự theo quy định của pháp luật."""
   )

# =====================================================================================
# Topic 14 — Ngoại ngữ
# =====================================================================================

bg("nn-tieng-anh-ngon-ngu-thu-hai", [14], "neu", False, "08-01", "08-30",
   ["Đưa tiếng Anh trở thành ngôn ngữ thứ hai trong trường học: lộ trình ra sao?",
    "Tiếng Anh là ngôn ngữ thứ hai: cần bao nhiêu giáo viên?",
    "Dự thảo đề án đưa tiếng Anh thành ngôn ngữ thứ hai trong nhà trường"],
   """Bộ GD&ĐT đang hoàn thiện đề án từng bước đưa tiếng Anh trở thành ngôn ngữ thứ hai trong trường học,
   với lộ trình bắt đầu từ bậc mầm non và tiểu học.""",
   """Theo dự thảo, tiếng Anh sẽ được sử dụng không chỉ trong giờ học môn tiếng Anh mà dần mở rộng sang
   một số môn học, hoạt động giáo dục. Lộ trình chia thành nhiều giai đoạn, tùy điều kiện từng vùng.

   Thách thức lớn nhất là đội ngũ: cả nước cần thêm hàng chục nghìn giáo viên tiếng Anh và giáo viên
   các môn khác có khả năng dạy bằng tiếng Anh. Chênh lệch giữa thành thị và nông thôn, miền núi rất
   lớn.

   Các chuyên gia cho rằng đề án cần mục tiêu thực tế, tránh hình thức, đồng thời đầu tư mạnh vào đào
   tạo, bồi dưỡng giáo viên và học liệu số.
   Một số địa phương có điều kiện như Hà Nội, TP.HCM, Đà Nẵng dự kiến được triển khai trước."""
   )

bg("nn-thieu-gv-dbscl", [14, 4], "neg", False, "08-20", "09-15",
   ["Miền Tây thiếu giáo viên tiếng Anh, học sinh lớp 3 học ghép",
    "Trường vùng sâu ĐBSCL “gồng mình” dạy tiếng Anh bắt buộc"],
   """Nhiều trường tiểu học vùng sâu ở ĐBSCL thiếu giáo viên tiếng Anh, học sinh các lớp phải học ghép
   hoặc giảm số tiết so với chương trình.""",
   """Tại một trường tiểu học ở tỉnh Cà Mau (mới), hai giáo viên tiếng Anh phải phụ trách 5 điểm trường
   lẻ, mỗi tuần di chuyển hàng chục km đường sông. Học sinh lớp 3, lớp 4 ở một số điểm chỉ được học 2
   tiết mỗi tuần thay vì 4 tiết.

   Cô Huỳnh Thị Cẩm Hồng, giáo viên tiếng Anh, cho biết học sinh nông thôn ít có môi trường sử dụng
   tiếng Anh ngoài giờ học. "Các em học xong tuần này, tuần sau đã quên nhiều", cô nói.

   Ngành giáo dục các địa phương đề xuất tăng biên chế giáo viên tiếng Anh, thí điểm dạy học trực tuyến
   có giáo viên trợ giảng và phối hợp với các trường đại học cử sinh viên thực tập.
   Một số trường cũng mời các câu lạc bộ tiếng Anh của sinh viên về sinh hoạt cùng học sinh vào cuối tuần.""",
   region="mekong")

bg("nn-quy-doi-ielts", [14], "neu", False, "07-01", "07-20",
   ["Quy đổi chứng chỉ IELTS trong xét tuyển: mỗi trường một kiểu",
    "Thí sinh có IELTS được lợi thế thế nào khi xét tuyển đại học năm 2025?"],
   """Mùa tuyển sinh năm 2025, nhiều trường đại học tiếp tục quy đổi chứng chỉ IELTS thành điểm môn tiếng
   Anh hoặc cộng điểm thưởng, nhưng mức quy đổi khác nhau giữa các trường.""",
   """Theo quy chế tuyển sinh mới, điểm cộng cho thí sinh có thành tích đặc biệt, chứng chỉ ngoại ngữ
   không vượt quá 10% mức điểm tối đa của thang xét. Các trường phải công bố rõ cách quy đổi trong đề án
   tuyển sinh.

   Cô Lê Thị Thanh Trúc, một giáo viên luyện thi ở TP.HCM, cho rằng việc giới hạn điểm cộng giúp công
   bằng hơn cho thí sinh vùng khó khăn, ít điều kiện thi chứng chỉ quốc tế.
   Theo cô, chứng chỉ ngoại ngữ nên là một lợi thế chứ không trở thành điều kiện quyết định trúng tuyển.

   Thí sinh được khuyên đọc kỹ đề án của từng trường, cân nhắc dùng chứng chỉ ở phương thức nào có lợi
   nhất trước khi đăng ký nguyện vọng.
   Chứng chỉ phải còn thời hạn và được xác minh trước khi thí sinh được công nhận trúng tuyển."""
   )

bg("nn-hung-bien-long-my", [14], "pos", True, "07-10", "07-30",
   ["Câu lạc bộ tiếng Anh hè thu hút học sinh phường Long Mỹ, Long Bình",
    "Học sinh Long Mỹ tự tin giao tiếp tiếng Anh qua sân chơi hè"],
   """Câu lạc bộ tiếng Anh hè do Đoàn thanh niên phường Long Mỹ, TP Cần Thơ (thị xã Long Mỹ, tỉnh Hậu
   Giang trước đây) phối hợp với các trường THCS tổ chức đã thu hút hơn 150 học sinh tham gia.""",
   """Mỗi tuần, câu lạc bộ sinh hoạt hai buổi với các hoạt động như hùng biện, đóng kịch, hát tiếng Anh và
   trò chơi từ vựng. Các bạn sinh viên tình nguyện và giáo viên tiếng Anh của các trường trực tiếp
   hướng dẫn.

   Em Phạm Ngọc Gia Hân, học sinh lớp 8, cho biết trước đây em rất ngại nói tiếng Anh trước đám đông.
   "Sau mấy buổi diễn kịch, em mạnh dạn hơn hẳn, còn được bạn bè bầu làm nhóm trưởng", Hân kể.

   Buổi sinh hoạt cuối khóa có phần thi hùng biện với chủ đề "Quê hương em", nhiều bài nói về chợ Trà
   Lồng, về cánh đồng khóm và con kênh quê nhà được đánh giá cao.
   Ban tổ chức dự kiến duy trì câu lạc bộ vào cuối tuần trong năm học mới."""
   )

bg("nn-de-tieng-anh-kho", [14, 3], "neg", False, "07-01", "07-18",
   ["Đề tiếng Anh thi tốt nghiệp khó, giáo viên đề nghị xem lại cách ra đề",
    "Tranh luận quanh đề thi tiếng Anh tốt nghiệp THPT 2025"],
   """Sau kỳ thi tốt nghiệp THPT 2025, đề thi môn tiếng Anh tiếp tục gây tranh luận khi nhiều giáo viên và
   thí sinh cho rằng đề quá khó so với mục tiêu xét tốt nghiệp.""",
   """Nhiều thí sinh ở vùng nông thôn cho biết các bài đọc dài, từ vựng học thuật nhiều, không kịp làm
   hết trong thời gian quy định. "Em luyện đề minh họa khá tốt nhưng vào thi thấy khác hẳn", một thí
   sinh ở Nghệ An nói.

   Thầy Bùi Quang Minh, giáo viên tiếng Anh lâu năm, cho rằng đề thi có độ phân hóa tốt cho tuyển sinh
   nhưng chưa phù hợp với học sinh ở vùng ít điều kiện học ngoại ngữ.
   Thầy đề nghị công bố đề minh họa sát với đề thi chính thức hơn để giáo viên, học sinh chủ động.

   Đại diện Bộ GD&ĐT cho biết sẽ lắng nghe ý kiến, phân tích kết quả thi để điều chỉnh ma trận đề trong
   những năm tới, bảo đảm phù hợp với thực tế dạy học.
   Bộ cũng cho biết sẽ tổ chức phân tích phổ điểm theo từng vùng để có cái nhìn đầy đủ hơn."""
   )

bg("nn-trung-tam-khong-phep", [14, 13], "neg", False, "09-05", "09-25",
   ["Trung tâm ngoại ngữ hoạt động không phép bị xử phạt",
    "Đình chỉ trung tâm tiếng Anh dùng giáo viên không có chứng chỉ"],
   """Đoàn kiểm tra liên ngành ở TP Đà Nẵng phát hiện một trung tâm ngoại ngữ tổ chức dạy tiếng Anh cho
   hàng trăm học sinh khi chưa được cấp phép, giáo viên không đủ điều kiện.""",
   """Trung tâm quảng cáo "giáo viên bản ngữ" nhưng thực tế một số người nước ngoài đứng lớp không có bằng
   cấp sư phạm, chứng chỉ dạy tiếng Anh. Học phí mỗi khóa từ 6 đến 9 triệu đồng.

   Cơ quan chức năng đã xử phạt hành chính, đình chỉ hoạt động và yêu cầu trung tâm hoàn trả học phí
   cho học viên chưa học hết khóa.
   Trung tâm còn bị buộc gỡ bỏ các quảng cáo sai sự thật về đội ngũ giáo viên.

   Sở GD&ĐT khuyến cáo phụ huynh tra cứu danh sách trung tâm được cấp phép trên trang thông tin của sở
   trước khi cho con đăng ký học.
   Sở cũng sẽ tăng cường kiểm tra các trung tâm ngoại ngữ, tin học trong năm học mới."""
   )

bg("nn-tieng-anh-lop-1", [14, 2], "neu", False, "09-05", "09-26",
   ["Dạy tiếng Anh từ lớp 1: nhiều trường đã sẵn sàng",
    "Học sinh lớp 1 học tiếng Anh qua bài hát, trò chơi"],
   """Theo chương trình, tiếng Anh là môn tự chọn ở lớp 1, lớp 2, nhưng ngày càng nhiều trường tiểu học
   ở đô thị tổ chức dạy cho học sinh lớp 1 theo nhu cầu của phụ huynh.""",
   """Tại một trường tiểu học ở Hà Nội, học sinh lớp 1 học hai tiết tiếng Anh mỗi tuần, chủ yếu qua bài
   hát, trò chơi, tranh ảnh. Giáo viên không yêu cầu các em viết, tập trung vào nghe và nói.

   Theo các chuyên gia, trẻ học ngoại ngữ sớm có lợi thế về phát âm, nhưng phải bảo đảm không gây quá
   tải, không ảnh hưởng đến việc học tiếng Việt, vốn là nhiệm vụ trọng tâm của lớp 1.
   Giáo viên cũng cần được đào tạo phương pháp dạy ngoại ngữ cho trẻ nhỏ, khác với dạy học sinh lớn.

   Trong lộ trình đưa tiếng Anh trở thành ngôn ngữ thứ hai, tiếng Anh dự kiến trở thành môn bắt buộc từ
   lớp 1 khi đủ điều kiện về giáo viên và cơ sở vật chất.
   Hiện nay, nhiều trường ở nông thôn vẫn chưa đủ giáo viên để dạy tiếng Anh bắt buộc từ lớp 3."""
   )

# =====================================================================================
# Topic 15 — Chương trình, sách giáo khoa mới (background)
# =====================================================================================

bg("sgk-mot-bo-thong-nhat", [15], "neu", False, "08-25", "09-15",
   ["Thống nhất một bộ sách giáo khoa dùng chung toàn quốc từ năm 2026",
    "Một bộ SGK thống nhất: giáo viên, phụ huynh nói gì?",
    "Bộ GD&ĐT triển khai biên soạn bộ sách giáo khoa dùng chung"],
   """Theo chủ trương mới, cả nước sẽ sử dụng một bộ sách giáo khoa thống nhất từ năm học 2026-2027; các
   bộ sách khác có thể được dùng làm tài liệu tham khảo.""",
   """Bộ GD&ĐT cho biết đang khẩn trương xây dựng phương án tổ chức biên soạn hoặc lựa chọn bộ sách dùng
   chung, bảo đảm chất lượng, kế thừa các bộ sách hiện hành và không gây xáo trộn lớn cho giáo viên,
   học sinh.
   Việc sử dụng bộ sách thống nhất được thực hiện theo lộ trình, bắt đầu từ một số lớp.

   Nhiều phụ huynh ủng hộ vì cho rằng một bộ sách sẽ giúp giảm chi phí, thuận tiện khi con chuyển
   trường. Một số giáo viên lại lo ngại việc thay sách sẽ đòi hỏi bồi dưỡng lại và có thể ảnh hưởng
   đến tinh thần đa dạng học liệu.

   Theo các chuyên gia, điều quan trọng là cơ chế thẩm định chặt chẽ, minh bạch và có thời gian thử
   nghiệm trước khi áp dụng đại trà.
   Bộ GD&ĐT cho biết sẽ công bố lộ trình cụ thể sau khi lấy ý kiến các chuyên gia, nhà giáo."""
   )

bg("sgk-mien-phi-2030", [15, 8], "pos", False, "08-28", "09-20",
   ["Học sinh sẽ được cấp sách giáo khoa miễn phí trước năm 2030",
    "Lộ trình miễn phí sách giáo khoa cho học sinh phổ thông"],
   """Nhà nước đặt mục tiêu bảo đảm cung cấp miễn phí sách giáo khoa cho học sinh phổ thông trên cả nước
   trước năm 2030, ưu tiên học sinh vùng khó khăn.""",
   """Theo lộ trình dự kiến, những năm đầu sẽ tập trung cho học sinh vùng dân tộc thiểu số, miền núi,
   biên giới, hải đảo và học sinh thuộc hộ nghèo; sau đó mở rộng dần cho các đối tượng khác.
   Bộ GD&ĐT đang phối hợp với các bộ, ngành tính toán nguồn kinh phí cho từng giai đoạn.

   Bộ GD&ĐT cho biết đang tính toán phương án cho mượn sách, xây dựng tủ sách dùng chung trong trường để
   tiết kiệm, tránh lãng phí vì mỗi năm sách giáo khoa phải in mới với số lượng rất lớn.
   Sách mượn sẽ được thu lại cuối năm học để học sinh khóa sau tiếp tục sử dụng.

   Chị Hoàng Thị Thu, phụ huynh có ba con đi học, cho biết mỗi năm gia đình chi gần 1,5 triệu đồng cho
   sách giáo khoa. "Được miễn phí thì đỡ cho nhiều gia đình lắm", chị nói."""
   )

bg("sgk-gia-sach", [15, 8], "neu", False, "07-20", "08-20",
   ["Giá sách giáo khoa năm học 2025-2026 cơ bản giữ ổn định",
    "Sách giáo khoa mới có giá bao nhiêu cho mỗi lớp?"],
   """Các nhà xuất bản công bố giá sách giáo khoa năm học 2025-2026; phần lớn đầu sách giữ ổn định so với
   năm trước, một bộ sách lớp 1 dao động khoảng 200.000-250.000 đồng.""",
   """Với các lớp trên, giá một bộ sách dao động từ 250.000 đến hơn 400.000 đồng tùy số môn học lựa chọn.
   Sách bài tập, sách tham khảo không bắt buộc mua.

   Theo quy định về quản lý giá, sách giáo khoa thuộc danh mục hàng hóa do Nhà nước định giá tối đa.
   Các nhà xuất bản phải kê khai và công khai giá.

   Phụ huynh được khuyến nghị chỉ mua sách giáo khoa theo danh mục nhà trường đã thông báo, không mua
   kèm sách bài tập nếu giáo viên không yêu cầu.
   Tại nhiều nhà sách, lượng phụ huynh đến mua sách cho con bắt đầu tăng từ giữa tháng 8."""
   )

bg("sgk-tu-sach-dung-chung", [15], "pos", False, "08-15", "09-10",
   ["Tủ sách giáo khoa dùng chung giúp học sinh khó khăn vào năm học mới",
    "Quyên góp sách giáo khoa cũ: mỗi cuốn sách thêm một vòng đời"],
   """Nhiều trường học phát động học sinh quyên góp sách giáo khoa cũ sau năm học để xây dựng tủ sách dùng
   chung, cho học sinh khó khăn mượn trong năm học mới.""",
   """Tại một trường THCS ở Quảng Trị, cuối năm học trước trường thu được hơn 2.000 cuốn sách giáo khoa
   còn tốt. Giáo viên cùng học sinh phân loại, dán nhãn, sắp xếp theo lớp để cho mượn từ đầu năm học.

   Em Lê Văn Nhật, học sinh lớp 7, được mượn đủ bộ sách. "Sách cũ nhưng các anh chị giữ cẩn thận lắm, em
   sẽ giữ để năm sau trả lại cho các em lớp dưới", Nhật nói.

   Theo ngành giáo dục, việc tái sử dụng sách giúp tiết kiệm chi phí cho phụ huynh và giáo dục học sinh
   ý thức giữ gìn tài sản chung.
   Năm nay, nhiều trường còn kêu gọi phụ huynh góp thêm sách tham khảo, truyện thiếu nhi cho thư viện."""
   )

bg("sgk-tai-lieu-dia-phuong-hg", [15], "neu", True, "08-05", "08-30",
   ["Tài liệu giáo dục địa phương của Hậu Giang cũ sẽ được biên soạn lại",
    "Sau hợp nhất, học sinh Vị Thanh, Ngã Bảy học tài liệu địa phương nào?"],
   """Sở GD&ĐT TP Cần Thơ cho biết trong năm học 2025-2026, học sinh ở khu vực Hậu Giang và Sóc Trăng cũ
   tiếp tục sử dụng tài liệu giáo dục địa phương hiện hành, trong khi thành phố biên soạn bộ tài liệu
   chung mới.""",
   """Tài liệu giáo dục địa phương của tỉnh Hậu Giang trước đây giới thiệu về lịch sử, văn hóa, kinh tế
   của Vị Thanh, Ngã Bảy, Long Mỹ và các huyện. Sau hợp nhất, nhiều nội dung về địa giới hành chính
   không còn phù hợp.

   Theo sở, giáo viên sẽ được hướng dẫn cập nhật thông tin về đơn vị hành chính mới trong quá trình dạy
   học, tránh để học sinh hiểu sai. Bộ tài liệu mới dự kiến hoàn thành, thẩm định trong năm 2026.

   Cô Bùi Thị Thanh Thủy, giáo viên Lịch sử và Địa lí ở phường Ngã Bảy, cho rằng bộ tài liệu mới nên giữ
   những nội dung đặc trưng như chợ nổi Ngã Bảy, khu di tích Chiến thắng Chương Thiện, để học sinh
   hiểu rõ về quê hương mình.
   Nhiều giáo viên cũng đề nghị được tham gia góp ý khi thành phố biên soạn bộ tài liệu mới."""
   )

bg("sgk-kho-mua-sach", [15], "neg", False, "08-10", "08-30",
   ["Phụ huynh chạy khắp nơi vẫn không mua đủ sách giáo khoa cho con",
    "Khan hiếm cục bộ một số đầu sách giáo khoa trước năm học"],
   """Chỉ còn hai tuần nữa là tựu trường, nhiều phụ huynh ở các tỉnh phía Bắc cho biết vẫn chưa mua đủ bộ
   sách giáo khoa cho con vì thiếu một số đầu sách.""",
   """Chị Nguyễn Thị Lan Hương ở Thái Nguyên (mới) kể đã đến bốn nhà sách nhưng đều thiếu sách Tiếng Anh
   và Hoạt động trải nghiệm lớp 4. "Nhân viên bảo tuần sau mới có hàng, mà con sắp đi học rồi", chị
   nói.

   Đại diện một công ty phát hành cho biết tình trạng thiếu sách cục bộ do nhu cầu tập trung vào cùng
   một thời điểm và một số trường thay đổi lựa chọn sách muộn.
   Ông cho biết công ty đã tăng ca vận chuyển, ưu tiên những đầu sách đang thiếu.

   Các nhà xuất bản cam kết bổ sung sách đến các đại lý trước ngày khai giảng, đồng thời phát hành
   sách điện tử để học sinh sử dụng tạm thời.
   Phụ huynh có thể đặt mua trực tuyến trên trang của các nhà xuất bản để được giao sách tận nhà."""
   )

bg("sgk-lua-chon-sach", [15], "neu", False, "07-05", "07-25",
   ["Giáo viên được quyền đề xuất chọn sách giáo khoa",
    "Lựa chọn sách giáo khoa: quyền quyết định thuộc về nhà trường"],
   """Theo quy định hiện hành, việc lựa chọn sách giáo khoa do cơ sở giáo dục thực hiện, trên cơ sở đề xuất
   của tổ chuyên môn, giáo viên trực tiếp giảng dạy.""",
   """Hội đồng lựa chọn sách của nhà trường gồm hiệu trưởng, tổ trưởng chuyên môn, giáo viên và đại diện
   cha mẹ học sinh. Kết quả lựa chọn phải được công khai trước khi báo cáo cơ quan quản lý.

   Nhiều giáo viên cho biết quy định này giúp họ được chọn bộ sách phù hợp với học sinh của mình. Tuy
   nhiên, ở một số trường, việc tổ chức lựa chọn vẫn mang tính hình thức.

   Với chủ trương thống nhất một bộ sách giáo khoa dùng chung từ năm 2026, các quy định về lựa chọn sách
   có thể sẽ được điều chỉnh.
   Trong năm học 2025-2026, các trường vẫn sử dụng những bộ sách đã lựa chọn trước đó."""
   )

bg("sgk-sach-bai-tap-ep-mua", [15, 8], "neg", False, "09-06", "09-20",
   ["Phụ huynh bị “gợi ý” mua cả bộ sách bài tập, sách tham khảo",
    "Sách giáo khoa kèm sách bài tập: phụ huynh có bắt buộc phải mua?"],
   """Đầu năm học, nhiều phụ huynh phản ánh giáo viên yêu cầu mua đủ sách bài tập, sách tham khảo theo
   danh sách của trường, khiến chi phí sách vở tăng gấp đôi.""",
   """Theo danh sách một trường tiểu học ở Hải Phòng, ngoài 11 cuốn sách giáo khoa lớp 2, phụ huynh còn
   được đề nghị mua 8 cuốn sách bài tập và 3 cuốn "vở luyện" của một công ty. Tổng số tiền gần 500.000
   đồng.

   Theo quy định, nhà trường không được yêu cầu học sinh mua sách bài tập, sách tham khảo. Giáo viên
   có thể khuyến khích nhưng phải để phụ huynh tự nguyện lựa chọn.

   Sau phản ánh, hiệu trưởng nhà trường đã đính chính danh sách, chỉ giữ lại sách giáo khoa là bắt buộc,
   các sách khác ghi rõ "không bắt buộc".
   Phòng chuyên môn phụ trách giáo dục của phường cũng nhắc nhở các trường khác trên địa bàn thực hiện đúng quy định."""
   )

bg("sgk-dia-gioi-loi-thoi", [15], "neu", False, "07-03", "07-20",
   ["Sách giáo khoa còn nội dung về 63 tỉnh, giáo viên dạy thế nào?",
    "Sau sắp xếp tỉnh, Bộ GD&ĐT hướng dẫn điều chỉnh nội dung dạy Địa lí"],
   """Sau khi cả nước sắp xếp còn 34 đơn vị hành chính cấp tỉnh, nội dung về địa giới hành chính trong
   sách giáo khoa Lịch sử và Địa lí không còn phù hợp; Bộ GD&ĐT hướng dẫn giáo viên cập nhật khi dạy.""",
   """Theo hướng dẫn, giáo viên chủ động cập nhật thông tin về đơn vị hành chính mới, bản đồ hành chính
   và số liệu dân số, diện tích trong quá trình dạy học. Những nội dung không còn phù hợp không dùng
   để kiểm tra, đánh giá học sinh.

   Nhiều giáo viên Địa lí cho biết họ đã chuẩn bị tài liệu bổ sung, bản đồ mới để dạy ngay từ đầu năm
   học. "Học sinh rất quan tâm, các em hỏi quê mình giờ thuộc tỉnh nào", một giáo viên ở Nam Định cũ
   kể.

   Bộ cho biết sẽ chỉnh sửa sách giáo khoa trong các lần tái bản tới; đồng thời các địa phương điều chỉnh
   tài liệu giáo dục địa phương theo địa giới mới.
   Học sinh được khuyến khích tự tìm hiểu về đơn vị hành chính mới của quê mình qua các nguồn thông tin chính thống."""
   )

bg("sgk-danh-gia-5-nam", [15], "neu", False, "09-10", "09-28",
   ["Nhìn lại 5 năm thực hiện chương trình giáo dục phổ thông 2018",
    "Chương trình mới sau một chu kỳ: điểm sáng và những việc còn dang dở"],
   """Chương trình giáo dục phổ thông 2018 đã hoàn thành lộ trình triển khai ở cả 12 lớp; các chuyên gia
   nhìn nhận nhiều chuyển biến về phương pháp dạy học nhưng vẫn còn những khó khăn về điều kiện thực
   hiện.""",
   """Theo báo cáo đánh giá, học sinh được học theo hướng phát triển phẩm chất, năng lực, có nhiều hoạt
   động trải nghiệm, vận dụng kiến thức vào thực tiễn hơn. Giáo viên đổi mới cách kiểm tra, đánh giá.

   Tuy nhiên, tình trạng thiếu giáo viên môn mới, thiếu thiết bị dạy học và việc dạy học tích hợp chưa
   thực chất vẫn là những điểm nghẽn. Ở bậc THPT, việc chọn môn học còn phụ thuộc khả năng đáp ứng của
   nhà trường.

   Các chuyên gia đề nghị rà soát, điều chỉnh chương trình sau một chu kỳ, giảm tải nội dung hàn lâm và
   tăng cường điều kiện bảo đảm chất lượng.
   Bộ GD&ĐT cho biết sẽ tổng kết toàn diện việc thực hiện chương trình để đề xuất điều chỉnh phù hợp."""
   )

# =====================================================================================
# Topic 16 — Việc làm sau tốt nghiệp
# =====================================================================================

bg("vl-cu-nhan-that-nghiep", [16], "neg", False, "07-10", "08-05",
   ["Hơn 100.000 người có trình độ đại học trở lên đang thất nghiệp",
    "Cử nhân thất nghiệp: học xong không biết làm gì?"],
   """Số liệu thống kê quý II cho thấy cả nước vẫn còn hơn 100.000 người có trình độ đại học trở lên
   thất nghiệp, chủ yếu là người trẻ mới ra trường.""",
   """Nhiều cử nhân các ngành kinh tế, quản trị, ngôn ngữ phải làm trái ngành hoặc chấp nhận công việc
   thời vụ. Em Ngô Thị Thảo Vy, tốt nghiệp ngành quản trị kinh doanh năm 2024, đã nộp hơn 40 hồ sơ
   nhưng chỉ được gọi phỏng vấn ba lần.

   Theo các chuyên gia lao động, nguyên nhân là sự lệch pha giữa đào tạo và nhu cầu thị trường; sinh
   viên thiếu kỹ năng thực hành, ngoại ngữ và kinh nghiệm làm việc.
   Nhiều ngành học vẫn tuyển sinh đông dù nhu cầu nhân lực đã bão hòa.

   Các trường đại học được khuyến nghị tăng thời lượng thực tập, mời doanh nghiệp tham gia xây dựng
   chương trình và theo dõi tình trạng việc làm của sinh viên sau tốt nghiệp.
   Thông tin về tỷ lệ sinh viên có việc làm cũng cần được công khai để thí sinh tham khảo khi chọn ngành."""
   )

bg("vl-su-pham-co-viec", [16], "pos", False, "08-15", "09-15",
   ["Sinh viên sư phạm ra trường có việc làm cao nhờ nhu cầu giáo viên lớn",
    "Ngành sư phạm: tỷ lệ có việc làm sau một năm trên 90%"],
   """Trong bối cảnh thiếu giáo viên, tỷ lệ sinh viên sư phạm có việc làm sau một năm tốt nghiệp ở nhiều
   trường đạt trên 90%, đặc biệt các ngành mầm non, tiểu học, tin học, tiếng Anh.""",
   """Theo khảo sát của một trường đại học sư phạm, phần lớn cử nhân đã được tuyển dụng vào trường công
   lập hoặc ký hợp đồng với trường tư thục, trung tâm giáo dục. Một số ngành như sư phạm Tin học gần
   như 100% có việc.

   Chính sách hỗ trợ tiền đóng học phí và chi phí sinh hoạt cho sinh viên sư phạm cũng giúp thu hút
   nhiều học sinh giỏi vào ngành trong những năm gần đây.
   Năm nay, điểm chuẩn nhiều ngành sư phạm thuộc nhóm cao nhất trong các khối ngành.

   Tuy vậy, các trường lưu ý vẫn có tình trạng sinh viên không muốn về vùng khó khăn công tác, trong khi
   đây là nơi thiếu giáo viên nhiều nhất.
   Các địa phương được khuyến nghị có chính sách đãi ngộ đủ hấp dẫn để thu hút cử nhân sư phạm về vùng khó."""
   )

bg("vl-thac-si-shipper", [16], "neg", False, "08-01", "08-28",
   ["Có bằng thạc sĩ vẫn chạy xe công nghệ chờ việc",
    "Khi tấm bằng cao không còn là tấm vé bảo đảm có việc làm"],
   """Sau hai năm học thạc sĩ, anh Đinh Quốc Khánh, 29 tuổi, hiện chạy xe công nghệ ở Hà Nội trong lúc
   chờ tìm được công việc đúng chuyên môn.""",
   """Khánh tốt nghiệp thạc sĩ quản lý kinh tế năm 2024. Anh cho biết nhiều nhà tuyển dụng đánh giá cao
   bằng cấp nhưng lại yêu cầu kinh nghiệm thực tế mà anh chưa có. "Học lên cao mà không có kỹ năng thì
   cũng khó", anh thừa nhận.

   Theo các chuyên gia, nhiều người học thạc sĩ ngay sau đại học vì chưa tìm được việc, thay vì có định
   hướng nghề nghiệp rõ ràng. Điều này khiến họ mất thêm thời gian mà không cải thiện được khả năng
   cạnh tranh.

   Họ khuyên người trẻ nên đi làm vài năm trước khi học sau đại học, chọn chương trình gắn với nhu cầu
   công việc thực tế.
   Theo họ, kinh nghiệm thực tế sẽ giúp người học chọn đúng hướng nghiên cứu và tận dụng tốt hơn tấm bằng sau đại học."""
   )

bg("vl-ngay-hoi-viec-lam-ninh-kieu", [16], "pos", False, "09-10", "09-28",
   ["Ngày hội việc làm tại phường Ninh Kiều thu hút hàng nghìn sinh viên",
    "Hơn 3.000 vị trí tuyển dụng tại ngày hội việc làm sinh viên Cần Thơ"],
   """Ngày hội việc làm dành cho sinh viên do một trường đại học ở phường Ninh Kiều, TP Cần Thơ tổ chức đã
   thu hút hơn 60 doanh nghiệp với hơn 3.000 vị trí tuyển dụng.""",
   """Các vị trí tập trung vào lĩnh vực công nghệ thông tin, chế biến thủy sản, logistics, ngân hàng và
   du lịch. Nhiều doanh nghiệp phỏng vấn trực tiếp, nhận sinh viên năm cuối vào thực tập có lương.

   Em Lâm Thị Kiều Oanh, sinh viên năm tư ngành kỹ thuật thực phẩm, cho biết em đã nộp hồ sơ vào ba công
   ty. "Năm nay nhiều doanh nghiệp ở TP.HCM và Bình Dương cũ về tận Cần Thơ tuyển người", Oanh nói.

   Ban tổ chức cho biết ngày hội là cầu nối giúp sinh viên tiếp cận thị trường lao động, đồng thời giúp
   nhà trường điều chỉnh chương trình đào tạo sát với nhu cầu doanh nghiệp.
   Nhiều sinh viên đã được hẹn phỏng vấn vòng hai ngay tại ngày hội.""",
   region="mekong")

bg("vl-truong-nghe-cam-ket", [16], "pos", False, "07-15", "08-20",
   ["Trường nghề cam kết việc làm, học viên có lương ngay khi thực tập",
    "Học nghề điện tử, ra trường được doanh nghiệp FDI “đặt hàng”"],
   """Một trường cao đẳng ở tỉnh Bắc Ninh (mới) ký hợp đồng đào tạo theo đặt hàng với các doanh nghiệp
   điện tử, cam kết 100% học viên có việc làm sau tốt nghiệp.""",
   """Học viên được thực tập tại nhà máy ngay từ năm thứ hai, nhận lương 5-7 triệu đồng mỗi tháng. Sau
   tốt nghiệp, thu nhập khởi điểm từ 9 đến 12 triệu đồng tùy vị trí.

   Em Vũ Văn Hoàng, học viên ngành điện tử công nghiệp, cho biết em chọn học nghề vì muốn đi làm sớm
   phụ giúp gia đình. "Bạn bè em học đại học vẫn chưa có thu nhập, em đã tự trang trải được", Hoàng
   nói.

   Theo nhà trường, việc gắn kết với doanh nghiệp giúp chương trình đào tạo cập nhật công nghệ mới và
   giảm chi phí đầu tư thiết bị cho trường.
   Trường dự kiến mở thêm ngành điện tử ô tô và tự động hóa trong năm học tới."""
   )

bg("vl-ai-viec-lam-it", [16], "neg", False, "08-20", "09-25",
   ["AI thay đổi thị trường lao động, sinh viên công nghệ thông tin khó tìm việc",
    "Lập trình viên mới ra trường chật vật vì doanh nghiệp ứng dụng AI"],
   """Nhiều sinh viên công nghệ thông tin mới tốt nghiệp cho biết các vị trí lập trình viên tập sự ngày
   càng ít khi doanh nghiệp ứng dụng công cụ trí tuệ nhân tạo vào quy trình phát triển phần mềm.""",
   """Theo khảo sát của một nền tảng tuyển dụng, số tin tuyển dụng vị trí lập trình viên mới ra trường
   giảm đáng kể so với hai năm trước, trong khi yêu cầu về kỹ năng tăng lên.
   Nhiều doanh nghiệp ưu tiên tuyển người có kinh nghiệm, có thể làm việc ngay với các công cụ mới.

   Em Trương Gia Bảo, cử nhân công nghệ thông tin năm 2025, cho biết nhiều công ty yêu cầu biết sử dụng
   các công cụ AI, có sản phẩm cá nhân và tiếng Anh tốt. "Bằng đại học chỉ là điều kiện cần", Bảo nói.

   Các trường đại học đang điều chỉnh chương trình, đưa nội dung về AI ứng dụng, kỹ năng làm việc với
   công cụ mới vào đào tạo để sinh viên thích ứng.
   Sinh viên cũng được khuyên chủ động tham gia dự án thực tế, cuộc thi lập trình để làm đẹp hồ sơ xin việc."""
   )

bg("vl-long-my-hoc-nghe", [16], "pos", True, "08-05", "08-30",
   ["Thanh niên Long Mỹ học nghề, có việc làm ngay tại quê",
    "Trung tâm giáo dục nghề nghiệp ở phường Long Mỹ mở lớp theo đơn đặt hàng"],
   """Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên ở phường Long Mỹ, TP Cần Thơ (trước đây là
   thị xã Long Mỹ, tỉnh Hậu Giang) mở các lớp may công nghiệp, điện dân dụng theo đơn đặt hàng của doanh
   nghiệp.""",
   """Năm nay, trung tâm tuyển gần 200 học viên, phần lớn là thanh niên nông thôn và học sinh tốt nghiệp
   THCS. Học viên vừa học văn hóa chương trình giáo dục thường xuyên, vừa học nghề, được miễn học phí.

   Em Nguyễn Thị Thúy Hằng, 18 tuổi, đã được nhận vào làm tại một công ty may ở khu công nghiệp gần nhà
   sau khóa học 6 tháng, thu nhập khoảng 7 triệu đồng mỗi tháng. "Em không phải lên TP.HCM làm xa như
   mấy chị trong xóm", Hằng nói.

   Lãnh đạo trung tâm cho biết sẽ mở thêm lớp chế biến thủy sản và sửa chữa máy nông nghiệp, phù hợp
   với nhu cầu lao động của khu vực Long Mỹ, Vị Thủy.
   Trung tâm cũng phối hợp với các doanh nghiệp tổ chức phỏng vấn tuyển dụng ngay tại trường vào cuối mỗi khóa học."""
   )

bg("vl-doanh-nghiep-che-ky-nang", [16], "neg", False, "09-05", "09-28",
   ["Doanh nghiệp: sinh viên mới ra trường thiếu kỹ năng làm việc nhóm",
    "Nhà tuyển dụng phải đào tạo lại phần lớn cử nhân mới tốt nghiệp"],
   """Khảo sát của một hiệp hội doanh nghiệp cho thấy hơn 60% nhà tuyển dụng phải đào tạo lại sinh viên mới
   tốt nghiệp trong ít nhất ba tháng, chủ yếu về kỹ năng mềm và kỹ năng thực hành.""",
   """Các kỹ năng được doanh nghiệp đánh giá thấp nhất là giải quyết vấn đề, làm việc nhóm, giao tiếp
   bằng tiếng Anh và viết báo cáo. Nhiều cử nhân có điểm học tập cao nhưng lúng túng khi xử lý công
   việc thực tế.

   Bà Trần Thị Kim Chi, giám đốc nhân sự một công ty logistics, cho biết công ty ưu tiên ứng viên có
   kinh nghiệm thực tập, tham gia hoạt động ngoại khóa. "Bảng điểm chỉ là một phần", bà nói.

   Các chuyên gia đề nghị các trường đại học tăng cường học tập dựa trên dự án, hợp tác với doanh
   nghiệp để sinh viên làm việc trong môi trường thật trước khi ra trường.
   Sinh viên cũng nên tận dụng các hoạt động ngoại khóa, việc làm bán thời gian để rèn kỹ năng."""
   )

# =====================================================================================
# Education news outside the 16 topics: admissions, study abroad, scholarships, people
# =====================================================================================

bg("ts-dang-ky-nguyen-vong", [], "neu", False, "07-16", "07-25",
   ["Thí sinh đăng ký nguyện vọng xét tuyển đại học đến 17h ngày 28/7",
    "Những lưu ý quan trọng khi đăng ký nguyện vọng đại học 2025",
    "Đăng ký nguyện vọng đại học: không giới hạn số lượng, xếp thứ tự thế nào?"],
   """Thí sinh có nhu cầu xét tuyển đại học năm 2025 đăng ký, điều chỉnh nguyện vọng không giới hạn số lần
   trên hệ thống của Bộ GD&ĐT từ ngày 16/7 đến 17h ngày 28/7.""",
   """Thí sinh được đăng ký không giới hạn số nguyện vọng, nhưng cần sắp xếp theo thứ tự ưu tiên từ cao
   xuống thấp. Nếu đủ điều kiện trúng tuyển nhiều nguyện vọng, thí sinh chỉ được công nhận trúng tuyển
   nguyện vọng cao nhất.

   Năm nay, các phương thức xét tuyển đều được quy đổi về một thang điểm chung; thí sinh không cần đăng
   ký phương thức mà hệ thống tự xét theo điểm có lợi nhất.
   Thí sinh cần kiểm tra kỹ mã trường, mã ngành trước khi lưu nguyện vọng.

   Sau khi kết thúc đăng ký, thí sinh nộp lệ phí xét tuyển trực tuyến theo số nguyện vọng. Bộ GD&ĐT
   khuyến cáo thí sinh không để đến những giờ cuối mới đăng ký để tránh nghẽn mạng."""
   )

bg("ts-diem-chuan-bach-khoa", [], "neu", False, "08-22", "08-23",
   ["Điểm chuẩn Đại học Bách khoa năm 2025: ngành cao nhất gần 29 điểm",
    "Công bố điểm chuẩn các trường kỹ thuật, ngành máy tính dẫn đầu"],
   """Các trường đại học kỹ thuật đồng loạt công bố điểm chuẩn năm 2025; nhóm ngành khoa học máy tính, trí
   tuệ nhân tạo tiếp tục dẫn đầu với mức điểm gần 29 (thang 30).""",
   """Theo công bố của một trường đại học kỹ thuật ở Hà Nội, ngành khoa học máy tính có điểm chuẩn cao
   nhất, tiếp theo là kỹ thuật máy tính và vi mạch bán dẫn. Các ngành cơ khí, vật liệu có điểm chuẩn
   khoảng 22-24 điểm.

   Năm nay các trường quy đổi điểm của các phương thức về cùng một thang, nên điểm chuẩn chỉ công bố
   theo một mức duy nhất cho mỗi ngành.
   Các trường cũng công bố bảng quy đổi tương đương giữa điểm thi tốt nghiệp, điểm đánh giá tư duy và điểm học bạ.

   Thí sinh trúng tuyển cần xác nhận nhập học trực tuyến trên hệ thống của Bộ trước 17h ngày 30/8,
   nếu không sẽ bị coi như từ chối nhập học.
   Những ngành chưa tuyển đủ chỉ tiêu sẽ được xét tuyển bổ sung theo thông báo riêng."""
   )

bg("ts-diem-chuan-su-pham", [], "neu", False, "08-22", "08-24",
   ["Điểm chuẩn ngành sư phạm năm 2025 tăng mạnh",
    "Nhiều ngành sư phạm lấy điểm chuẩn trên 28, thí sinh 9 điểm mỗi môn vẫn trượt"],
   """Điểm chuẩn các ngành sư phạm năm 2025 tiếp tục ở mức cao; nhiều ngành như sư phạm Lịch sử, sư phạm
   Ngữ văn có điểm trúng tuyển trên 28 điểm.""",
   """Theo các trường sư phạm, chính sách hỗ trợ học phí và sinh hoạt phí cho sinh viên sư phạm là lý do
   chính khiến ngành thu hút thí sinh điểm cao. Sư phạm Toán, sư phạm tiếng Anh cũng có điểm chuẩn
   xấp xỉ 28.

   Em Võ Thị Mỹ Linh ở Hà Tĩnh đạt 27,5 điểm nhưng vẫn trượt nguyện vọng 1 sư phạm Ngữ văn. "Em tiếc
   nhưng vẫn đỗ nguyện vọng 2 ngành sư phạm ở trường khác", Linh nói.

   Ngành giáo dục mầm non có điểm chuẩn thấp hơn, khoảng 20-24 điểm, tùy trường.
   Thí sinh trúng tuyển ngành sư phạm tiếp tục được hưởng chính sách hỗ trợ học phí và sinh hoạt phí theo quy định."""
   )

bg("ts-xac-nhan-nhap-hoc", [], "neu", False, "08-27", "08-29",
   ["Gần 100.000 thí sinh trúng tuyển chưa xác nhận nhập học",
    "Hạn chót xác nhận nhập học đại học là 17h ngày 30/8"],
   """Bộ GD&ĐT cho biết đến ngày 27/8, vẫn còn gần 100.000 thí sinh trúng tuyển chưa xác nhận nhập học
   trực tuyến trên hệ thống, trong khi hạn chót là 17h ngày 30/8.""",
   """Thí sinh trúng tuyển phải xác nhận nhập học trên hệ thống chung, sau đó làm thủ tục nhập học theo
   hướng dẫn của trường. Những trường hợp không xác nhận đúng hạn coi như từ chối nhập học.

   Các trường đại học cũng đang liên hệ với thí sinh để nhắc nhở. Một số trường mở đợt xét tuyển bổ
   sung với những ngành chưa đủ chỉ tiêu.

   Bộ GD&ĐT khuyến cáo thí sinh kiểm tra kỹ kết quả, liên hệ ngay với trường nếu gặp sự cố kỹ thuật khi
   xác nhận.
   Sau thời hạn này, hệ thống sẽ đóng và không tiếp nhận thêm xác nhận nhập học."""
   )

bg("ts-xet-tuyen-bo-sung", [], "neu", False, "08-28", "09-15",
   ["Nhiều trường đại học xét tuyển bổ sung, có ngành lấy từ 15 điểm",
    "Xét tuyển bổ sung đại học 2025: thí sinh còn cơ hội ở đâu?"],
   """Sau đợt xét tuyển chính, nhiều trường đại học công bố xét tuyển bổ sung với hàng nghìn chỉ tiêu, điểm
   nhận hồ sơ ở một số ngành từ 15 điểm.""",
   """Các ngành xét bổ sung chủ yếu thuộc nhóm nông nghiệp, môi trường, kỹ thuật xây dựng và một số ngành
   mới mở. Thời gian nhận hồ sơ kéo dài đến giữa tháng 9.

   Thí sinh đã xác nhận nhập học ở trường khác muốn tham gia xét bổ sung phải rút hồ sơ theo quy định.
   Các trường lưu ý thí sinh tìm hiểu kỹ chương trình đào tạo trước khi đăng ký.

   Theo các chuyên gia, xét tuyển bổ sung là cơ hội cho thí sinh chưa trúng tuyển, nhưng cần chọn ngành
   phù hợp năng lực, tránh đăng ký chỉ để có chỗ học.
   Thông tin xét tuyển bổ sung được các trường đăng tải trên trang tuyển sinh chính thức."""
   )

bg("ts-nu-sinh-vi-thanh-y-khoa", [], "pos", True, "08-23", "08-30",
   ["Nữ sinh Vị Thanh nhà nghèo đỗ ngành y khoa",
    "Con gái người bán bánh mì ở phường Vị Tân trúng tuyển y đa khoa"],
   """Với 28,25 điểm, em Trần Ngọc Như Ý, cựu học sinh một trường THPT ở phường Vị Tân, TP Cần Thơ (trước
   đây là TP Vị Thanh, tỉnh Hậu Giang), đã trúng tuyển ngành y khoa của một trường đại học y ở Cần Thơ.""",
   """Nhà Như Ý ở trong con hẻm nhỏ gần chợ Vị Thanh. Mẹ em bán bánh mì buổi sáng, cha làm thợ hồ. Ngoài
   giờ học, em phụ mẹ bán hàng từ 5h sáng rồi mới đạp xe đến trường.

   "Hồi nhỏ ngoại bệnh nặng, em thấy các bác sĩ tận tình nên ước mơ làm bác sĩ", Như Ý kể. Em chủ yếu tự
   học, chỉ đi học thêm một môn vào năm lớp 12.

   Biết hoàn cảnh của em, nhiều thầy cô và nhà hảo tâm đã hỗ trợ học phí năm đầu. Gia đình vẫn lo lắng
   về chi phí sáu năm học y, nhưng quyết tâm vay vốn để con theo đuổi ước mơ."""
   )

bg("ts-tan-sinh-vien-nga-bay-hoc-bong", [], "pos", True, "09-08", "09-26",
   ["Tân sinh viên Ngã Bảy nhận học bổng toàn phần của trường đại học",
    "Chàng trai phường Ngã Bảy giành học bổng toàn phần ngành công nghệ"],
   """Em Lê Hoàng Phúc, cựu học sinh một trường THPT ở phường Ngã Bảy, TP Cần Thơ (trước đây là TP Ngã Bảy,
   tỉnh Hậu Giang), nhận học bổng toàn phần bốn năm của một trường đại học công nghệ tại TP.HCM.""",
   """Phúc đạt điểm IELTS 7.0 và có dự án ứng dụng theo dõi độ mặn nước kênh từng đạt giải khoa học kỹ thuật
   cấp tỉnh. Học bổng bao gồm học phí, chỗ ở ký túc xá và sinh hoạt phí hằng tháng.

   Gia đình Phúc buôn bán nhỏ ở chợ Ngã Bảy. "Không có học bổng, chắc em phải học trường gần nhà để đỡ
   chi phí", Phúc nói.

   Em dự định theo học ngành khoa học dữ liệu, mong sau này phát triển các ứng dụng hỗ trợ nông dân miền
   Tây ứng phó với xâm nhập mặn.
   Thầy cô ở trường cũ ở Ngã Bảy cho biết Phúc là học sinh chăm chỉ, thường hướng dẫn các bạn trong câu lạc bộ khoa học."""
   )

bg("dh-my-siet-visa", [], "neu", False, "07-05", "07-30",
   ["Mỹ siết xét duyệt visa du học, sinh viên Việt lo lỡ kỳ nhập học",
    "Du học Mỹ: lịch phỏng vấn visa khan hiếm, thủ tục kiểm tra mạng xã hội"],
   """Nhiều du học sinh Việt Nam chuẩn bị nhập học kỳ mùa thu tại Mỹ lo lắng vì lịch phỏng vấn visa khan
   hiếm và quy trình kiểm tra hồ sơ, mạng xã hội kéo dài hơn trước.""",
   """Em Hoàng Minh Châu, đã nhận thư mời nhập học của một trường đại học ở bang California, cho biết em
   chờ gần một tháng mới đặt được lịch phỏng vấn. "Nếu chậm thêm chút nữa, em sẽ phải hoãn sang kỳ
   mùa xuân", Châu nói.

   Các công ty tư vấn du học khuyên học sinh chuẩn bị hồ sơ sớm, trung thực trong khai báo, để chế độ
   công khai các tài khoản mạng xã hội theo yêu cầu.
   Họ cũng lưu ý học sinh chuẩn bị kỹ câu trả lời về kế hoạch học tập và khả năng tài chính.

   Mỹ vẫn là điểm đến hàng đầu của du học sinh Việt Nam, với hơn 30.000 sinh viên đang theo học.
   Một số gia đình đã chuyển hướng sang các nước khác để tránh rủi ro chậm visa."""
   )

bg("dh-uc-gioi-han", [], "neu", False, "08-05", "09-05",
   ["Úc điều chỉnh chính sách, du học sinh cần chuẩn bị tài chính nhiều hơn",
    "Du học Úc năm 2026: chỉ tiêu và yêu cầu tài chính thay đổi"],
   """Úc tiếp tục điều chỉnh chính sách quản lý du học sinh, với yêu cầu chứng minh tài chính cao hơn và số
   lượng sinh viên quốc tế được phân bổ cho từng trường.""",
   """Theo các công ty tư vấn, du học sinh cần chứng minh khoản tiết kiệm lớn hơn so với trước, đồng thời
   lệ phí xin thị thực cũng tăng. Một số trường đại học lớn đã nhanh chóng hết chỉ tiêu cho kỳ nhập học
   đầu năm.

   Chị Nguyễn Thu Hà, phụ huynh ở Hà Nội, cho biết gia đình đang cân nhắc chuyển hướng sang New Zealand
   hoặc châu Âu cho con vì chi phí và thủ tục.
   Theo chị, chi phí du học Úc hiện đã tăng đáng kể so với vài năm trước.

   Dù vậy, Úc vẫn là một trong những điểm đến được sinh viên Việt Nam lựa chọn nhiều nhất nhờ chất
   lượng đào tạo và cơ hội làm việc sau tốt nghiệp.
   Các chuyên gia khuyên gia đình lập kế hoạch tài chính sớm và tìm hiểu kỹ chính sách mới trước khi nộp hồ sơ."""
   )

bg("dh-han-quoc-hoc-bong", [], "neu", False, "09-01", "09-28",
   ["Học bổng chính phủ Hàn Quốc mở đơn, ưu tiên ngành công nghệ",
    "Cơ hội du học Hàn Quốc bằng học bổng toàn phần năm 2026"],
   """Chương trình học bổng chính phủ Hàn Quốc dành cho sinh viên quốc tế năm 2026 bắt đầu nhận hồ sơ, ưu
   tiên các ngành khoa học, công nghệ và kỹ thuật.""",
   """Học bổng bao gồm học phí, vé máy bay, sinh hoạt phí và một năm học tiếng Hàn. Ứng viên cần có kết
   quả học tập tốt, chứng chỉ tiếng Anh hoặc tiếng Hàn và kế hoạch học tập rõ ràng.

   Theo các chuyên gia tư vấn, hồ sơ nổi bật thường có bài luận thể hiện mục tiêu cá nhân, hoạt động
   ngoại khóa và thư giới thiệu từ giảng viên.
   Ứng viên nên chuẩn bị hồ sơ sớm vì thời gian nhận hồ sơ thường chỉ kéo dài vài tuần.

   Hàn Quốc hiện là một trong những điểm đến du học phổ biến nhất của sinh viên Việt Nam.
   Ngoài học bổng chính phủ, nhiều trường đại học Hàn Quốc cũng có học bổng riêng cho sinh viên quốc tế."""
   )

bg("dh-du-hoc-sinh-viet-duc", [], "neu", False, "07-10", "09-20",
   ["Du học nghề Đức: cơ hội vừa học vừa làm cho người trẻ Việt",
    "Nhiều bạn trẻ chọn du học nghề Đức ngành điều dưỡng, nhà hàng"],
   """Du học nghề tại Đức ngày càng thu hút người trẻ Việt Nam nhờ chương trình vừa học vừa làm có lương,
   đặc biệt trong các ngành điều dưỡng, nhà hàng khách sạn và cơ điện tử.""",
   """Học viên cần đạt trình độ tiếng Đức B1 hoặc B2 trước khi sang, thời gian học nghề khoảng ba năm.
   Trong thời gian học, học viên được doanh nghiệp trả lương, đủ trang trải sinh hoạt.

   Em Lưu Thị Ngọc Trâm, 20 tuổi, đang học tiếng Đức để sang học điều dưỡng vào năm sau. "Em không đủ
   điều kiện du học đại học, nhưng học nghề vẫn có tương lai", Trâm nói.

   Các chuyên gia cảnh báo người học nên chọn đơn vị tư vấn uy tín, tránh các chương trình hứa hẹn
   "bao đậu visa" thu phí cao bất thường.
   Người học cũng nên tìm hiểu kỹ hợp đồng đào tạo với doanh nghiệp Đức trước khi xuất cảnh."""
   )

bg("dh-xep-hang-dai-hoc", [], "neu", False, "07-01", "07-20",
   ["Thêm trường đại học Việt Nam có tên trong bảng xếp hạng châu Á",
    "Đại học Việt Nam cải thiện thứ hạng nhờ chỉ số nghiên cứu"],
   """Một số trường đại học Việt Nam cải thiện vị trí trong bảng xếp hạng đại học khu vực châu Á năm nay,
   chủ yếu nhờ chỉ số công bố quốc tế và hợp tác nghiên cứu.""",
   """Theo đại diện các trường, kết quả phản ánh nỗ lực đầu tư cho nghiên cứu, thu hút giảng viên có trình
   độ tiến sĩ và mở rộng hợp tác quốc tế trong những năm gần đây.
   Một số trường có chỉ số trích dẫn bài báo tăng mạnh so với năm trước.

   Tuy vậy, các chuyên gia lưu ý bảng xếp hạng chỉ là một kênh tham khảo; điều quan trọng là chất lượng
   đào tạo, việc làm của sinh viên và đóng góp của trường cho xã hội.
   Nhiều bảng xếp hạng dùng phương pháp khác nhau nên thứ hạng của một trường có thể chênh lệch đáng kể.

   Người học khi chọn trường nên xem xét thêm các yếu tố như chương trình đào tạo, học phí, cơ sở vật
   chất và kết quả kiểm định chất lượng.
   Thông tin kiểm định của các trường được công khai trên trang của Bộ GD&ĐT và của từng cơ sở đào tạo."""
   )

bg("ts-ky-tuc-xa", [], "neu", False, "08-28", "09-15",
   ["Tân sinh viên chật vật tìm phòng trọ, ký túc xá quá tải",
    "Giá phòng trọ quanh các trường đại học tăng mạnh mùa nhập học"],
   """Mùa nhập học, nhiều tân sinh viên ở TP.HCM và Hà Nội chật vật tìm chỗ ở khi ký túc xá quá tải, giá
   phòng trọ quanh các trường đại học tăng 10-20%.""",
   """Em Đặng Thị Thùy Dương, tân sinh viên từ Quảng Ngãi, cho biết em cùng mẹ đi tìm phòng suốt ba ngày.
   Phòng rộng khoảng 15 m2 có giá 3,5 triệu đồng mỗi tháng, chưa kể điện nước.

   Nhiều trường đại học ưu tiên chỗ ở ký túc xá cho sinh viên thuộc diện chính sách, hộ nghèo và sinh
   viên năm nhất ở xa. Tuy nhiên, số chỗ chỉ đáp ứng một phần nhỏ nhu cầu.

   Các trường khuyến cáo tân sinh viên cẩn trọng với chiêu lừa đặt cọc phòng trọ qua mạng xã hội, nên
   đến xem trực tiếp và ký hợp đồng rõ ràng.
   Một số trường còn lập nhóm hỗ trợ tìm nhà trọ an toàn cho tân sinh viên."""
   )

bg("ts-le-nhap-hoc-can-tho", [], "pos", False, "09-05", "09-25",
   ["Hơn 8.000 tân sinh viên nhập học tại một đại học ở Cần Thơ",
    "Tân sinh viên miền Tây háo hức ngày đầu đến giảng đường"],
   """Một trường đại học công lập tại phường Ninh Kiều, TP Cần Thơ đã đón hơn 8.000 tân sinh viên khóa mới,
   phần lớn đến từ các tỉnh, thành vùng ĐBSCL.""",
   """Ngay từ sáng sớm, nhiều phụ huynh chở con đến trường làm thủ tục. Nhà trường bố trí đội sinh viên
   tình nguyện hướng dẫn, hỗ trợ tìm chỗ ở và hoàn thiện hồ sơ.

   Em Lý Thanh Tâm, tân sinh viên ngành nuôi trồng thủy sản đến từ Cà Mau, cho biết em chọn trường vì
   gần nhà và có thế mạnh về nông nghiệp, thủy sản.
   Nhiều tân sinh viên là người đầu tiên trong gia đình được học đại học.

   Trường dành hàng tỷ đồng học bổng khuyến khích học tập và hỗ trợ cho tân sinh viên có hoàn cảnh khó
   khăn ngay trong học kỳ đầu tiên.
   Nhà trường cũng ưu tiên bố trí chỗ ở ký túc xá cho tân sinh viên ở xa.""",
   region="mekong")

bg("ng-so-gddt-can-tho-moi", [4], "neu", True, "07-01", "07-04",
   ["Sở GD&ĐT TP Cần Thơ mới chính thức đi vào hoạt động",
    "Ngành giáo dục Cần Thơ, Hậu Giang, Sóc Trăng về chung một mái nhà"],
   """Từ ngày 1/7, Sở GD&ĐT TP Cần Thơ sau hợp nhất chính thức đi vào hoạt động, quản lý các trường học ở
   TP Cần Thơ, tỉnh Hậu Giang và tỉnh Sóc Trăng trước đây.""",
   """Sở mới được tổ chức trên cơ sở hợp nhất ba sở GD&ĐT, với hơn 1.500 trường học từ mầm non đến THPT.
   Trụ sở chính đặt tại phường Ninh Kiều; các cơ sở làm việc tại phường Vị Thanh và phường Phú Lợi tiếp
   tục tiếp nhận hồ sơ để thuận tiện cho người dân.

   Lãnh đạo sở cho biết nhiệm vụ trước mắt là bảo đảm hoạt động của các trường không bị gián đoạn, nhất
   là công tác tuyển sinh, chuẩn bị năm học mới và chi trả chế độ cho giáo viên ở khu vực Hậu Giang,
   Sóc Trăng cũ.
   Sở cũng yêu cầu các trường giữ ổn định đội ngũ, không điều chuyển giáo viên trong thời điểm chuẩn bị năm học mới.

   Cán bộ, công chức của Sở GD&ĐT Hậu Giang trước đây được bố trí vào các phòng chuyên môn của sở mới;
   một số người tiếp tục làm việc tại cơ sở ở phường Vị Thanh.
   Người dân có thể tiếp tục nộp hồ sơ tại các điểm tiếp nhận cũ trong thời gian chuyển tiếp."""
   )

bg("xh-bao-mua-mien-tay", [], "neu", False, "07-20", "09-20",
   ["Miền Tây bước vào cao điểm mưa, nhiều tuyến đường ngập sau triều cường",
    "Triều cường dâng cao, phường Ninh Kiều ngập sâu giờ tan tầm"],
   """Triều cường kết hợp mưa lớn khiến nhiều tuyến đường ở phường Ninh Kiều, phường Cái Khế, TP Cần Thơ
   ngập sâu vào giờ tan tầm, giao thông ùn ứ.""",
   """Đỉnh triều đo được tại trạm Cần Thơ vượt mức báo động, nước tràn qua bờ kè vào các tuyến đường ven
   sông. Nhiều xe máy chết máy, người dân phải dắt bộ qua đoạn ngập.

   Cơ quan khí tượng dự báo triều cường còn duy trì trong vài ngày tới, người dân vùng trũng cần chủ
   động kê cao tài sản, hạn chế đi lại qua các tuyến đường ngập sâu.
   Lực lượng chức năng đã cắm biển cảnh báo ở những đoạn đường ngập sâu.

   Thành phố đang đẩy nhanh các dự án chống ngập, kè sông và nâng cấp hệ thống thoát nước khu vực trung
   tâm.
   Một số dự án dự kiến hoàn thành trong năm 2026.""",
   region="mekong")

bg("xh-ocop-hau-giang", [], "neu", True, "08-10", "09-20",
   ["Khóm Cầu Đúc Hậu Giang vào mùa, giá bán ổn định",
    "Nông dân Vị Thanh, Hỏa Lựu phấn khởi vì khóm được giá"],
   """Khóm Cầu Đúc ở khu vực xã Hỏa Lựu, phường Vị Tân, TP Cần Thơ (trước đây thuộc TP Vị Thanh, tỉnh Hậu
   Giang) đang vào vụ thu hoạch chính, giá bán tại vườn giữ ổn định ở mức khá.""",
   """Thương lái thu mua khóm loại 1 với giá khoảng 8.000-9.000 đồng mỗi kg. Nhiều hộ trồng khóm cho biết
   năm nay năng suất tốt nhờ thời tiết thuận lợi, chi phí phân bón giảm.

   Ông Trương Văn Chín, một nông dân ở xã Hỏa Lựu, cho biết gia đình ông có 2 ha khóm, sau khi trừ chi
   phí lãi khoảng 150 triệu đồng mỗi vụ.
   Nhiều hộ đã ký hợp đồng bao tiêu với doanh nghiệp để ổn định đầu ra.

   Khóm Cầu Đúc là sản phẩm chỉ dẫn địa lý của Hậu Giang trước đây, hiện được nhiều doanh nghiệp chế biến
   thành nước ép, khóm sấy xuất khẩu.
   Chính quyền địa phương đang hỗ trợ nông dân áp dụng quy trình sản xuất an toàn để mở rộng thị trường."""
   )

# =====================================================================================
# More background: extra local items and hard negatives for locality
# =====================================================================================

bg("tc-muc-thu-can-tho", [8], "neu", True, "08-20", "09-02",
   ["TP Cần Thơ thống nhất mức thu dịch vụ trường học cho khu vực Hậu Giang, Sóc Trăng cũ",
    "Các khoản thu trong trường học ở Cần Thơ năm học 2025-2026"],
   """Sở GD&ĐT TP Cần Thơ hướng dẫn các trường thực hiện thống nhất danh mục và mức trần các khoản thu dịch
   vụ, áp dụng cho cả các trường ở khu vực tỉnh Hậu Giang và tỉnh Sóc Trăng trước đây.""",
   """Theo hướng dẫn, trong khi chờ hội đồng nhân dân thành phố ban hành nghị quyết mới, các trường ở Vị
   Thanh, Ngã Bảy, Long Mỹ, Phụng Hiệp và các xã thuộc Hậu Giang cũ tiếp tục áp dụng mức thu đã được
   tỉnh Hậu Giang quy định trước ngày 1/7, không được tự ý tăng.
   Các trường thuộc khu vực Sóc Trăng cũ cũng thực hiện tương tự theo quy định của tỉnh Sóc Trăng trước đây.

   Các khoản thu gồm tiền ăn bán trú, nước uống, vệ sinh, bảo hiểm y tế học sinh. Nhà trường không được
   thu tiền cơ sở vật chất, tiền "xã hội hóa" theo mức bình quân; mọi khoản tài trợ phải tự nguyện và
   có kế hoạch được phê duyệt.

   Sở yêu cầu hiệu trưởng công khai các khoản thu trong buổi họp phụ huynh đầu năm, niêm yết tại bảng
   tin và chịu trách nhiệm nếu để xảy ra lạm thu.
   Phụ huynh có thể phản ánh các khoản thu bất hợp lý qua đường dây nóng của sở."""
   )

bg("th-hau-giang-tong-ket-khen-thuong", [3], "pos", True, "07-02", "07-12",
   ["Khen thưởng hơn 300 học sinh giỏi, giáo viên tiêu biểu của Hậu Giang cũ",
    "Tuyên dương học sinh đạt giải quốc gia, thủ khoa các kỳ thi ở khu vực Hậu Giang"],
   """Hơn 300 học sinh đạt giải học sinh giỏi cấp quốc gia, cấp tỉnh và giáo viên có thành tích tiêu biểu
   năm học 2024-2025 ở các trường thuộc tỉnh Hậu Giang trước đây được khen thưởng.""",
   """Trong năm học vừa qua, học sinh Hậu Giang đạt nhiều giải tại kỳ thi chọn học sinh giỏi quốc gia ở các
   môn Ngữ văn, Lịch sử, Sinh học, cùng hàng chục giải tại cuộc thi khoa học kỹ thuật cấp tỉnh. Nhiều
   em đến từ các trường ở Long Mỹ, Phụng Hiệp, Châu Thành A.

   Em Châu Ngọc Hân, học sinh lớp 12 đạt giải nhì quốc gia môn Lịch sử, cho biết em dành nhiều thời gian
   đọc tư liệu ở thư viện trường. "Em muốn học sư phạm Lịch sử để về quê dạy học", Hân nói.

   Buổi lễ là hoạt động tổng kết cuối cùng của ngành giáo dục Hậu Giang trước hợp nhất. Các em đạt giải
   được tặng bằng khen và tiền thưởng từ quỹ khuyến học."""
   )

bg("mn-chau-thanh-hg-tuyen-sinh", [1], "neu", True, "07-05", "07-25",
   ["Xã Châu Thành mở thêm lớp mẫu giáo 3 tuổi cho trẻ vùng Ngã Sáu, Mái Dầm",
    "Trẻ 3 tuổi ở xã Châu Thành, TP Cần Thơ được ưu tiên nhận vào trường công lập"],
   """Các trường mầm non ở xã Châu Thành, TP Cần Thơ (trước đây thuộc huyện Châu Thành, tỉnh Hậu Giang) mở
   thêm 6 lớp mẫu giáo 3 tuổi trong năm học 2025-2026, đáp ứng nhu cầu của con em công nhân khu công
   nghiệp.""",
   """Khu vực Ngã Sáu, Mái Dầm có nhiều khu công nghiệp, lượng lao động nhập cư tăng nhanh, trong khi các
   trường mầm non công lập đã quá tải. Năm học trước, hàng trăm trẻ 3 tuổi phải gửi nhóm trẻ tư thục.

   Theo kế hoạch, các trường tận dụng phòng học dôi dư của trường tiểu học và một trụ sở ấp để mở lớp.
   Mỗi lớp không quá 25 trẻ, có đủ hai giáo viên.

   UBND xã Châu Thành cho biết đang phối hợp với doanh nghiệp để xây thêm một điểm trường mầm non ngay
   cạnh khu công nghiệp, dự kiến khởi công cuối năm 2025.
   Đây cũng là mong mỏi của nhiều công nhân đang làm việc tại khu công nghiệp."""
   )

bg("ng-co-giao-chau-thanh-ben-tre", [4], "pos", False, "08-20", "09-20",
   ["Cô giáo 20 năm mở lớp học tình thương ven sông ở Châu Thành",
    "Lớp học miễn phí của cô giáo Châu Thành (Bến Tre cũ) cho trẻ bán vé số"],
   """Hai mươi năm qua, cô Nguyễn Thị Kim Hoa, giáo viên tiểu học ở khu vực huyện Châu Thành cũ của tỉnh
   Bến Tre, nay thuộc tỉnh Vĩnh Long, duy trì lớp học tình thương miễn phí cho trẻ em nghèo vào mỗi buổi
   tối.""",
   """Lớp học đặt tại nhà cô, bên con rạch nhỏ. Học trò là những em bán vé số, phụ cha mẹ hái dừa, giữ
   em, nhiều em từng bỏ học. Cô dạy đọc, viết, làm toán và giúp các em học lại chương trình để trở lại
   trường.

   "Có em vào lớp năm 12 tuổi vẫn chưa đọc thông, giờ đã học xong THPT và đi làm", cô Hoa kể. Hơn 300 học
   trò đã qua lớp học của cô.

   Cô Hoa từng được tuyên dương là tấm gương người tốt, việc tốt của tỉnh. Dù đã gần tuổi nghỉ hưu, cô
   vẫn mong duy trì lớp học "đến khi còn đứng lớp được"."""
   )

bg("dt-chau-thanh-soc-trang-ktx", [7, 5], "pos", False, "08-25", "09-15",
   ["Học sinh Khmer vùng Châu Thành (Sóc Trăng cũ) có ký túc xá mới",
    "Trường dân tộc nội trú ở khu vực Sóc Trăng cũ đưa vào sử dụng khu nội trú 200 chỗ"],
   """Một trường phổ thông dân tộc nội trú THCS thuộc khu vực huyện Châu Thành cũ của tỉnh Sóc Trăng, nay
   thuộc TP Cần Thơ, vừa đưa vào sử dụng khu ký túc xá mới với 200 chỗ ở cho học sinh Khmer.""",
   """Khu nội trú gồm 40 phòng, mỗi phòng có nhà vệ sinh khép kín, quạt, tủ cá nhân; nhà ăn được mở rộng,
   bảo đảm cho học sinh ăn ba bữa mỗi ngày tại trường.
   Khuôn viên ký túc xá có sân chơi, khu giặt phơi và phòng sinh hoạt chung.

   Em Lâm Thị Sóc Kha, học sinh lớp 8, cho biết trước đây em ở chung phòng với 14 bạn, mùa nắng rất
   nóng. "Phòng mới rộng, sạch, tối tụi em có bàn học riêng", em nói.

   Theo ngành giáo dục TP Cần Thơ, đây là một trong những công trình chuyển tiếp từ tỉnh Sóc Trăng trước
   đây, góp phần nâng cao chất lượng giáo dục học sinh dân tộc thiểu số.
   Nhà trường dự kiến tổ chức thêm các lớp học buổi tối, câu lạc bộ văn hóa Khmer cho học sinh nội trú.""",
   region="mekong")

bg("at-hoi-thao-he-tan-hoa", [10], "pos", True, "07-12", "07-30",
   ["Sôi nổi hội thao hè của học sinh xã Tân Hòa",
    "Học sinh Châu Thành A cũ tranh tài bóng đá, kéo co, cờ vua dịp hè"],
   """Hơn 400 học sinh tiểu học, THCS ở xã Tân Hòa, TP Cần Thơ (trước đây thuộc huyện Châu Thành A, tỉnh Hậu
   Giang) tham gia hội thao hè với các môn bóng đá, kéo co, cờ vua và nhảy bao bố.""",
   """Hội thao do đoàn thanh niên xã phối hợp với các trường tổ chức tại sân vận động khu vực thị trấn Một
   Ngàn cũ. Các đội thi đấu theo ấp, tạo không khí vui tươi, gắn kết.

   Em Nguyễn Tấn Phát, đội trưởng đội bóng đá ấp Nhơn Thuận, cho biết cả đội tập luyện từ đầu hè. "Tụi
   em thua trận chung kết nhưng vẫn vui vì được chơi với bạn bè", Phát nói.

   Theo ban tổ chức, hội thao giúp học sinh có sân chơi lành mạnh, hạn chế sử dụng điện thoại, tránh xa
   sông nước nguy hiểm trong dịp hè.
   Các đội đoạt giải được trao cờ lưu niệm và dụng cụ thể thao."""
   )

bg("at-dien-tap-pccc-chau-thanh", [10], "neu", True, "09-18", "09-28",
   ["Học sinh xã Châu Thành, Đông Phước thực hành thoát nạn khi có cháy",
    "Diễn tập phòng cháy chữa cháy tại trường học ở Châu Thành, TP Cần Thơ"],
   """Công an xã Đông Phước, TP Cần Thơ (trước đây thuộc huyện Châu Thành, tỉnh Hậu Giang) phối hợp với
   các trường tổ chức diễn tập phòng cháy chữa cháy và cứu nạn cứu hộ cho hơn 1.000 học sinh.""",
   """Tình huống giả định là cháy phòng thiết bị ở tầng hai của một trường THCS. Khi chuông báo cháy vang
   lên, học sinh được giáo viên hướng dẫn dùng khăn ướt che mũi, cúi thấp người và di chuyển theo lối
   thoát hiểm ra sân.

   Học sinh cũng được hướng dẫn sử dụng bình chữa cháy, cách gọi điện báo cháy qua số 114. Em Trần Thị
   Bích Tuyền, lớp 7, cho biết đây là lần đầu em tự tay dùng bình chữa cháy.

   Các trường trên địa bàn khu vực Ngã Sáu, Mái Dầm dự kiến tổ chức diễn tập định kỳ mỗi học kỳ, kết hợp
   kiểm tra hệ thống điện, thiết bị phòng cháy trong trường.
   Công an xã cũng hướng dẫn nhà trường bố trí lại lối thoát hiểm, bình chữa cháy ở các dãy phòng học."""
   )

bg("thpt-chuyen-cham-sai", [3, 13], "neg", False, "07-05", "07-20",
   ["Phúc khảo thi vào lớp 10 chuyên, phát hiện bài thi bị chấm sót ý",
    "Thí sinh đỗ lớp 10 chuyên sau phúc khảo, hội đồng chấm thi bị kiểm điểm"],
   """Sau phúc khảo, một thí sinh thi vào lớp 10 chuyên Văn ở tỉnh Quảng Trị (mới) được tăng 2 điểm và trở
   thành thí sinh trúng tuyển, do bài thi trước đó bị chấm sót ý.""",
   """Theo kết quả phúc khảo, bài thi của thí sinh có một câu bị cán bộ chấm bỏ sót phần lập luận ở trang
   sau, dẫn đến điểm thấp hơn thực tế. Sau khi cộng lại, tổng điểm của em vượt điểm chuẩn 0,5 điểm.

   Mẹ thí sinh cho biết con đã rất buồn khi biết kết quả ban đầu, chỉ nộp đơn phúc khảo vì "tin mình làm
   được". Gia đình mong ngành giáo dục rút kinh nghiệm để không ảnh hưởng quyền lợi thí sinh.

   Sở GD&ĐT đã tổ chức kiểm điểm cán bộ chấm thi liên quan, đồng thời bổ sung thí sinh vào danh sách
   trúng tuyển mà không ảnh hưởng đến các thí sinh đã đỗ.
   Sở cũng yêu cầu các tổ chấm thi rút kinh nghiệm, rà soát kỹ bài thi trước khi nhập điểm."""
   )

bg("cntt-vneid-hoc-sinh", [6], "neu", False, "08-01", "08-30",
   ["Hồ sơ tuyển sinh đầu cấp liên thông dữ liệu dân cư, phụ huynh bớt giấy tờ",
    "Kết nối cơ sở dữ liệu giáo dục với định danh điện tử"],
   """Cơ sở dữ liệu ngành giáo dục đã kết nối với cơ sở dữ liệu quốc gia về dân cư, giúp phụ huynh không
   phải nộp giấy khai sinh, xác nhận cư trú khi đăng ký tuyển sinh đầu cấp.""",
   """Khi đăng ký trực tuyến, phụ huynh chỉ cần nhập mã định danh cá nhân của học sinh; hệ thống tự đối
   chiếu thông tin họ tên, ngày sinh và nơi cư trú. Năm nay đã có hàng triệu hồ sơ được xác thực tự
   động.

   Theo Bộ GD&ĐT, việc liên thông dữ liệu giúp giảm thủ tục hành chính, hạn chế khai man nơi cư trú để
   vào trường "hot". Hệ thống cũng giúp các trường dự báo số học sinh trong tuyến tuyển sinh chính xác
   hơn.

   Trong thời gian tới, dữ liệu học bạ số, văn bằng cũng sẽ được kết nối để người học sử dụng khi xét
   tuyển, xin việc.
   Bộ GD&ĐT lưu ý các trường bảo đảm an toàn dữ liệu cá nhân của học sinh trong quá trình kết nối."""
   )

bg("pc-quy-che-truong-chuyen", [12, 3], "neu", False, "08-05", "08-30",
   ["Bộ GD&ĐT sửa quy chế trường THPT chuyên: phải hướng tới đào tạo nhân tài",
    "Quy định mới về trường chuyên: tuyển sinh, đánh giá và đầu tư"],
   """Bộ GD&ĐT ban hành thông tư sửa đổi quy chế tổ chức và hoạt động của trường THPT chuyên, trong đó nhấn
   mạnh mục tiêu phát hiện, bồi dưỡng học sinh có năng khiếu, tránh biến trường chuyên thành "lò luyện
   thi".""",
   """Theo quy định mới, trường chuyên phải có kế hoạch giáo dục riêng cho từng môn chuyên, tăng cường
   hoạt động nghiên cứu khoa học, trải nghiệm và hợp tác với các trường đại học, viện nghiên cứu.
   Trường chuyên cũng được khuyến khích mở lớp chuyên các môn mới như Tin học, Công nghệ.

   Việc tuyển sinh vào lớp 10 chuyên tiếp tục do các sở GD&ĐT tổ chức, nhưng phải có bài thi môn chuyên
   đánh giá năng lực tư duy, hạn chế đánh đố.
   Học sinh trường chuyên phải đạt yêu cầu về kết quả học tập, rèn luyện mới được tiếp tục học ở lớp chuyên.

   Thông tư cũng quy định tiêu chuẩn giáo viên trường chuyên cao hơn, đồng thời có chính sách ưu đãi về
   bồi dưỡng, thu nhập để thu hút giáo viên giỏi.
   Thông tư có hiệu lực từ năm học 2025-2026."""
   )

bg("mn-tu-thuc-tang-hoc-phi", [1, 8], "neg", False, "08-05", "08-28",
   ["Trường mầm non tư thục tăng học phí 20%, phụ huynh tính chuyện chuyển trường",
    "Phụ huynh “choáng” vì học phí mầm non tư thục tăng mạnh"],
   """Nhiều trường mầm non tư thục ở Hà Nội thông báo tăng học phí năm học 2025-2026 từ 10 đến 20%, khiến
   phụ huynh lo lắng trong khi trường công lập không đủ chỗ.""",
   """Tại một trường mầm non tư thục ở khu đô thị phía Tây Hà Nội, học phí tăng từ 5,5 triệu lên 6,6 triệu
   đồng mỗi tháng, chưa kể tiền ăn và các khoản năng khiếu. Nhà trường giải thích chi phí mặt bằng, lương
   giáo viên đều tăng.

   Chị Đinh Thị Hồng Nhung, phụ huynh có hai con học mầm non, cho biết mỗi tháng gia đình chi gần 15 triệu
   đồng cho hai con. "Xin vào trường công thì không có chỗ, chuyển trường khác con lại phải làm quen từ
   đầu", chị nói.

   Theo quy định, trẻ học trường mầm non tư thục được Nhà nước hỗ trợ học phí từ năm học 2025-2026, tuy
   nhiên mức hỗ trợ còn thấp so với mức thu thực tế của nhiều trường.
   Nhiều phụ huynh mong thành phố sớm có thêm trường mầm non công lập ở các khu đô thị mới."""
   )

bg("tt-thu-sai-day-them-ha-tinh", [13, 8], "neg", False, "09-05", "09-25",
   ["Thanh tra phát hiện trường THCS thu sai gần 600 triệu đồng tiền dạy thêm",
    "Trường thu tiền dạy thêm trong trường trái quy định, phải hoàn trả phụ huynh"],
   """Thanh tra một tỉnh miền Trung kết luận một trường THCS đã tổ chức dạy thêm có thu tiền trong trường
   trái quy định ở năm học trước, tổng số tiền thu sai gần 600 triệu đồng.""",
   """Theo kết luận, sau khi quy định mới về dạy thêm có hiệu lực từ tháng 2/2025, trường vẫn duy trì các
   lớp "ôn luyện" cho học sinh lớp 9 và thu 20.000 đồng mỗi tiết. Việc thu tiền được giao cho giáo viên
   chủ nhiệm.

   Đoàn thanh tra yêu cầu nhà trường hoàn trả toàn bộ số tiền cho phụ huynh, kiểm điểm trách nhiệm của
   hiệu trưởng, phó hiệu trưởng và các giáo viên liên quan.
   Hiệu trưởng nhà trường thừa nhận đã chậm điều chỉnh kế hoạch sau khi quy định mới có hiệu lực.

   Sở GD&ĐT địa phương yêu cầu tất cả các trường rà soát, chấm dứt mọi hình thức dạy thêm có thu tiền
   trong nhà trường.
   Việc ôn tập cho học sinh cuối cấp được yêu cầu tổ chức miễn phí, lồng ghép trong kế hoạch giáo dục của nhà trường."""
   )

bg("ts-danh-gia-nang-luc-2026", [], "neu", False, "09-10", "09-28",
   ["Kỳ thi đánh giá năng lực 2026 dự kiến tổ chức nhiều đợt",
    "Lịch thi đánh giá năng lực, đánh giá tư duy năm 2026"],
   """Các đại học tổ chức kỳ thi đánh giá năng lực, đánh giá tư duy đã công bố dự kiến lịch thi năm 2026,
   với nhiều đợt từ tháng 3 đến tháng 5.""",
   """Theo dự kiến, bài thi đánh giá năng lực tiếp tục có cấu trúc gồm các phần tư duy định lượng, định
   tính và khoa học. Thí sinh được thi nhiều lần, lấy kết quả cao nhất để xét tuyển.

   Đại diện một đại học quốc gia cho biết năm 2025 có hàng trăm nghìn lượt thí sinh dự thi, nhiều trường
   sử dụng kết quả để xét tuyển. Năm tới, số điểm thi sẽ được mở rộng ở các tỉnh xa.

   Học sinh lớp 12 được khuyên lập kế hoạch ôn tập sớm, cân đối giữa ôn thi tốt nghiệp và các kỳ thi
   riêng.
   Lịch thi chính thức và cấu trúc đề sẽ được công bố trên trang của các đơn vị tổ chức thi."""
   )

bg("th-tuan-dau-lop-1", [2], "neu", False, "09-06", "09-18",
   ["Tuần đầu đi học của học sinh lớp 1: khóc, cười và những bỡ ngỡ",
    "Giúp con vượt qua tuần đầu vào lớp 1: giáo viên chia sẻ kinh nghiệm"],
   """Những ngày đầu năm học, nhiều học sinh lớp 1 còn bỡ ngỡ với nền nếp mới; giáo viên và phụ huynh cần
   kiên nhẫn để các em thích nghi.""",
   """Cô Đinh Thị Ngọc Lan, giáo viên lớp 1 ở Đà Nẵng, cho biết tuần đầu cô dành phần lớn thời gian tập
   cho học sinh cách ngồi học, xếp hàng, giơ tay phát biểu. "Có em khóc suốt buổi sáng vì nhớ mẹ, cô phải
   cho ngồi cạnh bàn giáo viên", cô kể.

   Theo các giáo viên, phụ huynh không nên so sánh con với bạn, tránh hỏi dồn "hôm nay học được chữ gì".
   Thay vào đó, hãy hỏi con có vui không, chơi với bạn nào.

   Nhiều trường tổ chức tuần lễ làm quen cho học sinh lớp 1 với các hoạt động tham quan trường, chơi trò
   chơi tập thể trước khi vào học chính thức.
   Giáo viên cũng thường xuyên trao đổi với phụ huynh qua nhóm lớp để cùng giúp các em thích nghi."""
   )

bg("xh-nang-nong-thi-sinh", [], "neu", False, "07-01", "07-10",
   ["Nắng nóng gay gắt, người dân hạn chế ra đường buổi trưa",
    "Miền Bắc, miền Trung nắng nóng trên 38 độ C kéo dài"],
   """Nắng nóng diện rộng tiếp tục bao trùm các tỉnh miền Bắc và Bắc Trung Bộ, nhiệt độ cao nhất phổ biến
   37-39 độ C, có nơi trên 40 độ C.""",
   """Cơ quan khí tượng cho biết đợt nắng nóng còn kéo dài vài ngày, chỉ số tia cực tím ở mức nguy cơ
   gây hại cao. Người dân được khuyến cáo hạn chế ra ngoài từ 11h đến 15h, uống đủ nước.

   Các bệnh viện ghi nhận số bệnh nhân nhập viện do say nắng, sốc nhiệt tăng, chủ yếu là người cao tuổi
   và người lao động ngoài trời.
   Bác sĩ khuyến cáo người dân không nên tắm ngay sau khi đi nắng về.

   Nhu cầu sử dụng điện tăng cao, ngành điện đề nghị người dân sử dụng điện tiết kiệm, đặc biệt vào giờ
   cao điểm buổi trưa và buổi tối.
   Theo dự báo, từ cuối tuần, nắng nóng có xu hướng giảm nhờ mưa dông diện rộng."""
   )


# =====================================================================================
# More background for July and early August
# =====================================================================================

bg("thpt-diem-chuan-lop-10", [3], "neu", False, "07-01", "07-10",
   ["Nhiều địa phương công bố điểm chuẩn lớp 10, có trường giảm sâu",
    "Điểm chuẩn vào lớp 10 công lập năm 2025: trường “top” vẫn trên 40 điểm",
    "Học sinh trượt lớp 10 công lập còn những lựa chọn nào?"],
   """Các sở GD&ĐT lần lượt công bố điểm chuẩn vào lớp 10 công lập năm học 2025-2026; nhiều trường có điểm
   chuẩn giảm so với năm trước do đề thi Toán và tiếng Anh khó hơn.""",
   """Ở các thành phố lớn, một số trường THPT "top đầu" vẫn lấy điểm chuẩn trên 40 điểm (thang 50, đã nhân
   hệ số). Ngược lại, không ít trường ở khu vực ngoại thành giảm 2-4 điểm, tạo cơ hội cho học sinh có
   học lực trung bình khá.

   Cô Nguyễn Thị Thanh Thủy, hiệu trưởng một trường THCS, cho biết khoảng 20% học sinh lớp 9 của trường
   không đỗ nguyện vọng vào trường công lập. "Chúng tôi đang tư vấn để các em chọn trường tư thục, giáo
   dục thường xuyên hoặc học nghề phù hợp", cô nói.

   Các sở GD&ĐT lưu ý học sinh trúng tuyển phải xác nhận nhập học trong thời hạn quy định; quá hạn sẽ
   bị coi như từ chối nhập học và các trường có thể xét tuyển bổ sung.
   Thông tin tuyển sinh bổ sung sẽ được các trường đăng tải công khai sau khi kết thúc đợt xác nhận nhập học."""
   )

bg("thpt-cham-thi-van", [3], "neu", False, "07-01", "07-08",
   ["Chấm thi tốt nghiệp THPT: bài Ngữ văn được chấm hai vòng độc lập",
    "Hội đồng chấm thi làm việc xuyên cuối tuần để kịp công bố điểm"],
   """Các hội đồng chấm thi tốt nghiệp THPT 2025 đang khẩn trương chấm bài thi tự luận môn Ngữ văn; mỗi bài
   được hai cán bộ chấm độc lập, chênh lệch lớn phải đối thoại hoặc chấm lần ba.""",
   """Tại một hội đồng chấm thi ở miền Trung, hơn 300 giáo viên được huy động chấm khoảng 25.000 bài thi. Khu
   vực chấm được giám sát bằng camera 24/24, cán bộ chấm không được mang điện thoại vào phòng.

   Cô Phan Thị Hoài Thu, tổ trưởng chấm thi, cho biết đề năm nay mở, khuyến khích học sinh thể hiện quan
   điểm riêng, nên hướng dẫn chấm yêu cầu linh hoạt. "Nhiều bài viết có suy nghĩ độc đáo, chúng tôi trân
   trọng sự sáng tạo nếu lập luận chặt chẽ", cô nói.

   Bài thi trắc nghiệm được chấm bằng phần mềm thống nhất của Bộ GD&ĐT. Kết quả chấm thi được các hội
   đồng bàn giao trước thời điểm Bộ công bố điểm chính thức."""
   )

bg("pc-phong-gd-cap-huyen", [12], "neu", False, "07-01", "07-07",
   ["Phòng GD&ĐT cấp huyện dừng hoạt động, thủ tục giáo dục chuyển về đâu?",
    "Bỏ cấp huyện: ai quản lý trường mầm non, tiểu học, THCS từ 1/7?"],
   """Từ ngày 1/7/2025, cùng với việc kết thúc hoạt động của cấp huyện, các phòng GD&ĐT cũng dừng hoạt động;
   nhiều thủ tục hành chính về giáo dục được chuyển về UBND cấp xã hoặc sở GD&ĐT.""",
   """Theo hướng dẫn của Bộ GD&ĐT, UBND cấp xã quản lý các trường mầm non, tiểu học, THCS trên địa bàn; thực
   hiện các thủ tục như cho phép thành lập nhóm trẻ độc lập, công nhận tốt nghiệp THCS, chuyển trường
   cho học sinh THCS.
   Các trường cũng chuyển hồ sơ, dữ liệu quản lý về cấp xã theo hướng dẫn.

   Sở GD&ĐT tiếp nhận một số nhiệm vụ chuyên môn trước đây của phòng như tổ chức thi giáo viên dạy giỏi,
   bồi dưỡng đội ngũ, kiểm tra chuyên môn. Một số công chức phòng GD&ĐT được bố trí về sở hoặc về các
   xã, phường làm công chức văn hóa - xã hội.

   Phụ huynh có nhu cầu giải quyết thủ tục chuyển trường, xác nhận học bạ trong dịp hè được hướng dẫn
   liên hệ trung tâm phục vụ hành chính công cấp xã nơi cư trú.
   Bộ GD&ĐT lưu ý các địa phương không để thủ tục của người dân bị đình trệ trong giai đoạn chuyển tiếp."""
   )

bg("ng-boi-duong-he", [4], "neu", False, "07-01", "07-20",
   ["Bồi dưỡng giáo viên dịp hè: giảm lý thuyết, tăng thực hành",
    "Giáo viên mong tập huấn hè “đúng và trúng” nhu cầu"],
   """Nhiều sở GD&ĐT đổi mới cách bồi dưỡng giáo viên trong dịp hè, giảm các buổi nghe báo cáo, tăng các
   chuyên đề thực hành, dạy minh họa và trao đổi theo nhóm.""",
   """Tại Hải Phòng, năm nay giáo viên được chọn chuyên đề theo nhu cầu như ứng dụng công nghệ, đánh giá học
   sinh, kỹ năng tư vấn tâm lý. Mỗi chuyên đề có giáo viên cốt cán dạy mẫu, sau đó học viên thực hành
   ngay.

   Thầy Trịnh Văn Khải, giáo viên THCS, cho biết trước đây bồi dưỡng hè thường là ngồi nghe cả ngày rồi
   làm bài thu hoạch. "Năm nay được làm thật, trao đổi thật nên thấy có ích hơn", thầy nói.

   Tuy nhiên, nhiều giáo viên mong giảm số buổi tập trung, cho phép học trực tuyến để họ có thời gian
   nghỉ ngơi, chuẩn bị cho năm học mới.
   Sở GD&ĐT cho biết sẽ khảo sát ý kiến giáo viên sau mỗi đợt bồi dưỡng để điều chỉnh nội dung cho các năm sau."""
   )

bg("mn-gui-tre-he", [1], "neg", False, "07-01", "07-18",
   ["Nghỉ hè, phụ huynh công nhân “vật vã” tìm chỗ gửi con",
    "Trường mầm non nghỉ hè, con công nhân ở đâu?"],
   """Khi nhiều trường mầm non công lập giảm lớp hoặc nghỉ hè, các gia đình công nhân ở khu công nghiệp loay
   hoay tìm chỗ gửi con, nhiều người phải gửi về quê hoặc mang con theo đến nơi làm.""",
   """Chị Lò Thị Hoa, công nhân một nhà máy ở Bắc Ninh, cho biết trường mầm non gần nhà chỉ nhận trông trẻ
   hè với số lượng hạn chế. Chị phải gửi con cho một người hàng xóm với giá 100.000 đồng mỗi ngày.

   Một số nhóm trẻ tự phát mọc lên trong khu nhà trọ dịp hè, nhận trông cả trẻ mầm non và tiểu học, điều
   kiện an toàn không bảo đảm.
   Cơ quan chức năng đã kiểm tra và yêu cầu một số điểm trông trẻ không đủ điều kiện dừng hoạt động.

   Các chuyên gia đề nghị địa phương và doanh nghiệp phối hợp mở lớp trông trẻ hè có giáo viên, cơ sở vật
   chất phù hợp; đồng thời có chính sách hỗ trợ trường mầm non duy trì lớp trong dịp hè.
   Một số doanh nghiệp lớn đã thí điểm mở lớp trông trẻ hè ngay trong khuôn viên nhà máy."""
   )

bg("hssv-dien-thoai-mua-he", [11], "neg", False, "07-01", "07-20",
   ["Mùa hè của trẻ: dính chặt với điện thoại, ít vận động",
    "Trẻ nghiện điện thoại dịp hè, phụ huynh bất lực"],
   """Nhiều phụ huynh lo lắng khi con dành phần lớn thời gian nghỉ hè cho điện thoại, máy tính bảng, thậm
   chí thức khuya xem video, chơi game.""",
   """Chị Nguyễn Thị Hải Yến ở Hà Nội kể con trai lớp 6 của chị mỗi ngày dùng điện thoại 7-8 tiếng. "Tôi
   thu máy thì con cáu gắt, bỏ ăn. Đi làm về thấy con vẫn nằm một chỗ", chị nói.

   Theo các bác sĩ tâm thần nhi, sử dụng thiết bị điện tử quá mức có thể gây rối loạn giấc ngủ, giảm tập
   trung và ảnh hưởng đến cảm xúc của trẻ. Trẻ cần được hướng dẫn sử dụng có giới hạn, có thời gian vận
   động ngoài trời.

   Nhiều trường học và đoàn thanh niên đã tổ chức câu lạc bộ hè, hoạt động thể thao, đọc sách để trẻ có
   thêm lựa chọn lành mạnh trong kỳ nghỉ.
   Phụ huynh được khuyên cùng con lập thời gian biểu, thỏa thuận rõ thời gian dùng điện thoại mỗi ngày."""
   )

bg("hssv-hoc-ky-quan-doi", [11], "pos", False, "07-01", "07-25",
   ["Học sinh rèn kỹ năng, tính kỷ luật trong khóa “Học kỳ quân đội”",
    "Khóa học quân đội dịp hè: trẻ tự gấp chăn màn, giặt quần áo"],
   """Hàng trăm học sinh tiểu học và THCS tham gia khóa rèn luyện "Học kỳ quân đội" dịp hè, học cách tự phục
   vụ, sinh hoạt tập thể và rèn tính kỷ luật.""",
   """Trong 10 ngày, các em sống trong doanh trại, dậy lúc 5h30, tập thể dục, học điều lệnh và các kỹ năng
   sinh tồn cơ bản. Buổi tối, các em viết thư cho bố mẹ, chia sẻ những điều học được.

   Em Nguyễn Gia Bảo, 11 tuổi, kể ngày đầu em khóc vì nhớ nhà, không biết gấp chăn. "Giờ em tự giặt được
   quần áo, ăn cơm không kén nữa", Bảo nói.

   Các chuyên gia lưu ý phụ huynh nên chọn chương trình uy tín, phù hợp lứa tuổi và duy trì các thói quen
   tốt của con sau khóa học.
   Theo ban tổ chức, năm nay có thêm nhiều lớp dành riêng cho học sinh nữ."""
   )

bg("sgk-phat-hanh-som", [15], "neu", False, "07-05", "07-25",
   ["Sách giáo khoa năm học mới được phát hành sớm từ tháng 7",
    "Nhà xuất bản cam kết đủ sách giáo khoa trước ngày tựu trường"],
   """Các đơn vị xuất bản cho biết đã in và phát hành sách giáo khoa năm học 2025-2026 từ đầu tháng 7, bảo đảm
   đủ sách cho học sinh trước ngày tựu trường.""",
   """Sách được chuyển đến các công ty phát hành tại địa phương và hệ thống nhà sách. Với các trường vùng sâu,
   vùng xa, sách được đưa trực tiếp đến trường theo đơn đặt hàng.

   Đại diện một nhà xuất bản cho biết năm nay chỉ điều chỉnh rất ít nội dung so với năm trước, chủ yếu sửa
   lỗi kỹ thuật và cập nhật số liệu. Giá bán được giữ ổn định.

   Phụ huynh được khuyến khích mua sách sớm theo danh mục nhà trường công bố, tránh dồn vào cuối tháng 8
   dễ thiếu sách cục bộ.
   Học sinh khó khăn có thể mượn sách tại tủ sách dùng chung của nhà trường."""
   )

bg("vl-thuc-tap-co-luong", [16], "pos", False, "07-05", "08-05",
   ["Sinh viên năm cuối được doanh nghiệp trả lương khi thực tập",
    "Thực tập có lương: doanh nghiệp “giữ chân” sinh viên từ sớm"],
   """Nhiều doanh nghiệp công nghệ, logistics và ngân hàng tuyển sinh viên năm cuối vào thực tập có lương từ 3
   đến 7 triệu đồng mỗi tháng, cam kết tuyển dụng chính thức nếu đạt yêu cầu.""",
   """Em Trần Thị Minh Ngọc, sinh viên năm tư ngành logistics, được một công ty giao nhận nhận thực tập 3
   tháng với mức hỗ trợ 5 triệu đồng. Em được giao xử lý chứng từ thật dưới sự hướng dẫn của nhân viên
   lâu năm.

   Theo đại diện doanh nghiệp, chương trình thực tập giúp công ty đánh giá năng lực ứng viên trước khi
   tuyển dụng, giảm chi phí đào tạo lại sau này.
   Một số công ty còn cử người hướng dẫn riêng cho từng thực tập sinh.

   Các trường đại học khuyến khích sinh viên chủ động tìm nơi thực tập sớm, coi đây là cơ hội tích lũy
   kinh nghiệm thay vì chỉ để hoàn thành học phần.
   Nhiều trường đã ký thỏa thuận hợp tác với doanh nghiệp để bảo đảm chỗ thực tập cho sinh viên."""
   )

bg("ts-xet-hoc-ba-som", [], "neu", False, "07-01", "07-12",
   ["Bỏ xét tuyển sớm, thí sinh xét học bạ cần lưu ý gì?",
    "Xét tuyển học bạ năm 2025: điểm lớp 12 bắt buộc phải có"],
   """Năm 2025, các trường đại học không còn xét tuyển sớm; thí sinh xét tuyển bằng học bạ phải đăng ký nguyện
   vọng trên hệ thống chung cùng các phương thức khác.""",
   """Theo quy chế mới, điểm học bạ sử dụng để xét tuyển phải bao gồm kết quả học tập lớp 12. Các trường không
   được dành quá một tỷ lệ nhất định chỉ tiêu cho phương thức xét học bạ.

   Nhiều thí sinh cho biết ban đầu lúng túng vì quen với việc xét tuyển sớm những năm trước. "Giờ em phải
   chờ đến khi đăng ký nguyện vọng chung, không biết trước mình đỗ hay chưa", một thí sinh ở TP.HCM nói.

   Các chuyên gia tuyển sinh khuyên thí sinh tìm hiểu kỹ đề án của từng trường, so sánh điểm học bạ với
   điểm thi để chọn nguyện vọng hợp lý.
   Các trường cũng khuyến cáo thí sinh không nộp tiền cho những dịch vụ hứa hẹn "bảo đảm trúng tuyển"."""
   )

bg("ts-nguong-dau-vao", [], "neu", False, "07-20", "07-27",
   ["Các trường đại học công bố ngưỡng điểm nhận hồ sơ xét tuyển",
    "Ngưỡng đầu vào đại học 2025: nhiều ngành từ 15 điểm"],
   """Sau khi có điểm thi tốt nghiệp, các trường đại học lần lượt công bố ngưỡng bảo đảm chất lượng đầu vào;
   phần lớn ngành dao động từ 15 đến 20 điểm.""",
   """Các ngành y khoa, dược học, răng hàm mặt áp dụng ngưỡng do Bộ GD&ĐT quy định, cao hơn các ngành khác.
   Một số trường top đầu đặt ngưỡng từ 20 điểm trở lên.

   Theo các chuyên gia, ngưỡng đầu vào không phải điểm chuẩn. Thí sinh đạt ngưỡng mới đủ điều kiện xét
   tuyển, còn trúng tuyển hay không phụ thuộc vào số lượng hồ sơ và chỉ tiêu.

   Thí sinh vẫn có thể điều chỉnh nguyện vọng đến 17h ngày 28/7, sau khi tham khảo ngưỡng đầu vào và phổ
   điểm của các năm trước.
   Bộ GD&ĐT khuyến cáo thí sinh cân nhắc kỹ, đặt nguyện vọng yêu thích nhất lên đầu."""
   )

bg("ts-loc-ao", [], "neu", False, "08-13", "08-21",
   ["Hệ thống lọc ảo nguyện vọng đại học chạy nhiều vòng",
    "Lọc ảo xét tuyển đại học 2025: thí sinh cần biết gì?"],
   """Bộ GD&ĐT và các trường đại học đang chạy lọc ảo nhiều vòng để xác định nguyện vọng trúng tuyển cao nhất của
   mỗi thí sinh, trước khi công bố điểm chuẩn chậm nhất ngày 22/8.""",
   """Theo lịch, các trường cập nhật dữ liệu xét tuyển lên hệ thống, hệ thống xử lý nguyện vọng rồi trả kết
   quả để trường điều chỉnh điểm trúng tuyển. Quá trình lặp lại nhiều lần đến khi ổn định.

   Đại diện một trường đại học lớn cho biết năm nay lượng nguyện vọng tăng mạnh do thí sinh được đăng ký
   không giới hạn. "Có thí sinh đăng ký tới 30-40 nguyện vọng", vị này nói.

   Thí sinh được khuyến cáo theo dõi thông báo chính thức, không tin các thông tin "lộ điểm chuẩn" trên mạng
   xã hội.
   Kết quả trúng tuyển chính thức chỉ được công bố trên trang của các trường và hệ thống của Bộ."""
   )

bg("kh-trai-he-khoa-hoc", [9], "pos", False, "07-05", "07-31",
   ["Trại hè khoa học: học sinh làm thí nghiệm, quan sát thiên văn",
    "Học sinh trải nghiệm làm nhà khoa học nhí dịp hè"],
   """Trại hè khoa học dành cho học sinh THCS do một viện nghiên cứu phối hợp với trường đại học tổ chức đã thu hút
   hơn 200 học sinh trên cả nước tham gia.""",
   """Trong một tuần, học sinh được làm thí nghiệm hóa học vui, lắp ráp mạch điện, quan sát bầu trời đêm bằng
   kính thiên văn và thực hiện dự án nhỏ theo nhóm dưới sự hướng dẫn của các nhà khoa học trẻ.
   Mỗi nhóm học sinh còn được giao một câu hỏi nghiên cứu nhỏ và trình bày kết quả vào ngày cuối trại.

   Em Hoàng Anh Thư, học sinh lớp 8 ở Thái Nguyên, cho biết em lần đầu được nhìn thấy vành đai của sao Thổ.
   "Em muốn sau này nghiên cứu về vũ trụ", Thư nói.

   Ban tổ chức cho biết trại hè nhằm khơi gợi niềm yêu thích khoa học, giúp học sinh hiểu công việc của nhà
   nghiên cứu và rèn kỹ năng làm việc nhóm.
   Trại hè dự kiến được tổ chức thường niên, mở rộng cho học sinh các tỉnh vùng sâu, vùng xa."""
   )

bg("thpt-robot-quoc-gia", [3, 9], "pos", False, "07-10", "08-05",
   ["Đội học sinh Hà Nội vô địch cuộc thi robot dành cho học sinh phổ thông",
    "Robot phân loại rác của học sinh THCS giành giải nhất toàn quốc"],
   """Đội học sinh một trường THCS ở Hà Nội giành giải nhất cuộc thi sáng tạo robot dành cho học sinh phổ thông
   toàn quốc với mô hình robot tự động phân loại rác thải.""",
   """Robot sử dụng cảm biến màu sắc, cảm biến kim loại và camera để phân biệt chai nhựa, lon kim loại, giấy và
   rác hữu cơ, sau đó đưa vào đúng thùng chứa. Độ chính xác trong phần thi thực tế đạt hơn 90%.

   Em Lê Minh Quân, trưởng nhóm, cho biết nhóm mất bốn tháng thiết kế, lập trình. "Có hôm robot hỏng ngay
   trước giờ thi thử, cả nhóm phải thức khuya sửa", Quân kể.

   Ban tổ chức cho biết cuộc thi năm nay có hơn 150 đội đến từ 30 tỉnh, thành, nhiều sản phẩm gắn với
   các vấn đề môi trường, nông nghiệp, giao thông.
   Đội đoạt giải nhất sẽ đại diện Việt Nam tham dự một cuộc thi robot khu vực cuối năm nay."""
   )

bg("mn-bo-quen-tren-xe", [1, 10], "neg", False, "07-29", "07-31",
   ["Bé 4 tuổi bị bỏ quên trên xe đưa đón của trường mầm non tư thục",
    "Lại xảy ra vụ trẻ bị bỏ quên trên xe đưa đón",
    "Trẻ mầm non bị bỏ quên trên xe: đình chỉ cơ sở, làm rõ trách nhiệm"],
   """Một bé trai 4 tuổi bị bỏ quên gần hai giờ trên xe đưa đón của một trường mầm non tư thục ở tỉnh Đồng Nai
   (mới), được người dân phát hiện trong tình trạng mệt lả.""",
   """Sáng 29/7, xe đưa đón chở 12 trẻ đến trường. Sau khi các cháu xuống xe, tài xế khóa cửa và đỗ xe ở bãi
   gần đó. Khoảng hai giờ sau, một người dân đi ngang nghe tiếng khóc, gọi người mở cửa xe.

   Cháu bé được đưa đi cấp cứu trong tình trạng mất nước, sốt cao; đến chiều sức khỏe đã ổn định. Theo quy
   trình của trường, giáo viên phải điểm danh trẻ khi xuống xe nhưng hôm đó không thực hiện.

   Cơ quan chức năng đã yêu cầu trường tạm dừng dịch vụ đưa đón, làm rõ trách nhiệm của tài xế, giáo viên
   phụ trách. Ngành giáo dục tỉnh yêu cầu tất cả các trường có xe đưa đón rà soát quy trình kiểm tra trẻ
   sau mỗi chuyến xe."""
   )

bg("csvc-du-an-chuyen-tiep-hg", [5, 8], "neu", True, "07-05", "07-25",
   ["Các dự án trường học ở Hậu Giang cũ được chuyển tiếp sau hợp nhất",
    "Hơn 20 công trình trường học ở Vị Thanh, Long Mỹ, Phụng Hiệp tiếp tục thi công"],
   """Hơn 20 dự án xây dựng, sửa chữa trường học do tỉnh Hậu Giang phê duyệt trước đây được TP Cần Thơ tiếp nhận,
   tiếp tục triển khai để kịp phục vụ năm học 2025-2026.""",
   """Theo ngành giáo dục TP Cần Thơ, các dự án tập trung ở phường Vị Thanh, phường Ngã Bảy, phường Long Mỹ,
   các xã Phụng Hiệp, Vĩnh Viễn và Thạnh Xuân, với tổng vốn hơn 300 tỷ đồng. Nhiều công trình đã hoàn
   thành trên 70% khối lượng.

   Đại diện ban quản lý dự án cho biết việc chuyển giao hồ sơ, thủ tục thanh toán sau hợp nhất được thực
   hiện khẩn trương, không để công trình dừng thi công.
   Các nhà thầu cũng được yêu cầu tăng ca để bù tiến độ trong những tháng mùa mưa.

   Thành phố yêu cầu các chủ đầu tư bảo đảm chất lượng, an toàn; những công trình không kịp hoàn thành
   phải có phương án bố trí phòng học tạm cho học sinh.
   Sở GD&ĐT TP Cần Thơ sẽ kiểm tra thực tế tiến độ các công trình vào giữa tháng 8."""
   )

bg("th-thu-vien-he-vinh-tuong", [2], "pos", True, "07-20", "08-10",
   ["Thư viện trường mở cửa suốt mùa hè cho học sinh xã Vĩnh Tường",
    "Mùa hè đọc sách của học trò vùng quê Vị Thủy cũ"],
   """Thư viện một trường tiểu học ở xã Vĩnh Tường, TP Cần Thơ (trước đây thuộc huyện Vị Thủy, tỉnh Hậu Giang)
   mở cửa mỗi sáng trong dịp hè, thu hút hàng chục học sinh đến đọc sách, làm đồ thủ công.""",
   """Cô Lê Thị Thùy Trang, nhân viên thư viện, sắp xếp lại các kệ sách theo chủ đề, làm thêm góc đọc có thảm
   và gối ôm. Mỗi tuần có một buổi kể chuyện, một buổi làm bưu thiếp từ giấy tái chế.

   Em Võ Ngọc Bảo Hân, học sinh lớp 4, cho biết em đã đọc hơn 20 cuốn truyện trong hè. "Ở nhà không có nhiều
   sách, lên thư viện có bạn bè đọc chung vui lắm", Hân nói.

   Nhà trường cho biết mô hình giúp học sinh có sân chơi bổ ích, hạn chế dùng điện thoại và tránh xa sông
   nước trong những ngày nghỉ hè.
   Nhiều phụ huynh cho biết họ yên tâm hơn khi con có nơi sinh hoạt bổ ích trong lúc bố mẹ đi làm đồng."""
   )

bg("dt-du-bi-dai-hoc", [7], "neu", False, "07-20", "08-10",
   ["Trường dự bị đại học dân tộc tuyển sinh, học sinh được hỗ trợ toàn bộ chi phí",
    "Học dự bị đại học: cầu nối cho học sinh dân tộc thiểu số"],
   """Các trường dự bị đại học dân tộc bắt đầu xét tuyển năm 2025, dành cho học sinh dân tộc thiểu số chưa đủ
   điểm trúng tuyển thẳng vào đại học.""",
   """Học sinh học dự bị một năm, được miễn học phí, ở ký túc xá và nhận học bổng chính sách. Sau khi hoàn thành
   chương trình, các em được phân bổ vào các trường đại học theo năng lực và nguyện vọng.

   Em Hà Thị Duyên, người dân tộc Thái ở Sơn La, cho biết nhờ học dự bị, em tự tin hơn khi vào đại học.
   "Năm dự bị giúp em học lại kiến thức và làm quen cuộc sống xa nhà", Duyên nói.

   Theo Bộ GD&ĐT, mô hình dự bị đại học góp phần đào tạo nguồn nhân lực cho vùng dân tộc thiểu số, nhưng
   cần gắn với nhu cầu sử dụng của địa phương để tránh tình trạng học xong không có việc làm.
   Năm nay, chỉ tiêu dự bị đại học được phân bổ ưu tiên cho các tỉnh miền núi phía Bắc và Tây Nguyên."""
   )

bg("nn-gv-tieng-anh-boi-duong", [14, 4], "pos", False, "07-15", "08-10",
   ["Giáo viên tiếng Anh vùng khó được bồi dưỡng với chuyên gia nước ngoài",
    "Khóa bồi dưỡng hè giúp giáo viên tiếng Anh tự tin dạy giao tiếp"],
   """Hơn 300 giáo viên tiếng Anh tiểu học và THCS ở các tỉnh miền núi phía Bắc tham gia khóa bồi dưỡng hè về
   phương pháp dạy giao tiếp với các chuyên gia bản ngữ.""",
   """Khóa học kéo dài ba tuần, tập trung vào kỹ năng tổ chức hoạt động nói, sử dụng trò chơi, bài hát và công
   nghệ trong lớp học đông học sinh. Giáo viên được dạy thử, nhận góp ý trực tiếp.

   Cô Hoàng Thị Mai, giáo viên tiếng Anh ở Tuyên Quang, cho biết nhiều học sinh của cô rất ngại nói. "Em học
   được cách chia nhóm nhỏ, cho các em nói theo tình huống quen thuộc", cô nói.

   Chương trình nằm trong kế hoạch nâng cao năng lực ngoại ngữ cho giáo viên của Đề án Ngoại ngữ quốc gia,
   ưu tiên giáo viên vùng khó khăn.
   Sau khóa học, giáo viên sẽ tiếp tục được hỗ trợ qua các buổi sinh hoạt chuyên môn trực tuyến."""
   )

bg("tt-luyen-thi-khong-phep", [13, 3], "neg", False, "07-10", "07-31",
   ["Trung tâm luyện thi tổ chức lớp hè không phép, nhồi nhét 50 học sinh một phòng",
    "Phát hiện lớp dạy thêm hè quá tải, không bảo đảm an toàn phòng cháy"],
   """Đoàn kiểm tra liên ngành ở một phường của Hà Nội phát hiện trung tâm luyện thi tổ chức lớp học hè cho gần
   50 học sinh trong căn phòng chật hẹp, chưa đăng ký hoạt động dạy thêm.""",
   """Lớp học nằm trên tầng 4 của một nhà dân, chỉ có một cầu thang bộ, không có lối thoát nạn phụ. Học sinh
   chủ yếu là lớp 9 chuẩn bị lên lớp 10, học phí 2,5 triệu đồng mỗi khóa hè.

   Chủ trung tâm thừa nhận chưa làm thủ tục đăng ký theo quy định mới về dạy thêm. Đoàn kiểm tra đã lập biên
   bản, yêu cầu dừng hoạt động ngay và trả lại học phí cho phụ huynh.

   Cơ quan chức năng khuyến cáo phụ huynh kiểm tra thông tin đăng ký của cơ sở dạy thêm, điều kiện an toàn
   phòng cháy trước khi cho con theo học.
   Phường cũng cho biết sẽ kiểm tra các cơ sở dạy thêm khác trên địa bàn trong tháng 8."""
   )

bg("tc-ho-tro-chi-phi-hoc-tap", [8], "neu", False, "07-25", "08-12",
   ["Đề xuất nâng mức hỗ trợ chi phí học tập cho học sinh vùng khó",
    "Học sinh nghèo có thể được hỗ trợ chi phí học tập cao hơn"],
   """Bộ GD&ĐT đề xuất nâng mức hỗ trợ chi phí học tập cho học sinh thuộc hộ nghèo, cận nghèo và học sinh ở vùng
   đặc biệt khó khăn, trong bối cảnh học phí công lập đã được miễn.""",
   """Theo dự thảo, mức hỗ trợ tăng từ 150.000 đồng lên khoảng 200.000 đồng mỗi tháng, chi trả tối đa 9 tháng
   trong năm học. Đối tượng được mở rộng thêm học sinh khuyết tật và trẻ mồ côi.

   Các chuyên gia cho rằng khi học phí đã được miễn, chi phí sách vở, đồng phục, đi lại và ăn uống mới là
   gánh nặng chính của gia đình khó khăn, nên việc tăng hỗ trợ là cần thiết.
   Nhiều địa phương cũng có chính sách hỗ trợ riêng từ ngân sách của tỉnh.

   Dự thảo đang được lấy ý kiến các bộ, ngành và địa phương trước khi trình Chính phủ xem xét.
   Nếu được thông qua, chính sách mới dự kiến áp dụng từ học kỳ II năm học 2025-2026."""
   )

bg("ng-luong-he-hop-dong", [4, 8], "neg", False, "07-20", "08-10",
   ["Giáo viên hợp đồng không có lương dịp hè",
    "Nghỉ hè không lương: nỗi lo của giáo viên hợp đồng"],
   """Nhiều giáo viên ký hợp đồng theo năm học ở các trường công lập không được trả lương trong hai tháng hè,
   phải làm thêm đủ nghề để trang trải cuộc sống.""",
   """Cô Trương Thị Ngọc, giáo viên hợp đồng dạy tiếng Anh ở Gia Lai, cho biết hợp đồng của cô kết thúc vào cuối
   tháng 5 và chỉ ký lại vào tháng 8. "Hai tháng hè tôi đi dạy kèm, bán hàng online để có thu nhập", cô
   nói.

   Theo ngành giáo dục một số địa phương, việc ký hợp đồng theo năm học là do nguồn kinh phí hạn hẹp và chờ
   tuyển dụng viên chức. Điều này khiến nhiều giáo viên giỏi rời trường công.

   Công đoàn giáo dục đề nghị các địa phương ký hợp đồng liên tục 12 tháng với giáo viên đang giảng dạy ổn
   định, bảo đảm quyền lợi bảo hiểm xã hội.
   Một số địa phương đã bắt đầu ký hợp đồng 12 tháng với giáo viên từ năm học này."""
   )

bg("ts-ba-noi-thi-tot-nghiep", [], "pos", False, "07-16", "07-24",
   ["Người phụ nữ 58 tuổi đỗ tốt nghiệp THPT cùng cháu nội",
    "Bà nội thi tốt nghiệp THPT: “Học để làm gương cho các cháu”"],
   """Bà Nguyễn Thị Lài, 58 tuổi, ở tỉnh Thái Nguyên (mới), đã đỗ tốt nghiệp THPT năm 2025 sau ba năm theo học
   chương trình giáo dục thường xuyên, cùng năm với cháu nội.""",
   """Bà Lài phải nghỉ học từ năm lớp 9 vì hoàn cảnh gia đình. Khi các con đã trưởng thành, bà quyết định đi học
   lại. Mỗi tối, bà và cháu nội cùng ngồi một bàn ôn bài.

   "Có bài toán bà không làm được thì hỏi cháu, môn Lịch sử thì cháu hỏi bà", bà Lài cười. Bà đạt 7,5 điểm
   môn Ngữ văn, cao hơn cả cháu.

   Bà dự định học trung cấp về chăm sóc sức khỏe cộng đồng để giúp đỡ người già trong xóm.
   Câu chuyện của bà được thầy cô ở trung tâm giáo dục thường xuyên nhắc đến như tấm gương về tinh thần học tập suốt đời."""
   )


bg("thpt-lop-10-tu-thuc-gdtx", [3], "neu", False, "07-03", "07-14",
   ["Trượt lớp 10 công lập: trường tư thục, giáo dục thường xuyên “mở cửa” đón học sinh",
    "Học sinh lớp 9 tìm chỗ học sau khi không đỗ lớp 10 công lập"],
   """Sau khi có điểm chuẩn vào lớp 10 công lập, nhiều trường THPT tư thục và trung tâm giáo dục nghề nghiệp -
   giáo dục thường xuyên bắt đầu nhận hồ sơ, tư vấn cho học sinh chưa trúng tuyển.""",
   """Tại TP.HCM, học phí các trường tư thục dao động từ 3 đến hơn 10 triệu đồng mỗi tháng, tùy chương trình.
   Nhiều trường tổ chức ngày hội tư vấn, cho học sinh và phụ huynh tham quan lớp học, ký túc xá.

   Các trung tâm giáo dục thường xuyên tuyển học sinh học chương trình văn hóa kết hợp học nghề, học phí
   thấp, sau ba năm có thể nhận bằng tốt nghiệp THPT và chứng chỉ nghề.
   Học sinh học tại đây vẫn có thể dự thi tốt nghiệp THPT và xét tuyển đại học như học sinh trường phổ thông.

   Chuyên gia tư vấn khuyên phụ huynh đừng coi việc trượt lớp 10 công lập là thất bại, mà nên cùng con chọn
   con đường phù hợp năng lực, sở thích và điều kiện kinh tế gia đình.
   Phụ huynh nên tìm hiểu kỹ chất lượng, cơ sở vật chất và các khoản thu của trường trước khi nộp hồ sơ."""
   )

bg("at-bong-da-hoc-duong", [10], "pos", False, "08-01", "08-20",
   ["Giải bóng đá học sinh THCS toàn quốc khép lại với nhiều bàn thắng đẹp",
    "Sân chơi bóng đá học đường thu hút hàng nghìn học sinh"],
   """Giải bóng đá học sinh THCS toàn quốc năm 2025 đã kết thúc sau hai tuần tranh tài sôi nổi, với sự tham gia
   của hơn 40 đội bóng nam, nữ đến từ các địa phương.""",
   """Trận chung kết nam diễn ra hấp dẫn, được quyết định bằng loạt sút luân lưu. Nhiều cầu thủ nhỏ tuổi thể
   hiện kỹ thuật tốt, lọt vào mắt xanh của các trung tâm đào tạo bóng đá trẻ.

   Em Lò Văn Tú, đội trưởng một đội bóng đến từ miền núi phía Bắc, cho biết cả đội tập luyện trên sân đất của
   trường. "Lần đầu được đá trên sân cỏ đẹp như vậy, tụi em rất vui", Tú nói.

   Ban tổ chức cho biết giải đấu góp phần thúc đẩy phong trào thể thao học đường, giúp học sinh rèn luyện
   sức khỏe, tinh thần đồng đội và ý chí vượt khó.
   Giải đấu năm sau dự kiến có thêm nội dung bóng đá nữ lứa tuổi tiểu học."""
   )

bg("csvc-hoc-tam-nha-van-hoa", [5], "neg", False, "08-25", "09-08",
   ["Công trình chậm tiến độ, học sinh khai giảng ở nhà văn hóa",
    "Trường xây mãi chưa xong, học sinh học nhờ nhà văn hóa thôn"],
   """Dự án xây mới một trường tiểu học ở tỉnh Thanh Hóa chậm tiến độ gần một năm, khiến hơn 200 học sinh phải học
   tạm ở nhà văn hóa thôn và nhà dân trong năm học mới.""",
   """Theo kế hoạch, công trình hoàn thành trước tháng 8/2025, nhưng đến nay mới xong phần thô. Đơn vị thi công
   giải thích do giá vật liệu tăng và thủ tục thanh toán kéo dài.

   Các lớp học tạm thiếu bảng chống lóa, bàn ghế không đúng kích cỡ, nhà vệ sinh dùng chung với người dân.
   Cô Lê Thị Hương, giáo viên lớp 2, cho biết mùa nắng phòng học rất nóng, học sinh mệt mỏi.

   Chính quyền xã đã làm việc với chủ đầu tư, yêu cầu đẩy nhanh tiến độ, phấn đấu bàn giao trường trong học
   kỳ I.
   Phụ huynh mong công trình sớm hoàn thành để con em được học tập trong điều kiện tốt hơn."""
   )

bg("cntt-qua-nhieu-ung-dung", [6], "neg", False, "09-12", "09-28",
   ["Phụ huynh “ngợp” vì phải cài quá nhiều ứng dụng trường học",
    "Mỗi trường một phần mềm, phụ huynh than phiền vì quá nhiều ứng dụng"],
   """Đầu năm học, nhiều phụ huynh than phiền phải cài đặt ba, bốn ứng dụng khác nhau để nhận thông báo, xem điểm,
   nộp tiền và liên lạc với giáo viên.""",
   """Chị Vũ Thu Trang ở Hà Nội có hai con học hai trường khác nhau, cho biết điện thoại của chị có tới 6 ứng
   dụng liên quan đến việc học của con. "Có thông báo ở ứng dụng này, có tin ở nhóm Zalo, nhiều khi tôi
   bỏ sót", chị nói.

   Theo các chuyên gia chuyển đổi số, việc mỗi trường dùng một phần mềm riêng gây lãng phí và khó liên thông
   dữ liệu. Cần có nền tảng dùng chung ở cấp tỉnh hoặc quốc gia.

   Ngành giáo dục một số địa phương cho biết đang rà soát, hướng tới thống nhất một số phần mềm quản lý
   trường học, giảm phiền hà cho phụ huynh.
   Các chuyên gia cũng lưu ý việc bảo đảm an toàn dữ liệu khi thông tin học sinh được lưu trên nhiều nền tảng khác nhau."""
   )

bg("hssv-atgt-nga-bay", [11, 10], "pos", True, "09-18", "09-28",
   ["Học sinh phường Ngã Bảy làm “đại sứ an toàn giao thông”",
    "Đội học sinh tình nguyện nhắc bạn đội mũ bảo hiểm ở cổng trường Ngã Bảy"],
   """Đội "đại sứ an toàn giao thông" gồm 30 học sinh THCS ở phường Ngã Bảy, TP Cần Thơ (trước đây là TP Ngã Bảy,
   tỉnh Hậu Giang) mỗi sáng có mặt ở cổng trường nhắc các bạn đội mũ bảo hiểm, dắt xe đúng nơi quy định.""",
   """Các em được đoàn thanh niên và công an phường tập huấn về luật giao thông, cách hướng dẫn bạn bè qua
   đường an toàn. Đội còn thực hiện các video ngắn tuyên truyền đăng trên trang của trường.

   Em Trần Gia Huy, đội trưởng, cho biết ban đầu nhiều bạn ngại đội mũ vì "nóng, xấu", nhưng sau vài tuần
   đã quen. "Tụi em nói bằng giọng vui vẻ, không la rầy nên các bạn dễ nghe", Huy nói.

   Nhà trường cho biết số học sinh vi phạm an toàn giao thông giảm rõ rệt từ khi có đội đại sứ. Mô hình dự
   kiến được nhân rộng ở các trường trên địa bàn phường Ngã Bảy và phường Đại Thành."""
   )

bg("th-on-he-khong-hoc-truoc", [2], "neu", False, "07-20", "08-10",
   ["Ôn hè cho học sinh tiểu học: giáo viên khuyên không học trước chương trình",
    "Học sinh tiểu học nghỉ hè nên học gì?"],
   """Nhiều phụ huynh cho con học trước chương trình lớp trên trong dịp hè, trong khi giáo viên tiểu học khuyên
   nên ôn lại kiến thức cơ bản và dành thời gian cho hoạt động thể chất, đọc sách.""",
   """Cô Trần Thị Kim Dung, giáo viên tiểu học ở Đà Nẵng, cho biết học sinh học trước thường chủ quan, không tập
   trung khi vào năm học. "Các em nên đọc sách, viết nhật ký, làm toán đơn giản để không quên kiến thức là
   đủ", cô nói.

   Theo các chuyên gia, mùa hè là thời gian để trẻ phát triển kỹ năng sống, khám phá sở thích. Phụ huynh có
   thể cho con tham gia các lớp bơi, vẽ, âm nhạc, hoặc đơn giản là phụ giúp việc nhà.

   Chương trình tiểu học hiện hành không yêu cầu học sinh học trước; nhà trường cũng không được kiểm tra
   kiến thức lớp trên khi học sinh lên lớp.
   Giáo viên khuyên phụ huynh nên trò chuyện với con về những điều thú vị của năm học mới thay vì tạo áp lực."""
   )


# =====================================================================================
# PLANTED (a) — Lạm thu đầu năm học ở Trường Tiểu học Vị Tân 3, phường Vị Tân
#              (TP Cần Thơ, trước đây là TP Vị Thanh, tỉnh Hậu Giang). 9-15/9/2025.
# =====================================================================================

pl("a", "2025-09-09T15:40", "Báo Hậu Giang", [8], "neg", True,
   "Phụ huynh phản ánh nhiều khoản thu đầu năm tại Trường Tiểu học Vị Tân 3",
   """Nhiều phụ huynh có con học tại Trường Tiểu học Vị Tân 3, phường Vị Tân, TP Cần Thơ (trước đây là TP
   Vị Thanh, tỉnh Hậu Giang) phản ánh sau buổi họp đầu năm, mỗi học sinh được đề nghị đóng hơn 2,3 triệu
   đồng cho nhiều khoản khác nhau.""",
   """Theo phản ánh của phụ huynh với Báo Hậu Giang, trong buổi họp cha mẹ học sinh ngày 6/9, giáo viên
   chủ nhiệm các lớp thông báo danh sách các khoản thu gồm quỹ hội cha mẹ học sinh, tiền lắp máy lạnh,
   tiền mua tivi cho lớp, tiền vệ sinh, tiền học tiếng Anh tăng cường và tiền photo đề kiểm tra.
   Danh sách được gửi kèm số tài khoản để phụ huynh chuyển tiền.

   Anh Lê Văn Tuấn, có con học lớp 3, cho biết riêng tiền lắp máy lạnh là 700.000 đồng mỗi em, được ghi
   rõ trong bảng kê gửi qua nhóm Zalo của lớp, hạn nộp trước ngày 15/9. "Năm nay con được miễn học phí,
   cả nhà mừng, nhưng đầu năm vẫn phải lo hơn hai triệu", anh nói.

   Một số phụ huynh khác cho biết họ không được hỏi ý kiến về việc lắp máy lạnh, chỉ nghe thông báo mức
   đóng. Với học sinh lớp 1, tổng số tiền còn cao hơn do có thêm khoản mua bàn ghế mới.

   Phóng viên đã liên hệ Ban giám hiệu Trường Tiểu học Vị Tân 3 để tìm hiểu thông tin. Báo Hậu Giang sẽ
   tiếp tục thông tin về sự việc."""
   )

pl("a", "2025-09-09T20:15", "Báo Cần Thơ", [8], "neg", True,
   "Phường Vị Tân: phụ huynh băn khoăn các khoản thu đầu năm học",
   """Các khoản thu đầu năm tại một trường tiểu học ở phường Vị Tân đang khiến nhiều phụ huynh băn khoăn,
   khi tổng số tiền mỗi học sinh phải đóng lên tới 2,3-2,7 triệu đồng.""",
   """Trường Tiểu học Vị Tân 3 có hơn 620 học sinh, phần lớn là con em gia đình làm nông, buôn bán nhỏ và
   công nhân. Theo bảng kê phụ huynh cung cấp, nhà trường và ban đại diện cha mẹ học sinh đề nghị đóng
   7 khoản, trong đó khoản lớn nhất là "xã hội hóa lắp máy lạnh" 700.000 đồng mỗi học sinh.

   Chị Trần Thị Ngọc Hân, phụ huynh lớp 1, cho biết chị có hai con học cùng trường nên tổng số tiền phải
   đóng gần 5 triệu đồng. "Vợ chồng tôi làm thuê, tháng này coi như hết lương", chị nói.

   Theo quy định, từ năm học 2025-2026, học sinh tiểu học công lập được miễn học phí; các khoản tài trợ
   cho nhà trường phải trên tinh thần tự nguyện, không được quy định mức bình quân.
   Nhà trường chỉ được vận động tài trợ khi có kế hoạch được cơ quan có thẩm quyền phê duyệt.

   Báo Cần Thơ đã chuyển phản ánh của phụ huynh đến UBND phường Vị Tân và Sở GD&ĐT TP Cần Thơ.
   Báo sẽ tiếp tục theo dõi, thông tin kết quả xử lý."""
   )

pl("a", "2025-09-10T07:05", "Giáo dục và Thời đại", [8], "neg", True,
   "Phụ huynh bức xúc vì khoản thu hơn 2 triệu đồng ở trường tiểu học",
   """Phụ huynh Trường Tiểu học Vị Tân 3 (phường Vị Tân, TP Cần Thơ) cho rằng nhiều khoản thu đầu năm được
   ấn định mức cụ thể, trái với tinh thần tự nguyện.""",
   """Theo tìm hiểu của phóng viên GD&TĐ, các khoản được thông báo trong buổi họp phụ huynh đầu năm gồm: quỹ
   hội cha mẹ học sinh 300.000 đồng, lắp máy lạnh 700.000 đồng, mua tivi cho lớp học 250.000 đồng, vệ
   sinh 150.000 đồng, tiếng Anh tăng cường 480.000 đồng mỗi học kỳ, photo đề kiểm tra 100.000 đồng và
   đồng phục, bảng tên khoảng 420.000 đồng.
   Tổng cộng, mỗi học sinh phải nộp từ 2,3 đến 2,7 triệu đồng, tùy khối lớp.

   Nhiều phụ huynh cho biết các khoản trên được ghi thành bảng, kèm số tài khoản để chuyển tiền, không
   có mục nào ghi "tự nguyện". Một phụ huynh kể con về nhà nói cô giáo nhắc tên những bạn "chưa nộp
   tiền máy lạnh".

   Trường Tiểu học Vị Tân 3 trước đây thuộc TP Vị Thanh, tỉnh Hậu Giang; từ ngày 1/7/2025 do UBND phường
   Vị Tân, TP Cần Thơ quản lý. Đây là năm học đầu tiên học sinh công lập trên cả nước được miễn học phí.

   Phóng viên đang liên hệ với nhà trường và cơ quan quản lý để làm rõ các nội dung phụ huynh phản ánh.
   GD&TĐ sẽ tiếp tục thông tin về vụ việc."""
   )

pl("a", "2025-09-10T08:45", "Dân trí", [8], "neg", True,
   "Miễn học phí, phụ huynh vẫn phải nộp hơn 2 triệu đồng đầu năm",
   """Dù học sinh tiểu học công lập được miễn học phí từ năm học này, phụ huynh một trường tiểu học ở TP
   Cần Thơ vẫn nhận danh sách 7 khoản thu với tổng số tiền hơn 2,3 triệu đồng mỗi em.""",
   """Sự việc xảy ra tại Trường Tiểu học Vị Tân 3 ở phường Vị Tân, khu vực TP Vị Thanh (Hậu Giang cũ). Theo
   các phụ huynh, khoản gây bức xúc nhất là tiền lắp máy lạnh 700.000 đồng và tiền mua tivi 250.000
   đồng, vì đây là tài sản của nhà trường.

   "Tôi không phản đối lớp học có máy lạnh, nhưng phải hỏi ý kiến phụ huynh, ai có điều kiện thì góp,
   không thể bắt ai cũng đóng như nhau", một phụ huynh lớp 4 nói với phóng viên Dân trí.
   Theo phụ huynh này, nhiều gia đình trong lớp làm thuê, buôn bán nhỏ nên khoản tiền trên là gánh nặng.

   Chị N.T.M., phụ huynh lớp 2, cho biết gia đình chị thuộc hộ cận nghèo nhưng vẫn được nhắc đóng đủ.
   Nhiều phụ huynh muốn lên tiếng trong buổi họp nhưng ngại, sợ con bị ảnh hưởng.

   Theo quy định, nhà trường chỉ được vận động tài trợ khi có kế hoạch được cơ quan có thẩm quyền phê
   duyệt, không được giao ban đại diện cha mẹ học sinh thu tiền để mua sắm tài sản.
   Mọi khoản vận động cũng phải được công khai, quyết toán với phụ huynh."""
   )

pl("a", "2025-09-10T10:20", "VnExpress", [8], "neg", True,
   "Phụ huynh phản đối khoản thu lắp máy lạnh đầu năm học",
   """Hàng trăm phụ huynh Trường Tiểu học Vị Tân 3 ở TP Cần Thơ được đề nghị góp 700.000 đồng mỗi em để lắp
   máy lạnh cho 22 phòng học, nhiều người cho rằng khoản này mang tính áp đặt.""",
   """Theo bảng kê do ban đại diện cha mẹ học sinh các lớp gửi, số tiền dự kiến thu để lắp máy lạnh khoảng
   430 triệu đồng, cùng với khoản mua tivi và các chi phí khác. Phụ huynh được yêu cầu chuyển khoản trước
   ngày 15/9.

   Anh Võ Minh Khoa, phụ huynh lớp 5, nói anh bất ngờ vì năm ngoái con học trong lớp có quạt trần vẫn ổn.
   "Trường nói là phụ huynh tự nguyện, nhưng giấy ghi mức đóng rõ ràng, lớp nào cũng giống nhau", anh
   nói.

   Trường Tiểu học Vị Tân 3 nằm ở phường Vị Tân, được thành lập trên cơ sở Phường IV, Phường V và xã Vị
   Tân của TP Vị Thanh, tỉnh Hậu Giang trước đây.
   Từ ngày 1/7/2025, trường do UBND phường Vị Tân quản lý.

   Các quy định hiện hành nghiêm cấm việc quy định mức đóng góp bình quân hoặc coi vận động tài trợ là
   điều kiện bắt buộc đối với học sinh.
   Người đứng đầu cơ sở giáo dục để xảy ra sai phạm có thể bị xem xét kỷ luật."""
   )

pl("a", "2025-09-10T11:35", "Báo Hậu Giang", [8], "neg", True,
   "Hiệu trưởng Trường Tiểu học Vị Tân 3 nói gì về các khoản thu?",
   """Trao đổi với Báo Hậu Giang, hiệu trưởng Trường Tiểu học Vị Tân 3 cho rằng các khoản thu do ban đại diện
   cha mẹ học sinh đề xuất và "trên tinh thần tự nguyện".""",
   """Bà Nguyễn Thị Thu Hằng, hiệu trưởng nhà trường, cho biết mùa nắng nhiều phòng học nóng bức, ban đại
   diện cha mẹ học sinh đã đề xuất lắp máy lạnh và nhà trường "đồng ý về chủ trương". Theo bà, mức
   700.000 đồng là con số dự toán để phụ huynh tham khảo.

   Về khoản tiếng Anh tăng cường, bà Hằng cho biết đây là chương trình liên kết với một trung tâm ngoại
   ngữ, học sinh đăng ký theo nhu cầu. Khoản photo đề kiểm tra được thu để "chủ động in đề cho học
   sinh ôn tập".

   Tuy nhiên, khi được hỏi vì sao bảng kê không ghi rõ là tự nguyện và có hạn nộp, bà Hằng thừa nhận
   "cách thông báo của một số lớp chưa phù hợp". Nhà trường sẽ họp lại với ban đại diện cha mẹ học sinh
   để điều chỉnh.

   Ghi nhận của phóng viên, đến chiều 10/9, nhiều phụ huynh vẫn nhận được tin nhắn nhắc nộp tiền trong
   nhóm Zalo của lớp.
   Một phụ huynh cho biết giáo viên chủ nhiệm lớp con chị vẫn nhắc "hạn cuối là ngày 15/9"."""
   )

pl("a", "2025-09-10T14:25", "Tuổi Trẻ", [8], "neg", True,
   "Trường tiểu học giải thích việc thu tiền “xã hội hóa” máy lạnh",
   """Trước phản ánh của phụ huynh, lãnh đạo Trường Tiểu học Vị Tân 3 (phường Vị Tân, TP Cần Thơ) cho rằng
   việc lắp máy lạnh là nhu cầu của phụ huynh, nhưng thừa nhận thông báo mức đóng là chưa đúng.""",
   """Theo hiệu trưởng nhà trường, ý tưởng lắp máy lạnh xuất phát từ một số phụ huynh trong ban đại diện,
   sau đó được đưa ra tất cả các lớp. Nhà trường chưa lập kế hoạch vận động tài trợ trình cơ quan quản lý
   phê duyệt.

   Trong khi đó, nhiều phụ huynh khẳng định họ không được hỏi ý kiến. Chị Lâm Thị Mỹ Xuyên, phụ huynh lớp
   3, cho biết chị chỉ biết đến khoản này khi nhận bảng kê. "Nếu tự nguyện thì sao lại có hạn chót và nhắc
   tên người chưa đóng?", chị đặt câu hỏi.

   Luật sư Phan Văn Thịnh (Đoàn luật sư TP Cần Thơ) cho rằng ban đại diện cha mẹ học sinh không có chức
   năng thu tiền để mua sắm tài sản cho nhà trường; việc này phải tuân thủ quy định về tài trợ cho cơ sở
   giáo dục.
   Theo luật sư, nhà trường phải chịu trách nhiệm nếu để ban đại diện thu tiền sai quy định."""
   )

pl("a", "2025-09-10T16:55", "Thanh Niên", [8], "neg", True,
   "Phụ huynh ở Cần Thơ “than trời” vì loạt khoản thu đầu năm",
   """Bảy khoản thu với tổng số tiền hơn 2,3 triệu đồng mỗi học sinh tại một trường tiểu học ở phường Vị Tân,
   TP Cần Thơ đang gây bức xúc cho phụ huynh.""",
   """Nhiều phụ huynh ở khu vực Vị Thanh (Hậu Giang cũ) cho biết thu nhập của họ chủ yếu từ làm thuê, trồng
   khóm, mua bán nhỏ; khoản tiền đầu năm cho mỗi con bằng gần nửa tháng lương.
   Nhiều gia đình có hai, ba con đi học cùng lúc.

   Bà Phạm Thị Út, bà ngoại của một học sinh lớp 2, kể con gái bà làm công nhân ở Bình Dương, gửi cháu ở
   nhà cho bà nuôi. "Tui bán rau ngoài chợ, nghe cô nói đóng hai triệu mấy mà tối không ngủ được", bà
   nói.

   Một số phụ huynh đã nộp tiền ngay sau buổi họp vì sợ con "bị để ý". Đến nay, chưa có thống kê chính
   thức số tiền nhà trường và ban đại diện đã thu.

   Phóng viên Thanh Niên đã liên hệ Sở GD&ĐT TP Cần Thơ, đại diện sở cho biết đã nắm thông tin và yêu cầu
   báo cáo.
   Sở cũng cho biết sẽ phối hợp với UBND phường Vị Tân để làm rõ các nội dung phụ huynh phản ánh."""
   )

pl("a", "2025-09-10T19:40", "Người Lao Động", [8], "neg", True,
   "Nhiều khoản thu đầu năm ở trường tiểu học bị phản ánh, phường yêu cầu dừng thu",
   """UBND phường Vị Tân, TP Cần Thơ đã yêu cầu Trường Tiểu học Vị Tân 3 tạm dừng thu các khoản chưa đúng quy
   định, sau khi phụ huynh phản ánh loạt khoản thu đầu năm.""",
   """Chiều 10/9, UBND phường Vị Tân có văn bản yêu cầu nhà trường dừng ngay việc thu tiền lắp máy lạnh, mua
   tivi và các khoản chưa có trong danh mục được phép thu; báo cáo cụ thể số tiền đã thu trước ngày 12/9.
   Văn bản cũng yêu cầu nhà trường không để giáo viên nhắc nhở học sinh về việc nộp tiền.

   Theo một lãnh đạo phường, từ ngày 1/7, các trường tiểu học trên địa bàn thuộc phường quản lý. "Chúng
   tôi sẽ cùng ngành giáo dục kiểm tra, nếu sai sẽ yêu cầu trả lại tiền cho phụ huynh", vị này nói.

   Trước đó, phụ huynh Trường Tiểu học Vị Tân 3 phản ánh mỗi học sinh được đề nghị đóng hơn 2,3 triệu
   đồng. Nhiều khoản mang danh "tự nguyện" nhưng được ấn định mức và hạn nộp cụ thể."""
   )

pl("a", "2025-09-11T07:30", "Báo Cần Thơ", [8, 13], "neg", True,
   "Sở GD&ĐT TP Cần Thơ yêu cầu kiểm tra các khoản thu tại Trường Tiểu học Vị Tân 3",
   """Sở GD&ĐT TP Cần Thơ đã có văn bản đề nghị UBND phường Vị Tân phối hợp kiểm tra toàn bộ các khoản thu
   đầu năm tại Trường Tiểu học Vị Tân 3, báo cáo kết quả trong tuần.""",
   """Theo văn bản, đoàn kiểm tra gồm đại diện Sở GD&ĐT, Thanh tra thành phố và UBND phường Vị
   Tân sẽ làm việc với nhà trường từ sáng 11/9. Nội dung kiểm tra gồm việc thu, chi năm học 2025-2026,
   kế hoạch vận động tài trợ và hoạt động của ban đại diện cha mẹ học sinh.

   Sở yêu cầu nhà trường cung cấp đầy đủ biên bản họp phụ huynh, danh sách học sinh đã nộp tiền, hợp đồng
   với trung tâm ngoại ngữ và các chứng từ liên quan.
   Những phụ huynh đã nộp tiền cũng sẽ được đoàn kiểm tra lấy ý kiến.

   Ông Trần Quốc Dũng, Phó Giám đốc Sở GD&ĐT TP Cần Thơ, cho biết nếu phát hiện sai phạm, sở sẽ đề nghị
   xử lý nghiêm trách nhiệm người đứng đầu và yêu cầu hoàn trả tiền cho phụ huynh.
   Ông Dũng cho biết sở đã yêu cầu tất cả các trường trên địa bàn rà soát lại các khoản thu đầu năm."""
   )

pl("a", "2025-09-11T08:20", "Giáo dục và Thời đại", [8, 13], "neg", True,
   "Cần Thơ lập đoàn kiểm tra khoản thu đầu năm ở Trường Tiểu học Vị Tân 3",
   """Sau phản ánh của phụ huynh về các khoản thu đầu năm, Sở GD&ĐT TP Cần Thơ đã thành lập đoàn kiểm tra
   liên ngành làm việc tại Trường Tiểu học Vị Tân 3, phường Vị Tân.""",
   """Trao đổi với GD&TĐ, lãnh đạo Sở GD&ĐT TP Cần Thơ cho biết ngay khi nắm thông tin, sở đã yêu cầu nhà
   trường báo cáo và tạm dừng mọi khoản thu ngoài quy định. Đoàn kiểm tra sẽ làm rõ từng khoản, đặc biệt
   là khoản lắp máy lạnh và mua tivi.

   Sở cũng chỉ đạo các trường trên địa bàn thành phố, nhất là các trường ở khu vực Hậu Giang và Sóc Trăng
   cũ, rà soát lại các khoản thu đầu năm học, công khai trên bảng tin và trang thông tin điện tử.
   Các trường phải báo cáo kết quả rà soát về sở trước ngày 20/9.

   Trước đó, trong hướng dẫn đầu năm học, sở đã yêu cầu các trường không thu tiền cơ sở vật chất theo mức
   bình quân, không ủy quyền cho ban đại diện cha mẹ học sinh thu các khoản ngoài danh mục.
   Sở cũng lưu ý các trường không được bắt buộc phụ huynh mua đồng phục, học phẩm qua trường."""
   )

pl("a", "2025-09-11T09:45", "VietNamNet", [8, 13], "neg", True,
   "Vụ thu tiền máy lạnh ở trường tiểu học tại Cần Thơ: Sở GD&ĐT vào cuộc",
   """Đoàn kiểm tra của Sở GD&ĐT TP Cần Thơ đang làm việc tại Trường Tiểu học Vị Tân 3 sau phản ánh mỗi học
   sinh phải nộp 700.000 đồng tiền lắp máy lạnh.""",
   """Theo thông tin ban đầu, đến ngày 10/9, đã có khoảng 350 phụ huynh nộp một phần hoặc toàn bộ các khoản
   theo bảng kê. Số tiền được chuyển vào tài khoản cá nhân của trưởng ban đại diện cha mẹ học sinh một
   số lớp.

   Một giáo viên của trường, đề nghị giấu tên, cho biết giáo viên chủ nhiệm chỉ "truyền đạt lại" nội dung
   do nhà trường thống nhất với ban đại diện. "Chúng tôi cũng ngại khi phải nhắc phụ huynh", người này
   nói.

   Chuyên gia giáo dục Nguyễn Văn Tùng cho rằng việc thu tiền qua tài khoản cá nhân rất khó kiểm soát, dễ
   dẫn đến sai phạm. Cơ quan quản lý cần quy định rõ trách nhiệm của hiệu trưởng đối với mọi khoản tiền
   thu từ phụ huynh."""
   )

pl("a", "2025-09-11T10:55", "Lao Động", [8], "neg", True,
   "Lạm thu đầu năm học: phụ huynh ở phường Vị Tân không dám lên tiếng",
   """Nhiều phụ huynh Trường Tiểu học Vị Tân 3 cho biết họ bất bình với các khoản thu đầu năm nhưng không dám
   phản đối trong buổi họp vì lo con bị ảnh hưởng.""",
   """Chị Huỳnh Thị Kim Thoa, phụ huynh lớp 4, kể trong buổi họp, khi giáo viên đọc danh sách các khoản thu,
   cả phòng im lặng. "Ai cũng thấy nhiều, nhưng không ai muốn là người đầu tiên nói", chị chia sẻ.

   Theo chị Thoa, năm học trước trường cũng có các khoản "tự nguyện" nhưng mức thấp hơn. Năm nay, khi nghe
   tin được miễn học phí, nhiều phụ huynh nghĩ sẽ nhẹ gánh hơn nhưng thực tế lại ngược lại.

   Chuyên gia tâm lý giáo dục cho rằng tâm lý "sợ con bị để ý" là rào cản lớn khiến lạm thu tồn tại nhiều
   năm. Nhà trường cần có kênh góp ý ẩn danh để phụ huynh phản ánh mà không lo ngại."""
   )

pl("a", "2025-09-11T13:35", "Tiền Phong", [8, 13], "neg", True,
   "Kiểm tra trường tiểu học bị phản ánh thu hơn 2 triệu đồng mỗi học sinh",
   """Đoàn kiểm tra liên ngành đã làm việc với Trường Tiểu học Vị Tân 3 (phường Vị Tân, TP Cần Thơ), nơi phụ
   huynh phản ánh nhiều khoản thu đầu năm trái quy định.""",
   """Tại buổi làm việc sáng 11/9, đại diện nhà trường đã cung cấp biên bản họp phụ huynh các lớp, danh sách
   thu và hợp đồng liên kết dạy tiếng Anh. Đoàn kiểm tra ghi nhận biên bản họp nhiều lớp có nội dung
   giống nhau, trong đó ghi "100% phụ huynh thống nhất".

   Trong khi đó, nhiều phụ huynh khẳng định không có việc biểu quyết. "Tôi không ký vào biên bản nào cả",
   anh Nguyễn Hữu Phước, phụ huynh lớp 1, nói.

   Đoàn kiểm tra dự kiến có kết luận trong ngày 12/9. Trường Tiểu học Vị Tân 3 thuộc khu vực TP Vị Thanh,
   tỉnh Hậu Giang cũ, hiện có 22 lớp với hơn 620 học sinh."""
   )

pl("a", "2025-09-11T15:10", "Báo Tin tức", [8, 13], "neg", True,
   "Cần Thơ: kiểm tra việc thu tiền đầu năm học tại một trường tiểu học",
   """Sở GD&ĐT TP Cần Thơ cho biết đang phối hợp với UBND phường Vị Tân kiểm tra các khoản thu tại Trường Tiểu
   học Vị Tân 3, sau phản ánh của phụ huynh và báo chí.""",
   """Theo sở, qua báo cáo ban đầu, nhà trường chưa xây dựng kế hoạch vận động tài trợ để lắp máy lạnh, mua
   tivi trình cơ quan quản lý phê duyệt như quy định. Khoản học tiếng Anh tăng cường cũng chưa có văn
   bản chấp thuận của cấp có thẩm quyền.

   Sở đã yêu cầu nhà trường tạm dừng thu, thống kê số tiền đã nhận của từng phụ huynh để có phương án xử
   lý. Các khoản bảo hiểm y tế, đồng phục vẫn thực hiện theo quy định và thỏa thuận với phụ huynh.

   Năm học 2025-2026, TP Cần Thơ có hơn 1.500 trường học sau hợp nhất với Hậu Giang và Sóc Trăng. Sở
   GD&ĐT cho biết sẽ kiểm tra đột xuất công tác thu chi ở nhiều trường trong tháng 9."""
   )

pl("a", "2025-09-11T17:50", "Dân trí", [8], "neg", True,
   "Phụ huynh kể lại buổi họp đầu năm ở trường tiểu học bị phản ánh lạm thu",
   """Những tin nhắn nhắc nộp tiền, bảng kê có hạn chót và những buổi họp "không ai dám nói" được phụ huynh
   Trường Tiểu học Vị Tân 3 kể lại với phóng viên Dân trí.""",
   """Theo lời kể của một phụ huynh lớp 3, buổi họp kéo dài khoảng 40 phút, phần lớn thời gian dành cho việc
   thông báo các khoản thu. Cuối buổi, phụ huynh được đề nghị ký vào danh sách dự họp, sau đó danh sách
   này được dùng như biên bản "thống nhất".

   Ba ngày sau buổi họp, nhóm Zalo của lớp liên tục có tin nhắn thống kê "đã nộp - chưa nộp". Một phụ
   huynh cho biết con chị về kể được cô "hỏi nhỏ khi nào mẹ đóng tiền máy lạnh".

   "Tôi chỉ mong con được đi học vui vẻ, không phải mang những chuyện tiền bạc vào lớp", chị nói. Nhiều
   phụ huynh đề nghị cơ quan chức năng công khai kết quả kiểm tra để mọi người cùng biết."""
   )

pl("a", "2025-09-11T21:05", "VnExpress", [8, 13], "neg", True,
   "Trường tiểu học ở Cần Thơ dừng thu tiền máy lạnh sau phản ánh",
   """Trường Tiểu học Vị Tân 3 đã dừng thu khoản lắp máy lạnh, mua tivi và tiền photo đề sau khi đoàn kiểm tra
   của ngành giáo dục TP Cần Thơ làm việc.""",
   """Tối 11/9, giáo viên chủ nhiệm các lớp gửi thông báo trong nhóm Zalo, đề nghị phụ huynh chưa nộp thì
   không nộp các khoản trên; phụ huynh đã nộp sẽ được thông báo phương án hoàn trả.
   Thông báo cũng nêu rõ khoản quỹ hội sẽ được bàn lại trong buổi họp ban đại diện sắp tới.

   Theo đại diện UBND phường Vị Tân, quá trình kiểm tra xác định nhiều khoản thu chưa đúng quy định về trình
   tự và nội dung. Kết luận chính thức sẽ được công bố trong ngày 12/9.

   Anh Lê Văn Tuấn, một trong những phụ huynh phản ánh sự việc đầu tiên, cho biết anh mừng vì sự việc được
   xử lý nhanh. "Chúng tôi không muốn làm khó nhà trường, chỉ mong mọi khoản thu minh bạch", anh nói."""
   )

pl("a", "2025-09-12T08:05", "Báo Hậu Giang", [8], "neg", True,
   "Trường Tiểu học Vị Tân 3 hoàn trả hơn 190 triệu đồng cho phụ huynh",
   """Sau khi đoàn kiểm tra kết luận có 4 khoản thu sai quy định, Trường Tiểu học Vị Tân 3 (phường Vị Tân)
   bắt đầu hoàn trả hơn 190 triệu đồng cho phụ huynh từ sáng 12/9.""",
   """Theo kết luận, các khoản thu lắp máy lạnh, mua tivi, photo đề kiểm tra và tiếng Anh tăng cường chưa
   được phê duyệt đều không đúng quy định. Tổng số tiền đã thu của các khoản này là hơn 190 triệu đồng,
   từ khoảng 350 phụ huynh.

   Sáng 12/9, nhiều phụ huynh đến trường nhận lại tiền, ký xác nhận. Một số người nhận tiền mặt, số khác
   được chuyển khoản lại. Bà Nguyễn Thị Thu Hằng, hiệu trưởng nhà trường, đã gửi lời xin lỗi phụ huynh
   về những thiếu sót trong công tác thu chi.

   Đoàn kiểm tra yêu cầu nhà trường tổ chức kiểm điểm trách nhiệm của hiệu trưởng, các giáo viên chủ nhiệm
   liên quan và báo cáo kết quả trước ngày 20/9.
   Hội đồng kỷ luật sẽ được thành lập theo quy định nếu kết quả kiểm điểm xác định có vi phạm."""
   )

pl("a", "2025-09-12T09:25", "Tuổi Trẻ", [8], "neg", True,
   "Trường tiểu học bị phản ánh lạm thu đã trả lại tiền cho phụ huynh",
   """Trường Tiểu học Vị Tân 3 ở TP Cần Thơ đang trả lại tiền cho phụ huynh sau khi cơ quan chức năng xác định
   bốn khoản thu đầu năm không đúng quy định.""",
   """Ghi nhận của Tuổi Trẻ sáng 12/9, tại phòng hội đồng nhà trường, kế toán và giáo viên lần lượt đối chiếu
   danh sách, trả tiền cho phụ huynh. Mỗi phụ huynh được nhận lại từ 700.000 đến hơn 1,5 triệu đồng tùy
   số khoản đã nộp.

   Chị Trần Thị Ngọc Hân, có hai con học tại trường, nhận lại hơn 2,8 triệu đồng. "Nhận tiền rồi mới thấy
   nhẹ lòng. Hy vọng năm sau trường bàn bạc với phụ huynh đàng hoàng hơn", chị nói.

   Theo kết luận kiểm tra, việc lắp máy lạnh có thể thực hiện nếu nhà trường lập kế hoạch vận động tài trợ
   đúng quy định, công khai và để phụ huynh tự nguyện đóng góp với mức tùy khả năng.
   Nhà trường cho biết sẽ xây dựng lại kế hoạch và tổ chức họp phụ huynh để bàn bạc công khai."""
   )

pl("a", "2025-09-12T11:10", "Giáo dục và Thời đại", [8, 13], "neg", True,
   "Kết luận kiểm tra: 4 khoản thu sai quy định tại Trường Tiểu học Vị Tân 3",
   """Đoàn kiểm tra liên ngành của Sở GD&ĐT TP Cần Thơ và UBND phường Vị Tân kết luận Trường Tiểu học Vị Tân 3
   đã thu 4 khoản không đúng quy định, yêu cầu hoàn trả toàn bộ cho phụ huynh.""",
   """Theo kết luận, nhà trường đã để ban đại diện cha mẹ học sinh các lớp thu tiền lắp máy lạnh, mua tivi
   với mức bình quân, khi chưa có kế hoạch vận động tài trợ được phê duyệt. Khoản photo đề kiểm tra là
   khoản không được phép thu; khoản tiếng Anh tăng cường chưa có văn bản chấp thuận.

   Ngoài ra, biên bản họp phụ huynh ở nhiều lớp không phản ánh đúng ý kiến của phụ huynh. Một phần tiền
   được chuyển vào tài khoản cá nhân, không qua tài khoản của nhà trường.

   Đoàn kiểm tra kiến nghị UBND phường Vị Tân xem xét trách nhiệm của hiệu trưởng; đồng thời đề nghị Sở
   GD&ĐT TP Cần Thơ chấn chỉnh công tác thu chi đầu năm trên toàn địa bàn.
   Kết quả xử lý sẽ được thông báo tới phụ huynh và cơ quan báo chí."""
   )

pl("a", "2025-09-12T15:30", "Thanh Niên", [8], "neg", True,
   "Thu sai hơn 190 triệu đồng, hiệu trưởng xin lỗi phụ huynh",
   """Hiệu trưởng Trường Tiểu học Vị Tân 3 (phường Vị Tân, TP Cần Thơ) đã xin lỗi phụ huynh sau khi cơ quan
   chức năng kết luận trường thu sai quy định hơn 190 triệu đồng.""",
   """Trong thư gửi phụ huynh chiều 12/9, bà Nguyễn Thị Thu Hằng cho biết nhà trường "chưa làm đúng quy trình,
   chưa lắng nghe đầy đủ ý kiến của phụ huynh" khi triển khai các khoản thu đầu năm. Bà cam kết hoàn trả
   đủ tiền trong ngày 13/9.

   Nhiều phụ huynh ghi nhận thái độ cầu thị của nhà trường nhưng vẫn mong cơ quan quản lý xử lý nghiêm để
   làm gương. "Năm nào cũng có chuyện này, không xử lý thì năm sau lại thôi", một phụ huynh nói.

   Vụ việc xảy ra đúng năm học đầu tiên trường thuộc quản lý của TP Cần Thơ sau khi tỉnh Hậu Giang hợp nhất.
   Trước đó, trường thuộc TP Vị Thanh."""
   )

pl("a", "2025-09-13T09:10", "Giáo dục và Thời đại", [8], "neg", True,
   "Lạm thu đầu năm: bài học từ Trường Tiểu học Vị Tân 3",
   """Vụ việc thu tiền máy lạnh, tivi ở một trường tiểu học tại phường Vị Tân cho thấy lạm thu vẫn có đất sống
   khi nhà trường "mượn tay" ban đại diện cha mẹ học sinh.""",
   """Điểm chung của nhiều vụ lạm thu là các khoản tiền được gắn mác "tự nguyện" nhưng lại có mức đóng, hạn
   nộp và danh sách theo dõi. Ở Trường Tiểu học Vị Tân 3, chỉ sau vài ngày, hơn 350 phụ huynh đã nộp tiền,
   phần lớn vì ngại.

   Các chuyên gia cho rằng trách nhiệm trước hết thuộc về hiệu trưởng, người phải phê duyệt và kiểm soát
   mọi khoản thu. Ban đại diện cha mẹ học sinh chỉ có vai trò phối hợp, không thể thay nhà trường huy
   động tài trợ.

   Năm học đầu tiên miễn học phí là dịp để các địa phương rà soát lại toàn bộ khoản thu trong trường. Sự
   minh bạch sẽ giúp giữ niềm tin của phụ huynh với nhà trường, điều quý hơn mọi chiếc máy lạnh."""
   )

pl("a", "2025-09-13T16:20", "Báo Cần Thơ", [8, 13], "neg", True,
   "Sau vụ Vị Tân 3, Cần Thơ chấn chỉnh thu chi đầu năm ở các trường",
   """Sở GD&ĐT TP Cần Thơ yêu cầu các trường rà soát, dừng ngay các khoản thu ngoài danh mục, sau vụ Trường
   Tiểu học Vị Tân 3 (phường Vị Tân) thu sai quy định hơn 190 triệu đồng.""",
   """Theo công văn của sở, hiệu trưởng các trường phải tự kiểm tra các khoản thu đã triển khai, hoàn trả
   những khoản sai quy định trước ngày 30/9 và báo cáo kết quả. Sở sẽ kiểm tra đột xuất tại các trường
   có phản ánh, nhất là các trường ở khu vực Vị Thanh, Ngã Bảy, Long Mỹ.

   Sở cũng lập đường dây nóng tiếp nhận phản ánh của phụ huynh về thu chi, dạy thêm và các vấn đề phát
   sinh đầu năm học. Danh tính người phản ánh được giữ bí mật.

   Lãnh đạo sở nhấn mạnh: năm học 2025-2026 học sinh được miễn học phí, các trường tuyệt đối không để
   tình trạng tăng các khoản thu khác làm mất ý nghĩa của chính sách.
   Sở cũng đề nghị UBND các phường, xã tăng cường giám sát thu chi tại các trường thuộc quyền quản lý."""
   )

pl("a", "2025-09-15T10:05", "Người Lao Động", [8, 13], "neg", True,
   "Kiểm điểm hiệu trưởng trường tiểu học thu sai quy định ở Cần Thơ",
   """UBND phường Vị Tân, TP Cần Thơ đã tổ chức kiểm điểm trách nhiệm của hiệu trưởng Trường Tiểu học Vị Tân 3,
   nơi để xảy ra 4 khoản thu sai quy định đầu năm học.""",
   """Tại buổi kiểm điểm sáng 15/9, hiệu trưởng nhà trường nhận trách nhiệm về việc không kiểm soát các khoản
   thu, để ban đại diện cha mẹ học sinh thu tiền qua tài khoản cá nhân. Phường dự kiến đề xuất hình thức
   kỷ luật khiển trách.

   Theo báo cáo của nhà trường, đến ngày 13/9, toàn bộ hơn 190 triệu đồng thu sai đã được hoàn trả cho phụ
   huynh. Việc lắp máy lạnh tạm dừng, nhà trường sẽ xây dựng lại kế hoạch và xin ý kiến phụ huynh.

   Trước đó, vụ việc được phụ huynh phản ánh từ ngày 9/9 và nhận được sự quan tâm của dư luận, khi xảy ra
   ngay trong năm học đầu tiên học sinh công lập được miễn học phí.
   Phụ huynh nhà trường cho biết không khí học tập đã trở lại bình thường sau khi sự việc được xử lý."""
   )


# =====================================================================================
# PLANTED (b) — Chuỗi vụ đuối nước học sinh dịp hè ở nhiều tỉnh, 6-16/7/2025 (topic 10 surge)
# =====================================================================================

pl("b", "2025-07-06T19:40", "VnExpress", [10], "neg", False,
   "Ba học sinh tử vong khi tắm suối ở Nghệ An",
   """Rủ nhau đi tắm suối gần bản vào chiều chủ nhật, ba học sinh THCS ở một xã miền núi tỉnh Nghệ An bị nước
   cuốn, tử vong.""",
   """Khoảng 15h ngày 6/7, nhóm 5 học sinh từ 12 đến 14 tuổi đi chăn bò rồi rủ nhau xuống tắm ở một vực nước
   sâu trên con suối cách bản khoảng 2 km. Do mưa từ đêm trước, nước suối dâng cao, chảy xiết.

   Ba em L.V.H. (14 tuổi), L.T.N. (13 tuổi) và V.V.P. (12 tuổi) bị dòng nước cuốn xuống vực. Hai em còn lại
   chạy về bản báo người lớn. Người dân và lực lượng chức năng tìm kiếm đến khoảng 18h thì vớt được thi
   thể cả ba em.

   Các em đều là học sinh trường phổ thông dân tộc bán trú THCS của xã, vừa kết thúc năm học. Chính quyền
   địa phương đã đến thăm hỏi, hỗ trợ gia đình các nạn nhân lo hậu sự."""
   )

pl("b", "2025-07-07T07:15", "Tuổi Trẻ", [10], "neg", False,
   "Bản làng ở Nghệ An chìm trong tang thương sau vụ ba học sinh đuối nước",
   """Sáng 7/7, không khí tang thương bao trùm bản nhỏ ở miền núi Nghệ An, nơi ba học sinh THCS tử vong khi tắm
   suối chiều hôm trước.""",
   """Trong căn nhà sàn của gia đình em L.V.H., người thân, hàng xóm và thầy cô giáo đến chia buồn. Mẹ em
   ngồi thẫn thờ bên di ảnh con, chỉ nói được mấy câu: "Sáng nó còn bảo chiều về sẽ giúp mẹ hái ngô".

   Thầy giáo chủ nhiệm của ba em cho biết trước khi nghỉ hè, nhà trường đã tổ chức tuyên truyền phòng
   chống đuối nước, dặn học sinh không tắm suối một mình. "Các em ngoan, học khá, không ai nghĩ lại xảy
   ra chuyện thương tâm như vậy", thầy nói.

   Theo chính quyền xã, con suối nơi xảy ra sự việc có nhiều vực sâu, đá trơn, mùa mưa nước lên rất
   nhanh. Xã đã cắm thêm biển cảnh báo và giao các bản cử người thường xuyên nhắc nhở trẻ em."""
   )

pl("b", "2025-07-08T14:35", "Dân trí", [10], "neg", False,
   "Hai anh em ruột đuối nước dưới ao gần nhà ở Đồng Tháp",
   """Hai anh em ruột 7 và 9 tuổi ở khu vực Tiền Giang cũ, nay thuộc tỉnh Đồng Tháp, tử vong dưới ao nước sau
   nhà trong lúc cha mẹ đi làm.""",
   """Trưa 8/7, bà nội đi tìm hai cháu về ăn cơm thì phát hiện dép của các em để bên bờ ao. Người dân xuống
   tìm kiếm và vớt được hai anh em, đưa đi cấp cứu nhưng các em đã tử vong.

   Theo người thân, cha mẹ các em làm công nhân ở khu công nghiệp, gửi con cho ông bà trông trong dịp hè.
   Ao nước sâu khoảng 2 m, bờ dốc, không có rào chắn.

   Hai em vừa học xong lớp 1 và lớp 3 tại trường tiểu học của xã, đều chưa biết bơi. Chính quyền địa
   phương đã thăm hỏi gia đình, đồng thời rà soát các ao, hố nước nguy hiểm gần khu dân cư."""
   )

pl("b", "2025-07-08T20:05", "Thanh Niên", [10], "neg", False,
   "Thương tâm: hai học sinh tiểu học đuối nước trong ngày nghỉ hè",
   """Thêm một vụ đuối nước thương tâm xảy ra ở vùng ĐBSCL khi hai anh em học sinh tiểu học ở tỉnh Đồng Tháp
   chết đuối dưới ao gần nhà.""",
   """Theo chính quyền xã, hai em thường chơi quanh vườn nhà trong lúc ông bà làm việc. Nhiều khả năng một em
   trượt chân xuống ao, em còn lại nhảy xuống cứu và cùng bị đuối nước.

   Thầy hiệu trưởng trường tiểu học nơi hai em theo học cho biết cả hai đều là học sinh chăm ngoan. Nhà
   trường đã tổ chức đến viếng, hỗ trợ gia đình.

   Vùng sông nước miền Tây có nhiều ao, mương, kênh rạch sát nhà dân; trong khi tỷ lệ trẻ em biết bơi
   còn thấp. Các địa phương được khuyến cáo tăng cường lớp dạy bơi dịp hè, rào chắn ao hồ gần khu dân
   cư."""
   )

pl("b", "2025-07-10T18:20", "VnExpress", [10], "neg", False,
   "Bốn học sinh bị sóng cuốn khi tắm biển ở Quảng Trị, hai em tử vong",
   """Nhóm học sinh THCS tắm biển ở khu vực Quảng Bình cũ, nay thuộc tỉnh Quảng Trị, bị sóng cuốn ra xa; hai em
   được cứu, hai em tử vong.""",
   """Khoảng 16h30 ngày 10/7, nhóm 6 học sinh lớp 8 rủ nhau đạp xe ra biển tắm tại một bãi ngang không có
   lực lượng cứu hộ. Khi đang đùa nghịch ở vùng nước sâu ngang ngực, bốn em bị dòng rút cuốn ra xa bờ.

   Một số ngư dân gần đó bơi thuyền thúng ra cứu được hai em. Hai em còn lại mất tích, đến tối lực lượng
   biên phòng tìm thấy thi thể một em; em còn lại đang được tiếp tục tìm kiếm.

   Chính quyền địa phương cho biết bãi biển nơi xảy ra sự việc đã có biển cảnh báo cấm tắm do thường xuất
   hiện dòng rút nguy hiểm.
   Tuy nhiên, vào dịp hè, nhiều nhóm học sinh vẫn tự ý xuống tắm ở khu vực này."""
   )

pl("b", "2025-07-10T21:40", "Người Lao Động", [10], "neg", False,
   "Tắm biển ở bãi ngang, hai học sinh lớp 8 tử vong",
   """Hai học sinh lớp 8 ở tỉnh Quảng Trị tử vong do đuối nước khi cùng nhóm bạn tắm biển tại bãi ngang không có
   cứu hộ chiều 10/7.""",
   """Theo người dân địa phương, vào mùa hè, nhiều nhóm học sinh thường rủ nhau ra bãi biển này tắm vì gần
   nhà, vắng người. Khu vực có nhiều hố sâu, dòng rút xuất hiện bất thường, từng xảy ra nhiều vụ đuối nước.

   Ông Hoàng Văn Long, một ngư dân tham gia cứu hộ, kể khi ông chèo thuyền thúng ra thì chỉ kịp kéo hai em
   đang bám vào nhau. "Sóng lớn, tôi không thấy hai đứa kia đâu nữa", ông nói.

   Đây là vụ đuối nước thứ ba liên quan đến học sinh được ghi nhận trong vòng 5 ngày ở các địa phương,
   khiến dư luận lo lắng về an toàn của trẻ em dịp hè.
   Chính quyền địa phương đã tăng cường tuần tra, nhắc nhở người dân không tắm biển ở bãi ngang."""
   )

pl("b", "2025-07-11T07:35", "Tiền Phong", [10], "neg", False,
   "Tìm thấy thi thể học sinh mất tích khi tắm biển ở Quảng Trị",
   """Sáng 11/7, lực lượng tìm kiếm đã tìm thấy thi thể học sinh lớp 8 mất tích khi tắm biển chiều hôm trước,
   nâng số nạn nhân trong vụ đuối nước lên hai người.""",
   """Thi thể em học sinh được phát hiện cách vị trí gặp nạn khoảng 1 km về phía nam. Lực lượng biên phòng,
   công an và người dân đã tìm kiếm xuyên đêm bằng thuyền và đèn pha.

   Trường THCS nơi các em theo học đã tổ chức đoàn đến viếng, hỗ trợ hai gia đình. Hai em được cứu sống
   sức khỏe đã ổn định nhưng còn hoảng loạn.

   Ngành giáo dục tỉnh Quảng Trị yêu cầu các trường liên lạc với phụ huynh, nhắc nhở học sinh không tắm
   biển ở khu vực không có cứu hộ, không tự ý đi tắm sông, hồ khi không có người lớn đi cùng.
   Các trường cũng được yêu cầu báo cáo nhanh các trường hợp học sinh gặp nạn trong dịp hè."""
   )

pl("b", "2025-07-11T09:05", "Tuổi Trẻ", [10], "neg", False,
   "Chưa đầy một tuần, nhiều học sinh tử vong vì đuối nước",
   """Sau các vụ đuối nước ở Nghệ An, Đồng Tháp và Quảng Trị, đã có ít nhất 7 học sinh tử vong trong chưa đầy một
   tuần, phần lớn xảy ra ở sông suối, bãi biển không có cứu hộ.""",
   """Điểm chung của các vụ việc là trẻ đi tắm không có người lớn giám sát, ở những khu vực nguy hiểm và phần
   lớn chưa biết bơi hoặc bơi yếu. Thời điểm xảy ra thường vào buổi chiều, khi cha mẹ còn đi làm.

   Theo thống kê của các cơ quan chức năng, đuối nước là một trong những nguyên nhân gây tử vong hàng đầu ở
   trẻ em Việt Nam, đặc biệt trong dịp hè. Tỷ lệ trẻ biết bơi an toàn ở nông thôn, miền núi còn thấp.

   Chuyên gia khuyến cáo phụ huynh không để trẻ tự đi tắm, dạy trẻ nhận biết khu vực nguy hiểm và cách
   cứu bạn an toàn bằng cách gọi người lớn, ném phao, không nhảy xuống nước.
   Họ cũng đề nghị các địa phương tổ chức lớp dạy bơi miễn phí, ưu tiên trẻ em vùng sông nước, ven biển."""
   )

pl("b", "2025-07-11T17:10", "Lao Động", [10], "neg", False,
   "Hai nữ sinh đuối nước ở hố công trình tại Bắc Ninh",
   """Hai nữ sinh lớp 8 ở khu vực Bắc Giang cũ, nay thuộc tỉnh Bắc Ninh, tử vong khi xuống tắm tại một hố nước do
   công trình lấy đất để lại.""",
   """Chiều 11/7, hai em cùng một bạn nữ khác đi chơi gần khu vực dự án đang thi công cách nhà khoảng 1 km. Thấy
   hố nước trong, hai em xuống tắm thì trượt chân xuống chỗ sâu. Bạn còn lại hô hoán nhưng khi người dân
   đến, cả hai đã chìm.

   Người dân cho biết hố sâu hơn 4 m, không có rào chắn hay biển cảnh báo. Họ đã nhiều lần đề nghị chủ đầu
   tư lấp hố hoặc rào lại nhưng chưa được thực hiện.

   Công an địa phương đang làm rõ trách nhiệm của đơn vị thi công. Chính quyền xã yêu cầu các dự án trên
   địa bàn rà soát, rào chắn tất cả các hố nước nguy hiểm."""
   )

pl("b", "2025-07-12T08:15", "VietNamNet", [10], "neg", False,
   "Hố công trình không rào chắn, “bẫy tử thần” với trẻ em dịp hè",
   """Vụ hai nữ sinh đuối nước ở hố công trình tại Bắc Ninh một lần nữa cho thấy nguy hiểm từ những hố nước bị bỏ
   mặc quanh khu dân cư.""",
   """Những hố lấy đất, hố móng công trình sau mưa tích nước, nhìn bề mặt phẳng lặng nhưng đáy dốc, bùn lầy,
   rất dễ khiến trẻ trượt chân. Nhiều hố nằm ngay cạnh đường đi, gần trường học.

   Gia đình hai nữ sinh cho biết các em đều học khá, ngoan, thường giúp bố mẹ việc nhà. Cả hai đã đăng ký
   học bơi hè nhưng lớp chưa khai giảng.

   Các chuyên gia an toàn đề nghị xử lý nghiêm chủ đầu tư để hố nước nguy hiểm không rào chắn, đồng thời
   các địa phương cần tổng rà soát, cảnh báo ngay trong mùa hè.
   Chính quyền địa phương cho biết sẽ kiểm tra toàn bộ các dự án đang thi công trên địa bàn."""
   )

pl("b", "2025-07-13T18:30", "Báo Cần Thơ", [10], "neg", False,
   "Nam sinh lớp 9 đuối nước khi tắm sông ở An Giang",
   """Một nam sinh vừa học xong lớp 9 ở tỉnh An Giang tử vong do đuối nước khi tắm sông cùng bạn vào chiều chủ
   nhật 13/7.""",
   """Theo người dân, khoảng 15h, em N.T.K. (15 tuổi) cùng ba bạn xuống tắm ở đoạn sông gần bến đò. Khi bơi ra
   giữa dòng, K. bị đuối sức, chìm xuống. Các bạn cố gắng bơi lại cứu nhưng không được.

   Lực lượng cứu hộ và người dân tìm kiếm gần ba giờ mới vớt được thi thể em. K. vừa thi đỗ vào lớp 10
   một trường THPT trong tỉnh.

   Thời điểm này nước trên các sông ở ĐBSCL bắt đầu lên, dòng chảy mạnh. Ngành chức năng khuyến cáo
   người dân, nhất là trẻ em, không tắm sông ở khu vực bến đò, cửa sông, nơi có dòng xoáy."""
   )

pl("b", "2025-07-14T08:05", "Báo Tin tức", [10], "neg", False,
   "Liên tiếp các vụ đuối nước ở học sinh: cảnh báo mùa hè nguy hiểm",
   """Chỉ trong hơn một tuần đầu tháng 7, nhiều vụ đuối nước thương tâm liên quan đến học sinh đã xảy ra ở các tỉnh
   từ Bắc vào Nam, khiến ít nhất 10 em tử vong.""",
   """Các vụ việc xảy ra ở Nghệ An, Đồng Tháp, Quảng Trị, Bắc Ninh và An Giang, đều trong thời gian học sinh
   nghỉ hè. Nạn nhân chủ yếu ở độ tuổi tiểu học và THCS.

   Theo đại diện cơ quan bảo vệ trẻ em, trẻ dịp hè có nhiều thời gian rảnh, thường rủ nhau đi tắm sông, hồ,
   biển mà không có người lớn đi cùng. Nhiều em biết bơi ở bể nhưng không đủ kỹ năng ở môi trường tự nhiên.

   Các địa phương đã được đề nghị tổ chức lớp dạy bơi, phổ cập kỹ năng an toàn trong môi trường nước và
   cắm biển cảnh báo ở các điểm nguy hiểm.
   Phụ huynh được khuyến cáo quản lý chặt chẽ con em, không để trẻ đi tắm ở ao, hồ, sông, suối mà không có người lớn đi cùng."""
   )

pl("b", "2025-07-14T10:30", "Giáo dục và Thời đại", [10], "neg", False,
   "Bộ GD&ĐT yêu cầu tăng cường phòng, chống đuối nước cho học sinh dịp hè",
   """Trước tình trạng đuối nước ở học sinh liên tiếp xảy ra, Bộ GD&ĐT có công văn gửi các sở GD&ĐT yêu cầu tăng
   cường các biện pháp phòng, chống đuối nước cho học sinh trong dịp hè.""",
   """Theo công văn, các sở chỉ đạo nhà trường phối hợp với gia đình và chính quyền địa phương quản lý học sinh
   dịp hè; tổ chức dạy bơi, kỹ năng an toàn trong môi trường nước ở những nơi có điều kiện.
   Nhà trường có thể mở cửa sân chơi, thư viện trong dịp hè để học sinh có nơi sinh hoạt an toàn.

   Bộ đề nghị giáo viên chủ nhiệm thường xuyên liên lạc với phụ huynh qua nhóm lớp, nhắc nhở về nguy cơ
   đuối nước, đặc biệt với học sinh ở vùng sông nước, ven biển, miền núi.
   Giáo viên cũng cần nắm được hoàn cảnh những học sinh có cha mẹ đi làm xa, ở với ông bà.

   Các địa phương cần rà soát ao, hồ, hố công trình, bến sông nguy hiểm; bố trí biển báo, rào chắn và
   phân công người trông coi ở những điểm trẻ em thường tụ tập tắm.
   Các sở GD&ĐT phải báo cáo kết quả triển khai về Bộ trước ngày 31/7."""
   )

pl("b", "2025-07-14T15:05", "Thanh Niên", [10], "neg", False,
   "Đuối nước học sinh tăng đột biến, Bộ GD&ĐT ra công văn khẩn",
   """Sau hàng loạt vụ học sinh tử vong vì đuối nước trong tháng 7, Bộ GD&ĐT đề nghị các địa phương vào cuộc quyết
   liệt, không để các vụ việc thương tâm tiếp diễn.""",
   """Đại diện Bộ GD&ĐT cho biết mỗi năm có hàng nghìn trẻ em tử vong do đuối nước, trong đó số vụ tăng cao vào
   tháng 6, 7, 8. Nhiều vụ có nhiều em cùng tử vong, để lại nỗi đau lớn cho gia đình và cộng đồng.

   Theo Bộ, chương trình giáo dục thể chất đã có nội dung dạy bơi nhưng nhiều trường thiếu bể bơi và giáo
   viên. Bộ khuyến khích các địa phương xã hội hóa bể bơi di động, tận dụng ao hồ an toàn để dạy bơi.

   Bộ cũng yêu cầu báo cáo nhanh các vụ đuối nước liên quan đến học sinh để tổng hợp, có giải pháp phù hợp
   cho từng vùng.
   Theo đại diện Bộ, phòng chống đuối nước cần sự vào cuộc của cả gia đình, nhà trường và cộng đồng."""
   )

pl("b", "2025-07-15T09:00", "Dân trí", [10], "neg", False,
   "10 học sinh tử vong vì đuối nước trong 10 ngày: vì sao?",
   """Chuỗi vụ đuối nước từ ngày 6/7 đến nay đã cướp đi sinh mạng của ít nhất 10 học sinh; các chuyên gia chỉ ra nhiều
   khoảng trống trong giám sát trẻ dịp hè.""",
   """Theo tổng hợp của phóng viên, các vụ việc xảy ra ở 5 tỉnh, trong đó có những vụ nhiều em cùng tử
   vong. Phần lớn trẻ ở nông thôn, cha mẹ đi làm xa, ở nhà với ông bà.

   Thạc sĩ Lê Thị Thu Hà, chuyên gia về phòng chống thương tích trẻ em, cho rằng dạy bơi mới chỉ là một phần.
   "Trẻ cần được dạy nhận biết nguy hiểm, biết tự cứu và cứu bạn đúng cách; người lớn phải giám sát chứ
   không thể giao hết cho các con", bà nói.

   Nhiều phụ huynh cũng đề nghị nhà trường, địa phương mở các sân chơi, lớp năng khiếu miễn phí dịp hè để
   trẻ có nơi vui chơi an toàn.
   Các chuyên gia cũng kêu gọi mỗi gia đình dạy con những quy tắc an toàn cơ bản khi ở gần nước."""
   )

pl("b", "2025-07-15T16:10", "Giáo dục và Thời đại", [10], "neg", False,
   "Dạy bơi trong trường học: vì sao vẫn khó?",
   """Sau những vụ đuối nước thương tâm, câu chuyện dạy bơi trong trường học lại được đặt ra; nhưng thiếu bể bơi,
   thiếu giáo viên vẫn là rào cản lớn.""",
   """Tại nhiều tỉnh miền núi và ĐBSCL, tỷ lệ trường có bể bơi rất thấp. Một số địa phương đã thí điểm bể bơi
   di động, nhưng chi phí vận hành, bảo đảm vệ sinh nước và an toàn khiến việc duy trì gặp khó.

   Thầy Trần Văn Hiệp, giáo viên thể dục ở tỉnh Hà Tĩnh, cho biết mỗi khóa bơi 10 buổi chỉ nhận được 30 em
   vì thiếu người hướng dẫn. "Nhu cầu rất lớn, phụ huynh đăng ký kín, nhưng chúng tôi không đủ sức",
   thầy nói.

   Các chuyên gia đề nghị đưa dạy bơi thành nội dung bắt buộc có điều kiện bảo đảm, huy động lực lượng
   đoàn thanh niên, câu lạc bộ thể thao tham gia, tận dụng ao hồ tự nhiên được cải tạo an toàn.
   Một số địa phương đã đưa tỷ lệ học sinh biết bơi vào chỉ tiêu đánh giá công tác giáo dục thể chất."""
   )

pl("b", "2025-07-15T20:30", "Tuổi Trẻ", [10], "neg", False,
   "Mùa hè đau lòng: cha mẹ cần làm gì để con tránh đuối nước?",
   """Sau chuỗi vụ đuối nước ở học sinh trong tháng 7, bác sĩ và chuyên gia an toàn hướng dẫn phụ huynh những việc
   cần làm để bảo vệ con.""",
   """Theo bác sĩ Phạm Minh Đức, khoa cấp cứu một bệnh viện nhi, trẻ có thể chìm chỉ trong vài chục giây và gần
   như không kêu cứu được. Vì vậy, người lớn phải luôn ở trong tầm với khi trẻ ở gần nước.

   Phụ huynh cần cho trẻ học bơi ở cơ sở có người hướng dẫn, dạy trẻ quy tắc không tự đi tắm, không bơi ở
   nơi có biển cấm. Khi thấy bạn đuối nước, trẻ nên gọi người lớn, ném vật nổi, không nhảy xuống cứu.

   Bác sĩ cũng lưu ý cách sơ cứu đúng: đưa nạn nhân lên bờ, kiểm tra nhịp thở, ép tim thổi ngạt ngay, không
   dốc ngược trẻ để "xốc nước" vì làm mất thời gian vàng cấp cứu.
   Phụ huynh nên học các kỹ năng sơ cứu cơ bản để có thể xử lý khi gặp tình huống khẩn cấp."""
   )

pl("b", "2025-07-16T07:20", "VietNamNet", [10], "neg", False,
   "Sau chuỗi vụ đuối nước, nhiều địa phương mở lớp dạy bơi miễn phí",
   """Sau hàng loạt vụ đuối nước khiến nhiều học sinh tử vong, một số địa phương đã khẩn trương mở lớp dạy bơi miễn
   phí, cắm biển cảnh báo ở những điểm nguy hiểm.""",
   """Tại Nghệ An, đoàn thanh niên các xã miền núi phối hợp với trường học mở lớp bơi ở những đoạn suối được
   rào chắn, có người giám sát. Tại Quảng Trị, lực lượng biên phòng tăng cường tuần tra, nhắc nhở ở các bãi
   ngang.

   Nhiều trường học cũng mở cửa sân trường, thư viện vào buổi chiều để học sinh có chỗ vui chơi, đọc sách
   trong dịp hè thay vì rủ nhau ra sông, hồ.
   Các đoàn thanh niên cũng tổ chức sinh hoạt hè, trò chơi dân gian cho thiếu nhi tại nhà văn hóa thôn, ấp.

   Tuy nhiên, các địa phương thừa nhận những biện pháp này mới là tình thế; để giảm đuối nước bền vững cần
   đầu tư bể bơi, đưa dạy bơi vào trường học một cách thường xuyên.
   Ngành giáo dục các địa phương cho biết sẽ lồng ghép kỹ năng an toàn trong môi trường nước vào các hoạt động đầu năm học."""
   )


# =====================================================================================
# PLANTED (c) — Sai sót trong sách Lịch sử và Địa lí 6 (bộ sách “Ánh Dương”, invented),
#              18-22/8/2025. Publisher and series are fictional.
# =====================================================================================

pl("c", "2025-08-18T19:45", "VietNamNet", [15], "neg", False,
   "Giáo viên phát hiện sai sót nghiêm trọng trong sách Lịch sử và Địa lí 6",
   """Một giáo viên Lịch sử ở Thanh Hóa phát hiện sách giáo khoa Lịch sử và Địa lí 6 thuộc bộ sách "Ánh Dương",
   bản tái bản năm 2025, ghi sai nhân vật và năm diễn ra trận Bạch Đằng lịch sử.""",
   """Trong bài đăng trên trang cá nhân tối 17/8, thầy Đỗ Minh Khoa, giáo viên một trường THCS ở Thanh Hóa, chụp
   lại trang sách có hình minh họa chú thích "Trần Hưng Đạo chỉ huy quân dân ta đánh tan quân Nam Hán trên
   sông Bạch Đằng năm 938". Theo thầy Khoa, trận Bạch Đằng năm 938 do Ngô Quyền lãnh đạo.

   Cũng trong bài học này, trục thời gian ở cuối trang ghi sự kiện Ngô Quyền xưng vương là "năm 983" thay
   vì năm 939. "Tôi đọc lại mấy lần vì không tin sách giáo khoa lại có lỗi như vậy", thầy Khoa viết.

   Bài đăng nhanh chóng nhận hàng nghìn lượt chia sẻ. Nhiều giáo viên ở các tỉnh khác cho biết cuốn sách họ
   vừa nhận cho năm học mới cũng có cùng lỗi.

   Bộ sách "Ánh Dương" do Nhà xuất bản Tri thức Học đường phát hành, được một số địa phương lựa chọn cho
   lớp 6. Phóng viên đang liên hệ đơn vị xuất bản để làm rõ."""
   )

pl("c", "2025-08-18T21:30", "Dân trí", [15], "neg", False,
   "Sách giáo khoa lớp 6 “nhầm” Ngô Quyền thành Trần Hưng Đạo",
   """Hình ảnh trang sách Lịch sử và Địa lí 6 chú thích Trần Hưng Đạo chỉ huy trận Bạch Đằng năm 938 đang gây xôn
   xao cộng đồng giáo viên và phụ huynh.""",
   """Theo hình ảnh được chia sẻ, lỗi nằm ở bài học về Ngô Quyền và chiến thắng Bạch Đằng năm 938, trong cuốn
   sách tái bản năm 2025 của bộ sách "Ánh Dương". Đây là nội dung kiến thức cơ bản, học sinh nào cũng
   được học từ tiểu học.

   Cô Vũ Thị Thanh Hương, giáo viên Lịch sử ở Hà Nội, cho rằng lỗi nhầm lẫn giữa hai chiến thắng Bạch Đằng
   năm 938 và năm 1288 là không thể chấp nhận trong sách giáo khoa. "Học sinh lớp 6 rất dễ nhớ sai nếu
   đọc chú thích này", cô nói.

   Nhiều phụ huynh bày tỏ lo lắng vì đã mua sách cho con. Một số người đặt câu hỏi về khâu biên tập, kiểm
   tra trước khi tái bản."""
   )

pl("c", "2025-08-19T06:35", "Giáo dục và Thời đại", [15], "neg", False,
   "Phát hiện lỗi trong sách Lịch sử và Địa lí 6 bản tái bản 2025",
   """Sách Lịch sử và Địa lí 6, bộ "Ánh Dương", bản tái bản năm 2025 bị phát hiện có lỗi về nhân vật và mốc thời
   gian ở bài học về chiến thắng Bạch Đằng năm 938.""",
   """Cụ thể, chú thích hình minh họa ghi Trần Hưng Đạo là người chỉ huy trận Bạch Đằng năm 938, trong khi người
   lãnh đạo trận đánh là Ngô Quyền. Trên trục thời gian, năm Ngô Quyền xưng vương bị in thành năm 983.

   Theo các giáo viên, ở bản in những năm trước, nội dung này được trình bày chính xác. Lỗi nhiều khả năng phát
   sinh trong quá trình chỉnh sửa hình ảnh, dàn trang khi tái bản.

   Năm học 2025-2026 sắp bắt đầu, sách đã được phát hành đến nhiều nhà sách và trường học. Giáo viên đề
   nghị đơn vị xuất bản sớm có đính chính để thống nhất nội dung giảng dạy."""
   )

pl("c", "2025-08-19T07:50", "VnExpress", [15], "neg", False,
   "Sách giáo khoa ghi Trần Hưng Đạo chỉ huy trận Bạch Đằng năm 938",
   """Cuốn Lịch sử và Địa lí 6 tái bản năm nay thuộc bộ sách "Ánh Dương" có chú thích nhầm người chỉ huy trận Bạch
   Đằng năm 938 và in sai năm Ngô Quyền xưng vương.""",
   """Lỗi được một giáo viên ở Thanh Hóa phát hiện khi soạn bài cho năm học mới. Chỉ sau một đêm, hình ảnh trang
   sách được chia sẻ rộng rãi trên các diễn đàn giáo viên, nhóm phụ huynh.

   Theo chương trình, học sinh lớp 6 học về thời kỳ Bắc thuộc và cuộc đấu tranh giành độc lập, kết thúc bằng
   chiến thắng Bạch Đằng năm 938 của Ngô Quyền. Còn chiến thắng Bạch Đằng năm 1288 gắn với Trần Hưng Đạo,
   được học ở lớp 7.

   Bộ sách "Ánh Dương" là một trong các bộ sách giáo khoa được Bộ GD&ĐT phê duyệt. Sách lớp 6 được sử dụng ở
   nhiều trường THCS thuộc khoảng 20 tỉnh, thành."""
   )

pl("c", "2025-08-19T08:35", "Tuổi Trẻ", [15], "neg", False,
   "Lỗi “khó tin” trong sách giáo khoa Lịch sử lớp 6",
   """Nhầm Ngô Quyền với Trần Hưng Đạo, in năm 939 thành 983: những lỗi trong sách Lịch sử và Địa lí 6 bản tái bản
   khiến giáo viên, phụ huynh bức xúc.""",
   """Nhiều giáo viên cho rằng đây là kiến thức "ai cũng biết" nên lỗi càng khó chấp nhận. "Sách giáo khoa là
   chuẩn mực để học sinh học, giáo viên dạy. Một lỗi như vậy làm giảm niềm tin của xã hội", thầy Nguyễn Văn
   Hùng, giáo viên ở TP.HCM, nói.

   Phụ huynh Lê Thị Ngọc Trinh cho biết chị vừa mua đủ bộ sách cho con vào lớp 6. "Giờ tôi không biết có nên
   mua lại sách hay chờ sửa", chị nói.

   Một số giáo viên đã in tờ ghi chú, hướng dẫn học sinh sửa trực tiếp vào sách. Họ mong đơn vị xuất bản sớm
   có thông báo chính thức."""
   )

pl("c", "2025-08-19T09:15", "Thanh Niên", [15], "neg", False,
   "Sách Lịch sử và Địa lí 6 in sai kiến thức cơ bản, dư luận bức xúc",
   """Sai sót về chiến thắng Bạch Đằng năm 938 trong sách Lịch sử và Địa lí 6 bộ "Ánh Dương" khiến nhiều người đặt
   câu hỏi về quy trình kiểm soát chất lượng sách giáo khoa khi tái bản.""",
   """Theo quy định, sách giáo khoa đã được phê duyệt khi tái bản nếu có chỉnh sửa phải báo cáo và được chấp
   thuận. Tuy nhiên, các lỗi biên tập, dàn trang trong quá trình in ấn thuộc trách nhiệm của đơn vị xuất
   bản.

   PGS.TS Đinh Văn Quang, nhà nghiên cứu lịch sử, cho rằng các lỗi dù do kỹ thuật vẫn là lỗi nghiêm trọng
   vì liên quan đến nhân vật lịch sử tiêu biểu của dân tộc. "Cần rà soát toàn bộ cuốn sách, không chỉ sửa
   một trang", ông nói.

   Nhiều giáo viên cho biết đã phát hiện thêm một số điểm chưa chính xác ở phần Địa lí của cùng cuốn sách
   và đang tổng hợp để gửi đơn vị xuất bản.
   Các nội dung này đang được kiểm chứng trước khi gửi đi."""
   )

pl("c", "2025-08-19T10:25", "Người Lao Động", [15], "neg", False,
   "Sách giáo khoa lớp 6 sai về trận Bạch Đằng: phụ huynh lo con học sai",
   """Phụ huynh học sinh lớp 6 ở nhiều địa phương lo lắng sau khi sách Lịch sử và Địa lí 6 bộ "Ánh Dương" bị phát
   hiện chú thích sai người chỉ huy trận Bạch Đằng năm 938.""",
   """Anh Phạm Quốc Việt ở Hà Nội cho biết con anh đọc trước sách trong dịp hè và đã nhớ chú thích sai. "Cháu
   hỏi tôi sao trong sách là Trần Hưng Đạo mà bố lại bảo Ngô Quyền", anh kể.

   Nhiều phụ huynh đề nghị nhà xuất bản đổi sách miễn phí hoặc phát tờ đính chính đến từng học sinh, thay vì
   chỉ thông báo trên trang thông tin điện tử.
   Một số người cho rằng tờ đính chính dễ thất lạc, không hiệu quả bằng sách mới.

   Theo các giáo viên, trong tuần đầu năm học, họ sẽ dành thời gian hướng dẫn học sinh sửa lỗi, đồng thời
   nhắc học sinh luôn đối chiếu kiến thức khi đọc tài liệu.
   Nhiều trường cũng tạm dừng phát sách từ tủ sách dùng chung để chờ hướng dẫn."""
   )

pl("c", "2025-08-19T11:40", "Tiền Phong", [15], "neg", False,
   "Lỗi sách giáo khoa Lịch sử 6: ai chịu trách nhiệm?",
   """Sau khi lỗi về trận Bạch Đằng năm 938 trong sách Lịch sử và Địa lí 6 được phát hiện, dư luận đặt câu hỏi về
   trách nhiệm của đơn vị xuất bản, tác giả và khâu thẩm định.""",
   """Theo quy trình, sách giáo khoa được hội đồng quốc gia thẩm định trước khi Bộ GD&ĐT phê duyệt. Khi tái bản,
   đơn vị xuất bản chịu trách nhiệm bảo đảm nội dung đúng với bản mẫu đã được phê duyệt.

   Một thành viên từng tham gia hội đồng thẩm định sách giáo khoa cho biết bản thẩm định ban đầu không có lỗi
   này. "Nếu lỗi phát sinh khi tái bản thì trách nhiệm thuộc khâu biên tập, đọc duyệt của nhà xuất bản",
   người này nói.

   Luật sư Trần Đình Nam cho rằng phụ huynh có quyền yêu cầu đổi sản phẩm lỗi. Đơn vị xuất bản cần công khai
   phương án khắc phục, bảo đảm quyền lợi người mua."""
   )

pl("c", "2025-08-19T14:05", "Lao Động", [15], "neg", False,
   "Sách giáo khoa lại có lỗi, giáo viên mệt mỏi vì phải “sửa sách”",
   """Mỗi khi sách giáo khoa có lỗi, giáo viên là người trực tiếp phải xử lý trên lớp. Lỗi trong sách Lịch sử và
   Địa lí 6 bộ "Ánh Dương" lần này cũng không ngoại lệ.""",
   """Cô Nguyễn Thị Thanh Mai, giáo viên một trường THCS ở Hải Phòng, cho biết trường cô có hơn 400 học sinh lớp 6
   dùng bộ sách này. Tổ chuyên môn đã họp khẩn để thống nhất cách hướng dẫn học sinh sửa lỗi.

   "Chúng tôi không chỉ sửa một chú thích mà còn phải giải thích vì sao sai, để các em không nhầm hai trận
   Bạch Đằng", cô nói.
   Theo cô, đây cũng là dịp nhắc học sinh về hai chiến thắng lớn trên sông Bạch Đằng trong lịch sử dân tộc.

   Giáo viên mong cơ quan quản lý có cơ chế tiếp nhận phản hồi lỗi sách nhanh hơn và công bố danh sách đính
   chính tập trung, thuận tiện tra cứu.
   Họ cũng đề nghị nhà xuất bản gửi đính chính trực tiếp về các trường, thay vì chỉ đăng tải trên mạng."""
   )

pl("c", "2025-08-19T15:35", "Báo Tin tức", [15], "neg", False,
   "Sai sót trong sách giáo khoa Lịch sử và Địa lí 6 gây xôn xao",
   """Thông tin sách Lịch sử và Địa lí 6 thuộc bộ sách "Ánh Dương" có sai sót về kiến thức lịch sử đang được dư luận
   đặc biệt quan tâm ngay trước thềm năm học mới.""",
   """Các lỗi được phát hiện gồm chú thích hình ảnh nhầm Trần Hưng Đạo với Ngô Quyền và mốc năm Ngô Quyền xưng
   vương bị in sai. Cả hai lỗi nằm trong cùng một bài học thuộc phần Lịch sử.

   Theo thông tin từ các địa phương, sách đã được phát hành rộng rãi từ đầu tháng 8. Nhiều trường đã nhận sách
   cho thư viện và tủ sách dùng chung.

   Các sở GD&ĐT đang chờ hướng dẫn của Bộ GD&ĐT và đơn vị xuất bản để chỉ đạo các trường thống nhất nội dung
   giảng dạy.
   Một số địa phương đã có văn bản tạm thời, đề nghị giáo viên dạy đúng theo nội dung chương trình."""
   )

pl("c", "2025-08-19T17:05", "Giáo dục và Thời đại", [15], "neg", False,
   "Nhà xuất bản xin lỗi, cam kết đính chính sách Lịch sử và Địa lí 6",
   """Nhà xuất bản Tri thức Học đường thừa nhận sai sót trong sách Lịch sử và Địa lí 6 bộ "Ánh Dương" bản tái bản
   2025, xin lỗi giáo viên, học sinh và phụ huynh.""",
   """Theo thông báo chiều 19/8, sai sót phát sinh trong quá trình thay thế hình minh họa và dàn trang lại khi tái
   bản, "do lỗi kỹ thuật và khâu đọc duyệt chưa chặt chẽ". Bản thảo đã được thẩm định và phê duyệt trước đây
   không có các lỗi này.

   Nhà xuất bản cho biết sẽ in tờ đính chính gửi đến tất cả các trường, nhà sách trước ngày 30/8. Phụ huynh có
   nhu cầu có thể đổi sách mới miễn phí tại các đại lý từ ngày 5/9.

   Đơn vị xuất bản cũng cho biết đã tạm dừng phát hành số sách còn trong kho, kiểm tra lại toàn bộ nội dung
   cuốn sách trước khi in bổ sung.
   Nhà xuất bản cũng mở đường dây nóng, hộp thư điện tử để tiếp nhận phản hồi của giáo viên và phụ huynh."""
   )

pl("c", "2025-08-19T20:35", "VnExpress", [15], "neg", False,
   "Nhà xuất bản nhận lỗi về sách Lịch sử lớp 6, cho đổi sách miễn phí",
   """Đơn vị phát hành bộ sách "Ánh Dương" cho biết sẽ đổi miễn phí sách Lịch sử và Địa lí 6 bị in sai, đồng thời
   gửi đính chính đến các trường trước năm học mới.""",
   """Theo đại diện nhà xuất bản, khoảng 180.000 cuốn sách bản tái bản năm 2025 đã được phát hành. Sách in bổ sung
   sẽ được sửa lỗi và có dấu hiệu nhận biết ở trang bản quyền.

   Đại diện nhà xuất bản cho biết đã xác định được trách nhiệm của biên tập viên và bộ phận chế bản, sẽ xử lý
   kỷ luật theo quy định. "Chúng tôi thành thật xin lỗi và sẽ rút kinh nghiệm sâu sắc", vị này nói.

   Trước đó, lỗi được một giáo viên ở Thanh Hóa phát hiện và chia sẻ trên mạng xã hội, thu hút sự quan tâm lớn
   của dư luận.
   Nhiều giáo viên ghi nhận sự cầu thị của nhà xuất bản nhưng đề nghị rà soát kỹ toàn bộ cuốn sách."""
   )

pl("c", "2025-08-20T07:30", "Thanh Niên", [15], "neg", False,
   "Bộ GD&ĐT yêu cầu rà soát toàn bộ sách giáo khoa tái bản năm 2025",
   """Sau sự việc sách Lịch sử và Địa lí 6 bộ "Ánh Dương" có sai sót, Bộ GD&ĐT yêu cầu các nhà xuất bản rà soát toàn
   bộ sách giáo khoa tái bản năm 2025, báo cáo trước ngày 30/8.""",
   """Theo văn bản của Bộ, các đơn vị xuất bản phải đối chiếu sách tái bản với bản mẫu đã được phê duyệt, kịp thời
   phát hiện, sửa chữa sai sót. Mọi chỉnh sửa nội dung phải được báo cáo và có ý kiến của Bộ.

   Bộ cũng yêu cầu Nhà xuất bản Tri thức Học đường báo cáo cụ thể nguyên nhân, trách nhiệm của tổ chức, cá
   nhân liên quan và phương án khắc phục, bảo đảm quyền lợi của học sinh.
   Kết quả xử lý phải được báo cáo Bộ GD&ĐT và công khai với xã hội.

   Các sở GD&ĐT được đề nghị hướng dẫn giáo viên dạy đúng nội dung chương trình, sử dụng tờ đính chính khi
   giảng dạy bài học có sai sót.
   Bộ cũng đề nghị giáo viên, phụ huynh tiếp tục phản hồi nếu phát hiện sai sót trong sách giáo khoa."""
   )

pl("c", "2025-08-20T09:05", "Giáo dục và Thời đại", [15], "neg", False,
   "Bộ GD&ĐT chỉ đạo xử lý sai sót trong sách Lịch sử và Địa lí 6",
   """Vụ Giáo dục Phổ thông (Bộ GD&ĐT) đã làm việc với đơn vị xuất bản bộ sách "Ánh Dương", yêu cầu khắc phục ngay
   sai sót trong sách Lịch sử và Địa lí 6 bản tái bản 2025.""",
   """Đại diện Vụ Giáo dục Phổ thông cho biết sai sót không nằm trong bản mẫu đã được hội đồng thẩm định và phê
   duyệt, mà phát sinh trong quá trình tái bản. Tuy nhiên, đây là sai sót nghiêm trọng, ảnh hưởng đến uy
   tín của sách giáo khoa.

   Bộ yêu cầu đơn vị xuất bản kiểm tra lại quy trình biên tập, in ấn; xử lý nghiêm trách nhiệm cá nhân và báo
   cáo kết quả. Tờ đính chính phải đến tay giáo viên, học sinh trước ngày khai giảng.

   Thời gian tới, Bộ sẽ tăng cường kiểm tra xác suất sách giáo khoa tái bản, yêu cầu các đơn vị xuất bản công
   khai kênh tiếp nhận phản hồi sai sót từ giáo viên và phụ huynh.
   Những đơn vị để xảy ra sai sót nghiêm trọng có thể bị xem xét trong việc cấp phép xuất bản các lần sau."""
   )

pl("c", "2025-08-20T11:20", "Tuổi Trẻ", [15], "neg", False,
   "Sách giáo khoa sai khi tái bản: lỗ hổng ở khâu nào?",
   """Sai sót trong sách Lịch sử và Địa lí 6 cho thấy bản thảo được thẩm định kỹ chưa đủ; khâu tái bản cũng cần
   được kiểm soát chặt chẽ không kém.""",
   """Theo một biên tập viên lâu năm trong lĩnh vực sách giáo dục, mỗi lần tái bản, sách thường được cập nhật
   hình ảnh, số liệu, sửa lỗi nhỏ. Nếu quy trình đọc duyệt bị rút ngắn để kịp mùa phát hành, nguy cơ phát
   sinh lỗi mới là có thật.

   TS Lương Thị Thu Trang, chuyên gia về chương trình, cho rằng cần có cơ chế kiểm tra độc lập sách tái bản,
   tương tự thẩm định, ít nhất với những trang có thay đổi.
   Theo bà, chi phí cho việc kiểm tra này không đáng kể so với hậu quả khi sách lỗi đến tay hàng trăm nghìn học sinh.

   Nhiều ý kiến cũng đề nghị công khai bản điện tử của sách giáo khoa để giáo viên, phụ huynh có thể phát hiện
   và phản hồi lỗi sớm, trước khi sách in hàng loạt.
   Một số chuyên gia cũng đề xuất lập kênh tiếp nhận ý kiến chung của Bộ để tổng hợp phản hồi về sách giáo khoa."""
   )

pl("c", "2025-08-20T16:00", "Dân trí", [15], "neg", False,
   "Giáo viên phát hiện thêm lỗi ở phần Địa lí sách Lịch sử và Địa lí 6",
   """Ngoài lỗi về trận Bạch Đằng, giáo viên tiếp tục phát hiện bảng số liệu nhiệt độ, lượng mưa ở phần Địa lí của
   sách Lịch sử và Địa lí 6 bộ "Ánh Dương" bị đảo cột.""",
   """Theo cô Trần Thị Minh Nguyệt, giáo viên Địa lí ở Huế, bảng số liệu khí hậu của một trạm quan trắc trong bài
   thời tiết và khí hậu có số liệu tháng 1 và tháng 7 bị hoán đổi, khiến kết luận "mùa hè nóng, mùa đông
   lạnh" trong bài trở nên mâu thuẫn.
   Cô đã kiểm tra lại với bản sách năm trước và thấy số liệu được trình bày đúng.

   "Học sinh làm bài tập vẽ biểu đồ theo bảng này sẽ ra kết quả sai", cô Nguyệt nói. Cô đã gửi phản hồi đến
   đơn vị xuất bản qua kênh tiếp nhận ý kiến.

   Đại diện nhà xuất bản cho biết đã ghi nhận và sẽ bổ sung vào tờ đính chính. Đơn vị đang rà soát lại toàn
   bộ cuốn sách với sự tham gia của các chuyên gia độc lập."""
   )

pl("c", "2025-08-21T08:05", "VietNamNet", [15], "neg", False,
   "Sách lỗi đã đến tay học sinh, phụ huynh có phải mua lại?",
   """Nhiều phụ huynh thắc mắc có cần mua lại sách Lịch sử và Địa lí 6 bộ "Ánh Dương" sau khi sách bị phát hiện sai
   sót. Đơn vị xuất bản khẳng định phụ huynh không phải trả thêm tiền.""",
   """Theo hướng dẫn, phụ huynh có thể giữ sách cũ và dùng tờ đính chính do nhà trường phát, hoặc mang sách đến
   các đại lý để đổi sách mới khi có hàng. Sách đổi không cần hóa đơn mua hàng.

   Với sách trong thư viện và tủ sách dùng chung, các trường sẽ được đổi trực tiếp qua công ty phát hành tại
   địa phương.
   Công ty phát hành cho biết sẽ ưu tiên đổi sách cho các trường vùng sâu trước ngày khai giảng.

   Một số phụ huynh cho rằng nên đổi sách thay vì dán đính chính, vì lỗi ở hình minh họa dễ gây ấn tượng sai
   cho học sinh. Nhà xuất bản cho biết sẽ ưu tiên in bổ sung để đáp ứng nhu cầu đổi sách."""
   )

pl("c", "2025-08-21T15:10", "Báo Cần Thơ", [15], "neg", False,
   "Trường học ở Ninh Kiều, Cái Răng hướng dẫn học sinh sửa lỗi sách Lịch sử 6",
   """Một số trường THCS ở phường Ninh Kiều, phường Cái Răng, TP Cần Thơ sử dụng bộ sách "Ánh Dương" đã chủ động
   hướng dẫn giáo viên, học sinh sửa lỗi trong sách Lịch sử và Địa lí 6.""",
   """Tại một trường THCS ở phường Ninh Kiều, tổ Lịch sử và Địa lí đã in tờ đính chính tạm thời, dán vào sách của
   thư viện. Giáo viên sẽ dành thời gian đầu tiết học để giải thích cho học sinh.

   Thầy Nguyễn Hoàng Duy, tổ trưởng chuyên môn, cho biết nhà trường có hơn 300 học sinh lớp 6 dùng bộ sách này.
   "Chúng tôi coi đây là cơ hội dạy học sinh tinh thần phản biện, biết kiểm chứng thông tin", thầy nói.

   Sở GD&ĐT TP Cần Thơ cho biết đang chờ tờ đính chính chính thức từ đơn vị xuất bản để gửi về các trường có sử
   dụng sách.
   Trong thời gian chờ, giáo viên được hướng dẫn dạy theo đúng nội dung chương trình và sách giáo viên."""
   )

pl("c", "2025-08-22T09:30", "Tiền Phong", [15], "neg", False,
   "Từ lỗi sách Lịch sử 6: đừng để niềm tin vào sách giáo khoa bị bào mòn",
   """Sai sót ở sách Lịch sử và Địa lí 6 dù đã được nhận lỗi và khắc phục, nhưng để lại câu hỏi lớn về trách nhiệm
   với những cuốn sách mà hàng triệu học sinh sử dụng mỗi năm.""",
   """Sách giáo khoa không phải một ấn phẩm thông thường. Mỗi trang sách định hình kiến thức nền tảng cho học
   sinh, nên một lỗi nhỏ cũng có thể gây hậu quả lớn, nhất là với các môn như Lịch sử.

   Việc nhà xuất bản nhanh chóng nhận lỗi, đổi sách miễn phí là cần thiết. Nhưng điều quan trọng hơn là quy
   trình để lỗi không lặp lại: đọc duyệt nhiều vòng, kiểm tra độc lập các trang có chỉnh sửa, công khai bản
   điện tử để xã hội cùng giám sát.

   Trong bối cảnh chuẩn bị triển khai bộ sách giáo khoa thống nhất toàn quốc, bài học từ vụ việc này càng cần
   được rút ra nghiêm túc.
   Chỉ khi đó, niềm tin của giáo viên, phụ huynh và học sinh vào sách giáo khoa mới được giữ vững."""
   )


# =====================================================================================
# PLANTED (d) — Thầy giáo tát học sinh trong lớp ôn tập hè, Trường THCS Hòa Mỹ B,
#              xã Phụng Hiệp (TP Cần Thơ; trước đây huyện Phụng Hiệp, tỉnh Hậu Giang). 23-25/7/2025.
# =====================================================================================

pl("d", "2025-07-23T16:05", "Báo Hậu Giang", [4, 10], "neg", True,
   "Xác minh clip thầy giáo tát học sinh trong lớp ôn tập hè ở xã Phụng Hiệp",
   """Chính quyền xã Phụng Hiệp, TP Cần Thơ (trước đây thuộc huyện Phụng Hiệp, tỉnh Hậu Giang) đang xác minh đoạn
   clip ghi lại cảnh một thầy giáo tát học sinh trong lớp ôn tập hè tại Trường THCS Hòa Mỹ B.""",
   """Đoạn clip dài khoảng 30 giây, được đăng lên mạng xã hội tối 22/7, ghi lại cảnh một nam giáo viên đứng trên
   bục giảng quát mắng, sau đó tát hai cái vào mặt một nam sinh và dùng thước gỗ đánh vào tay em. Cả lớp
   im lặng, một số học sinh cúi mặt.

   Theo thông tin ban đầu, sự việc xảy ra sáng 21/7 trong lớp ôn tập môn Toán dành cho học sinh chuẩn bị lên
   lớp 8. Nam sinh bị đánh là em T.Q.K. (13 tuổi); người trong clip là thầy N.V.T., giáo viên Toán của
   trường.

   Lãnh đạo UBND xã Phụng Hiệp cho biết đã yêu cầu nhà trường báo cáo vụ việc, đồng thời cử cán bộ đến thăm
   hỏi gia đình học sinh. Báo Hậu Giang sẽ tiếp tục thông tin."""
   )

pl("d", "2025-07-23T21:10", "Dân trí", [4, 10], "neg", True,
   "Xôn xao clip thầy giáo tát học sinh lớp 7 ở Cần Thơ",
   """Clip ghi cảnh thầy giáo liên tiếp tát, dùng thước đánh học sinh trong lớp học hè ở xã Phụng Hiệp, TP Cần Thơ
   đang gây bức xúc trên mạng xã hội.""",
   """Theo người đăng clip, nam sinh bị đánh vì không làm bài tập về nhà và "trả lời thiếu lễ phép" khi bị thầy
   hỏi. Đoạn clip được một học sinh trong lớp quay bằng điện thoại, sau đó lan truyền với hàng trăm nghìn
   lượt xem.

   Trường THCS Hòa Mỹ B nằm ở khu vực xã Hòa Mỹ cũ, nay thuộc xã Phụng Hiệp sau khi sắp xếp đơn vị hành chính.
   Lớp ôn tập hè được nhà trường tổ chức miễn phí cho học sinh có kết quả học tập chưa tốt.

   Gia đình em K. cho biết con về nhà má sưng đỏ, tay có vết bầm. Gia đình đã đưa em đi khám tại trung tâm
   y tế và đề nghị nhà trường làm rõ sự việc."""
   )

pl("d", "2025-07-24T07:20", "Giáo dục và Thời đại", [4, 10], "neg", True,
   "Sở GD&ĐT TP Cần Thơ yêu cầu báo cáo vụ thầy giáo đánh học sinh",
   """Sở GD&ĐT TP Cần Thơ đã yêu cầu UBND xã Phụng Hiệp và Trường THCS Hòa Mỹ B báo cáo vụ thầy giáo tát, đánh học
   sinh trong lớp ôn tập hè.""",
   """Theo văn bản của sở, nhà trường phải xác minh, báo cáo đầy đủ diễn biến sự việc, tạm dừng phân công giảng dạy
   đối với giáo viên liên quan và phối hợp với gia đình chăm sóc sức khỏe, tâm lý cho học sinh.
   Kết quả xác minh phải gửi về sở trước ngày 26/7.

   Đại diện sở nhấn mạnh mọi hành vi xúc phạm, bạo lực đối với học sinh đều vi phạm đạo đức nhà giáo và quy
   định của ngành. Sở yêu cầu xử lý nghiêm theo đúng quy định, không bao che.

   Đây là vụ việc bạo lực học đường liên quan đến giáo viên đầu tiên ở khu vực Hậu Giang cũ kể từ khi ngành
   giáo dục hai địa phương hợp nhất từ ngày 1/7.
   Sở cũng yêu cầu các trường đang tổ chức lớp học hè rà soát, nhắc nhở giáo viên về ứng xử sư phạm."""
   )

pl("d", "2025-07-24T09:00", "VnExpress", [4, 10], "neg", True,
   "Thầy giáo thừa nhận tát học sinh vì “nóng giận”",
   """Giáo viên Toán Trường THCS Hòa Mỹ B, xã Phụng Hiệp, TP Cần Thơ thừa nhận đã tát và dùng thước đánh một học
   sinh trong lớp ôn tập hè, cho biết do "không kiềm chế được cảm xúc".""",
   """Trong bản tường trình, thầy N.V.T. (42 tuổi) cho biết hôm đó em K. không làm bài tập ba buổi liên tiếp, khi
   được nhắc nhở đã có lời lẽ không phù hợp. "Tôi nóng giận nên đã có hành động sai, tôi rất hối hận", thầy
   viết.

   Mẹ của em K. cho biết con chị từ hôm đó sợ, không dám đi học lớp hè. "Con tôi học yếu, có lỗi thì thầy
   phạt, báo gia đình, chứ đánh như vậy tôi rất đau lòng", chị nói.

   Theo nhà trường, thầy T. có hơn 15 năm công tác, chưa từng bị kỷ luật. Trường đã tạm dừng lớp ôn tập môn
   Toán để xử lý sự việc."""
   )

pl("d", "2025-07-24T10:35", "Tuổi Trẻ", [4, 10], "neg", True,
   "Vụ thầy giáo tát học sinh ở Phụng Hiệp: tạm dừng lớp ôn tập hè",
   """Trường THCS Hòa Mỹ B đã tạm dừng lớp ôn tập hè môn Toán, thay giáo viên phụ trách sau vụ thầy giáo tát học
   sinh bị phát tán trên mạng xã hội.""",
   """Bà Trần Thị Diễm Phúc, hiệu trưởng nhà trường, cho biết nhà trường đã làm việc với giáo viên, học sinh và
   các em trong lớp để làm rõ diễn biến. Sau khi xác minh, trường sẽ thành lập hội đồng kỷ luật theo quy
   định.

   Theo bà Phúc, lớp ôn tập có 24 học sinh, được tổ chức 3 buổi mỗi tuần. "Nhà trường nhận trách nhiệm vì
   chưa quản lý tốt, để xảy ra sự việc đáng tiếc", bà nói.

   Nhà trường đã cử giáo viên chủ nhiệm và cán bộ tư vấn học đường đến thăm hỏi, động viên em K., đồng thời
   sắp xếp giáo viên khác để em tiếp tục ôn tập nếu gia đình đồng ý.
   Gia đình em K. cho biết sẽ cân nhắc thêm vì con vẫn còn sợ hãi."""
   )

pl("d", "2025-07-24T14:10", "Báo Cần Thơ", [4, 10], "neg", True,
   "Xã Phụng Hiệp họp khẩn vụ giáo viên đánh học sinh",
   """Chiều 23/7, UBND xã Phụng Hiệp, TP Cần Thơ họp với Trường THCS Hòa Mỹ B và gia đình học sinh để làm rõ vụ
   giáo viên tát, đánh học sinh trong lớp ôn tập hè.""",
   """Tại buổi làm việc, thầy N.V.T. đã trực tiếp xin lỗi em K. và gia đình. Gia đình em K. ghi nhận lời xin lỗi
   nhưng đề nghị nhà trường xử lý đúng quy định để làm gương.

   Ông Lâm Thanh Tùng, Phó Chủ tịch UBND xã Phụng Hiệp, cho biết từ ngày 1/7, các trường THCS trên địa bàn do
   xã quản lý. Xã đã yêu cầu nhà trường tạm đình chỉ giảng dạy đối với thầy T. trong thời gian xem xét kỷ
   luật.

   Xã cũng đề nghị các trường trên địa bàn, gồm khu vực Hòa Mỹ và Phụng Hiệp cũ, chấn chỉnh việc tổ chức lớp
   học hè, bảo đảm an toàn, không để xảy ra các hành vi bạo lực với học sinh.
   Theo ông Tùng, kết quả xử lý sẽ được thông báo công khai tới phụ huynh và nhân dân trên địa bàn."""
   )

pl("d", "2025-07-24T16:25", "Người Lao Động", [4, 10], "neg", True,
   "Giáo viên tát học sinh ở Cần Thơ bị tạm đình chỉ giảng dạy",
   """Thầy giáo dạy Toán tát, dùng thước đánh học sinh lớp 7 ở xã Phụng Hiệp, TP Cần Thơ đã bị tạm đình chỉ giảng
   dạy để phục vụ việc xem xét kỷ luật.""",
   """Theo UBND xã Phụng Hiệp, quyết định tạm đình chỉ có thời hạn 15 ngày. Trong thời gian này, nhà trường sẽ
   hoàn tất hồ sơ, tổ chức họp hội đồng kỷ luật theo quy định về xử lý kỷ luật viên chức.

   Trước đó, clip ghi lại cảnh thầy giáo tát liên tiếp vào mặt nam sinh được chia sẻ rộng rãi, khiến nhiều phụ
   huynh bức xúc. Em học sinh bị bầm tay, sưng má, đã được khám và không có thương tích nghiêm trọng.

   Sở GD&ĐT TP Cần Thơ cho biết sẽ theo dõi, chỉ đạo việc xử lý, đồng thời tổ chức tập huấn cho giáo viên về
   kỷ luật tích cực trong đợt bồi dưỡng hè.
   Đại diện sở nhấn mạnh không chấp nhận bất kỳ hình thức bạo lực nào đối với học sinh."""
   )

pl("d", "2025-07-25T08:10", "Thanh Niên", [4, 10], "neg", True,
   "Vụ thầy giáo đánh học sinh lớp ôn hè: học sinh vẫn còn hoảng sợ",
   """Hai ngày sau khi clip thầy giáo tát học sinh ở xã Phụng Hiệp lan truyền, em học sinh bị đánh vẫn còn hoảng sợ,
   chưa muốn quay lại lớp.""",
   """Theo gia đình, em K. ít nói hơn, thường ở trong phòng, không muốn gặp bạn bè. Một cán bộ tư vấn tâm lý của
   trường đã đến nhà trò chuyện, động viên em.

   Bà ngoại em K. cho biết cháu sống với ông bà vì cha mẹ làm ăn xa. "Cháu học không giỏi nhưng hiền, nghe
   chuyện thầy đánh mà tui xót", bà nói.

   Chuyên gia tâm lý học đường cho rằng trẻ bị bạo lực trước đông người thường bị tổn thương về lòng tự trọng,
   cần được hỗ trợ lâu dài, không chỉ dừng ở lời xin lỗi của người lớn.
   Nhà trường cho biết sẽ phối hợp với gia đình theo dõi tâm lý của em trong thời gian tới."""
   )

pl("d", "2025-07-25T10:05", "Báo Hậu Giang", [4, 10], "neg", True,
   "Trường THCS Hòa Mỹ B họp hội đồng kỷ luật giáo viên đánh học sinh",
   """Trường THCS Hòa Mỹ B (xã Phụng Hiệp, TP Cần Thơ) đã tổ chức họp hội đồng kỷ luật đối với thầy N.V.T., giáo viên
   tát, đánh học sinh trong lớp ôn tập hè.""",
   """Theo biên bản, hội đồng thống nhất đề xuất hình thức kỷ luật khiển trách, đồng thời không phân công thầy T.
   làm giáo viên chủ nhiệm trong năm học 2025-2026. Đề xuất đã được gửi UBND xã Phụng Hiệp xem xét, quyết
   định.

   Gia đình em K. có mặt tại buổi họp, cho biết đồng ý với hướng xử lý và mong em sớm trở lại học tập bình
   thường. Nhà trường cam kết hỗ trợ em ôn tập với giáo viên khác trong thời gian còn lại của kỳ nghỉ hè.

   Sự việc là bài học cho các trường trong khu vực Phụng Hiệp, Ngã Bảy về việc tổ chức lớp học hè và rèn luyện
   kỹ năng ứng xử sư phạm của giáo viên.
   Sở GD&ĐT TP Cần Thơ đề nghị UBND các xã, phường chỉ đạo các trường rà soát việc tổ chức lớp học hè trước ngày 31/7."""
   )

pl("d", "2025-07-25T15:35", "Giáo dục và Thời đại", [4, 10], "neg", True,
   "Từ vụ thầy giáo tát học sinh ở Phụng Hiệp: kỷ luật không thể bằng đòn roi",
   """Vụ việc ở Trường THCS Hòa Mỹ B một lần nữa đặt ra yêu cầu thay đổi cách ứng xử với học sinh cá biệt, thay đòn
   roi bằng kỷ luật tích cực.""",
   """Nhiều giáo viên thừa nhận áp lực với học sinh yếu kém, thiếu ý thức là có thật, nhất là ở các lớp ôn tập
   hè với thời lượng ngắn. Tuy vậy, không có lý do nào biện minh cho hành vi bạo lực với học sinh.

   Theo TS Nguyễn Thị Minh Thư, chuyên gia giáo dục, kỷ luật tích cực không phải là bỏ qua lỗi của học sinh,
   mà là giúp các em hiểu hậu quả, cùng thầy cô tìm cách khắc phục. "Một cái tát có thể làm học sinh im lặng
   hôm nay, nhưng phá vỡ niềm tin với thầy cô rất lâu", bà nói.

   Các trường được khuyến nghị bồi dưỡng giáo viên kỹ năng quản lý cảm xúc, xây dựng quy trình xử lý học sinh
   vi phạm có sự tham gia của gia đình và tổ tư vấn học đường.
   Theo bà Thư, người thầy bình tĩnh, tôn trọng học sinh mới có thể giúp các em thay đổi."""
   )
