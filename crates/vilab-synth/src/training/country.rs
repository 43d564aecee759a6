//! What each country of the pack looks like to an investigator: its
//! script's shop words and town names, its plate format, sockets and
//! currency. Words are ordinary vocabulary (pharmacy, noodle shop, phone
//! shop); brands are invented.

/// An electrical socket of the region, drawn as shapes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Socket {
    /// Type A and C combined: two slots that take flat or round pins.
    AC,
    /// Type C: two round holes.
    C,
    /// Type G: three rectangular slots in a triangle.
    G,
    /// Type O (Thailand, TIS 166-2549): two round holes and a round earth.
    O,
}

impl Socket {
    /// How a trainer names it.
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Socket::AC => "power socket, types A and C combined (two slots for flat or round pins)",
            Socket::C => "power socket, type C (two round holes)",
            Socket::G => "power socket, type G (three rectangular slots)",
            Socket::O => "power socket, type O (two round holes and a round earth, Thai TIS 166-2549)",
        }
    }
}

/// A town: its name in the country's script and in English, and what its
/// licence plates carry.
pub(crate) struct Town {
    pub(crate) local: &'static str,
    pub(crate) english: &'static str,
    /// The province line of a plate in the country's script (the town's
    /// province, which is not always the town).
    pub(crate) plate_province: &'static str,
    /// English name of that province, for the answer.
    pub(crate) plate_province_english: &'static str,
    /// Vietnam's two-digit province code on plates; unused elsewhere.
    pub(crate) plate_code: &'static str,
}

/// A shop word in the country's script with its English meaning.
pub(crate) struct ShopWord {
    pub(crate) local: &'static str,
    pub(crate) english: &'static str,
}

/// One country of the pack.
pub(crate) struct Country {
    /// ISO 3166-1 alpha-2.
    pub(crate) code: &'static str,
    pub(crate) english: &'static str,
    pub(crate) script: &'static str,
    pub(crate) towns: [Town; 3],
    /// Pharmacy, noodle shop, phone shop.
    pub(crate) shops: [ShopWord; 3],
    pub(crate) sockets: &'static [Socket],
    /// Currency word in the script, in English, and note denominations.
    pub(crate) currency_local: &'static str,
    pub(crate) currency_english: &'static str,
    pub(crate) denominations: &'static [&'static str],
    /// A product in the script, with its English meaning, and an invented
    /// brand in the script with its meaning.
    pub(crate) product: ShopWord,
    pub(crate) brand: ShopWord,
    /// Letters that plates may use (Thai and Lao consonants, Latin
    /// series letters).
    pub(crate) plate_letters: &'static [&'static str],
}

pub(crate) const CAMBODIA: Country = Country {
    code: "KH",
    english: "Cambodia",
    script: "Khmer",
    towns: [
        Town {
            local: "ភ្នំពេញ",
            english: "Phnom Penh",
            plate_province: "ភ្នំពេញ",
            plate_province_english: "PHNOM PENH",
            plate_code: "",
        },
        Town {
            local: "សៀមរាប",
            english: "Siem Reap",
            plate_province: "សៀមរាប",
            plate_province_english: "SIEM REAP",
            plate_code: "",
        },
        Town {
            local: "បាត់ដំបង",
            english: "Battambang",
            plate_province: "បាត់ដំបង",
            plate_province_english: "BATTAMBANG",
            plate_code: "",
        },
    ],
    shops: [
        ShopWord { local: "ឱសថស្ថាន", english: "pharmacy" },
        ShopWord { local: "ហាងគុយទាវ", english: "noodle shop (kuy teav)" },
        ShopWord { local: "ហាងទូរស័ព្ទដៃ", english: "mobile phone shop" },
    ],
    sockets: &[Socket::AC, Socket::G],
    currency_local: "រៀល",
    currency_english: "riel",
    denominations: &["1000", "5000", "10000", "20000"],
    product: ShopWord { local: "ទឹកត្រី", english: "fish sauce" },
    brand: ShopWord { local: "ផ្កាយមាស", english: "Golden Star (invented brand)" },
    plate_letters: &["A", "B", "C", "D", "E"],
};

pub(crate) const LAOS: Country = Country {
    code: "LA",
    english: "Laos",
    script: "Lao",
    towns: [
        Town {
            local: "ວຽງຈັນ",
            english: "Vientiane",
            plate_province: "ນະຄອນຫຼວງວຽງຈັນ",
            plate_province_english: "Vientiane Capital",
            plate_code: "",
        },
        Town {
            local: "ຫຼວງພະບາງ",
            english: "Luang Prabang",
            plate_province: "ຫຼວງພະບາງ",
            plate_province_english: "Luang Prabang",
            plate_code: "",
        },
        Town {
            local: "ປາກເຊ",
            english: "Pakse",
            plate_province: "ຈຳປາສັກ",
            plate_province_english: "Champasak (Pakse is its capital)",
            plate_code: "",
        },
    ],
    shops: [
        ShopWord { local: "ຮ້ານຂາຍຢາ", english: "pharmacy" },
        ShopWord { local: "ຮ້ານເຝີ", english: "noodle shop (pho)" },
        ShopWord { local: "ຮ້ານໂທລະສັບມືຖື", english: "mobile phone shop" },
    ],
    sockets: &[Socket::AC, Socket::C],
    currency_local: "ກີບ",
    currency_english: "kip",
    denominations: &["10000", "20000", "50000", "100000"],
    product: ShopWord { local: "ນ້ຳປາ", english: "fish sauce" },
    brand: ShopWord { local: "ດາວຄຳ", english: "Golden Star (invented brand)" },
    plate_letters: &["ກ", "ຂ", "ຄ", "ງ", "ຈ", "ສ", "ດ", "ນ"],
};

pub(crate) const THAILAND: Country = Country {
    code: "TH",
    english: "Thailand",
    script: "Thai",
    towns: [
        Town {
            local: "กรุงเทพมหานคร",
            english: "Bangkok",
            plate_province: "กรุงเทพมหานคร",
            plate_province_english: "Bangkok",
            plate_code: "",
        },
        Town {
            local: "เชียงใหม่",
            english: "Chiang Mai",
            plate_province: "เชียงใหม่",
            plate_province_english: "Chiang Mai",
            plate_code: "",
        },
        Town {
            local: "ขอนแก่น",
            english: "Khon Kaen",
            plate_province: "ขอนแก่น",
            plate_province_english: "Khon Kaen",
            plate_code: "",
        },
    ],
    shops: [
        ShopWord { local: "ร้านขายยา", english: "pharmacy" },
        ShopWord { local: "ก๋วยเตี๋ยว", english: "noodle shop (kuay tiao)" },
        ShopWord { local: "โทรศัพท์มือถือ", english: "mobile phone shop" },
    ],
    sockets: &[Socket::O, Socket::AC],
    currency_local: "บาท",
    currency_english: "baht",
    denominations: &["20", "100", "500", "1000"],
    product: ShopWord { local: "น้ำปลา", english: "fish sauce" },
    brand: ShopWord { local: "ตราดาวทอง", english: "Golden Star brand (invented)" },
    plate_letters: &["ก", "ข", "ค", "ง", "จ", "ฉ", "ช", "ฐ", "ธ", "ษ"],
};

pub(crate) const VIETNAM: Country = Country {
    code: "VN",
    english: "Vietnam",
    script: "Vietnamese (Latin with stacked diacritics)",
    towns: [
        Town {
            local: "Hà Nội",
            english: "Hanoi",
            plate_province: "",
            plate_province_english: "Hanoi",
            plate_code: "30",
        },
        Town {
            local: "TP. Hồ Chí Minh",
            english: "Ho Chi Minh City",
            plate_province: "",
            plate_province_english: "Ho Chi Minh City",
            plate_code: "51",
        },
        Town {
            local: "Đà Nẵng",
            english: "Da Nang",
            plate_province: "",
            plate_province_english: "Da Nang",
            plate_code: "43",
        },
    ],
    shops: [
        ShopWord { local: "NHÀ THUỐC", english: "pharmacy" },
        ShopWord { local: "PHỞ BÒ", english: "noodle shop (beef pho)" },
        ShopWord { local: "ĐIỆN THOẠI DI ĐỘNG", english: "mobile phone shop" },
    ],
    sockets: &[Socket::AC, Socket::C],
    currency_local: "đồng",
    currency_english: "dong",
    denominations: &["10.000", "50.000", "100.000", "200.000"],
    product: ShopWord { local: "NƯỚC MẮM", english: "fish sauce" },
    brand: ShopWord { local: "Hương Biển", english: "Sea Fragrance (invented brand)" },
    plate_letters: &["A", "C", "D", "F", "G", "H", "K"],
};

/// The four countries, in the pack's order.
pub(crate) const COUNTRIES: [&Country; 4] = [&CAMBODIA, &LAOS, &THAILAND, &VIETNAM];
