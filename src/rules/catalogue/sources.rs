//! The sources rules cite.

use crate::report::Source;

/// The department's FAQ on quality guidance (infosessie kwaliteitsvolle begeleiding).
pub const FAQ: Source = Source {
    label: "Departement WSE, FAQ infosessie kwaliteitsvolle begeleiding",
    url: Some("https://www.vlaanderen.be/individueel-maatwerk/registratie-van-externe-dienstverleners"),
};

/// The department's pages for employers and self-employed persons.
pub const WSE_PAGES: Source = Source {
    label: "Departement WSE, individueel maatwerk (werkgevers, zelfstandigen, aanvragen)",
    url: Some("https://www.vlaanderen.be/werken/individueel-maatwerk"),
};

/// The department's page on the registration of external service providers.
pub const WSE_REGISTRATION: Source = Source {
    label: "Departement WSE, registratie van externe dienstverleners",
    url: Some("https://www.vlaanderen.be/individueel-maatwerk/registratie-van-externe-dienstverleners"),
};

/// The decree and its implementing order.
pub const DECREE: Source = Source {
    label:
        "Decreet van 14 januari 2022 over maatwerk bij individuele inschakeling (BS 11-03-2022); BVR van 15 juli 2022",
    url: None,
};

/// The 2024 amendment of the implementing order.
pub const BVR_2024: Source =
    Source { label: "BVR van 15 juli 2022, gewijzigd in 2024 (aanvraag tijdens de tewerkstelling)", url: None };

/// The HIVA-KU Leuven study behind the quality framework.
pub const HIVA: Source =
    Source { label: "HIVA-KU Leuven (2021), studie kwaliteitsvolle begeleiding individueel maatwerk", url: None };

/// The recognised diploma list of collectief maatwerk.
pub const DIPLOMA_LIST: Source =
    Source { label: "MB van 4 maart 2024, lijst relevante diploma's collectief maatwerk", url: None };

/// This library's own contract (input shape, completeness).
pub const OURS: Source = Source { label: "maatwerk: contract van de validatiebibliotheek", url: None };

/// The Belgian legal public holidays.
pub const HOLIDAY_LAW: Source = Source {
    label:
        "Wet van 4 januari 1974 betreffende de feestdagen; KB van 18 april 1974; decreet van 7 november 1990 (11 juli)",
    url: None,
};

/// The algorithms of the Belgian identifiers (INSZ, KBO, IBAN) and the postcode ranges.
pub const IDENTIFIERS: Source = Source {
    label: "Rijksregister (INSZ/BIS), Kruispuntbank van Ondernemingen (KBO), ISO 13616 en Belgische rekeningnummers, bpost-postcodes",
    url: None,
};
