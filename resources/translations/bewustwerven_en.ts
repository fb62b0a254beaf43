<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminView</name>
    <message>
        <location filename="../../bewustwerven/ui/admin/__init__.py" line="19"/>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/__init__.py" line="25"/>
        <source>&amp;Afdelingen</source>
        <translation>Uni&amp;ts</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/__init__.py" line="27"/>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/__init__.py" line="24"/>
        <source>Gebr&amp;uikers en rollen</source>
        <translation>&amp;Users and roles</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/__init__.py" line="26"/>
        <source>Beleids&amp;profiel</source>
        <translation>&amp;Policy profile</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../bewustwerven/ui/hr/audit.py" line="39"/>
        <location filename="../../bewustwerven/ui/hr/audit.py" line="116"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/audit.py" line="41"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/audit.py" line="42"/>
        <source>&amp;Procedure:</source>
        <translation>&amp;Procedure:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/audit.py" line="46"/>
        <source>Controle van het auditspoor</source>
        <translation>Check of the audit trail</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/audit.py" line="47"/>
        <source>Spoor &amp;opnieuw controleren</source>
        <translation>Check the trail &amp;again</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/audit.py" line="48"/>
        <source>&amp;Dossier exporteren…</source>
        <translation>Export &amp;case file…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/audit.py" line="50"/>
        <source>Het dossier van deze procedure als PDF, CSV of Excel-bestand.</source>
        <translation>This procedure&apos;s case file as a PDF, CSV or Excel file.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/audit.py" line="52"/>
        <source>O&amp;rganisatierapport…</source>
        <translation>O&amp;rganisation report…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/audit.py" line="54"/>
        <source>Cijfers over alle procedures in een periode, als PDF, CSV of Excel-bestand.</source>
        <translation>Figures on all procedures in a period, as a PDF, CSV or Excel file.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/audit.py" line="58"/>
        <source>Melding over rapporten</source>
        <translation>Message about reports</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/audit.py" line="77"/>
        <source>Tijdlijn van gebeurtenissen</source>
        <translation>Timeline of events</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/audit.py" line="90"/>
        <location filename="../../bewustwerven/ui/hr/audit.py" line="91"/>
        <source>Bevindingen bij de volgende poort</source>
        <translation>Findings at the next gate</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/audit.py" line="172"/>
        <source>Bevindingen bij de volgende poort ({n}):</source>
        <translation>Findings at the next gate ({n}):</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/audit.py" line="174"/>
        <source>De procedure is afgesloten; er is geen poort meer.</source>
        <translation>The procedure is closed; there is no gate left.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/audit.py" line="186"/>
        <source>Het auditspoor wordt gecontroleerd…</source>
        <translation>Checking the audit trail…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/audit.py" line="202"/>
        <source>Het auditspoor klopt: {n} gebeurtenissen, niets herschreven. Kop van de keten: {head}</source>
        <translation>The audit trail is intact: {n} events, nothing rewritten. Head of the chain: {head}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/audit.py" line="210"/>
        <source>Het auditspoor klopt NIET. Eerste gebroken schakel: gebeurtenis {seq}. {problem}</source>
        <translation>The audit trail is NOT intact. First broken link: event {seq}. {problem}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/audit.py" line="223"/>
        <source>De controle kon niet worden uitgevoerd.</source>
        <translation>The check could not be run.</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="63"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="67"/>
        <source>Volgende poort</source>
        <translation>Next gate</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="77"/>
        <source>Controleer de poort en ga naar de volgende fase.</source>
        <translation>Check the gate and go to the next stage.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="80"/>
        <source>&amp;Afwijking aanvragen…</source>
        <translation>Request a &amp;deviation…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="82"/>
        <source>Vraag P&amp;O om een afwijking voor een blokkerende bevinding.</source>
        <translation>Ask HR for a deviation for a blocking finding.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="87"/>
        <source>Terug naar Concept met een nieuwe versie van criteria en vragen.</source>
        <translation>Back to Draft with a new version of criteria and questions.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="101"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="119"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1}, schaal {2}, {3} uur · ronde {4} · {5} kandidaten</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1}, scale {2}, {3} hours · round {4} · {5} candidates</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="125"/>
        <source>De procedure is afgesloten.</source>
        <translation>The procedure is closed.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="128"/>
        <source>Blokkades: {0}. Waarschuwingen: {1}.</source>
        <translation>Blocks: {0}. Warnings: {1}.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="132"/>
        <source>Geen bevindingen: de poort is open.</source>
        <translation>No findings: the gate is open.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="134"/>
        <source>{0}. Daarna: {1}. {2}</source>
        <translation>{0}. Then: {1}. {2}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="143"/>
        <source>Opgeheven door een goedgekeurde afwijking: {0}.</source>
        <translation>Lifted by an approved deviation: {0}.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="170"/>
        <source>De procedure is nu in de fase: {0}.</source>
        <translation>The procedure is now in the stage: {0}.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="193"/>
        <source>Afwijking {0} is aangevraagd. P&amp;O beslist; daarna kunt u verder.</source>
        <translation>Deviation {0} has been requested. HR decides; then you can go on.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="210"/>
        <source>De procedure staat weer in Concept, ronde {0}.</source>
        <translation>The procedure is back in Draft, round {0}.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="75"/>
        <source>Volgende &amp;fase</source>
        <translation>&amp;Next stage</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="85"/>
        <source>Her&amp;starten…</source>
        <translation>Res&amp;tart…</translation>
    </message>
</context>
<context>
    <name>CandidatePrivacyActions</name>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidate_privacy.py" line="38"/>
        <source>&amp;Zelfidentificatie vastleggen…</source>
        <translation>Record se&amp;lf-identification…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidate_privacy.py" line="39"/>
        <source>Inzage &amp;maken…</source>
        <translation>&amp;Make subject access export…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidate_privacy.py" line="41"/>
        <source>Verwijderen o&amp;p verzoek…</source>
        <translation>&amp;Delete on request…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidate_privacy.py" line="43"/>
        <source>Leg vrijwillige gegevens van de kandidaat over zichzelf vast.</source>
        <translation>Record the data the candidate gives about themselves, voluntarily.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidate_privacy.py" line="44"/>
        <source>Zet alle gegevens over de kandidaat in een map (inzage).</source>
        <translation>Put all data about the candidate in a folder (subject access).</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidate_privacy.py" line="45"/>
        <source>De kandidaat maakt bezwaar: de zelfidentificatie gaat weg.</source>
        <translation>The candidate objects: the self-identification is deleted.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidate_privacy.py" line="46"/>
        <source>Verwijder naam, contact en documenten nu, op verzoek.</source>
        <translation>Delete name, contact details and documents now, on request.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidate_privacy.py" line="95"/>
        <source>Privacy-acties voor de kandidaat</source>
        <translation>Privacy actions for the candidate</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidate_privacy.py" line="108"/>
        <source>Zelfidentificatie van {0} is vastgelegd.</source>
        <translation>Self-identification of {0} is recorded.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidate_privacy.py" line="118"/>
        <source>Inzage voor {0} staat in {1}. Geef de map veilig door.</source>
        <translation>The subject access export for {0} is in {1}. Hand the folder over safely.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidate_privacy.py" line="129"/>
        <source>Bezwaar van {0} is geregistreerd; de zelfidentificatie is weg.</source>
        <translation>The objection of {0} is registered; the self-identification is deleted.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidate_privacy.py" line="141"/>
        <source>Gegevens van {0} zijn verwijderd. Scores en besluiten blijven.</source>
        <translation>The data of {0} is deleted. Scores and decisions stay.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidate_privacy.py" line="40"/>
        <source>Bezw&amp;aar registreren…</source>
        <translation>Register ob&amp;jection…</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="170"/>
        <source>Kandidaatcode</source>
        <translation>Candidate code</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="171"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="172"/>
        <source>Gesolliciteerd</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="173"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="174"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="175"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="176"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>CandidatesWidget</name>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidates.py" line="40"/>
        <source>Sollicitaties &amp;importeren…</source>
        <translation>&amp;Import applications…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidates.py" line="42"/>
        <source>Toon i&amp;dentiteiten…</source>
        <translation>Show iden&amp;tities…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidates.py" line="44"/>
        <source>Toont namen en contactgegevens. Dit wordt vastgelegd.</source>
        <translation>Shows names and contact details. This is logged.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidates.py" line="59"/>
        <source>Kandidaten</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidates.py" line="69"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidates.py" line="107"/>
        <source>{0} kandidaten</source>
        <translation>{0} candidates</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidates.py" line="109"/>
        <source>Nog geen kandidaten. Importeer sollicitaties uit een CSV-bestand.</source>
        <translation>No candidates yet. Import applications from a CSV file.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidates.py" line="117"/>
        <source>Identiteiten tonen?</source>
        <translation>Show identities?</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/candidates.py" line="119"/>
        <source>U ziet dan namen en contactgegevens van alle kandidaten. Dit wordt vastgelegd in het auditspoor. Wie identiteiten zag, kan in deze procedure niet meer blind scoren: u kunt dan geen voorzitter of lid van de commissie zijn. Doorgaan?</source>
        <translation>You will see the names and contact details of all candidates. This is logged in the audit trail. Whoever saw identities can no longer score blind in this procedure: you can then not be the chair or a member of the committee. Continue?</translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="201"/>
        <source>Waar plaatst u de vacature? Vanaf schaal 12 hoort er minstens één kanaal bij dat gericht is op diverse netwerken.</source>
        <translation>Where do you publish the vacancy? From scale 12, at least one channel must be aimed at diverse networks.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="209"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="209"/>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="259"/>
        <source>Gericht op diverse netwerken</source>
        <translation>Aimed at diverse networks</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="211"/>
        <source>Wervingskanalen</source>
        <translation>Recruitment channels</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="220"/>
        <source>Naam van het nieuwe kanaal</source>
        <translation>Name of the new channel</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="221"/>
        <source>Bijvoorbeeld: werkenbijamsterdam.nl</source>
        <translation>For example: werkenbijamsterdam.nl</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="222"/>
        <source>Kanaal &amp;toevoegen</source>
        <translation>&amp;Add channel</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="225"/>
        <source>Kanaal verwijderen</source>
        <translation>Remove channel</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="227"/>
        <source>Kanalen &amp;opslaan</source>
        <translation>&amp;Save channels</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="280"/>
        <source>De wervingskanalen zijn opgeslagen.</source>
        <translation>The recruitment channels have been saved.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="224"/>
        <source>Verwij&amp;deren</source>
        <translation>Re&amp;move</translation>
    </message>
</context>
<context>
    <name>CommitteeTab</name>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="49"/>
        <source>Stel een diverse commissie samen: minstens drie mensen, een P&amp;O- of W&amp;S-adviseur, iemand van buiten de afdeling. De controle hieronder werkt mee terwijl u kiest.</source>
        <translation>Put together a diverse committee: at least three people, an HR adviser or recruiter, someone from outside the unit. The check below updates while you choose.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="57"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="57"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="57"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="58"/>
        <source>Commissieleden</source>
        <translation>Committee members</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="66"/>
        <source>Persoon om toe te voegen</source>
        <translation>Person to add</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="69"/>
        <source>Rol in de commissie</source>
        <translation>Role in the committee</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="72"/>
        <source>Lid &amp;toevoegen</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="75"/>
        <source>Commissielid verwijderen</source>
        <translation>Remove committee member</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="89"/>
        <source>Commissie &amp;opslaan</source>
        <translation>&amp;Save committee</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="168"/>
        <source>Samenstelling: in orde.</source>
        <translation>Composition: fine.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="170"/>
        <source>Samenstelling: blokkades: {0}, waarschuwingen: {1}.</source>
        <translation>Composition: blocks: {0}, warnings: {1}.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="188"/>
        <source>De commissie is opgeslagen.</source>
        <translation>The committee has been saved.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="74"/>
        <source>Verwij&amp;deren</source>
        <translation>Re&amp;move</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../bewustwerven/ui/member/common.py" line="81"/>
        <location filename="../../bewustwerven/ui/widgets/buttons.py" line="43"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/common.py" line="102"/>
        <source>Minstens {n} tekens.</source>
        <translation>At least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/common.py" line="105"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/common.py" line="123"/>
        <source>Blokkeert</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/common.py" line="124"/>
        <source>Waarschuwing</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/common.py" line="125"/>
        <source>Ter informatie</source>
        <translation>For information</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/common.py" line="149"/>
        <source>Bron: {source}</source>
        <translation>Source: {source}</translation>
    </message>
</context>
<context>
    <name>ComplaintsModel</name>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_model.py" line="58"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_model.py" line="60"/>
        <source>Afgehandeld</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_model.py" line="67"/>
        <source>Te laat beantwoord</source>
        <translation>Answered late</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_model.py" line="68"/>
        <source>Op tijd beantwoord</source>
        <translation>Answered in time</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_model.py" line="71"/>
        <source>{n} dagen te laat</source>
        <translation>{n} days late</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_model.py" line="73"/>
        <source>1 dag te laat</source>
        <translation>1 day late</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_model.py" line="75"/>
        <source>Vandaag de laatste dag</source>
        <translation>Today is the last day</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_model.py" line="77"/>
        <source>Nog 1 dag</source>
        <translation>1 day left</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_model.py" line="78"/>
        <source>Nog {n} dagen</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_model.py" line="92"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_model.py" line="93"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_model.py" line="94"/>
        <source>Termijn</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_model.py" line="95"/>
        <source>Uiterste datum</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_model.py" line="96"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_model.py" line="97"/>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_model.py" line="98"/>
        <source>Kandidaat</source>
        <translation>Candidate</translation>
    </message>
</context>
<context>
    <name>ComplaintsReminder</name>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_banner.py" line="37"/>
        <location filename="../../bewustwerven/ui/hr/complaints_banner.py" line="41"/>
        <source>Herinnering: klachten</source>
        <translation>Reminder: complaints</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_banner.py" line="42"/>
        <source>&amp;Klachten bekijken</source>
        <translation>&amp;View complaints</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_banner.py" line="43"/>
        <source>Ga naar het klachtenregister.</source>
        <translation>Go to the complaints register.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_banner.py" line="76"/>
        <source>1 klacht is te laat: de termijn van 4 weken is voorbij.</source>
        <translation>1 complaint is late: the 4-week deadline has passed.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_banner.py" line="79"/>
        <source>{n} klachten zijn te laat: de termijn van 4 weken is voorbij.</source>
        <translation>{n} complaints are late: the 4-week deadline has passed.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_banner.py" line="85"/>
        <source>1 klacht moet binnen {days} dagen beantwoord zijn.</source>
        <translation>1 complaint must be answered within {days} days.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_banner.py" line="91"/>
        <source>{n} klachten moeten binnen {days} dagen beantwoord zijn.</source>
        <translation>{n} complaints must be answered within {days} days.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_banner.py" line="95"/>
        <source>Herinnering:</source>
        <translation>Reminder:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints_banner.py" line="107"/>
        <source>Klachten</source>
        <translation>Complaints</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="53"/>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="78"/>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="123"/>
        <source>Klachten</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="58"/>
        <source>Alleen &amp;open klachten</source>
        <translation>Only &amp;open complaints</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="60"/>
        <source>Klacht &amp;vastleggen…</source>
        <translation>&amp;Record a complaint…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="62"/>
        <source>Leg een nieuwe klacht over een procedure vast.</source>
        <translation>Record a new complaint about a procedure.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="81"/>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="179"/>
        <source>Klacht</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="84"/>
        <source>Waar de klacht over gaat</source>
        <translation>What the complaint is about</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="86"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="87"/>
        <source>Waar gaat de klacht over?</source>
        <translation>What is the complaint about?</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="88"/>
        <source>Uitkomst:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="89"/>
        <source>&amp;Afhandelen…</source>
        <translation>Han&amp;dle…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="91"/>
        <source>Leg de uitkomst vast; de klacht is dan afgehandeld.</source>
        <translation>Record the outcome; the complaint is then handled.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="127"/>
        <source>Een klacht over een selectieprocedure moet binnen 4 weken na ontvangst beantwoord zijn. Leg elke klacht hier vast en daarna de uitkomst.</source>
        <translation>A complaint about a selection procedure must be answered within 4 weeks of receipt. Record every complaint here, and later its outcome.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="156"/>
        <source>{n} klacht(en).</source>
        <translation>{n} complaint(s).</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="158"/>
        <source>{n} te laat.</source>
        <translation>{n} late.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="180"/>
        <source>Kies links een klacht.</source>
        <translation>Choose a complaint on the left.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="185"/>
        <source>Klacht {id}</source>
        <translation>Complaint {id}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="187"/>
        <source>Procedure:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="188"/>
        <source>Kandidaat:</source>
        <translation>Candidate:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="189"/>
        <source>Ontvangen op:</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="190"/>
        <source>Uiterlijk antwoorden:</source>
        <translation>Answer by:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="191"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="194"/>
        <source>Afgehandeld op:</source>
        <translation>Handled on:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="195"/>
        <source>Termijn:</source>
        <translation>Time left:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="199"/>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="206"/>
        <source>De tekst is verwijderd: de bewaartermijn is voorbij.</source>
        <translation>The text has been deleted: its retention period has ended.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="208"/>
        <source>Deze klacht is al afgehandeld.</source>
        <translation>This complaint has already been handled.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaints.py" line="210"/>
        <source>Alleen P&amp;O handelt klachten af.</source>
        <translation>Only HR handles complaints.</translation>
    </message>
</context>
<context>
    <name>ConfirmWarningsDialog</name>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="153"/>
        <source>Waarschuwingen bevestigen</source>
        <translation>Confirm warnings</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="157"/>
        <source>Er zijn waarschuwingen. Lees ze. Wilt u toch naar de volgende fase? Uw bevestiging komt in het dossier.</source>
        <translation>There are warnings. Read them. Do you still want to go to the next stage? Your confirmation goes into the case file.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="166"/>
        <source>Gelezen, ga verder</source>
        <translation>Read, go on</translation>
    </message>
</context>
<context>
    <name>ConsensusPage</name>
    <message>
        <location filename="../../bewustwerven/ui/chair/page.py" line="40"/>
        <location filename="../../bewustwerven/ui/chair/page.py" line="95"/>
        <source>Gezamenlijk oordeel</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/page.py" line="43"/>
        <source>Procedure waarvan ik voorzitter ben</source>
        <translation>Procedure I chair</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/page.py" line="44"/>
        <source>&amp;Procedure:</source>
        <translation>&amp;Procedure:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/page.py" line="61"/>
        <source>Spreiding van de scores per kandidaat en criterium</source>
        <translation>Spread of the scores per candidate and criterion</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/page.py" line="65"/>
        <source>Elke kolom is een lid (gemiddelde per criterium). Liggen de scores 2 punten of meer uit elkaar, dan staat er &apos;Bespreken&apos; met een waarschuwingsteken.</source>
        <translation>Each column is a member (average per criterion). If the scores are 2 points or more apart, you see &apos;Discuss&apos; with a warning sign.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/page.py" line="89"/>
        <source>&amp;Spreiding en oordeel</source>
        <translation>&amp;Spread and judgement</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/page.py" line="90"/>
        <source>P&amp;oort en shortlist</source>
        <translation>Gat&amp;e and shortlist</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/page.py" line="92"/>
        <source>Onderdelen van het gezamenlijk oordeel</source>
        <translation>Parts of the consensus</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/page.py" line="142"/>
        <source>U bent nu van geen enkele procedure voorzitter.</source>
        <translation>You do not chair any procedure at the moment.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/page.py" line="169"/>
        <source>Fase: {stage} · schaal {scale} · {n} kandidaten</source>
        <translation>Stage: {stage} · scale {scale} · {n} candidates</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/page.py" line="184"/>
        <source>In deze fase is er geen gezamenlijk oordeel te geven.</source>
        <translation>There is no consensus to give in this stage.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/page.py" line="197"/>
        <source>Alle formulieren zijn binnen.</source>
        <translation>All score sheets are in.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/page.py" line="199"/>
        <source>Nog niet alle formulieren zijn ingediend: wacht met het oordeel.</source>
        <translation>Not all score sheets have been submitted yet: wait with the judgement.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/page.py" line="205"/>
        <source>Elke kolom is een lid (gemiddelde per criterium). Liggen de scores 2 punten of meer uit elkaar, dan staat er &apos;Bespreken&apos; met een waarschuwingsteken ({n} keer).</source>
        <translation>Each column is a member (average per criterion). If the scores are 2 points or more apart, you see &apos;Discuss&apos; with a warning sign ({n} times).</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/page.py" line="46"/>
        <source>Ver&amp;nieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/page.py" line="91"/>
        <source>Bes&amp;luit</source>
        <translation>&amp;Decision</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../bewustwerven/ui/crash.py" line="28"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/crash.py" line="29"/>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/crash.py" line="33"/>
        <source>Er ging iets mis in het programma. Dit is een fout in BewustWerven, niet in wat u deed. Uw opgeslagen gegevens zijn veilig. Kopieer de details hieronder en stuur ze naar de functioneel beheerder.</source>
        <translation>Something went wrong in the program. This is a fault in BewustWerven, not in what you did. Your saved data is safe. Copy the details below and send them to the administrator.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/crash.py" line="40"/>
        <source>Logbestand: {0}</source>
        <translation>Log file: {0}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/crash.py" line="47"/>
        <source>Details van de fout</source>
        <translation>Details of the error</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/crash.py" line="50"/>
        <source>&amp;Kopieer details</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/crash.py" line="51"/>
        <source>Kopieer details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>CriteriaTab</name>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="92"/>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="95"/>
        <source>Criterium &amp;toevoegen</source>
        <translation>&amp;Add criterion</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="98"/>
        <source>Criterium verwijderen</source>
        <translation>Remove criterion</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="114"/>
        <source>Criterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="117"/>
        <source>Naam van het criterium</source>
        <translation>Name of the criterion</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="119"/>
        <source>Omschrijving van het criterium</source>
        <translation>Description of the criterion</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="120"/>
        <source>Knock-out: wie hier niet aan voldoet, valt af</source>
        <translation>Knock-out: whoever does not meet it is out</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="124"/>
        <source>Gewicht van het criterium</source>
        <translation>Weight of the criterion</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="125"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="130"/>
        <source>Vragen (voor elke kandidaat dezelfde, in deze volgorde)</source>
        <translation>Questions (the same for every candidate, in this order)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="134"/>
        <source>Vragen bij dit criterium</source>
        <translation>Questions for this criterion</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="140"/>
        <source>Vraag verwijderen</source>
        <translation>Remove question</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="149"/>
        <source>Tekst van de vraag</source>
        <translation>Text of the question</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="150"/>
        <source>De vraag zoals u die aan elke kandidaat stelt</source>
        <translation>The question as you ask it to every candidate</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="153"/>
        <source>Beoordelingsschaal: wat hoort bij elke score?</source>
        <translation>Scoring rubric: what goes with each score?</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="155"/>
        <source>Omschrijving per score</source>
        <translation>Description per score</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="156"/>
        <source>Omschrijving bij deze score</source>
        <translation>Description for this score</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="165"/>
        <source>Criteria en vragen &amp;opslaan</source>
        <translation>&amp;Save criteria and questions</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="219"/>
        <source>Vastgezet: criteria en vragen wijzigen kan alleen via een herstart of een goedgekeurde afwijking.</source>
        <translation>Locked: criteria and questions can only change through a restart or an approved deviation.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="238"/>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="296"/>
        <source>(naamloos)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="247"/>
        <source>{0} van hoogstens {1} criteria</source>
        <translation>{0} of at most {1} criteria</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="316"/>
        <source>Nieuw criterium</source>
        <translation>New criterion</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="359"/>
        <source>De criteria en vragen zijn opgeslagen.</source>
        <translation>The criteria and questions have been saved.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="369"/>
        <source>Opslaan als sjabloon</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="369"/>
        <source>Naam van het sjabloon:</source>
        <translation>Name of the template:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="377"/>
        <source>Het sjabloon &apos;{0}&apos; is opgeslagen.</source>
        <translation>The template &apos;{0}&apos; has been saved.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="385"/>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="397"/>
        <source>Sjabloon laden</source>
        <translation>Load template</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="385"/>
        <source>Kies een sjabloon:</source>
        <translation>Choose a template:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="400"/>
        <source>Deze procedure heeft al {0} criteria. Het sjabloon vervangt ze met alle vragen. Wilt u dat?</source>
        <translation>This procedure already has {0} criteria. The template replaces them and all their questions. Do you want that?</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="404"/>
        <source>&amp;Vervangen</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="97"/>
        <source>Verwij&amp;deren</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="104"/>
        <source>S&amp;jabloon laden…</source>
        <translation>&amp;Load template…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="106"/>
        <source>O&amp;pslaan als sjabloon…</source>
        <translation>Save as &amp;template…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="126"/>
        <source>Om&amp;schrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="128"/>
        <source>Gew&amp;icht:</source>
        <translation>&amp;Weight:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_criteria.py" line="138"/>
        <source>Vr&amp;aag toevoegen</source>
        <translation>Add q&amp;uestion</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="99"/>
        <source>Kies waar BewustWerven zijn gegevens bewaart: een bestand op deze computer, of een gedeelde PostgreSQL-server. De wijziging werkt na een herstart van het programma.</source>
        <translation>Choose where BewustWerven keeps its data: a file on this computer, or a shared PostgreSQL server. The change takes effect after restarting the program.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="106"/>
        <source>Nu in gebruik: {0}</source>
        <translation>In use now: {0}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="110"/>
        <source>&amp;Bestand (SQLite)</source>
        <translation>&amp;File (SQLite)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="111"/>
        <source>&amp;Server (PostgreSQL)</source>
        <translation>&amp;Server (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="119"/>
        <source>Soort:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="121"/>
        <source>Databasebestand</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="122"/>
        <source>B&amp;laderen…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="127"/>
        <source>Bestand:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="129"/>
        <source>postgresql+psycopg://gebruiker@server/bewustwerven</source>
        <translation>postgresql+psycopg://user@server/bewustwerven</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="130"/>
        <source>Adres van de server (URL)</source>
        <translation>Server address (URL)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="131"/>
        <source>Server-URL:</source>
        <translation>Server URL:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="134"/>
        <source>Wachtwoord van de database</source>
        <translation>Database password</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="135"/>
        <source>Wachtwoord:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="140"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="157"/>
        <source>Het wachtwoord wordt bewaard in de sleutelbos van uw computer.</source>
        <translation>The password is kept in your computer&apos;s keyring.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="162"/>
        <source>Let op: deze computer heeft geen sleutelbos. Het wachtwoord kan niet veilig worden bewaard; u moet het bij elke start opnieuw geven (bijvoorbeeld met --passphrase-stdin of in de URL van --db).</source>
        <translation>Note: this computer has no keyring. The password cannot be kept safely; you must give it at every start (for example with --passphrase-stdin or in the URL of --db).</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="176"/>
        <source>Databasebestand kiezen</source>
        <translation>Choose database file</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="176"/>
        <source>Database (*.db)</source>
        <translation>Database (*.db)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="190"/>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="191"/>
        <source>De verbinding is opgeslagen. Start het programma opnieuw.</source>
        <translation>The connection is saved. Restart the program.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="196"/>
        <source>Wachtwoord niet bewaard</source>
        <translation>Password not kept</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/database.py" line="198"/>
        <source>De verbinding is opgeslagen, maar het wachtwoord niet: er is geen sleutelbos op deze computer.</source>
        <translation>The connection is saved, but the password is not: there is no keyring on this computer.</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="45"/>
        <source>Rangorde na de gesprekken</source>
        <translation>Ranking after the interviews</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="47"/>
        <source>Gekozen kandidaat</source>
        <translation>Chosen candidate</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="50"/>
        <source>Motivering van het besluit</source>
        <translation>Reasons for the decision</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="55"/>
        <source>Even geschikt gerangschikt</source>
        <translation>Ranked as equally suitable</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="57"/>
        <source>Vink de kandidaten aan die de commissie even geschikt vindt.</source>
        <translation>Tick the candidates the committee finds equally suitable.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="61"/>
        <source>Doorslag bij gelijke geschiktheid</source>
        <translation>Deciding factor when equally suitable</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="63"/>
        <source>Wat gaf de doorslag? Leeftijd is nooit een doorslag.</source>
        <translation>What decided it? Age is never a deciding factor.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="67"/>
        <source>Motivering voorkeursbeleid</source>
        <translation>Reasons on the preference policy</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="70"/>
        <source>Alleen nodig als u bij gelijke geschiktheid niet kiest voor een kandidaat uit de doelgroep: waarom niet?</source>
        <translation>Only needed if, with equal suitability, you do not choose a candidate from the target group: why not?</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="75"/>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="136"/>
        <source>Besluit &amp;vastleggen</source>
        <translation>Record d&amp;ecision</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="78"/>
        <source>Vastgelegd besluit</source>
        <translation>Recorded decision</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="82"/>
        <source>&amp;Gekozen kandidaat:</source>
        <translation>&amp;Chosen candidate:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="83"/>
        <source>&amp;Motivering:</source>
        <translation>Reas&amp;ons:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="84"/>
        <source>Even &amp;geschikt:</source>
        <translation>Equally s&amp;uitable:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="85"/>
        <source>&amp;Doorslag:</source>
        <translation>Deciding fac&amp;tor:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="86"/>
        <source>Motivering &amp;voorkeursbeleid:</source>
        <translation>Pre&amp;ference policy reasons:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="92"/>
        <source>Motivering per criterium (verplicht)</source>
        <translation>Reasons per criterion (required)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="112"/>
        <source>Voorkeurscheck</source>
        <translation>Preference check</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="113"/>
        <source>Voorkeurscheck en besluitpoort</source>
        <translation>Preference check and decision gate</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="117"/>
        <source>Rangorde na de gesprekken (gezamenlijk oordeel)</source>
        <translation>Ranking after the interviews (consensus)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="153"/>
        <source>geen oordeel</source>
        <translation>no judgement</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="156"/>
        <source>{n}. {code} · {outcome} · totaal {total}</source>
        <translation>{n}. {code} · {outcome} · total {total}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="169"/>
        <source>Motivering besluit: {c}</source>
        <translation>Reasons for the decision: {c}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="193"/>
        <source>Er is al een besluit vastgelegd op {when}: {code}. U ziet het hieronder. Pas het aan en leg het opnieuw vast als dat nodig is.</source>
        <translation>A decision was already recorded on {when}: {code}. You see it below. Change it and record it again if needed.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="195"/>
        <source>(geen kandidaat)</source>
        <translation>(no candidate)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="198"/>
        <source>Wijziging &amp;vastleggen</source>
        <translation>Record &amp;change</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="214"/>
        <source>Afwijking {id} goedgekeurd voor {code}.</source>
        <translation>Deviation {id} approved for {code}.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="220"/>
        <source>De voorkeurscheck geeft geen bevindingen: het besluit kan door.</source>
        <translation>The preference check has no findings: the decision can go ahead.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/decision.py" line="263"/>
        <source>Besluit vastgelegd: {code}. Bekijk links de voorkeurscheck.</source>
        <translation>Decision recorded: {code}. See the preference check on the left.</translation>
    </message>
</context>
<context>
    <name>DeleteOnRequestDialog</name>
    <message>
        <location filename="../../bewustwerven/ui/privacy/dialogs.py" line="60"/>
        <source>Verwijderen op verzoek: %1</source>
        <translation>Delete on request: %1</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/dialogs.py" line="64"/>
        <source>De naam, contactgegevens, documenten en gegevens over zichzelf van %1 worden nu verwijderd. De scores en besluiten blijven, onder de code %1, zodat de procedure te controleren blijft. Dit kunt u niet ongedaan maken.</source>
        <translation>The name, contact details, documents and self-provided data of %1 will now be deleted. The scores and decisions stay, under the code %1, so the procedure can still be checked. You cannot undo this.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/dialogs.py" line="74"/>
        <source>Reden, bijvoorbeeld: verzoek per e-mail van 3 maart</source>
        <translation>Reason, for example: request by e-mail of 3 March</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/dialogs.py" line="76"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/dialogs.py" line="79"/>
        <source>Typ %1 om te bevestigen</source>
        <translation>Type %1 to confirm</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/dialogs.py" line="80"/>
        <source>Bevestig de kandidaatcode</source>
        <translation>Confirm the candidate code</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/dialogs.py" line="82"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="68"/>
        <source>Afwijking aanvragen</source>
        <translation>Request a deviation</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="72"/>
        <source>De poort is dicht door een blokkerende bevinding. U kunt P&amp;O vragen om een afwijking. Een andere P&amp;O-auditor beslist. Uw uitleg blijft in het dossier.</source>
        <translation>The gate is closed by a blocking finding. You can ask HR for a deviation. Another HR auditor decides. Your explanation stays in the file.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="80"/>
        <source>Regel waarvoor u een afwijking vraagt</source>
        <translation>Rule you request a deviation for</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="84"/>
        <source>&amp;Regel:</source>
        <translation>&amp;Rule:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="87"/>
        <source>Uitleg waarom u afwijkt</source>
        <translation>Explanation of why you deviate</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="89"/>
        <source>Leg uit waarom u afwijkt (minstens 20 tekens).</source>
        <translation>Explain why you deviate (at least 20 characters).</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="91"/>
        <source>&amp;Uitleg:</source>
        <translation>&amp;Explanation:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="93"/>
        <source>Aanvragen</source>
        <translation>Request</translation>
    </message>
</context>
<context>
    <name>DeviationsModel</name>
    <message>
        <location filename="../../bewustwerven/ui/hr/models.py" line="47"/>
        <source>Wacht op besluit</source>
        <translation>Waiting for a decision</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/models.py" line="48"/>
        <source>Goedgekeurd</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/models.py" line="49"/>
        <source>Afgewezen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/models.py" line="64"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/models.py" line="65"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/models.py" line="66"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/models.py" line="67"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/models.py" line="68"/>
        <source>Fase</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/models.py" line="69"/>
        <source>Aangevraagd door</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/models.py" line="70"/>
        <source>Op</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/models.py" line="71"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DeviationsView</name>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="40"/>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="66"/>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="120"/>
        <source>Afwijkingen</source>
        <translation>Deviations</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="45"/>
        <source>Wachten op besluit</source>
        <translation>Waiting for a decision</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="46"/>
        <source>Alle afwijkingen</source>
        <translation>All deviations</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="47"/>
        <source>Welke afwijkingen tonen</source>
        <translation>Which deviations to show</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="69"/>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="174"/>
        <source>Afwijking</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="76"/>
        <source>Uw toelichting. Bij afwijzen verplicht: waarom niet?</source>
        <translation>Your comment. Required when you reject: why not?</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="78"/>
        <source>Toelichting bij uw besluit</source>
        <translation>Comment on your decision</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="80"/>
        <source>&amp;Toelichting:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="84"/>
        <source>&amp;Afwijzen…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="86"/>
        <source>Keur de afwijking goed; de blokkade mag dan eenmalig worden gepasseerd.</source>
        <translation>Approve the deviation; the block may then be passed once.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="88"/>
        <source>Wijs af; een toelichting is verplicht.</source>
        <translation>Reject; a comment is required.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="91"/>
        <source>Onderbouwing van de aanvrager:</source>
        <translation>Reasons given by the requester:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="124"/>
        <source>Een afwijking van de werkwijze mag pas als een andere P&amp;O-collega dan de aanvrager haar goedkeurt (vier ogen). Alles komt in het dossier.</source>
        <translation>A deviation from the method is only allowed once an HR colleague other than the requester approves it (four eyes). Everything goes into the case file.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="152"/>
        <source>{n} afwijking(en).</source>
        <translation>{n} deviation(s).</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="175"/>
        <source>Kies links een afwijking.</source>
        <translation>Choose a deviation on the left.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="179"/>
        <source>Afwijking {id}</source>
        <translation>Deviation {id}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="181"/>
        <source>Procedure:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="182"/>
        <source>Soort:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="183"/>
        <source>Regel:</source>
        <translation>Rule:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="184"/>
        <source>Fase:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="185"/>
        <source>Aangevraagd:</source>
        <translation>Requested:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="191"/>
        <source>{status} door {who} op {at}. Toelichting: {comment}</source>
        <translation>{status} by {who} on {at}. Comment: {comment}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="201"/>
        <source>Over deze afwijking is al beslist.</source>
        <translation>This deviation has already been decided.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="206"/>
        <source>U vroeg deze afwijking zelf aan. Een andere P&amp;O-collega beslist (vier ogen).</source>
        <translation>You requested this deviation yourself. Another HR colleague decides (four eyes).</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="210"/>
        <source>Alleen P&amp;O beslist over afwijkingen.</source>
        <translation>Only HR decides on deviations.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="228"/>
        <source>Leg in de toelichting uit waarom u afwijst.</source>
        <translation>Explain in the comment why you reject.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="232"/>
        <source>goedkeuren</source>
        <translation>approve</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="232"/>
        <source>afwijzen</source>
        <translation>reject</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="235"/>
        <source>Afwijking {id} {verb}</source>
        <translation>Deviation {id}: {verb}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="237"/>
        <source>U gaat afwijking {id} ({rule}) {verb}. Dit komt met uw naam in het auditspoor.</source>
        <translation>You are about to {verb} deviation {id} ({rule}). This goes into the audit trail with your name.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="239"/>
        <source>Goedkeuren</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="239"/>
        <source>Afwijzen</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="48"/>
        <source>To&amp;nen:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/deviations.py" line="83"/>
        <source>Goed&amp;keuren…</source>
        <translation>&amp;Approve…</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../bewustwerven/ui/chair/findings_model.py" line="55"/>
        <location filename="../../bewustwerven/ui/widgets/findings.py" line="75"/>
        <source>Ernst</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/findings_model.py" line="55"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/findings_model.py" line="55"/>
        <location filename="../../bewustwerven/ui/widgets/findings.py" line="75"/>
        <source>Bevinding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/findings_model.py" line="55"/>
        <location filename="../../bewustwerven/ui/widgets/findings.py" line="75"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/findings_model.py" line="67"/>
        <source>Afwijking {id} goedgekeurd</source>
        <translation>Deviation {id} approved</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../bewustwerven/ui/widgets/findings.py" line="110"/>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/widgets/findings.py" line="112"/>
        <source>Per bevinding: ernst, de melding in gewone taal en de bron van de regel.</source>
        <translation>Per finding: severity, the message in plain words and the rule&apos;s source.</translation>
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="47"/>
        <source>Poort naar de volgende fase</source>
        <translation>Gate to the next stage</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="57"/>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="200"/>
        <source>Rooney-regel</source>
        <translation>Rooney rule</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="75"/>
        <source>Shortlist</source>
        <translation>Shortlist</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="76"/>
        <source>Bevindingen bij de poort</source>
        <translation>Findings at the gate</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="78"/>
        <source>&amp;Afwijking aanvragen…</source>
        <translation>Request a de&amp;viation…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="80"/>
        <source>Vraag P&amp;O om een afwijking voor de gekozen blokkerende bevinding.</source>
        <translation>Ask HR for a deviation for the chosen blocking finding.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="82"/>
        <source>Volgende &amp;fase…</source>
        <translation>&amp;Next stage…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="84"/>
        <source>Zet de procedure door naar de volgende fase.</source>
        <translation>Move the procedure on to the next stage.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="87"/>
        <source>Identiteit vrijgeven (alleen uitgenodigde kandidaten)</source>
        <translation>Reveal identity (invited candidates only)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="94"/>
        <source>Een bewuste stap die in het auditspoor komt. De commissie ziet daarna wie de kandidaat is.</source>
        <translation>A deliberate step that goes into the audit trail. After it, the committee sees who the candidate is.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="154"/>
        <source>De procedure is afgesloten.</source>
        <translation>The procedure is closed.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="158"/>
        <source>De poort naar &apos;{stage}&apos; is dicht: {n} blokkerende bevinding(en). Los ze op of vraag een afwijking aan.</source>
        <translation>The gate to &apos;{stage}&apos; is closed: {n} blocking finding(s). Solve them or request a deviation.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="164"/>
        <source>De poort naar &apos;{stage}&apos; is open ({n} waarschuwing(en)).</source>
        <translation>The gate to &apos;{stage}&apos; is open ({n} warning(s)).</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="186"/>
        <source>Nog geen oordeel</source>
        <translation>No judgement yet</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="188"/>
        <source>Shortlist ({stage})</source>
        <translation>Shortlist ({stage})</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="207"/>
        <source>Rooney-regel: afwijking {id} goedgekeurd</source>
        <translation>Rooney rule: deviation {id} approved</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="222"/>
        <source>Identiteiten worden pas vrijgegeven als de lijst voor de gesprekken vastligt (na de poort van deze fase).</source>
        <translation>Identities are only revealed once the list for the interviews is fixed (after the gate of this stage).</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="229"/>
        <source>{code} — vrijgegeven</source>
        <translation>{code} — revealed</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="231"/>
        <source>{code} — nog anoniem</source>
        <translation>{code} — still anonymous</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="239"/>
        <source>Vrijgeven is nodig om uit te nodigen en te benaderen. Het komt in het auditspoor; u kunt het niet terugdraaien.</source>
        <translation>Revealing is needed to invite and contact the candidate. It goes into the audit trail; you cannot undo it.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="277"/>
        <source>Afwijking aanvragen: {code}</source>
        <translation>Request a deviation: {code}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="279"/>
        <source>{message}

Waarom wijkt u hier af? P&amp;O leest dit en beslist. Het blijft in het dossier.</source>
        <translation>{message}

Why do you deviate here? HR reads this and decides. It stays in the case file.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="283"/>
        <source>Afwijking aanvragen</source>
        <translation>Request a deviation</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="293"/>
        <source>Afwijking {id} is aangevraagd en wacht op P&amp;O.</source>
        <translation>Deviation {id} has been requested and is waiting for HR.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="313"/>
        <source>Waarschuwingen</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="315"/>
        <source>Er zijn {n} waarschuwing(en). Heeft u ze gelezen en wilt u toch door naar &apos;{stage}&apos;?</source>
        <translation>There are {n} warning(s). Have you read them and do you still want to go on to &apos;{stage}&apos;?</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="318"/>
        <source>Toch doorgaan</source>
        <translation>Go on anyway</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="324"/>
        <source>Volgende fase</source>
        <translation>Next stage</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="325"/>
        <source>De procedure gaat naar &apos;{stage}&apos;. Dit komt in het auditspoor.</source>
        <translation>The procedure goes to &apos;{stage}&apos;. This goes into the audit trail.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="328"/>
        <source>Doorzetten</source>
        <translation>Move on</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="342"/>
        <source>De poort is dicht</source>
        <translation>The gate is closed</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="353"/>
        <source>Los de blokkades in de lijst op, of vraag voor een blokkade een afwijking aan (P&amp;O beslist).</source>
        <translation>Resolve the blocks in the list, or request a deviation for a block (HR decides).</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="371"/>
        <source>Identiteit vrijgeven</source>
        <translation>Reveal identity</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="373"/>
        <source>U geeft de identiteit van {code} vrij aan de commissie. Dit is een bewuste stap: hij komt met uw naam in het auditspoor en kan niet terug.

Vrijgeven?</source>
        <translation>You are revealing the identity of {code} to the committee. This is a deliberate step: it goes into the audit trail with your name and cannot be undone.

Reveal?</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="377"/>
        <source>Vrijgeven</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/gate_panel.py" line="91"/>
        <source>&amp;Identiteit vrijgeven…</source>
        <translation>Reveal &amp;identity…</translation>
    </message>
</context>
<context>
    <name>HandleComplaintDialog</name>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="143"/>
        <source>Klacht {id} afhandelen</source>
        <translation>Handle complaint {id}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="146"/>
        <source>De tekst is verwijderd: de bewaartermijn is voorbij.</source>
        <translation>The text has been deleted: its retention period has ended.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="148"/>
        <source>Procedure:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="149"/>
        <source>Kandidaat:</source>
        <translation>Candidate:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="150"/>
        <source>Ontvangen op:</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="151"/>
        <source>Uiterlijk antwoorden:</source>
        <translation>Answer by:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="152"/>
        <source>Klacht:</source>
        <translation>Complaint:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="158"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="159"/>
        <source>Wat hebt u geantwoord en wat is er met de klacht gedaan?</source>
        <translation>What did you answer, and what was done about the complaint?</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="161"/>
        <source>&amp;Uitkomst:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="167"/>
        <source>Minstens {n} tekens. De uitkomst komt met uw naam in het dossier.</source>
        <translation>At least {n} characters. The outcome goes into the case file with your name.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="172"/>
        <source>Afhandelen</source>
        <translation>Handle</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="31"/>
        <source>Vacatures en procedures (werver)</source>
        <translation>Vacancies and procedures (recruiter)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="32"/>
        <source>Hier maakt u een vacature en zet u de procedure klaar.

Wat u doet:
• Maak een nieuwe vacature. Vul de tekst in.
• Kies de criteria. Geef bij elk criterium vragen en een beoordelingsschaal.
• Stel een commissie samen en kies de kanalen waar u de vacature plaatst.
• Zet de procedure door naar de volgende fase. BewustWerven controleert eerst of alles klopt.

Volgende stap: lees de bevindingen bij de poort. Los wat blokkeert eerst op.</source>
        <translation>Here you create a vacancy and prepare the procedure.

What you do:
• Create a new vacancy. Fill in the text.
• Choose the criteria. Give each criterion questions and a rating scale.
• Put together a committee and choose the channels where you publish the vacancy.
• Move the procedure on to the next stage. BewustWerven first checks that everything is in order.

Next step: read the findings at the gate. Solve what blocks first.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="45"/>
        <source>Mijn beoordelingen (commissielid)</source>
        <translation>My reviews (committee member)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="46"/>
        <source>Hier scoort u kandidaten. U ziet alleen een kandidaatcode en geanonimiseerde documenten.

Wat u doet:
• Kies een formulier in de lijst en druk op Enter.
• Kies per vraag een score met de pijltjestoetsen. Tab gaat naar de onderbouwing.
• Schrijf bij elke score wat de kandidaat zei of schreef.
• Bewaar een concept met Ctrl+S. Dien in als alle vragen compleet zijn.

Volgende stap: na het indienen ziet u de scores van de anderen. De voorzitter bespreekt de verschillen.</source>
        <translation>Here you score candidates. You only see a candidate code and anonymised documents.

What you do:
• Choose a form in the list and press Enter.
• Choose a score for each question with the arrow keys. Tab goes to the evidence.
• For each score, write what the candidate said or wrote.
• Save a draft with Ctrl+S. Submit when all questions are complete.

Next step: after submitting you see the scores of the others. The chair discusses the differences.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="61"/>
        <source>Gezamenlijk oordeel (voorzitter)</source>
        <translation>Joint judgement (chair)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="62"/>
        <source>Hier legt u als voorzitter het oordeel van de commissie vast.

Wat u doet:
• Kies een kandidaat. U ziet waar de scores ver uit elkaar liggen.
• Bespreek de verschillen. Kies de uitkomst, de score per criterium en een korte motivering.
• Druk op Oordeel vastleggen.
• Blokkeert de poort? Vraag dan P&amp;O om een afwijking, met een reden.

Volgende stap: zet de procedure door naar de volgende fase.</source>
        <translation>Here you, as the chair, record the judgement of the committee.

What you do:
• Choose a candidate. You see where the scores are far apart.
• Discuss the differences. Choose the outcome, the score per criterion and a short motivation.
• Press Record judgement.
• Does the gate block? Then ask HR for a deviation, with a reason.

Next step: move the procedure on to the next stage.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="75"/>
        <source>Afwijkingen (P&amp;O)</source>
        <translation>Deviations (HR)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="76"/>
        <source>Hier beslist u over een verzoek om af te wijken van de werkwijze.

Wat u doet:
• Kies een verzoek. Lees de regel en de reden.
• Keur goed of wijs af, met een reden. Een verzoek dat u zelf deed, beslist een collega (vier ogen).

Volgende stap: de aanvrager ziet uw besluit en kan verder.</source>
        <translation>Here you decide on a request to deviate from the procedure.

What you do:
• Choose a request. Read the rule and the reason.
• Approve or reject, with a reason. A request you made yourself is decided by a colleague (four eyes).

Next step: the requester sees your decision and can go on.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="87"/>
        <source>Klachten (P&amp;O)</source>
        <translation>Complaints (HR)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="88"/>
        <source>Hier legt u klachten van kandidaten vast en handelt u ze af.

Wat u doet:
• Leg een nieuwe klacht vast met de datum van ontvangst.
• Handel een klacht af met een besluit en een uitleg.

Volgende stap: let op de termijn. Een klacht die te lang open staat, ziet u bovenaan.</source>
        <translation>Here you record complaints from candidates and handle them.

What you do:
• Record a new complaint with the date it was received.
• Handle a complaint with a decision and an explanation.

Next step: watch the time limit. A complaint that has been open too long is shown at the top.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="99"/>
        <source>Audit (P&amp;O)</source>
        <translation>Audit (HR)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="100"/>
        <source>Hier controleert u het spoor van een procedure en maakt u rapporten.

Wat u doet:
• Kies een procedure en controleer of het spoor heel is.
• Maak een rapport voor de procedure of voor de hele organisatie.

Volgende stap: bewaar het rapport en deel het met wie erom vraagt.</source>
        <translation>Here you check the trail of a procedure and make reports.

What you do:
• Choose a procedure and check that its trail is intact.
• Make a report for the procedure or for the whole organisation.

Next step: save the report and share it with whoever asks for it.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="110"/>
        <source>Beheer (functioneel beheerder)</source>
        <translation>Administration (application manager)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="111"/>
        <source>Hier beheert u gebruikers, rollen, afdelingen en de database.

Wat u doet:
• Voeg gebruikers toe en geef ze een rol.
• Kies of wijzig de database.

Volgende stap: laat nieuwe gebruikers inloggen en hun eigen gegevens controleren.</source>
        <translation>Here you manage users, roles, departments and the database.

What you do:
• Add users and give them a role.
• Choose or change the database.

Next step: let new users sign in and check their own details.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="123"/>
        <source>BewustWerven</source>
        <translation>BewustWerven</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="124"/>
        <source>Kies links een scherm. Met Ctrl+1 tot en met Ctrl+7 gaat u direct naar een scherm. Druk in elk scherm op F1 voor hulp bij dat scherm.</source>
        <translation>Choose a screen on the left. Ctrl+1 to Ctrl+7 take you straight to a screen. Press F1 in any screen for help with that screen.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="147"/>
        <source>Pijltjes</source>
        <translation>Arrow keys</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="148"/>
        <source>Alt+letter</source>
        <translation>Alt+letter</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="149"/>
        <source>Spatie</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="150"/>
        <source>Naar het volgende veld of de volgende knop</source>
        <translation>To the next field or button</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="151"/>
        <source>Naar het vorige veld</source>
        <translation>To the previous field</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="152"/>
        <source>De knop of het veld met de onderstreepte letter</source>
        <translation>The button or field with the underlined letter</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="153"/>
        <source>In een lijst: naar de vorige of volgende regel. Bij scores: een score kiezen</source>
        <translation>In a list: to the previous or next row. In scores: choose a score</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="156"/>
        <source>Een regel openen; in een venster: de hoofdknop</source>
        <translation>Open a row; in a dialog: the main button</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="157"/>
        <source>In een tekstvak met meer regels: de hoofdknop</source>
        <translation>In a text box with several lines: the main button</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="158"/>
        <source>Een knop indrukken of een keuze aanvinken</source>
        <translation>Press a button or tick a choice</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="159"/>
        <source>Een venster sluiten zonder iets te doen</source>
        <translation>Close a dialog without doing anything</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="160"/>
        <source>Naar het volgende tabblad</source>
        <translation>To the next tab</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="186"/>
        <source>In dit scherm</source>
        <translation>In this screen</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="196"/>
        <source>Hulp</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="213"/>
        <source>&amp;Dit scherm</source>
        <translation>&amp;This screen</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="216"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="217"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="217"/>
        <source>Toetsen</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="232"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/help.py" line="236"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="45"/>
        <source>Sollicitaties importeren</source>
        <translation>Import applications</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="48"/>
        <source>Nog geen bestand gekozen.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="50"/>
        <source>&amp;Bestand kiezen…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="55"/>
        <source>Welke kolom hoort bij welk gegeven?</source>
        <translation>Which column holds which item?</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="60"/>
        <source>Kolom voor {0}</source>
        <translation>Column for {0}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="71"/>
        <source>Voorbeeld van de sollicitaties</source>
        <translation>Preview of the applications</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="83"/>
        <source>Waarschijnlijk dubbele sollicitaties</source>
        <translation>Probable duplicate applications</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="88"/>
        <source>Dubbele &amp;overslaan</source>
        <translation>&amp;Skip duplicates</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="90"/>
        <source>Dubbele &amp;toch importeren</source>
        <translation>Import duplicates &amp;anyway</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="100"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="103"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="119"/>
        <source>Bestand met sollicitaties</source>
        <translation>File with applications</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="119"/>
        <source>CSV-bestand (*.csv *.txt)</source>
        <translation>CSV file (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="126"/>
        <source>Bestand: {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="141"/>
        <source>Het bestand wordt gelezen…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="155"/>
        <source>Deze kolommen worden niet geïmporteerd: {0}</source>
        <translation>These columns will not be imported: {0}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="160"/>
        <source>Alle kolommen worden geïmporteerd.</source>
        <translation>All columns will be imported.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="164"/>
        <source>Let op: er is geen kolom met een e-mailadres of telefoonnummer. U kunt de kandidaten dan niet bereiken en dubbele sollicitaties minder goed herkennen.</source>
        <translation>Note: there is no column with an e-mail address or phone number. You cannot reach the candidates, and duplicates are harder to recognise.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="177"/>
        <source>regel {0} lijkt op regel {1}</source>
        <translation>line {0} looks like line {1}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="180"/>
        <source>regel {0} lijkt op kandidaat {1}</source>
        <translation>line {0} looks like candidate {1}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="183"/>
        <source>{0} waarschijnlijk dubbel (zelfde e-mail, of naam en telefoon): {1}</source>
        <translation>{0} probable duplicates (same e-mail, or name and phone): {1}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="186"/>
        <source> en nog {0}.</source>
        <translation> and {0} more.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="193"/>
        <source>Dit bestand is al geïmporteerd ({0}); er wordt niets toegevoegd.</source>
        <translation>This file was imported before ({0}); nothing will be added.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="207"/>
        <source>(niet gebruiken)</source>
        <translation>(do not use)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="217"/>
        <source>regel {0}: {1}</source>
        <translation>line {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="221"/>
        <source>{0} fouten gevonden. Er wordt niets opgeslagen tot alle fouten weg zijn. Pas het bestand of de kolomkeuze aan. Eerste fouten: {1}</source>
        <translation>{0} errors found. Nothing is stored until all errors are gone. Change the file or the column choice. First errors: {1}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="227"/>
        <source>{0} sollicitaties, geen fouten. U kunt importeren.</source>
        <translation>{0} applications, no errors. You can import.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="245"/>
        <source>Sollicitaties importeren…</source>
        <translation>Importing applications…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/import_dialog.py" line="254"/>
        <source>{0} kandidaten geïmporteerd en gepseudonimiseerd.</source>
        <translation>{0} candidates imported and pseudonymised.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="278"/>
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="280"/>
        <source>Fouten</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="299"/>
        <source>in orde</source>
        <translation>fine</translation>
    </message>
</context>
<context>
    <name>JudgementPanel</name>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="55"/>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="89"/>
        <source>Gezamenlijk oordeel</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="56"/>
        <source>Kies links een kandidaat.</source>
        <translation>Choose a candidate on the left.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="62"/>
        <source>Oordeel &amp;vastleggen</source>
        <translation>Record &amp;judgement</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="64"/>
        <source>Legt uitkomst, score en motivering per criterium vast in het dossier.</source>
        <translation>Records the outcome, score and reasons per criterion in the case file.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="91"/>
        <source>Gezamenlijk oordeel over {code}</source>
        <translation>Consensus on {code}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="94"/>
        <source>Bespreek de verschillen. Leg dan per criterium de score vast waar de commissie het over eens is, met een korte motivering.</source>
        <translation>Discuss the differences. Then record, per criterion, the score the committee agrees on, with short reasons.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="101"/>
        <source>Uitkomst:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="109"/>
        <source>Uitkomst: {text}</source>
        <translation>Outcome: {text}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="115"/>
        <source>Criterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="116"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="117"/>
        <source>Motivering (verplicht)</source>
        <translation>Reasons (required)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="121"/>
        <source> (knock-out)</source>
        <translation> (knock-out)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="129"/>
        <source>Gezamenlijke score voor {c}</source>
        <translation>Agreed score for {c}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="132"/>
        <source>Motivering voor {c}</source>
        <translation>Reasons for {c}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="133"/>
        <source>Waarom deze score?</source>
        <translation>Why this score?</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="163"/>
        <source>Kies eerst een uitkomst.</source>
        <translation>Choose an outcome first.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="176"/>
        <source>Het oordeel over {code} is vastgelegd.</source>
        <translation>The judgement on {code} has been recorded.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="178"/>
        <source>Niets gewijzigd: dit oordeel over {code} stond al zo vast.</source>
        <translation>Nothing changed: this judgement on {code} was already recorded like this.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="39"/>
        <source>bestand {0}</source>
        <translation>file {0}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="41"/>
        <source>server {0}{1}</source>
        <translation>server {0}{1}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="52"/>
        <location filename="../../bewustwerven/ui/shell.py" line="91"/>
        <source>BewustWerven</source>
        <translation>BewustWerven</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="53"/>
        <source>BewustWerven hoofdvenster</source>
        <translation>BewustWerven main window</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="55"/>
        <source>Navigatie</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="76"/>
        <source>De database wordt geopend…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="91"/>
        <source>BewustWerven (demo)</source>
        <translation>BewustWerven (demo)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="97"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="98"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="102"/>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="107"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="111"/>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="112"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="113"/>
        <source>&amp;Hulp bij dit scherm</source>
        <translation>Help on this &amp;screen</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="117"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="122"/>
        <source>&amp;Over BewustWerven</source>
        <translation>&amp;About BewustWerven</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="150"/>
        <source>Kies een scherm. Sneltoetsen: {0}.</source>
        <translation>Choose a screen. Shortcuts: {0}.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="157"/>
        <source>Uw rollen geven nog geen toegang tot een scherm. Vraag de functioneel beheerder om een rol.</source>
        <translation>Your roles do not give access to any screen yet. Ask the administrator for a role.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="172"/>
        <source>Gebruiker: {0} ({1})</source>
        <translation>User: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="173"/>
        <source>Rollen: {0}</source>
        <translation>Roles: {0}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="180"/>
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="309"/>
        <source>Over BewustWerven</source>
        <translation>About BewustWerven</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/shell.py" line="311"/>
        <source>BewustWerven {0}

Inclusief werven en selecteren: uniforme vragen, blind scoren, diverse commissies en een controleerbaar spoor.</source>
        <translation>BewustWerven {0}

Inclusive recruitment and selection: uniform questions, blind scoring, diverse committees and a verifiable trail.</translation>
    </message>
</context>
<context>
    <name>MyReviewsView</name>
    <message>
        <location filename="../../bewustwerven/ui/member/view.py" line="44"/>
        <location filename="../../bewustwerven/ui/member/view.py" line="106"/>
        <source>Mijn beoordelingen</source>
        <translation>My reviews</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/view.py" line="51"/>
        <source>Zoek op procedure of kandidaatcode</source>
        <translation>Search by procedure or candidate code</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/view.py" line="52"/>
        <source>Zoeken in mijn formulieren</source>
        <translation>Search in my score sheets</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/view.py" line="54"/>
        <source>Alleen &amp;nog te doen</source>
        <translation>&amp;Only what is still to do</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/view.py" line="55"/>
        <source>Verberg ingediende formulieren</source>
        <translation>Hide submitted score sheets</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/view.py" line="63"/>
        <source>Formulieren die op mij wachten</source>
        <translation>Score sheets waiting for me</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/view.py" line="76"/>
        <source>&amp;Zoeken:</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/view.py" line="101"/>
        <source>&amp;Per kandidaat</source>
        <translation>By &amp;candidate</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/view.py" line="102"/>
        <source>Per &amp;vraag</source>
        <translation>By q&amp;uestion</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/view.py" line="103"/>
        <source>Manier van scoren</source>
        <translation>Way of scoring</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/view.py" line="110"/>
        <source>U scoort blind en alleen: u ziet alleen kandidaatcodes en geanonimiseerde documenten. De scores van anderen ziet u pas als u uw eigen formulier heeft ingediend.</source>
        <translation>You score blind and on your own: you only see candidate codes and anonymised documents. You only see the scores of others after you have submitted your own score sheet.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/view.py" line="141"/>
        <source>{todo} van {total} formulieren nog in te dienen.</source>
        <translation>{todo} of {total} score sheets still to submit.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/view.py" line="146"/>
        <source>Er wachten nu geen formulieren op u.</source>
        <translation>No score sheets are waiting for you now.</translation>
    </message>
</context>
<context>
    <name>NewVacancyDialog</name>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="32"/>
        <source>Nieuwe vacature</source>
        <translation>New vacancy</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="35"/>
        <source>Titel van de vacature</source>
        <translation>Title of the vacancy</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="37"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="43"/>
        <source>Salarisschaal</source>
        <translation>Salary scale</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="47"/>
        <source>Uren per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="48"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="49"/>
        <source>&amp;Afdeling:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="50"/>
        <source>&amp;Schaal:</source>
        <translation>&amp;Scale:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="51"/>
        <source>&amp;Uren per week:</source>
        <translation>&amp;Hours per week:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="52"/>
        <source>Aanmaken</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <location filename="../../bewustwerven/ui/privacy/dialogs.py" line="32"/>
        <source>Bezwaar van %1</source>
        <translation>Objection from %1</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/dialogs.py" line="36"/>
        <source>Kandidaat %1 maakt schriftelijk bezwaar. BewustWerven verwijdert dan meteen alle gegevens die de kandidaat over zichzelf gaf. Daarna telt de kandidaat bij de Rooney-regel en het voorkeursbeleid als &apos;onbekend&apos;. Wij bewaren alleen dat er bezwaar was en wanneer. Dit kunt u niet ongedaan maken.</source>
        <translation>Candidate %1 objects in writing. BewustWerven then deletes at once all data the candidate gave about themselves. After that, the candidate counts as &apos;unknown&apos; for the Rooney rule and the preference policy. We only keep that there was an objection and when. You cannot undo this.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/dialogs.py" line="48"/>
        <source>Bezwaar ontvangen op</source>
        <translation>Objection received on</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/dialogs.py" line="49"/>
        <source>Ontvangen op:</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/dialogs.py" line="51"/>
        <source>Gegevens nu verwijderen</source>
        <translation>Delete the data now</translation>
    </message>
</context>
<context>
    <name>OthersModel</name>
    <message>
        <location filename="../../bewustwerven/ui/member/others_model.py" line="48"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="34"/>
        <source>Uitnodigen</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="35"/>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="40"/>
        <source>Reserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="36"/>
        <source>Afwijzen</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="39"/>
        <source>Geschikt</source>
        <translation>Suitable</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/judgement.py" line="41"/>
        <source>Niet geschikt</source>
        <translation>Not suitable</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="52"/>
        <source>Organisatierapport maken</source>
        <translation>Make organisation report</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="57"/>
        <source>Het rapport telt de procedures die in deze periode zijn gestart. Kies geen afdeling om alle afdelingen mee te nemen.</source>
        <translation>The report counts the procedures started in this period. Choose no unit to include all units.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="66"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="66"/>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="71"/>
        <source>Afdelingen</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="85"/>
        <source>&amp;Van:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="86"/>
        <source>&amp;Tot en met:</source>
        <translation>&amp;Up to and including:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="87"/>
        <source>&amp;Afdelingen:</source>
        <translation>U&amp;nits:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="99"/>
        <source>Verder</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="100"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="110"/>
        <source>Let op: de einddatum ligt voor de begindatum.</source>
        <translation>Note: the end date is before the start date.</translation>
    </message>
</context>
<context>
    <name>ProcedurePage</name>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/procedure_page.py" line="34"/>
        <source>Terug naar de lijst met procedures</source>
        <translation>Back to the list of procedures</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/procedure_page.py" line="40"/>
        <source>Onderdelen van de procedure</source>
        <translation>Parts of the procedure</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/procedure_page.py" line="48"/>
        <source>&amp;Vacature</source>
        <translation>&amp;Vacancy</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/procedure_page.py" line="49"/>
        <source>C&amp;riteria en vragen</source>
        <translation>Criteria and &amp;questions</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/procedure_page.py" line="50"/>
        <source>&amp;Commissie</source>
        <translation>&amp;Committee</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/procedure_page.py" line="51"/>
        <source>&amp;Werving</source>
        <translation>&amp;Recruitment</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/procedure_page.py" line="52"/>
        <source>&amp;Kandidaten</source>
        <translation>Candidat&amp;es</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/procedure_page.py" line="64"/>
        <source>de vacature</source>
        <translation>the vacancy</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/procedure_page.py" line="65"/>
        <source>de criteria en vragen</source>
        <translation>the criteria and questions</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/procedure_page.py" line="66"/>
        <source>de commissie</source>
        <translation>the committee</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/procedure_page.py" line="67"/>
        <source>de wervingskanalen</source>
        <translation>the recruitment channels</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/procedure_page.py" line="33"/>
        <source>← Terug naar de &amp;lijst</source>
        <translation>← &amp;Back to the list</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/procedure_page.py" line="47"/>
        <source>Ov&amp;erzicht</source>
        <translation>&amp;Overview</translation>
    </message>
</context>
<context>
    <name>ProcedureTableModel</name>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="85"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="86"/>
        <source>Vacature</source>
        <translation>Vacancy</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="87"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="88"/>
        <source>Schaal</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="89"/>
        <source>Fase</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="90"/>
        <source>Kandidaten</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="91"/>
        <source>Blokkades</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="92"/>
        <source>Waarschuwingen</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="93"/>
        <source>Open afwijkingen</source>
        <translation>Open deviations</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="122"/>
        <source>Wordt nog berekend…</source>
        <translation>Still being worked out…</translation>
    </message>
</context>
<context>
    <name>ProceduresView</name>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/__init__.py" line="45"/>
        <source>&lt;b&gt;Vacatures en procedures&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vacancies and procedures&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/__init__.py" line="49"/>
        <source>Zoeken op titel, afdeling, fase…</source>
        <translation>Search by title, unit, stage…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/__init__.py" line="50"/>
        <source>Zoeken in procedures</source>
        <translation>Search procedures</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/__init__.py" line="53"/>
        <source>&amp;Nieuwe vacature…</source>
        <translation>&amp;New vacancy…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/__init__.py" line="71"/>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/__init__.py" line="73"/>
        <source>Druk op Enter of dubbelklik om een procedure te openen.</source>
        <translation>Press Enter or double-click to open a procedure.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/__init__.py" line="86"/>
        <source>Open een procedure met Enter of een dubbelklik. Blokkades en waarschuwingen gelden voor de volgende poort.</source>
        <translation>Open a procedure with Enter or a double-click. Blocks and warnings are for the next gate.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../bewustwerven/ui/admin/profile.py" line="48"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/profile.py" line="48"/>
        <source>Instelling</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/profile.py" line="48"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/profile.py" line="48"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/profile.py" line="53"/>
        <source>Regels van het beleidsprofiel</source>
        <translation>Rules of the policy profile</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/profile.py" line="64"/>
        <source>Een nieuwe versie komt naast de oude. Lopende procedures houden de versie waarmee ze begonnen.</source>
        <translation>A new version comes next to the old one. Running procedures keep the version they started with.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/profile.py" line="70"/>
        <source>Nieuwe versie &amp;importeren (TOML)…</source>
        <translation>&amp;Import a new version (TOML)…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/profile.py" line="77"/>
        <source>Beleidsprofiel: {0} (versie {1})</source>
        <translation>Policy profile: {0} (version {1})</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/profile.py" line="88"/>
        <source>Beleidsprofiel kiezen</source>
        <translation>Choose policy profile</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/profile.py" line="88"/>
        <source>Beleidsprofiel (*.toml)</source>
        <translation>Policy profile (*.toml)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/profile.py" line="97"/>
        <source>Profiel niet geladen</source>
        <translation>Profile not loaded</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/profile.py" line="105"/>
        <source>Profiel geladen</source>
        <translation>Profile loaded</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/profile.py" line="106"/>
        <source>Versie {0} van het beleidsprofiel is geladen.</source>
        <translation>Version {0} of the policy profile is loaded.</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../../bewustwerven/ui/member/score_input.py" line="146"/>
        <source>Vraag {n} · {criterion}</source>
        <translation>Question {n} · {criterion}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/score_input.py" line="159"/>
        <source>Wat zei of schreef de kandidaat? Noem een concreet voorbeeld.</source>
        <translation>What did the candidate say or write? Give a concrete example.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/score_input.py" line="161"/>
        <source>Onderbouwing bij vraag {n}</source>
        <translation>Evidence for question {n}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/score_input.py" line="155"/>
        <source>Onderbouwing (verplicht)</source>
        <translation>Evidence (required)</translation>
    </message>
</context>
<context>
    <name>QuestionRoundModel</name>
    <message>
        <location filename="../../bewustwerven/ui/member/question_model.py" line="81"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/question_model.py" line="81"/>
        <source>Kandidaat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/question_model.py" line="81"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/question_model.py" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/question_model.py" line="85"/>
        <source>Ingediend (verzegeld)</source>
        <translation>Submitted (sealed)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/question_model.py" line="87"/>
        <source>Deze vraag klaar</source>
        <translation>This question done</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/question_model.py" line="89"/>
        <source>Half ingevuld</source>
        <translation>Half filled in</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/question_model.py" line="90"/>
        <source>Nog te doen</source>
        <translation>Still to do</translation>
    </message>
</context>
<context>
    <name>QuestionRoundWidget</name>
    <message>
        <location filename="../../bewustwerven/ui/member/by_question.py" line="41"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/by_question.py" line="43"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/by_question.py" line="49"/>
        <source>&amp;Procedure:</source>
        <translation>&amp;Procedure:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/by_question.py" line="51"/>
        <source>&amp;Vraag:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/by_question.py" line="57"/>
        <source>U ziet de kandidaten in uw eigen volgorde, anders geschud voor elk lid. Zo telt de volgorde niet mee. Elke score wordt als concept bewaard; indienen doet u per kandidaat in het formulier.</source>
        <translation>You see the candidates in your own order, shuffled differently for each member. That way the order does not count. Every score is kept as a draft; you submit per candidate in the score sheet.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/by_question.py" line="69"/>
        <source>Kandidaten in uw volgorde</source>
        <translation>Candidates in your order</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/by_question.py" line="74"/>
        <source>Geanonimiseerde documenten</source>
        <translation>Anonymised documents</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/by_question.py" line="77"/>
        <source>Concept opslaan en &amp;volgende</source>
        <translation>Save draft and &amp;next</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/by_question.py" line="79"/>
        <source>Bewaart deze score als concept (Ctrl+Enter)</source>
        <translation>Keeps this score as a draft (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/by_question.py" line="110"/>
        <source>Opslaan en naar de volgende kandidaat (per vraag)</source>
        <translation>Save and go to the next candidate (per question)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/by_question.py" line="142"/>
        <source>{n}. {criterion}: {text}</source>
        <translation>{n}. {criterion}: {text}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/by_question.py" line="185"/>
        <source>Kandidaat {code} · {criterion}</source>
        <translation>Candidate {code} · {criterion}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/by_question.py" line="195"/>
        <source>Dit formulier is ingediend en verzegeld.</source>
        <translation>This score sheet has been submitted and sealed.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/by_question.py" line="200"/>
        <source>Document {n} (geanonimiseerd)</source>
        <translation>Document {n} (anonymised)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/by_question.py" line="201"/>
        <source>Document {n}</source>
        <translation>Document {n}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/by_question.py" line="204"/>
        <source>Er zijn (nog) geen bevestigde geanonimiseerde documenten.</source>
        <translation>There are no confirmed anonymised documents (yet).</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/by_question.py" line="205"/>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>RecordComplaintDialog</name>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="50"/>
        <source>Klacht vastleggen</source>
        <translation>Record a complaint</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="55"/>
        <source>Leg een klacht over een selectieprocedure vast. De klacht moet binnen 4 weken na ontvangst beantwoord zijn.</source>
        <translation>Record a complaint about a selection procedure. It must be answered within 4 weeks of receipt.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="73"/>
        <source>Kies of typ een procedure</source>
        <translation>Choose or type a procedure</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="74"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="77"/>
        <source>Bijvoorbeeld K-7F3A; leeg laten mag</source>
        <translation>For example K-7F3A; may be left empty</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="78"/>
        <source>Kandidaatcode</source>
        <translation>Candidate code</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="80"/>
        <source>Alleen invullen als de klacht van een kandidaat komt.</source>
        <translation>Fill in only when the complaint comes from a candidate.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="86"/>
        <source>Klacht ontvangen op</source>
        <translation>Complaint received on</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="88"/>
        <source>Uiterlijk antwoorden</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="91"/>
        <source>Waar gaat de klacht over?</source>
        <translation>What is the complaint about?</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="92"/>
        <source>Waar gaat de klacht over? Schrijf geen namen: gebruik de kandidaatcode.</source>
        <translation>What is the complaint about? Do not write names: use the candidate code.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="95"/>
        <source>&amp;Procedure:</source>
        <translation>&amp;Procedure:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="96"/>
        <source>&amp;Kandidaatcode:</source>
        <translation>&amp;Candidate code:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="97"/>
        <source>&amp;Ontvangen op:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="98"/>
        <source>Uiterlijk antwoorden:</source>
        <translation>Answer by:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="99"/>
        <source>&amp;Waar gaat het over?</source>
        <translation>&amp;What is it about?</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="104"/>
        <source>Minstens {n} tekens.</source>
        <translation>At least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/complaint_dialogs.py" line="106"/>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>ReportExports</name>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="148"/>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="149"/>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="150"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="170"/>
        <source>Dossier opslaan</source>
        <translation>Save case file</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="179"/>
        <source>Het dossier van procedure {0} wordt gemaakt…</source>
        <translation>Making the case file of procedure {0}…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="191"/>
        <source>Organisatierapport opslaan</source>
        <translation>Save organisation report</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="198"/>
        <source>Gegevens ophalen…</source>
        <translation>Fetching data…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="199"/>
        <source>Vacatureteksten controleren…</source>
        <translation>Checking vacancy texts…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="200"/>
        <source>Kleine aantallen afschermen…</source>
        <translation>Hiding small counts…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="201"/>
        <source>Cijfers berekenen…</source>
        <translation>Calculating figures…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="202"/>
        <source>Bestand schrijven…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="215"/>
        <source>Het organisatierapport wordt gemaakt…</source>
        <translation>Making the organisation report…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="232"/>
        <source>(het auditspoor is nog leeg)</source>
        <translation>(the audit trail is still empty)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="234"/>
        <source>Klaar: {path}

In het rapport staat de kop van het auditspoor:
{head}

Met deze code kan iedereen later nagaan of het rapport bij het spoor past.</source>
        <translation>Done: {path}

The report shows the head of the audit trail:
{head}

With this code anyone can check later that the report matches the trail.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="238"/>
        <source>Opgeslagen: {name}. Kop van het spoor: {head}</source>
        <translation>Saved: {name}. Head of the trail: {head}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="242"/>
        <source>Rapport opgeslagen</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="247"/>
        <source>Het rapport is niet gemaakt.</source>
        <translation>The report was not made.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/exports.py" line="252"/>
        <source>Gestopt: er is geen rapport gemaakt.</source>
        <translation>Stopped: no report was made.</translation>
    </message>
</context>
<context>
    <name>RestartDialog</name>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="113"/>
        <source>Procedure herstarten</source>
        <translation>Restart procedure</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="117"/>
        <source>Herstarten is de eerlijke weg als de criteria of vragen niet meer kloppen. Wat er gebeurt:
• Alle scoreformulieren en oordelen van deze ronde gaan naar het archief. Ze blijven in het dossier.
• Er komt een nieuwe versie van de criteria en vragen, die u weer kunt aanpassen.
• De procedure gaat terug naar de fase Concept. Kandidaten blijven staan.
• De commissie scoort daarna opnieuw.</source>
        <translation>Restarting is the honest way when the criteria or questions no longer fit. What happens:
• All score sheets and judgements of this round go to the archive. They stay in the file.
• A new version of the criteria and questions is opened, which you can change again.
• The procedure goes back to the Draft stage. Candidates stay.
• The committee then scores again.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="131"/>
        <source>Reden van de herstart</source>
        <translation>Reason for the restart</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="132"/>
        <source>Waarom herstart u? Dit komt in het dossier.</source>
        <translation>Why do you restart? This goes into the case file.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/dialogs.py" line="134"/>
        <source>Herstarten</source>
        <translation>Restart</translation>
    </message>
</context>
<context>
    <name>ScoreSelector</name>
    <message>
        <location filename="../../bewustwerven/ui/member/score_input.py" line="50"/>
        <source>{name}: score {value}</source>
        <translation>{name}: score {value}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/score_input.py" line="52"/>
        <source>Geen omschrijving bij deze score</source>
        <translation>No description for this score</translation>
    </message>
</context>
<context>
    <name>SelfIdentificationDialog</name>
    <message>
        <location filename="../../bewustwerven/ui/privacy/selfid_dialog.py" line="41"/>
        <source>Zelfidentificatie van %1</source>
        <translation>Self-identification of %1</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/selfid_dialog.py" line="45"/>
        <source>Toestemmingstekst</source>
        <translation>Consent text</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/selfid_dialog.py" line="50"/>
        <source>Versie van de tekst: %1</source>
        <translation>Version of the text: %1</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/selfid_dialog.py" line="64"/>
        <source>In uw eigen woorden</source>
        <translation>In your own words</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/selfid_dialog.py" line="81"/>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/selfid_dialog.py" line="82"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/selfid_dialog.py" line="85"/>
        <source>Ja, bewaar de sollicitatie 1 jaar</source>
        <translation>Yes, keep the application for 1 year</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/selfid_dialog.py" line="94"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/selfid_dialog.py" line="95"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../bewustwerven/ui/settings_dialog.py" line="23"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/settings_dialog.py" line="26"/>
        <source>Taal van het systeem</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/settings_dialog.py" line="30"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/settings_dialog.py" line="31"/>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/settings_dialog.py" line="38"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/settings_dialog.py" line="39"/>
        <source>T&amp;hema:</source>
        <translation>T&amp;heme:</translation>
    </message>
</context>
<context>
    <name>SheetFormWidget</name>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="48"/>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="137"/>
        <source>Kies links een formulier</source>
        <translation>Choose a score sheet on the left</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="51"/>
        <source>Geanonimiseerde documenten</source>
        <translation>Anonymised documents</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="54"/>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="57"/>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="62"/>
        <source>Scores van de andere leden</source>
        <translation>Scores of the other members</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="86"/>
        <source>U kent deze kandidaat of heeft een belang: u scoort hem of haar dan niet.</source>
        <translation>You know this candidate or have an interest: then you do not score them.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="88"/>
        <source>Concept &amp;opslaan</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="89"/>
        <source>Bewaren zonder in te dienen (Ctrl+S)</source>
        <translation>Keep without submitting (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="90"/>
        <source>&amp;Indienen…</source>
        <translation>&amp;Submit…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="91"/>
        <source>Na indienen is het formulier verzegeld.</source>
        <translation>After submitting, the score sheet is sealed.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="92"/>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="216"/>
        <source>&amp;Wijziging aanvragen…</source>
        <translation>Request a chang&amp;e…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="95"/>
        <source>Een ingediend formulier wijzigen kan alleen met een reden; P&amp;O beoordeelt die.</source>
        <translation>You can only change a submitted score sheet with a reason; HR assesses it.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="98"/>
        <source>Wijziging a&amp;fbreken</source>
        <translation>Ca&amp;ncel change</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="133"/>
        <source>Er is geen formulier gekozen.</source>
        <translation>No score sheet has been chosen.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="161"/>
        <source>Kandidaat {code} · {title} · {stage}</source>
        <translation>Candidate {code} · {title} · {stage}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="191"/>
        <source>Er zijn (nog) geen bevestigde geanonimiseerde documenten.</source>
        <translation>There are no confirmed anonymised documents (yet).</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="126"/>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="194"/>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="118"/>
        <source>Concept opslaan (formulier)</source>
        <translation>Save draft (form)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="200"/>
        <source>Document {n} (geanonimiseerd)</source>
        <translation>Document {n} (anonymised)</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="201"/>
        <source>Document {n}</source>
        <translation>Document {n}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="216"/>
        <source>&amp;Wijziging indienen…</source>
        <translation>Submit c&amp;hange…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="222"/>
        <source>Ingediend en verzegeld (versie {v}). Wijzigen kan alleen met een reden.</source>
        <translation>Submitted and sealed (version {v}). You can only change it with a reason.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="227"/>
        <source>U past een ingediend formulier aan. P&amp;O beoordeelt de wijziging.</source>
        <translation>You are changing a submitted score sheet. HR assesses the change.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="230"/>
        <source>Concept: nog niet ingediend. Anderen zien niets.</source>
        <translation>Draft: not submitted yet. Others see nothing.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="232"/>
        <source>Nog niet begonnen. Anderen zien niets van uw scores.</source>
        <translation>Not started yet. Others see nothing of your scores.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="245"/>
        <source>{done} van {total} vragen compleet. Nog nodig bij vraag {list}: een score én een onderbouwing.</source>
        <translation>{done} of {total} questions complete. Still needed for question(s) {list}: a score and evidence.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="251"/>
        <source>Alle {total} vragen hebben een score en een onderbouwing.</source>
        <translation>All {total} questions have a score and evidence.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="271"/>
        <source>Ingediende scores van {n} leden (u zelf meegeteld).</source>
        <translation>Submitted scores of {n} members (including you).</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="312"/>
        <source>Formulier indienen</source>
        <translation>Submit score sheet</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="314"/>
        <source>Na indienen is het formulier verzegeld. Wijzigen kan daarna alleen met een reden, die P&amp;O beoordeelt. Daarna ziet u ook de scores van de anderen.

Kandidaat {code} nu indienen?</source>
        <translation>After submitting, the score sheet is sealed. After that you can only change it with a reason, which HR assesses. You then also see the scores of the others.

Submit candidate {code} now?</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="318"/>
        <source>Indienen</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="349"/>
        <source>Wijziging aanvragen</source>
        <translation>Request a change</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="351"/>
        <source>Waarom wijzigt u dit ingediende formulier? De reden komt in het dossier en P&amp;O beoordeelt de wijziging.</source>
        <translation>Why are you changing this submitted score sheet? The reason goes into the case file and HR assesses the change.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="355"/>
        <source>Wijziging indienen</source>
        <translation>Submit change</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="369"/>
        <source>Wijziging vastgelegd als nieuwe versie; afwijking {id} wacht op P&amp;O.</source>
        <translation>Change recorded as a new version; deviation {id} is waiting for HR.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="386"/>
        <source>Belangenconflict melden</source>
        <translation>Report a conflict of interest</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="388"/>
        <source>U meldt dat u kandidaat {code} kent of er een belang bij heeft. U scoort deze kandidaat dan niet en een concept wordt verwijderd. De melding komt in het auditspoor.

Doorgaan?</source>
        <translation>You report that you know candidate {code} or have an interest. You then do not score this candidate and any draft is deleted. The report goes into the audit trail.

Go on?</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="392"/>
        <source>Conflict melden</source>
        <translation>Report conflict</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/sheet_form.py" line="84"/>
        <source>Belangen&amp;conflict melden…</source>
        <translation>Report a conflict of &amp;interest…</translation>
    </message>
</context>
<context>
    <name>SpreadModel</name>
    <message>
        <location filename="../../bewustwerven/ui/chair/spread_model.py" line="106"/>
        <source>Kandidaat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/spread_model.py" line="108"/>
        <source>Criterium</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/spread_model.py" line="112"/>
        <source>Laag–hoog</source>
        <translation>Low–high</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/spread_model.py" line="114"/>
        <source>Verschil ≥ 2</source>
        <translation>Gap ≥ 2</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/spread_model.py" line="115"/>
        <source>Oordeel</source>
        <translation>Judgement</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/spread_model.py" line="155"/>
        <source>Bespreken</source>
        <translation>Discuss</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/spread_model.py" line="157"/>
        <source>Groot verschil: de scores liggen 2 punten of meer uit elkaar.</source>
        <translation>Large difference: the scores are 2 points or more apart.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/chair/spread_model.py" line="167"/>
        <source>Nog open</source>
        <translation>Still open</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../bewustwerven/ui/widgets/stepbar.py" line="25"/>
        <source>daarna</source>
        <translation>then</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/widgets/stepbar.py" line="37"/>
        <source>{0}: klaar</source>
        <translation>{0}: done</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/widgets/stepbar.py" line="41"/>
        <source>{0}: huidige fase</source>
        <translation>{0}: current stage</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/widgets/stepbar.py" line="44"/>
        <source>{0}: nog niet</source>
        <translation>{0}: not yet</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/widgets/stepbar.py" line="46"/>
        <source>Fase {0} van {1}: {2}</source>
        <translation>Stage {0} of {1}: {2}</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <location filename="../../bewustwerven/ui/privacy/dialogs.py" line="103"/>
        <source>Inzageverzoek: %1</source>
        <translation>Access request: %1</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/dialogs.py" line="107"/>
        <source>BewustWerven zet alle gegevens over %1 in een map: een leesbare PDF, een JSON-bestand en de originele documenten. Geef de map veilig aan de kandidaat en verwijder uw kopie daarna.</source>
        <translation>BewustWerven puts all data about %1 in a folder: a readable PDF, a JSON file and the original documents. Give the folder to the candidate safely and then delete your copy.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/dialogs.py" line="116"/>
        <source>Map</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/dialogs.py" line="117"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/dialogs.py" line="122"/>
        <source>Maken</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/privacy/dialogs.py" line="130"/>
        <source>Map voor de inzage</source>
        <translation>Folder for the access request</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../bewustwerven/ui/member/tasks_model.py" line="55"/>
        <source>Te doen</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/tasks_model.py" line="56"/>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/tasks_model.py" line="57"/>
        <source>Ingediend</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/tasks_model.py" line="72"/>
        <source>Kandidaat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/tasks_model.py" line="73"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/tasks_model.py" line="74"/>
        <source>Fase</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/tasks_model.py" line="75"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/tasks_model.py" line="95"/>
        <source>Ingediend: het formulier is verzegeld.</source>
        <translation>Submitted: the score sheet is sealed.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/member/tasks_model.py" line="96"/>
        <source>Nog niet ingediend.</source>
        <translation>Not submitted yet.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../bewustwerven/ui/hr/models.py" line="136"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/models.py" line="137"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/models.py" line="138"/>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/models.py" line="139"/>
        <source>Gebeurtenis</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/models.py" line="140"/>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/hr/models.py" line="141"/>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="196"/>
        <source>Afdelingen</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="201"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="201"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="205"/>
        <source>Afdeling toevoegen</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="208"/>
        <source>Code van de afdeling</source>
        <translation>Code of the unit</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="210"/>
        <source>Naam van de afdeling</source>
        <translation>Name of the unit</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="211"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="212"/>
        <source>Naa&amp;m:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="213"/>
        <source>Afdeling &amp;toevoegen</source>
        <translation>&amp;Add unit</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="66"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="67"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="68"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="69"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="70"/>
        <source>Getraind</source>
        <translation>Trained</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="86"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="86"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="100"/>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="107"/>
        <source>Rollen van de gekozen gebruiker</source>
        <translation>Roles of the chosen user</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="112"/>
        <source>Rol {0}</source>
        <translation>Role {0}</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="115"/>
        <source>&amp;Rollen opslaan</source>
        <translation>Save &amp;roles</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="119"/>
        <source>Gebruiker toevoegen</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="122"/>
        <source>Login van de nieuwe gebruiker</source>
        <translation>Login of the new user</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="124"/>
        <source>Naam van de nieuwe gebruiker</source>
        <translation>Name of the new user</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="126"/>
        <source>Afdeling van de nieuwe gebruiker</source>
        <translation>Unit of the new user</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="128"/>
        <source>Eerste rol van de nieuwe gebruiker</source>
        <translation>First role of the new user</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="131"/>
        <source>Getraind in inclusief werven en selecteren</source>
        <translation>Trained in inclusive recruitment and selection</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="132"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="133"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="134"/>
        <source>Afdeling:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="135"/>
        <source>Rol:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="137"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/admin/users.py" line="146"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>VacancyTab</name>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_vacancy.py" line="40"/>
        <source>Titel van de vacature</source>
        <translation>Title of the vacancy</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_vacancy.py" line="42"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_vacancy.py" line="45"/>
        <source>Salarisschaal</source>
        <translation>Salary scale</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_vacancy.py" line="48"/>
        <source>Uren per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_vacancy.py" line="50"/>
        <source>Standplaats</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_vacancy.py" line="51"/>
        <source>Sluitingsdatum:</source>
        <translation>Closing date:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_vacancy.py" line="54"/>
        <source>Sluitingsdatum</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_vacancy.py" line="58"/>
        <source>Uren per week:</source>
        <translation>Hours per week:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_vacancy.py" line="60"/>
        <source>Standplaats:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_vacancy.py" line="64"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_vacancy.py" line="65"/>
        <source>&amp;Afdeling:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_vacancy.py" line="66"/>
        <source>&amp;Schaal:</source>
        <translation>&amp;Scale:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_vacancy.py" line="72"/>
        <source>Vacaturetekst</source>
        <translation>Vacancy text</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_vacancy.py" line="74"/>
        <source>Wordt tijdens het typen gecontroleerd. Bevindingen staan in de lijst eronder.</source>
        <translation>Checked while you type. Findings are in the list below.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_vacancy.py" line="90"/>
        <source>Vacature &amp;opslaan</source>
        <translation>Save vacanc&amp;y</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_vacancy.py" line="148"/>
        <source>De vacature is opgeslagen.</source>
        <translation>The vacancy has been saved.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_vacancy.py" line="159"/>
        <source>De tekstcontrole vindt niets. Goed zo.</source>
        <translation>The text check finds nothing. Well done.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_vacancy.py" line="163"/>
        <source>Tekstcontrole: blokkades: {0}, waarschuwingen: {1}. Onderstreepte woorden horen bij een bevinding; wijs ze aan voor uitleg.</source>
        <translation>Text check: blocks: {0}, warnings: {1}. Underlined words belong to a finding; point at them for an explanation.</translation>
    </message>
</context>
<context>
    <name>changes</name>
    <message>
        <location filename="../../bewustwerven/ui/changes.py" line="107"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/changes.py" line="109"/>
        <source>U hebt {0} gewijzigd en nog niet opgeslagen.</source>
        <translation>You have changed {0} and not saved it yet.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/changes.py" line="113"/>
        <source>Wilt u de wijzigingen opslaan?</source>
        <translation>Do you want to save the changes?</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/changes.py" line="117"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/changes.py" line="118"/>
        <source>&amp;Niet opslaan</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/changes.py" line="119"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../bewustwerven/ui/errors.py" line="29"/>
        <source>Dat lukt niet</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/errors.py" line="33"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="210"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="211"/>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="212"/>
        <source>Tussenvoegsel</source>
        <translation>Name prefix</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="213"/>
        <source>Achternaam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="214"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="215"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="216"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="217"/>
        <source>Motivatiebrief</source>
        <translation>Cover letter</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="218"/>
        <source>Geboorteland</source>
        <translation>Country of birth</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="219"/>
        <source>Geboorteland moeder</source>
        <translation>Mother&apos;s country of birth</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="220"/>
        <source>Geboorteland vader</source>
        <translation>Father&apos;s country of birth</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="221"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="222"/>
        <source>Geboortejaar</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/models.py" line="223"/>
        <source>Beperking</source>
        <translation>Disability</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../../bewustwerven/ui/widgets/findings.py" line="35"/>
        <source>Blokkeert</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/widgets/findings.py" line="36"/>
        <source>Waarschuwing</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/widgets/findings.py" line="37"/>
        <source>Ter info</source>
        <translation>For information</translation>
    </message>
</context>
<context>
    <name>gates</name>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="31"/>
        <source>Poort 1: vacature, criteria, vragen en commissie vastzetten</source>
        <translation>Gate 1: lock vacancy, criteria, questions and committee</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="34"/>
        <source>Sluiting: de sluitingsdatum is bereikt en er zijn kandidaten</source>
        <translation>Closing: the closing date is reached and there are candidates</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="37"/>
        <source>Poort 2: alle formulieren binnen, gezamenlijk oordeel, Rooney-regel</source>
        <translation>Gate 2: all sheets in, consensus, Rooney rule</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="40"/>
        <source>Poort 3: alle gespreksformulieren binnen, gezamenlijk oordeel</source>
        <translation>Gate 3: all interview sheets in, consensus</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/board.py" line="43"/>
        <source>Poort 4: besluit met motivatie, voorkeursbeleid gecontroleerd</source>
        <translation>Gate 4: decision with reasons, preference policy checked</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../bewustwerven/ui/main.py" line="42"/>
        <source>Wachtwoordzin nodig</source>
        <extracomment>Set by the benchmark: print &quot;READY&quot; on standard output once the window is on screen.</extracomment>
        <translation>Passphrase needed</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/main.py" line="45"/>
        <source>Typ de wachtwoordzin van de sleutel. Die wordt niet bewaard.</source>
        <translation>Type the key&apos;s passphrase. It is not stored.</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/main.py" line="84"/>
        <source>Inloggen</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/main.py" line="85"/>
        <source>Wachtwoord van {0} voor de server {1}:</source>
        <translation>Password of {0} for the server {1}:</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/main.py" line="194"/>
        <source>Bewaartermijn verlopen: gegevens van {0} kandidaten en {1} klachten verwijderd (staat in het auditspoor).</source>
        <translation>Retention period over: data of {0} candidates and {1} complaints deleted (recorded in the audit trail).</translation>
    </message>
</context>
<context>
    <name>nav</name>
    <message>
        <location filename="../../bewustwerven/ui/nav.py" line="38"/>
        <source>Vacatures en procedures</source>
        <translation>Vacancies and procedures</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/nav.py" line="39"/>
        <source>Mijn beoordelingen</source>
        <translation>My reviews</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/nav.py" line="40"/>
        <source>Gezamenlijk oordeel</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/nav.py" line="41"/>
        <source>Afwijkingen</source>
        <translation>Deviations</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/nav.py" line="42"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/nav.py" line="43"/>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/nav.py" line="44"/>
        <source>Klachten</source>
        <translation>Complaints</translation>
    </message>
</context>
<context>
    <name>op</name>
    <message>
        <location filename="../../bewustwerven/ui/ops.py" line="194"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/ops.py" line="195"/>
        <source>Even geduld</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../../bewustwerven/ui/privacy/actions.py" line="115"/>
        <source>Het opruimen van verlopen gegevens lukte nu niet; het gebeurt bij de volgende start. Details staan in het logbestand.</source>
        <translation>Removing expired data did not work this time; it will happen at the next start. The log file has the details.</translation>
    </message>
</context>
<context>
    <name>seats</name>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="33"/>
        <source>Voorzitter</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="34"/>
        <source>Lid</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../bewustwerven/ui/recruiter/editor_committee.py" line="35"/>
        <source>P&amp;O/W&amp;S-adviseur</source>
        <translation>HR adviser/recruiter</translation>
    </message>
</context>
</TS>
