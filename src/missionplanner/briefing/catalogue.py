"""Every label of the printed documents, in French, Dutch and English: the one catalogue.

Layout code asks for labels by key (``cat["objectives"]``) and formats dates through ``Catalogue``,
which uses Babel for day and month names. Placeholders use ``str.format`` names.

A count is never written into a label by hand: ``cat.plural("n_meetings", 1)`` picks the form that
CLDR's plural rules (Babel's ``Locale.plural_form``) give the number in the language ("1 meeting",
"0 réunion", "2 vergaderingen") from ``PLURALS``; a sentence with several counts (``report_summary``)
is a label whose placeholders take those phrases.
"""

from __future__ import annotations

from datetime import date, datetime

from babel import Locale
from babel.dates import format_date

LANGUAGES = ("en", "fr", "nl")
LOCALES = {"en": "en_GB", "fr": "fr_BE", "nl": "nl_BE"}

#: key -> (English, French, Dutch)
LABELS: dict[str, tuple[str, str, str]] = {
    # Document titles and furniture
    "briefing_pack": ("Briefing pack", "Dossier de briefing", "Briefingdossier"),
    "outcome_report": ("Outcome report", "Compte rendu de mission", "Missieverslag"),
    "page_x_of_y": ("Page {page} of {pages}", "Page {page} sur {pages}", "Pagina {page} van {pages}"),
    # The header of a page that continues a meeting's brief: "Meeting 3: … (continued)".
    "continued": ("{text} (continued)", "{text} (suite)", "{text} (vervolg)"),
    "issued": ("Issued {date}", "Émis le {date}", "Uitgegeven op {date}"),
    "classification": ("Classification", "Classification", "Classificatie"),
    "unclassified": ("Unclassified", "Non classifié", "Niet geclassificeerd"),
    "destinations": ("Destinations", "Destinations", "Bestemmingen"),
    "dates": ("Dates", "Dates", "Data"),
    "lead": ("Head of mission", "Chef de mission", "Hoofd van de missie"),
    "status": ("Status", "Statut", "Status"),
    "contents": ("Contents", "Table des matières", "Inhoud"),
    # Editions (the minister's clean pack; the private office's working pack)
    "edition_minister": ("Minister's edition", "Édition ministre", "Editie minister"),
    "edition_working": ("Working edition (private office)", "Version de travail (cabinet)",
                        "Werkversie (kabinet)"),
    "edition": ("Edition", "Édition", "Editie"),
    "draft_watermark": ("DRAFT / PROJET / ONTWERP", "DRAFT / PROJET / ONTWERP", "DRAFT / PROJET / ONTWERP"),
    "draft_mark": ("DRAFT", "PROJET", "ONTWERP"),
    # Document control (cover and metadata)
    "version": ("Version", "Version", "Versie"),
    "version_n": ("Version {number}", "Version {number}", "Versie {number}"),
    "time_of_issue": ("Issued", "Émis le", "Uitgegeven op"),
    "issue_at": ("{date}, {time} ({zone} time)", "{date} à {time} (heure de {zone})",
                 "{date} om {time} (tijd in {zone})"),
    "drafting_officer": ("Drafting officer", "Rédigé par", "Opgesteld door"),
    "copy_number": ("Copy number", "Exemplaire n°", "Exemplaar nr."),
    "distribution": ("Distribution", "Distribution", "Verspreiding"),
    # Versions and what changed (briefing/changes_page.py)
    "supersedes": ("Version {number} \u2014 supersedes version {previous} of {date} {time}",
                   "Version {number} \u2014 remplace la version {previous} du {date} à {time}",
                   "Versie {number} \u2014 vervangt versie {previous} van {date} om {time}"),
    "changes_since": ("Changes since version {number}", "Modifications depuis la version {number}",
                      "Wijzigingen sinds versie {number}"),
    "changes_compared": ("Compared with version {number}, issued {date} at {time} ({edition}).",
                         "Par rapport à la version {number}, émise le {date} à {time} ({edition}).",
                         "Vergeleken met versie {number}, uitgegeven op {date} om {time} ({edition})."),
    "no_changes": ("No changes since version {number}.", "Aucune modification depuis la version {number}.",
                   "Geen wijzigingen sinds versie {number}."),
    "ch_added": ("Meetings added", "Réunions ajoutées", "Toegevoegde vergaderingen"),
    "ch_moved": ("Meetings moved", "Réunions déplacées", "Verplaatste vergaderingen"),
    "ch_cancelled": ("Meetings cancelled", "Réunions annulées", "Geannuleerde vergaderingen"),
    "ch_removed": ("Meetings removed from the programme", "Réunions retirées du programme",
                   "Uit het programma geschrapte vergaderingen"),
    "ch_status": ("Status changed", "Statut modifié", "Status gewijzigd"),
    "ch_texts": ("Texts changed", "Textes modifiés", "Gewijzigde teksten"),
    "ch_was_now": ("was {old}, now {new}", "auparavant {old}, désormais {new}", "voorheen {old}, nu {new}"),
    "ch_title": ("title", "titre", "titel"),
    "ch_the_mission": ("The mission", "La mission", "De missie"),
    "ch_not_compared": ("Texts not compared: version {number} was printed in {language}.",
                        "Textes non comparés\u00a0: la version {number} a été imprimée en {language}.",
                        "Teksten niet vergeleken: versie {number} werd in het {language} afgedrukt."),
    "pdf_subject": ("{document}, {edition}. Classification: {classification}",
                    "{document}, {edition}. Classification\u00a0: {classification}",
                    "{document}, {edition}. Classificatie: {classification}"),
    "report_subject": ("{document}. Classification: {classification}",
                       "{document}. Classification\u00a0: {classification}",
                       "{document}. Classificatie: {classification}"),
    # Points outstanding (working edition)
    "points_outstanding": ("Points outstanding", "Points en suspens", "Openstaande punten"),
    "awaiting_confirmation": ("{title}: meeting {status}, not yet confirmed",
                              "{title}\u00a0: réunion {status}, pas encore confirmée",
                              "{title}: vergadering {status}, nog niet bevestigd"),
    "to_confirm_field": ("{where}: {text}", "{where}\u00a0: {text}", "{where}: {text}"),
    "stay_without_hotel": ("{city}: no hotel booked for the stay", "{city}\u00a0: pas d'hôtel réservé pour le séjour",
                           "{city}: geen hotel geboekt voor het verblijf"),
    # Front matter (briefing/front_matter.py), the pocket card and the page budget
    "key_messages": ("Key messages", "Messages clés", "Kernboodschappen"),
    "key_messages_note": ("From the mission's objectives.", "D'après les objectifs de la mission.",
                          "Uit de doelstellingen van de missie."),
    "day_at_a_glance": ("Day at a glance", "La journée en bref", "De dag in één oogopslag"),
    "glance_what": ("Programme", "Programme", "Programma"),
    "glance_with": ("With:", "Avec\u00a0:", "Met:"),
    "glance_hotel_tonight": ("Hotel tonight: {hotel}", "Hôtel ce soir\u00a0: {hotel}", "Hotel vannacht: {hotel}"),
    "glance_no_hotel": ("none booked", "aucun réservé", "geen geboekt"),
    "contacts": ("Contacts", "Contacts", "Contactgegevens"),
    "duty_officer": ("Duty officer", "Agent de permanence", "Permanentieverantwoordelijke"),
    "host_protocol": ("Host protocol", "Protocole de l'hôte", "Protocol van de gastheer"),
    "pocket_card": ("Pocket card", "Fiche de poche", "Zakfiche"),
    # {meeting}: "Meeting 3: title" (meeting_n); {pages} and {budget}: counts (n_pages)
    "over_budget": ("{meeting} runs to {pages} (budget: {budget})",
                    "{meeting} compte {pages} (maximum\u00a0: {budget})",
                    "{meeting} telt {pages} (maximum: {budget})"),
    # Sections
    "overview": ("Mission overview", "Aperçu de la mission", "Overzicht van de missie"),
    "objectives": ("Objectives", "Objectifs", "Doelstellingen"),
    "mission_notes": ("Notes", "Remarques", "Opmerkingen"),
    "agreements_in_force": ("Agreements in force with host partners",
                            "Accords en vigueur avec les partenaires hôtes",
                            "Geldende overeenkomsten met de partners ter plaatse"),
    "key_figures": ("Key figures", "Chiffres clés", "Kerncijfers"),
    "delegation": ("Delegation", "Délégation", "Delegatie"),
    "logistics": ("Logistics", "Logistique", "Logistiek"),
    "itinerary": ("Day-by-day itinerary", "Programme jour par jour", "Programma per dag"),
    "meeting_briefs": ("Meeting briefs", "Fiches d'entretien", "Gespreksfiches"),
    "annexes": ("Annexes", "Annexes", "Bijlagen"),
    "annex_people": ("Annex A: People", "Annexe A\u00a0: Personnes", "Bijlage A: Personen"),
    "annex_orgs": ("Annex B: Organizations", "Annexe B\u00a0: Organisations", "Bijlage B: Organisaties"),
    "meeting_n": ("Meeting {n}: {title}", "Réunion {n}\u00a0: {title}", "Vergadering {n}: {title}"),
    # Key figures
    # (the counts themselves are in PLURALS)
    "fig_days": ("{days}, {cities}", "{days}, {cities}", "{days}, {cities}"),
    "fig_counterparts": ("{counterparts} from {organizations}", "{counterparts} de {organizations}",
                         "{counterparts} van {organizations}"),
    # Table headings
    "name": ("Name", "Nom", "Naam"),
    "role": ("Role", "Rôle", "Rol"),
    "mobile": ("Mobile", "GSM", "Gsm"),
    "email": ("Email", "Courriel", "E-mail"),
    "phone": ("Phone", "Téléphone", "Telefoon"),
    "website": ("Website", "Site web", "Website"),
    "address": ("Address", "Adresse", "Adres"),
    "contact": ("Contact", "Contact", "Contact"),
    "title_org": ("Title and organization", "Fonction et organisation", "Functie en organisatie"),
    "kind_city": ("Kind and place", "Type et lieu", "Soort en plaats"),
    "arrival": ("Arrival", "Arrivée", "Aankomst"),
    "departure": ("Departure", "Départ", "Vertrek"),
    "hotel": ("Hotel", "Hôtel", "Hotel"),
    "embassy": ("Embassy", "Ambassade", "Ambassade"),
    "emergency": ("Emergency", "Urgences", "Noodnummers"),
    "practical_notes": ("Practical notes", "Informations pratiques", "Praktische informatie"),
    "time_zone": ("Time zone", "Fuseau horaire", "Tijdzone"),
    # "Japan Standard Time (UTC+9), 7 h ahead of Brussels": a zone's name (CLDR), its offset and
    # the difference with the home clock, at the mission's dates
    "zone_ahead": ("{name} ({offset}), {diff} ahead of {home}", "{name} ({offset}), {diff} d’avance sur {home}",
                   "{name} ({offset}), {diff} voor op {home}"),
    "zone_behind": ("{name} ({offset}), {diff} behind {home}", "{name} ({offset}), {diff} de retard sur {home}",
                    "{name} ({offset}), {diff} achter op {home}"),
    "zone_same": ("{name} ({offset}), the same time as {home}", "{name} ({offset}), même heure qu’à {home}",
                  "{name} ({offset}), dezelfde tijd als in {home}"),
    "zone_home": ("{name} ({offset})", "{name} ({offset})", "{name} ({offset})"),
    "hours_short": ("{h}\u00a0h", "{h}\u00a0h", "{h}\u00a0u"),
    "hours_minutes_short": ("{h}\u00a0h\u00a0{m:02d}", "{h}\u00a0h\u00a0{m:02d}", "{h}\u00a0u\u00a0{m:02d}"),
    "local_time": ("Local time", "Heure locale", "Lokale tijd"),
    "home_time": ("{zone} time", "Heure de {zone}", "Tijd in {zone}"),
    "city": ("City", "Ville", "Stad"),
    "venue": ("Venue", "Lieu", "Locatie"),
    "meeting": ("Meeting", "Réunion", "Vergadering"),
    "counterparts": ("Counterparts", "Interlocuteurs", "Gesprekspartners"),
    "our_delegation": ("Our delegation", "Notre délégation", "Onze delegatie"),
    "hosts_and_counterparts": ("Hosts and counterparts", "Hôtes et interlocuteurs", "Gastheren en gesprekspartners"),
    "contact_label": ("{label}:", "{label}\u00a0:", "{label}:"),
    "no_meetings_day": ("No meetings planned.", "Aucune réunion prévue.", "Geen vergaderingen gepland."),
    # The trip: positions, kinds of event, travel and stays (issue 15)
    "name_to_be_confirmed": ("name to be confirmed", "nom à confirmer", "naam te bevestigen"),
    "kind": ("Kind", "Type", "Soort"),
    "dress_code": ("Dress code", "Tenue", "Kledij"),
    "ek_meeting": ("Meeting", "Réunion", "Vergadering"),
    "ek_courtesy-call": ("Courtesy call", "Visite de courtoisie", "Beleefdheidsbezoek"),
    "ek_breakfast": ("Breakfast", "Petit-déjeuner", "Ontbijt"),
    "ek_lunch": ("Lunch", "Déjeuner", "Lunch"),
    "ek_dinner": ("Dinner", "Dîner", "Diner"),
    "ek_reception": ("Reception", "Réception", "Receptie"),
    "ek_site-visit": ("Site visit", "Visite de site", "Bedrijfsbezoek"),
    "ek_press": ("Press", "Presse", "Pers"),
    "ek_signing-ceremony": ("Signing ceremony", "Cérémonie de signature", "Ondertekeningsceremonie"),
    "ek_internal": ("Internal", "Réunion interne", "Intern overleg"),
    "ek_other": ("Other", "Autre", "Andere"),
    "tk_flight": ("Flight", "Vol", "Vlucht"),
    "tk_train": ("Train", "Train", "Trein"),
    "tk_car": ("Car", "Voiture", "Auto"),
    "tk_boat": ("Boat", "Bateau", "Boot"),
    "tk_other": ("Journey", "Trajet", "Reis"),
    "departs": ("Departs {place}", "Départ de {place}", "Vertrek uit {place}"),
    "arrives": ("Arrives in {place}", "Arrivée à {place}", "Aankomst in {place}"),
    "arrives_next_day": ("arrives the next day", "arrivée le lendemain", "aankomst de volgende dag"),
    "arrives_day_before": ("arrives the day before (local time)", "arrivée la veille (heure locale)",
                           "aankomst de dag voordien (lokale tijd)"),
    "terminal": ("terminal {t}", "terminal {t}", "terminal {t}"),
    "booking": ("Booking {ref}", "Réservation {ref}", "Boeking {ref}"),
    "seat": ("seat {seat}", "siège {seat}", "zitplaats {seat}"),
    "check_in": ("Hotel check-in: {hotel}", "Arrivée à l'hôtel\u00a0: {hotel}", "Inchecken hotel: {hotel}"),
    "check_out": ("Hotel check-out: {hotel}", "Départ de l'hôtel\u00a0: {hotel}", "Uitchecken hotel: {hotel}"),
    "travel_and_stay": ("Travel and stay", "Voyage et séjour", "Reis en verblijf"),
    "timeline": ("The trip at a glance", "Le voyage en un coup d'œil", "De reis in één oogopslag"),
    "timeline_note": ("One band per day, local time of the day's place; clocks change at the red marks.",
                      "Une bande par jour, à l'heure locale du lieu du jour\u00a0; l'heure change aux repères rouges.",
                      "Eén band per dag, in de plaatselijke tijd van die dag; de klok verspringt bij de rode "
                      "markeringen."),
    "legend_travel": ("Travel", "Voyage", "Reis"),
    "legend_stay": ("Stay", "Séjour", "Verblijf"),
    "legend_meeting": ("Meeting", "Réunion", "Vergadering"),
    "legend_clocks": ("Clocks change", "Changement d'heure", "Klok verspringt"),
    "action": ("Action", "Action", "Actie"),
    "owner": ("Owner", "Responsable", "Verantwoordelijke"),
    "due": ("Due", "Échéance", "Termijn"),
    "date": ("Date", "Date", "Datum"),
    "mission": ("Mission", "Mission", "Missie"),
    "outcome": ("Outcome", "Résultat", "Resultaat"),
    # Meeting brief
    "reason": ("Reason for the meeting", "Raison de la réunion", "Reden van de vergadering"),
    "requested_by": ("Requested by: {who}", "Demandée par\u00a0: {who}", "Aangevraagd door: {who}"),
    "practical": ("Time, place and arrangements", "Heure, lieu et dispositions pratiques",
                  "Tijd, plaats en praktische regelingen"),
    "time": ("Time", "Heure", "Tijd"),
    "arrangements": ("Arrangements", "Dispositions pratiques", "Praktische regelingen"),
    "points_to_make": ("Points to make", "Éléments de langage", "Spreekpunten"),
    "if_raised": ("If raised", "Si la question est abordée", "Indien aangekaart"),
    "background": ("Background", "Contexte", "Achtergrond"),
    "personality_notes": ("Personality notes", "Fiches biographiques", "Persoonlijkheidsfiches"),
    "native_name": ("Name in own script", "Nom en écriture d'origine", "Naam in eigen schrift"),
    "family_name_first": ("family name first", "nom de famille en premier", "familienaam eerst"),
    "form_of_address": ("Form of address", "Formule d'adresse", "Aanspreekvorm"),
    "pronunciation": ("Pronunciation", "Prononciation", "Uitspraak"),
    "biography": ("Biography", "Biographie", "Biografie"),
    "organization_profile": ("Organization profile", "Profil de l'organisation", "Profiel van de organisatie"),
    "agreements": ("Agreements", "Accords", "Overeenkomsten"),
    "past_interactions": ("Previous interactions", "Contacts antérieurs", "Eerdere contacten"),
    "open_followups": ("Open follow-ups", "Suites à donner en cours", "Openstaande opvolgingspunten"),
    "signed": ("signed {date}", "signé le {date}", "ondertekend op {date}"),
    "signed_about": ("signed about {date}", "signé vers le {date}", "ondertekend rond {date}"),
    "parties": ("Parties", "Parties", "Partijen"),
    "scope": ("Scope", "Objet", "Onderwerp"),
    "signatories": ("Signatories", "Signataires", "Ondertekenaars"),
    "expires": ("expires {date}", "expire le {date}", "vervalt op {date}"),
    # Checks
    "severity_error": ("Error", "Erreur", "Fout"),
    "severity_warning": ("Warning", "Avertissement", "Waarschuwing"),
    "severity_info": ("Note", "Remarque", "Opmerking"),
    "flag_colon": (": ", "\u00a0: ", ": "),  # between a flag's severity and its sentence
    # Before a text printed as it was typed, for want of one in the reader's language (translations).
    "untranslated_mark": ("[not translated]", "[non traduit]", "[niet vertaald]"),
    "colon": (": ", "\u00a0: ", ": "),  # between a label and what it introduces ("Parties : ...")
    # A scheduling problem's sentence (problem_sentences; English as its ENGLISH, held equal by a
    # test; the same wording as the window's French and Dutch translations)
    "pr_overlap": ("%1 cannot be in two meetings at once: %2 and %3 overlap",
                   "Deux réunions à la fois pour %1\u00a0: %2 et %3 se chevauchent",
                   "Twee vergaderingen tegelijk voor %1: %2 en %3 overlappen"),
    "pr_travel": ("%1 would have %2 to get from %3 to %4 between %5 and %6; allow at least %7",
                  "%1\u00a0: seulement %2 pour aller de %3 à %4 entre %5 et %6\u00a0; prévoir au moins %7",
                  "%1: slechts %2 om van %3 naar %4 te reizen tussen %5 en %6; reken op minstens %7"),
    "pr_outside-stay": ("%1 is outside the stay in %2 (%3)", "%1 tombe en dehors du séjour à %2 (%3)",
                        "%1 valt buiten het verblijf in %2 (%3)"),
    "pr_outside-legs": ("%1 is in %2, where the mission does not go (legs: %3)",
                        "%1 a lieu à %2, où la mission ne va pas (étapes\u00a0: %3)",
                        "%1 vindt plaats in %2, waar de missie niet heen gaat (etappes: %3)"),
    "pr_arrival": ("%1 starts %2 after arriving in %3 (%4); allow at least %5",
                   "%1 commence %2 après l’arrivée à %3 (%4)\u00a0; prévoir au moins %5",
                   "%1 begint %2 na de aankomst in %3 (%4); reken op minstens %5"),
    "pr_after-hours": ("%1 is outside local business hours (%2–%3)",
                       "%1 est en dehors des heures de bureau locales (%2–%3)",
                       "%1 valt buiten de lokale kantooruren (%2–%3)"),
    "pr_holiday": ("%1 falls on a public holiday in %2: %3", "%1 tombe un jour férié\u00a0: %3, %2",
                   "%1 valt op een feestdag in %2: %3"),
    "pr_before-arrival": ("%1 starts before the arrival of %2 (%3)",
                          "%1 commence avant l’arrivée de %2 (%3)",
                          "%1 begint vóór de aankomst van %2 (%3)"),
    "pr_after-departure": ("%1 ends after the departure of %2 (%3)",
                           "%1 finit après le départ de %2 (%3)",
                           "%1 eindigt na het vertrek van %2 (%3)"),
    "pr_no-travel": ("No travel is planned for %1 from %2 to %3 between %4 and %5",
                     "Aucun trajet prévu pour %1 de %2 à %3 entre %4 et %5",
                     "Geen reis gepland voor %1 van %2 naar %3 tussen %4 en %5"),
    "pr_travel-segment": ("%1 would have %2 between %3 and %4; allow at least %5",
                          "%1\u00a0: seulement %2 entre %3 et %4\u00a0; prévoir au moins %5",
                          "%1: slechts %2 tussen %3 en %4; reken op minstens %5"),
    "pr_travel-overlap": ("%1 cannot be on %2 and %3 at once",
                          "%1 ne peut pas prendre à la fois %2 et %3",
                          "%1 kan niet tegelijk %2 en %3 nemen"),
    "pr_travel-clash": ("%1 would be travelling during %2: %3",
                        "%1 serait en route pendant %2\u00a0: %3",
                        "%1 zou onderweg zijn tijdens %2: %3"),
    "pr_meeting": ("“%1” (%2–%3 %4 time)", "«\u00a0%1\u00a0» (%2–%3, heure locale à %4)",
                   "‘%1’ (%2–%3, lokale tijd in %4)"),
    "pr_other-mission-meeting": ("“%1” (%2–%3 %4 time, mission “%5”)",
                                 "«\u00a0%1\u00a0» (%2–%3, heure locale à %4, mission «\u00a0%5\u00a0»)",
                                 "‘%1’ (%2–%3, lokale tijd in %4, missie ‘%5’)"),
    "pr_stay": ("%1 to %2", "du %1 au %2", "van %1 tot %2"),
    "pr_segment": ("%1 from %2 (%3) to %4 (%5)", "%1 de %2 (%3) à %4 (%5)", "%1 van %2 (%3) naar %4 (%5)"),
    "pr_kind-flight": ("the flight", "le vol", "de vlucht"),
    "pr_kind-train": ("the train", "le train", "de trein"),
    "pr_kind-car": ("the car", "la voiture", "de auto"),
    "pr_kind-boat": ("the boat", "le bateau", "de boot"),
    "pr_kind-other": ("the journey", "le trajet", "de reis"),
    "pr_last-of-list": ("%1 and %2", "%1 et %2", "%1 en %2"),
    "pr_someone": ("someone", "quelqu’un", "iemand"),
    "pr_hours-minutes": ("%1 h %2", "%1 h %2", "%1 u %2"),
    "pr_hours": ("%1 h", "%1 h", "%1 u"),
    "pr_minutes": ("%1 min", "%1 min", "%1 min"),
    # Report
    "outcomes": ("Meeting outcomes", "Résultats des réunions", "Resultaten van de vergaderingen"),
    "decisions": ("Decisions", "Décisions", "Beslissingen"),
    "no_outcome": ("No outcome recorded.", "Aucun résultat consigné.", "Geen resultaat vastgelegd."),
    "followups": ("Follow-ups", "Suites à donner", "Opvolgingspunten"),
    "no_followups": ("No follow-ups.", "Aucune suite à donner.", "Geen opvolgingspunten."),
    "overdue": ("OVERDUE", "EN RETARD", "ACHTERSTALLIG"),
    "recurring": ("recurring", "récurrent", "terugkerend"),
    "summary": ("Summary", "Résumé", "Samenvatting"),
    # the four counts are PLURALS' n_meetings, n_held, n_followups and n_open
    "report_summary": ("{meetings}, {held}; {followups}, {open}", "{meetings}, {held}\u00a0; {followups}, {open}",
                       "{meetings}, {held}; {followups}, {open}"),
    # Meeting, follow-up and agreement statuses
    "st_proposed": ("proposed", "proposée", "voorgesteld"),
    "st_requested": ("requested", "demandée", "aangevraagd"),
    "st_confirmed": ("confirmed", "confirmée", "bevestigd"),
    "st_held": ("held", "tenue", "gehouden"),
    "st_cancelled": ("cancelled", "annulée", "geannuleerd"),
    "st_open": ("open", "en cours", "open"),
    "st_done": ("done", "fait", "afgehandeld"),
    "st_in-force": ("in force", "en vigueur", "van kracht"),
    "st_draft": ("draft", "projet", "ontwerp"),
    "st_expired": ("expired", "expiré", "verlopen"),
    "st_terminated": ("terminated", "résilié", "beëindigd"),
    "st_planned": ("planned", "prévue", "gepland"),
    "st_negotiating": ("under negotiation", "en négociation", "in onderhandeling"),
    # Mission kinds and statuses
    "mk_official-mission": ("Official mission", "Mission officielle", "Officiële missie"),
    "mk_economic-mission": ("Economic mission", "Mission économique", "Economische missie"),
    "mk_state-visit": ("State visit", "Visite d'État", "Staatsbezoek"),
    "mk_trade-fair": ("Trade fair", "Salon professionnel", "Vakbeurs"),
    "mk_other": ("Mission", "Mission", "Missie"),
    "ms_draft": ("draft", "projet", "ontwerp"),
    "ms_planned": ("planned", "prévue", "gepland"),
    "ms_confirmed": ("confirmed", "confirmée", "bevestigd"),
    "ms_ongoing": ("under way", "en cours", "lopend"),
    "ms_done": ("completed", "terminée", "afgerond"),
    "ms_cancelled": ("cancelled", "annulée", "geannuleerd"),
    # Organization kinds
    "ok_government": ("government", "gouvernement", "overheid"),
    "ok_region": ("region", "région", "gewest"),
    "ok_prefecture": ("prefecture", "préfecture", "prefectuur"),
    "ok_company": ("company", "entreprise", "onderneming"),
    "ok_chamber": ("chamber", "chambre", "kamer"),
    "ok_district": ("district", "quartier", "wijk"),
    "ok_embassy": ("embassy", "ambassade", "ambassade"),
    "ok_association": ("association", "association", "vereniging"),
    "ok_university": ("university", "université", "universiteit"),
    "ok_other": ("other", "autre", "andere"),
}

#: key -> (English, French, Dutch), each {CLDR plural category: text with "{n}"}. Every language
#: has "other", the form of any category it does not give; "one" where the language has one
#: (French counts 0 and 1 as singular: "0 réunion tenue", English and Dutch only 1).
PLURALS: dict[str, tuple[dict[str, str], dict[str, str], dict[str, str]]] = {
    "n_pages": ({"one": "{n} page", "other": "{n} pages"},
                {"one": "{n} page", "other": "{n} pages"},
                {"one": "{n} pagina", "other": "{n} pagina's"}),
    "n_meetings": ({"one": "{n} meeting", "other": "{n} meetings"},
                   {"one": "{n} réunion", "other": "{n} réunions"},
                   {"one": "{n} vergadering", "other": "{n} vergaderingen"}),
    "n_held": ({"other": "{n} held"},
               {"one": "dont {n} tenue", "other": "dont {n} tenues"},
               {"other": "{n} gehouden"}),
    "n_followups": ({"one": "{n} follow-up", "other": "{n} follow-ups"},
                    {"one": "{n} suite à donner", "other": "{n} suites à donner"},
                    {"one": "{n} opvolgingspunt", "other": "{n} opvolgingspunten"}),
    "n_open": ({"other": "{n} open"},
               {"other": "dont {n} en cours"},
               {"other": "{n} open"}),
    "n_overdue": ({"other": "{n} overdue"},
                  {"other": "{n} en retard"},
                  {"other": "{n} achterstallig"}),
    "fig_meetings": ({"one": "{n} meeting planned", "other": "{n} meetings planned"},
                     {"one": "{n} réunion prévue", "other": "{n} réunions prévues"},
                     {"one": "{n} geplande vergadering", "other": "{n} geplande vergaderingen"}),
    "n_unconfirmed": ({"one": "{n} meeting still to be confirmed", "other": "{n} meetings still to be confirmed"},
                      {"one": "{n} réunion encore à confirmer", "other": "{n} réunions encore à confirmer"},
                      {"one": "{n} vergadering nog te bevestigen", "other": "{n} vergaderingen nog te bevestigen"}),
    "n_days": ({"one": "{n} day", "other": "{n} days"},
               {"one": "{n} jour", "other": "{n} jours"},
               {"one": "{n} dag", "other": "{n} dagen"}),
    "n_counterparts": ({"one": "{n} counterpart", "other": "{n} counterparts"},
                       {"one": "{n} interlocuteur", "other": "{n} interlocuteurs"},
                       {"one": "{n} gesprekspartner", "other": "{n} gesprekspartners"}),
    "n_organizations": ({"one": "{n} organization", "other": "{n} organizations"},
                        {"one": "{n} organisation", "other": "{n} organisations"},
                        {"one": "{n} organisatie", "other": "{n} organisaties"}),
    "problems_count": ({"one": "{n} scheduling problem flagged below.",
                        "other": "{n} scheduling problems flagged below."},
                       {"one": "{n} problème de planning signalé ci-dessous.",
                        "other": "{n} problèmes de planning signalés ci-dessous."},
                       {"one": "{n} planningsprobleem hieronder aangeduid.",
                        "other": "{n} planningsproblemen hieronder aangeduid."}),
    "arrives_days_later": ({"one": "arrives {n} day later", "other": "arrives {n} days later"},
                           {"one": "arrivée {n} jour plus tard", "other": "arrivée {n} jours plus tard"},
                           {"one": "aankomst {n} dag later", "other": "aankomst {n} dagen later"}),
    "arrives_days_before": ({"one": "arrives {n} day before (local time)",
                             "other": "arrives {n} days before (local time)"},
                            {"one": "arrivée {n} jour plus tôt (heure locale)",
                             "other": "arrivée {n} jours plus tôt (heure locale)"},
                            {"one": "aankomst {n} dag vroeger (lokale tijd)",
                             "other": "aankomst {n} dagen vroeger (lokale tijd)"}),
}

_INDEX = {lang: i for i, lang in enumerate(LANGUAGES)}


def _utc_offset(offset) -> str:
    """"UTC+9", "UTC+5:30", "UTC−3" (a minus sign), "UTC"."""
    minutes = int(offset.total_seconds()) // 60
    if not minutes:
        return "UTC"
    sign = "+" if minutes > 0 else "\u2212"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h}" + (f":{m:02d}" if m else "")


class Catalogue:
    """Labels and dates in one language."""

    def __init__(self, lang: str = "en"):
        if lang not in _INDEX:
            raise ValueError(f"unknown language {lang!r} (use one of {', '.join(LANGUAGES)})")
        self.lang = lang
        self.locale = LOCALES[lang]
        self._i = _INDEX[lang]
        self._dates: dict[tuple[date, str], str] = {}
        self._plural_form = Locale.parse(self.locale).plural_form

    def __getitem__(self, key: str) -> str:
        return LABELS[key][self._i]

    def __call__(self, key: str, **values) -> str:
        return LABELS[key][self._i].format(**values)

    def plural(self, key: str, n: int, **values) -> str:
        """A `PLURALS` phrase for `n`, in the form the language's CLDR plural rules give `n`
        ("1 réunion", "0 réunion", "2 réunions"); "other" when the entry has no such form."""
        forms = PLURALS[key][self._i]
        text = forms.get(self._plural_form(n)) or forms["other"]
        return text.format(n=n, **values)

    def status(self, value: str, prefix: str = "st") -> str:
        """A stored word (status, kind) in this language; unknown words are shown as stored.

        Prefixes: ``st`` meeting, follow-up and agreement statuses; ``ms`` mission statuses; ``mk``
        mission kinds; ``ok`` organization kinds; ``ek`` meeting (event) kinds; ``tk`` travel kinds.
        """
        entry = LABELS.get(f"{prefix}_{value}")
        return entry[self._i] if entry else value

    def date(self, value: date | datetime | str | None, fmt: str = "long") -> str:
        """A date with day and month names from Babel ("9 juin 2017", "vendredi 9 juin 2017")."""
        if value in (None, ""):
            return ""
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        if isinstance(value, datetime):
            value = value.date()
        key = (value, fmt)
        text = self._dates.get(key)  # a pack names the same days many times; Babel is slow
        if text is None:
            text = self._dates[key] = format_date(value, format=fmt, locale=self.locale)
        return text

    def problem(self, problem: dict) -> str:
        """A scheduling problem (services/checks.py) in this language, rebuilt from its parts; its
        English message when they are missing."""
        from ..services.problem_sentences import problem_sentence

        return problem_sentence(problem, lambda key: self[f"pr_{key}"], self.country)

    def country(self, code: str) -> str:
        """"Corée du Sud (KR)": a country's name in this language (CLDR), and its code."""
        from babel import Locale

        name = Locale.parse(self.locale).territories.get(code.upper())
        return f"{name} ({code.upper()})" if name else code.upper()

    def zone_city(self, zone_name: str) -> str:
        """The city of an IANA zone in this language ("Bruxelles" for Europe/Brussels)."""
        from babel.dates import get_timezone, get_timezone_location

        try:
            return get_timezone_location(get_timezone(zone_name), locale=self.locale, return_city=True)
        except (LookupError, ValueError):
            return zone_name.rsplit("/", 1)[-1].replace("_", " ")

    def zone_description(self, zone_name: str, at: datetime, home: str) -> str:
        """"Japan Standard Time (UTC+9), 7 h ahead of Brussels": the zone's name in this language
        (CLDR, through Babel), its offset from UTC and the difference with the `home` zone, both
        as they are at the instant `at` (the mission's dates, not today's)."""
        from babel.dates import get_timezone_name

        from ..services.timeutil import zone

        here, there = at.astimezone(zone(zone_name)), at.astimezone(zone(home))
        key = (zone_name, home, here.utcoffset(), there.utcoffset())
        cache = self.__dict__.setdefault("_zones", {})
        if key in cache:
            return cache[key]
        try:
            name = get_timezone_name(here, width="long", locale=self.locale)
        except (LookupError, ValueError):
            name = zone_name
        name = name[:1].upper() + name[1:]
        offset = here.utcoffset()
        diff = offset - there.utcoffset()
        values = {"name": name, "offset": _utc_offset(offset), "home": self.zone_city(home),
                  "diff": self._duration(abs(diff))}
        if zone_name == home:
            text = self("zone_home", **values)
        elif not diff:
            text = self("zone_same", **values)
        else:
            text = self("zone_ahead" if diff.total_seconds() > 0 else "zone_behind", **values)
        cache[key] = text
        return text

    def _duration(self, delta) -> str:
        minutes = int(delta.total_seconds()) // 60
        h, m = divmod(minutes, 60)
        return self("hours_minutes_short", h=h, m=m) if m else self("hours_short", h=h)

    def day_heading(self, value: date) -> str:
        text = self.date(value, "full")
        return text[:1].upper() + text[1:]

    def date_range(self, start: date, end: date) -> str:
        if start == end:
            return self.date(start)
        return f"{self.date(start)} – {self.date(end)}"
