//! The sources rules cite.

/// A source: a citation and, when public, where to read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceDef {
    /// Short citation.
    pub label: &'static str,
    /// Public address.
    pub url: Option<&'static str>,
}

/// The department's FAQ on quality guidance (infosessie kwaliteitsvolle begeleiding).
pub const FAQ: SourceDef = SourceDef {
    label: "Departement WSE, FAQ infosessie kwaliteitsvolle begeleiding",
    url: Some("https://www.vlaanderen.be/individueel-maatwerk/registratie-van-externe-dienstverleners"),
};

/// The department's pages for employers and self-employed persons.
pub const WSE_PAGES: SourceDef = SourceDef {
    label: "Departement WSE, individueel maatwerk (werkgevers, zelfstandigen, aanvragen)",
    url: Some("https://www.vlaanderen.be/werken/individueel-maatwerk"),
};

/// The department's page on the registration of external service providers.
pub const WSE_REGISTRATION: SourceDef = SourceDef {
    label: "Departement WSE, registratie van externe dienstverleners",
    url: Some("https://www.vlaanderen.be/individueel-maatwerk/registratie-van-externe-dienstverleners"),
};

/// The decree and its implementing order.
pub const DECREE: SourceDef = SourceDef {
    label:
        "Decreet van 14 januari 2022 over maatwerk bij individuele inschakeling (BS 11-03-2022); BVR van 15 juli 2022",
    url: None,
};

/// The 2024 amendment of the implementing order.
pub const BVR_2024: SourceDef =
    SourceDef { label: "BVR van 15 juli 2022, gewijzigd in 2024 (aanvraag tijdens de tewerkstelling)", url: None };

/// The HIVA-KU Leuven study behind the quality framework.
pub const HIVA: SourceDef =
    SourceDef { label: "HIVA-KU Leuven (2021), studie kwaliteitsvolle begeleiding individueel maatwerk", url: None };

/// The recognised diploma list of collectief maatwerk.
pub const DIPLOMA_LIST: SourceDef =
    SourceDef { label: "MB van 4 maart 2024, lijst relevante diploma's collectief maatwerk", url: None };

/// This library's own contract (input shape, completeness).
pub const OURS: SourceDef = SourceDef { label: "maatwerk: contract van de validatiebibliotheek", url: None };

/// The Belgian legal public holidays.
pub const HOLIDAY_LAW: SourceDef = SourceDef {
    label:
        "Wet van 4 januari 1974 betreffende de feestdagen; KB van 18 april 1974; decreet van 7 november 1990 (11 juli)",
    url: None,
};

/// The algorithms of the Belgian identifiers (INSZ, KBO, IBAN) and the postcode ranges.
pub const IDENTIFIERS: SourceDef = SourceDef {
    label: "Rijksregister (INSZ/BIS), Kruispuntbank van Ondernemingen (KBO), ISO 13616 en Belgische rekeningnummers, bpost-postcodes",
    url: None,
};
