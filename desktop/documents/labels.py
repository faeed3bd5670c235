"""Every label the documents print, in English and Chinese, and the dates written the way each language
writes them. User text (names, titles, notes) is never translated: only what the program itself prints."""

from __future__ import annotations

import datetime as dt

# key: (English, Chinese)
LABELS: dict[str, tuple[str, str]] = {
    # document titles
    "doc.pack": ("Briefing pack", "出访简报手册"),
    "doc.personal_pack": ("Personal briefing pack", "个人简报手册"),
    "doc.agenda": ("Meeting agenda", "会谈议程"),
    "doc.programme": ("Daily programme", "每日日程"),
    "doc.signin": ("Attendee list and sign-in sheet", "出席名单及签到表"),
    "doc.badges": ("Name badges", "胸卡"),
    "doc.tentcards": ("Table tent cards", "桌签"),
    "doc.followups": ("Follow-up report", "后续跟进报告"),
    # pack sections
    "contents": ("Contents", "目录"),
    "overview": ("Trip overview", "行程概览"),
    "delegation": ("Delegation", "代表团名单"),
    "programme": ("Programme", "日程安排"),
    "meetings": ("Meeting briefs", "会见简报"),
    "events": ("Events", "活动"),
    "contacts": ("Contacts directory", "通讯录"),
    "cities_dates": ("Cities and dates", "城市与日期"),
    "hotels": ("Hotels", "酒店"),
    "venues": ("Venues and addresses", "场地与地址"),
    "purpose": ("Purpose", "出访目的"),
    # fields
    "city": ("City", "城市"),
    "country": ("Country", "国家"),
    "dates": ("Dates", "日期"),
    "date": ("Date", "日期"),
    "hotel": ("Hotel", "酒店"),
    "address": ("Address", "地址"),
    "phone": ("Phone", "电话"),
    "email": ("Email", "电子邮箱"),
    "website": ("Website", "网站"),
    "name": ("Name", "姓名"),
    "position": ("Position", "职务"),
    "role": ("Role", "团内职责"),
    "organisation": ("Organisation", "单位"),
    "organiser": ("Organised by", "组团单位"),
    "head": ("Head of delegation", "团长"),
    "time": ("Time", "时间"),
    "place": ("Place", "地点"),
    "attending": ("Attending", "出席人员"),
    "whole_delegation": ("Whole delegation", "全团"),
    "notes": ("Notes", "备注"),
    "description": ("Details", "说明"),
    "objectives": ("Objectives", "会见目的"),
    "background": ("Background", "背景"),
    "talking_points": ("Talking points", "谈话要点"),
    "agenda": ("Agenda", "议程"),
    "their_attendees": ("Their attendees", "对方出席人员"),
    "our_attendees": ("Our attendees", "我方出席人员"),
    "interpreter": ("Interpreter", "翻译"),
    "status": ("Status", "状态"),
    "profile": ("Profile", "机构简介"),
    "sectors": ("Sectors", "行业领域"),
    "kind": ("Type", "类型"),
    "previous_meetings": ("Previous meetings", "以往会见"),
    "open_actions": ("Open actions", "待办事项"),
    "notes_space": ("Notes during the meeting", "会谈记录"),
    "expected": ("Expected", "预计人数"),
    "capacity": ("Capacity", "名额"),
    "unlimited": ("unlimited", "不限"),
    "seated": ("Registered", "已报名"),
    "registrations": ("Registrations", "报名情况"),
    "vips": ("VIPs", "贵宾"),
    "signature": ("Signature", "签名"),
    "number": ("No.", "序号"),
    "owner": ("Owner", "负责人"),
    "due": ("Due", "截止日期"),
    "action": ("Action", "事项"),
    "outcome": ("Outcome", "会谈成果"),
    "outcomes": ("Meeting outcomes", "会谈成果"),
    "by_organisation": ("Actions by organisation", "按单位列出的待办事项"),
    "by_owner": ("Actions by owner", "按负责人列出的待办事项"),
    "summary": ("Summary", "概要"),
    "overdue": ("overdue", "已逾期"),
    "open_count": ("Open", "待办"),
    "overdue_count": ("Overdue", "逾期"),
    "done_count": ("Done", "已完成"),
    "dropped_count": ("Dropped", "已放弃"),
    "confidential": ("CONFIDENTIAL", "内部资料 注意保密"),
    "prepared": ("Prepared", "编印日期"),
    "personal_for": ("Personal pack for", "个人手册："),
    "period": ("Period", "时段"),
    "no_items": ("Nothing scheduled.", "暂无安排。"),
    "empty_programme": ("No programme items in this period.", "本时段暂无日程安排。"),
    "no_meetings": ("No meetings in this period.", "本时段暂无会见。"),
    "no_events": ("No events in this period.", "本时段暂无活动。"),
    "no_actions": ("No actions recorded.", "暂无待办事项。"),
    "no_outcomes": ("No outcomes recorded yet.", "暂无会谈成果记录。"),
    "no_members": ("No members on the delegation yet.", "代表团暂无成员。"),
    "no_contacts": ("No contacts.", "暂无联系人。"),
    "no_registrations": ("Nobody is registered yet.", "暂无报名。"),
    "none": ("None.", "无。"),
    "minutes": ("Min.", "分钟"),
    "lead": ("Lead", "主讲"),
    "item": ("Item", "议题"),
    "see_below": ("Notes below the agenda.", "备注见议程下方。"),
    "room": ("Room", "房间"),
    "rooms": ("Rooms", "房间安排"),
    "check_in": ("Check-in", "入住"),
    "check_out": ("Check-out", "退房"),
    "confirmation": ("Confirmation", "确认号"),
    "booking_ref": ("Booking ref.", "订座编号"),
    "carrier": ("Carrier", "承运"),
    "local_times": (
        "All times are local to where each item happens, with the time zone.",
        "所有时间均为当地时间，并标注时区。",
    ),
    "day_n": ("Day {n}", "第{n}天"),
    "total_minutes": ("Total", "合计"),
    "walk_ins": ("Walk-ins", "现场登记"),
    "vip": ("VIP", "贵宾"),
    "waitlist": ("Waiting list", "候补名单"),
    "dietary": ("Dietary needs", "饮食要求"),
    "attention": ("Attention", "注意"),
    "fold_here": ("fold here", "沿此线折叠"),
    "registered_count": ("{n} registered", "已报名 {n} 人"),
    "page_of": ("Page {page} of {total}", "第 {page} 页 / 共 {total} 页"),
}

ROLES = {
    "head": ("Head of delegation", "团长"),
    "deputy": ("Deputy head", "副团长"),
    "member": ("Member", "团员"),
    "interpreter": ("Interpreter", "翻译"),
    "staff": ("Staff", "工作人员"),
    "security": ("Security", "安保"),
    "media": ("Media", "随团记者"),
}
ITEM_KINDS = {
    "flight": ("Flight", "航班"),
    "train": ("Train", "火车"),
    "transfer": ("Transfer", "接送"),
    "hotel": ("Hotel", "酒店"),
    "meeting": ("Meeting", "会见"),
    "event": ("Event", "活动"),
    "visit": ("Visit", "参观"),
    "meal": ("Meal", "用餐"),
    "briefing": ("Briefing", "内部会"),
    "free": ("Free time", "自由活动"),
}
STATUSES = {
    "tentative": ("tentative", "待定"),
    "confirmed": ("confirmed", "已确认"),
    "cancelled": ("cancelled", "已取消"),
    "proposed": ("proposed", "拟议"),
    "requested": ("requested", "已邀约"),
    "held": ("held", "已举行"),
    "open": ("open", "待办"),
    "done": ("done", "已完成"),
    "dropped": ("dropped", "已放弃"),
    "invited": ("invited", "已邀请"),
    "registered": ("registered", "已报名"),
    "waitlisted": ("waiting list", "候补"),
    "attended": ("attended", "已签到"),
    "no_show": ("no-show", "未出席"),
}
ORGANISATION_KINDS = {
    "company": ("Company", "企业"),
    "government": ("Government", "政府机构"),
    "investment_agency": ("Investment agency", "投资促进机构"),
    "association": ("Association", "协会"),
    "bank": ("Bank", "银行"),
    "media": ("Media", "媒体"),
    "research": ("Research", "研究机构"),
    "education": ("Education", "教育机构"),
    "other": ("Other", "其他"),
}

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_ZH = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")


class Labels:
    """Labels in one of ``en``, ``zh`` or ``bilingual`` (English first, then Chinese)."""

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang

    def _pick(self, pair: tuple[str, str], sep: str = " / ") -> str:
        en, zh = pair
        if self.lang == "zh":
            return zh
        if self.lang == "bilingual" and en != zh:
            return f"{en}{sep}{zh}"
        return en

    def __call__(self, key: str, sep: str = " / ", **values: object) -> str:
        en, zh = LABELS[key]
        pair = (en.format(**values), zh.format(**values)) if values else (en, zh)
        return self._pick(pair, sep)

    def pair(self, key: str) -> tuple[str, str | None]:
        """(main, secondary) for a heading: bilingual headings print the Chinese smaller beside it."""
        en, zh = LABELS[key]
        if self.lang == "zh":
            return zh, None
        return en, (zh if self.lang == "bilingual" else None)

    def role(self, value: str) -> str:
        return self._pick(ROLES.get(value, (value, value)))

    def item_kind(self, value: str) -> str:
        return self._pick(ITEM_KINDS.get(value, (value, value)))

    def status(self, value: str) -> str:
        return self._pick(STATUSES.get(value, (value, value)))

    def organisation_kind(self, value: str) -> str:
        return self._pick(ORGANISATION_KINDS.get(value, (value, value)))

    # --- dates -------------------------------------------------------------------------------------------

    def long_date(self, day: dt.date) -> str:
        """'Thursday 12 September 2024', '2024年9月12日 星期四', or both."""
        en = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"
        zh = f"{day.year}年{day.month}月{day.day}日 {WEEKDAYS_ZH[day.weekday()]}"
        return self._pick((en, zh), "  ·  ")

    def short_date(self, day: dt.date) -> str:
        """'12 Sep 2024' or '2024年9月12日' (tables: bilingual uses the English form)."""
        if self.lang == "zh":
            return f"{day.year}年{day.month}月{day.day}日"
        return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"

    def day_month(self, day: dt.date) -> str:
        """'Thu 12 Sep' or '9月12日 周四'."""
        if self.lang == "zh":
            return f"{day.month}月{day.day}日 周{WEEKDAYS_ZH[day.weekday()][-1]}"
        return f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]}"

    def date_range(self, first: dt.date, last: dt.date) -> str:
        if self.lang == "zh":
            if first == last:
                return self.short_date(first)
            if first.year == last.year and first.month == last.month:
                return f"{first.year}年{first.month}月{first.day}日至{last.day}日"
            return f"{self.short_date(first)}至{self.short_date(last)}"
        if first == last:
            return self.short_date(first)
        if first.year == last.year and first.month == last.month:
            return f"{first.day}–{last.day} {MONTHS[first.month - 1]} {first.year}"
        if first.year == last.year:
            first_month, last_month = MONTHS[first.month - 1][:3], MONTHS[last.month - 1][:3]
            return f"{first.day} {first_month} – {last.day} {last_month} {last.year}"
        return f"{self.short_date(first)} – {self.short_date(last)}"
