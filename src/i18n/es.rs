//! Español. "Detainer" se traduce como "solicitud de retención" (la petición de ICE a una cárcel);
//! la primera mención en la ayuda da también el término en inglés, que usan muchas noticias.

use super::Text;
use atlas_data::EndReason;

pub static TEXT: Text = Text {
    name: "Español",

    skip_link: "Ir a la lista",
    tagline: "Qué jurisdicciones de EE. UU. limitan o exigen acatar las solicitudes de retención de ICE, desde cuándo, y cuántas rechazó cada una, según quién.",
    footer: "Detainer Atlas muestra lo que dicen las fuentes públicas, con el enlace a cada una. Una cifra figura como “sin cifra publicada” cuando ninguna fuente dio un número; nunca significa cero. Las solicitudes emitidas (las que ICE envió) y las rechazadas son recuentos distintos y nunca se suman.",

    report_label: "Informe o período",
    nationwide: |m| format!("En todo el país, {m}"),
    published: |d| format!("Publicado: {d}."),
    source_is: |p| format!("Fuente: {p}."),
    attributed: |named, total, measure, grouped| {
        let grouped = if grouped.is_empty() { String::new() } else { format!("; otras {grouped} a jurisdicciones sin nombre agrupadas por estado") };
        format!("{named} de {total} {measure} se atribuyen a jurisdicciones con nombre en estos datos{grouped}.")
    },
    attribution_exceeds: |named, total, measure| {
        format!("Las cifras con nombre suman {named} {measure}, más que el total publicado de {total}: vienen de recuentos distintos, así que no se comparan con él.")
    },
    about_report: "Sobre este informe y sus fuentes",
    period_from: |d| format!("desde {d}"),
    period_to: |d| format!("hasta {d}"),

    filters_label: "Filtros y orden",
    search_label: "Buscar una jurisdicción",
    search_placeholder: "Condado, ciudad, estado o ley, p. ej. Miami-Dade, NYC, SB 54",
    state_label: "Estado",
    all_states: "Todos los estados",
    category_label: "Política",
    any_category: "Cualquier política",
    list_label: "Nombrada en una lista",
    any_list: "En cualquiera o en ninguna",
    sort_label: "Ordenar por",
    sorts: ["Cifra, de mayor a menor", "Nombre, A–Z", "Fecha de la política, más antigua primero"],
    has_figures: "Solo con una cifra en este informe",
    list_size: |named, removed| {
        if removed > 0 {
            format!("{named} jurisdicciones de esta lista están en los datos; {removed} de ellas se retiraron después.")
        } else {
            format!("{named} jurisdicciones de esta lista están en los datos.")
        }
    },
    results: |n, filtered| match (n, filtered) {
        (0, _) => "Ninguna jurisdicción coincide.".to_string(),
        (1, true) => "1 jurisdicción coincide.".to_string(),
        (n, true) => format!("{n} jurisdicciones coinciden."),
        (n, false) => format!("{n} jurisdicciones y grupos."),
    },
    no_match: "Ninguna jurisdicción coincide con esta búsqueda y estos filtros.",
    clear_filters: "Borrar la búsqueda y los filtros",
    list_label_aria: "Jurisdicciones",
    show_more: |n, left| format!("Mostrar {n} más (faltan {left})"),

    download_view: "Descargar esta lista (CSV)",
    download_all: "Descargar todas las cifras (CSV)",
    downloaded_rows: |n| if n == 1 { "Se descargó 1 fila.".into() } else { format!("Se descargaron {n} filas.") },
    downloaded_figures: |n| format!("Se descargaron {n} cifras."),
    download_blocked: "El navegador bloqueó la descarga.",

    measures: [
        "solicitudes de retención emitidas",
        "solicitudes de retención rechazadas",
        "personas liberadas",
        "rechazadas o con aviso insuficiente",
        "entregadas a la custodia de ICE",
        "terminadas de otro modo",
        "sin resultado registrado",
    ],
    measure_definitions: [
        "Solicitudes de retención que ICE envió a la jurisdicción: peticiones para retener a alguien, no negativas.",
        "Solicitudes de retención que la jurisdicción no acató, según las contó la fuente.",
        "Personas puestas en libertad pese a una solicitud de retención o de aviso de ICE, según las contó la fuente.",
        "Solicitudes rechazadas más liberaciones de las que ICE dice que recibió aviso insuficiente; no solo rechazos.",
        "De las solicitudes emitidas, las que según ICE terminaron con la persona ingresada bajo su custodia.",
        "De las solicitudes emitidas, las que ICE registró como terminadas de otra forma: retiradas, caso cerrado, traslado y similares.",
        "De las solicitudes emitidas, las que no tienen resultado en el registro de ICE: pendientes o nunca registradas.",
    ],
    levels: ["país", "estado", "condado", "ciudad", "ciudad y condado", "agencia o cárcel", "varias jurisdicciones juntas"],
    categories: [
        "No retiene sin orden judicial",
        "Retiene solo por delitos graves",
        "Retiene solo con condiciones que ICE no cumple",
        "Limita la cooperación",
        "Acata las solicitudes",
        "El estado exige acatarlas",
        "El estado exige cooperar",
        "Programa federal",
    ],
    category_definitions: [
        "No retiene a nadie solo por una solicitud de ICE; hace falta una orden judicial.",
        "Retiene solo a personas acusadas o condenadas por delitos graves de una lista, a veces también con orden judicial.",
        "Retiene solo con una condición que ICE en la práctica no cumple, como pagar los gastos de la cárcel.",
        "Limita la ayuda a las autoridades de inmigración sin una regla sobre las retenciones.",
        "Acata todas las solicitudes de retención de ICE por decisión propia.",
        "Una ley u orden estatal que obliga a las agencias locales a acatar las solicitudes de ICE.",
        "Una ley u orden estatal que prohíbe las políticas “santuario” o exige cooperar, por ejemplo compartiendo información, sin un deber confirmado de acatar las solicitudes.",
        "Un programa u orden federal, mostrado como contexto.",
    ],
    events: ["Aprobada", "Modificada", "Revocada", "Sustituida por una ley estatal", "Fallo judicial", "Hecho"],
    end_steps: [
        "Revocada",
        "Reemplazada por una política posterior",
        "Anulada por ley estatal",
        "Anulada por un tribunal",
        "Reemplazada por un acuerdo con ICE",
        "Venció",
    ],
    qualifiers: ["al menos", "más de", "menos de", "casi", "alrededor de"],
    statuses: [None, Some("sin verificar"), Some("en disputa"), Some("corregida por quien la publicó")],
    not_reported: "sin cifra publicada",
    sources_differ: "las fuentes difieren",
    months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],

    measures_heading: "Qué se cuenta",
    categories_heading: "Categorías de política",
    flags_heading: "Avisos",
    flag_definitions: [
        "Ninguna fuente dio un número. No significa cero.",
        "Aparece en una fuente que la investigación no pudo confirmar.",
        "La jurisdicción u otra fuente lo discute; vea los detalles de la fila.",
        "Quien lo publicó lo retiró o corrigió después.",
        "Las fuentes dan números distintos; los detalles muestran cada uno con su fuente.",
    ],

    ended_row: |reason, y, by, bound| {
        let when = if bound { format!("a más tardar en {y}") } else { format!("en {y}") };
        match (reason, by) {
            (EndReason::Reversed, _) => format!("Revocada {when}"),
            (EndReason::Superseded, _) => format!("Reemplazada {when}"),
            (EndReason::Overridden, Some(by)) => format!("Anulada por {by} desde {y}"),
            (EndReason::Overridden, None) => format!("Anulada por ley estatal desde {y}"),
            (EndReason::StruckDown, _) => format!("Anulada por un tribunal {when}"),
            (EndReason::Agreement, _) => format!("Reemplazada por un acuerdo con ICE {when}"),
            (EndReason::Expired, _) => format!("Venció {when}"),
        }
    },
    in_force_since: |y| format!("Vigente desde {y}"),
    in_force_by: |y| format!("Vigente a más tardar en {y}"),
    in_force_undated: "Vigente",
    no_policy: "Sin política registrada",
    no_policy_by: |d| format!("Sin política registrada al {d}"),
    as_of_label: "Políticas vigentes el",
    as_of_today: |d| format!("Hoy ({d})"),
    as_of_report: |d, r| format!("{d} ({r})"),
    as_of_note: |d| format!("Políticas tal como estaban el {d}. Las cifras son las del informe elegido arriba."),

    part_of: |p| format!("Forma parte de {p}."),
    policy_heading: "Política",
    no_written_policy: "La investigación no encontró una política escrita de esta jurisdicción.",
    state_law_heading: |s| format!("Ley estatal en {s}"),
    state_law_note: "Medidas estatales que se aplicaban aquí, aparte de la política propia de la jurisdicción.",
    since: |d| format!("desde {d}"),
    since_cap: |d| format!("Desde {d}"),
    until_cap: |d| format!("Hasta {d}"),
    in_force: |a, b| format!("Vigente {a} – {b}"),
    date_unknown: "fecha desconocida",
    by_date: |d| format!("A más tardar: {d}"),
    date_unknown_cap: "Fecha desconocida",
    history_heading: "Historia",
    state_scope: "Estado",
    figures_heading: "Cifras en cada informe",
    figures_region: "Cifras",
    no_figures: "Ninguna fuente dio una cifra para esta jurisdicción.",
    figure_columns: ["Informe", "Qué se cuenta", "Cifra", "Nota y fuentes"],
    records_heading: "Registros propios de ICE por cárcel, 2007 – 2015",
    records_intro: "Registros de ICE de las solicitudes de retención que envió a cada cárcel o agencia que gestiona esta jurisdicción, por el año en que ICE las preparó. «Registrada como rechazada» es la anotación de ICE de que la agencia local no acató la solicitud: una probable negativa, no una cifra de la cárcel, y un mínimo, porque muchos registros no tienen resultado. Un año sin barra no tuvo ninguna solicitud registrada como rechazada allí.",
    facility_place: |city, state| format!("en {city}, {state}"),
    matched_county: "Asignada a este condado porque el nombre que le da ICE lleva el del condado.",
    matched_by_hand: "Asignada a esta jurisdicción a mano:",
    records_chart: |f| format!("Solicitudes que ICE registró como rechazadas en {f}, por año, con las cifras posteriores de la jurisdicción en los mismos años"),
    records_region: "Registros de ICE de esta cárcel",
    records_columns: ["Periodo", "Qué se cuenta", "Cifra"],
    records_legend: ["Registradas como rechazadas, por año (registros de ICE)", "Cifras posteriores de toda la jurisdicción, en los mismos años (cada una con su medida y su fuente):"],
    share_declined: |d, of, pct| format!("{d} de las {of} solicitudes que ICE emitió aquí en este periodo se registraron como rechazadas ({pct})."),
    sum_of_jails: |n| format!("suma de sus {n} cárceles"),
    at_facility: |f| format!("en {f}"),
    sums_heading: |n| format!("Las {n} cárceles juntas (la suma de las cárceles de abajo)"),
    lists_heading: "Nombrada en listas",
    listed_as: |l| format!(" como “{l}”"),
    removed_by: |d| format!("; retirada a más tardar el {d}"),
    disputes_heading: "Disputas y correcciones",
    disputed_by: |b| format!("Discutida por {b}"),
    corrected_by: |b| format!("Corregida por {b}"),
    on_or_before: |d| format!("Adoptada a más tardar en {d}"),
    ended_on: |step, d| format!("{step} el {d}"),
    ended_on_or_before: |step, d| format!("{step} a más tardar el {d}"),
    ended_by: |m| format!("por {m}"),
    took_effect: |d| format!("entró en vigor {d}"),
    policy_facts: ["Instrumento", "Identificador", "Cuándo se acata la solicitud de ICE", "Acceso de ICE a la cárcel", "Aviso a ICE de la puesta en libertad"],

    sources_label: "Fuentes",
    new_tab: "se abre en una pestaña nueva",
    headline_not_recorded: "Titular no registrado",
    archived_copy: "copia archivada",
    primary_document: "documento",

    embed_button: "Insertar",
    embed_code_label: "Código de esta vista (péguelo en el HTML de su artículo)",
    embed_title: "Detainer Atlas: jurisdicciones de EE. UU. y solicitudes de retención de ICE",
    copy_code: "Copiar el código",
    copied: "Copiado al portapapeles.",
    copy_blocked: "Aquí no se pudo copiar: seleccione el código y cópielo.",

    charts_summary: "Gráficos: clasificación, mapa y cronología",
    charts_label: "Gráficos",
    period_label: "Período de los gráficos",
    period_note: "Las cifras de este informe cubren períodos distintos; los gráficos comparan las de un solo período cada vez.",
    report_period: "El período del propio informe",
    show_as_table: "Ver como tabla",
    ranking_title: |m| format!("Más {m} en este informe"),
    ranking_description: |bars, rest, missing| {
        let mut d = if bars == 1 { "La única cifra entre las jurisdicciones de la lista.".to_string() } else { format!("Las {bars} cifras más altas entre las jurisdicciones de la lista.") };
        match rest {
            0 => {}
            1 => d.push_str(" Otra tiene una cifra menor."),
            n => d.push_str(&format!(" Otras {n} tienen una cifra menor.")),
        }
        match missing {
            0 => {}
            1 => d.push_str(" Una se nombró sin número y no se dibuja."),
            n => d.push_str(&format!(" {n} se nombraron sin número y no se dibujan.")),
        }
        d
    },
    ranking_empty: |m| format!("Ninguna jurisdicción de la lista tiene una cifra de {m} en este informe."),
    measure_shown: "Qué se muestra",
    issued_toggle: "solicitudes emitidas (peticiones, no negativas)",
    ranking_columns: ["Puesto", "Jurisdicción", "Aviso"],
    ranking_table: "Clasificación como tabla",
    map_title: |m| format!("{m} por estado"),
    map_description: "Un cuadrado por estado; más oscuro significa más. La cifra de un estado es el recuento estatal de la propia fuente cuando lo hay; si no, la suma de las cifras exactas de sus jurisdicciones con nombre. Los cuadrados con borde de trazos tienen políticas o listas pero ninguna cifra. Elija un estado para filtrar la lista; las flechas del teclado pasan de un estado a otro.",
    map_group: "Estados",
    tile_statewide: "cifra estatal",
    tile_sum: "suma de las jurisdicciones con nombre",
    tile_policies: "políticas o listas, sin cifra en este informe",
    tile_no_data: "sin datos",
    legend: "Leyenda",
    showing: "Se muestra",
    clear_state: "Quitar el filtro de estado",
    map_table: "Estados como tabla",
    map_columns: ["Estado", "Qué es el número"],
    timeline_title: "Cuándo se aprobaron y cambiaron las políticas",
    timeline_description: |n, from| format!("{n} pasos con fecha de las jurisdicciones de la lista desde {from}, una columna por año, con los hitos federales como rombos arriba. Elija una columna o un rombo para ver qué pasó; las flechas del teclado pasan de uno a otro."),
    timeline_group: "Años e hitos",
    year_steps: |y, n| if n == 1 { format!("{y}: 1 paso") } else { format!("{y}: {n} pasos") },
    enacted_step: |s| format!("aprobada: {s}"),
    timeline_table: "Cronología como tabla",
    timeline_columns: ["Año", "Políticas aprobadas", "Otros pasos (cambios, fallos)"],
    milestones_heading: "Hitos federales",
    milestone_begins: |x| format!("Comienza: {x}"),
    milestone_published: |x| format!("Publicado: {x}"),
    arrows_hint: "Use las flechas para moverse; Inicio y Fin llevan al primero y al último.",

    about_summary: "Sobre los datos",
    about_reports_heading: "Informes y períodos, con sus fuentes",
    about_reports_intro: "Cada informe o período de los datos: quién lo publicó y cuándo, qué cubrió y de dónde vienen sus cifras. Las descripciones están en inglés.",
    about_disputes_heading: "Disputas y correcciones",
    about_disputes_intro: |d, c| {
        format!("Los datos registran {d} disputas (una jurisdicción u otra fuente que discute una entrada) y {c} correcciones (quien publicó algo lo corrige). Cada una aparece en los detalles de la fila con sus fuentes.")
    },
};
