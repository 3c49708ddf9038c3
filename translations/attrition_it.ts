<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Cli</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: impossibile scrivere il file: %2</translation>
    </message>
    <message>
        <source>--%1: expected a date written YYYY-MM-DD, found &quot;%2&quot;</source>
        <translation>--%1: attesa una data nel formato YYYY-MM-DD, trovato &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1, contract &quot;%2&quot;</source>
        <translation>%1, contratto &quot;%2&quot;</translation>
    </message>
    <message>
        <source>list takes no file; it lists the database (--database)</source>
        <translation>list non accetta file; elenca il database (--database)</translation>
    </message>
    <message>
        <source>--sort: unknown column &quot;%1&quot; (%2)</source>
        <translation>--sort: colonna sconosciuta &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>--%1: expected a whole number of at least %2, found &quot;%3&quot;</source>
        <translation>--%1: atteso un numero intero non inferiore a %2, trovato &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Room nights</source>
        <translation>Notti camera</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>%1 of %2 contracts (%3 to %4) in %5
</source>
        <translation>%1 di %2 contratti (da %3 a %4) in %5
</translation>
    </message>
    <message>
        <source>import takes one or more contract files (JSON)</source>
        <translation>import accetta uno o più file di contratto (JSON)</translation>
    </message>
    <message>
        <source>%1: is a CSV file; a pickup report is imported with import-pickup FILE.csv --db REF</source>
        <translation>%1: è un file CSV; un rapporto di pickup si importa con import-pickup FILE.csv --db REF</translation>
    </message>
    <message>
        <source>%1: the reference &quot;%2&quot; is also given in %3</source>
        <translation>%1: il riferimento &quot;%2&quot; compare anche in %3</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>non è stato importato nulla</translation>
    </message>
    <message>
        <source>import --replace stores the file&apos;s version as the contract&apos;s next version</source>
        <translation>import --replace salva la versione del file come versione successiva del contratto</translation>
    </message>
    <message>
        <source>added    %1 (version %2)</source>
        <translation>aggiunto   %1 (versione %2)</translation>
    </message>
    <message>
        <source>replaced %1 (version %2)</source>
        <translation>sostituito %1 (versione %2)</translation>
    </message>
    <message>
        <source>%1 contracts imported into %2: %3 added, %4 replaced, %5 unchanged
</source>
        <translation>%1 contratti importati in %2: %3 aggiunti, %4 sostituiti, %5 invariati
</translation>
    </message>
    <message>
        <source>import-pickup takes one pickup report (CSV) and --db REFERENCE</source>
        <translation>import-pickup accetta un rapporto di pickup (CSV) e --db REFERENCE</translation>
    </message>
    <message>
        <source>--report-date: expected a date written YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>--report-date: attesa una data nel formato YYYY-MM-DD, trovato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: impossibile leggere il file: %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: avvertenza: %2</translation>
    </message>
    <message>
        <source>%1: the pickup report of %2 (1 row) was imported into contract &quot;%3&quot;, version %4</source>
        <translation>%1: il rapporto di pickup del %2 (1 riga) è stato importato nel contratto &quot;%3&quot;, versione %4</translation>
    </message>
    <message>
        <source>%1: the pickup report of %2 (%5 rows) was imported into contract &quot;%3&quot;, version %4</source>
        <translation>%1: il rapporto di pickup del %2 (%5 righe) è stato importato nel contratto &quot;%3&quot;, versione %4</translation>
    </message>
    <message>
        <source>%1: the pickup report of %2 (1 row) was already in contract &quot;%3&quot;, version %4</source>
        <translation>%1: il rapporto di pickup del %2 (1 riga) era già nel contratto &quot;%3&quot;, versione %4</translation>
    </message>
    <message>
        <source>%1: the pickup report of %2 (%5 rows) was already in contract &quot;%3&quot;, version %4</source>
        <translation>%1: il rapporto di pickup del %2 (%5 righe) era già nel contratto &quot;%3&quot;, versione %4</translation>
    </message>
    <message>
        <source>export takes no file; write to one with --out FILE</source>
        <translation>export non accetta file; per scrivere in un file usare --out FILE</translation>
    </message>
    <message>
        <source>%1 contracts exported from %2 to %3
</source>
        <translation>%1 contratti esportati da %2 in %3
</translation>
    </message>
    <message>
        <source>prints what the group owes under the contract, itemized, each line with the formula that produced it, then the warnings and the totals. What-if options assess a scenario instead of the recorded facts: --pickup 75 (every night at 75% of its block), --notice 2027-03-01 (cancellation notice received that day), --fb-spend 30500.00 (actual F&amp;B spend).</source>
        <translation>stampa quanto deve il gruppo secondo il contratto, voce per voce, ogni riga con la formula che l&apos;ha prodotta, poi le avvertenze e i totali. Le opzioni per gli scenari ipotetici valutano uno scenario invece dei dati registrati: --pickup 75 (ogni notte al 75% del suo blocco), --notice 2027-03-01 (comunicazione di cancellazione ricevuta quel giorno), --fb-spend 30500.00 (spesa F&amp;B effettiva).</translation>
    </message>
    <message>
        <source>prints every problem in the contract file with its JSON path ($.block[2].rooms), or &quot;valid&quot;.</source>
        <translation>stampa ogni problema del file di contratto con il suo percorso JSON ($.block[2].rooms), oppure &quot;valido&quot;.</translation>
    </message>
    <message>
        <source>prints what is owed as one figure varies:</source>
        <translation>stampa quanto è dovuto al variare di un valore:</translation>
    </message>
    <message>
        <source>pickup from --from% to --to% of the block (default 0 to 150, step 1);</source>
        <translation>pickup da --from% a --to% del blocco (predefinito da 0 a 150, passo 1);</translation>
    </message>
    <message>
        <source>notice received each --step days from --from to --to (default: signing to arrival, every day);</source>
        <translation>comunicazione ricevuta ogni --step giorni da --from a --to (predefinito: dalla firma all&apos;arrivo, ogni giorno);</translation>
    </message>
    <message>
        <source>actual F&amp;B spend from --from to --to (default: 0 to the minimum) in --steps equal intervals (default 20), or every --step amount.</source>
        <translation>spesa F&amp;B effettiva da --from a --to (predefinito: da 0 al minimo) in --steps intervalli uguali (predefinito 20), oppure a passi di importo --step.</translation>
    </message>
    <message>
        <source>lists the stored contracts that pass the filters (default: the first 100 by arrival).</source>
        <translation>elenca i contratti salvati che soddisfano i filtri (predefinito: i primi 100 per data di arrivo).</translation>
    </message>
    <message>
        <source>stores the contracts of JSON contract files, all of them or, if any is invalid, none: a contract whose reference is not stored is added, one stored exactly so is left alone, one stored with other values stops the import unless --replace (then it becomes a new version). Importing a file twice changes nothing.</source>
        <translation>salva i contratti dei file di contratto JSON, tutti oppure, se anche uno solo non è valido, nessuno: un contratto il cui riferimento non è salvato viene aggiunto, uno salvato esattamente così resta com&apos;è, uno salvato con altri valori interrompe l&apos;importazione, a meno di --replace (in tal caso diventa una nuova versione). Importare due volte lo stesso file non cambia nulla.</translation>
    </message>
    <message>
        <source>reads a property system&apos;s group pickup report (CSV: Date, Room Type, Original, Current, Pickup, Available) for the stored contract REF: it becomes the contract&apos;s pickup and is kept as the report of --report-date (default: today) for the pickup pace.</source>
        <translation>legge il rapporto di pickup del gruppo di un gestionale alberghiero (CSV: Date, Room Type, Original, Current, Pickup, Available) per il contratto salvato REF: diventa il pickup del contratto ed è conservato come rapporto del giorno --report-date (predefinito: oggi) per l&apos;andamento del pickup.</translation>
    </message>
    <message>
        <source>writes the stored contracts that pass the filters, as one JSON collection file or, with --csv, as a spreadsheet with each contract&apos;s assessment; to --out FILE or standard output.</source>
        <translation>scrive i contratti salvati che soddisfano i filtri, come un unico file di raccolta JSON oppure, con --csv, come foglio di calcolo con la valutazione di ogni contratto; in --out FILE o sullo standard output.</translation>
    </message>
    <message>
        <source>print JSON instead of text (amounts as decimal strings with the currency)</source>
        <translation>stampa JSON invece di testo (importi come stringhe decimali con la valuta)</translation>
    </message>
    <message>
        <source>in a file of several contracts, the one with this reference</source>
        <translation>in un file con più contratti, quello con questo riferimento</translation>
    </message>
    <message>
        <source>the stored contract with this reference</source>
        <translation>il contratto salvato con questo riferimento</translation>
    </message>
    <message>
        <source>an SQLite file or a PostgreSQL server (default: the database the desktop application uses). A PostgreSQL password is never given here: libpq reads PGPASSWORD or ~/.pgpass.</source>
        <translation>un file SQLite o un server PostgreSQL (predefinito: il database usato dall&apos;applicazione desktop). La password di PostgreSQL non si indica mai qui: libpq legge PGPASSWORD o ~/.pgpass.</translation>
    </message>
    <message>
        <source>who makes the change, for the audit trail (default: the login name)</source>
        <translation>chi effettua la modifica, per il registro di controllo (predefinito: il nome utente di accesso)</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>Every database command also takes %1.</source>
        <translation>Ogni comando di database accetta anche %1.</translation>
    </message>
    <message>
        <source>&apos;attrition-cli --help&apos; explains each command.</source>
        <translation>&apos;attrition-cli --help&apos; spiega ogni comando.</translation>
    </message>
    <message>
        <source>Options may also be written --name=value.</source>
        <translation>Le opzioni si possono scrivere anche come --name=value.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 invalid input (each message names the file and the place in it) or a database problem (nothing was written); 2 usage error.</source>
        <translation>Codici di uscita: 0 completato; 1 input non valido (ogni messaggio indica il file e il punto del file) o problema del database (non è stato scritto nulla); 2 errore di utilizzo.</translation>
    </message>
    <message>
        <source>%1: no contract has the reference &quot;%2&quot;</source>
        <translation>%1: nessun contratto ha il riferimento &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: holds %2 contracts; name one with --contract REFERENCE</source>
        <translation>%1: contiene %2 contratti; indicarne uno con --contract REFERENCE</translation>
    </message>
    <message>
        <source>--%1: expected a percentage such as 75 or 82.5, found &quot;%2&quot;</source>
        <translation>--%1: attesa una percentuale come 75 o 82.5, trovato &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1: expected an amount in %2 with at most %3 decimals, such as %4, found &quot;%5&quot;</source>
        <translation>--%1: atteso un importo in %2 con al massimo %3 decimali, come %4, trovato &quot;%5&quot;</translation>
    </message>
    <message>
        <source>--%1: the amount must not be negative</source>
        <translation>--%1: l&apos;importo non può essere negativo</translation>
    </message>
    <message>
        <source>--%1: expected a whole number, found &quot;%2&quot;</source>
        <translation>--%1: atteso un numero intero, trovato &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the amounts are too large to be computed exactly: %2</source>
        <translation>%1: gli importi sono troppo grandi per essere calcolati esattamente: %2</translation>
    </message>
    <message>
        <source>%1: cannot be assessed: %2</source>
        <translation>%1: non valutabile: %2</translation>
    </message>
    <message>
        <source>assess takes a contract file or --db REFERENCE, not both</source>
        <translation>assess accetta un file di contratto o --db REFERENCE, non entrambi</translation>
    </message>
    <message>
        <source>assess takes one contract file, or --db REFERENCE</source>
        <translation>assess accetta un file di contratto, oppure --db REFERENCE</translation>
    </message>
    <message>
        <source>give --json or --csv, not both</source>
        <translation>indicare --json o --csv, non entrambi</translation>
    </message>
    <message>
        <source>--pickup: expected a percentage from 0 to 1000, found &quot;%1&quot;</source>
        <translation>--pickup: attesa una percentuale da 0 a 1000, trovato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>validate takes one contract file</source>
        <translation>validate accetta un file di contratto</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: valido</translation>
    </message>
    <message>
        <source>%1: valid (%2 contracts)</source>
        <translation>%1: valido (%2 contratti)</translation>
    </message>
    <message>
        <source>sweep cancellation: --step is a number of days, at least 1</source>
        <translation>sweep cancellation: --step è un numero di giorni, almeno 1</translation>
    </message>
    <message>
        <source>sweep cancellation: --to (%1) is before --from (%2)</source>
        <translation>sweep cancellation: --to (%1) è anteriore a --from (%2)</translation>
    </message>
    <message>
        <source>sweep cancellation: at most 100000 days from --from to --to</source>
        <translation>sweep cancellation: al massimo 100000 giorni da --from a --to</translation>
    </message>
    <message>
        <source>sweep fb: give --step AMOUNT or --steps N, not both</source>
        <translation>sweep fb: indicare --step AMOUNT o --steps N, non entrambi</translation>
    </message>
    <message>
        <source>sweep fb: --to is less than --from</source>
        <translation>sweep fb: --to è inferiore a --from</translation>
    </message>
    <message>
        <source>sweep fb: --step must be more than zero</source>
        <translation>sweep fb: --step deve essere maggiore di zero</translation>
    </message>
    <message>
        <source>sweep fb: from 0 to 100000 intervals</source>
        <translation>sweep fb: da 0 a 100000 intervalli</translation>
    </message>
    <message>
        <source>sweep needs pickup, cancellation or fb</source>
        <translation>sweep richiede pickup, cancellation o fb</translation>
    </message>
    <message>
        <source>unknown sweep &quot;%1&quot;: use pickup, cancellation or fb</source>
        <translation>sweep sconosciuto &quot;%1&quot;: usare pickup, cancellation o fb</translation>
    </message>
    <message>
        <source>sweep %1 takes one contract file</source>
        <translation>sweep %1 accetta un file di contratto</translation>
    </message>
    <message>
        <source>--steps applies to sweep fb only</source>
        <translation>--steps vale solo per sweep fb</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>nessun comando indicato</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Arriving %1 to %2</source>
        <translation>Arrivi dal %1 al %2</translation>
    </message>
    <message>
        <source>Arriving from %1</source>
        <translation>Arrivi dal %1</translation>
    </message>
    <message>
        <source>Arriving until %1</source>
        <translation>Arrivi fino al %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>stato %1</translation>
    </message>
    <message>
        <source>Every contract</source>
        <translation>Tutti i contratti</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossibile creare la cartella %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>wrote %1 PDF files to %2 in %3 s</source>
        <translation>scritti %1 file PDF nella cartella %2 in %3 s</translation>
    </message>
    <message>
        <source>report takes one of: a contract file, --db REFERENCE, --all or --portfolio</source>
        <translation>report accetta uno tra: un file di contratto, --db REFERENCE, --all o --portfolio</translation>
    </message>
    <message>
        <source>report --all writes one PDF per contract: give --out-dir DIR</source>
        <translation>report --all scrive un PDF per contratto: indicare --out-dir DIR</translation>
    </message>
    <message>
        <source>report: give --pdf OUT.pdf</source>
        <translation>report: indicare --pdf OUT.pdf</translation>
    </message>
    <message>
        <source>report --scenarios compares the scenarios stored with --db REFERENCE</source>
        <translation>report --scenarios confronta gli scenari salvati con --db REFERENCE</translation>
    </message>
    <message>
        <source>--page: a4 or letter, not &quot;%1&quot;</source>
        <translation>--page: a4 o letter, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--made-on: expected a date written YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>--made-on: attesa una data nel formato YYYY-MM-DD, trovato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>report --all: the number of processes writing the PDFs side by side (default: the number of processor cores); the files are the same for any number</source>
        <translation>report --all: il numero di processi che scrivono i PDF in parallelo (predefinito: il numero di core del processore); i file sono gli stessi con qualsiasi numero</translation>
    </message>
    <message>
        <source>--scenarios takes the what-if figures from the grid, not from --pickup, --notice or --fb-spend</source>
        <translation>--scenarios prende le cifre degli scenari dalla tabella, non da --pickup, --notice o --fb-spend</translation>
    </message>
    <message>
        <source>--%1: expected a percentage with at most two decimals, such as 75 or 82.25, found &quot;%2&quot;</source>
        <translation>--%1: attesa una percentuale con al massimo due decimali, come 75 o 82.25, trovato &quot;%2&quot;</translation>
    </message>
    <message>
        <source>sweep pickup: --from, --to and --step are percentages with at most two decimals, 0 &lt;= from &lt;= to &lt;= 1000 and step &gt; 0</source>
        <translation>sweep pickup: --from, --to e --step sono percentuali con al massimo due decimali, 0 &lt;= from &lt;= to &lt;= 1000 e step &gt; 0</translation>
    </message>
    <message>
        <source>sweep pickup: at most 100001 points from --from to --to</source>
        <translation>sweep pickup: al massimo 100001 punti da --from a --to</translation>
    </message>
    <message>
        <source>--jobs: expected a number of processes from 1, found &quot;%1&quot;</source>
        <translation>--jobs: atteso un numero di processi da 1 in su, trovato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: riga %2: %3</translation>
    </message>
    <message>
        <source>%1: line %2: cannot be assessed: %3</source>
        <translation>%1: riga %2: non può essere valutato: %3</translation>
    </message>
    <message>
        <source>%1 contracts read</source>
        <translation>%1 contratti letti</translation>
    </message>
    <message>
        <source>--today: expected a date written YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>--today: era attesa una data scritta AAAA-MM-GG, trovato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--seed: expected a whole number from 0 to 18446744073709551615, found &quot;%1&quot;</source>
        <translation>--seed: era atteso un numero intero da 0 a 18446744073709551615, trovato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--draws: expected a whole number from %1 to %2, found &quot;%3&quot;</source>
        <translation>--draws: era atteso un numero intero da %1 a %2, trovato &quot;%3&quot;</translation>
    </message>
    <message>
        <source>--compare: expected hotel, account or all, found &quot;%1&quot;</source>
        <translation>--compare: era atteso hotel, account o all, trovato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 takes --db REFERENCE: a stored contract</source>
        <translation>%1 richiede --db RIFERIMENTO: un contratto salvato</translation>
    </message>
    <message>
        <source>--fb-spend: expected an amount in %1 that is not negative, found &quot;%2&quot;</source>
        <translation>--fb-spend: era atteso un importo in %1 non negativo, trovato &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: cannot be forecast: %2</source>
        <translation>%1: non si può prevedere: %2</translation>
    </message>
    <message>
        <source>backtest takes no file; it reads the database (--database)</source>
        <translation>backtest non accetta file; legge il database (--database)</translation>
    </message>
    <message>
        <source>--horizons: expected days before arrival from 0 to %1 separated by commas, found &quot;%2&quot;</source>
        <translation>--horizons: erano attesi giorni prima dell&apos;arrivo da 0 a %1 separati da virgole, trovato &quot;%2&quot;</translation>
    </message>
    <message>
        <source>proposes what to release at the next review date or cutoff, night by night, within what the contract allows, with the expected damages holding the block and after the release, and the reasoning.</source>
        <translation>propone cosa rilasciare alla prossima data di revisione o di cutoff, notte per notte, entro quanto il contratto consente, con le penali attese mantenendo il blocco e dopo il rilascio, e il ragionamento.</translation>
    </message>
    <message>
        <source>forecasts every past actualized group that passes the filters as if standing --horizons days before arrival (default 90,60,30,14) and prints each method&apos;s error against two naive baselines and how often the P10-P90 band held the actual final.</source>
        <translation>prevede ogni gruppo passato consuntivato che supera i filtri come se si fosse --horizons giorni prima dell&apos;arrivo (predefinito 90,60,30,14) e stampa l&apos;errore di ogni metodo rispetto a due riferimenti ingenui e quanto spesso la banda P10-P90 ha contenuto il finale effettivo.</translation>
    </message>
    <message>
        <source>%1, contract &quot;%2&quot;: the group arrived on %3; a forecast looks at groups still to arrive (--today is %4)</source>
        <translation>%1, contratto &quot;%2&quot;: il gruppo è arrivato il %3; una previsione riguarda gruppi non ancora arrivati (--today è %4)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message>
        <source>&apos;attrition-cli --help&apos; describes every command.</source>
        <translation>&apos;attrition-cli --help&apos; descrive tutti i comandi.</translation>
    </message>
    <message numerus="yes">
        <source>%n pickup reports of their histories recorded
</source>
        <translation>
            <numerusform>%n report di pickup del loro storico registrato
</numerusform>
            <numerusform>%n report di pickup del loro storico registrati
</numerusform>
        </translation>
    </message>
    <message>
        <source>--method: expected multiplicative, additive, account or regression, found &quot;%1&quot;</source>
        <translation>--method: era atteso multiplicative, additive, account o regression, trovato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>forecasts how the stored contract&apos;s pickup will end, night by night with its P10-P90 range, and what the group will likely owe (a seeded Monte Carlo over the damages engine), from the pickup reports of past actualized groups: those of the same hotel (--compare hotel, the default), the same account, or all. --method: multiplicative, additive, account or regression (default: the one with the lowest backtest error); --seed and --draws: the same seed gives the same figures; --today: stand on another day.</source>
        <translation>prevede come finirà il pickup del contratto salvato, notte per notte con il suo intervallo P10-P90, e quanto il gruppo dovrà probabilmente pagare (un Monte Carlo con seme sul motore delle penali), dai report di pickup dei gruppi passati consuntivati: quelli dello stesso hotel (--compare hotel, predefinito), dello stesso account, o tutti. --method: multiplicative, additive, account o regression (predefinito: quello con l&apos;errore di backtest più basso); --seed e --draws: lo stesso seme dà le stesse cifre; --today: mettersi in un altro giorno.</translation>
    </message>
    <message>
        <source>quote takes one contract: FILE.json or --db REFERENCE</source>
        <translation>quote riceve un contratto: FILE.json o --db RIFERIMENTO</translation>
    </message>
    <message>
        <source>%1: a quote is for a proposed group (prospect or tentative); this contract is %2</source>
        <translation>%1: un preventivo è per un gruppo proposto (prospect o tentative); questo contratto è %2</translation>
    </message>
    <message>
        <source>--variable-cost: expected an amount in %1 that is not negative, found &quot;%2&quot;</source>
        <translation>--variable-cost: atteso un importo in %1 non negativo, trovato &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1: expected a percentage from 0 to 100 such as 10 or 32.5, found &quot;%2&quot;</source>
        <translation>--%1: attesa una percentuale da 0 a 100 come 10 o 32.5, trovato &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: cannot be quoted: %2</source>
        <translation>%1: impossibile fare il preventivo: %2</translation>
    </message>
    <message>
        <source>--currency: expected an ISO 4217 currency code such as EUR or USD, found &quot;%1&quot;</source>
        <translation>--currency: atteso un codice valuta ISO 4217 come EUR o USD, trovato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>outlook import: &quot;%1&quot; has no stored contract or outlook to take the currency from; give it with --currency CODE</source>
        <translation>outlook import: &quot;%1&quot; non ha contratti né previsioni salvati da cui prendere la valuta; indicarla con --currency CODE</translation>
    </message>
    <message>
        <source>outlook import: the contracts of &quot;%1&quot; are in several currencies; give the outlook&apos;s with --currency CODE</source>
        <translation>outlook import: i contratti di &quot;%1&quot; sono in più valute; indicare quella delle previsioni con --currency CODE</translation>
    </message>
    <message>
        <source>outlook import takes one outlook file (CSV) and --hotel NAME</source>
        <translation>outlook import accetta un file di previsioni (CSV) e --hotel NAME</translation>
    </message>
    <message>
        <source>--from, --to and --out apply to outlook export only</source>
        <translation>--from, --to e --out valgono solo per outlook export</translation>
    </message>
    <message>
        <source>%1: holds no nights: nothing was imported</source>
        <translation>%1: non contiene notti: non è stato importato nulla</translation>
    </message>
    <message>
        <source>%1: the outlook of &quot;%2&quot; for the night of %3 was saved in %4</source>
        <translation>%1: le previsioni di &quot;%2&quot; per la notte del %3 sono state salvate in %4</translation>
    </message>
    <message>
        <source>%1: the outlook of &quot;%2&quot; for %3 nights from %4 to %5 was saved in %6</source>
        <translation>%1: le previsioni di &quot;%2&quot; per %3 notti, dal %4 al %5, sono state salvate in %6</translation>
    </message>
    <message>
        <source>outlook export takes no file; write to one with --out FILE</source>
        <translation>outlook export non accetta file; per scrivere in un file usare --out FILE</translation>
    </message>
    <message>
        <source>--currency applies to outlook import only</source>
        <translation>--currency vale solo per outlook import</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 è anteriore a --from %2</translation>
    </message>
    <message>
        <source>%1: no hotel has an outlook; import one with attrition-cli outlook import OUTLOOK.csv --hotel NAME</source>
        <translation>%1: nessun hotel ha previsioni; importarle con attrition-cli outlook import OUTLOOK.csv --hotel NAME</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has no outlook; the hotels with one: %3</source>
        <translation>%1: &quot;%2&quot; non ha previsioni; gli hotel che le hanno: %3</translation>
    </message>
    <message>
        <source>the outlook of &quot;%1&quot;, %2 nights, exported from %3 to %4</source>
        <translation>le previsioni di &quot;%1&quot;, %2 notti, esportate dal %3 al %4</translation>
    </message>
    <message>
        <source>outlook needs what to do: import or export</source>
        <translation>outlook richiede un&apos;azione: import o export</translation>
    </message>
    <message>
        <source>outlook: unknown action &quot;%1&quot; (import or export)</source>
        <translation>outlook: azione sconosciuta &quot;%1&quot; (import o export)</translation>
    </message>
    <message>
        <source>outlook %1 needs the hotel: --hotel NAME, written as in its contracts</source>
        <translation>outlook %1 richiede l&apos;hotel: --hotel NAME, scritto come nei suoi contratti</translation>
    </message>
    <message>
        <source>%1: the outlook of &quot;%2&quot; is taken from %3; import its nights with attrition-cli outlook import OUTLOOK.csv --hotel &quot;%2&quot;, or give --outlook OUTLOOK.csv</source>
        <translation>%1: le previsioni di &quot;%2&quot; sono prese da %3; importarne le notti con attrition-cli outlook import OUTLOOK.csv --hotel &quot;%2&quot;, oppure indicare --outlook OUTLOOK.csv</translation>
    </message>
    <message>
        <source>writes the one-page group proposal the hotel sends a prospect or tentative group before the contract is signed, as PDF, portrait: the stay, the room block with the group rates, the room revenue, F&amp;B minimum and meeting room rental, the proposed attrition and cancellation terms in plain words, what attrition would cost at 100%, 90%, 80% and 70% pickup, the date it is valid until and a place to sign; none of the hotel&apos;s own figures. On the hotel&apos;s letterhead as the desktop application keeps it. --language: the client&apos;s language (en, es, it; default: that of the system&apos;s locale or --locale), in its notation unless --locale names another; --valid-until: default 14 days after --made-on (today).</source>
        <translation>scrive in PDF, in verticale, la proposta di gruppo di una pagina che l&apos;hotel invia a un gruppo prospect o tentative prima della firma del contratto: il soggiorno, il blocco camere con le tariffe di gruppo, i ricavi camere, il minimo F&amp;B e il noleggio della sala meeting, le condizioni di attrito e cancellazione proposte in parole semplici, quanto costerebbe l&apos;attrito con un pickup del 100%, 90%, 80% e 70%, la data fino alla quale è valida e uno spazio per la firma; nessuna cifra interna dell&apos;hotel. Con l&apos;intestazione dell&apos;hotel come la conserva l&apos;applicazione desktop. --language: la lingua del cliente (en, es, it; predefinita: quella delle impostazioni locali del sistema o di --locale), nella sua notazione salvo che --locale ne indichi un&apos;altra; --valid-until: predefinito 14 giorni dopo --made-on (oggi).</translation>
    </message>
    <message>
        <source>weighs a proposed group (prospect or tentative) against the transient business it displaces: per night, from the hotel&apos;s capacity, transient demand and net ADR (the outlook stored for the contract&apos;s hotel, or --outlook CSV), the group&apos;s rooms after its expected wash, the rooms it displaces, its net value and the least group rate at which it breaks even; the net value&apos;s P10-P90 range over wash draws from the account&apos;s own past groups (or the comparable ones); and what each performance level from 70% to 95% and damages factor of 100%, 80% or 70% would collect. --variable-cost: per occupied room night; --commission: of the group&apos;s room revenue; --fb-margin and --meeting-margin: profit shares (default 30% and 80%).</source>
        <translation>confronta un gruppo proposto (prospect o tentative) con il business transient che sposta: per notte, in base a capacità dell&apos;hotel, domanda transient e ADR netto (le previsioni salvate per l&apos;hotel del contratto, oppure --outlook CSV), le camere del gruppo dopo il wash atteso, le camere che sposta, il suo valore netto e la tariffa di gruppo minima con cui copre ciò che sposta; l&apos;intervallo P10-P90 del valore netto su estrazioni del wash dai gruppi passati del cliente stesso (o da quelli comparabili); e quanto incasserebbe ogni livello di performance dal 70% al 95% e ogni fattore di penale del 100%, 80% o 70%. --variable-cost: per notte camera occupata; --commission: sui ricavi camere del gruppo; --fb-margin e --meeting-margin: quote di profitto (predefinite 30% e 80%).</translation>
    </message>
    <message>
        <source>keeps the hotel&apos;s outlook per night in the database, for quotes:</source>
        <translation>conserva nel database le previsioni dell&apos;hotel per notte, per i preventivi:</translation>
    </message>
    <message>
        <source>stores the nights of an outlook file (CSV: date, capacity, demand, net-adr, ancillary) for the hotel --hotel, written as in its contracts, all of them or, if any is invalid, none; each replaces the one stored for its night. Amounts are in --currency (default: the currency of the hotel&apos;s stored outlook or contracts);</source>
        <translation>salva le notti di un file di previsioni (CSV: date, capacity, demand, net-adr, ancillary) per l&apos;hotel --hotel, scritto come nei suoi contratti, tutte oppure, se anche una sola non è valida, nessuna; ognuna sostituisce quella salvata per la sua notte. Gli importi sono in --currency (predefinita: la valuta delle previsioni o dei contratti salvati dell&apos;hotel);</translation>
    </message>
    <message>
        <source>writes the hotel&apos;s stored outlook from --from to --to (default: every night) as the same CSV, to --out FILE or standard output.</source>
        <translation>scrive le previsioni salvate dell&apos;hotel da --from a --to (predefinito: tutte le notti) nello stesso CSV, in --out FILE o sullo standard output.</translation>
    </message>
    <message>
        <source>proposal takes one of: a contract file or --db REFERENCE</source>
        <translation>proposal accetta uno tra: un file di contratto o --db REFERENCE</translation>
    </message>
    <message>
        <source>proposal: give --pdf OUT.pdf</source>
        <translation>proposal: indicare --pdf OUT.pdf</translation>
    </message>
    <message>
        <source>--language: one of %1, not &quot;%2&quot;</source>
        <translation>--language: uno tra %1, non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--valid-until: expected a date written YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>--valid-until: attesa una data nel formato YYYY-MM-DD, trovato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>warning: %1 is %2: a proposal is for a prospect or tentative group</source>
        <translation>avviso: %1 è %2: una proposta è per un gruppo prospect o tentative</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n page(s)), valid until %2</source>
        <translation>
            <numerusform>scritto %1 (%n pagina), valida fino al %2</numerusform>
            <numerusform>scritto %1 (%n pagine), valida fino al %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2-%3)</source>
        <translation>%1 (%2-%3)</translation>
    </message>
    <message>
        <source>Groups arriving %1 to %2, standing on %3: %4 groups, %5 with flags</source>
        <translation>Gruppi in arrivo dal %1 al %2, situazione al %3: %4 gruppi, %5 con segnalazioni</translation>
    </message>
    <message>
        <source>Sorted by risk: the higher expected damages first, then more flags, then the earlier arrival.</source>
        <translation>Ordinati per rischio: prima la penale attesa più alta, poi più segnalazioni, poi l&apos;arrivo più vicino.</translation>
    </message>
    <message>
        <source>No group arrives in that window.</source>
        <translation>Nessun gruppo arriva in quel periodo.</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Prenotate</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <source>Forecast (P10-P90)</source>
        <translation>Previsione (P10-P90)</translation>
    </message>
    <message>
        <source>Expected damages (P10-P90)</source>
        <translation>Penale attesa (P10-P90)</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Prossima data</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>cutoff</source>
        <translation>cut-off</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revisione</translation>
    </message>
    <message>
        <source>%1 %2 (%3 days)</source>
        <translation>%1 %2 (%3 giorni)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 di %2 (%3)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>non noto</translation>
    </message>
    <message>
        <source>%1: not forecast: %2</source>
        <translation>%1: nessuna previsione: %2</translation>
    </message>
    <message>
        <source>at-risk takes no file; it reads the database (--database)</source>
        <translation>at-risk non accetta file; legge il database (--database)</translation>
    </message>
    <message>
        <source>give --days or --from and --to, not both</source>
        <translation>indicare --days oppure --from e --to, non entrambi</translation>
    </message>
    <message>
        <source>--from and --to go together: the first and last arrival date of the window</source>
        <translation>--from e --to vanno indicati insieme: la prima e l&apos;ultima data di arrivo del periodo</translation>
    </message>
    <message>
        <source>--days: expected 30, 90 or 180, found &quot;%1&quot;</source>
        <translation>--days: atteso 30, 90 o 180, trovato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the early warning: every stored group still to arrive (not cancelled, not actualized) in the next --days (30, 90 or 180; default 90) or from --from to --to, of --hotel, --manager or --account, each forecast against the past groups of its own hotel: pickup to date, pace against those groups at the same day before arrival (points ahead or behind, or not known with fewer than 5), forecast final pickup with its P10-P90 range, expected damages with their range, the next review date or cutoff, the action due and the flags (pace more than 10 points behind; no pickup for 14 days while the booking curve expects rooms; a review date within 21 days with the forecast below the performance level; cutoff passed with rooms unsold; F&amp;B spend forecast below the minimum), each with a sentence naming its numbers. Sorted by risk: the higher expected damages first, then more flags, then the earlier arrival. --csv and --json: one row per group, the columns of docs/FORECAST_METHODS.md.</source>
        <translation>l&apos;allerta anticipata: ogni gruppo salvato ancora in arrivo (non cancellato, non consuntivato) nei prossimi --days giorni (30, 90 o 180; predefinito 90) o da --from a --to, di --hotel, --manager o --account, ciascuno previsto in base ai gruppi passati del proprio hotel: il pickup a oggi, l&apos;andamento rispetto a quei gruppi allo stesso giorno prima dell&apos;arrivo (punti in più o in meno, oppure non noto con meno di 5), il pickup finale previsto con il suo intervallo P10-P90, la penale attesa con il suo intervallo, la prossima data di revisione o di cut-off, l&apos;azione da intraprendere e le segnalazioni (andamento in ritardo di oltre 10 punti; nessun pickup da 14 giorni mentre la curva di prenotazione prevede camere; una data di revisione entro 21 giorni con la previsione sotto il livello di performance; cut-off superato con camere invendute; spesa F&amp;B prevista sotto il minimo), ognuna con una frase che ne indica le cifre. Ordinati per rischio: prima la penale attesa più alta, poi più segnalazioni, poi l&apos;arrivo più vicino. --csv e --json: una riga per gruppo, le colonne di docs/FORECAST_METHODS.md.</translation>
    </message>
    <message>
        <source>--status: unknown status &quot;%1&quot; (prospect, tentative, definite, cancelled, actualized or lost)</source>
        <translation>--status: stato sconosciuto &quot;%1&quot; (prospect, tentative, definite, cancelled, actualized o lost)</translation>
    </message>
    <message>
        <source>adds up the stored contracts that pass the filters by stage (prospect, tentative, definite, actualized; lost and cancelled apart), arrival month and currency: contracts, room nights, room revenue, F&amp;B minimum and the damages the engine assesses at the pickup on the books; then the conversion (definite and actualized against lost), the wash of the actualized groups (final pickup against the original block) and the damages assessed per month. --from and --to: the arrival range, as --arriving-from and --arriving-to.</source>
        <translation>somma i contratti salvati che soddisfano i filtri per fase (prospect, tentative, definite, actualized; lost e cancelled a parte), mese di arrivo e valuta: contratti, notti camera, ricavi camere, minimo F&amp;B e la penale che il motore calcola sul pickup prenotato; poi la conversione (definite e actualized rispetto a lost), il wash dei gruppi consuntivati (pickup finale rispetto al blocco originale) e le penali calcolate per mese. --from e --to: l&apos;intervallo di arrivo, come --arriving-from e --arriving-to.</translation>
    </message>
    <message numerus="yes">
        <source>Sales pipeline of %n contracts in %1</source>
        <translation>
            <numerusform>Pipeline commerciale di %n contratto in %1</numerusform>
            <numerusform>Pipeline commerciale di %n contratti in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratti</translation>
    </message>
    <message>
        <source>Room revenue</source>
        <translation>Ricavi camere</translation>
    </message>
    <message>
        <source>F&amp;B minimum</source>
        <translation>Minimo F&amp;B</translation>
    </message>
    <message>
        <source>Damages</source>
        <translation>Penale</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Non misurati</translation>
    </message>
    <message>
        <source>Lost and cancelled:</source>
        <translation>Persi e cancellati:</translation>
    </message>
    <message>
        <source>Damages: what the engine assesses at the pickup on the books (the cancellation fee after a notice; nothing for a lost contract). Not measured: upcoming contracts with no pickup recorded yet, counted as owing nothing.</source>
        <translation>Penale: quanto il motore calcola sul pickup prenotato (la penale di cancellazione dopo una comunicazione; nulla per un contratto perso). Non misurati: contratti in arrivo senza ancora alcun pickup registrato, considerati come se non dovessero nulla.</translation>
    </message>
    <message>
        <source>Conversion: %1 won (definite or actualized), %2 lost, %3 still open (prospect or tentative): %4 of the decided contracts were won.</source>
        <translation>Conversione: acquisiti %1 (confermati o consuntivati), persi %2, ancora aperti %3 (potenziali o opzionati): è stato acquisito il %4 dei contratti decisi.</translation>
    </message>
    <message>
        <source>Wash of the actualized groups (final pickup against the original block):</source>
        <translation>Wash dei gruppi consuntivati (pickup finale rispetto al blocco originale):</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppi</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blocco</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <source>Pickup %</source>
        <translation>% pickup</translation>
    </message>
    <message>
        <source>Wash</source>
        <translation>Wash</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Actualized</source>
        <translation>Consuntivati</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancellati</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Penali di cancellazione</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Left out, the engine refuses them (attrition-cli assess --db REF says why): %1</source>
        <translation>Esclusi perché il motore li rifiuta (attrition-cli assess --db REF spiega perché): %1</translation>
    </message>
    <message>
        <source>pipeline takes no file; it reads the database (--database)</source>
        <translation>pipeline non accetta file; legge il database (--database)</translation>
    </message>
    <message numerus="yes">
        <source>Accounts at risk of not coming back, of %n contracts in %1, on %2</source>
        <translation>
            <numerusform>Clienti a rischio di non tornare, su %n contratto in %1, al %2</numerusform>
            <numerusform>Clienti a rischio di non tornare, su %n contratti in %1, al %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accounts of %n contracts in %1, on %2</source>
        <translation>
            <numerusform>Clienti di %n contratto in %1, al %2</numerusform>
            <numerusform>Clienti di %n contratti in %1, al %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No account is at risk.</source>
        <translation>Nessun cliente è a rischio.</translation>
    </message>
    <message>
        <source>No account.</source>
        <translation>Nessun cliente.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: contracts %2 (by arrival year: %3); cancelled %4, lost %5</source>
        <translation>%1: contratti %2 (per anno di arrivo: %3); cancellati %4, persi %5</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(nessun cliente)</translation>
    </message>
    <message>
        <source>Room nights: final pickup %1 of %2 blocked (%3; actualized events: %4); on the books %5 of %6 blocked (%7; events to come: %8)</source>
        <translation>Notti camera: pickup finale %1 su %2 bloccate (%3; eventi consuntivati: %4); prenotate %5 su %6 bloccate (%7; eventi futuri: %8)</translation>
    </message>
    <message>
        <source>%1 %2 %3 final</source>
        <translation>%1 %2 %3 finale</translation>
    </message>
    <message>
        <source>%1 %2 %3 on the books</source>
        <translation>%1 %2 %3 prenotato</translation>
    </message>
    <message>
        <source>Pickup by event: %1</source>
        <translation>Pickup per evento: %1</translation>
    </message>
    <message>
        <source>Pickup trend (final pickups, oldest first): %1</source>
        <translation>Tendenza del pickup (pickup finali, dal più vecchio): %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>%1 on %2, days since: %3</source>
        <translation>%1 il %2, giorni trascorsi: %3</translation>
    </message>
    <message>
        <source>%1 on %2, days to go: %3</source>
        <translation>%1 il %2, giorni mancanti: %3</translation>
    </message>
    <message>
        <source>none booked</source>
        <translation>nessuno prenotato</translation>
    </message>
    <message>
        <source>Last stay: %1; next stay: %2</source>
        <translation>Ultimo soggiorno: %1; prossimo soggiorno: %2</translation>
    </message>
    <message>
        <source>Rebooking: every %1 days usually (the median of the intervals %2), spread %3 days (the median distance from it), from %4 to %5 days</source>
        <translation>Nuova prenotazione: di solito ogni %1 giorni (la mediana degli intervalli %2), scarto %3 giorni (la distanza mediana da essa), da %4 a %5 giorni</translation>
    </message>
    <message>
        <source>Rebooking: no cycle yet (fewer than 2 events)</source>
        <translation>Nuova prenotazione: ancora nessun ciclo (meno di 2 eventi)</translation>
    </message>
    <message>
        <source>At risk: %1</source>
        <translation>A rischio: %1</translation>
    </message>
    <message>
        <source>accounts takes no file; it reads the database (--database)</source>
        <translation>accounts non accetta file; legge il database (--database)</translation>
    </message>
    <message>
        <source>--cycle-factor: expected a percentage of the usual rebooking cycle above 0 and at most 1000, such as 125 or 150, found &quot;%1&quot;</source>
        <translation>--cycle-factor: attesa una percentuale del consueto ciclo di nuova prenotazione maggiore di 0 e non superiore a 1000, come 125 o 150, trovato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the accounts cannot be worked out: %2</source>
        <translation>%1: impossibile calcolare i clienti: %2</translation>
    </message>
    <message>
        <source>writes the contract&apos;s attrition and cancellation statement as PDF: its terms, the pickup per night, the itemized assessment, the totals and the charts, and for a stored group still to arrive (--db REF) a last page with its forecast, standing on --made-on; the hotel&apos;s letterhead as the desktop application keeps it; --scenarios: the comparison of the scenarios stored with --db REF; --all: one PDF per stored contract that passes the filters, into --out-dir, with progress on standard error; --portfolio: the contracts that pass the filters with their exposure, then the groups among them at risk in the next 90 days and their pipeline, in one PDF. Amounts and dates in the system&apos;s locale or --locale (en_US, de_DE), and the report&apos;s language with them (es_ES, it_IT: Spanish, Italian; any other: English).</source>
        <translation>scrive in PDF il prospetto di attrito e cancellazione del contratto: le condizioni, il pickup per notte, la valutazione voce per voce, i totali e i grafici e, per un gruppo salvato non ancora arrivato (--db REF), un&apos;ultima pagina con la sua previsione, alla data --made-on; con la carta intestata dell&apos;hotel come la conserva l&apos;applicazione desktop; --scenarios: il confronto degli scenari salvati con --db REF; --all: un PDF per ogni contratto salvato che soddisfa i filtri, in --out-dir, con l&apos;avanzamento sullo standard error; --portfolio: i contratti che soddisfano i filtri con la loro esposizione, poi i gruppi tra questi a rischio nei prossimi 90 giorni e la loro pipeline di vendita, in un unico PDF. Importi e date nelle impostazioni locali del sistema o in --locale (en_US, de_DE), e con esse la lingua del rapporto (es_ES, it_IT: spagnolo, italiano; qualsiasi altra: inglese).</translation>
    </message>
    <message>
        <source>writes the one-page pickup reminder letter for a stored group still to arrive, as PDF, portrait, addressed to its account: the rooms reserved to date against the block, the attrition clause in the contract&apos;s words, what the group would owe if reservations go on at their current pace (the forecast against the past groups of its hotel, assessed by the damages engine) and at today&apos;s pickup, the next review date or cutoff and what the client is asked to do; none of the hotel&apos;s internal figures. --today: the letter&apos;s date and the day the forecast stands on (default: today); --language as for proposal.</source>
        <translation>scrive in PDF, verticale, la lettera di sollecito del pickup di una pagina per un gruppo salvato non ancora arrivato, indirizzata al suo cliente: le camere prenotate finora rispetto al blocco, la clausola di attrito con le parole del contratto, quanto dovrebbe il gruppo se le prenotazioni proseguono al ritmo attuale (la previsione rispetto ai gruppi passati del suo hotel, valutata dal motore delle penali) e con il pickup di oggi, la prossima data di revisione o di cut-off e che cosa si chiede al cliente; nessuno dei dati interni dell&apos;hotel. --today: la data della lettera e il giorno a cui si riferisce la previsione (predefinito: oggi); --language come per proposal.</translation>
    </message>
    <message>
        <source>customer attrition by account (the organizer) over the stored contracts that pass the filters: per account its contracts by arrival year, cancelled and lost; the room nights blocked and picked up (the final pickup of the actualized groups, the pickup on the books of those to come); the pickup % of each event and the trend of the last five final pickups; the damages the engine assessed for its actualized and cancelled contracts, per currency (what was collected or waived is not recorded); the last and next stay; how regularly it rebooks (the days between its events&apos; arrivals, their median and spread); and whether it is at risk of not coming back, each rule with a sentence naming its numbers: (a) no new contract for longer than the usual cycle times --cycle-factor (default 125%), with at least 3 events; (b) pickup % fell for two events in a row. --at-risk: only the accounts at risk; --today: stand on another day; --from and --to: the arrival range, as --arriving-from and --arriving-to.</source>
        <translation>attrito dei clienti per cliente (l&apos;organizzatore) sui contratti salvati che soddisfano i filtri: per ogni cliente i suoi contratti per anno di arrivo, cancellati e persi; le notti camera bloccate e prenotate (il pickup finale dei gruppi consuntivati, il pickup prenotato di quelli futuri); la % di pickup di ogni evento e la tendenza degli ultimi cinque pickup finali; le penali calcolate dal motore per i suoi contratti consuntivati e cancellati, per valuta (quanto è stato incassato o condonato non è registrato); l&apos;ultimo e il prossimo soggiorno; con quale regolarità prenota di nuovo (i giorni tra gli arrivi dei suoi eventi, la loro mediana e il loro scarto); e se è a rischio di non tornare, ogni regola con una frase che ne cita i numeri: (a) nessun nuovo contratto per più del ciclo consueto moltiplicato per --cycle-factor (predefinito 125%), con almeno 3 eventi; (b) la % di pickup è scesa per due eventi di fila. --at-risk: solo i clienti a rischio; --today: riferirsi a un altro giorno; --from e --to: l&apos;intervallo di arrivo, come --arriving-from e --arriving-to.</translation>
    </message>
    <message>
        <source>assess: the assessment&apos;s lines and totals as CSV; at-risk: one row per group; pipeline and accounts: their tables as CSV</source>
        <translation>assess: le righe e i totali della valutazione in CSV; at-risk: una riga per gruppo; pipeline e accounts: le loro tabelle in CSV</translation>
    </message>
    <message>
        <source>Damages assessed by the engine, by arrival month, with what the settlements record as collected and waived:</source>
        <translation>Penali calcolate dal motore, per mese di arrivo, con quanto i regolamenti registrano come incassato e condonato:</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Incassato</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Condonato</translation>
    </message>
    <message>
        <source>reminder writes the letter of a stored group: give --db REFERENCE</source>
        <translation>reminder scrive la lettera di un gruppo salvato: indicare --db REFERENCE</translation>
    </message>
    <message>
        <source>reminder: give --pdf OUT.pdf</source>
        <translation>reminder: indicare --pdf OUT.pdf</translation>
    </message>
    <message>
        <source>warning: %1 is %2: a pickup reminder is for a group still to arrive</source>
        <translation>avvertenza: %1 è %2: un sollecito del pickup è per un gruppo non ancora arrivato</translation>
    </message>
    <message>
        <source>warning: %1: no forecast (%2); the letter leaves out the pickup at the current pace</source>
        <translation>avvertenza: %1: nessuna previsione (%2); la lettera omette il pickup al ritmo attuale</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>scritto %1 (%n pagina)</numerusform>
            <numerusform>scritto %1 (%n pagine)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3 actualized: %4; %5 cancelled: %6; collected %7, waived %8)</source>
        <translation>%1 %2 (%3 consuntivati: %4; %5 cancellati: %6; incassato %7, condonato %8)</translation>
    </message>
    <message>
        <source>Damages assessed: %1</source>
        <translation>Penali calcolate: %1</translation>
    </message>
    <message>
        <source>contract %1 grants a rebooking credit of %2 %3 on contract %4, which is in %5: a credit in another currency cannot be applied; correct the credit in the settlement of %1</source>
        <translation>il contratto %1 concede un credito per nuova prenotazione di %2 %3 sul contratto %4, che è in %5: un credito in un&apos;altra valuta non può essere applicato; correggere il credito nel regolamento di %1</translation>
    </message>
    <message>
        <source>%1 needs the report module %2, which cannot be loaded: %3</source>
        <translation>%1 ha bisogno del modulo dei rapporti %2, che non si può caricare: %3</translation>
    </message>
    <message>
        <source>%1 needs the report module %2, which has no entry point %3</source>
        <translation>%1 ha bisogno del modulo dei rapporti %2, che non ha il punto di ingresso %3</translation>
    </message>
    <message>
        <source>%1 needs the report module, which is missing: neither %2 nor %3 exists</source>
        <translation>%1 ha bisogno del modulo dei rapporti, che manca: non esiste né %2 né %3</translation>
    </message>
</context>
<context>
    <name>ContractFileText</name>
    <message>
        <source>an array</source>
        <extracomment>What was found in a contract file, in place of %1 of &quot;expected a string, found %1&quot;.</extracomment>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <extracomment>What was found in a contract file, in place of %1 of &quot;expected a string, found %1&quot;.</extracomment>
        <translation>un oggetto</translation>
    </message>
    <message>
        <source>nothing</source>
        <extracomment>What was found in a contract file, in place of %1 of &quot;expected a string, found %1&quot;.</extracomment>
        <translation>nulla</translation>
    </message>
    <message>
        <source>missing &quot;format&quot;: this is not an Attrition Desk contract file</source>
        <translation>manca &quot;format&quot;: questo non è un file di contratto di Attrition Desk</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found %2</source>
        <translation>atteso &quot;%1&quot;, trovato %2</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>campo obbligatorio mancante</translation>
    </message>
    <message>
        <source>expected a format version number, found %1</source>
        <translation>atteso un numero di versione del formato, trovato %1</translation>
    </message>
    <message>
        <source>format version %1 is newer than this program supports (%2)</source>
        <translation>la versione del formato %1 è più recente di quella supportata da questo programma (%2)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>campo sconosciuto &quot;%1&quot; (forse si intendeva &quot;%2&quot;?)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>campo sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>attesa una stringa, trovato %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>atteso true o false, trovato %1</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>atteso un numero intero, trovato %1</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 è fuori intervallo (da %2 a %3)</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD, found %1</source>
        <translation>attesa una data nel formato YYYY-MM-DD, trovato %1</translation>
    </message>
    <message>
        <source>%1 is not a date in the calendar</source>
        <translation>%1 non è una data esistente nel calendario</translation>
    </message>
    <message>
        <source>expected an ISO 4217 currency code, found %1</source>
        <translation>atteso un codice di valuta ISO 4217, trovato %1</translation>
    </message>
    <message>
        <source>%1 is not a known ISO 4217 currency code</source>
        <translation>%1 non è un codice di valuta ISO 4217 noto</translation>
    </message>
    <message>
        <source>amounts are written as decimal strings (&quot;189.00&quot;), not as JSON numbers; found %1</source>
        <translation>gli importi si scrivono come stringhe decimali (&quot;189.00&quot;), non come numeri JSON; trovato %1</translation>
    </message>
    <message>
        <source>expected an amount written as a decimal string, found %1</source>
        <translation>atteso un importo scritto come stringa decimale, trovato %1</translation>
    </message>
    <message>
        <source>expected an amount such as &quot;1234.50&quot;, found %1</source>
        <translation>atteso un importo come &quot;1234.50&quot;, trovato %1</translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows (%3)</source>
        <translation>%1 ha più decimali di quanti %2 ne consenta (%3)</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 è troppo grande</translation>
    </message>
    <message>
        <source>expected a percentage written as a decimal string (&quot;8.875&quot;), found %1</source>
        <translation>attesa una percentuale scritta come stringa decimale (&quot;8.875&quot;), trovato %1</translation>
    </message>
    <message>
        <source>expected a percentage such as &quot;8.875&quot;, found %1</source>
        <translation>attesa una percentuale come &quot;8.875&quot;, trovato %1</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimals</source>
        <translation>%1 ha più di %2 decimali</translation>
    </message>
    <message>
        <source>expected one of %1, found %2</source>
        <translation>atteso uno tra %1, trovato %2</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>atteso un array, trovato %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>atteso un oggetto, trovato %1</translation>
    </message>
    <message>
        <source>expected an array of contracts, found %1</source>
        <translation>atteso un array di contratti, trovato %1</translation>
    </message>
    <message>
        <source>expected a contract object, found %1</source>
        <translation>atteso un oggetto contratto, trovato %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <source>the file is UTF-16 or UTF-32 text; contract files are UTF-8: save it as UTF-8 and read it again</source>
        <translation>il file è un testo UTF-16 o UTF-32; i file di contratto sono in UTF-8: salvarlo in UTF-8 e rileggerlo</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2 (byte %3): %4</source>
        <translation>JSON non valido alla riga %1, colonna %2 (byte %3): %4</translation>
    </message>
    <message>
        <source>expected a contract object, found an array</source>
        <translation>atteso un oggetto contratto, trovato un array</translation>
    </message>
    <message>
        <source>expected one contract, found %1</source>
        <translation>atteso un solo contratto, trovati %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>file inesistente</translation>
    </message>
    <message>
        <source>is a folder, not a contract file</source>
        <translation>è una cartella, non un file di contratto</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>impossibile leggere il file: %1</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2 (byte %3): a control character (U+%4) inside a string; write it escaped, as \u%4</source>
        <translation>JSON non valido alla riga %1, colonna %2 (byte %3): un carattere di controllo (U+%4) dentro una stringa; scriverlo con escape, come \u%4</translation>
    </message>
    <message>
        <source>the field is given twice in one object (again at line %1, column %2); give it once</source>
        <translation>il campo compare due volte nello stesso oggetto (di nuovo alla riga %1, colonna %2); indicarlo una sola volta</translation>
    </message>
    <message>
        <source>a second pickup report of %1 (the first is %2); a day has one report</source>
        <extracomment>%1 is a date; %2 the place in the file of the first report of that date.</extracomment>
        <translation>un secondo report di pickup del %1 (il primo è %2); ogni giorno ha un solo report</translation>
    </message>
    <message>
        <source>expected a room count of 0 or more, found %1</source>
        <translation>atteso un numero di camere pari a 0 o più, trovato %1</translation>
    </message>
    <message>
        <source>%1 is not a value the program fills in by default; expected one of %2</source>
        <extracomment>%1 is what the file says; %2 the list of the values allowed.</extracomment>
        <translation>%1 non è un valore che il programma inserisce per impostazione predefinita; atteso uno tra %2</translation>
    </message>
    <message>
        <source>%1 is listed more than once</source>
        <translation>%1 è elencato più di una volta</translation>
    </message>
</context>
<context>
    <name>CsvFileText</name>
    <message>
        <source>the quote that opens this field is never closed</source>
        <translation>le virgolette che aprono questo campo non vengono mai chiuse</translation>
    </message>
    <message>
        <source>a quoted field must end at its closing quote, found &quot;%1&quot; after it</source>
        <translation>un campo tra virgolette deve terminare con le virgolette di chiusura, trovato &quot;%1&quot; dopo di esse</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>A problem in a CSV file: %1 is the line, %2 what is wrong there.</extracomment>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <extracomment>A problem in a CSV file: %1 is the line, %2 the column&apos;s number, %3 what is wrong there.</extracomment>
        <translation>riga %1, colonna %2: %3</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <extracomment>A problem in a CSV file: %1 is the line, %2 the column&apos;s number, %3 the column&apos;s header as written in the file, %4 what is wrong there.</extracomment>
        <translation>riga %1, colonna %2 (%3): %4</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>impossibile leggere il file: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the file holds no contract</source>
        <translation>%1: il file non contiene alcun contratto</translation>
    </message>
    <message>
        <source>%1: the reference &quot;%2&quot; is also given in %3</source>
        <translation>%1: il riferimento «%2» compare anche in %3</translation>
    </message>
</context>
<context>
    <name>EngineMessage</name>
    <message>
        <source>the contract reference is empty</source>
        <translation>il riferimento del contratto è vuoto</translation>
    </message>
    <message>
        <source>the currency is not a known ISO 4217 code</source>
        <translation>la valuta non è un codice ISO 4217 noto</translation>
    </message>
    <message>
        <source>departure ({0}) must be after arrival ({1})</source>
        <translation>la partenza ({0}) deve essere successiva all&apos;arrivo ({1})</translation>
    </message>
    <message>
        <source>the signing date ({0}) is after arrival ({1})</source>
        <translation>la data di firma ({0}) è successiva all&apos;arrivo ({1})</translation>
    </message>
    <message>
        <source>night {0} is outside the stay ({1} to {2})</source>
        <translation>la notte {0} è fuori dal soggiorno (da {1} a {2})</translation>
    </message>
    <message>
        <source>rooms must not be negative ({0})</source>
        <translation>le camere non possono essere negative ({0})</translation>
    </message>
    <message>
        <source>{0} rooms is more than the largest block allowed ({1})</source>
        <translation>{0} camere superano il blocco più grande consentito ({1})</translation>
    </message>
    <message>
        <source>the room type is empty</source>
        <translation>il tipo di camera è vuoto</translation>
    </message>
    <message>
        <source>night {0} and this room type appear more than once</source>
        <translation>la notte {0} e questo tipo di camera compaiono più di una volta</translation>
    </message>
    <message>
        <source>the amount must not be negative ({0})</source>
        <translation>l&apos;importo non può essere negativo ({0})</translation>
    </message>
    <message>
        <source>the amount is not in the contract&apos;s currency</source>
        <translation>l&apos;importo non è nella valuta del contratto</translation>
    </message>
    <message>
        <source>the percentage {0} must be between 0% and 100%</source>
        <translation>la percentuale {0} deve essere tra 0% e 100%</translation>
    </message>
    <message>
        <source>the tier starts at {0} days but ends at {1} days</source>
        <translation>lo scaglione inizia a {0} giorni ma finisce a {1} giorni</translation>
    </message>
    <message>
        <source>the tier from {0} days overlaps the tier covering {1} to {2} days</source>
        <translation>lo scaglione da {0} giorni si sovrappone allo scaglione da {1} a {2} giorni</translation>
    </message>
    <message>
        <source>no tier covers notice {0} to {1} days before arrival</source>
        <translation>nessuno scaglione copre un preavviso da {0} a {1} giorni prima dell&apos;arrivo</translation>
    </message>
    <message>
        <source>no tier covers notice {0} days or more before arrival</source>
        <translation>nessuno scaglione copre un preavviso di {0} giorni o più prima dell&apos;arrivo</translation>
    </message>
    <message>
        <source>days before arrival must not be negative ({0})</source>
        <translation>i giorni prima dell&apos;arrivo non possono essere negativi ({0})</translation>
    </message>
    <message>
        <source>a reduction cannot raise the block ({0} rooms where {1} were contracted)</source>
        <translation>una riduzione non può aumentare il blocco ({0} camere dove ne erano contrattate {1})</translation>
    </message>
    <message>
        <source>no block entry for night {0} and this room type</source>
        <translation>nessuna voce del blocco per la notte {0} e questo tipo di camera</translation>
    </message>
    <message>
        <source>the comp ratio must not be negative ({0})</source>
        <translation>il rapporto di camere gratuite non può essere negativo ({0})</translation>
    </message>
    <message>
        <source>the cancellation notice ({0}) is before the signing date ({1})</source>
        <translation>la comunicazione di cancellazione ({0}) è anteriore alla data di firma ({1})</translation>
    </message>
    <message>
        <source>the amounts are too large to be computed exactly (at most {0})</source>
        <translation>gli importi sono troppo grandi per essere calcolati esattamente (al massimo {0})</translation>
    </message>
    <message>
        <source>{0} entries is more than the largest allowed ({1})</source>
        <translation>{0} voci superano il massimo consentito ({1})</translation>
    </message>
    <message>
        <source>the tier from {0} days overlaps the tier covering {1} days or more</source>
        <translation>lo scaglione da {0} giorni si sovrappone allo scaglione da {1} giorni o più</translation>
    </message>
    <message>
        <source>the scenario pickup {0} must be between 0% and 1000%</source>
        <translation>il pickup dello scenario {0} deve essere tra 0% e 1000%</translation>
    </message>
    <message>
        <source>the stay of {0} nights is longer than the longest allowed ({1})</source>
        <translation>il soggiorno di {0} notti supera il più lungo consentito ({1})</translation>
    </message>
    <message>
        <source>Block: {0} room nights contracted, {1} after honoured reductions</source>
        <translation>Blocco: {0} notti camera contrattate, {1} dopo le riduzioni accolte</translation>
    </message>
    <message>
        <source>Reduction recorded {0}: block {1} to {2} room nights ({3} of the original block), within the {4} allowed by {5}: honoured</source>
        <translation>Riduzione registrata il {0}: blocco da {1} a {2} notti camera ({3} del blocco originale), entro il {4} consentito entro il {5}: accolta</translation>
    </message>
    <message>
        <source>Counted pickup: {0} picked up + {1} outside the block + {2} billed no-shows + {3} walked + {4} comp = {5} room nights ({6} of the block)</source>
        <translation>Pickup conteggiato: {0} prenotate + {1} fuori blocco + {2} no-show fatturati + {3} riprotetti + {4} gratuite = {5} notti camera ({6} del blocco)</translation>
    </message>
    <message>
        <source>Average contracted rate of the {0} room nights not picked up: {1} / {0} = {2}</source>
        <translation>Tariffa media contrattata delle {0} notti camera non prenotate: {1} / {0} = {2}</translation>
    </message>
    <message>
        <source>Average contracted rate: room revenue {0} / {1} room nights = {2}</source>
        <translation>Tariffa media contrattata: ricavi camere {0} / {1} notti camera = {2}</translation>
    </message>
    <message>
        <source>Cumulative: required {0} x {1} room nights = {2}; counted {3}; shortfall {4} room nights</source>
        <translation>Cumulativo: richiesto {0} x {1} notti camera = {2}; conteggiate {3}; carenza {4} notti camera</translation>
    </message>
    <message>
        <source>Cumulative: required {0} x {1} room nights = {2}, rounded to {3}; counted {4}; shortfall {5} room nights</source>
        <translation>Cumulativo: richiesto {0} x {1} notti camera = {2}, arrotondato a {3}; conteggiate {4}; carenza {5} notti camera</translation>
    </message>
    <message>
        <source>{0}: required {1} x {2} rooms = {3}; counted {4}; shortfall {5}</source>
        <translation>{0}: richiesto {1} x {2} camere = {3}; conteggiate {4}; carenza {5}</translation>
    </message>
    <message>
        <source>{0}: required {1} x {2} rooms = {3}, rounded to {4}; counted {5}; shortfall {6}</source>
        <translation>{0}: richiesto {1} x {2} camere = {3}, arrotondato a {4}; conteggiate {5}; carenza {6}</translation>
    </message>
    <message>
        <source>Over-block credit: {0} room nights picked up above the block offset the shortfall: {1} - {0} = {2} room nights</source>
        <translation>Credito per eccedenza sul blocco: {0} notti camera prenotate oltre il blocco compensano la carenza: {1} - {0} = {2} notti camera</translation>
    </message>
    <message>
        <source>{0}: rooms charged limited to the {1} blocked that night</source>
        <translation>{0}: camere addebitate limitate alle {1} bloccate quella notte</translation>
    </message>
    <message>
        <source>Counted pickup {0} reaches the performance level {1}: no attrition damages</source>
        <translation>Il pickup conteggiato {0} raggiunge il livello di performance {1}: nessuna penale di attrito</translation>
    </message>
    <message>
        <source>Resale credit: {0} room nights resold; liable {1} - {0} = {2} room nights</source>
        <translation>Credito per rivendita: {0} notti camera rivendute; dovute {1} - {0} = {2} notti camera</translation>
    </message>
    <message>
        <source>{0}: {1} room nights resold not credited: occupancy {2} is below {3}</source>
        <translation>{0}: {1} notti camera rivendute non accreditate: occupazione {2} inferiore a {3}</translation>
    </message>
    <message>
        <source>{0} room nights x {1} x {2} = {3}</source>
        <translation>{0} notti camera x {1} x {2} = {3}</translation>
    </message>
    <message>
        <source>{0}: {1} room nights x {2} x {3} = {4}</source>
        <translation>{0}: {1} notti camera x {2} x {3} = {4}</translation>
    </message>
    <message>
        <source>{0}: {1} room nights resold; liable {2} - {1} = {3} room nights</source>
        <translation>{0}: {1} notti camera rivendute; dovute {2} - {1} = {3} notti camera</translation>
    </message>
    <message>
        <source>{0} comp room nights counted toward pickup offset the shortfall: {1} - {0} = {2} room nights</source>
        <translation>{0} notti camera gratuite conteggiate nel pickup compensano la carenza: {1} - {0} = {2} notti camera</translation>
    </message>
    <message>
        <source>{0}: resale credit, {1} room nights resold for {2}, credited at no more than the contracted rate: {3} x {4} = -{5}</source>
        <translation>{0}: credito per rivendita, {1} notti camera rivendute per {2}, accreditate al massimo alla tariffa contrattata: {3} x {4} = -{5}</translation>
    </message>
    <message>
        <source>Resale credit limited to the damages of {0}</source>
        <translation>Credito per rivendita limitato alla penale di {0}</translation>
    </message>
    <message>
        <source>Resale credit: {0} room nights resold for {1}, credited at no more than the contracted rate: {2} x {3} = -{4}</source>
        <translation>Credito per rivendita: {0} notti camera rivendute per {1}, accreditate al massimo alla tariffa contrattata: {2} x {3} = -{4}</translation>
    </message>
    <message>
        <source>Damages capped at {0} (before the cap {1})</source>
        <translation>Penale limitata a {0} (prima del tetto {1})</translation>
    </message>
    <message>
        <source>Room attrition {0} not charged: the meeting room rental applies instead</source>
        <translation>Attrito camere {0} non addebitato: si applica invece il noleggio della sala meeting</translation>
    </message>
    <message>
        <source>The greater of room attrition ({0}) and the meeting room rental ({1}) applies: the meeting room rental is not charged</source>
        <translation>Si applica il maggiore tra l&apos;attrito camere ({0}) e il noleggio della sala meeting ({1}): il noleggio della sala non è addebitato</translation>
    </message>
    <message>
        <source>The greater of room attrition ({0}) and the meeting room rental ({1}) applies: room attrition is not charged</source>
        <translation>Si applica il maggiore tra l&apos;attrito camere ({0}) e il noleggio della sala meeting ({1}): l&apos;attrito camere non è addebitato</translation>
    </message>
    <message>
        <source>The contract has no room attrition clause</source>
        <translation>Il contratto non ha una clausola di attrito camere</translation>
    </message>
    <message>
        <source>Tax {0} on room damages {1} = {2}</source>
        <translation>Imposta {0} sulla penale camere {1} = {2}</translation>
    </message>
    <message>
        <source>F&amp;B minimum {0} less the {1} allowance: required {2}; actual spend {3}; shortfall {4}</source>
        <translation>Minimo F&amp;B {0} meno la tolleranza del {1}: richiesto {2}; spesa effettiva {3}; carenza {4}</translation>
    </message>
    <message>
        <source>F&amp;B spend {0} reaches the required {1}: no F&amp;B damages</source>
        <translation>La spesa F&amp;B {0} raggiunge il richiesto {1}: nessuna penale F&amp;B</translation>
    </message>
    <message>
        <source>F&amp;B shortfall {0} x {1} = {2}</source>
        <translation>Carenza F&amp;B {0} x {1} = {2}</translation>
    </message>
    <message>
        <source>Service charge {0} on F&amp;B damages {1} = {2}</source>
        <translation>Servizio {0} sulla penale F&amp;B {1} = {2}</translation>
    </message>
    <message>
        <source>Tax {0} on F&amp;B damages and service charge {1} = {2}</source>
        <translation>Imposta {0} sulla penale F&amp;B e sul servizio {1} = {2}</translation>
    </message>
    <message>
        <source>Meeting room rental {0}; pickup {1} is in the band from {2}: {3} charged = {4}</source>
        <translation>Noleggio sala meeting {0}; il pickup {1} è nella fascia da {2}: addebitato {3} = {4}</translation>
    </message>
    <message>
        <source>Meeting room rental {0}; pickup {1} is below every band: nothing charged</source>
        <translation>Noleggio sala meeting {0}; il pickup {1} è sotto ogni fascia: nulla addebitato</translation>
    </message>
    <message>
        <source>Tax {0} on the meeting room rental {1} = {2}</source>
        <translation>Imposta {0} sul noleggio della sala meeting {1} = {2}</translation>
    </message>
    <message>
        <source>Comp rooms: 1 per {0} room nights, {1} room nights picked up: {2} comp room nights, worth {3} at the average rate {4}</source>
        <translation>Camere gratuite: 1 ogni {0} notti camera, {1} notti camera prenotate: {2} notti camera gratuite, del valore di {3} alla tariffa media {4}</translation>
    </message>
    <message>
        <source>Comp rooms: 1 per {0} room nights earned night by night: {1} comp room nights, worth {2} at the average rate {3}</source>
        <translation>Camere gratuite: 1 ogni {0} notti camera, maturate notte per notte: {1} notti camera gratuite, del valore di {2} alla tariffa media {3}</translation>
    </message>
    <message>
        <source>Notice received {0}, {1} days before arrival on {2}: the {3} to {4} days tier applies</source>
        <translation>Comunicazione ricevuta il {0}, {1} giorni prima dell&apos;arrivo il {2}: si applica lo scaglione da {3} a {4} giorni</translation>
    </message>
    <message>
        <source>Notice received {0}, {1} days before arrival on {2}: the {3} days or more tier applies</source>
        <translation>Comunicazione ricevuta il {0}, {1} giorni prima dell&apos;arrivo il {2}: si applica lo scaglione di {3} giorni o più</translation>
    </message>
    <message>
        <source>Anticipated room revenue {0} x {1} = {2}</source>
        <translation>Ricavi camere previsti {0} x {1} = {2}</translation>
    </message>
    <message>
        <source>Anticipated revenue {0} (rooms {1} + F&amp;B minimum {2} + meeting room {3}) x {4} = {5}</source>
        <translation>Ricavi previsti {0} (camere {1} + minimo F&amp;B {2} + sala meeting {3}) x {4} = {5}</translation>
    </message>
    <message>
        <source>Room revenue {0} x {1} = {2}</source>
        <translation>Ricavi camere {0} x {1} = {2}</translation>
    </message>
    <message>
        <source>F&amp;B minimum {0} x {1} = {2}</source>
        <translation>Minimo F&amp;B {0} x {1} = {2}</translation>
    </message>
    <message>
        <source>Meeting room rental {0} x {1} = {2}</source>
        <translation>Noleggio sala meeting {0} x {1} = {2}</translation>
    </message>
    <message>
        <source>Resale credit: {0} room nights resold, credited at no more than the contracted rate: -{1}</source>
        <translation>Credito per rivendita: {0} notti camera rivendute, accreditate al massimo alla tariffa contrattata: -{1}</translation>
    </message>
    <message>
        <source>Fee rounded to whole units: {0} to {1}</source>
        <translation>Penale arrotondata a unità intere: da {0} a {1}</translation>
    </message>
    <message>
        <source>Cancellation fee {0} waived: force majeure</source>
        <translation>Penale di cancellazione {0} condonata: forza maggiore</translation>
    </message>
    <message>
        <source>Tax {0} on the cancellation fee {1} = {2}</source>
        <translation>Imposta {0} sulla penale di cancellazione {1} = {2}</translation>
    </message>
    <message>
        <source>Deposit received {0}: {1}, {2} applied</source>
        <translation>Deposito ricevuto il {0}: {1}, {2} applicato</translation>
    </message>
    <message>
        <source>Reduction recorded {0} ({1} of the original block) not honoured: it was made after the last review date, {2}; those rooms stay in the block</source>
        <translation>Riduzione registrata il {0} ({1} del blocco originale) non accolta: è stata fatta dopo l&apos;ultima data di revisione, {2}; quelle camere restano nel blocco</translation>
    </message>
    <message>
        <source>Reduction recorded {0} ({1} of the original block) not honoured: the contract has no review schedule; those rooms stay in the block</source>
        <translation>Riduzione registrata il {0} ({1} del blocco originale) non accolta: il contratto non ha un calendario di revisione; quelle camere restano nel blocco</translation>
    </message>
    <message>
        <source>Reduction recorded {0} ({1} of the original block) not honoured: more than the {2} allowed by {3}; those rooms stay in the block</source>
        <translation>Riduzione registrata il {0} ({1} del blocco originale) non accolta: supera il {2} consentito entro il {3}; quelle camere restano nel blocco</translation>
    </message>
    <message>
        <source>No pickup is recorded: the assessment assumes no room was picked up</source>
        <translation>Nessun pickup registrato: la valutazione presume che nessuna camera sia stata prenotata</translation>
    </message>
    <message>
        <source>The contract is marked cancelled but has no cancellation notice date: assessed under attrition</source>
        <translation>Il contratto è segnato come cancellato ma non ha una data di comunicazione della cancellazione: valutato per attrito</translation>
    </message>
    <message>
        <source>The group cancelled but the contract has no cancellation tiers: no cancellation fee assessed</source>
        <translation>Il gruppo ha cancellato ma il contratto non ha scaglioni di cancellazione: nessuna penale di cancellazione valutata</translation>
    </message>
    <message>
        <source>Notice received {0}, after arrival on {1}: assessed as 0 days before arrival</source>
        <translation>Comunicazione ricevuta il {0}, dopo l&apos;arrivo il {1}: valutata come 0 giorni prima dell&apos;arrivo</translation>
    </message>
    <message>
        <source>Deposits exceed the amount owed by {0}</source>
        <translation>I depositi superano l&apos;importo dovuto di {0}</translation>
    </message>
    <message>
        <source>another band of the scale also starts at {0} pickup: each band needs its own lowest pickup</source>
        <translation>un&apos;altra fascia della scala inizia anch&apos;essa a un pickup di {0}: ogni fascia richiede il proprio pickup minimo</translation>
    </message>
    <message>
        <source>Booking curve of {0} comparable groups: {1} of their final pickup was on the books {2} days before arrival</source>
        <translation>Curva di prenotazione di {0} gruppi comparabili: il {1} del loro pickup finale era prenotato {2} giorni prima dell&apos;arrivo</translation>
    </message>
    <message>
        <source>Only {0} comparable groups have a pickup history (at least {1} are needed): the default booking curve is used, {2} on the books {3} days before arrival</source>
        <translation>Solo {0} gruppi comparabili hanno uno storico del pickup (ne servono almeno {1}): si usa la curva di prenotazione predefinita, {2} prenotato {3} giorni prima dell&apos;arrivo</translation>
    </message>
    <message>
        <source>Multiplicative pickup: {0} room nights on the books / {1} = {2} room nights expected at arrival</source>
        <translation>Pickup moltiplicativo: {0} notti camera prenotate / {1} = {2} notti camera previste all&apos;arrivo</translation>
    </message>
    <message>
        <source>Additive pickup: {0} room nights on the books + {1} room nights still to come per blocked room x {2} room nights blocked = {3} room nights expected at arrival</source>
        <translation>Pickup additivo: {0} notti camera prenotate + {1} notti camera ancora attese per camera bloccata x {2} notti camera bloccate = {3} notti camera previste all&apos;arrivo</translation>
    </message>
    <message>
        <source>The account&apos;s own {0} past groups: {1} room nights on the books / {2} = {3} room nights expected at arrival</source>
        <translation>I {0} gruppi passati dello stesso cliente: {1} notti camera prenotate / {2} = {3} notti camera previste all&apos;arrivo</translation>
    </message>
    <message>
        <source>Method chosen by backtest over {0} past groups {1} days before arrival: the lowest weighted error, {2}</source>
        <translation>Metodo scelto con il backtest su {0} gruppi passati {1} giorni prima dell&apos;arrivo: l&apos;errore ponderato più basso, {2}</translation>
    </message>
    <message>
        <source>Past forecast errors of {0} groups {1} days before arrival: {2} to {3} room nights (P10 to P90)</source>
        <translation>Errori di previsione passati di {0} gruppi {1} giorni prima dell&apos;arrivo: da {2} a {3} notti camera (da P10 a P90)</translation>
    </message>
    <message>
        <source>Too few past forecast errors {0} days before arrival: the default range of {1} either way gives {2} to {3} room nights (P10 to P90)</source>
        <translation>Troppo pochi errori di previsione passati {0} giorni prima dell&apos;arrivo: l&apos;intervallo predefinito del {1} in ciascun senso dà da {2} a {3} notti camera (da P10 a P90)</translation>
    </message>
    <message>
        <source>The group arrived on {0}: the pickup recorded is its final pickup</source>
        <translation>Il gruppo è arrivato il {0}: il pickup registrato è il suo pickup finale</translation>
    </message>
    <message>
        <source>Arrival is {0} days away: the forecast looks {1} days ahead at most and uses the curve at {1} days</source>
        <translation>Mancano {0} giorni all&apos;arrivo: la previsione guarda al massimo {1} giorni avanti e usa la curva a {1} giorni</translation>
    </message>
    <message>
        <source>{0} pickup reports dated after arrival and {1} dated before signing were left out of the history</source>
        <translation>Sono stati esclusi dallo storico {0} rapporti di pickup datati dopo l&apos;arrivo e {1} datati prima della firma</translation>
    </message>
    <message>
        <source>Expected damages {0} over {1} draws of the final pickup (seed {2}); {3} of the draws owe anything</source>
        <translation>Penale attesa {0} su {1} estrazioni del pickup finale (seme {2}); il {3} delle estrazioni deve qualcosa</translation>
    </message>
    <message>
        <source>Damages P10 {0}, P50 {1}, P90 {2}; at the expected pickup the group would owe {3}</source>
        <translation>Penale P10 {0}, P50 {1}, P90 {2}; con il pickup previsto il gruppo dovrebbe {3}</translation>
    </message>
    <message>
        <source>F&amp;B spend not forecast: assumed to reach the F&amp;B minimum</source>
        <translation>Spesa F&amp;B non prevista: si assume che raggiunga il minimo F&amp;B</translation>
    </message>
    <message>
        <source>Release rule: keep the rooms the group picks up with a probability of {0} (a room held unused costs {1} times a room released and then needed)</source>
        <translation>Regola di rilascio: tenere le camere che il gruppo occupa con una probabilità del {0} (una camera trattenuta e non usata costa {1} volte una rilasciata e poi necessaria)</translation>
    </message>
    <message>
        <source>Night of {0}: the forecast supports keeping {1} of {2} rooms; release {3}</source>
        <translation>Notte del {0}: la previsione consente di tenere {1} di {2} camere; rilasciarne {3}</translation>
    </message>
    <message>
        <source>Night of {0}: the forecast supports keeping {1} of {2} rooms, but the contract allows reducing to {3} at the least: release {4}</source>
        <translation>Notte del {0}: la previsione consente di tenere {1} di {2} camere, ma il contratto consente di ridurre al minimo a {3}: rilasciarne {4}</translation>
    </message>
    <message>
        <source>Next review date {0}: the block may be reduced by up to {1} of the original block</source>
        <translation>Prossima data di revisione {0}: il blocco può essere ridotto fino al {1} del blocco originale</translation>
    </message>
    <message>
        <source>No review date is ahead: the contract allows no release</source>
        <translation>Non ci sono date di revisione future: il contratto non consente rilasci</translation>
    </message>
    <message>
        <source>Hold the block: expected damages {0}. Release {1} room nights by {2}: expected damages {3}, and those rooms return to inventory</source>
        <translation>Mantenere il blocco: penale attesa {0}. Rilasciare {1} notti camera entro il {2}: penale attesa {3}, e quelle camere tornano in vendita</translation>
    </message>
    <message>
        <source>The release was not honoured under the contract&apos;s review schedule: nothing is proposed</source>
        <translation>Il rilascio non sarebbe accettato secondo il calendario di revisione del contratto: non si propone nulla</translation>
    </message>
    <message>
        <source>the {0} cancellation basis does not use this percentage ({1}): it charges nothing</source>
        <translation>la base di cancellazione {0} non usa questa percentuale ({1}): non addebita nulla</translation>
    </message>
    <message>
        <source>occupancy is recorded but the attrition clause has no resaleOnlyAtOccupancy: it is ignored</source>
        <translation>l&apos;occupazione è registrata ma la clausola di attrition non ha resaleOnlyAtOccupancy: viene ignorata</translation>
    </message>
    <message>
        <source>the room type is not in the block: this entry is ignored</source>
        <translation>il tipo di camera non è nel blocco: questa voce viene ignorata</translation>
    </message>
    <message>
        <source>the room type is not in the block, which has it in other capitals: room types must match exactly, this entry is ignored</source>
        <translation>il tipo di camera non è nel blocco, che lo ha con altre maiuscole: i tipi di camera devono coincidere esattamente, questa voce viene ignorata</translation>
    </message>
    <message>
        <source>the percentage {0} is below 1%: percentages are written in points (85 for 85%), not as fractions (0.85)</source>
        <translation>la percentuale {0} è inferiore all&apos;1%: le percentuali si scrivono in punti (85 per l&apos;85%), non come frazioni (0.85)</translation>
    </message>
    <message>
        <source>a cancellation notice is recorded but the status is not cancelled: the contract is assessed as cancelled</source>
        <translation>è registrato un avviso di cancellazione ma lo stato non è cancellato: il contratto viene valutato come cancellato</translation>
    </message>
    <message>
        <source>Keep the block held: expected damages {0}. The forecast supports no release by {1} that the contract allows</source>
        <translation>Mantenere il blocco attuale: penale attesa {0}. La previsione non supporta alcun rilascio entro il {1} che il contratto consenta</translation>
    </message>
    <message>
        <source>Regression pickup fitted on {0} past groups: final pickup = {1} x on the books {2} days before arrival + {3} x the block, so {4} room nights on the books and {5} room nights blocked give {6} room nights expected at arrival</source>
        <translation>Pickup per regressione stimato su {0} gruppi passati: pickup finale = {1} x il prenotato {2} giorni prima dell&apos;arrivo + {3} x il blocco, quindi {4} notti camera prenotate e {5} notti camera bloccate danno {6} notti camera previste all&apos;arrivo</translation>
    </message>
    <message>
        <source>Expected wash {0} (P10 {1}, P90 {2}) from the account&apos;s own {3} past groups</source>
        <translation>Wash atteso {0} (P10 {1}, P90 {2}) dai {3} gruppi passati del cliente stesso</translation>
    </message>
    <message>
        <source>Expected wash {0} (P10 {1}, P90 {2}) from {3} past groups: the account has {4} of its own, fewer than the {5} needed</source>
        <translation>Wash atteso {0} (P10 {1}, P90 {2}) da {3} gruppi passati: il cliente ne ha {4} propri, meno dei {5} necessari</translation>
    </message>
    <message>
        <source>Only {0} past groups have a block and a final pickup (at least {1} are needed): a wash of 0%, 5%, 10%, 15% or 20%, equally likely, is assumed</source>
        <translation>Solo {0} gruppi passati hanno un blocco e un pickup finale (ne servono almeno {1}): si assume un wash dello 0%, 5%, 10%, 15% o 20%, ugualmente probabili</translation>
    </message>
    <message>
        <source>Per night: group rooms = block x (1 - wash); displaced transient rooms = max(0, transient demand + group rooms - capacity); net = group rooms x (group rate x (1 - commission) - variable cost) - displaced rooms x (transient net ADR - variable cost + ancillary profit)</source>
        <translation>Per notte: camere del gruppo = blocco x (1 - wash); camere transient spostate = max(0, domanda transient + camere del gruppo - capacità); netto = camere del gruppo x (tariffa di gruppo x (1 - commissione) - costo variabile) - camere spostate x (ADR netto transient - costo variabile + profitto accessorio)</translation>
    </message>
    <message>
        <source>Night of {0}: {1} group rooms and a transient demand of {2} for {3} rooms displace {4} transient rooms; net {5}; the group breaks even at an average rate of {6}</source>
        <translation>Notte del {0}: {1} camere del gruppo e una domanda transient di {2} per {3} camere spostano {4} camere transient; netto {5}; il gruppo copre ciò che sposta con una tariffa media di {6}</translation>
    </message>
    <message>
        <source>Night of {0}: no group rooms are expected after the wash</source>
        <translation>Notte del {0}: non si attendono camere del gruppo dopo il wash</translation>
    </message>
    <message>
        <source>F&amp;B profit {0}: the minimum of {1} at a {2} margin, assuming the minimum is spent</source>
        <translation>Profitto F&amp;B {0}: il minimo di {1} con un margine del {2}, supponendo che il minimo sia speso</translation>
    </message>
    <message>
        <source>Meeting room profit {0}: the rental of {1} at a {2} margin</source>
        <translation>Profitto della sala meeting {0}: il noleggio di {1} con un margine del {2}</translation>
    </message>
    <message>
        <source>Net value of the group {0}; over {1} wash draws (seed {2}) it ranges from {3} to {4} (P10 to P90)</source>
        <translation>Valore netto del gruppo {0}; su {1} estrazioni del wash (seme {2}) va da {3} a {4} (da P10 a P90)</translation>
    </message>
    <message>
        <source>The contract has no block: there is nothing to quote</source>
        <translation>Il contratto non ha un blocco: non c&apos;è nulla da preventivare</translation>
    </message>
    <message>
        <source>The night of {0} has no hotel outlook (capacity, transient demand and net ADR)</source>
        <translation>La notte del {0} non ha previsioni dell&apos;hotel (capacità, domanda transient e ADR netto)</translation>
    </message>
    <message>
        <source>The night of {0} has two hotel outlooks: each night is entered once</source>
        <translation>La notte del {0} ha due previsioni dell&apos;hotel: ogni notte si inserisce una sola volta</translation>
    </message>
    <message>
        <source>The block of {1} rooms on the night of {0} is above the hotel&apos;s capacity of {2} rooms</source>
        <translation>Il blocco di {1} camere della notte del {0} supera la capacità dell&apos;hotel di {2} camere</translation>
    </message>
    <message>
        <source>The transient demand of {1} rooms for the night of {0} is negative</source>
        <translation>La domanda transient di {1} camere per la notte del {0} è negativa</translation>
    </message>
    <message>
        <source>The amount {1} for the night of {0} is not in the contract&apos;s currency</source>
        <translation>L&apos;importo {1} della notte del {0} non è nella valuta del contratto</translation>
    </message>
    <message>
        <source>The variable cost {0} is not in the contract&apos;s currency</source>
        <translation>Il costo variabile {0} non è nella valuta del contratto</translation>
    </message>
    <message>
        <source>A group commission of {0} is out of range: it must be at least 0% and below 100%</source>
        <translation>Una commissione di gruppo del {0} è fuori intervallo: deve essere almeno dello 0% e inferiore al 100%</translation>
    </message>
    <message>
        <source>A margin of {0} is out of range: margins are from 0% to 100%</source>
        <translation>Un margine del {0} è fuori intervallo: i margini vanno dallo 0% al 100%</translation>
    </message>
    <message>
        <source>this value is the program&apos;s default, not confirmed from the contract: confirm it or enter the contract&apos;s own</source>
        <translation>questo valore è il predefinito del programma, non confermato dal contratto: confermarlo o inserire quello del contratto</translation>
    </message>
    <message>
        <source>the pickup of {0} rooms on {1} is {2} of the {3} rooms of this room type blocked that night, more than {4}: check that it was entered right</source>
        <translation>il pickup di {0} camere il {1} è il {2} delle {3} camere di questa tipologia bloccate quella notte, più del {4}: verificare che sia stato inserito correttamente</translation>
    </message>
    <message>
        <source>the pickup of {0} room nights is {1} of the {2} room nights blocked, more than {3}: check that it was entered right (this entry, {4} rooms on {5} where {6} of this room type were blocked, is the furthest above its block)</source>
        <translation>il pickup di {0} notti camera è il {1} delle {2} notti camera bloccate, più del {3}: verificare che sia stato inserito correttamente (questa voce, {4} camere il {5} con {6} di questa tipologia bloccate, è quella che supera di più il suo blocco)</translation>
    </message>
    <message>
        <source>{0} of the block is on the books {1} days before arrival: {2} points ahead of the {3} comparable groups, which had {4} of their block at that day</source>
        <translation>Il {0} del blocco è prenotato {1} giorni prima dell&apos;arrivo: {2} punti in più rispetto ai {3} gruppi comparabili, che a quel giorno avevano il {4} del loro blocco</translation>
    </message>
    <message>
        <source>{0} of the block is on the books {1} days before arrival: {2} points behind the {3} comparable groups, which had {4} of their block at that day</source>
        <translation>Il {0} del blocco è prenotato {1} giorni prima dell&apos;arrivo: {2} punti in meno rispetto ai {3} gruppi comparabili, che a quel giorno avevano il {4} del loro blocco</translation>
    </message>
    <message>
        <source>Pace not known: only {0} comparable groups have a pickup history and a block (at least {1} are needed)</source>
        <translation>Andamento non noto: solo {0} gruppi comparabili hanno uno storico del pickup e un blocco (ne servono almeno {1})</translation>
    </message>
    <message>
        <source>Pace not known: the contract has no block</source>
        <translation>Andamento non noto: il contratto non ha un blocco</translation>
    </message>
    <message>
        <source>Pace not known: arrival is {0} days away, beyond the {1} days the pickup history covers</source>
        <translation>Andamento non noto: mancano {0} giorni all&apos;arrivo, oltre i {1} giorni coperti dallo storico del pickup</translation>
    </message>
    <message>
        <source>Expected damages {0}, P10 {1} to P90 {2}, over {3} equally likely final pickups from the forecast&apos;s past errors; {4} of them owe anything</source>
        <translation>Penale attesa {0}, da P10 {1} a P90 {2}, su {3} pickup finali ugualmente probabili ricavati dagli errori passati della previsione; nel {4} di essi il gruppo deve qualcosa</translation>
    </message>
    <message>
        <source>Pace behind: {0} of the block is on the books {1} days before arrival, where the {2} comparable groups had {3}: {4} points behind, more than the {5} points allowed</source>
        <translation>Andamento in ritardo: il {0} del blocco è prenotato {1} giorni prima dell&apos;arrivo, quando i {2} gruppi comparabili avevano il {3}: {4} punti in meno, più dei {5} punti ammessi</translation>
    </message>
    <message>
        <source>No pickup movement for {0} days: {1} room nights on the books since {2}, while the booking curve expects {3} of the final pickup, about {4} room nights, to arrive over those days</source>
        <translation>Nessun movimento del pickup da {0} giorni: {1} notti camera prenotate dal {2}, mentre la curva di prenotazione prevede che in quei giorni arrivi il {3} del pickup finale, circa {4} notti camera</translation>
    </message>
    <message>
        <source>Review date {0} in {1} days: the forecast final pickup of {2} room nights is {3} of the block, below the performance level of {4}</source>
        <translation>Data di revisione {0} tra {1} giorni: il pickup finale previsto di {2} notti camera è il {3} del blocco, sotto il livello di performance del {4}</translation>
    </message>
    <message>
        <source>Cutoff {0} passed {1} days ago with {2} of the {3} room nights blocked unsold ({4} of the block picked up)</source>
        <translation>Il cut-off del {0} è passato da {1} giorni con {2} delle {3} notti camera bloccate invendute (prenotato il {4} del blocco)</translation>
    </message>
    <message>
        <source>F&amp;B spend forecast {0} is below the {1} required (the minimum {2} less the {3} allowance): a shortfall of {4}</source>
        <translation>La spesa F&amp;B prevista di {0} è inferiore ai {1} richiesti (il minimo di {2} meno la tolleranza del {3}): una carenza di {4}</translation>
    </message>
    <message>
        <source>F&amp;B spend forecast {0} ({1} recorded for {2} room nights on the books, carried to the {3} room nights expected) is below the {4} required (the minimum {5} less the {6} allowance)</source>
        <translation>La spesa F&amp;B prevista di {0} ({1} registrati per {2} notti camera prenotate, proiettati sulle {3} notti camera previste) è inferiore ai {4} richiesti (il minimo di {5} meno la tolleranza del {6})</translation>
    </message>
    <message>
        <source>Return the {0} unsold room nights to inventory, or agree a later cutoff with the organizer</source>
        <translation>Rimettere in vendita le {0} notti camera invendute, o concordare con l&apos;organizzatore un cut-off successivo</translation>
    </message>
    <message>
        <source>Before the review date {0}, agree with the organizer what to release: up to {1} of the block may go then</source>
        <translation>Prima della data di revisione del {0}, concordare con l&apos;organizzatore cosa rilasciare: in quella data si può rilasciare fino al {1} del blocco</translation>
    </message>
    <message>
        <source>Call the organizer about the pace of pickup and ask for the rooming list</source>
        <translation>Chiamare l&apos;organizzatore per l&apos;andamento del pickup e chiedere la rooming list</translation>
    </message>
    <message>
        <source>Confirm the F&amp;B plans with the organizer: the forecast spend is below the minimum</source>
        <translation>Confermare con l&apos;organizzatore i programmi F&amp;B: la spesa prevista è inferiore al minimo</translation>
    </message>
    <message>
        <source>Nothing due now; the next date to watch is {0}</source>
        <translation>Nulla da fare per ora; la prossima data da tenere d&apos;occhio è il {0}</translation>
    </message>
    <message>
        <source>Nothing due now</source>
        <translation>Nulla da fare per ora</translation>
    </message>
    <message>
        <source>a lost contract needs a lostReason: price, dates, competitor or other</source>
        <translation>un contratto perso richiede un lostReason: price, dates, competitor o other</translation>
    </message>
    <message>
        <source>a lostReason is given but the status is {0}, not lost: only a lost contract has a lost reason</source>
        <translation>è indicato un lostReason ma lo stato è {0}, non lost: solo un contratto perso ha un motivo della perdita</translation>
    </message>
    <message>
        <source>The contract is lost: the hotel did not win the business, so nothing is owed under it</source>
        <translation>Il contratto è perso: l&apos;hotel non ha acquisito il business, quindi non è dovuto nulla in base al contratto</translation>
    </message>
    <message>
        <source>No new contract for {0} days since the last event arrived on {1}: more than {2} days, {3} of the usual rebooking cycle of {4} days (the median of the {5} intervals between its events)</source>
        <translation>Nessun nuovo contratto da {0} giorni dall&apos;arrivo dell&apos;ultimo evento il {1}: più di {2} giorni, il {3} del consueto ciclo di nuova prenotazione di {4} giorni (la mediana dei {5} intervalli tra i suoi eventi)</translation>
    </message>
    <message>
        <source>Pickup fell for two events in a row: {0} of the block at the event arriving {1}, {2} at the one arriving {3}, {4} at the one arriving {5}</source>
        <translation>Il pickup è sceso per due eventi di fila: il {0} del blocco all&apos;evento con arrivo il {1}, il {2} a quello con arrivo il {3}, il {4} a quello con arrivo il {5}</translation>
    </message>
    <message>
        <source>{0} collected and {1} waived come to {2}, more than the {3} of damages agreed with the client (settlement.assessed)</source>
        <translation>{0} incassati e {1} condonati fanno {2}, più dei {3} di penale concordati con il cliente (settlement.assessed)</translation>
    </message>
    <message>
        <source>{0} collected and {1} waived, but no damages are agreed with the client yet: enter settlement.assessed first</source>
        <translation>{0} incassati e {1} condonati, ma non è ancora concordata alcuna penale con il cliente: inserire prima settlement.assessed</translation>
    </message>
    <message>
        <source>an invoice date needs the damages agreed with the client: enter settlement.assessed first</source>
        <translation>una data di fattura richiede la penale concordata con il cliente: inserire prima settlement.assessed</translation>
    </message>
    <message>
        <source>{0} is before the arrival on {1}: damages are invoiced and collected after the stay begins</source>
        <translation>{0} è precedente all&apos;arrivo del {1}: le penali si fatturano e si incassano dopo l&apos;inizio del soggiorno</translation>
    </message>
    <message>
        <source>{0} is before the cancellation notice of {1}: cancellation damages are invoiced and collected after the notice</source>
        <translation>{0} è precedente alla comunicazione di cancellazione del {1}: le penali di cancellazione si fatturano e si incassano dopo la comunicazione</translation>
    </message>
    <message>
        <source>the credit of {0} on a future contract is more than the {1} waived: the credit is a part of the waiver</source>
        <translation>il credito di {0} su un contratto futuro supera i {1} condonati: il credito è una parte del condono</translation>
    </message>
    <message>
        <source>a credit of {0} on a future contract needs that contract&apos;s reference in settlement.creditContract</source>
        <translation>un credito di {0} su un contratto futuro richiede il riferimento di quel contratto in settlement.creditContract</translation>
    </message>
    <message>
        <source>a contract to credit is named but settlement.creditAmount is zero: enter the amount of the credit</source>
        <translation>è indicato un contratto da accreditare ma settlement.creditAmount è zero: inserire l&apos;importo del credito</translation>
    </message>
    <message>
        <source>the credit must go to another contract of the account, not to this one</source>
        <translation>il credito deve andare a un altro contratto del cliente, non a questo</translation>
    </message>
    <message>
        <source>{0} is waived without a reason: say why in settlement.waiverReason</source>
        <translation>{0} è condonato senza motivo: indicare il perché in settlement.waiverReason</translation>
    </message>
    <message>
        <source>Rebooking credit from contract {0}: {1} of the damages waived there granted on this contract, {2} applied (never more than owed here)</source>
        <translation>Credito per nuova prenotazione dal contratto {0}: {1} della penale condonata là concessi su questo contratto, {2} applicati (mai più di quanto dovuto qui)</translation>
    </message>
</context>
<context>
    <name>FieldHelp</name>
    <message>
        <source>The contract&apos;s reference, unique in the database: the list, the reports and the command line find the contract by it.</source>
        <translation>Il riferimento del contratto, univoco nel database: l&apos;elenco, i rapporti e la riga di comando trovano il contratto tramite esso.</translation>
    </message>
    <message>
        <source>The group&apos;s name as the contract and the reports show it.</source>
        <translation>Il nome del gruppo come lo mostrano il contratto e i rapporti.</translation>
    </message>
    <message>
        <source>The organizer who signs the contract: an association or a company. The forecast can compare the group with this account&apos;s past groups.</source>
        <translation>L&apos;organizzatore che firma il contratto: un&apos;associazione o un&apos;azienda. La previsione può confrontare il gruppo con i gruppi passati di questo cliente.</translation>
    </message>
    <message>
        <source>The hotel the rooms are held at. The forecast compares the group with this hotel&apos;s past groups.</source>
        <translation>L&apos;hotel in cui sono bloccate le camere. La previsione confronta il gruppo con i gruppi passati di questo hotel.</translation>
    </message>
    <message>
        <source>The sales manager in charge of the group; the contract list can be filtered by it.</source>
        <translation>Il responsabile commerciale che segue il gruppo; l&apos;elenco dei contratti può essere filtrato in base a esso.</translation>
    </message>
    <message>
        <source>The currency every amount of the contract is in. Changing it keeps the figures and changes only the currency.</source>
        <translation>La valuta di tutti gli importi del contratto. Cambiandola le cifre restano le stesse e cambia solo la valuta.</translation>
    </message>
    <message>
        <source>The day the contract was signed. A cancellation notice cannot come before it, and the cancellation chart starts here.</source>
        <translation>Il giorno in cui è stato firmato il contratto. Una comunicazione di cancellazione non può precederlo, e il grafico di cancellazione inizia qui.</translation>
    </message>
    <message>
        <source>The first night of the stay. The cancellation tiers count the days from the notice to this date; a new arrival moves the whole block with it.</source>
        <translation>La prima notte del soggiorno. Gli scaglioni di cancellazione contano i giorni dalla comunicazione a questa data; un nuovo arrivo sposta con sé l&apos;intero blocco.</translation>
    </message>
    <message>
        <source>The day the group leaves: the last night of the stay is the night before. A later departure adds nights to the block.</source>
        <translation>Il giorno in cui il gruppo parte: l&apos;ultima notte del soggiorno è quella precedente. Una partenza successiva aggiunge notti al blocco.</translation>
    </message>
    <message>
        <source>The date after which rooms of the block not yet reserved by the group&apos;s guests go back to the hotel. It is marked on the pace chart.</source>
        <translation>La data dopo la quale le camere del blocco non ancora prenotate dagli ospiti del gruppo tornano all&apos;hotel. È indicata sul grafico dell&apos;andamento del pickup.</translation>
    </message>
    <message>
        <source>How each line of the assessment is rounded to the cent (or the currency&apos;s smallest unit): half up, as most contracts say, or another rule the contract names. Each line is rounded once.</source>
        <translation>Come viene arrotondata ogni riga del calcolo al centesimo (o all&apos;unità più piccola della valuta): metà per eccesso, come prevede la maggior parte dei contratti, o un&apos;altra regola indicata dal contratto. Ogni riga viene arrotondata una sola volta.</translation>
    </message>
    <message>
        <source>The rooms the hotel holds for the group, per night and room type, with the group rate. Attrition is measured against this block, and room damages are charged at its rates.</source>
        <translation>Le camere che l&apos;hotel tiene per il gruppo, per notte e tipologia di camera, con la tariffa di gruppo. L&apos;attrito si misura rispetto a questo blocco, e la penale camere si addebita alle sue tariffe.</translation>
    </message>
    <message>
        <source>The review dates: by each one the group may reduce the block by up to the share of the original block given, with no damages. Without review dates no reduction is honoured.</source>
        <translation>Le date di revisione: entro ciascuna il gruppo può ridurre il blocco fino alla quota indicata del blocco originale, senza penale. Senza date di revisione nessuna riduzione viene accolta.</translation>
    </message>
    <message>
        <source>The rooms the group asked to release and when. A request made by a review date and within its allowance lowers the block attrition is measured against; a late or too large one is not honoured at all.</source>
        <translation>Le camere che il gruppo ha chiesto di rilasciare e quando. Una richiesta fatta entro una data di revisione e nei limiti della sua tolleranza riduce il blocco rispetto a cui si misura l&apos;attrito; una tardiva o troppo grande non viene accolta affatto.</translation>
    </message>
    <message>
        <source>The rooms the group&apos;s guests actually used, per night and room type. Attrition compares this pickup with the performance level of the block.</source>
        <translation>Le camere effettivamente usate dagli ospiti del gruppo, per notte e tipologia di camera. L&apos;attrito confronta questo pickup con il livello di performance del blocco.</translation>
    </message>
    <message>
        <source>Rooms found by the post-event audit: bookings outside the block, billed no-shows and walked guests. They count toward pickup when the attrition clause says so.</source>
        <translation>Camere individuate dalla verifica successiva all&apos;evento: prenotazioni fuori blocco, no-show fatturati e ospiti riprotetti. Contano per il pickup quando la clausola di attrito lo prevede.</translation>
    </message>
    <message>
        <source>Rooms of the block the hotel resold to other guests. They reduce the damages as the resale credit of the attrition clause (and of the cancellation clause) says.</source>
        <translation>Camere del blocco che l&apos;hotel ha rivenduto ad altri ospiti. Riducono la penale secondo il credito per rivendita della clausola di attrito (e della clausola di cancellazione).</translation>
    </message>
    <message>
        <source>The hotel&apos;s occupancy each night. With resale credited only when the hotel sold out, only nights at or above that occupancy credit resale.</source>
        <translation>L&apos;occupazione dell&apos;hotel ogni notte. Se la rivendita è accreditata solo quando l&apos;hotel era al completo, solo le notti con quell&apos;occupazione o superiore accreditano la rivendita.</translation>
    </message>
    <message>
        <source>Whether the contract has a room attrition clause. Without one the group owes nothing for rooms it did not pick up.</source>
        <translation>Se il contratto ha una clausola di attrito camere. Senza di essa il gruppo non deve nulla per le camere non occupate.</translation>
    </message>
    <message>
        <source>The share of the block the group must pick up without damages, such as 80%. Room nights below this level are the shortfall the group pays for.</source>
        <translation>La quota del blocco che il gruppo deve occupare senza penale, per esempio l&apos;80%. Le notti camera al di sotto di questo livello sono la carenza che il gruppo paga.</translation>
    </message>
    <message>
        <source>Cumulatively: one requirement over the whole stay, so a strong night makes up for a weak one. Night by night: each night must reach the performance level on its own, which usually means higher damages.</source>
        <translation>Cumulativo: un unico requisito sull&apos;intero soggiorno, così una notte forte compensa una debole. Notte per notte: ogni notte deve raggiungere da sola il livello di performance, il che di solito comporta una penale maggiore.</translation>
    </message>
    <message>
        <source>Night by night: rooms picked up above the block on some nights make up the shortfall of other nights, earliest first.</source>
        <translation>Notte per notte: le camere occupate oltre il blocco in alcune notti compensano la carenza di altre notti, a partire dalle prime.</translation>
    </message>
    <message>
        <source>How the rooms the performance level requires are rounded: 80% of 21 rooms is 16.8, which is 17 rounded up (higher damages) or 16 rounded down.</source>
        <translation>Come vengono arrotondate le camere richieste dal livello di performance: l&apos;80% di 21 camere è 16,8, cioè 17 arrotondando per eccesso (penale maggiore) o 16 arrotondando per difetto.</translation>
    </message>
    <message>
        <source>The share of the rate charged for each room night of shortfall: 100% for the full rate, less when the contract charges only the hotel&apos;s lost profit.</source>
        <translation>La quota della tariffa addebitata per ogni notte camera di carenza: 100% per la tariffa piena, meno quando il contratto addebita solo il lucro cessante dell&apos;hotel.</translation>
    </message>
    <message>
        <source>The rate the shortfall is charged at: each night&apos;s own group rate, or the average rate of the whole block.</source>
        <translation>La tariffa a cui si addebita la carenza: la tariffa di gruppo di ciascuna notte, o la tariffa media dell&apos;intero blocco.</translation>
    </message>
    <message>
        <source>How rooms the hotel resold reduce the damages: by count (each resold room night is one fewer liable), by revenue (the resale revenue, at most the group rate per room night), or not at all.</source>
        <translation>Come le camere rivendute dall&apos;hotel riducono la penale: per numero (ogni notte camera rivenduta è una in meno dovuta), per ricavo (il ricavo della rivendita, al massimo la tariffa di gruppo per notte camera) o per niente.</translation>
    </message>
    <message>
        <source>Resale is credited only on nights the hotel reached this occupancy (it sold out). Empty: resale is credited every night.</source>
        <translation>La rivendita è accreditata solo nelle notti in cui l&apos;hotel ha raggiunto questa occupazione (era al completo). Vuoto: la rivendita è accreditata ogni notte.</translation>
    </message>
    <message>
        <source>Whether attendees who booked outside the block, found by the audit, count toward pickup and so lower the damages.</source>
        <translation>Se i partecipanti che hanno prenotato fuori blocco, individuati dalla verifica, contano per il pickup e quindi riducono la penale.</translation>
    </message>
    <message>
        <source>Whether rooms billed to no-shows count toward pickup: they were paid for.</source>
        <translation>Se le camere fatturate ai no-show contano per il pickup: sono state pagate.</translation>
    </message>
    <message>
        <source>Whether guests the hotel walked to another hotel (it had no room for them) count toward pickup.</source>
        <translation>Se gli ospiti che l&apos;hotel ha riprotetto in un altro hotel (non aveva camere per loro) contano per il pickup.</translation>
    </message>
    <message>
        <source>The most the group owes for room attrition, whatever the shortfall. Empty: no cap.</source>
        <translation>Il massimo che il gruppo deve per l&apos;attrito camere, qualunque sia la carenza. Vuoto: nessun limite.</translation>
    </message>
    <message>
        <source>The contract says that no night is charged more rooms than it blocked. The report states it; with a performance level of at most 100% it never changes the figure.</source>
        <translation>Il contratto stabilisce che nessuna notte venga addebitata per più camere di quante ne abbia bloccate. Il rapporto lo riporta; con un livello di performance non superiore al 100% non cambia mai la cifra.</translation>
    </message>
    <message>
        <source>Whether tax is added on the room damages, at the tax rate below.</source>
        <translation>Se l&apos;imposta si aggiunge alla penale camere, con l&apos;aliquota qui sotto.</translation>
    </message>
    <message>
        <source>The tax added on the room damages when they are taxable.</source>
        <translation>L&apos;imposta aggiunta alla penale camere quando è imponibile.</translation>
    </message>
    <message>
        <source>The least food and beverage revenue the group commits to, before tax and service charge. Spending less is a shortfall the group pays for.</source>
        <translation>Il ricavo minimo di food &amp; beverage a cui il gruppo si impegna, al netto di imposte e servizio. Spendere meno è una carenza che il gruppo paga.</translation>
    </message>
    <message>
        <source>The share of the F&amp;B minimum the group may fall short by without damages: with 10% the group must spend 90% of the minimum.</source>
        <translation>La quota del minimo F&amp;B che il gruppo può non raggiungere senza penale: con il 10% il gruppo deve spendere il 90% del minimo.</translation>
    </message>
    <message>
        <source>What the group spent on food and beverage, before tax and service charge. The shortfall is what it falls short of the required spend.</source>
        <translation>Quanto il gruppo ha speso in food &amp; beverage, al netto di imposte e servizio. La carenza è quanto manca alla spesa richiesta.</translation>
    </message>
    <message>
        <source>The share of the F&amp;B shortfall charged: 100% for all of it, less when the contract charges only the lost profit.</source>
        <translation>La quota della carenza F&amp;B addebitata: 100% per l&apos;intera carenza, meno quando il contratto addebita solo il lucro cessante.</translation>
    </message>
    <message>
        <source>The service charge (gratuity) rate on food and beverage, added on the F&amp;B damages when the contract says so.</source>
        <translation>La percentuale di servizio sul food &amp; beverage, aggiunta alla penale F&amp;B quando il contratto lo prevede.</translation>
    </message>
    <message>
        <source>Whether the service charge is added on the F&amp;B damages, as on a banquet bill.</source>
        <translation>Se il servizio si aggiunge alla penale F&amp;B, come su un conto di banchetto.</translation>
    </message>
    <message>
        <source>The tax rate on food and beverage, added on the F&amp;B damages and on the service charge as set below.</source>
        <translation>L&apos;aliquota d&apos;imposta sul food &amp; beverage, aggiunta alla penale F&amp;B e al servizio come indicato qui sotto.</translation>
    </message>
    <message>
        <source>Whether tax at the F&amp;B rate is added on the F&amp;B damages.</source>
        <translation>Se l&apos;imposta all&apos;aliquota F&amp;B si aggiunge alla penale F&amp;B.</translation>
    </message>
    <message>
        <source>Whether tax at the F&amp;B rate is added on the service charge too.</source>
        <translation>Se l&apos;imposta all&apos;aliquota F&amp;B si aggiunge anche al servizio.</translation>
    </message>
    <message>
        <source>The meeting room rental the contract names. With a scale by room pickup, a share of it is charged when the group picks up too few rooms; without a scale it is ordinary rent, not assessed here.</source>
        <translation>Il noleggio sala meeting indicato dal contratto. Con una scala in base al pickup camere, se ne addebita una quota quando il gruppo occupa troppe poche camere; senza scala è un noleggio ordinario, non calcolato qui.</translation>
    </message>
    <message>
        <source>The sliding scale: the band with the highest pickup the group reaches sets the share of the rental charged; a lower pickup means a larger share.</source>
        <translation>La scala mobile: la fascia con il pickup più alto raggiunto dal gruppo stabilisce la quota del noleggio addebitata; un pickup inferiore comporta una quota maggiore.</translation>
    </message>
    <message>
        <source>How the scaled rental goes with room attrition: owed besides it, only the greater of the two, or instead of it.</source>
        <translation>Come il noleggio a scala si combina con l&apos;attrito camere: dovuto in aggiunta, solo il maggiore dei due, o al suo posto.</translation>
    </message>
    <message>
        <source>Whether tax is added on the meeting room charge.</source>
        <translation>Se l&apos;imposta si aggiunge all&apos;addebito della sala meeting.</translation>
    </message>
    <message>
        <source>The tax added on the meeting room charge when it is taxable.</source>
        <translation>L&apos;imposta aggiunta all&apos;addebito della sala meeting quando è imponibile.</translation>
    </message>
    <message>
        <source>One complimentary room night for every so many room nights picked up (1 per 40, say), rounded down. Zero: no comp rooms.</source>
        <translation>Una notte camera gratuita ogni tot notti camera occupate (per esempio 1 ogni 40), arrotondando per difetto. Zero: nessuna camera gratuita.</translation>
    </message>
    <message>
        <source>Whether comp rooms are earned night by night rather than on the whole stay; night by night a group usually earns fewer.</source>
        <translation>Se le camere gratuite maturano notte per notte anziché sull&apos;intero soggiorno; notte per notte un gruppo di solito ne matura meno.</translation>
    </message>
    <message>
        <source>Whether the comp room nights earned count toward pickup, and so reduce the attrition shortfall.</source>
        <translation>Se le notti camera gratuite maturate contano per il pickup e quindi riducono la carenza di attrito.</translation>
    </message>
    <message>
        <source>The cancellation schedule: how many days before arrival the written notice was received decides the tier, and the tier&apos;s share of the basis is the fee. The tiers must cover every day from 0 up.</source>
        <translation>Il calendario di cancellazione: quanti giorni prima dell&apos;arrivo è stata ricevuta la comunicazione scritta determina lo scaglione, e la quota della base di quello scaglione è la penale. Gli scaglioni devono coprire ogni giorno a partire da 0.</translation>
    </message>
    <message>
        <source>What the tier&apos;s share is taken of: the anticipated room revenue of the block, the total anticipated revenue (rooms, F&amp;B minimum and meeting room rental), or a share of each component.</source>
        <translation>Su che cosa si calcola la quota dello scaglione: il ricavo camere previsto del blocco, il ricavo totale previsto (camere, minimo F&amp;B e noleggio sala meeting) o una quota di ciascuna componente.</translation>
    </message>
    <message>
        <source>Whether the cancellation fee is rounded to whole currency units, as some contracts say.</source>
        <translation>Se la penale di cancellazione viene arrotondata a unità intere della valuta, come prevedono alcuni contratti.</translation>
    </message>
    <message>
        <source>Whether rooms the hotel resold reduce the cancellation fee, each at no more than the group rate.</source>
        <translation>Se le camere rivendute dall&apos;hotel riducono la penale di cancellazione, ciascuna al massimo per la tariffa di gruppo.</translation>
    </message>
    <message>
        <source>Whether tax is added on the cancellation fee.</source>
        <translation>Se l&apos;imposta si aggiunge alla penale di cancellazione.</translation>
    </message>
    <message>
        <source>The tax added on the cancellation fee when it is taxable.</source>
        <translation>L&apos;imposta aggiunta alla penale di cancellazione quando è imponibile.</translation>
    </message>
    <message>
        <source>Whether the contract waives the cancellation fee when the group cancels by force majeure.</source>
        <translation>Se il contratto rinuncia alla penale di cancellazione quando il gruppo cancella per forza maggiore.</translation>
    </message>
    <message>
        <source>The day the hotel received the group&apos;s written notice of cancellation. With a notice date the contract is assessed under the cancellation clause instead of attrition.</source>
        <translation>Il giorno in cui l&apos;hotel ha ricevuto la comunicazione di cancellazione scritta del gruppo. Con una data di comunicazione il contratto viene calcolato secondo la clausola di cancellazione anziché quella di attrito.</translation>
    </message>
    <message>
        <source>The group cancelled for a reason beyond its control (force majeure). The fee is waived when the clause says so.</source>
        <translation>Il gruppo ha cancellato per una causa indipendente dalla sua volontà (forza maggiore). La penale non è dovuta quando la clausola lo prevede.</translation>
    </message>
    <message>
        <source>Deposits the group paid. They are applied to what it owes, in the order listed; the net due is what remains.</source>
        <translation>I depositi versati dal gruppo. Vengono applicati a quanto dovuto, nell&apos;ordine elencato; il netto dovuto è ciò che resta.</translation>
    </message>
    <message>
        <source>Anything else worth keeping with the contract. The notes are not part of the assessment.</source>
        <translation>Qualsiasi altra cosa da conservare con il contratto. Le note non fanno parte del calcolo.</translation>
    </message>
    <message>
        <source>The clause values a new contract took from the program&apos;s defaults and that nobody has yet checked against the signed contract. They are marked Default until confirmed or changed, and the report labels them as not confirmed.</source>
        <translation>I valori delle clausole che un nuovo contratto ha preso dai valori predefiniti del programma e che nessuno ha ancora verificato con il contratto firmato. Sono contrassegnati come Predefinito finché non vengono confermati o modificati, e il rapporto li indica come non confermati.</translation>
    </message>
    <message>
        <source>Where the contract stands: prospect, tentative, definite, cancelled, actualized or lost. Actualized groups, with their final pickup, are the past groups the forecast learns from; a lost contract owes nothing.</source>
        <translation>Lo stato del contratto: potenziale, opzionato, confermato, cancellato, consuntivato o perso. I gruppi consuntivati, con il loro pickup finale, sono i gruppi passati da cui impara la previsione; un contratto perso non deve nulla.</translation>
    </message>
    <message>
        <source>Why the hotel did not win the business: price, dates, competitor or other. A lost contract needs one; a contract of any other status has none.</source>
        <translation>Perché l&apos;hotel non ha acquisito il business: prezzo, date, concorrenza o altro. Un contratto perso ne richiede uno; un contratto con qualsiasi altro stato non ne ha.</translation>
    </message>
    <message>
        <source>Free text on why the business was lost, for the sales pipeline&apos;s review of lost groups.</source>
        <translation>Testo libero sul perché il business è stato perso, per l&apos;analisi dei gruppi persi nella pipeline commerciale.</translation>
    </message>
    <message>
        <source>The damages as agreed with the client, which may differ from what the program assesses. Empty until agreed.</source>
        <translation>La penale come concordata con il cliente, che può differire da quella calcolata dal programma. Vuoto finché non è concordata.</translation>
    </message>
    <message>
        <source>The date of the damages invoice: not before the arrival, or the cancellation notice. It needs the damages agreed.</source>
        <translation>La data della fattura della penale: non prima dell&apos;arrivo o della comunicazione di cancellazione. Richiede la penale concordata.</translation>
    </message>
    <message>
        <source>The number of the damages invoice, as the invoice has it.</source>
        <translation>Il numero della fattura della penale, come riportato sulla fattura.</translation>
    </message>
    <message>
        <source>The payments received towards the damages, one per payment.</source>
        <translation>I pagamenti ricevuti a fronte della penale, uno per pagamento.</translation>
    </message>
    <message>
        <source>The part of the damages the hotel waived. Collected and waived together are never more than the damages agreed.</source>
        <translation>La parte della penale condonata dall&apos;hotel. Incassato e condonato insieme non superano mai la penale concordata.</translation>
    </message>
    <message>
        <source>Why the hotel waived the part of the damages it waived.</source>
        <translation>Perché l&apos;hotel ha condonato la parte della penale che ha condonato.</translation>
    </message>
    <message>
        <source>The part of the waiver granted as a credit on a future contract of the same account; that contract&apos;s assessment applies it.</source>
        <translation>La parte del condono concessa come credito su un contratto futuro dello stesso cliente; la valutazione di quel contratto la applica.</translation>
    </message>
    <message>
        <source>The reference of the future contract, of the same account, that receives the credit.</source>
        <translation>Il riferimento del contratto futuro, dello stesso cliente, che riceve il credito.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>ForecastReport</name>
    <message>
        <source>multiplicative pickup</source>
        <translation>pickup moltiplicativo</translation>
    </message>
    <message>
        <source>additive pickup</source>
        <translation>pickup additivo</translation>
    </message>
    <message>
        <source>the account&apos;s own groups</source>
        <translation>i gruppi dell&apos;account stesso</translation>
    </message>
    <message>
        <source>Expected damages</source>
        <translation>Penali attese</translation>
    </message>
    <message>
        <source>P10 / P50 / P90</source>
        <translation>P10 / P50 / P90</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Chance of owing anything</source>
        <translation>Probabilità di dovere qualcosa</translation>
    </message>
    <message>
        <source>Owed at the expected pickup</source>
        <translation>Dovuto al pickup atteso</translation>
    </message>
    <message>
        <source>Forecast for %1 (%2), arriving %3, %4 days before arrival</source>
        <translation>Previsione per %1 (%2), arrivo %3, %4 giorni prima dell&apos;arrivo</translation>
    </message>
    <message>
        <source>Method: %1; booking curve from %2</source>
        <translation>Metodo: %1; curva di prenotazione da %2</translation>
    </message>
    <message>
        <source>the default curve</source>
        <translation>la curva predefinita</translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n gruppo</numerusform>
            <numerusform>%n gruppi</numerusform>
        </translation>
    </message>
    <message>
        <source>Room nights of the whole stay:</source>
        <translation>Notti camera dell&apos;intero soggiorno:</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blocco</translation>
    </message>
    <message>
        <source>On the books</source>
        <translation>A libro</translation>
    </message>
    <message>
        <source>Expected at arrival</source>
        <translation>Atteso all&apos;arrivo</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Notte</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Tipo di camera</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Atteso</translation>
    </message>
    <message>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message numerus="yes">
        <source>What the group will likely owe (%n draws)</source>
        <translation>
            <numerusform>Quanto il gruppo dovrà probabilmente (%n estrazione)</numerusform>
            <numerusform>Quanto il gruppo dovrà probabilmente (%n estrazioni)</numerusform>
        </translation>
    </message>
    <message>
        <source>How the figures were obtained:</source>
        <translation>Come sono state ottenute le cifre:</translation>
    </message>
    <message>
        <source>No review date or cutoff is ahead for %1: there is nothing to release.</source>
        <translation>Non resta alcuna data di revisione o di cutoff per %1: non c&apos;è nulla da rilasciare.</translation>
    </message>
    <message numerus="yes">
        <source>Release %n room nights.</source>
        <translation>
            <numerusform>Rilasciare %n notte camera.</numerusform>
            <numerusform>Rilasciare %n notti camera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Supportato</translation>
    </message>
    <message>
        <source>Least allowed</source>
        <translation>Minimo consentito</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Mantenere</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Rilasciare</translation>
    </message>
    <message>
        <source>Holding the block</source>
        <translation>Mantenendo il blocco</translation>
    </message>
    <message>
        <source>After the release</source>
        <translation>Dopo il rilascio</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Perché:</translation>
    </message>
    <message numerus="yes">
        <source>Backtest over %n past groups: weighted absolute percentage error of the final room nights (lower is better)</source>
        <translation>
            <numerusform>Backtest su %n gruppo passato: errore percentuale assoluto ponderato delle notti camera finali (più basso è meglio)</numerusform>
            <numerusform>Backtest su %n gruppi passati: errore percentuale assoluto ponderato delle notti camera finali (più basso è meglio)</numerusform>
        </translation>
    </message>
    <message>
        <source>Days before arrival</source>
        <translation>Giorni prima dell&apos;arrivo</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppi</translation>
    </message>
    <message>
        <source>Multiplicative</source>
        <translation>Moltiplicativo</translation>
    </message>
    <message>
        <source>Additive</source>
        <translation>Additivo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Block x wash</source>
        <translation>Blocco x wash</translation>
    </message>
    <message>
        <source>P10-P90 coverage</source>
        <translation>Copertura P10-P90</translation>
    </message>
    <message>
        <source>The P10-P90 coverage is the share of actual finals inside the band; it should be close to 80%.</source>
        <translation>La copertura P10-P90 è la quota di finali effettivi dentro la banda; dovrebbe essere vicina all&apos;80%.</translation>
    </message>
    <message>
        <source>Release advice for %1 at the review date %2 (up to %3 of the original block)</source>
        <translation>Consiglio di rilascio per %1 alla data di revisione %2 (fino al %3 del blocco originale)</translation>
    </message>
    <message>
        <source>regression pickup</source>
        <translation>pickup per regressione</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regressione</translation>
    </message>
</context>
<context>
    <name>HotelOutlookText</name>
    <message>
        <source>the outlook is empty: expected a header row naming the columns</source>
        <translation>le previsioni sono vuote: attesa una riga di intestazione con i nomi delle colonne</translation>
    </message>
    <message>
        <source>unknown column %1: expected date, capacity, demand, net-adr or ancillary</source>
        <translation>colonna sconosciuta %1: attesa date, capacity, demand, net-adr o ancillary</translation>
    </message>
    <message>
        <source>the column %1 is given twice (first as column %2)</source>
        <translation>la colonna %1 compare due volte (prima come colonna %2)</translation>
    </message>
    <message>
        <source>the column %1 is missing: date, capacity, demand and net-adr are needed</source>
        <translation>manca la colonna %1: servono date, capacity, demand e net-adr</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>attesi %1 campi come nell&apos;intestazione, trovati %2</translation>
    </message>
    <message>
        <source>expected a date such as 2027-03-01, found %1</source>
        <translation>attesa una data come 2027-03-01, trovato %1</translation>
    </message>
    <message>
        <source>the night %1 is given twice (first on line %2)</source>
        <translation>la notte %1 compare due volte (prima alla riga %2)</translation>
    </message>
    <message>
        <source>expected a whole number of rooms from 0 to 1000000, found %1</source>
        <translation>atteso un numero intero di camere da 0 a 1000000, trovato %1</translation>
    </message>
    <message>
        <source>expected a number of rooms from 0 to 1000000 with at most six decimals, found %1</source>
        <translation>atteso un numero di camere da 0 a 1000000 con al massimo sei decimali, trovato %1</translation>
    </message>
    <message>
        <source>expected an amount in %1 of at least zero with at most %2 decimals, found %3</source>
        <translation>atteso un importo in %1 non negativo con al massimo %2 decimali, trovato %3</translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <source>Room block</source>
        <translation>Blocco camere</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <source>Audit credits</source>
        <translation>Crediti da verifica</translation>
    </message>
    <message>
        <source>Resold rooms</source>
        <translation>Camere rivendute</translation>
    </message>
    <message>
        <source>Hotel occupancy</source>
        <translation>Occupazione dell&apos;hotel</translation>
    </message>
    <message>
        <source>Review schedule</source>
        <translation>Calendario di revisione</translation>
    </message>
    <message>
        <source>Block reductions</source>
        <translation>Riduzioni del blocco</translation>
    </message>
    <message>
        <source>Cancellation tiers</source>
        <translation>Scaglioni di cancellazione</translation>
    </message>
    <message>
        <source>Meeting room scale</source>
        <translation>Scala della sala meeting</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Depositi</translation>
    </message>
    <message>
        <source>rooms</source>
        <translation>camere</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>tariffa</translation>
    </message>
    <message>
        <source>night</source>
        <translation>notte</translation>
    </message>
    <message>
        <source>room type</source>
        <translation>tipo di camera</translation>
    </message>
    <message>
        <source>outside the block</source>
        <translation>fuori blocco</translation>
    </message>
    <message>
        <source>billed no-shows</source>
        <translation>no-show fatturati</translation>
    </message>
    <message>
        <source>walked</source>
        <translation>riprotetti</translation>
    </message>
    <message>
        <source>room nights</source>
        <translation>notti camera</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>occupazione</translation>
    </message>
    <message>
        <source>largest reduction</source>
        <translation>riduzione massima</translation>
    </message>
    <message>
        <source>from days</source>
        <translation>da giorni</translation>
    </message>
    <message>
        <source>to days</source>
        <translation>a giorni</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>percentuale</translation>
    </message>
    <message>
        <source>rooms percentage</source>
        <translation>percentuale camere</translation>
    </message>
    <message>
        <source>F&amp;B percentage</source>
        <translation>percentuale F&amp;B</translation>
    </message>
    <message>
        <source>meeting room percentage</source>
        <translation>percentuale sala meeting</translation>
    </message>
    <message>
        <source>pickup from</source>
        <translation>pickup da</translation>
    </message>
    <message>
        <source>share charged</source>
        <translation>quota addebitata</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Partenza</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmato il</translation>
    </message>
    <message>
        <source>Cutoff date</source>
        <translation>Data di cut-off</translation>
    </message>
    <message>
        <source>Cancellation notice</source>
        <translation>Comunicazione di cancellazione</translation>
    </message>
    <message>
        <source>Attrition clause</source>
        <translation>Clausola di attrito</translation>
    </message>
    <message>
        <source>Performance level</source>
        <translation>Livello di performance</translation>
    </message>
    <message>
        <source>Room damages factor</source>
        <translation>Fattore di penale camere</translation>
    </message>
    <message>
        <source>Resale credited from occupancy</source>
        <translation>Rivendita accreditata dall&apos;occupazione</translation>
    </message>
    <message>
        <source>Damages cap</source>
        <translation>Tetto della penale</translation>
    </message>
    <message>
        <source>Tax on room damages</source>
        <translation>Imposta sulla penale camere</translation>
    </message>
    <message>
        <source>F&amp;B minimum</source>
        <translation>Minimo F&amp;B</translation>
    </message>
    <message>
        <source>F&amp;B actual spend</source>
        <translation>Spesa F&amp;B effettiva</translation>
    </message>
    <message>
        <source>F&amp;B allowance</source>
        <translation>Tolleranza F&amp;B</translation>
    </message>
    <message>
        <source>F&amp;B damages factor</source>
        <translation>Fattore di penale F&amp;B</translation>
    </message>
    <message>
        <source>Service charge</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>F&amp;B tax</source>
        <translation>Imposta F&amp;B</translation>
    </message>
    <message>
        <source>Meeting room rental</source>
        <translation>Noleggio sala meeting</translation>
    </message>
    <message>
        <source>Meeting room tax</source>
        <translation>Imposta sala meeting</translation>
    </message>
    <message>
        <source>Comp ratio</source>
        <translation>Rapporto camere gratuite</translation>
    </message>
    <message>
        <source>Cancellation tax</source>
        <translation>Imposta di cancellazione</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 il %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>riga %1</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Motivo della perdita</translation>
    </message>
    <message>
        <source>Attrition assessment</source>
        <translation>Valutazione dell&apos;attrito</translation>
    </message>
    <message>
        <source>Rounding of the required rooms</source>
        <translation>Arrotondamento delle camere richieste</translation>
    </message>
    <message>
        <source>Attrition rate basis</source>
        <translation>Base tariffaria dell&apos;attrito</translation>
    </message>
    <message>
        <source>Resale credit</source>
        <translation>Credito per rivendita</translation>
    </message>
    <message>
        <source>Cancellation basis</source>
        <translation>Base di cancellazione</translation>
    </message>
    <message>
        <source>Cancellation fee waived on force majeure</source>
        <translation>Penale di cancellazione condonata per forza maggiore</translation>
    </message>
    <message>
        <source>Damages agreed</source>
        <translation>Penale concordata</translation>
    </message>
    <message>
        <source>Damages invoiced on</source>
        <translation>Penale fatturata il</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Pagamenti ricevuti</translation>
    </message>
    <message>
        <source>Damages waived</source>
        <translation>Penale condonata</translation>
    </message>
    <message>
        <source>Waiver reason</source>
        <translation>Motivo del condono</translation>
    </message>
    <message>
        <source>Credit on a future contract</source>
        <translation>Credito su un contratto futuro</translation>
    </message>
    <message>
        <source>Credit to contract</source>
        <translation>Credito al contratto</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>ricevuto il</translation>
    </message>
</context>
<context>
    <name>PickupReportText</name>
    <message>
        <source>1 room</source>
        <extracomment>One room, in place of %3 of &quot;the current block for %2 is %3&quot; or %2 of &quot;%2 available for %3&quot;.</extracomment>
        <translation>1 camera</translation>
    </message>
    <message>
        <source>%1 rooms</source>
        <extracomment>A number of rooms other than one, in place of %3 of &quot;the current block for %2 is %3&quot; or %2 of &quot;%2 available for %3&quot;.</extracomment>
        <translation>%1 camere</translation>
    </message>
    <message>
        <source>the night</source>
        <translation>la notte</translation>
    </message>
    <message>
        <source>&quot;Date&quot;, &quot;Night&quot; or &quot;Stay Date&quot;</source>
        <translation>&quot;Date&quot;, &quot;Night&quot; o &quot;Stay Date&quot;</translation>
    </message>
    <message>
        <source>the room type</source>
        <translation>il tipo di camera</translation>
    </message>
    <message>
        <source>&quot;Room Type&quot;, &quot;Room Type Code&quot; or &quot;Type&quot;</source>
        <translation>&quot;Room Type&quot;, &quot;Room Type Code&quot; o &quot;Type&quot;</translation>
    </message>
    <message>
        <source>the pickup</source>
        <translation>il pickup</translation>
    </message>
    <message>
        <source>&quot;Pickup&quot;, &quot;Picked Up&quot; or &quot;Room Pickup&quot;</source>
        <translation>&quot;Pickup&quot;, &quot;Picked Up&quot; o &quot;Room Pickup&quot;</translation>
    </message>
    <message>
        <source>the original block</source>
        <translation>il blocco originale</translation>
    </message>
    <message>
        <source>the current block</source>
        <translation>il blocco attuale</translation>
    </message>
    <message>
        <source>the rooms available</source>
        <translation>le camere disponibili</translation>
    </message>
    <message>
        <source>the rate</source>
        <translation>la tariffa</translation>
    </message>
    <message>
        <source>expected a whole number of rooms, found nothing</source>
        <translation>atteso un numero intero di camere, la cella è vuota</translation>
    </message>
    <message>
        <source>expected a whole number of rooms, found %1</source>
        <translation>atteso un numero intero di camere, trovato %1</translation>
    </message>
    <message>
        <source>a number of rooms cannot be negative, found %1</source>
        <translation>un numero di camere non può essere negativo, trovato %1</translation>
    </message>
    <message>
        <source>%1 is not a plausible number of rooms (at most 1,000,000)</source>
        <translation>%1 non è un numero di camere plausibile (al massimo 1.000.000)</translation>
    </message>
    <message>
        <source>expected an amount in %1, found %2</source>
        <translation>atteso un importo in %1, trovato %2</translation>
    </message>
    <message>
        <source>the rate %1 is not in the contract&apos;s currency (%2)</source>
        <translation>la tariffa %1 non è nella valuta del contratto (%2)</translation>
    </message>
    <message>
        <source>a rate cannot be negative, found %1</source>
        <translation>una tariffa non può essere negativa, trovato %1</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals, found %2</source>
        <translation>gli importi in %1 non hanno decimali, trovato %2</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals, found %3</source>
        <translation>gli importi in %1 hanno al massimo %2 decimali, trovato %3</translation>
    </message>
    <message>
        <source>the rate %1 is too large</source>
        <translation>la tariffa %1 è troppo alta</translation>
    </message>
    <message>
        <source>%1 is not a date in the calendar</source>
        <translation>%1 non è una data esistente nel calendario</translation>
    </message>
    <message>
        <source>expected a date such as 2027-05-12, found %1</source>
        <translation>attesa una data come 2027-05-12, trovato %1</translation>
    </message>
    <message>
        <source>expected a date such as 2027-05-12, found nothing</source>
        <translation>attesa una data come 2027-05-12, la cella è vuota</translation>
    </message>
    <message>
        <source>the year of %1 has two digits; write it with four, as in 2027-05-12</source>
        <translation>l&apos;anno di %1 ha due cifre; scriverlo con quattro, per esempio 2027-05-12</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <source>line %1: skipped a totals row</source>
        <translation>riga %1: ignorata una riga di totali</translation>
    </message>
    <message>
        <source>the file has a header row but no pickup rows</source>
        <translation>il file ha una riga di intestazione ma nessuna riga di pickup</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A span of dates: &quot;2027-05-09 to 2027-05-12&quot;.</extracomment>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>a second column for %1 (column %2, %3, is the first)</source>
        <translation>una seconda colonna per %1 (la prima è la colonna %2, %3)</translation>
    </message>
    <message>
        <source>no column for %1 (headed %2); the columns are all unnamed</source>
        <translation>nessuna colonna per %1 (intestata %2); le colonne sono tutte senza nome</translation>
    </message>
    <message>
        <source>no column for %1 (headed %2); the columns are %3</source>
        <translation>nessuna colonna per %1 (intestata %2); le colonne sono %3</translation>
    </message>
    <message>
        <source>expected a room type, found nothing (the block has none)</source>
        <translation>atteso un tipo di camera, la cella è vuota (il blocco non ne ha)</translation>
    </message>
    <message>
        <source>expected a room type of the block (%1), found nothing</source>
        <translation>atteso un tipo di camera del blocco (%1), la cella è vuota</translation>
    </message>
    <message>
        <source>%1 is not a room type of the block, which has none</source>
        <translation>%1 non è un tipo di camera del blocco, che non ne ha</translation>
    </message>
    <message>
        <source>%1 is not a room type of the block (%2)</source>
        <translation>%1 non è un tipo di camera del blocco (%2)</translation>
    </message>
    <message>
        <source>%1 is written month first, but %2 on line %3 is written day first; write dates year-month-day, as in 2027-05-12</source>
        <translation>%1 è scritta con il mese per primo, ma %2 alla riga %3 è scritta con il giorno per primo; scrivere le date nell&apos;ordine anno-mese-giorno, per esempio 2027-05-12</translation>
    </message>
    <message>
        <source>%1 is written day first, but %2 on line %3 is written month first; write dates year-month-day, as in 2027-05-12</source>
        <translation>%1 è scritta con il giorno per primo, ma %2 alla riga %3 è scritta con il mese per primo; scrivere le date nell&apos;ordine anno-mese-giorno, per esempio 2027-05-12</translation>
    </message>
    <message>
        <source>the dates with slashes could be day first or month first (%1 on line %2 could be %3 or %4), and the stay (%5) fits both; write dates year-month-day, as in 2027-05-12</source>
        <translation>le date con le barre potrebbero avere per primo il giorno o il mese (%1 alla riga %2 potrebbe essere %3 o %4), e il soggiorno (%5) è compatibile con entrambe le letture; scrivere le date nell&apos;ordine anno-mese-giorno, per esempio 2027-05-12</translation>
    </message>
    <message>
        <source>the dates with slashes could be day first or month first (%1 on line %2 could be %3 or %4), and the stay (%5) fits neither; write dates year-month-day, as in 2027-05-12</source>
        <translation>le date con le barre potrebbero avere per primo il giorno o il mese (%1 alla riga %2 potrebbe essere %3 o %4), e il soggiorno (%5) non è compatibile con nessuna delle due letture; scrivere le date nell&apos;ordine anno-mese-giorno, per esempio 2027-05-12</translation>
    </message>
    <message>
        <source>%1 is not a date in the calendar (read day first, as the other dates are)</source>
        <translation>%1 non è una data esistente nel calendario (letta con il giorno per primo, come le altre date)</translation>
    </message>
    <message>
        <source>%1 is not a date in the calendar (read month first, as the other dates are)</source>
        <translation>%1 non è una data esistente nel calendario (letta con il mese per primo, come le altre date)</translation>
    </message>
    <message>
        <source>none of the rows is for a night of the stay of %1 (%2): the report&apos;s nights are %3; is it another group&apos;s report?</source>
        <translation>nessuna riga riguarda una notte del soggiorno di %1 (%2): le notti del rapporto sono %3; è il rapporto di un altro gruppo?</translation>
    </message>
    <message>
        <source>the night %1 is the departure day, not a night of the stay (%2)</source>
        <translation>la notte %1 è il giorno di partenza, non una notte del soggiorno (%2)</translation>
    </message>
    <message>
        <source>the night %1 is outside the stay (%2)</source>
        <translation>la notte %1 è fuori dal soggiorno (%2)</translation>
    </message>
    <message>
        <source>%1 %2 is listed twice (first on line %3)</source>
        <extracomment>%1 is a night, %2 a room type, %3 a line of the file.</extracomment>
        <translation>%1 %2 compare due volte (la prima volta alla riga %3)</translation>
    </message>
    <message>
        <source>%1 %2 is listed again (first on line %3)</source>
        <extracomment>%1 is a night, %2 a room type, %3 a line of the file.</extracomment>
        <translation>%1 %2 compare di nuovo (la prima volta alla riga %3)</translation>
    </message>
    <message>
        <source>line %1: the current block for %2 is %3; the contract blocks %4</source>
        <translation>riga %1: il blocco attuale per %2 è di %3; il contratto ne blocca %4</translation>
    </message>
    <message>
        <source>line %1: %2 available for %3, but the current block of %4 less the pickup of %5 leaves %6</source>
        <translation>riga %1: la disponibilità per %3 è di %2, ma il blocco attuale di %4 meno il pickup di %5 ne lascia %6</translation>
    </message>
    <message>
        <source>line %1: the rate %2 for %3 differs from the contracted rate %4</source>
        <translation>riga %1: la tariffa %2 per %3 è diversa dalla tariffa contrattata %4</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>impossibile leggere il file: %1</translation>
    </message>
</context>
<context>
    <name>QuoteReport</name>
    <message numerus="yes">
        <source>the account&apos;s own %n past groups</source>
        <translation>
            <numerusform>%n gruppo passato del cliente stesso</numerusform>
            <numerusform>i %n gruppi passati del cliente stesso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comparable past groups</source>
        <translation>
            <numerusform>%n gruppo passato comparabile</numerusform>
            <numerusform>%n gruppi passati comparabili</numerusform>
        </translation>
    </message>
    <message>
        <source>the default (too few past groups)</source>
        <translation>il valore predefinito (troppo pochi gruppi passati)</translation>
    </message>
    <message>
        <source>Quote for %1 (%2), arriving %3</source>
        <translation>Preventivo per %1 (%2), arrivo il %3</translation>
    </message>
    <message>
        <source>Expected wash %1 (P10 %2, P90 %3), from %4</source>
        <translation>Wash atteso %1 (P10 %2, P90 %3), da %4</translation>
    </message>
    <message>
        <source>Group room profit</source>
        <translation>Profitto camere del gruppo</translation>
    </message>
    <message>
        <source>Displaced transient business</source>
        <translation>Business transient spostato</translation>
    </message>
    <message>
        <source>F&amp;B profit</source>
        <translation>Profitto F&amp;B</translation>
    </message>
    <message>
        <source>Meeting room profit</source>
        <translation>Profitto sala meeting</translation>
    </message>
    <message>
        <source>Net value of the group</source>
        <translation>Valore netto del gruppo</translation>
    </message>
    <message>
        <source>P10 / P50 / P90</source>
        <translation>P10 / P50 / P90</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Notte</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blocco</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacità</translation>
    </message>
    <message>
        <source>Transient demand</source>
        <translation>Domanda transient</translation>
    </message>
    <message>
        <source>Group rooms</source>
        <translation>Camere del gruppo</translation>
    </message>
    <message>
        <source>Displaced</source>
        <translation>Spostate</translation>
    </message>
    <message>
        <source>Group profit</source>
        <translation>Profitto del gruppo</translation>
    </message>
    <message>
        <source>Displacement cost</source>
        <translation>Costo dello spostamento</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Break-even rate</source>
        <translation>Tariffa di pareggio</translation>
    </message>
    <message numerus="yes">
        <source>What each attrition clause would collect (%n wash draws):</source>
        <translation>
            <numerusform>Quanto incasserebbe ciascuna clausola di attrition (%n estrazione del wash):</numerusform>
            <numerusform>Quanto incasserebbe ciascuna clausola di attrition (%n estrazioni del wash):</numerusform>
        </translation>
    </message>
    <message>
        <source>Performance level</source>
        <translation>Livello di performance</translation>
    </message>
    <message>
        <source>Damages factor</source>
        <translation>Fattore di penale</translation>
    </message>
    <message>
        <source>Expected damages</source>
        <translation>Penali attese</translation>
    </message>
    <message>
        <source>Chance of owing</source>
        <translation>Probabilità di dovere</translation>
    </message>
    <message>
        <source>How the figures were obtained:</source>
        <translation>Come sono state ottenute le cifre:</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The contract has no room attrition clause.</source>
        <translation>Il contratto non ha una clausola di attrito camere.</translation>
    </message>
    <message>
        <source>counted exactly, fractions of a room night included</source>
        <translation>conteggiate esattamente, incluse le frazioni di notte camera</translation>
    </message>
    <message>
        <source>rounded up to whole room nights</source>
        <translation>arrotondate per eccesso a notti camera intere</translation>
    </message>
    <message>
        <source>rounded down to whole room nights</source>
        <translation>arrotondate per difetto a notti camera intere</translation>
    </message>
    <message>
        <source>Performance level %1 (an attrition allowance of %2): the group must pick up at least %1 of the block, after the reductions honoured; the required room nights are %3.</source>
        <translation>Livello di performance %1 (una tolleranza di attrito del %2): il gruppo deve prenotare almeno il %1 del blocco, dopo le riduzioni accolte; le notti camera richieste sono %3.</translation>
    </message>
    <message>
        <source>Assessed cumulatively: the room nights of the whole stay are summed and compared once.</source>
        <translation>Valutato in modo cumulativo: le notti camera dell&apos;intero soggiorno sono sommate e confrontate una sola volta.</translation>
    </message>
    <message>
        <source>Assessed night by night, with credit for rooms picked up above the block on one night against the shortfall of others.</source>
        <translation>Valutato notte per notte, con credito per le camere prenotate oltre il blocco in una notte a fronte della carenza delle altre.</translation>
    </message>
    <message>
        <source>Assessed night by night: each night is compared with its own block, without credit for rooms above the block on other nights.</source>
        <translation>Valutato notte per notte: ogni notte è confrontata con il proprio blocco, senza credito per le camere oltre il blocco nelle altre notti.</translation>
    </message>
    <message>
        <source>Damages are the full group rate of each room night short.</source>
        <translation>La penale è l&apos;intera tariffa di gruppo di ogni notte camera mancante.</translation>
    </message>
    <message>
        <source>Damages are %1 of the group rate of each room night short (a lost-profit factor).</source>
        <translation>La penale è il %1 della tariffa di gruppo di ogni notte camera mancante (un fattore di lucro cessante).</translation>
    </message>
    <message>
        <source>Rate: each night&apos;s own contracted rate.</source>
        <translation>Tariffa: la tariffa contrattata di ciascuna notte.</translation>
    </message>
    <message>
        <source>Rate: the block&apos;s average contracted rate (room revenue over room nights).</source>
        <translation>Tariffa: la tariffa media contrattata del blocco (ricavi camere diviso notti camera).</translation>
    </message>
    <message>
        <source>Rooms the hotel resells are not credited.</source>
        <translation>Le camere rivendute dall&apos;hotel non sono accreditate.</translation>
    </message>
    <message>
        <source>Rooms the hotel resells are credited by count: they reduce the room nights owed.</source>
        <translation>Le camere rivendute dall&apos;hotel sono accreditate per numero: riducono le notti camera dovute.</translation>
    </message>
    <message>
        <source>Rooms the hotel resells are credited by the revenue received, each room night at no more than the contracted rate.</source>
        <translation>Le camere rivendute dall&apos;hotel sono accreditate per i ricavi ottenuti, ogni notte camera al massimo alla tariffa contrattata.</translation>
    </message>
    <message>
        <source>Resale is credited only on nights the hotel was at least %1 occupied.</source>
        <translation>La rivendita è accreditata solo nelle notti in cui l&apos;hotel era occupato almeno al %1.</translation>
    </message>
    <message>
        <source>attendees found outside the block</source>
        <translation>partecipanti trovati fuori blocco</translation>
    </message>
    <message>
        <source>billed no-shows</source>
        <translation>no-show fatturati</translation>
    </message>
    <message>
        <source>walked guests</source>
        <translation>ospiti riprotetti</translation>
    </message>
    <message>
        <source>comp rooms</source>
        <translation>camere gratuite</translation>
    </message>
    <message>
        <source>Only rooms picked up in the block count toward pickup.</source>
        <translation>Solo le camere prenotate nel blocco contano per il pickup.</translation>
    </message>
    <message>
        <source>Besides the rooms picked up, pickup counts %1.</source>
        <translation>Oltre alle camere prenotate, il pickup conta %1.</translation>
    </message>
    <message>
        <source>Room attrition damages never exceed %1.</source>
        <translation>La penale di attrito camere non supera mai %1.</translation>
    </message>
    <message>
        <source>Never more rooms are charged on a night than were blocked that night.</source>
        <translation>Non si addebitano mai in una notte più camere di quelle bloccate quella notte.</translation>
    </message>
    <message>
        <source>Tax of %1 is added to room attrition damages.</source>
        <translation>Alla penale di attrito camere si aggiunge un&apos;imposta del %1.</translation>
    </message>
    <message>
        <source>Room attrition damages are liquidated damages, not taxed.</source>
        <translation>La penale di attrito camere è una penale concordata, non tassata.</translation>
    </message>
    <message>
        <source>The contract has no food &amp; beverage minimum.</source>
        <translation>Il contratto non ha un minimo F&amp;B.</translation>
    </message>
    <message>
        <source>F&amp;B minimum %1, before tax and service charge.</source>
        <translation>Minimo F&amp;B %1, al netto di imposte e servizio.</translation>
    </message>
    <message>
        <source>The group may spend %1 less than the minimum before it owes damages.</source>
        <translation>Il gruppo può spendere il %1 in meno del minimo prima di dovere una penale.</translation>
    </message>
    <message>
        <source>Damages are the full shortfall.</source>
        <translation>La penale è l&apos;intera carenza.</translation>
    </message>
    <message>
        <source>Damages are %1 of the shortfall (a lost-profit share).</source>
        <translation>La penale è il %1 della carenza (una quota di lucro cessante).</translation>
    </message>
    <message>
        <source>A service charge of %1 is added to the damages.</source>
        <translation>Alla penale si aggiunge un servizio del %1.</translation>
    </message>
    <message>
        <source>the damages and the service charge</source>
        <translation>la penale e il servizio</translation>
    </message>
    <message>
        <source>the damages</source>
        <translation>la penale</translation>
    </message>
    <message>
        <source>the service charge</source>
        <translation>il servizio</translation>
    </message>
    <message>
        <source>Tax of %1 is added on %2.</source>
        <translation>Si aggiunge un&apos;imposta del %1 su %2.</translation>
    </message>
    <message>
        <source>Actual spend recorded: %1.</source>
        <translation>Spesa effettiva registrata: %1.</translation>
    </message>
    <message>
        <source>The contract has no meeting room rental.</source>
        <translation>Il contratto non ha un noleggio della sala meeting.</translation>
    </message>
    <message>
        <source>Meeting room rental %1, billed as rent on the account; it is not part of the assessment.</source>
        <translation>Noleggio sala meeting %1, fatturato come affitto sul conto; non fa parte della valutazione.</translation>
    </message>
    <message>
        <source>Meeting room rental %1, charged on a scale by the room pickup reached (below).</source>
        <translation>Noleggio sala meeting %1, addebitato secondo una scala in base al pickup camere raggiunto (sotto).</translation>
    </message>
    <message>
        <source>The scaled rental is owed besides room attrition.</source>
        <translation>Il noleggio a scala è dovuto oltre all&apos;attrito camere.</translation>
    </message>
    <message>
        <source>The group owes the greater of the scaled rental and room attrition, not both.</source>
        <translation>Il gruppo deve il maggiore tra il noleggio a scala e l&apos;attrito camere, non entrambi.</translation>
    </message>
    <message>
        <source>The scaled rental replaces room attrition.</source>
        <translation>Il noleggio a scala sostituisce l&apos;attrito camere.</translation>
    </message>
    <message>
        <source>Tax of %1 is added to the meeting room charge.</source>
        <translation>All&apos;addebito della sala meeting si aggiunge un&apos;imposta del %1.</translation>
    </message>
    <message>
        <source>The contract has no cancellation clause.</source>
        <translation>Il contratto non ha una clausola di cancellazione.</translation>
    </message>
    <message>
        <source>If the group cancels, it owes the tier&apos;s share of the anticipated room revenue (block x rates), by the days between the written notice and arrival (below).</source>
        <translation>Se il gruppo cancella, deve la quota dello scaglione sui ricavi camere previsti (blocco x tariffe), secondo i giorni tra la comunicazione scritta e l&apos;arrivo (sotto).</translation>
    </message>
    <message>
        <source>If the group cancels, it owes the tier&apos;s share of the anticipated revenue: rooms, the F&amp;B minimum and the meeting room rental, by the days between the written notice and arrival (below).</source>
        <translation>Se il gruppo cancella, deve la quota dello scaglione sui ricavi previsti: camere, minimo F&amp;B e noleggio della sala meeting, secondo i giorni tra la comunicazione scritta e l&apos;arrivo (sotto).</translation>
    </message>
    <message>
        <source>If the group cancels, it owes a share of each component (rooms, F&amp;B minimum, meeting room) by the days between the written notice and arrival (below).</source>
        <translation>Se il gruppo cancella, deve una quota di ogni componente (camere, minimo F&amp;B, sala meeting) secondo i giorni tra la comunicazione scritta e l&apos;arrivo (sotto).</translation>
    </message>
    <message>
        <source>The fee is rounded to whole currency units.</source>
        <translation>La penale è arrotondata a unità intere della valuta.</translation>
    </message>
    <message>
        <source>Rooms the hotel resells are credited against the fee.</source>
        <translation>Le camere rivendute dall&apos;hotel sono accreditate sulla penale.</translation>
    </message>
    <message>
        <source>The fee is waived when the cancellation is caused by force majeure.</source>
        <translation>La penale è condonata quando la cancellazione è dovuta a forza maggiore.</translation>
    </message>
    <message>
        <source>Tax of %1 is added to the fee.</source>
        <translation>Alla penale si aggiunge un&apos;imposta del %1.</translation>
    </message>
    <message>
        <source>%1 days or more</source>
        <translation>%1 giorni o più</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 giorni</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>da %1 a %2 giorni</translation>
    </message>
    <message>
        <source>The contract blocks no rooms.</source>
        <translation>Il contratto non blocca alcuna camera.</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Notte</translation>
    </message>
    <message>
        <source>%1, rooms at rate</source>
        <translation>%1, camere a tariffa</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Camere</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Tipo di camera</translation>
    </message>
    <message>
        <source>Group rate, %1</source>
        <translation>Tariffa di gruppo, %1</translation>
    </message>
    <message>
        <source>The contract&apos;s terms</source>
        <translation>Condizioni del contratto</translation>
    </message>
    <message>
        <source>Room block</source>
        <translation>Blocco camere</translation>
    </message>
    <message numerus="yes">
        <source>%1 room nights blocked over %n night(s); %2 after the reductions honoured.</source>
        <translation>
            <numerusform>%1 notti camera bloccate su %n notte; %2 dopo le riduzioni accolte.</numerusform>
            <numerusform>%1 notti camera bloccate su %n notti; %2 dopo le riduzioni accolte.</numerusform>
        </translation>
    </message>
    <message>
        <source>By %1 the block may be reduced by up to %2 of the original block.</source>
        <translation>Entro il %1 il blocco può essere ridotto fino al %2 del blocco originale.</translation>
    </message>
    <message>
        <source>Room attrition</source>
        <translation>Attrito camere</translation>
    </message>
    <message>
        <source>One comp room night per %1 room nights picked up, %2.</source>
        <translation>Una notte camera gratuita ogni %1 notti camera prenotate, %2.</translation>
    </message>
    <message>
        <source>night by night</source>
        <translation>notte per notte</translation>
    </message>
    <message>
        <source>over the whole stay</source>
        <translation>sull&apos;intero soggiorno</translation>
    </message>
    <message>
        <source>Food &amp; beverage</source>
        <translation>Food &amp; beverage</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Sala meeting</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>almeno %1</translation>
    </message>
    <message>
        <source>Room pickup</source>
        <translation>Pickup camere</translation>
    </message>
    <message>
        <source>Share of the rental charged</source>
        <translation>Quota del noleggio addebitata</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancellazione</translation>
    </message>
    <message>
        <source>Notice before arrival</source>
        <translation>Preavviso prima dell&apos;arrivo</translation>
    </message>
    <message>
        <source>F&amp;B minimum</source>
        <translation>Minimo F&amp;B</translation>
    </message>
    <message>
        <source>Fee, share of the basis</source>
        <translation>Penale, quota della base</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Depositi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Amount, %1</source>
        <translation>Importo, %1</translation>
    </message>
    <message>
        <source>Pickup per night</source>
        <translation>Pickup per notte</translation>
    </message>
    <message>
        <source>%1 room nights picked up; with the credits the contract counts, %2 of %3 room nights (%4).</source>
        <translation>%1 notti camera prenotate; con i crediti che il contratto conteggia, %2 di %3 notti camera (%4).</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Soggiorno</translation>
    </message>
    <message>
        <source>Required and shortfall per night are shown for reading; the contract compares the whole stay at once.</source>
        <translation>Il richiesto e la carenza per notte sono mostrati per lettura; il contratto confronta l&apos;intero soggiorno in una volta.</translation>
    </message>
    <message>
        <source>The contract cannot be assessed</source>
        <translation>Il contratto non può essere valutato</translation>
    </message>
    <message>
        <source>Assessment under the cancellation clause</source>
        <translation>Valutazione secondo la clausola di cancellazione</translation>
    </message>
    <message>
        <source>Assessment under attrition</source>
        <translation>Valutazione per attrito</translation>
    </message>
    <message>
        <source>Item and how it was computed</source>
        <translation>Voce e come è stata calcolata</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avvertenze</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totali</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotale</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposta</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>Totale dovuto</translation>
    </message>
    <message>
        <source>Deposits applied</source>
        <translation>Depositi applicati</translation>
    </message>
    <message>
        <source>Net due</source>
        <translation>Netto dovuto</translation>
    </message>
    <message>
        <source>Deposit balance in the group&apos;s favour</source>
        <translation>Saldo dei depositi a favore del gruppo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Assessed under the cancellation clause: notice received %1.</source>
        <translation>Valutato secondo la clausola di cancellazione: comunicazione ricevuta il %1.</translation>
    </message>
    <message>
        <source>Assessed under attrition: pickup %1 (%2 of %3 room nights counted).</source>
        <translation>Valutato per attrito: pickup %1 (%2 di %3 notti camera conteggiate).</translation>
    </message>
    <message>
        <source>Total owed %1, deposits applied %2.</source>
        <translation>Totale dovuto %1, depositi applicati %2.</translation>
    </message>
    <message>
        <source>The contract cannot be assessed until its problems are corrected (listed below).</source>
        <translation>Il contratto non può essere valutato finché non se ne correggono i problemi (elencati sotto).</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <source>Damages owed against pickup</source>
        <translation>Penale dovuta in funzione del pickup</translation>
    </message>
    <message>
        <source>What the group would owe as pickup runs from 0% to 150% of the block, with the performance level and the pickup now marked.</source>
        <translation>Quanto dovrebbe il gruppo con un pickup dallo 0% al 150% del blocco, con il livello di performance e il pickup attuale segnati.</translation>
    </message>
    <message>
        <source>Block against pickup, night by night</source>
        <translation>Blocco a fronte del pickup, notte per notte</translation>
    </message>
    <message>
        <source>Cancellation fee by the date notice is received</source>
        <translation>Penale di cancellazione secondo la data di ricezione della comunicazione</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portafoglio</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>Rapporto di portafoglio</translation>
    </message>
    <message>
        <source>Contracts and their exposure</source>
        <translation>Contratti e loro esposizione</translation>
    </message>
    <message>
        <source>Exposure is what each group would owe if its contract were assessed now, on the pickup and spend recorded; the net due is after the deposits received. Report made %1.</source>
        <translation>L&apos;esposizione è quanto dovrebbe ogni gruppo se il suo contratto fosse valutato ora, sul pickup e sulla spesa registrati; il netto dovuto è dopo i depositi ricevuti. Rapporto redatto il %1.</translation>
    </message>
    <message>
        <source>cannot assess</source>
        <translation>non valutabile</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>No contract matches.</source>
        <translation>Nessun contratto corrisponde.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratti</translation>
    </message>
    <message>
        <source>Room nights blocked</source>
        <translation>Notti camera bloccate</translation>
    </message>
    <message>
        <source>Groups owing</source>
        <translation>Gruppi debitori</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>By status: %1.</source>
        <translation>Per stato: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) cannot be assessed until their problems are corrected; they are left out of the totals.</source>
        <translation>
            <numerusform>%n contratto non può essere valutato finché non se ne correggono i problemi; è escluso dai totali.</numerusform>
            <numerusform>%n contratti non possono essere valutati finché non se ne correggono i problemi; sono esclusi dai totali.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contratto</translation>
    </message>
    <message>
        <source>Group and hotel</source>
        <translation>Gruppo e hotel</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Room nights</source>
        <translation>Notti camera</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Val.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Redatto il %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n night(s))</source>
        <translation>
            <numerusform>dal %1 al %2 (%n notte)</numerusform>
            <numerusform>dal %1 al %2 (%n notti)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Responsabile commerciale</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmato</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Cut-off</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Rapporto redatto</translation>
    </message>
    <message>
        <source>Cancellation notice</source>
        <translation>Comunicazione di cancellazione</translation>
    </message>
    <message>
        <source>none received</source>
        <translation>non ricevuta</translation>
    </message>
    <message>
        <source>pickup %1 of the block on every night</source>
        <translation>pickup del %1 del blocco ogni notte</translation>
    </message>
    <message>
        <source>pickup set night by night: %1 room nights</source>
        <translation>pickup impostato notte per notte: %1 notti camera</translation>
    </message>
    <message>
        <source>F&amp;B spend %1</source>
        <translation>spesa F&amp;B %1</translation>
    </message>
    <message>
        <source>%1 room nights resold</source>
        <translation>%1 notti camera rivendute</translation>
    </message>
    <message>
        <source>as if the group had not cancelled</source>
        <translation>come se il gruppo non avesse cancellato</translation>
    </message>
    <message>
        <source>cancellation notice received %1</source>
        <translation>comunicazione di cancellazione ricevuta il %1</translation>
    </message>
    <message>
        <source>nothing: the contract as recorded</source>
        <translation>nulla: il contratto come registrato</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Confronto degli scenari</translation>
    </message>
    <message>
        <source>What each scenario changes</source>
        <translation>Cosa cambia ogni scenario</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The contract has no scenarios: only its own figures are shown.</source>
        <translation>Il contratto non ha scenari: sono mostrate solo le sue cifre.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Affiancati</translation>
    </message>
    <message>
        <source>Amounts in %1. Under each scenario&apos;s figure, its difference from the contract.</source>
        <translation>Importi in %1. Sotto la cifra di ogni scenario, la differenza rispetto al contratto.</translation>
    </message>
    <message>
        <source>The curve of each scenario, as pickup runs from 0% to 150% of the block; the dots mark each one&apos;s own pickup.</source>
        <translation>La curva di ogni scenario, con un pickup dallo 0% al 150% del blocco; i punti segnano il pickup di ciascuno.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>%1, difference</source>
        <translation>%1, differenza</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>This build writes spreadsheets as CSV only.</source>
        <translation>Questa versione scrive i fogli di calcolo solo in CSV.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenari</translation>
    </message>
    <message>
        <source>Forecast to arrival</source>
        <translation>Previsione fino all&apos;arrivo</translation>
    </message>
    <message>
        <source>past groups of the same hotel</source>
        <translation>gruppi passati dello stesso hotel</translation>
    </message>
    <message>
        <source>past groups of the same account</source>
        <translation>gruppi passati dello stesso cliente</translation>
    </message>
    <message>
        <source>all past groups</source>
        <translation>tutti i gruppi passati</translation>
    </message>
    <message numerus="yes">
        <source>As of %1, %n day(s) before arrival, %2 of %3 room nights are on the books. The forecast compares the group with %4 (%5 with a pickup history).</source>
        <translation>
            <numerusform>Al %1, a %n giorno dall&apos;arrivo, sono a libro %2 di %3 notti camera. La previsione confronta il gruppo con %4 (%5 con uno storico di pickup).</numerusform>
            <numerusform>Al %1, a %n giorni dall&apos;arrivo, sono a libro %2 di %3 notti camera. La previsione confronta il gruppo con %4 (%5 con uno storico di pickup).</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected damages at arrival</source>
        <translation>Penale attesa all&apos;arrivo</translation>
    </message>
    <message>
        <source>Expected final pickup %1 room nights (P10 to P90: %2 to %3). Damages P10 to P90: %4 to %5; %6 of the draws owe anything. What is owed at today&apos;s pickup is on the first page; this is what the group will likely owe.</source>
        <translation>Pickup finale atteso: %1 notti camera (da P10 a P90: da %2 a %3). Penale da P10 a P90: da %4 a %5; nel %6 delle estrazioni si deve qualcosa. Quanto si deve con il pickup di oggi è nella prima pagina; questo è ciò che il gruppo probabilmente dovrà.</translation>
    </message>
    <message>
        <source>How the forecast was made</source>
        <translation>Come è stata fatta la previsione</translation>
    </message>
    <message>
        <source>Pace to arrival</source>
        <translation>Andamento fino all&apos;arrivo</translation>
    </message>
    <message>
        <source>Room nights on the books at each stored pickup report, then the forecast to arrival with the range in which 8 of 10 past groups ended (P10 to P90).</source>
        <translation>Notti camera a libro a ogni report di pickup salvato, poi la previsione fino all&apos;arrivo con l&apos;intervallo in cui sono finiti 8 gruppi passati su 10 (da P10 a P90).</translation>
    </message>
    <message>
        <source>Night by night</source>
        <translation>Notte per notte</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blocco</translation>
    </message>
    <message>
        <source>On the books</source>
        <translation>A libro</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Atteso</translation>
    </message>
    <message>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <source>No review date or cutoff is ahead: there is no release to advise.</source>
        <translation>Non resta alcuna data di revisione né cut-off: non c’è alcun rilascio da consigliare.</translation>
    </message>
    <message>
        <source>Release at the review date %1</source>
        <translation>Rilascio alla data di revisione %1</translation>
    </message>
    <message>
        <source>Nothing to release: keep the block held. The expected damages are %1.</source>
        <translation>Niente da rilasciare: mantenere il blocco attuale. La penale attesa è %1.</translation>
    </message>
    <message>
        <source>Holding the block, the expected damages are %1; releasing %2 room nights, %3.</source>
        <translation>Mantenendo il blocco, la penale attesa è %1; rilasciando %2 notti camera, %3.</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Supportato</translation>
    </message>
    <message>
        <source>Least allowed</source>
        <translation>Minimo consentito</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Mantenere</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Rilasciare</translation>
    </message>
    <message>
        <source>Payment terms: %1</source>
        <translation>Termini di pagamento: %1</translation>
    </message>
    <message>
        <source>Attrition and cancellation statement</source>
        <translation>Rendiconto di attrito e cancellazione</translation>
    </message>
    <message>
        <source>Tax number %1</source>
        <translation>Partita IVA %1</translation>
    </message>
    <message>
        <source>Program default, not confirmed: %1</source>
        <translation>Predefinito del programma, non confermato: %1</translation>
    </message>
    <message>
        <source>the performance level</source>
        <translation>il livello di performance</translation>
    </message>
    <message>
        <source>the attrition assessment method</source>
        <translation>il metodo di calcolo dell&apos;attrito</translation>
    </message>
    <message>
        <source>the rounding of the required room nights</source>
        <translation>l&apos;arrotondamento delle notti camera richieste</translation>
    </message>
    <message>
        <source>the room damages factor</source>
        <translation>il fattore di penale camere</translation>
    </message>
    <message>
        <source>the rate basis</source>
        <translation>la base tariffaria</translation>
    </message>
    <message>
        <source>the resale credit</source>
        <translation>il credito per rivendita</translation>
    </message>
    <message>
        <source>the F&amp;B damages factor</source>
        <translation>il fattore di penale F&amp;B</translation>
    </message>
    <message>
        <source>the cancellation tiers</source>
        <translation>gli scaglioni di cancellazione</translation>
    </message>
    <message>
        <source>the cancellation basis</source>
        <translation>la base di cancellazione</translation>
    </message>
    <message>
        <source>the waiver on force majeure</source>
        <translation>l&apos;esonero per forza maggiore</translation>
    </message>
    <message>
        <source>Not final: some terms below are the program&apos;s defaults, not yet confirmed from the contract (%1). They are labelled &quot;Program default, not confirmed&quot; and are not the contract&apos;s terms; the amounts that depend on them may change once they are confirmed.</source>
        <extracomment>%1 lists the values, e.g. &quot;the performance level, the cancellation tiers&quot;.</extracomment>
        <translation>Non definitivo: alcune condizioni qui sotto sono predefinite del programma, non ancora confermate dal contratto (%1). Sono indicate come «Predefinito del programma, non confermato» e non sono le condizioni del contratto; gli importi che ne dipendono possono cambiare una volta confermate.</translation>
    </message>
    <message>
        <source>Program default, not confirmed: the tiers below are the program&apos;s usual tiers, not read from the contract.</source>
        <translation>Predefinito del programma, non confermato: gli scaglioni qui sotto sono quelli abituali del programma, non ricavati dal contratto.</translation>
    </message>
    <message>
        <source>%1 (program default, not confirmed)</source>
        <translation>%1 (predefinito del programma, non confermato)</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Notti</translation>
    </message>
    <message>
        <source>Rooms a night</source>
        <translation>Camere per notte</translation>
    </message>
    <message>
        <source>Revenue, %1</source>
        <translation>Ricavi, %1</translation>
    </message>
    <message>
        <source>Group rates, %1</source>
        <translation>Tariffe di gruppo, %1</translation>
    </message>
    <message>
        <source>Rooms and rates</source>
        <translation>Camere e tariffe</translation>
    </message>
    <message>
        <source>The proposal blocks no rooms.</source>
        <translation>La proposta non blocca alcuna camera.</translation>
    </message>
    <message numerus="yes">
        <source>Room revenue, %n room night(s)</source>
        <translation>
            <numerusform>Ricavi camere, %n notte camera</numerusform>
            <numerusform>Ricavi camere, %n notti camera</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;B minimum, before tax and service charge</source>
        <translation>Minimo F&amp;B, al netto di imposte e servizio</translation>
    </message>
    <message>
        <source>Meeting room rental</source>
        <translation>Noleggio sala meeting</translation>
    </message>
    <message>
        <source>Total anticipated revenue</source>
        <translation>Totale ricavi previsti</translation>
    </message>
    <message>
        <source>Proposed terms</source>
        <translation>Condizioni proposte</translation>
    </message>
    <message>
        <source>Review dates.</source>
        <translation>Date di revisione.</translation>
    </message>
    <message>
        <source>Cutoff.</source>
        <translation>Cut-off.</translation>
    </message>
    <message>
        <source>Rooms of the block not reserved by %1 return to the hotel&apos;s general inventory.</source>
        <translation>Le camere del blocco non prenotate entro il %1 tornano nella disponibilità generale dell&apos;hotel.</translation>
    </message>
    <message>
        <source>Room attrition.</source>
        <translation>Attrito camere.</translation>
    </message>
    <message>
        <source>Food &amp; beverage.</source>
        <translation>Food &amp; beverage.</translation>
    </message>
    <message>
        <source>at least %1 pickup: %2 of the rental</source>
        <extracomment>A band of the meeting room scale: &quot;at least 90% pickup: 0% of the rental&quot;.</extracomment>
        <translation>pickup di almeno il %1: il %2 del noleggio</translation>
    </message>
    <message>
        <source>Scale: %1.</source>
        <translation>Scala: %1.</translation>
    </message>
    <message>
        <source>Meeting room.</source>
        <translation>Sala meeting.</translation>
    </message>
    <message>
        <source>Comp rooms.</source>
        <translation>Camere gratuite.</translation>
    </message>
    <message>
        <source>Cancellation.</source>
        <translation>Cancellazione.</translation>
    </message>
    <message>
        <source>If the group picks up less than the block</source>
        <translation>Se il gruppo non raggiunge il blocco</translation>
    </message>
    <message>
        <source>What attrition would cost cannot be computed until the proposal&apos;s problems are corrected:</source>
        <translation>Il costo dell&apos;attrito non può essere calcolato finché non saranno corretti i problemi della proposta:</translation>
    </message>
    <message>
        <source>If the group picks up this share of the block on every night, it would owe under the proposed terms (before tax, without credit for rooms the hotel resells):</source>
        <translation>Se il gruppo occupasse questa quota del blocco in ogni notte, secondo le condizioni proposte dovrebbe (imposte escluse e senza credito per le camere rivendute dall&apos;hotel):</translation>
    </message>
    <message>
        <source>Pickup of the block</source>
        <translation>Pickup del blocco</translation>
    </message>
    <message>
        <source>Room nights picked up</source>
        <translation>Notti camera prenotate</translation>
    </message>
    <message>
        <source>Attrition damages, %1</source>
        <translation>Penale di attrito, %1</translation>
    </message>
    <message>
        <source>Meeting room rental charged, %1</source>
        <translation>Noleggio sala meeting addebitato, %1</translation>
    </message>
    <message>
        <source>Rooms and meeting room, %1</source>
        <translation>Camere e sala meeting, %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Your contact</source>
        <translation>Il vostro referente</translation>
    </message>
    <message>
        <source>Proposal date</source>
        <translation>Data della proposta</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valida fino a</translation>
    </message>
    <message>
        <source>Group proposal</source>
        <translation>Proposta per gruppo</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Accettazione</translation>
    </message>
    <message>
        <source>This proposal is valid until %1. To accept it, sign below and return a copy by that date; the group contract with these terms follows for signature.</source>
        <translation>La presente proposta è valida fino a %1. Per accettarla, vi preghiamo di firmarla qui sotto e di restituircene una copia entro tale data; seguirà, per la firma, il contratto di gruppo con le presenti condizioni.</translation>
    </message>
    <message>
        <source>Accepted for the group</source>
        <translation>Per accettazione, per conto del gruppo</translation>
    </message>
    <message>
        <source>Accepted for %1</source>
        <translation>Per accettazione, per conto di %1</translation>
    </message>
    <message>
        <source>For the hotel</source>
        <translation>Per l&apos;hotel</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <source>Name and title</source>
        <translation>Nome e qualifica</translation>
    </message>
    <message>
        <source>Signature and date</source>
        <translation>Firma e data</translation>
    </message>
    <message>
        <source>Groups at risk</source>
        <translation>Gruppi a rischio</translation>
    </message>
    <message>
        <source>Groups arriving %1 to %2, as they stand on %3, each forecast against the past groups of its own hotel; the higher expected damages first.</source>
        <translation>Gruppi in arrivo dal %1 al %2, come risultano al %3, ciascuno previsto rispetto ai gruppi passati del proprio hotel; prima le penali attese più alte.</translation>
    </message>
    <message>
        <source>No group arrives in that window.</source>
        <translation>Nessun gruppo arriva in quel periodo.</translation>
    </message>
    <message>
        <source>Cutoff %1</source>
        <translation>Cut-off %1</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Revisione %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>tra %n giorno</numerusform>
            <numerusform>tra %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Prenotate</translation>
    </message>
    <message>
        <source>Forecast pickup</source>
        <translation>Pickup previsto</translation>
    </message>
    <message>
        <source>Expected damages</source>
        <translation>Penali attese</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Prossima data</translation>
    </message>
    <message>
        <source>Actions and flags</source>
        <translation>Azioni e segnalazioni</translation>
    </message>
    <message>
        <source>%1: not forecast: %2</source>
        <translation>%1: nessuna previsione: %2</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline di vendita</translation>
    </message>
    <message>
        <source>The contracts of this report by stage, month of arrival and currency. Damages are what the engine assesses at the pickup on the books, tax included.</source>
        <translation>I contratti di questo rapporto per fase, mese di arrivo e valuta. Le penali sono quanto il motore calcola sul pickup prenotato, imposte incluse.</translation>
    </message>
    <message>
        <source>Room revenue</source>
        <translation>Ricavi camere</translation>
    </message>
    <message>
        <source>Damages</source>
        <translation>Penale</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversione</translation>
    </message>
    <message>
        <source>%1 won (definite or actualized), %2 lost, %3 still open (prospect or tentative).</source>
        <translation>Vinti %1 (confermati o consuntivati), persi %2, ancora aperti %3 (potenziali o opzionati).</translation>
    </message>
    <message>
        <source>Conversion: %1 of the decided contracts were won.</source>
        <translation>Conversione: il %1 dei contratti decisi è stato vinto.</translation>
    </message>
    <message>
        <source>Conversion: not known until a contract is won or lost.</source>
        <translation>Conversione: non nota finché un contratto non viene vinto o perso.</translation>
    </message>
    <message>
        <source>Wash of the actualized groups</source>
        <translation>Wash dei gruppi consuntivati</translation>
    </message>
    <message>
        <source>No actualized group among these contracts.</source>
        <translation>Nessun gruppo consuntivato tra questi contratti.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppi</translation>
    </message>
    <message>
        <source>Block, room nights</source>
        <translation>Blocco, notti camera</translation>
    </message>
    <message>
        <source>Final pickup</source>
        <translation>Pickup finale</translation>
    </message>
    <message>
        <source>Wash</source>
        <translation>Wash</translation>
    </message>
    <message>
        <source>Left out of the pipeline, the engine refuses them: %1.</source>
        <translation>Esclusi dalla pipeline di vendita, il motore li rifiuta: %1.</translation>
    </message>
    <message>
        <source>Rooms in the block</source>
        <translation>Camere nel blocco</translation>
    </message>
    <message>
        <source>Rooms reserved</source>
        <translation>Camere prenotate</translation>
    </message>
    <message>
        <source>Share reserved</source>
        <translation>Quota prenotata</translation>
    </message>
    <message>
        <source>Room nights in the block</source>
        <translation>Notti camera nel blocco</translation>
    </message>
    <message>
        <source>Room nights reserved</source>
        <translation>Notti camera prenotate</translation>
    </message>
    <message>
        <source>Pickup reminder</source>
        <translation>Sollecito del pickup</translation>
    </message>
    <message>
        <source>Re: %1</source>
        <extracomment>The letter&apos;s subject line: &quot;Re: Smith &amp; Sons reunion, reference SMI-2027&quot;.</extracomment>
        <translation>Oggetto: %1</translation>
    </message>
    <message>
        <source>Re: %1, reference %2</source>
        <translation>Oggetto: %1, riferimento %2</translation>
    </message>
    <message>
        <source>Dear organizer,</source>
        <translation>Gentile organizzatore,</translation>
    </message>
    <message>
        <source>Dear %1 team,</source>
        <translation>Gentile team di %1,</translation>
    </message>
    <message>
        <source>Thank you again for choosing %1 for %2, arriving on %3 and departing on %4. As the dates draw closer, we would like to share where your room block stands and what lies ahead.</source>
        <translation>Vi ringraziamo ancora per aver scelto %1 per %2, con arrivo il %3 e partenza il %4. Con l&apos;avvicinarsi delle date, desideriamo informarVi sulla situazione del Vostro blocco di camere e sui prossimi passi.</translation>
    </message>
    <message>
        <source>Your reservations to date</source>
        <translation>Le Vostre prenotazioni a oggi</translation>
    </message>
    <message>
        <source>As of %1, your attendees have reserved %2 of the %3 room nights in the block (%4).</source>
        <translation>Al %1, i Vostri partecipanti hanno prenotato %2 delle %3 notti camera del blocco (%4).</translation>
    </message>
    <message>
        <source>Your attrition terms</source>
        <translation>Le Vostre condizioni di attrito</translation>
    </message>
    <message>
        <source>If reservations continue at their current pace, we expect about %1 room nights by arrival (%2 of the block).</source>
        <translation>Se le prenotazioni proseguono al ritmo attuale, prevediamo circa %1 notti camera entro l&apos;arrivo (il %2 del blocco).</translation>
    </message>
    <message>
        <source>At that pickup the group would owe %1 under the contract.</source>
        <translation>Con tale pickup il gruppo dovrebbe corrispondere %1 in base al contratto.</translation>
    </message>
    <message>
        <source>At that pickup the group would owe nothing under the contract.</source>
        <translation>Con tale pickup il gruppo non dovrebbe corrispondere nulla in base al contratto.</translation>
    </message>
    <message>
        <source>Were the block to close at today&apos;s %1 room nights, the group would owe %2.</source>
        <translation>Se il blocco si chiudesse con le %1 notti camera di oggi, il gruppo dovrebbe corrispondere %2.</translation>
    </message>
    <message>
        <source>At today&apos;s %1 room nights the group would owe nothing.</source>
        <translation>Con le %1 notti camera di oggi il gruppo non dovrebbe corrispondere nulla.</translation>
    </message>
    <message>
        <source>What this means for the group.</source>
        <translation>Che cosa significa per il gruppo.</translation>
    </message>
    <message>
        <source>Amounts include tax where the contract applies it.</source>
        <translation>Gli importi includono le imposte ove il contratto le applica.</translation>
    </message>
    <message>
        <source>Amounts include tax where the contract applies it and assume the food and beverage minimum is met.</source>
        <translation>Gli importi includono le imposte ove il contratto le applica e presuppongono il raggiungimento del minimo per food &amp; beverage.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
    <message>
        <source>Your next review date is %1: until then the block may be reduced by up to %2 of the original block.</source>
        <translation>La Vostra prossima data di revisione è il %1: fino ad allora il blocco può essere ridotto fino al %2 del blocco originale.</translation>
    </message>
    <message>
        <source>If you expect to need fewer rooms, please let us know by %1 which rooms to release: rooms released in time lower what the group could owe.</source>
        <translation>Se prevedete di aver bisogno di meno camere, Vi preghiamo di comunicarci entro il %1 quali camere rilasciare: le camere rilasciate in tempo riducono quanto il gruppo potrebbe dovere.</translation>
    </message>
    <message>
        <source>The cutoff date is %1: rooms of the block not reserved by then return to the hotel&apos;s general inventory.</source>
        <translation>La data di cut-off è il %1: le camere del blocco non prenotate entro tale data tornano nella disponibilità generale dell&apos;hotel.</translation>
    </message>
    <message>
        <source>Please encourage your attendees to book before the cutoff date, %1, and send us your rooming list by then.</source>
        <translation>Vi preghiamo di invitare i Vostri partecipanti a prenotare prima della data di cut-off, il %1, e di inviarci entro tale data la rooming list.</translation>
    </message>
    <message>
        <source>The cutoff date, %1, has passed: rooms not reserved by then have returned to the hotel&apos;s general inventory, and we will accommodate further guests as availability allows.</source>
        <translation>La data di cut-off, il %1, è trascorsa: le camere non prenotate entro tale data sono tornate nella disponibilità generale dell&apos;hotel e accoglieremo ulteriori ospiti compatibilmente con la disponibilità.</translation>
    </message>
    <message>
        <source>Please send us the names of any guests still to be added as soon as possible.</source>
        <translation>Vi preghiamo di inviarci al più presto i nomi degli eventuali ospiti ancora da aggiungere.</translation>
    </message>
    <message>
        <source>Please send us your rooming list at your earliest convenience.</source>
        <translation>Vi preghiamo di inviarci la rooming list non appena possibile.</translation>
    </message>
    <message>
        <source>Please confirm your arrival and departure dates and the number of rooms you expect by replying to this letter.</source>
        <translation>Vi preghiamo di confermare le date di arrivo e di partenza e il numero di camere previsto rispondendo a questa lettera.</translation>
    </message>
    <message>
        <source>We look forward to welcoming your group. If there is anything we can do to help your attendees book, or if you have any questions about these figures, please do not hesitate to contact me.</source>
        <translation>Saremo lieti di accogliere il Vostro gruppo. Se possiamo fare qualcosa per aiutare i Vostri partecipanti a prenotare, o se avete domande su questi dati, non esitate a contattarmi.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Cordiali saluti,</translation>
    </message>
    <message>
        <source>Group sales</source>
        <translation>Ufficio vendite gruppi</translation>
    </message>
    <message>
        <source>Rebooking credits applied</source>
        <translation>Crediti per nuova prenotazione applicati</translation>
    </message>
    <message>
        <source>Total owed %1, rebooking credits applied %2, deposits applied %3.</source>
        <translation>Totale dovuto %1, crediti per nuova prenotazione applicati %2, depositi applicati %3.</translation>
    </message>
    <message>
        <source>Damages assessed, collected and waived</source>
        <translation>Penali calcolate, incassate e condonate</translation>
    </message>
    <message>
        <source>No actualized or cancelled group among these contracts.</source>
        <translation>Nessun gruppo consuntivato o cancellato tra questi contratti.</translation>
    </message>
    <message>
        <source>Actualized groups</source>
        <translation>Gruppi consuntivati</translation>
    </message>
    <message>
        <source>Cancelled groups</source>
        <translation>Gruppi cancellati</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Calcolato</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Incassato</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Condonato</translation>
    </message>
    <message>
        <source>By month of arrival: the damages the engine assesses for the actualized groups and the fees of the cancelled ones, tax included, with the payments and waivers their settlements record.</source>
        <translation>Per mese di arrivo: le penali che il motore calcola per i gruppi consuntivati e le penali di cancellazione dei cancellati, tasse incluse, con i pagamenti e i condoni che le loro liquidazioni registrano.</translation>
    </message>
    <message>
        <source>A cancelled group owes its cancellation fee whatever its pickup: its line is flat, without a dot.</source>
        <translation>Un gruppo cancellato deve la sua penale di cancellazione qualunque sia il pickup: la sua linea è piatta, senza punto.</translation>
    </message>
</context>
<context>
    <name>ScenarioGridText</name>
    <message>
        <source>the grid is empty: expected a header row naming the columns</source>
        <translation>la tabella è vuota: attesa una riga di intestazione con i nomi delle colonne</translation>
    </message>
    <message>
        <source>the column %1 is given twice (first as column %2)</source>
        <translation>la colonna %1 compare due volte (prima come colonna %2)</translation>
    </message>
    <message>
        <source>expected a column named pickup:YYYY-MM-DD:ROOM-TYPE, found %1</source>
        <translation>attesa una colonna chiamata pickup:AAAA-MM-GG:TIPO-CAMERA, trovato %1</translation>
    </message>
    <message>
        <source>the contract&apos;s block holds no %1 rooms on %2</source>
        <translation>il blocco del contratto non ha camere %1 il %2</translation>
    </message>
    <message>
        <source>unknown column %1: expected name, pickup, pickup:YYYY-MM-DD:ROOM-TYPE, fb-spend or notice</source>
        <translation>colonna sconosciuta %1: attese name, pickup, pickup:AAAA-MM-GG:TIPO-CAMERA, fb-spend o notice</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>attesi %1 campi come nell&apos;intestazione, trovati %2</translation>
    </message>
    <message>
        <source>expected a percentage from 0 to 1000 such as 75 or 82.25, found %1</source>
        <translation>attesa una percentuale da 0 a 1000 come 75 o 82.25, trovato %1</translation>
    </message>
    <message>
        <source>expected a whole number of rooms from 0 to 1000000, found %1</source>
        <translation>atteso un numero intero di camere da 0 a 1000000, trovato %1</translation>
    </message>
    <message>
        <source>expected an amount in %1 of at least zero with at most %2 decimals, found %3</source>
        <translation>atteso un importo in %1 non negativo con al massimo %2 decimali, trovato %3</translation>
    </message>
    <message>
        <source>expected a date such as 2027-03-01, found %1</source>
        <translation>attesa una data come 2027-03-01, trovato %1</translation>
    </message>
    <message>
        <source>a row gives either pickup or pickup per night, not both (pickup is column %1)</source>
        <translation>una riga indica il pickup o il pickup per notte, non entrambi (pickup è la colonna %1)</translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <source>&quot;%1&quot; is not a database location: %2</source>
        <extracomment>%1 what was given as a database location, %2 why it is not one.</extracomment>
        <translation>&quot;%1&quot; non è una posizione di database: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>è vuota</translation>
    </message>
    <message>
        <source>give an SQLite file or a postgresql:// address</source>
        <translation>indicare un file SQLite o un indirizzo postgresql://</translation>
    </message>
    <message>
        <source>it holds a password; never write one on a command line or in a setting, let the server ask for it or keep it in ~/.pgpass</source>
        <translation>contiene una password; non scriverla mai su una riga di comando o in un&apos;impostazione, lasciare che la chieda il server o conservarla in ~/.pgpass</translation>
    </message>
    <message>
        <source>name the database after the server, as in postgresql://ana@db.example/sales</source>
        <translation>indicare il database dopo il server, come in postgresql://ana@db.example/sales</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot; (only schema=NAME may follow the database)</source>
        <translation>impostazione sconosciuta &quot;%1&quot; (dopo il database può seguire solo schema=NAME)</translation>
    </message>
    <message>
        <source>The schema migrations in %1 are unusable: %2</source>
        <extracomment>%1 a folder of database schema scripts, %2 what is wrong with them.</extracomment>
        <translation>Le migrazioni dello schema in %1 sono inutilizzabili: %2</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la cartella non esiste</translation>
    </message>
    <message>
        <source>the file name &quot;%1&quot; is not of the form NNN_name.sql</source>
        <translation>il nome del file &quot;%1&quot; non è nella forma NNN_name.sql</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>expected migration number %1 but found %2 (numbers must run 1, 2, 3... without gaps or repeats)</source>
        <translation>attesa la migrazione numero %1 ma trovata la %2 (i numeri devono seguire 1, 2, 3... senza salti né ripetizioni)</translation>
    </message>
    <message>
        <source>there are no migration files in it</source>
        <translation>non contiene file di migrazione</translation>
    </message>
    <message>
        <source>Could not open the contract database</source>
        <translation>Impossibile aprire il database dei contratti</translation>
    </message>
    <message>
        <source>Could not back up the contract database before upgrading it</source>
        <translation>Impossibile fare il backup del database dei contratti prima di aggiornarlo</translation>
    </message>
    <message>
        <source>Could not upgrade the contract database to schema version %1 (%2)</source>
        <translation>Impossibile aggiornare il database dei contratti alla versione di schema %1 (%2)</translation>
    </message>
    <message>
        <source>%1 The database was left at schema version %2.</source>
        <extracomment>%1 is a message saying why an upgrade failed.</extracomment>
        <translation>%1 Il database è rimasto alla versione di schema %2.</translation>
    </message>
    <message>
        <source>the file is a database of another program; it was left unchanged</source>
        <translation>il file è un database di un altro programma; è stato lasciato invariato</translation>
    </message>
    <message>
        <source>it was written by a newer version of Attrition Desk (schema version %1; this version reads up to %2). Install the newer version to open it; the database was left unchanged</source>
        <translation>è stato scritto da una versione più recente di Attrition Desk (versione di schema %1; questa versione legge fino alla %2). Installare la versione più recente per aprirlo; il database è stato lasciato invariato</translation>
    </message>
    <message>
        <source>the file is an SQLite database of another program (it holds no contract tables); it was left unchanged</source>
        <translation>il file è un database SQLite di un altro programma (non contiene tabelle di contratti); è stato lasciato invariato</translation>
    </message>
    <message>
        <source>the database (or schema) holds tables of another program; use an empty database or a schema of its own. Nothing was changed</source>
        <translation>il database (o lo schema) contiene tabelle di un altro programma; usare un database vuoto o uno schema dedicato. Non è stato modificato nulla</translation>
    </message>
    <message>
        <source>the file is an empty SQLite database, not a contract database; it was left unchanged</source>
        <translation>il file è un database SQLite vuoto, non un database dei contratti; è stato lasciato invariato</translation>
    </message>
    <message>
        <source>the database cannot be switched to write-ahead logging (journal mode &quot;%1&quot;); its folder may be read-only</source>
        <translation>impossibile attivare il write-ahead logging sul database (modalità journal &quot;%1&quot;); la sua cartella potrebbe essere di sola lettura</translation>
    </message>
    <message>
        <source>no database file is set</source>
        <translation>nessun file di database impostato</translation>
    </message>
    <message>
        <source>it is a folder, not a database file</source>
        <translation>è una cartella, non un file di database</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>impossibile leggere il file (%1)</translation>
    </message>
    <message>
        <source>the file is empty; it holds no contracts</source>
        <translation>il file è vuoto; non contiene contratti</translation>
    </message>
    <message>
        <source>the file is not a contract database (it is not an SQLite database: it may be damaged, or a different kind of file); it was left unchanged</source>
        <translation>il file non è un database dei contratti (non è un database SQLite: potrebbe essere danneggiato o essere un file di altro tipo); è stato lasciato invariato</translation>
    </message>
    <message>
        <source>the file is read-only; make it writable, or open a copy of it</source>
        <translation>il file è di sola lettura; renderlo scrivibile o aprirne una copia</translation>
    </message>
    <message>
        <source>its folder %1 is read-only, and the database needs to keep a journal beside the file</source>
        <translation>la sua cartella %1 è di sola lettura, e il database deve tenere un journal accanto al file</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>il file non esiste</translation>
    </message>
    <message>
        <source>its folder %1 cannot be created</source>
        <translation>impossibile creare la sua cartella %1</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt (QSQLITE) is not installed</source>
        <translation>il driver SQLite di Qt (QSQLITE) non è installato</translation>
    </message>
    <message>
        <source>no database name is set</source>
        <translation>nessun nome di database impostato</translation>
    </message>
    <message>
        <source>the connection options must not hold a password; it is asked for when connecting and never stored</source>
        <translation>le opzioni di connessione non devono contenere una password; viene richiesta alla connessione e mai salvata</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL) is not installed (package libqt6sql6-psql)</source>
        <translation>il driver PostgreSQL di Qt (QPSQL) non è installato (pacchetto libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>Could not connect to the contract database</source>
        <translation>Impossibile connettersi al database dei contratti</translation>
    </message>
    <message>
        <source>the schema &quot;%1&quot; does not exist</source>
        <translation>lo schema &quot;%1&quot; non esiste</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The last two names of a list of people (&quot;ana, ben and carl&quot;).</extracomment>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Names of a list of people before its last two (&quot;ana, ben and carl&quot;).</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; was not saved</source>
        <translation>Il contratto &quot;%1&quot; non è stato salvato</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; was not renamed</source>
        <translation>Il contratto &quot;%1&quot; non è stato rinominato</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; was not removed</source>
        <translation>Il contratto &quot;%1&quot; non è stato rimosso</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; was not updated with the pickup report</source>
        <translation>Il contratto &quot;%1&quot; non è stato aggiornato con il rapporto di pickup</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A change refused because someone else changed the contract first: %1 what was not done (as in &quot;Contract &quot;A-1&quot; was not saved&quot;), %2 who did what, as whole sentences.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no contract with id %1 is stored</source>
        <translation>nessun contratto salvato con id %1</translation>
    </message>
    <message>
        <source>a stored value of a pickup report cannot be read; the database may be damaged</source>
        <translation>impossibile leggere un valore salvato di un rapporto di pickup; il database potrebbe essere danneggiato</translation>
    </message>
    <message>
        <source>a stored value of a scenario cannot be read; the database may be damaged</source>
        <translation>impossibile leggere un valore salvato di uno scenario; il database potrebbe essere danneggiato</translation>
    </message>
    <message>
        <source>a stored value of an account cannot be read; the database may be damaged</source>
        <translation>impossibile leggere un valore salvato di un cliente; il database potrebbe essere danneggiato</translation>
    </message>
    <message>
        <source>Could not save contract &quot;%1&quot;</source>
        <translation>Impossibile salvare il contratto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>contract %1 has no reference</source>
        <translation>il contratto %1 non ha un riferimento</translation>
    </message>
    <message>
        <source>the reference &quot;%1&quot; is given twice</source>
        <translation>il riferimento &quot;%1&quot; compare due volte</translation>
    </message>
    <message>
        <source>a stored value of contract &quot;%1&quot; cannot be read; the database may be damaged</source>
        <translation>impossibile leggere un valore salvato del contratto &quot;%1&quot;; il database potrebbe essere danneggiato</translation>
    </message>
    <message>
        <source>a stored value of the contract with id %1 cannot be read; the database may be damaged</source>
        <translation>impossibile leggere un valore salvato del contratto con id %1; il database potrebbe essere danneggiato</translation>
    </message>
    <message>
        <source>a stored value of contract &quot;%1&quot; (column %2) cannot be read; the database may be damaged</source>
        <translation>impossibile leggere un valore salvato del contratto &quot;%1&quot; (colonna %2); il database potrebbe essere danneggiato</translation>
    </message>
    <message>
        <source>a stored value of table %1 cannot be read; the database may be damaged</source>
        <translation>impossibile leggere un valore salvato della tabella %1; il database potrebbe essere danneggiato</translation>
    </message>
    <message>
        <source>a stored value of contract &quot;%1&quot; (table %2) cannot be read; the database may be damaged</source>
        <translation>impossibile leggere un valore salvato del contratto &quot;%1&quot; (tabella %2); il database potrebbe essere danneggiato</translation>
    </message>
    <message>
        <source>a stored value of a contract cannot be read; the database may be damaged</source>
        <translation>impossibile leggere un valore salvato di un contratto; il database potrebbe essere danneggiato</translation>
    </message>
    <message>
        <source>%1 removed it at %2, after you opened it.</source>
        <translation>%1 lo ha rimosso il %2, dopo che lo hai aperto.</translation>
    </message>
    <message>
        <source>%1 renamed it to &quot;%2&quot; at %3. Open it under its new reference.</source>
        <translation>%1 lo ha rinominato in &quot;%2&quot; il %3. Aprirlo con il nuovo riferimento.</translation>
    </message>
    <message>
        <source>%1 saved it at %2 after you opened it (you have version %3; version %4 is stored now). Reload the contract to see their changes, then make yours again.</source>
        <translation>%1 lo ha salvato il %2 dopo che lo hai aperto (hai la versione %3; ora è salvata la versione %4). Ricaricare il contratto per vedere le sue modifiche, poi rifare le tue.</translation>
    </message>
    <message>
        <source>%1 saved it (last %2 at %3) after you opened it (you have version %4; version %5 is stored now). Reload the contract to see their changes, then make yours again.</source>
        <translation>%1 lo hanno salvato (l&apos;ultima volta %2, il %3) dopo che lo hai aperto (hai la versione %4; ora è salvata la versione %5). Ricaricare il contratto per vedere le loro modifiche, poi rifare le tue.</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; was not saved: a contract with this reference is already stored (last saved by %2 at %3). Choose another reference, or open the stored contract.</source>
        <translation>Il contratto &quot;%1&quot; non è stato salvato: un contratto con questo riferimento è già salvato (salvato l&apos;ultima volta da %2 il %3). Scegliere un altro riferimento o aprire il contratto salvato.</translation>
    </message>
    <message>
        <source>with id %1</source>
        <extracomment>Stands for the reference of a removed contract that is not known any more, in &quot;Contract &quot;%1&quot; was not saved&quot;.</extracomment>
        <translation>con id %1</translation>
    </message>
    <message>
        <source>the database is now at schema version %1 but was opened at version %2; a newer version of Attrition Desk has upgraded it. Install that version to keep working with it</source>
        <translation>il database è ora alla versione di schema %1 ma era stato aperto alla versione %2; una versione più recente di Attrition Desk lo ha aggiornato. Installare quella versione per continuare a usarlo</translation>
    </message>
    <message>
        <source>a stored value of account &quot;%1&quot; cannot be read; the database may be damaged</source>
        <translation>impossibile leggere un valore salvato del cliente &quot;%1&quot;; il database potrebbe essere danneggiato</translation>
    </message>
    <message>
        <source>the database did not return the new contract&apos;s id</source>
        <translation>il database non ha restituito l&apos;id del nuovo contratto</translation>
    </message>
    <message>
        <source>the database did not return the audit entry&apos;s id</source>
        <translation>il database non ha restituito l&apos;id della voce del registro di controllo</translation>
    </message>
    <message>
        <source>a contract with this reference is already stored</source>
        <translation>un contratto con questo riferimento è già salvato</translation>
    </message>
    <message>
        <source>no contract with reference &quot;%1&quot; is stored; save it as a new contract</source>
        <translation>nessun contratto salvato con riferimento &quot;%1&quot;; salvarlo come nuovo contratto</translation>
    </message>
    <message>
        <source>the contract changed while it was being saved</source>
        <translation>il contratto è cambiato durante il salvataggio</translation>
    </message>
    <message>
        <source>the database did not return the report&apos;s id</source>
        <translation>il database non ha restituito l&apos;id del rapporto</translation>
    </message>
    <message>
        <source>a stored value of the pickup report of %1 cannot be read; the database may be damaged</source>
        <translation>impossibile leggere un valore salvato del rapporto di pickup del %1; il database potrebbe essere danneggiato</translation>
    </message>
    <message>
        <source>A change needs the name of the person making it; none was given.</source>
        <translation>Una modifica richiede il nome di chi la effettua; non è stato indicato alcun nome.</translation>
    </message>
    <message>
        <source>Could not check the contract database</source>
        <translation>Impossibile verificare il database dei contratti</translation>
    </message>
    <message>
        <source>a row of table %1 refers to a missing row of table %2</source>
        <translation>una riga della tabella %1 fa riferimento a una riga mancante della tabella %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contracts have no valid version</source>
        <translation>
            <numerusform>%n contratto non ha una versione valida</numerusform>
            <numerusform>%n contratti non hanno una versione valida</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the contract list</source>
        <translation>Impossibile leggere l&apos;elenco dei contratti</translation>
    </message>
    <message>
        <source>Could not load the contract with id %1</source>
        <translation>Impossibile caricare il contratto con id %1</translation>
    </message>
    <message>
        <source>Could not load contract &quot;%1&quot;</source>
        <translation>Impossibile caricare il contratto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no contract with this reference is stored</source>
        <translation>nessun contratto salvato con questo riferimento</translation>
    </message>
    <message>
        <source>Could not read the contracts</source>
        <translation>Impossibile leggere i contratti</translation>
    </message>
    <message>
        <source>The contract was not saved: it needs a reference first.</source>
        <translation>Il contratto non è stato salvato: prima serve un riferimento.</translation>
    </message>
    <message>
        <source>the expected version must not be negative</source>
        <translation>la versione attesa non può essere negativa</translation>
    </message>
    <message>
        <source>The contract was not saved: it needs a reference.</source>
        <translation>Il contratto non è stato salvato: serve un riferimento.</translation>
    </message>
    <message>
        <source>a stored contract has a version of 1 or more</source>
        <translation>un contratto salvato ha una versione pari a 1 o superiore</translation>
    </message>
    <message numerus="yes">
        <source>Could not save %n new contracts</source>
        <translation>
            <numerusform>Impossibile salvare %n nuovo contratto</numerusform>
            <numerusform>Impossibile salvare %n nuovi contratti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 None of the %n contracts was saved.</source>
        <extracomment>%1 is a message saying why a contract could not be saved.</extracomment>
        <translation>
            <numerusform>%1 Il contratto non è stato salvato (0 su %n).</numerusform>
            <numerusform>%1 Nessuno dei %n contratti è stato salvato.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not import %n contracts</source>
        <translation>
            <numerusform>Impossibile importare %n contratto</numerusform>
            <numerusform>Impossibile importare %n contratti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 None of the %n contracts was imported.</source>
        <extracomment>%1 is a message saying why a contract could not be imported.</extracomment>
        <translation>
            <numerusform>%1 Il contratto non è stato importato (0 su %n).</numerusform>
            <numerusform>%1 Nessuno dei %n contratti è stato importato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not rename the contract to &quot;%1&quot;</source>
        <translation>Impossibile rinominare il contratto in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The contract was not renamed: the new reference is empty.</source>
        <translation>Il contratto non è stato rinominato: il nuovo riferimento è vuoto.</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; was not renamed: a contract with the reference &quot;%2&quot; is already stored.</source>
        <translation>Il contratto &quot;%1&quot; non è stato rinominato: un contratto con il riferimento &quot;%2&quot; è già salvato.</translation>
    </message>
    <message>
        <source>the contract changed while it was being renamed; reload it</source>
        <translation>il contratto è cambiato durante la ridenominazione; ricaricarlo</translation>
    </message>
    <message>
        <source>Could not remove the contract with id %1</source>
        <translation>Impossibile rimuovere il contratto con id %1</translation>
    </message>
    <message>
        <source>Could not remove contract &quot;%1&quot;</source>
        <translation>Impossibile rimuovere il contratto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the contract changed while it was being removed; reload it</source>
        <translation>il contratto è cambiato durante la rimozione; ricaricarlo</translation>
    </message>
    <message>
        <source>Could not record the pickup report of %1</source>
        <translation>Impossibile registrare il rapporto di pickup del %1</translation>
    </message>
    <message>
        <source>Could not import the pickup report of %1</source>
        <translation>Impossibile importare il rapporto di pickup del %1</translation>
    </message>
    <message>
        <source>Could not remove the pickup report of %1</source>
        <translation>Impossibile rimuovere il rapporto di pickup del %1</translation>
    </message>
    <message>
        <source>the contract has no pickup report of that date</source>
        <translation>il contratto non ha un rapporto di pickup di quella data</translation>
    </message>
    <message>
        <source>Could not read the pickup reports</source>
        <translation>Impossibile leggere i rapporti di pickup</translation>
    </message>
    <message>
        <source>Could not save the scenario &quot;%1&quot;</source>
        <translation>Impossibile salvare lo scenario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The scenario was not saved: it needs a name.</source>
        <translation>Lo scenario non è stato salvato: serve un nome.</translation>
    </message>
    <message>
        <source>the database did not return the scenario&apos;s id</source>
        <translation>il database non ha restituito l&apos;id dello scenario</translation>
    </message>
    <message>
        <source>Could not remove the scenario &quot;%1&quot;</source>
        <translation>Impossibile rimuovere lo scenario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the contract has no scenario of that name</source>
        <translation>il contratto non ha uno scenario con quel nome</translation>
    </message>
    <message>
        <source>Could not read the scenarios</source>
        <translation>Impossibile leggere gli scenari</translation>
    </message>
    <message>
        <source>Could not read the accounts</source>
        <translation>Impossibile leggere i clienti</translation>
    </message>
    <message>
        <source>Could not read the sales managers</source>
        <translation>Impossibile leggere i responsabili commerciali</translation>
    </message>
    <message>
        <source>a stored value of a sales manager&apos;s name cannot be read; the database may be damaged</source>
        <translation>impossibile leggere un valore salvato del nome di un responsabile commerciale; il database potrebbe essere danneggiato</translation>
    </message>
    <message>
        <source>Could not read the history of account &quot;%1&quot;</source>
        <translation>Impossibile leggere la cronologia del cliente &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no account of that name is stored</source>
        <translation>nessun cliente salvato con quel nome</translation>
    </message>
    <message>
        <source>Could not read the audit trail</source>
        <translation>Impossibile leggere il registro di controllo</translation>
    </message>
    <message>
        <source>a stored value of an audit entry cannot be read; the database may be damaged</source>
        <translation>impossibile leggere un valore salvato di una voce del registro di controllo; il database potrebbe essere danneggiato</translation>
    </message>
    <message>
        <source>%1 in %2: %3.</source>
        <extracomment>A problem with a database: %1 what could not be done, %2 the database, %3 why.</extracomment>
        <translation>%1 in %2: %3.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>A request refused before the database was asked: %1 what could not be done, %2 why.</extracomment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>another program is using the database and did not let go of it within %1 s; close the other program or try again in a moment</source>
        <translation>un altro programma sta usando il database e non lo ha rilasciato entro %1 s; chiudere l&apos;altro programma o riprovare tra poco</translation>
    </message>
    <message>
        <source>the database cannot be written: the file or its folder is read-only, or it is on a read-only disk</source>
        <translation>impossibile scrivere il database: il file o la sua cartella è di sola lettura, oppure si trova su un disco di sola lettura</translation>
    </message>
    <message>
        <source>the system does not allow this program to write the database</source>
        <translation>il sistema non consente a questo programma di scrivere il database</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from a backup</source>
        <translation>il file del database è danneggiato; ripristinarlo da un backup</translation>
    </message>
    <message>
        <source>the file is not a database (it may be damaged or of another kind)</source>
        <translation>il file non è un database (potrebbe essere danneggiato o di altro tipo)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>il disco ha segnalato un errore di input/output</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>impossibile aprire il file del database</translation>
    </message>
    <message>
        <source>the change breaks a rule of the database</source>
        <translation>la modifica viola una regola del database</translation>
    </message>
    <message>
        <source>the database reported an error</source>
        <translation>il database ha segnalato un errore</translation>
    </message>
    <message>
        <source>the server refused the login; check the user name and password</source>
        <translation>il server ha rifiutato l&apos;accesso; controllare nome utente e password</translation>
    </message>
    <message>
        <source>the database does not exist on the server</source>
        <translation>il database non esiste sul server</translation>
    </message>
    <message>
        <source>the connection to the server failed; check the server address and that it is running</source>
        <translation>la connessione al server non è riuscita; controllare l&apos;indirizzo del server e che sia in esecuzione</translation>
    </message>
    <message>
        <source>another session held the data and did not let go of it within %1 s; try again in a moment</source>
        <translation>un&apos;altra sessione teneva bloccati i dati e non li ha rilasciati entro %1 s; riprovare tra poco</translation>
    </message>
    <message>
        <source>the server stopped this change because of another one made at the same time; try again</source>
        <translation>il server ha interrotto questa modifica a causa di un&apos;altra fatta nello stesso momento; riprovare</translation>
    </message>
    <message>
        <source>the server accepts no changes (it is read-only)</source>
        <translation>il server non accetta modifiche (è di sola lettura)</translation>
    </message>
    <message>
        <source>this database user is not allowed to make the change</source>
        <translation>questo utente del database non è autorizzato a fare la modifica</translation>
    </message>
    <message>
        <source>the server is out of disk space or memory</source>
        <translation>il server ha esaurito lo spazio su disco o la memoria</translation>
    </message>
    <message>
        <source>the server reports damaged data</source>
        <translation>il server segnala dati danneggiati</translation>
    </message>
    <message>
        <source>the database lacks a table or column of contract storage</source>
        <translation>al database manca una tabella o una colonna dell&apos;archivio dei contratti</translation>
    </message>
    <message>
        <source>the server reported an error</source>
        <translation>il server ha segnalato un errore</translation>
    </message>
    <message>
        <source>%1 in %2: %3. (%4)</source>
        <extracomment>An error the database reported: %1 what could not be done, %2 the database, %3 why, %4 the database&apos;s own words.</extracomment>
        <translation>%1 in %2: %3. (%4)</translation>
    </message>
    <message>
        <source>the contracts are being read one by one on this connection; make changes after that reading has finished</source>
        <translation>su questa connessione è in corso la lettura dei contratti uno per uno; apportare le modifiche al termine della lettura</translation>
    </message>
    <message>
        <source>Could not roll back</source>
        <translation>Impossibile annullare la transazione</translation>
    </message>
    <message numerus="yes">
        <source>Could not record %n pickup reports</source>
        <translation>
            <numerusform>Impossibile registrare %n report di pickup</numerusform>
            <numerusform>Impossibile registrare %n report di pickup</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; was not archived</source>
        <translation>Il contratto «%1» non è stato archiviato</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; was not taken out of the archive</source>
        <translation>Il contratto «%1» non è stato tolto dall&apos;archivio</translation>
    </message>
    <message>
        <source>Could not rename the scenario &quot;%1&quot;</source>
        <translation>Impossibile rinominare lo scenario «%1»</translation>
    </message>
    <message>
        <source>the contract has another scenario of that name</source>
        <translation>il contratto ha un altro scenario con quel nome</translation>
    </message>
    <message>
        <source>Could not restore contract &quot;%1&quot;</source>
        <translation>Impossibile ripristinare il contratto «%1»</translation>
    </message>
    <message>
        <source>The contract was not restored: it has no reference.</source>
        <translation>Il contratto non è stato ripristinato: non ha un riferimento.</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; was not restored: another contract has been stored under its reference since it was removed (last saved by %2 at %3).</source>
        <translation>Il contratto «%1» non è stato ripristinato: dopo la sua eliminazione è stato salvato un altro contratto con il suo riferimento (salvato l&apos;ultima volta da %2 il %3).</translation>
    </message>
    <message>
        <source>Could not archive the contract with id %1</source>
        <translation>Impossibile archiviare il contratto con id %1</translation>
    </message>
    <message>
        <source>Could not unarchive the contract with id %1</source>
        <translation>Impossibile togliere dall&apos;archivio il contratto con id %1</translation>
    </message>
    <message>
        <source>Could not archive contract &quot;%1&quot;</source>
        <translation>Impossibile archiviare il contratto «%1»</translation>
    </message>
    <message>
        <source>Could not unarchive contract &quot;%1&quot;</source>
        <translation>Impossibile togliere dall&apos;archivio il contratto «%1»</translation>
    </message>
    <message>
        <source>the contract changed while it was being archived; reload it</source>
        <translation>il contratto è cambiato durante l&apos;archiviazione; ricaricarlo</translation>
    </message>
    <message>
        <source>the night of %1 is given twice: each night is entered once</source>
        <translation>la notte del %1 compare due volte: ogni notte si inserisce una sola volta</translation>
    </message>
    <message>
        <source>the capacity of %1 rooms for the night of %2 is negative</source>
        <translation>la capacità di %1 camere per la notte del %2 è negativa</translation>
    </message>
    <message>
        <source>the transient demand of %1 rooms for the night of %2 is negative</source>
        <translation>la domanda transient di %1 camere per la notte del %2 è negativa</translation>
    </message>
    <message>
        <source>the net ADR %1 for the night of %2 has no currency</source>
        <translation>l&apos;ADR netto %1 per la notte del %2 non ha valuta</translation>
    </message>
    <message>
        <source>the amount %1 for the night of %2 is negative</source>
        <translation>l&apos;importo %1 per la notte del %2 è negativo</translation>
    </message>
    <message>
        <source>the amount %1 for the night of %2 is not in %3, the currency of the other nights: an outlook is in one currency</source>
        <extracomment>%1 an amount with its currency, %2 a night, %3 the currency of the first night&apos;s net ADR.</extracomment>
        <translation>l&apos;importo %1 per la notte del %2 non è in %3, la valuta delle altre notti: le previsioni sono in un&apos;unica valuta</translation>
    </message>
    <message>
        <source>Could not read the outlook of &quot;%1&quot;</source>
        <translation>Impossibile leggere le previsioni di &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a stored value of the outlook of &quot;%1&quot; cannot be read; the database may be damaged</source>
        <translation>impossibile leggere un valore salvato delle previsioni di &quot;%1&quot;; il database potrebbe essere danneggiato</translation>
    </message>
    <message>
        <source>Could not save the outlook of &quot;%1&quot;</source>
        <translation>Impossibile salvare le previsioni di &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The outlook was not saved: it needs the name of its hotel.</source>
        <translation>Le previsioni non sono state salvate: serve il nome del loro hotel.</translation>
    </message>
    <message>
        <source>The outlook of &quot;%1&quot; was not saved: %2</source>
        <extracomment>%1 a hotel, %2 what is wrong with one of the nights given.</extracomment>
        <translation>Le previsioni di &quot;%1&quot; non sono state salvate: %2</translation>
    </message>
    <message>
        <source>Could not read the hotels with an outlook</source>
        <translation>Impossibile leggere gli hotel con previsioni</translation>
    </message>
    <message>
        <source>a stored value of a hotel&apos;s name cannot be read; the database may be damaged</source>
        <translation>impossibile leggere un valore salvato del nome di un hotel; il database potrebbe essere danneggiato</translation>
    </message>
    <message>
        <source>the settlement of %1 grants a credit on %2, a contract of another account (%2: &quot;%4&quot;, %1: &quot;%3&quot;): a credit goes only to a contract of the same account</source>
        <extracomment>%1 and %2 are contract references, %3 and %4 account names.</extracomment>
        <translation>il regolamento di %1 concede un credito su %2, un contratto di un altro cliente (%2: &quot;%4&quot;, %1: &quot;%3&quot;): un credito va solo a un contratto dello stesso cliente</translation>
    </message>
    <message>
        <source>a stored contract id cannot be read; the database may be damaged</source>
        <translation>impossibile leggere un id di contratto salvato; il database potrebbe essere danneggiato</translation>
    </message>
    <message>
        <source>Could not read the rebooking credits granted to contract &quot;%1&quot;</source>
        <translation>Impossibile leggere i crediti per nuova prenotazione concessi al contratto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a stored rebooking credit cannot be read; the database may be damaged</source>
        <translation>impossibile leggere un credito per nuova prenotazione salvato; il database potrebbe essere danneggiato</translation>
    </message>
    <message>
        <source>the import was given up</source>
        <translation>l&apos;importazione è stata abbandonata</translation>
    </message>
    <message>
        <source>a stored night of the outlook cannot be read; the database may be damaged</source>
        <translation>una notte salvata delle previsioni non può essere letta; il database potrebbe essere danneggiato</translation>
    </message>
    <message>
        <source>The outlook of &quot;%1&quot; was not saved: its nights are in %2, and the outlook stored for the hotel is in %3 (the night of %4 among others). An outlook is in one currency: give the nights in %3.</source>
        <extracomment>%1 a hotel, %2 and %3 currency codes, %4 a night.</extracomment>
        <translation>Le previsioni di &quot;%1&quot; non sono state salvate: le loro notti sono in %2, e le previsioni salvate per l&apos;hotel sono in %3 (la notte del %4, tra le altre). Le previsioni sono in una sola valuta: indicate le notti in %3.</translation>
    </message>
    <message>
        <source>the pickup report of %1 of contract %2 keeps %3 rooms in all, but its entries add up to %4</source>
        <translation>il rapporto di pickup del %1 del contratto %2 conserva %3 camere in tutto, ma le sue voci sommano %4</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>%1
rooms</source>
        <translation>%1
camere</translation>
    </message>
    <message>
        <source>%1 rooms held for the group on the night</source>
        <translation>Camere %1 riservate al gruppo quella notte</translation>
    </message>
    <message>
        <source>%1
rate</source>
        <translation>%1
tariffa</translation>
    </message>
    <message>
        <source>The group rate of a %1 room on the night</source>
        <translation>La tariffa di gruppo di una camera %1 quella notte</translation>
    </message>
    <message>
        <source>block entry</source>
        <translation>voce del blocco</translation>
    </message>
    <message>
        <source>%1
picked up</source>
        <translation>%1
prenotate</translation>
    </message>
    <message>
        <source>%1 rooms the group reserved or occupied on the night</source>
        <translation>Camere %1 che il gruppo ha prenotato o occupato quella notte</translation>
    </message>
    <message>
        <source>Outside
block</source>
        <translation>Fuori
blocco</translation>
    </message>
    <message>
        <source>Attendees an audit found staying outside the block</source>
        <translation>Partecipanti che una verifica ha trovato alloggiati fuori blocco</translation>
    </message>
    <message>
        <source>Billed
no-shows</source>
        <translation>No-show
fatturati</translation>
    </message>
    <message>
        <source>No-shows the hotel billed</source>
        <translation>No-show fatturati dall&apos;hotel</translation>
    </message>
    <message>
        <source>Walked</source>
        <translation>Riprotetti</translation>
    </message>
    <message>
        <source>Guests the hotel walked to another hotel</source>
        <translation>Ospiti che l&apos;hotel ha riprotetto in un altro hotel</translation>
    </message>
    <message>
        <source>Hotel
occupancy</source>
        <translation>Occupazione
hotel</translation>
    </message>
    <message>
        <source>The hotel&apos;s occupancy on the night (for resale credited only when sold out)</source>
        <translation>L&apos;occupazione dell&apos;hotel quella notte (per la rivendita accreditata solo a hotel pieno)</translation>
    </message>
    <message>
        <source>pickup entry</source>
        <translation>voce di pickup</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Notte</translation>
    </message>
    <message>
        <source>Room nights resold</source>
        <translation>Notti camera rivendute</translation>
    </message>
    <message>
        <source>Resale rate</source>
        <translation>Tariffa di rivendita</translation>
    </message>
    <message>
        <source>The rate the hotel received for each resold room night</source>
        <translation>La tariffa che l&apos;hotel ha ottenuto per ogni notte camera rivenduta</translation>
    </message>
    <message>
        <source>resale entry</source>
        <translation>voce di rivendita</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Data di revisione</translation>
    </message>
    <message>
        <source>By this date the group may reduce the block</source>
        <translation>Entro questa data il gruppo può ridurre il blocco</translation>
    </message>
    <message>
        <source>Largest reduction</source>
        <translation>Riduzione massima</translation>
    </message>
    <message>
        <source>The largest share of the original block the group may release by the date</source>
        <translation>La quota massima del blocco originale che il gruppo può rilasciare entro la data</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>data di revisione</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Richiesta il</translation>
    </message>
    <message>
        <source>The date the group asked for the reduction; entries of one date form one request</source>
        <translation>La data in cui il gruppo ha chiesto la riduzione; le voci di una stessa data formano una richiesta</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Tipo di camera</translation>
    </message>
    <message>
        <source>Block becomes</source>
        <translation>Il blocco diventa</translation>
    </message>
    <message>
        <source>The rooms the block holds on the night after the reduction</source>
        <translation>Le camere che il blocco mantiene quella notte dopo la riduzione</translation>
    </message>
    <message>
        <source>reduction</source>
        <translation>riduzione</translation>
    </message>
    <message>
        <source>From days</source>
        <translation>Da giorni</translation>
    </message>
    <message>
        <source>Notice received this many days before arrival or more</source>
        <translation>Comunicazione ricevuta almeno questo numero di giorni prima dell&apos;arrivo</translation>
    </message>
    <message>
        <source>To days</source>
        <translation>A giorni</translation>
    </message>
    <message>
        <source>Up to this many days before arrival; empty: and more</source>
        <translation>Fino a questo numero di giorni prima dell&apos;arrivo; vuoto: e oltre</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Penale</translation>
    </message>
    <message>
        <source>The share of the basis owed</source>
        <translation>La quota della base dovuta</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Camere</translation>
    </message>
    <message>
        <source>The share of anticipated room revenue owed</source>
        <translation>La quota dei ricavi camere previsti dovuta</translation>
    </message>
    <message>
        <source>F&amp;B</source>
        <translation>F&amp;B</translation>
    </message>
    <message>
        <source>The share of the F&amp;B minimum owed</source>
        <translation>La quota del minimo F&amp;B dovuta</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Sala meeting</translation>
    </message>
    <message>
        <source>The share of the meeting room rental owed</source>
        <translation>La quota del noleggio della sala meeting dovuta</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>scaglione</translation>
    </message>
    <message>
        <source>Pickup from</source>
        <translation>Pickup da</translation>
    </message>
    <message>
        <source>The band applies from this share of the block picked up</source>
        <translation>La fascia si applica da questa quota del blocco prenotata</translation>
    </message>
    <message>
        <source>Rental charged</source>
        <translation>Noleggio addebitato</translation>
    </message>
    <message>
        <source>The share of the rental charged in the band</source>
        <translation>La quota del noleggio addebitata nella fascia</translation>
    </message>
    <message>
        <source>band</source>
        <translation>fascia</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>deposito</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NUOVO</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nuovo gruppo</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>pagamento</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>Rooms</source>
        <translation>Camere</translation>
    </message>
    <message>
        <source>Food &amp; beverage</source>
        <translation>Food &amp; beverage</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Sala meeting</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancellazione</translation>
    </message>
    <message>
        <source>Comp rooms</source>
        <translation>Camere gratuite</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposta</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Depositi</translation>
    </message>
    <message>
        <source>pickup %1 of the block on every night</source>
        <translation>pickup del %1 del blocco ogni notte</translation>
    </message>
    <message>
        <source>pickup as given</source>
        <translation>pickup come indicato</translation>
    </message>
    <message>
        <source>F&amp;B spend %1</source>
        <translation>spesa F&amp;B %1</translation>
    </message>
    <message>
        <source>resale as given</source>
        <translation>rivendita come indicata</translation>
    </message>
    <message>
        <source>cancellation notice received %1</source>
        <translation>comunicazione di cancellazione ricevuta il %1</translation>
    </message>
    <message>
        <source>as if the group had not cancelled</source>
        <translation>come se il gruppo non avesse cancellato</translation>
    </message>
    <message>
        <source>prospect</source>
        <translation>potenziale</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>opzionato</translation>
    </message>
    <message>
        <source>definite</source>
        <translation>confermato</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancellato</translation>
    </message>
    <message>
        <source>actualized</source>
        <translation>consuntivato</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contratto</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Soggiorno</translation>
    </message>
    <message>
        <source>%1 to %2, 1 night</source>
        <translation>dal %1 al %2, 1 notte</translation>
    </message>
    <message>
        <source>%1 to %2, %3 nights</source>
        <translation>dal %1 al %2, %3 notti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Valutato</translation>
    </message>
    <message>
        <source>under the cancellation clause</source>
        <translation>secondo la clausola di cancellazione</translation>
    </message>
    <message>
        <source>under the attrition, F&amp;B and meeting room clauses</source>
        <translation>secondo le clausole di attrito, F&amp;B e sala meeting</translation>
    </message>
    <message>
        <source>%1 contracted</source>
        <translation>%1 contrattate</translation>
    </message>
    <message>
        <source>, %1 after reductions</source>
        <translation>, %1 dopo le riduzioni</translation>
    </message>
    <message>
        <source>, %1 picked up, %2 counted (%3)</source>
        <translation>, %1 prenotate, %2 conteggiate (%3)</translation>
    </message>
    <message>
        <source>, %1 comp earned</source>
        <translation>, %1 gratuite maturate</translation>
    </message>
    <message>
        <source>Room nights</source>
        <translation>Notti camera</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotale</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>Totale dovuto</translation>
    </message>
    <message>
        <source>Deposits applied</source>
        <translation>Depositi applicati</translation>
    </message>
    <message>
        <source>Net due</source>
        <translation>Netto dovuto</translation>
    </message>
    <message>
        <source>Deposit balance</source>
        <translation>Saldo dei depositi</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avvertenze</translation>
    </message>
    <message>
        <source>Totals (%1)</source>
        <translation>Totali (%1)</translation>
    </message>
    <message>
        <source>pickup</source>
        <translation>pickup</translation>
    </message>
    <message>
        <source>room damages</source>
        <translation>penale camere</translation>
    </message>
    <message>
        <source>meeting room</source>
        <translation>sala meeting</translation>
    </message>
    <message>
        <source>total owed</source>
        <translation>totale dovuto</translation>
    </message>
    <message>
        <source>Damages by pickup for %1, amounts in %2</source>
        <translation>Penale in funzione del pickup per %1, importi in %2</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>comunicazione</translation>
    </message>
    <message>
        <source>days before arrival</source>
        <translation>giorni prima dell&apos;arrivo</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>penale</translation>
    </message>
    <message>
        <source>Cancellation fee by notice date for %1, amounts in %2</source>
        <translation>Penale di cancellazione secondo la data di comunicazione per %1, importi in %2</translation>
    </message>
    <message>
        <source>F&amp;B spend</source>
        <translation>spesa F&amp;B</translation>
    </message>
    <message>
        <source>damages</source>
        <translation>penale</translation>
    </message>
    <message>
        <source>F&amp;B damages by actual spend for %1, amounts in %2</source>
        <translation>Penale F&amp;B in funzione della spesa effettiva per %1, importi in %2</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perso</translation>
    </message>
    <message>
        <source>Rebooking credits applied</source>
        <translation>Crediti per nuova prenotazione applicati</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Enter an amount</source>
        <translation>Inserire un importo</translation>
    </message>
    <message>
        <source>%1 is not an amount: write it like %2</source>
        <translation>%1 non è un importo: scriverlo come %2</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals</source>
        <translation>Gli importi in %1 non hanno decimali</translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts have at most %n decimal(s)</source>
        <translation>
            <numerusform>Gli importi in %1 hanno al massimo %n decimale</numerusform>
            <numerusform>Gli importi in %1 hanno al massimo %n decimali</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 è troppo grande</translation>
    </message>
    <message>
        <source>Enter a percentage</source>
        <translation>Inserire una percentuale</translation>
    </message>
    <message numerus="yes">
        <source>A percentage has at most %n decimal(s)</source>
        <translation>
            <numerusform>Una percentuale ha al massimo %n decimale</numerusform>
            <numerusform>Una percentuale ha al massimo %n decimali</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a percentage: write it like %2</source>
        <translation>%1 non è una percentuale: scriverla come %2</translation>
    </message>
    <message>
        <source>Enter a number</source>
        <translation>Inserire un numero</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 non è un numero intero</translation>
    </message>
    <message>
        <source>Enter a date</source>
        <translation>Inserire una data</translation>
    </message>
    <message>
        <source>%1 is not a valid date: write it like %2</source>
        <translation>%1 non è una data valida: scriverla come %2</translation>
    </message>
    <message>
        <source>Enter a number of rooms</source>
        <translation>Inserire un numero di camere</translation>
    </message>
    <message>
        <source>Rooms have at most six decimals</source>
        <translation>Le camere hanno al massimo sei decimali</translation>
    </message>
    <message>
        <source>%1 is not a number of rooms: write it like %2</source>
        <translation>%1 non è un numero di camere: scriverlo come %2</translation>
    </message>
</context>
<context>
    <name>attrition::ui</name>
    <message>
        <source>%1 must be from %2 to %3.</source>
        <translation>%1 deve essere compreso tra %2 e %3.</translation>
    </message>
    <message>
        <source>%1 must be above 0 and at most %2.</source>
        <translation>%1 deve essere maggiore di 0 e al massimo %2.</translation>
    </message>
</context>
<context>
    <name>attrition::ui::AccountsModel</name>
    <message>
        <source>(no account)</source>
        <translation>(nessun cliente)</translation>
    </message>
    <message>
        <source>%1 ± %2 days</source>
        <translation>%1 ± %2 giorni</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 su %3)</translation>
    </message>
    <message>
        <source>Rebooking overdue</source>
        <translation>Nuova prenotazione in ritardo</translation>
    </message>
    <message>
        <source>Pickup falling</source>
        <translation>Pickup in calo</translation>
    </message>
    <message>
        <source>Not at risk of not coming back.</source>
        <translation>Non a rischio di non tornare.</translation>
    </message>
    <message numerus="yes">
        <source>%1 arrived %n days ago</source>
        <translation>
            <numerusform>%1 arrivato %n giorno fa</numerusform>
            <numerusform>%1 arrivato %n giorni fa</numerusform>
        </translation>
    </message>
    <message>
        <source>No stay yet.</source>
        <translation>Ancora nessun soggiorno.</translation>
    </message>
    <message numerus="yes">
        <source>%1 arrives in %n days</source>
        <translation>
            <numerusform>%1 arriva tra %n giorno</numerusform>
            <numerusform>%1 arriva tra %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>No stay booked.</source>
        <translation>Nessun soggiorno prenotato.</translation>
    </message>
    <message numerus="yes">
        <source>Rebooks every %1 days usually (the median of %n intervals), spread %2 days; from %3 to %4 days.</source>
        <translation>
            <numerusform>Prenota di nuovo di solito ogni %1 giorni (la mediana di %n intervallo), scarto %2 giorni; da %3 a %4 giorni.</numerusform>
            <numerusform>Prenota di nuovo di solito ogni %1 giorni (la mediana di %n intervalli), scarto %2 giorni; da %3 a %4 giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>No cycle yet (fewer than 2 events).</source>
        <translation>Ancora nessun ciclo (meno di 2 eventi).</translation>
    </message>
    <message>
        <source>Final pickup of the actualized events: %1 of %2 room nights blocked.</source>
        <translation>Pickup finale degli eventi consuntivati: %1 su %2 notti camera bloccate.</translation>
    </message>
    <message>
        <source>The pickup of the last events with a final pickup, oldest first.</source>
        <translation>Il pickup degli ultimi eventi con un pickup finale, dal più vecchio.</translation>
    </message>
    <message>
        <source>Not recorded for a currency without the figure.</source>
        <translation>Non registrato per una valuta senza il dato.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratti</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Incassato</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Condonato</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancellati</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Persi</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>A rischio</translation>
    </message>
    <message>
        <source>The usual rebooking cycle: the median of the days between the arrivals of the account&apos;s events, ± the median distance from it.</source>
        <translation>Il ciclo consueto di nuova prenotazione: la mediana dei giorni tra gli arrivi degli eventi del cliente, ± la distanza mediana da essa.</translation>
    </message>
    <message>
        <source>Room nights picked up of those blocked, over the actualized events (their final pickup).</source>
        <translation>Notti camera prenotate rispetto a quelle bloccate, sugli eventi consuntivati (il loro pickup finale).</translation>
    </message>
    <message>
        <source>The damages the engine assesses for the actualized and cancelled contracts, per currency: amounts in different currencies are never added.</source>
        <translation>Le penali che il motore calcola per i contratti consuntivati e cancellati, per valuta: gli importi in valute diverse non vengono mai sommati.</translation>
    </message>
    <message>
        <source>What was collected or waived of the damages assessed, per currency, as the contracts&apos; settlements record it.</source>
        <translation>Quanto è stato incassato o condonato delle penali calcolate, per valuta, come lo registrano i regolamenti dei contratti.</translation>
    </message>
    <message>
        <source>Contracts cancelled, or with a cancellation notice.</source>
        <translation>Contratti cancellati o con una comunicazione di cancellazione.</translation>
    </message>
    <message>
        <source>Why the account may not come back: its usual rebooking cycle has passed without a new contract, or its pickup fell for two events in a row.</source>
        <translation>Perché il cliente potrebbe non tornare: il suo ciclo consueto di nuova prenotazione è trascorso senza un nuovo contratto, oppure il suo pickup è sceso per due eventi di fila.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n contracts (by arrival year: %2); cancelled %3, lost %4.</source>
        <translation>
            <numerusform>%1: %n contratto (per anno di arrivo: %2); cancellati %3, persi %4.</numerusform>
            <numerusform>%1: %n contratti (per anno di arrivo: %2); cancellati %3, persi %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Final pickup: %1 of %2 room nights blocked (%3) over %n actualized events.</source>
        <translation>
            <numerusform>Pickup finale: %1 su %2 notti camera bloccate (%3) su %n evento consuntivato.</numerusform>
            <numerusform>Pickup finale: %1 su %2 notti camera bloccate (%3) su %n eventi consuntivati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Final pickup: no actualized event.</source>
        <translation>Pickup finale: nessun evento consuntivato.</translation>
    </message>
    <message numerus="yes">
        <source>On the books: %1 of %2 room nights blocked (%3) over %n events to come.</source>
        <translation>
            <numerusform>A libro: %1 su %2 notti camera bloccate (%3) su %n evento futuro.</numerusform>
            <numerusform>A libro: %1 su %2 notti camera bloccate (%3) su %n eventi futuri.</numerusform>
        </translation>
    </message>
    <message>
        <source>On the books: no event to come.</source>
        <translation>A libro: nessun evento futuro.</translation>
    </message>
    <message numerus="yes">
        <source>Last stay: %1 on %2, %n days ago.</source>
        <translation>
            <numerusform>Ultimo soggiorno: %1 il %2, %n giorno fa.</numerusform>
            <numerusform>Ultimo soggiorno: %1 il %2, %n giorni fa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last stay: none.</source>
        <translation>Ultimo soggiorno: nessuno.</translation>
    </message>
    <message numerus="yes">
        <source>Next stay: %1 on %2, in %n days.</source>
        <translation>
            <numerusform>Prossimo soggiorno: %1 il %2, tra %n giorno.</numerusform>
            <numerusform>Prossimo soggiorno: %1 il %2, tra %n giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next stay: none booked.</source>
        <translation>Prossimo soggiorno: nessuno prenotato.</translation>
    </message>
    <message>
        <source>Rebooking: every %1 days usually (the median of the intervals %2), spread %3 days (the median distance from it), from %4 to %5 days.</source>
        <translation>Nuova prenotazione: di solito ogni %1 giorni (la mediana degli intervalli %2), scarto %3 giorni (la distanza mediana da essa), da %4 a %5 giorni.</translation>
    </message>
    <message>
        <source>Rebooking: no cycle yet (fewer than 2 events).</source>
        <translation>Nuova prenotazione: ancora nessun ciclo (meno di 2 eventi).</translation>
    </message>
    <message>
        <source>Pickup trend (final pickups, oldest first): %1.</source>
        <translation>Tendenza del pickup (pickup finali, dal più vecchio): %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Damages assessed: none.</source>
        <translation>Penali calcolate: nessuna.</translation>
    </message>
    <message>
        <source>Damages assessed in %1: %2 (%3 actualized groups: %4; %5 cancelled: %6); collected: %7; waived: %8.</source>
        <translation>Penali calcolate in %1: %2 (%3 gruppi consuntivati: %4; %5 cancellati: %6); incassato: %7; condonato: %8.</translation>
    </message>
    <message>
        <source>At risk: %1</source>
        <translation>A rischio: %1</translation>
    </message>
    <message>
        <source>Events (tentative, definite and actualized, by arrival):</source>
        <translation>Eventi (provvisori, definitivi e consuntivati, per arrivo):</translation>
    </message>
    <message>
        <source>%1  %2  %3  picked up %4 of %5 room nights (%6), final</source>
        <translation>%1  %2  %3  pickup di %4 su %5 notti camera (%6), finale</translation>
    </message>
    <message>
        <source>%1  %2  %3  picked up %4 of %5 room nights (%6) so far</source>
        <translation>%1  %2  %3  pickup di %4 su %5 notti camera (%6) finora</translation>
    </message>
    <message>
        <source>Last
stay</source>
        <translation>Ultimo
soggiorno</translation>
    </message>
    <message>
        <source>Next
stay</source>
        <translation>Prossimo
soggiorno</translation>
    </message>
    <message>
        <source>Rebooks
every</source>
        <translation>Nuova prenotazione
ogni</translation>
    </message>
    <message>
        <source>Final
pickup</source>
        <translation>Pickup
finale</translation>
    </message>
    <message>
        <source>Pickup
trend</source>
        <translation>Tendenza
del pickup</translation>
    </message>
    <message>
        <source>Damages
assessed</source>
        <translation>Penali
calcolate</translation>
    </message>
</context>
<context>
    <name>attrition::ui::AccountsPanel</name>
    <message>
        <source>The accounts cannot be worked out: %1</source>
        <translation>Impossibile calcolare i clienti: %1</translation>
    </message>
    <message>
        <source>Accounts at &amp;risk only</source>
        <translation>Solo clienti a &amp;rischio</translation>
    </message>
    <message>
        <source>Only the accounts whose usual rebooking cycle has passed without a new contract, or whose pickup fell for two events in a row.</source>
        <translation>Solo i clienti il cui ciclo consueto di nuova prenotazione è trascorso senza un nuovo contratto, o il cui pickup è sceso per due eventi di fila.</translation>
    </message>
    <message>
        <source>The account chosen</source>
        <translation>Il cliente scelto</translation>
    </message>
    <message>
        <source>Show Contracts</source>
        <translation>Mostra contratti</translation>
    </message>
    <message>
        <source>The account&apos;s contracts in the contract list</source>
        <translation>I contratti del cliente nell&apos;elenco contratti</translation>
    </message>
    <message>
        <source>Open Latest Contract</source>
        <translation>Apri l&apos;ultimo contratto</translation>
    </message>
    <message>
        <source>The account&apos;s contract arriving last, in the editor</source>
        <translation>Il contratto del cliente con l&apos;arrivo più lontano, nell&apos;editor</translation>
    </message>
    <message>
        <source>Double-click an account to list its contracts; right-click for more.</source>
        <translation>Fare doppio clic su un cliente per elencarne i contratti; clic destro per altre opzioni.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcolo in corso…</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Nessun database aperto.</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clienti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contracts of every arrival date, standing on %1</source>
        <translation>
            <numerusform>%n contratto di tutte le date di arrivo, situazione al %1</numerusform>
            <numerusform>%n contratti di tutte le date di arrivo, situazione al %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk of not coming back</source>
        <translation>
            <numerusform>%n a rischio di non tornare</numerusform>
            <numerusform>%n a rischio di non tornare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contracts left out (the engine refuses them)</source>
        <translation>
            <numerusform>%n contratto escluso (il motore lo rifiuta)</numerusform>
            <numerusform>%n contratti esclusi (il motore li rifiuta)</numerusform>
        </translation>
    </message>
    <message>
        <source>read in %1 ms, computed in %2 ms</source>
        <translation>letto in %1 ms, calcolato in %2 ms</translation>
    </message>
    <message>
        <source>Choose an account to read its events, its pickup and why it may not come back.</source>
        <translation>Scegliere un cliente per leggere i suoi eventi, il suo pickup e perché potrebbe non tornare.</translation>
    </message>
    <message>
        <source>Show Contracts of %1</source>
        <translation>Mostra contratti di %1</translation>
    </message>
    <message>
        <source>Open Latest Contract (%1)</source>
        <translation>Apri l&apos;ultimo contratto (%1)</translation>
    </message>
</context>
<context>
    <name>attrition::ui::AssessmentModel</name>
    <message numerus="yes">
        <source>%1: %n room night(s)</source>
        <translation>
            <numerusform>%1: %n notte camera</numerusform>
            <numerusform>%1: %n notti camera</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Room attrition</source>
        <translation>Attrito camere</translation>
    </message>
    <message>
        <source>Food &amp; beverage</source>
        <translation>Food &amp; beverage</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Sala meeting</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancellazione</translation>
    </message>
    <message>
        <source>Comp rooms</source>
        <translation>Camere gratuite</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposta</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Depositi</translation>
    </message>
    <message>
        <source>Rebooking credits and deposits</source>
        <translation>Crediti per nuova prenotazione e depositi</translation>
    </message>
    <message>
        <source>Rebooking credits</source>
        <translation>Crediti per nuova prenotazione</translation>
    </message>
</context>
<context>
    <name>attrition::ui::AtRiskModel</name>
    <message>
        <source>%1 (%2), %3: %4</source>
        <translation>%1 (%2), %3: %4</translation>
    </message>
    <message>
        <source>No flag: nothing in this group&apos;s figures calls for a look before its next date.</source>
        <translation>Nessuna segnalazione: nulla nei dati di questo gruppo richiede una verifica prima della sua prossima data.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 di %3)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>non noto</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>%1 (%2-%3)</source>
        <translation>%1 (%2-%3)</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Cut-off</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (in %n days): %3</source>
        <translation>
            <numerusform>%1 %2 (tra %n giorno): %3</numerusform>
            <numerusform>%1 %2 (tra %n giorni): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Pace behind</source>
        <translation>Andamento in ritardo</translation>
    </message>
    <message>
        <source>No pickup movement</source>
        <translation>Nessun movimento del pickup</translation>
    </message>
    <message>
        <source>Review below performance</source>
        <translation>Revisione sotto la performance</translation>
    </message>
    <message>
        <source>Cutoff passed unsold</source>
        <translation>Cut-off passato con camere invendute</translation>
    </message>
    <message>
        <source>F&amp;B below minimum</source>
        <translation>F&amp;B sotto il minimo</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Rischio</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Prenotate</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <source>Forecast (P10-P90)</source>
        <translation>Previsione (P10-P90)</translation>
    </message>
    <message>
        <source>Expected damages (P10-P90)</source>
        <translation>Penale attesa (P10-P90)</translation>
    </message>
    <message>
        <source>Next date and action</source>
        <translation>Prossimo passo</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>The risk order: the higher expected damages first, then more flags, then the earlier arrival.</source>
        <translation>L&apos;ordine di rischio: prima le penali attese più alte, poi più segnalazioni, poi l&apos;arrivo più vicino.</translation>
    </message>
    <message>
        <source>Points of the block ahead (+) or behind (-) comparable past groups at the same day before arrival.</source>
        <translation>Punti del blocco in anticipo (+) o in ritardo (-) rispetto ai gruppi passati comparabili allo stesso giorno prima dell&apos;arrivo.</translation>
    </message>
    <message>
        <source>The forecast final pickup as a share of the block, with its P10-P90 range.</source>
        <translation>Il pickup finale previsto come quota del blocco, con il suo intervallo P10-P90.</translation>
    </message>
    <message>
        <source>The expected attrition damages at arrival, with their P10-P90 range.</source>
        <translation>La penale di attrito attesa all&apos;arrivo, con il suo intervallo P10-P90.</translation>
    </message>
</context>
<context>
    <name>attrition::ui::CancellationChart</name>
    <message>
        <source>Cancellation fee</source>
        <translation>Penale di cancellazione</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Notice received</source>
        <translation>Comunicazione ricevuta</translation>
    </message>
    <message>
        <source>Date the notice is received</source>
        <translation>Data di ricezione della comunicazione</translation>
    </message>
    <message>
        <source>Fee, %1</source>
        <translation>Penale, %1</translation>
    </message>
    <message>
        <source>The fee schedule appears once the contract can be assessed.</source>
        <translation>Il calendario delle penali compare quando il contratto può essere valutato.</translation>
    </message>
    <message>
        <source>The contract has no cancellation tiers.</source>
        <translation>Il contratto non ha scaglioni di cancellazione.</translation>
    </message>
</context>
<context>
    <name>attrition::ui::CancellationScheduleModel</name>
    <message>
        <source>Notice from</source>
        <translation>Comunicazione dal</translation>
    </message>
    <message>
        <source>Notice to</source>
        <translation>Comunicazione al</translation>
    </message>
    <message>
        <source>Days before arrival</source>
        <translation>Giorni prima dell&apos;arrivo</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Penale</translation>
    </message>
    <message>
        <source>With tax</source>
        <translation>Con imposte</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ChartsPanel</name>
    <message>
        <source>Damages</source>
        <translation>Penale</translation>
    </message>
    <message>
        <source>Damages owed against pickup, 0% to 150% of the block</source>
        <translation>Penale dovuta in funzione del pickup, dallo 0% al 150% del blocco</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Notti</translation>
    </message>
    <message>
        <source>The block against the pickup, night by night</source>
        <translation>Il blocco a fronte del pickup, notte per notte</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancellazione</translation>
    </message>
    <message>
        <source>The cancellation fee by the date notice is received</source>
        <translation>La penale di cancellazione secondo la data di ricezione della comunicazione</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <source>Show the figures behind the charts as tables</source>
        <translation>Mostra come tabelle i dati dei grafici</translation>
    </message>
    <message>
        <source>Show the charts</source>
        <translation>Mostra i grafici</translation>
    </message>
    <message>
        <source>Room nights picked up as of each stored pickup report, against the block and the cutoff, and the forecast to arrival</source>
        <translation>Notti camera prenotate a ogni report di pickup salvato, rispetto al blocco e al cut-off, e la previsione fino all&apos;arrivo</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsione</translation>
    </message>
    <message>
        <source>How the pickup will likely end, what the group will likely owe, and what to release at the next review date</source>
        <translation>Come finirà probabilmente il pickup, quanto dovrà probabilmente il gruppo e cosa rilasciare alla prossima data di revisione</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ContractDocument</name>
    <message>
        <source>Contract %1 grants a rebooking credit of %2 on contract %3, which is in %4: a credit in another currency cannot be applied. Correct the credit in the settlement of %1.</source>
        <extracomment>%1 the contract granting the credit, %2 its amount, %3 the contract assessed, %4 its currency.</extracomment>
        <translation>Il contratto %1 concede un credito per nuova prenotazione di %2 sul contratto %3, che è in %4: un credito in un&apos;altra valuta non può essere applicato. Correggere il credito nel regolamento di %1.</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ContractEditor</name>
    <message>
        <source>Performance level:</source>
        <translation>Livello di performance:</translation>
    </message>
    <message>
        <source>General terms</source>
        <translation>Condizioni generali</translation>
    </message>
    <message>
        <source>Room block</source>
        <translation>Blocco camere</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisioni</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <source>Food &amp; beverage</source>
        <translation>Food &amp; beverage</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Sala meeting</translation>
    </message>
    <message>
        <source>Attrition &amp; comps</source>
        <translation>Attrito e gratuità</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancellazione</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Depositi</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contratto</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>The organizer: an association or company</source>
        <translation>L&apos;organizzatore: un&apos;associazione o un&apos;azienda</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Responsabile commerciale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Potenziale</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Opzionato</translation>
    </message>
    <message>
        <source>Definite</source>
        <translation>Confermato</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancellato</translation>
    </message>
    <message>
        <source>Actualized</source>
        <translation>Consuntivato</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Arrotondamento</translation>
    </message>
    <message>
        <source>Half up (commercial)</source>
        <translation>Metà per eccesso (commerciale)</translation>
    </message>
    <message>
        <source>Half even (banker&apos;s)</source>
        <translation>Metà al pari (bancario)</translation>
    </message>
    <message>
        <source>Half down</source>
        <translation>Metà per difetto</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Per eccesso</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Per difetto</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Tetto (ceiling)</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Pavimento (floor)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The nights of the stay run from arrival to the night before departure.</source>
        <translation>Le notti del soggiorno vanno dall&apos;arrivo alla notte prima della partenza.</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmato il</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Partenza</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Cut-off</translation>
    </message>
    <message>
        <source>Cutoff date</source>
        <translation>Data di cut-off</translation>
    </message>
    <message>
        <source>No cutoff date</source>
        <translation>Nessuna data di cut-off</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Rooms held per night and room type</source>
        <translation>Camere riservate per notte e tipo di camera</translation>
    </message>
    <message>
        <source>Type or paste from a spreadsheet (Ctrl+V): rooms and rate for each room type. Delete clears cells.</source>
        <translation>Digitare o incollare da un foglio di calcolo (Ctrl+V): camere e tariffa per ogni tipo di camera. Canc svuota le celle.</translation>
    </message>
    <message>
        <source>Remove the selected room type</source>
        <translation>Rimuovi il tipo di camera selezionato</translation>
    </message>
    <message>
        <source>Rename the selected room type</source>
        <translation>Rinomina il tipo di camera selezionato</translation>
    </message>
    <message>
        <source>Add a room type</source>
        <translation>Aggiungi un tipo di camera</translation>
    </message>
    <message>
        <source>Night by night</source>
        <translation>Notte per notte</translation>
    </message>
    <message>
        <source>The block after honoured reductions against the pickup the contract counts, and the rooms the performance level requires of each night.</source>
        <translation>Il blocco dopo le riduzioni accolte a fronte del pickup che il contratto conteggia, e le camere che il livello di performance richiede per ogni notte.</translation>
    </message>
    <message>
        <source>Review schedule</source>
        <translation>Calendario di revisione</translation>
    </message>
    <message>
        <source>By each date the group may reduce the block by up to a share of the original block.</source>
        <translation>Entro ogni data il gruppo può ridurre il blocco fino a una quota del blocco originale.</translation>
    </message>
    <message>
        <source>No review dates: the group may not reduce the block. Add one with +.</source>
        <translation>Nessuna data di revisione: il gruppo non può ridurre il blocco. Aggiungerne una con +.</translation>
    </message>
    <message>
        <source>Block reductions</source>
        <translation>Riduzioni del blocco</translation>
    </message>
    <message>
        <source>What the group asked to release, per night and room type. Entries requested on one date form one request; the damages panel says which were honoured.</source>
        <translation>Ciò che il gruppo ha chiesto di rilasciare, per notte e tipo di camera. Le voci richieste in una stessa data formano una richiesta; il pannello delle penali indica quali sono state accolte.</translation>
    </message>
    <message>
        <source>No reductions requested. Add one with +.</source>
        <translation>Nessuna riduzione richiesta. Aggiungerne una con +.</translation>
    </message>
    <message>
        <source>Rooms picked up per night</source>
        <translation>Camere prenotate per notte</translation>
    </message>
    <message>
        <source>Type, paste from a spreadsheet, or import a property system&apos;s pickup report. Audit credits and the hotel&apos;s occupancy are per night.</source>
        <translation>Digitare, incollare da un foglio di calcolo o importare il rapporto di pickup di un gestionale alberghiero. I crediti da verifica e l&apos;occupazione dell&apos;hotel sono per notte.</translation>
    </message>
    <message>
        <source>Import a pickup report (CSV)</source>
        <translation>Importa un rapporto di pickup (CSV)</translation>
    </message>
    <message>
        <source>Rooms the hotel resold</source>
        <translation>Camere rivendute dall&apos;hotel</translation>
    </message>
    <message>
        <source>Credited against the damages as the attrition clause says.</source>
        <translation>Accreditate sulla penale come dice la clausola di attrito.</translation>
    </message>
    <message>
        <source>No rooms resold. Add a night with +.</source>
        <translation>Nessuna camera rivenduta. Aggiungere una notte con +.</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimo</translation>
    </message>
    <message>
        <source>The least food and beverage revenue the group commits to, before tax and service charge.</source>
        <translation>I ricavi F&amp;B minimi che il gruppo si impegna a generare, al netto di imposte e servizio.</translation>
    </message>
    <message>
        <source>F&amp;B minimum</source>
        <translation>Minimo F&amp;B</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Tolleranza</translation>
    </message>
    <message>
        <source>F&amp;B allowance</source>
        <translation>Tolleranza F&amp;B</translation>
    </message>
    <message>
        <source>Actual spend</source>
        <translation>Spesa effettiva</translation>
    </message>
    <message>
        <source>F&amp;B actual spend</source>
        <translation>Spesa F&amp;B effettiva</translation>
    </message>
    <message>
        <source>Damages factor</source>
        <translation>Fattore di penale</translation>
    </message>
    <message>
        <source>F&amp;B damages factor</source>
        <translation>Fattore di penale F&amp;B</translation>
    </message>
    <message>
        <source>Service charge and tax</source>
        <translation>Servizio e imposte</translation>
    </message>
    <message>
        <source>Service charge</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Add the service charge to the damages</source>
        <translation>Aggiungi il servizio alla penale</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Aliquota</translation>
    </message>
    <message>
        <source>F&amp;B tax</source>
        <translation>Imposta F&amp;B</translation>
    </message>
    <message>
        <source>Tax the damages</source>
        <translation>Tassa la penale</translation>
    </message>
    <message>
        <source>Tax the service charge</source>
        <translation>Tassa il servizio</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>Noleggio</translation>
    </message>
    <message>
        <source>Meeting room rental</source>
        <translation>Noleggio sala meeting</translation>
    </message>
    <message>
        <source>With attrition</source>
        <translation>Con l&apos;attrito</translation>
    </message>
    <message>
        <source>Meeting room policy</source>
        <translation>Regola della sala meeting</translation>
    </message>
    <message>
        <source>Owed besides room attrition</source>
        <translation>Dovuto oltre all&apos;attrito camere</translation>
    </message>
    <message>
        <source>The greater of the two</source>
        <translation>Il maggiore dei due</translation>
    </message>
    <message>
        <source>Instead of room attrition</source>
        <translation>Al posto dell&apos;attrito camere</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Soggetto a imposta</translation>
    </message>
    <message>
        <source>Meeting room tax</source>
        <translation>Imposta sala meeting</translation>
    </message>
    <message>
        <source>Scale by room pickup</source>
        <translation>Scala in base al pickup camere</translation>
    </message>
    <message>
        <source>The band with the highest pickup the group reaches sets the share of the rental charged. Without bands the rental is ordinary rent, not assessed here.</source>
        <translation>La fascia con il pickup più alto raggiunto dal gruppo fissa la quota del noleggio addebitata. Senza fasce il noleggio è un affitto ordinario, non valutato qui.</translation>
    </message>
    <message>
        <source>No scale: the rental is not assessed here. Add a band with +.</source>
        <translation>Nessuna scala: il noleggio non è valutato qui. Aggiungere una fascia con +.</translation>
    </message>
    <message>
        <source>Room attrition</source>
        <translation>Attrito camere</translation>
    </message>
    <message>
        <source>The contract has an attrition clause</source>
        <translation>Il contratto ha una clausola di attrito</translation>
    </message>
    <message>
        <source>Performance level</source>
        <translation>Livello di performance</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Valutato</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Cumulatively, all nights summed</source>
        <translation>Cumulativa, tutte le notti sommate</translation>
    </message>
    <message>
        <source>Rooms above the block offset other nights&apos; shortfalls</source>
        <translation>Le camere oltre il blocco compensano la carenza di altre notti</translation>
    </message>
    <message>
        <source>Required rooms</source>
        <translation>Camere richieste</translation>
    </message>
    <message>
        <source>Rounding of the required rooms</source>
        <translation>Arrotondamento delle camere richieste</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Esatto</translation>
    </message>
    <message>
        <source>Rounded up</source>
        <translation>Per eccesso</translation>
    </message>
    <message>
        <source>Rounded down</source>
        <translation>Per difetto</translation>
    </message>
    <message>
        <source>Room damages factor</source>
        <translation>Fattore di penale camere</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tariffa</translation>
    </message>
    <message>
        <source>Rate basis</source>
        <translation>Base tariffaria</translation>
    </message>
    <message>
        <source>Each night&apos;s own rate</source>
        <translation>La tariffa di ciascuna notte</translation>
    </message>
    <message>
        <source>The block&apos;s average rate</source>
        <translation>La tariffa media del blocco</translation>
    </message>
    <message>
        <source>Resale and credits</source>
        <translation>Rivendita e crediti</translation>
    </message>
    <message>
        <source>Resale credit</source>
        <translation>Credito per rivendita</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>By count of room nights</source>
        <translation>Per numero di notti camera</translation>
    </message>
    <message>
        <source>By revenue, capped at the rate</source>
        <translation>Per ricavi, con tetto alla tariffa</translation>
    </message>
    <message>
        <source>Only when occupancy reaches</source>
        <translation>Solo quando l&apos;occupazione raggiunge</translation>
    </message>
    <message>
        <source>Resale credited from occupancy</source>
        <translation>Rivendita accreditata dall&apos;occupazione</translation>
    </message>
    <message>
        <source>Every night</source>
        <translation>Ogni notte</translation>
    </message>
    <message>
        <source>Count bookings found outside the block</source>
        <translation>Conteggia le prenotazioni trovate fuori blocco</translation>
    </message>
    <message>
        <source>Count billed no-shows</source>
        <translation>Conteggia i no-show fatturati</translation>
    </message>
    <message>
        <source>Count walked guests</source>
        <translation>Conteggia gli ospiti riprotetti</translation>
    </message>
    <message>
        <source>Cap and tax</source>
        <translation>Tetto e imposte</translation>
    </message>
    <message>
        <source>Damages cap</source>
        <translation>Tetto della penale</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Nessun tetto</translation>
    </message>
    <message>
        <source>Charge no more rooms on a night than it blocked</source>
        <translation>Non addebitare in una notte più camere di quelle bloccate</translation>
    </message>
    <message>
        <source>Tax the room damages</source>
        <translation>Tassa la penale camere</translation>
    </message>
    <message>
        <source>Tax on room damages</source>
        <translation>Imposta sulla penale camere</translation>
    </message>
    <message>
        <source>Comp rooms</source>
        <translation>Camere gratuite</translation>
    </message>
    <message>
        <source>Complimentary room nights earned by ratio, rounded down.</source>
        <translation>Notti camera gratuite maturate in proporzione, arrotondate per difetto.</translation>
    </message>
    <message>
        <source>One per</source>
        <translation>Una ogni</translation>
    </message>
    <message>
        <source>Comp ratio</source>
        <translation>Rapporto camere gratuite</translation>
    </message>
    <message>
        <source>Earned night by night</source>
        <translation>Maturate notte per notte</translation>
    </message>
    <message>
        <source>Comp rooms count toward pickup</source>
        <translation>Le camere gratuite contano per il pickup</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Comunicazione</translation>
    </message>
    <message>
        <source>With a notice date the contract is assessed under the cancellation clause instead of attrition.</source>
        <translation>Con una data di comunicazione il contratto è valutato secondo la clausola di cancellazione invece che per attrito.</translation>
    </message>
    <message>
        <source>Notice received</source>
        <translation>Comunicazione ricevuta</translation>
    </message>
    <message>
        <source>Cancellation notice</source>
        <translation>Comunicazione di cancellazione</translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation>Non cancellato</translation>
    </message>
    <message>
        <source>Cancelled by force majeure</source>
        <translation>Cancellato per forza maggiore</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clausola</translation>
    </message>
    <message>
        <source>Fee basis</source>
        <translation>Base della penale</translation>
    </message>
    <message>
        <source>Cancellation basis</source>
        <translation>Base di cancellazione</translation>
    </message>
    <message>
        <source>Anticipated room revenue</source>
        <translation>Ricavi camere previsti</translation>
    </message>
    <message>
        <source>Total anticipated revenue</source>
        <translation>Ricavi previsti totali</translation>
    </message>
    <message>
        <source>A share of each component</source>
        <translation>Una quota di ogni componente</translation>
    </message>
    <message>
        <source>Round the fee to whole currency units</source>
        <translation>Arrotonda la penale a unità intere della valuta</translation>
    </message>
    <message>
        <source>Credit rooms the hotel resold</source>
        <translation>Accredita le camere rivendute dall&apos;hotel</translation>
    </message>
    <message>
        <source>Waived on force majeure</source>
        <translation>Condonata per forza maggiore</translation>
    </message>
    <message>
        <source>Cancellation tax</source>
        <translation>Imposta di cancellazione</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Scaglioni</translation>
    </message>
    <message>
        <source>Days before arrival the notice was received, and the share of the basis owed. Leave &quot;To days&quot; empty on the open-ended tier.</source>
        <translation>Giorni prima dell&apos;arrivo in cui è stata ricevuta la comunicazione, e la quota della base dovuta. Lasciare vuoto «A giorni» nello scaglione aperto.</translation>
    </message>
    <message>
        <source>No tiers: the contract has no cancellation clause. Add one with +.</source>
        <translation>Nessuno scaglione: il contratto non ha una clausola di cancellazione. Aggiungerne uno con +.</translation>
    </message>
    <message>
        <source>Deposits received</source>
        <translation>Depositi ricevuti</translation>
    </message>
    <message>
        <source>Applied, in this order, to whatever the group owes.</source>
        <translation>Applicati, in quest&apos;ordine, a quanto il gruppo deve.</translation>
    </message>
    <message>
        <source>No deposits received. Add one with +.</source>
        <translation>Nessun deposito ricevuto. Aggiungerne uno con +.</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s): %1 to %2</source>
        <translation>
            <numerusform>%n notte: dal %1 al %2</numerusform>
            <numerusform>%n notti: dal %1 al %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; room nights &amp;nbsp;·&amp;nbsp; peak night %2 with %3 rooms &amp;nbsp;·&amp;nbsp; room revenue &lt;b&gt;%4&lt;/b&gt; &amp;nbsp;·&amp;nbsp; average rate %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; notti camera &amp;nbsp;·&amp;nbsp; notte di picco %2 con %3 camere &amp;nbsp;·&amp;nbsp; ricavi camere &lt;b&gt;%4&lt;/b&gt; &amp;nbsp;·&amp;nbsp; tariffa media %5</translation>
    </message>
    <message>
        <source>No rooms are blocked yet.</source>
        <translation>Nessuna camera ancora bloccata.</translation>
    </message>
    <message>
        <source>Picked up &lt;b&gt;%1&lt;/b&gt; room nights; counted with credits &lt;b&gt;%2&lt;/b&gt; of a block of %3: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Prenotate &lt;b&gt;%1&lt;/b&gt; notti camera; conteggiate con i crediti &lt;b&gt;%2&lt;/b&gt; su un blocco di %3: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add Room Type</source>
        <translation>Aggiungi tipo di camera</translation>
    </message>
    <message>
        <source>Room type code (for example KING or DBL):</source>
        <translation>Codice del tipo di camera (per esempio KING o DBL):</translation>
    </message>
    <message>
        <source>The block already has the room type %1</source>
        <translation>Il blocco ha già il tipo di camera %1</translation>
    </message>
    <message>
        <source>Add room type %1</source>
        <translation>Aggiungi il tipo di camera %1</translation>
    </message>
    <message>
        <source>Select a cell of the room type to rename</source>
        <translation>Selezionare una cella del tipo di camera da rinominare</translation>
    </message>
    <message>
        <source>Rename Room Type</source>
        <translation>Rinomina tipo di camera</translation>
    </message>
    <message>
        <source>New code for %1:</source>
        <translation>Nuovo codice per %1:</translation>
    </message>
    <message>
        <source>Rename room type %1</source>
        <translation>Rinomina il tipo di camera %1</translation>
    </message>
    <message>
        <source>Select a cell of the room type to remove</source>
        <translation>Selezionare una cella del tipo di camera da rimuovere</translation>
    </message>
    <message>
        <source>Remove room type %1</source>
        <translation>Rimuovi il tipo di camera %1</translation>
    </message>
    <message>
        <source>Removed the room type %1 (Undo brings it back)</source>
        <translation>Rimosso il tipo di camera %1 (Annulla lo ripristina)</translation>
    </message>
    <message>
        <source>Remove the room type %1 with its %2 blocked room nights and %3 picked up?</source>
        <translation>Eliminare il tipo di camera %1 con le sue %2 notti camera bloccate e %3 prenotate?</translation>
    </message>
    <message>
        <source>Remove Room Type</source>
        <translation>Elimina tipo di camera</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <source>Keep these values as the contract&apos;s own terms</source>
        <translation>Mantieni questi valori come condizioni del contratto</translation>
    </message>
    <message>
        <source>Confirm the defaults of %1</source>
        <translation>Conferma i valori predefiniti di %1</translation>
    </message>
    <message>
        <source>Confirmed as the contract&apos;s terms (Undo takes it back)</source>
        <translation>Confermato come condizioni del contratto (Annulla lo revoca)</translation>
    </message>
    <message>
        <source>the cancellation tiers</source>
        <translation>gli scaglioni di cancellazione</translation>
    </message>
    <message>
        <source>These values are the program&apos;s defaults, not yet confirmed from the contract: %1. Change them to the contract&apos;s own, or confirm them as they are.</source>
        <extracomment>%1 lists the values, e.g. &quot;the cancellation tiers, Cancellation basis&quot;.</extracomment>
        <translation>Questi valori sono i predefiniti del programma, non ancora confermati dal contratto: %1. Sostituirli con quelli del contratto o confermarli così come sono.</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perso</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Motivo della perdita</translation>
    </message>
    <message>
        <source>Not lost</source>
        <translation>Non perso</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concorrenza</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Lost note</source>
        <translation>Nota sulla perdita</translation>
    </message>
    <message>
        <source>Why the business was lost</source>
        <translation>Perché il business è stato perso</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Regolamento</translation>
    </message>
    <message>
        <source>What became of the damages: the amount agreed with the client, the invoice, what was waived and the credit granted on a future contract of the account.</source>
        <translation>Che cosa è avvenuto della penale: l&apos;importo concordato con il cliente, la fattura, quanto è stato condonato e il credito concesso su un contratto futuro del cliente.</translation>
    </message>
    <message>
        <source>Damages agreed</source>
        <translation>Penale concordata</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Non ancora concordata</translation>
    </message>
    <message>
        <source>Invoiced on</source>
        <translation>Fatturata il</translation>
    </message>
    <message>
        <source>Not invoiced</source>
        <translation>Non fatturata</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numero fattura</translation>
    </message>
    <message>
        <source>As on the invoice</source>
        <translation>Come sulla fattura</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Condonato</translation>
    </message>
    <message>
        <source>Waiver reason</source>
        <translation>Motivo del condono</translation>
    </message>
    <message>
        <source>Why it was waived</source>
        <translation>Perché è stato condonato</translation>
    </message>
    <message>
        <source>Credit on a future contract</source>
        <translation>Credito su un contratto futuro</translation>
    </message>
    <message>
        <source>Credit to contract</source>
        <translation>Credito al contratto</translation>
    </message>
    <message>
        <source>Reference of the contract credited</source>
        <translation>Riferimento del contratto accreditato</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Pagamenti ricevuti</translation>
    </message>
    <message>
        <source>What the client paid towards the damages, and when.</source>
        <translation>Quanto il cliente ha pagato a fronte della penale, e quando.</translation>
    </message>
    <message>
        <source>Nothing collected yet. Add a payment with +.</source>
        <translation>Ancora nulla incassato. Aggiungere un pagamento con +.</translation>
    </message>
    <message>
        <source>Waiver and credit</source>
        <translation>Condono e credito</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not assessed&lt;/b&gt;: no damages have been agreed with the client yet.</source>
        <translation>&lt;b&gt;Non concordata&lt;/b&gt;: non è ancora stata concordata alcuna penale con il cliente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assessed&lt;/b&gt;: the damages are agreed with the client, not invoiced yet.</source>
        <translation>&lt;b&gt;Concordata&lt;/b&gt;: la penale è concordata con il cliente, non ancora fatturata.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invoiced&lt;/b&gt;: nothing has been collected yet.</source>
        <translation>&lt;b&gt;Fatturata&lt;/b&gt;: non è ancora stato incassato nulla.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partly collected&lt;/b&gt;: some of the damages are paid, the rest is still to collect.</source>
        <translation>&lt;b&gt;Incassata in parte&lt;/b&gt;: una parte della penale è pagata, il resto è ancora da incassare.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Collected&lt;/b&gt;: the damages agreed are paid in full.</source>
        <translation>&lt;b&gt;Incassata&lt;/b&gt;: la penale concordata è pagata per intero.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waived&lt;/b&gt;: the hotel waived the damages agreed in full.</source>
        <translation>&lt;b&gt;Condonata&lt;/b&gt;: l&apos;hotel ha condonato per intero la penale concordata.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settled&lt;/b&gt;: nothing is left open; what was not paid was waived.</source>
        <translation>&lt;b&gt;Regolata&lt;/b&gt;: non resta nulla in sospeso; quanto non è stato pagato è stato condonato.</translation>
    </message>
    <message>
        <source>The payments cannot be added up until their problems are corrected.</source>
        <translation>I pagamenti non possono essere sommati finché i loro problemi non sono corretti.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n pagamento</numerusform>
            <numerusform>%n pagamenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Collected &lt;b&gt;%1&lt;/b&gt; (%2) of %3 agreed &amp;nbsp;·&amp;nbsp; waived %4 &amp;nbsp;·&amp;nbsp; left to collect &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>Incassato &lt;b&gt;%1&lt;/b&gt; (%2) su %3 concordati &amp;nbsp;·&amp;nbsp; condonato %4 &amp;nbsp;·&amp;nbsp; da incassare &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Collected &lt;b&gt;%1&lt;/b&gt; (%2); nothing is left to collect until the damages are agreed.</source>
        <translation>Incassato &lt;b&gt;%1&lt;/b&gt; (%2); non resta nulla da incassare finché la penale non è concordata.</translation>
    </message>
    <message>
        <source>Attrition clause</source>
        <translation>Clausola di attrito</translation>
    </message>
    <message>
        <source>Attrition assessment</source>
        <translation>Valutazione dell&apos;attrito</translation>
    </message>
    <message>
        <source>Attrition rate basis</source>
        <translation>Base tariffaria dell&apos;attrito</translation>
    </message>
    <message>
        <source>Cancellation fee waived on force majeure</source>
        <translation>Penale di cancellazione condonata per forza maggiore</translation>
    </message>
    <message>
        <source>Damages invoiced on</source>
        <translation>Penale fatturata il</translation>
    </message>
    <message>
        <source>Damages waived</source>
        <translation>Penale condonata</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ContractListModel</name>
    <message>
        <source>Cannot be assessed: %1</source>
        <translation>Non valutabile: %1</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (e %n altro)</numerusform>
            <numerusform> (e altri %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Potenziale</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Opzionato</translation>
    </message>
    <message>
        <source>Definite</source>
        <translation>Confermato</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancellato</translation>
    </message>
    <message>
        <source>Actualized</source>
        <translation>Consuntivato</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancellato</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>non ancora</translation>
    </message>
    <message>
        <source>What the group would owe if assessed today, before deposits (not sortable: worked out for the rows shown)</source>
        <translation>Quanto dovrebbe il gruppo se valutato oggi, prima dei depositi (non ordinabile: calcolato per le righe mostrate)</translation>
    </message>
    <message>
        <source>Worked out for the rows shown; the list cannot be sorted by it</source>
        <translation>Calcolato per le righe mostrate; l&apos;elenco non può essere ordinato per questa colonna</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Responsabile commerciale</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Notti</translation>
    </message>
    <message>
        <source>Room
nights</source>
        <translation>Notti
camera</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Esposizione</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <extracomment>An archived contract&apos;s status in the contract list: %1 the status (&quot;Definite&quot;).</extracomment>
        <translation>%1 (archiviato)</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perso</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ContractListPanel</name>
    <message>
        <source>Search group, reference, account, hotel…</source>
        <translation>Cerca gruppo, riferimento, cliente, hotel…</translation>
    </message>
    <message>
        <source>Show contracts of one status</source>
        <translation>Mostra i contratti di uno stato</translation>
    </message>
    <message>
        <source>Show one sales manager&apos;s contracts</source>
        <translation>Mostra i contratti di un responsabile commerciale</translation>
    </message>
    <message>
        <source>Show one account&apos;s contracts</source>
        <translation>Mostra i contratti di un cliente</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>All sales managers</source>
        <translation>Tutti i responsabili</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tutti i clienti</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln contratto</numerusform>
            <numerusform>%Ln contratti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contract(s)</source>
        <translation>
            <numerusform>%1 di %Ln contratto</numerusform>
            <numerusform>%1 di %Ln contratti</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrival Dates</source>
        <translation>Date di arrivo</translation>
    </message>
    <message>
        <source>Arriving &amp;from:</source>
        <translation>Arrivo &amp;dal:</translation>
    </message>
    <message>
        <source>Arriving &amp;to:</source>
        <translation>Arrivo &amp;al:</translation>
    </message>
    <message>
        <source>The last arrival date is before the first.</source>
        <translation>L&apos;ultima data di arrivo è precedente alla prima.</translation>
    </message>
    <message>
        <source>Show contracts arriving soon, in a quarter, a month or between two dates</source>
        <translation>Mostra i contratti in arrivo a breve, in un trimestre, in un mese o tra due date</translation>
    </message>
    <message>
        <source>Any arrival date</source>
        <translation>Qualsiasi data di arrivo</translation>
    </message>
    <message>
        <source>Arriving in the next 30 days</source>
        <translation>In arrivo nei prossimi 30 giorni</translation>
    </message>
    <message>
        <source>Arriving in the next 90 days</source>
        <translation>In arrivo nei prossimi 90 giorni</translation>
    </message>
    <message>
        <source>Arriving this quarter</source>
        <translation>In arrivo questo trimestre</translation>
    </message>
    <message>
        <source>Arriving next quarter</source>
        <translation>In arrivo il prossimo trimestre</translation>
    </message>
    <message>
        <source>Arriving %1 to %2</source>
        <translation>In arrivo dal %1 al %2</translation>
    </message>
    <message>
        <source>Arrival dates…</source>
        <translation>Date di arrivo…</translation>
    </message>
    <message>
        <source>Show &amp;archived contracts</source>
        <translation>Mostra contratti &amp;archiviati</translation>
    </message>
    <message>
        <source>Archived contracts are hidden from the list unless this is checked</source>
        <translation>I contratti archiviati sono nascosti dall&apos;elenco se questa opzione non è selezionata</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(nessun cliente)</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ContractTableModel</name>
    <message>
        <source>Add %1</source>
        <translation>Aggiungi %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n %1(s)</source>
        <translation>
            <numerusform>Rimuovi %1 (%n)</numerusform>
            <numerusform>Rimuovi %1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 richiede un valore</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Niente da incollare</translation>
    </message>
    <message>
        <source>%1 cannot be edited</source>
        <translation>%1 non può essere modificato</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2 needs a value</source>
        <translation>%1, %2 richiede un valore</translation>
    </message>
    <message>
        <source>The pasted cells (%1 rows, %2 columns) do not fit in the table from here</source>
        <translation>Le celle incollate (%1 righe, %2 colonne) non entrano nella tabella da qui</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Incolla %n cella</numerusform>
            <numerusform>Incolla %n celle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Svuota %n cella</numerusform>
            <numerusform>Svuota %n celle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attrition::ui::CurrencyField</name>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code</source>
        <translation>%1 non è un codice di valuta ISO 4217</translation>
    </message>
    <message>
        <source>Some amounts have more decimals than %1 allows</source>
        <translation>Alcuni importi hanno più decimali di quanti %1 ne consenta</translation>
    </message>
</context>
<context>
    <name>attrition::ui::DamagesCurveChart</name>
    <message>
        <source>Total owed</source>
        <translation>Totale dovuto</translation>
    </message>
    <message>
        <source>Room attrition</source>
        <translation>Attrito camere</translation>
    </message>
    <message>
        <source>Pickup, % of the block</source>
        <translation>Pickup, % del blocco</translation>
    </message>
    <message>
        <source>The curve appears once the contract can be assessed.</source>
        <translation>La curva compare quando il contratto può essere valutato.</translation>
    </message>
    <message>
        <source>Owed, %1</source>
        <translation>Dovuto, %1</translation>
    </message>
    <message>
        <source>Performance level %1</source>
        <translation>Livello di performance %1</translation>
    </message>
    <message>
        <source>%1 performance level</source>
        <translation>Livello di performance %1</translation>
    </message>
    <message>
        <source>Now: %1 picked up</source>
        <translation>Ora: %1 prenotato</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Ora %1</translation>
    </message>
</context>
<context>
    <name>attrition::ui::DamagesPanel</name>
    <message>
        <source>Cannot assess</source>
        <translation>Non valutabile</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct before the damages can be assessed.</source>
        <translation>
            <numerusform>%n problema da correggere prima di poter valutare la penale.</numerusform>
            <numerusform>%n problemi da correggere prima di poter valutare la penale.</numerusform>
        </translation>
    </message>
    <message>
        <source>The engine could not assess the contract: %1</source>
        <translation>Il motore non ha potuto valutare il contratto: %1</translation>
    </message>
    <message>
        <source>Show the field</source>
        <translation>Mostra il campo</translation>
    </message>
    <message>
        <source>Net due (deposits exceed)</source>
        <translation>Netto dovuto (i depositi eccedono)</translation>
    </message>
    <message>
        <source>Net due</source>
        <translation>Netto dovuto</translation>
    </message>
    <message>
        <source>Assessed under the cancellation clause</source>
        <translation>Valutato secondo la clausola di cancellazione</translation>
    </message>
    <message>
        <source>Assessed under the attrition, F&amp;B and meeting room clauses</source>
        <translation>Valutato secondo le clausole di attrito, F&amp;B e sala meeting</translation>
    </message>
    <message>
        <source>Block %1 room nights · notice received %2</source>
        <translation>Blocco %1 notti camera · comunicazione ricevuta il %2</translation>
    </message>
    <message>
        <source>Pickup &lt;b&gt;%1&lt;/b&gt; · %2 of %3 room nights counted</source>
        <translation>Pickup &lt;b&gt;%1&lt;/b&gt; · %2 di %3 notti camera conteggiate</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotale</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposta</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>Totale dovuto</translation>
    </message>
    <message>
        <source>Deposits applied</source>
        <translation>Depositi applicati</translation>
    </message>
    <message>
        <source>Deposit balance in the group&apos;s favour</source>
        <translation>Saldo dei depositi a favore del gruppo</translation>
    </message>
    <message>
        <source>Expected at arrival &lt;b&gt;%1&lt;/b&gt; (P10–P90 %2–%3) · %4 likely to owe</source>
        <extracomment>%1 the expected damages, %2 and %3 their P10 and P90, %4 the chance of owing anything.</extracomment>
        <translation>Atteso all&apos;arrivo &lt;b&gt;%1&lt;/b&gt; (P10–P90 %2–%3) · %4 di probabilità di dovere</translation>
    </message>
    <message>
        <source>The net due above is owed at today&apos;s pickup. The expected damages come from the forecast final pickup, %1 of %2 room nights (P10–P90 %3–%4):</source>
        <translation>Il netto dovuto qui sopra si deve con il pickup di oggi. La penale attesa deriva dal pickup finale previsto, %1 di %2 notti camera (P10–P90 %3–%4):</translation>
    </message>
    <message>
        <source>Rebooking credits applied</source>
        <translation>Crediti per nuova prenotazione applicati</translation>
    </message>
</context>
<context>
    <name>attrition::ui::DeskThresholdsDialog</name>
    <message>
        <source>Desk Thresholds</source>
        <translation>Soglie della Scrivania</translation>
    </message>
    <message>
        <source>When the desk flags a group or an account. The defaults are those of attrition-cli; a change recomputes the desk.</source>
        <translation>Quando la Scrivania segnala un gruppo o un cliente. I valori predefiniti sono quelli di attrition-cli; una modifica ricalcola la Scrivania.</translation>
    </message>
    <message>
        <source> points</source>
        <translation> punti</translation>
    </message>
    <message>
        <source> groups</source>
        <translation> gruppi</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source> pickups</source>
        <translation> pickup</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> events</source>
        <translation> eventi</translation>
    </message>
    <message>
        <source>Groups at risk</source>
        <translation>Gruppi a rischio</translation>
    </message>
    <message>
        <source>&amp;Pace behind by more than</source>
        <translation>&amp;Andamento in ritardo di oltre</translation>
    </message>
    <message>
        <source>Flags a group whose share of the block on the books trails the comparable past groups at the same day before arrival by more than this many points of the block.</source>
        <translation>Segnala un gruppo la cui quota del blocco a libro è in ritardo rispetto ai gruppi passati comparabili, allo stesso giorno prima dell&apos;arrivo, di oltre questi punti del blocco.</translation>
    </message>
    <message>
        <source>&amp;Comparable groups for the pace</source>
        <translation>&amp;Gruppi comparabili per l&apos;andamento</translation>
    </message>
    <message>
        <source>With fewer comparable past groups having a pickup history, the pace is not known and never flagged.</source>
        <translation>Con meno gruppi passati comparabili dotati di storico del pickup, l&apos;andamento non è noto e non viene mai segnalato.</translation>
    </message>
    <message>
        <source>&amp;No pickup movement for</source>
        <translation>&amp;Nessun movimento del pickup per</translation>
    </message>
    <message>
        <source>Flags a group whose pickup reports have not moved for this many days while its forecast expects rooms to be picked up over them.</source>
        <translation>Segnala un gruppo i cui rapporti di pickup non si sono mossi per questi giorni mentre la sua previsione si attende camere prenotate in quel periodo.</translation>
    </message>
    <message>
        <source>&amp;Review date within</source>
        <translation>Data di &amp;revisione entro</translation>
    </message>
    <message>
        <source>Flags a group whose next review date is this near while its forecast final pickup is below the performance level.</source>
        <translation>Segnala un gruppo la cui prossima data di revisione è così vicina mentre il suo pickup finale previsto è sotto il livello di performance.</translation>
    </message>
    <message>
        <source>&amp;Final pickups behind the damages</source>
        <translation>Pickup &amp;finali dietro la penale</translation>
    </message>
    <message>
        <source>The expected damages are the mean over this many equally likely final pickups; more is smoother and slower.</source>
        <translation>La penale attesa è la media su questo numero di pickup finali ugualmente probabili; di più dà un risultato più regolare e più lento.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Rebooking c&amp;ycle passed by</source>
        <translation>&amp;Ciclo di nuova prenotazione superato del</translation>
    </message>
    <message>
        <source>Flags an account whose last event is longer ago than its usual time between events times this percentage.</source>
        <translation>Segnala un cliente il cui ultimo evento risale a più del suo tempo consueto tra gli eventi moltiplicato per questa percentuale.</translation>
    </message>
    <message>
        <source>&amp;Events for a usual cycle</source>
        <translation>&amp;Eventi per un ciclo consueto</translation>
    </message>
    <message>
        <source>An account with fewer events has no usual rebooking cycle and is never flagged for it.</source>
        <translation>Un cliente con meno eventi non ha un ciclo consueto di nuova prenotazione e non viene mai segnalato per questo.</translation>
    </message>
    <message>
        <source>Events in the pickup &amp;trend</source>
        <translation>Eventi nella &amp;tendenza del pickup</translation>
    </message>
    <message>
        <source>How many of the account&apos;s last events with a final pickup its pickup trend shows.</source>
        <translation>Quanti degli ultimi eventi del cliente con un pickup finale mostra la sua tendenza del pickup.</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>Ripristina &amp;predefiniti</translation>
    </message>
    <message>
        <source>Pace behind by more than</source>
        <translation>Andamento in ritardo di oltre</translation>
    </message>
    <message>
        <source>Comparable groups for the pace</source>
        <translation>Gruppi comparabili per l&apos;andamento</translation>
    </message>
    <message>
        <source>No pickup movement for</source>
        <translation>Nessun movimento del pickup per</translation>
    </message>
    <message>
        <source>Review date within</source>
        <translation>Data di revisione entro</translation>
    </message>
    <message>
        <source>Final pickups behind the damages</source>
        <translation>Pickup finali dietro la penale</translation>
    </message>
    <message>
        <source>Events for a usual cycle</source>
        <translation>Eventi per un ciclo consueto</translation>
    </message>
    <message>
        <source>Events in the pickup trend</source>
        <translation>Eventi nella tendenza del pickup</translation>
    </message>
</context>
<context>
    <name>attrition::ui::DeskView</name>
    <message>
        <source>Groups at risk: %1</source>
        <translation>Gruppi a rischio: %1</translation>
    </message>
    <message>
        <source>&amp;Arrivals</source>
        <translation>&amp;Arrivi</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Prossimi 30 giorni</translation>
    </message>
    <message>
        <source>Next 90 days</source>
        <translation>Prossimi 90 giorni</translation>
    </message>
    <message>
        <source>Next 180 days</source>
        <translation>Prossimi 180 giorni</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Questo trimestre</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The first arrival date</source>
        <translation>La prima data di arrivo</translation>
    </message>
    <message>
        <source>The last arrival date</source>
        <translation>L&apos;ultima data di arrivo</translation>
    </message>
    <message>
        <source>&amp;Hotel</source>
        <translation>&amp;Hotel</translation>
    </message>
    <message>
        <source>Sales &amp;manager</source>
        <translation>Responsabile co&amp;mmerciale</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>Any hotel</source>
        <translation>Qualsiasi hotel</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Chiunque</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>Qualsiasi cliente</translation>
    </message>
    <message>
        <source>Groups at risk</source>
        <translation>Gruppi a rischio</translation>
    </message>
    <message>
        <source>The group chosen</source>
        <translation>Il gruppo scelto</translation>
    </message>
    <message>
        <source>Double-click a group to open its contract; right-click for more.</source>
        <translation>Fare doppio clic su un gruppo per aprirne il contratto; clic destro per altre opzioni.</translation>
    </message>
    <message>
        <source>Open Contract</source>
        <translation>Apri contratto</translation>
    </message>
    <message>
        <source>Open Forecast</source>
        <translation>Apri previsione</translation>
    </message>
    <message>
        <source>Pipeline by arrival month</source>
        <translation>Pipeline di vendita per mese di arrivo</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Mo&amp;stra</translation>
    </message>
    <message>
        <source>Room nights</source>
        <translation>Notti camera</translation>
    </message>
    <message>
        <source>Room revenue</source>
        <translation>Ricavi camere</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratti</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <source>Amounts in different currencies are never added: the pipeline shows one currency at a time.</source>
        <translation>Gli importi in valute diverse non vengono mai sommati: la pipeline di vendita mostra una valuta alla volta.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcolo in corso…</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Nessun database aperto.</translation>
    </message>
    <message numerus="yes">
        <source>%n groups arriving %1 to %2, standing on %3</source>
        <translation>
            <numerusform>%n gruppo in arrivo dal %1 al %2, alla data del %3</numerusform>
            <numerusform>%n gruppi in arrivo dal %1 al %2, alla data del %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with flags</source>
        <translation>
            <numerusform>%n con segnalazioni</numerusform>
            <numerusform>%n con segnalazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not forecast (the engine refuses them)</source>
        <translation>
            <numerusform>%n senza previsione (il motore lo rifiuta)</numerusform>
            <numerusform>%n senza previsione (il motore li rifiuta)</numerusform>
        </translation>
    </message>
    <message>
        <source>read in %1 ms, computed in %2 ms</source>
        <translation>letto in %1 ms, calcolato in %2 ms</translation>
    </message>
    <message>
        <source>Choose a group to read what its figures say and why it is flagged.</source>
        <translation>Scegliere un gruppo per leggere che cosa dicono i suoi dati e perché è segnalato.</translation>
    </message>
    <message>
        <source>&amp;Thresholds…</source>
        <translation>S&amp;oglie…</translation>
    </message>
    <message>
        <source>When a group is flagged: the pace, the days without pickup movement, the days before a review date (Desk Thresholds)</source>
        <translation>Quando un gruppo viene segnalato: l&apos;andamento, i giorni senza movimento del pickup, i giorni prima di una data di revisione (Soglie della Scrivania)</translation>
    </message>
    <message>
        <source>&amp;Groups at Risk and Pipeline</source>
        <translation>&amp;Gruppi a rischio e pipeline di vendita</translation>
    </message>
    <message>
        <source>Acc&amp;ounts</source>
        <translation>Clien&amp;ti</translation>
    </message>
    <message>
        <source>Customer attrition by account, over every arrival date</source>
        <translation>Attrito dei clienti, cliente per cliente, su tutte le date di arrivo</translation>
    </message>
    <message>
        <source>F&amp;B minimum</source>
        <translation>Minimo F&amp;B</translation>
    </message>
    <message>
        <source>Damages as picked up</source>
        <translation>Penali con il pickup attuale</translation>
    </message>
    <message>
        <source>Damages collected and waived</source>
        <translation>Penali incassate e condonate</translation>
    </message>
    <message>
        <source>Damages as picked up: what the engine assesses if the pickup stays as it is (the cancellation fee of a cancelled group). Damages collected and waived: the damages of the actualized and cancelled groups by arrival month, with what their settlements record.</source>
        <translation>Penali con il pickup attuale: quanto il motore calcola se il pickup resta com&apos;è (la penale di cancellazione di un gruppo cancellato). Penali incassate e condonate: le penali dei gruppi consuntivati e cancellati per mese di arrivo, con quanto registrano le loro liquidazioni.</translation>
    </message>
</context>
<context>
    <name>attrition::ui::FieldEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation>Conferma %1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>This is the program&apos;s default, not yet confirmed from the contract. Change it to the contract&apos;s value, or click to confirm it as it is.</source>
        <translation>Questo è il valore predefinito del programma, non ancora confermato dal contratto. Sostituirlo con il valore del contratto o fare clic per confermarlo così com&apos;è.</translation>
    </message>
    <message>
        <source>Confirm the default %1</source>
        <translation>Conferma il valore predefinito di %1</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ForecastPanel</name>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Con&amp;frontare con:</translation>
    </message>
    <message>
        <source>Past groups of the same hotel</source>
        <translation>Gruppi passati dello stesso hotel</translation>
    </message>
    <message>
        <source>Past groups of the same account</source>
        <translation>Gruppi passati dello stesso cliente</translation>
    </message>
    <message>
        <source>All past groups</source>
        <translation>Tutti i gruppi passati</translation>
    </message>
    <message>
        <source>The past groups whose booking curve, forecast errors and damages the forecast learns from</source>
        <translation>I gruppi passati dalla cui curva di prenotazione, dai cui errori di previsione e dalle cui penali impara la previsione</translation>
    </message>
    <message>
        <source>Open a contract of a group still to arrive to see how its pickup will likely end.</source>
        <translation>Aprire il contratto di un gruppo non ancora arrivato per vedere come finirà probabilmente il suo pickup.</translation>
    </message>
    <message>
        <source>Expected at arrival: %1 room nights of %2 blocked (P10–P90 %3–%4)</source>
        <translation>Atteso all&apos;arrivo: %1 notti camera su %2 bloccate (P10–P90 %3–%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 room nights on the books %n day(s) before arrival, as of %2.</source>
        <translation>
            <numerusform>%1 notti camera a libro a %n giorno dall&apos;arrivo, al %2.</numerusform>
            <numerusform>%1 notti camera a libro a %n giorni dall&apos;arrivo, al %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected damages: %1 (P10–P90 %2–%3)</source>
        <translation>Penale attesa: %1 (P10–P90 %2–%3)</translation>
    </message>
    <message>
        <source>Night by night</source>
        <translation>Notte per notte</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Notte</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Tipo di camera</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blocco</translation>
    </message>
    <message>
        <source>On the books</source>
        <translation>A libro</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Atteso</translation>
    </message>
    <message>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <source>At the review date %1: keep the block held</source>
        <translation>Alla data di revisione %1: mantenere il blocco attuale</translation>
    </message>
    <message numerus="yes">
        <source>At the review date %1: release %n room night(s)</source>
        <translation>
            <numerusform>Alla data di revisione %1: rilasciare %n notte camera</numerusform>
            <numerusform>Alla data di revisione %1: rilasciare %n notti camera</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected damages holding the block: %1.</source>
        <translation>Penale attesa mantenendo il blocco: %1.</translation>
    </message>
    <message>
        <source>Expected damages holding the block: %1; after the release: %2.</source>
        <translation>Penale attesa mantenendo il blocco: %1; dopo il rilascio: %2.</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Supportato</translation>
    </message>
    <message>
        <source>Least allowed</source>
        <translation>Minimo consentito</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Mantenere</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Rilasciare</translation>
    </message>
    <message>
        <source>No review date or cutoff is ahead: there is no release to advise.</source>
        <translation>Non resta alcuna data di revisione né cut-off: non c’è alcun rilascio da consigliare.</translation>
    </message>
</context>
<context>
    <name>attrition::ui::Forecaster</name>
    <message>
        <source>The group has cancelled: there is no pickup to forecast.</source>
        <translation>Il gruppo ha cancellato: non c’è pickup da prevedere.</translation>
    </message>
    <message>
        <source>The contract is actualized: its pickup is final.</source>
        <translation>Il contratto è consuntivato: il suo pickup è definitivo.</translation>
    </message>
    <message>
        <source>The group arrived on %1: a forecast looks at groups still to arrive.</source>
        <translation>Il gruppo è arrivato il %1: una previsione riguarda i gruppi non ancora arrivati.</translation>
    </message>
    <message>
        <source>The past groups could not be read: %1</source>
        <translation>Impossibile leggere i gruppi passati: %1</translation>
    </message>
    <message>
        <source>The contract cannot be forecast: %1</source>
        <translation>Impossibile prevedere il contratto: %1</translation>
    </message>
</context>
<context>
    <name>attrition::ui::GridView</name>
    <message>
        <source>Pasted</source>
        <translation>Incollato</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Incolla</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Svuota</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Aggiungi riga</translation>
    </message>
    <message>
        <source>Remove Rows</source>
        <translation>Rimuovi righe</translation>
    </message>
</context>
<context>
    <name>attrition::ui::HotelOutlookModel</name>
    <message>
        <source>%1: enter %2</source>
        <translation>%1: inserire %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of missing columns</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Rooms the hotel can sell that night</source>
        <translation>Camere che l&apos;hotel può vendere quella notte</translation>
    </message>
    <message>
        <source>Unconstrained transient demand: the rooms transient guests would ask for without the group, may be fractional</source>
        <translation>Domanda transient non vincolata: le camere che gli ospiti transient richiederebbero senza il gruppo; può essere frazionaria</translation>
    </message>
    <message>
        <source>The transient rate net of commissions and distribution costs, in %1</source>
        <translation>La tariffa transient al netto di commissioni e costi di distribuzione, in %1</translation>
    </message>
    <message>
        <source>Profit per occupied transient room beyond the room (F&amp;B, parking…), in %1; empty: none</source>
        <translation>Profitto per camera transient occupata oltre alla camera (F&amp;B, parcheggio…), in %1; vuoto: nessuno</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacità</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Net ADR</source>
        <translation>ADR netto</translation>
    </message>
    <message>
        <source>Ancillary</source>
        <translation>Accessori</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>non deve essere negativo</translation>
    </message>
    <message>
        <source>at most 1,000,000 rooms</source>
        <translation>al massimo 1.000.000 di camere</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Niente da incollare</translation>
    </message>
    <message numerus="yes">
        <source>The pasted cells do not fit in the outlook from here: it has %n night(s) and 4 columns</source>
        <translation>
            <numerusform>Le celle incollate non entrano nelle previsioni da qui: hanno %n notte e 4 colonne</numerusform>
            <numerusform>Le celle incollate non entrano nelle previsioni da qui: hanno %n notti e 4 colonne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attrition::ui::LetterheadDialog</name>
    <message>
        <source>Report Letterhead</source>
        <translation>Intestazione dei rapporti</translation>
    </message>
    <message>
        <source>What every report you print or export says about your hotel. Left empty, a report names the contract&apos;s hotel.</source>
        <translation>Ciò che ogni rapporto stampato o esportato dice del vostro hotel. Se lasciato vuoto, il rapporto indica l&apos;hotel del contratto.</translation>
    </message>
    <message>
        <source>The title of a contract&apos;s report, on its first page and in every page&apos;s header</source>
        <translation>Il titolo del rapporto di un contratto, nella prima pagina e nell&apos;intestazione di ogni pagina</translation>
    </message>
    <message>
        <source>The contract&apos;s hotel</source>
        <translation>L&apos;hotel del contratto</translation>
    </message>
    <message>
        <source>Street, city, country</source>
        <translation>Via, città, paese</translation>
    </message>
    <message>
        <source>For example: due within 30 days of this statement, by bank transfer</source>
        <translation>Per esempio: da pagare entro 30 giorni da questo rendiconto, con bonifico bancario</translation>
    </message>
    <message>
        <source>Printed under the net due of a contract&apos;s report</source>
        <translation>Stampato sotto il netto dovuto del rapporto di un contratto</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <source>&amp;No Logo</source>
        <translation>&amp;Nessun logo</translation>
    </message>
    <message>
        <source>Report &amp;title:</source>
        <translation>&amp;Titolo del rapporto:</translation>
    </message>
    <message>
        <source>&amp;Hotel:</source>
        <translation>&amp;Hotel:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>Ta&amp;x number:</source>
        <translation>Partita I&amp;VA:</translation>
    </message>
    <message>
        <source>&amp;Payment terms:</source>
        <translation>Termini di &amp;pagamento:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>%1 cannot be used as a logo: %2</source>
        <translation>%1 non può essere usato come logo: %2</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Scegli un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Cannot Use the Image</source>
        <translation>Impossibile usare l&apos;immagine</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Nessun logo</translation>
    </message>
    <message>
        <source>%1 cannot be read; reports leave the logo out</source>
        <translation>%1 non può essere letto; i rapporti escludono il logo</translation>
    </message>
</context>
<context>
    <name>attrition::ui::LineField</name>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Scegli la data da un calendario</translation>
    </message>
</context>
<context>
    <name>attrition::ui::MainWindow</name>
    <message>
        <source>Connect to PostgreSQL Server</source>
        <translation>Connetti a un server PostgreSQL</translation>
    </message>
    <message>
        <source>the server&apos;s default</source>
        <translation>quello predefinito del server</translation>
    </message>
    <message>
        <source>asked each time, never stored</source>
        <translation>richiesta ogni volta, mai salvata</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation>&amp;Schema:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connetti</translation>
    </message>
    <message>
        <source>Attrition Desk</source>
        <translation>Attrition Desk</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contratto</translation>
    </message>
    <message>
        <source>What-if scenarios</source>
        <translation>Scenari ipotetici</translation>
    </message>
    <message>
        <source>Recalculated in %1 ms</source>
        <translation>Ricalcolato in %1 ms</translation>
    </message>
    <message>
        <source>&amp;New Contract</source>
        <translation>&amp;Nuovo contratto</translation>
    </message>
    <message>
        <source>Start a new contract</source>
        <translation>Inizia un nuovo contratto</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Apri file…</translation>
    </message>
    <message>
        <source>Import a contract file into the database and open it</source>
        <translation>Importa un file di contratto nel database e aprilo</translation>
    </message>
    <message>
        <source>New &amp;Database…</source>
        <translation>Nuovo &amp;database…</translation>
    </message>
    <message>
        <source>Open Data&amp;base…</source>
        <translation>Apri data&amp;base…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL Server…</source>
        <translation>&amp;Connetti a un server PostgreSQL…</translation>
    </message>
    <message>
        <source>Import &amp;Contracts…</source>
        <translation>Importa &amp;contratti…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>E&amp;xport Contracts…</source>
        <translation>E&amp;sporta contratti…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Write the contracts the list shows to a contract file</source>
        <translation>Scrivi in un file di contratti i contratti mostrati dall&apos;elenco</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save as New &amp;Contract…</source>
        <translation>Salva come nuovo &amp;contratto…</translation>
    </message>
    <message>
        <source>Your &amp;Name for Saves…</source>
        <translation>Il tuo &amp;nome per i salvataggi…</translation>
    </message>
    <message>
        <source>&amp;Import Pickup Report…</source>
        <translation>&amp;Importa rapporto di pickup…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>S&amp;tampa rapporto…</translation>
    </message>
    <message>
        <source>&amp;Export Report as PDF…</source>
        <translation>&amp;Esporta rapporto in PDF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Page Set&amp;up…</source>
        <translation>Imposta pa&amp;gina…</translation>
    </message>
    <message>
        <source>Export &amp;Spreadsheet…</source>
        <translation>Esporta &amp;foglio di calcolo…</translation>
    </message>
    <message>
        <source>The assessment as an Excel workbook or CSV</source>
        <translation>La valutazione come cartella di lavoro Excel o CSV</translation>
    </message>
    <message>
        <source>The assessment as CSV</source>
        <translation>La valutazione come CSV</translation>
    </message>
    <message>
        <source>&amp;Reload List</source>
        <translation>&amp;Ricarica elenco</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Find Contract</source>
        <translation>&amp;Cerca contratto</translation>
    </message>
    <message>
        <source>Contract &amp;List</source>
        <translation>&amp;Elenco contratti</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Grafici</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Charts as &amp;Tables</source>
        <translation>Grafici come &amp;tabelle</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>Tema &amp;scuro</translation>
    </message>
    <message>
        <source>&amp;Contract</source>
        <translation>&amp;Contratto</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>&amp;What-if Scenarios</source>
        <translation>&amp;Scenari ipotetici</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>&amp;Next Contract</source>
        <translation>Contratto &amp;successivo</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Previous Contract</source>
        <translation>Contratto &amp;precedente</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>New &amp;Scenario</source>
        <translation>Nuovo &amp;scenario</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Other &amp;Reports</source>
        <translation>Altri &amp;rapporti</translation>
    </message>
    <message>
        <source>Print Scenario Comparison…</source>
        <translation>Stampa confronto degli scenari…</translation>
    </message>
    <message>
        <source>Export Scenario Comparison as PDF…</source>
        <translation>Esporta confronto degli scenari in PDF…</translation>
    </message>
    <message>
        <source>Export Scenarios as Spreadsheet…</source>
        <translation>Esporta scenari come foglio di calcolo…</translation>
    </message>
    <message>
        <source>Print Portfolio of the Contracts Listed…</source>
        <translation>Stampa portafoglio dei contratti elencati…</translation>
    </message>
    <message>
        <source>Export Portfolio as PDF…</source>
        <translation>Esporta portafoglio in PDF…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Go to &amp;Section</source>
        <translation>Vai alla &amp;sezione</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Attrition Desk</source>
        <translation>&amp;Informazioni su Attrition Desk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Import Pickup</source>
        <translation>Importa pickup</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 ha modifiche non salvate.</translation>
    </message>
    <message>
        <source>The contract</source>
        <translation>Il contratto</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Salvarle prima di continuare?</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Non connesso a %1.</translation>
    </message>
    <message>
        <source>Sample Contracts</source>
        <translation>Contratti di esempio</translation>
    </message>
    <message>
        <source>The sample contracts could not all be stored:

%1</source>
        <translation>Non è stato possibile salvare tutti i contratti di esempio:

%1</translation>
    </message>
    <message>
        <source>Made a database of sample contracts at %1</source>
        <translation>Creato un database di contratti di esempio in %1</translation>
    </message>
    <message>
        <source>Cannot Open the Contract Database</source>
        <translation>Impossibile aprire il database dei contratti</translation>
    </message>
    <message>
        <source>The contract database cannot be opened.

%1</source>
        <translation>Il database dei contratti non può essere aperto.

%1</translation>
    </message>
    <message>
        <source>Nothing was changed in it. Open another database, or quit.</source>
        <translation>Non è stato modificato nulla. Aprire un altro database o uscire.</translation>
    </message>
    <message>
        <source>Open Another Database…</source>
        <translation>Apri un altro database…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Open Contract Database</source>
        <translation>Apri database dei contratti</translation>
    </message>
    <message>
        <source>Contract databases (*.sqlite *.db);;All files (*)</source>
        <translation>Database di contratti (*.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Aperto %1</translation>
    </message>
    <message>
        <source>Cannot Make a New Database</source>
        <translation>Impossibile creare un nuovo database</translation>
    </message>
    <message>
        <source>%1 exists already. Choose File &gt; Open Database to open it.</source>
        <translation>%1 esiste già. Scegliere File &gt; Apri database per aprirlo.</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes?</source>
        <translation>Ripristinare le modifiche non salvate?</translation>
    </message>
    <message>
        <source>Changes to %1 made until %2 were not saved when Attrition Desk last stopped.</source>
        <translation>Le modifiche a %1 fatte fino a %2 non sono state salvate l&apos;ultima volta che Attrition Desk si è fermato.</translation>
    </message>
    <message>
        <source>a new contract</source>
        <translation>un nuovo contratto</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Restore them to look them over and save them, or discard them.</source>
        <translation>Ripristinarle per controllarle e salvarle, oppure scartarle.</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Ripristina modifiche non salvate</translation>
    </message>
    <message>
        <source>Restored the unsaved changes to %1: save them to keep them</source>
        <translation>Ripristinate le modifiche non salvate a %1: salvarle per conservarle</translation>
    </message>
    <message>
        <source>New Contract Database</source>
        <translation>Nuovo database dei contratti</translation>
    </message>
    <message>
        <source>contracts.sqlite</source>
        <translation>contracts.sqlite</translation>
    </message>
    <message>
        <source>Contract databases (*.sqlite)</source>
        <translation>Database di contratti (*.sqlite)</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connesso a %1</translation>
    </message>
    <message>
        <source>Cannot Open Contract</source>
        <translation>Impossibile aprire il contratto</translation>
    </message>
    <message>
        <source>Opened %1, version %2, last saved by %3</source>
        <translation>Aperto %1, versione %2, salvato l&apos;ultima volta da %3</translation>
    </message>
    <message>
        <source>Cannot Reload Contract</source>
        <translation>Impossibile ricaricare il contratto</translation>
    </message>
    <message>
        <source>Reloaded %1: version %2, saved by %3</source>
        <translation>Ricaricato %1: versione %2, salvata da %3</translation>
    </message>
    <message>
        <source>Scenarios Not Saved</source>
        <translation>Scenari non salvati</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>Impossibile aprire il file</translation>
    </message>
    <message>
        <source>%1 could not be read:

%2</source>
        <translation>Impossibile leggere %1:

%2</translation>
    </message>
    <message>
        <source>%1 is stored already: opened the stored contract</source>
        <translation>%1 è già salvato: aperto il contratto salvato</translation>
    </message>
    <message>
        <source>Imported and opened %1</source>
        <translation>Importato e aperto %1</translation>
    </message>
    <message>
        <source>Open Contract File</source>
        <translation>Apri file di contratto</translation>
    </message>
    <message>
        <source>Contract files (*.json);;All files (*)</source>
        <translation>File di contratto (*.json);;Tutti i file (*)</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(e %n altro)</numerusform>
            <numerusform>(e altri %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Nulla importato</translation>
    </message>
    <message>
        <source>No contract was imported:

%1</source>
        <translation>Nessun contratto importato:

%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contract(s)</source>
        <translation>
            <numerusform>Importato %n contratto</numerusform>
            <numerusform>Importati %n contratti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; replaced %n stored contract(s)</source>
        <translation>
            <numerusform>; sostituito %n contratto salvato</numerusform>
            <numerusform>; sostituiti %n contratti salvati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n stored already as in the file: </source>
        <translation>
            <numerusform>; %n già salvato come nel file: </numerusform>
            <numerusform>; %n già salvati come nel file: </numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Stored Contracts?</source>
        <translation>Sostituire i contratti salvati?</translation>
    </message>
    <message>
        <source>%1

Replace the stored contracts with the versions in the file? Each replaced contract keeps its history: the changes are recorded in its audit trail.</source>
        <translation>%1

Sostituire i contratti salvati con le versioni del file? Ogni contratto sostituito conserva la sua cronologia: le modifiche sono registrate nel suo registro di controllo.</translation>
    </message>
    <message>
        <source>Import Contracts</source>
        <translation>Importa contratti</translation>
    </message>
    <message>
        <source>Exporting contracts…</source>
        <translation>Esportazione dei contratti…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Impossibile esportare</translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Niente da esportare</translation>
    </message>
    <message>
        <source>The list shows no contract.</source>
        <translation>L&apos;elenco non mostra alcun contratto.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contract(s) to %1</source>
        <translation>
            <numerusform>Esportato %n contratto in %1</numerusform>
            <numerusform>Esportati %n contratti in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Contracts</source>
        <translation>Esporta contratti</translation>
    </message>
    <message>
        <source>contracts.json</source>
        <translation>contratti.json</translation>
    </message>
    <message>
        <source>Contract files (*.json)</source>
        <translation>File di contratto (*.json)</translation>
    </message>
    <message>
        <source>Your Name for Saves</source>
        <translation>Il tuo nome per i salvataggi</translation>
    </message>
    <message>
        <source>Saves are recorded under this name (empty: your user name on this computer, %1):</source>
        <translation>I salvataggi sono registrati con questo nome (vuoto: il tuo nome utente su questo computer, %1):</translation>
    </message>
    <message>
        <source>Saves are recorded as %1</source>
        <translation>I salvataggi sono registrati come %1</translation>
    </message>
    <message>
        <source>New contract: it is stored in the database when you save it</source>
        <translation>Nuovo contratto: viene salvato nel database quando lo salvi</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Impossibile salvare</translation>
    </message>
    <message>
        <source>No contract database is open.</source>
        <translation>Nessun database dei contratti aperto.</translation>
    </message>
    <message>
        <source>Saved by Someone Else</source>
        <translation>Salvato da un&apos;altra persona</translation>
    </message>
    <message>
        <source>Reload Their Version</source>
        <translation>Ricarica la sua versione</translation>
    </message>
    <message>
        <source>Keep My Changes</source>
        <translation>Mantieni le mie modifiche</translation>
    </message>
    <message>
        <source>Reloading shows their changes and drops yours; keeping yours lets you note them first.</source>
        <translation>Ricaricare mostra le sue modifiche e scarta le tue; mantenere le tue ti permette di annotarle prima.</translation>
    </message>
    <message>
        <source>Your changes are kept on screen; File &gt; Save as New Contract stores them as a new contract.</source>
        <translation>Le tue modifiche restano a schermo; File &gt; Salva come nuovo contratto le salva come nuovo contratto.</translation>
    </message>
    <message>
        <source>%1

Your changes are kept; nothing was written.</source>
        <translation>%1

Le tue modifiche sono mantenute; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Saved %1 as version %2</source>
        <translation>Salvato %1 come versione %2</translation>
    </message>
    <message>
        <source>%1 is stored exactly so already</source>
        <translation>%1 è già salvato esattamente così</translation>
    </message>
    <message>
        <source>Save as New Contract</source>
        <translation>Salva come nuovo contratto</translation>
    </message>
    <message>
        <source>Reference of the new contract:</source>
        <translation>Riferimento del nuovo contratto:</translation>
    </message>
    <message>
        <source>-COPY</source>
        <translation>-COPIA</translation>
    </message>
    <message>
        <source>Saved as new contract %1</source>
        <translation>Salvato come nuovo contratto %1</translation>
    </message>
    <message numerus="yes">
        <source>Listed %Ln contract(s)</source>
        <translation>
            <numerusform>%Ln contratto elencato</numerusform>
            <numerusform>%Ln contratti elencati</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Pickup Report</source>
        <translation>Importa rapporto di pickup</translation>
    </message>
    <message>
        <source>Pickup reports (*.csv *.txt);;All files (*)</source>
        <translation>Rapporti di pickup (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Impossibile importare</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:

%2</source>
        <translation>Nulla importato da %1:

%2</translation>
    </message>
    <message>
        <source>Import pickup</source>
        <translation>Importa pickup</translation>
    </message>
    <message numerus="yes">
        <source>Imported the pickup of %n night(s) and room type(s) from %1</source>
        <translation>
            <numerusform>Importato il pickup di %n notte e tipo di camera da %1</numerusform>
            <numerusform>Importato il pickup di %n notti e tipi di camera da %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pickup Imported</source>
        <translation>Pickup importato</translation>
    </message>
    <message>
        <source>The pickup of %1 was imported. Worth checking:

%2</source>
        <translation>Il pickup di %1 è stato importato. Da controllare:

%2</translation>
    </message>
    <message>
        <source>About Attrition Desk</source>
        <translation>Informazioni su Attrition Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Attrition Desk %1&lt;/h3&gt;&lt;p&gt;Attrition and cancellation damages for hotel group contracts, itemized to the cent.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Attrition Desk %1&lt;/h3&gt;&lt;p&gt;Penali di attrito e cancellazione dei contratti alberghieri di gruppo, dettagliate al centesimo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1[*] — Attrition Desk</source>
        <translation>%1[*] — Attrition Desk</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Senza titolo</translation>
    </message>
    <message>
        <source>Untitled contract</source>
        <translation>Contratto senza titolo</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2, %n night(s)</source>
        <translation>
            <numerusform>dal %1 al %2, %n notte</numerusform>
            <numerusform>dal %1 al %2, %n notti</numerusform>
        </translation>
    </message>
    <message>
        <source>Every contract of %1</source>
        <translation>Tutti i contratti di %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) the list shows</source>
        <translation>
            <numerusform>%n contratto mostrato dall&apos;elenco</numerusform>
            <numerusform>%n contratti mostrati dall&apos;elenco</numerusform>
        </translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-rapporto</translation>
    </message>
    <message>
        <source>-scenarios</source>
        <translation>-scenari</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>portafoglio</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Esporta in PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>Esportato %1 (%n pagina)</numerusform>
            <numerusform>Esportato %1 (%n pagine)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports print on %1, %2</source>
        <translation>I rapporti sono stampati su %1, %2</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>orizzontale</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>verticale</translation>
    </message>
    <message>
        <source>Export Spreadsheet</source>
        <translation>Esporta foglio di calcolo</translation>
    </message>
    <message>
        <source>The contract has problems: correct them to export its assessment.</source>
        <translation>Il contratto ha problemi: correggerli per esportarne la valutazione.</translation>
    </message>
    <message>
        <source>-assessment</source>
        <translation>-valutazione</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Esportato %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>&amp;Sistema (%1)</translation>
    </message>
    <message>
        <source>Report &amp;Language</source>
        <translation>&amp;Lingua dei rapporti</translation>
    </message>
    <message>
        <source>The language and notation of printed and exported reports</source>
        <translation>La lingua e la notazione dei rapporti stampati ed esportati</translation>
    </message>
    <message>
        <source>&amp;Same as the Program</source>
        <translation>&amp;Come il programma</translation>
    </message>
    <message>
        <source>Reports are made in the program&apos;s language</source>
        <translation>I rapporti sono redatti nella lingua del programma</translation>
    </message>
    <message>
        <source>Reports are made in %1</source>
        <translation>I rapporti sono redatti in %1</translation>
    </message>
    <message>
        <source>Save a Contract with Problems</source>
        <translation>Salva un contratto con problemi</translation>
    </message>
    <message numerus="yes">
        <source>The contract has %n problem(s): its damages cannot be assessed until they are fixed. Save it as it is?</source>
        <translation>
            <numerusform>Il contratto ha %n problema: la sua penale non può essere calcolata finché non viene corretto. Salvarlo così com&apos;è?</numerusform>
            <numerusform>Il contratto ha %n problemi: la sua penale non può essere calcolata finché non vengono corretti. Salvarlo così com&apos;è?</numerusform>
        </translation>
    </message>
    <message>
        <source>The damages panel lists the problems; choosing one shows its field.</source>
        <translation>Il pannello della penale elenca i problemi; sceglierne uno mostra il suo campo.</translation>
    </message>
    <message>
        <source>Not saved: the contract has problems</source>
        <translation>Non salvato: il contratto ha problemi</translation>
    </message>
    <message numerus="yes">
        <source>; recorded %n pickup report(s) of their histories</source>
        <translation>
            <numerusform>; registrato %n report di pickup del loro storico</numerusform>
            <numerusform>; registrati %n report di pickup del loro storico</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the contract&apos;s attrition and cancellation statement, with a preview</source>
        <translation>Stampa il rendiconto di attrito e cancellazione del contratto, con anteprima</translation>
    </message>
    <message>
        <source>Report &amp;Letterhead…</source>
        <translation>&amp;Intestazione dei rapporti…</translation>
    </message>
    <message>
        <source>The hotel&apos;s logo, address, tax number and payment terms, and the title of the contract&apos;s report</source>
        <translation>Il logo, l&apos;indirizzo, la partita IVA e i termini di pagamento dell&apos;hotel, e il titolo del rapporto del contratto</translation>
    </message>
    <message>
        <source>Reports print the letterhead of %1</source>
        <translation>I rapporti stampano l&apos;intestazione di %1</translation>
    </message>
    <message>
        <source>the contract&apos;s hotel</source>
        <translation>l&apos;hotel del contratto</translation>
    </message>
    <message>
        <source>Each save is recorded in the contract&apos;s change log under your name. Who are you?</source>
        <translation>Ogni salvataggio viene registrato nella cronologia delle modifiche del contratto con il tuo nome. Chi sei?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>&amp;Use This Name</source>
        <translation>&amp;Usa questo nome</translation>
    </message>
    <message>
        <source>Keep the name of this computer&apos;s user, %1; Edit &gt; Your Name for Saves changes it later</source>
        <translation>Mantieni il nome dell&apos;utente di questo computer, %1; Modifica &gt; Il tuo nome per i salvataggi lo cambia in seguito</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guida utente</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>&amp;Che cos&apos;è?</translation>
    </message>
    <message>
        <source>Click a field of the contract to learn what its clause means</source>
        <translation>Fare clic su un campo del contratto per sapere che cosa significa la sua clausola</translation>
    </message>
    <message>
        <source>Take Out of &amp;Archive</source>
        <translation>Togli dall&apos;arc&amp;hivio</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>A&amp;rchivia</translation>
    </message>
    <message>
        <source>Archived contracts are kept with everything they have, and hidden from the list unless it shows archived contracts</source>
        <translation>I contratti archiviati sono conservati con tutto il loro contenuto e nascosti dall&apos;elenco, a meno che questo non mostri i contratti archiviati</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Eli&amp;mina…</translation>
    </message>
    <message>
        <source>Delete the contract with its scenarios and pickup history (Undo Delete brings it back until Attrition Desk closes)</source>
        <translation>Elimina il contratto con i suoi scenari e la cronologia del pickup (Annulla eliminazione lo recupera fino alla chiusura di Attrition Desk)</translation>
    </message>
    <message>
        <source>Undo &amp;Delete</source>
        <translation>Annulla e&amp;liminazione</translation>
    </message>
    <message>
        <source>Undo &amp;Delete of %1</source>
        <extracomment>%1 the reference of the contract deleted last.</extracomment>
        <translation>Annulla e&amp;liminazione di %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>Cannot Archive Contract</source>
        <translation>Impossibile archiviare il contratto</translation>
    </message>
    <message>
        <source>Cannot Take Contract Out of Archive</source>
        <translation>Impossibile togliere il contratto dall&apos;archivio</translation>
    </message>
    <message>
        <source>Archived %1; the list shows it only with “Show archived contracts”</source>
        <translation>%1 archiviato; l&apos;elenco lo mostra solo con «Mostra contratti archiviati»</translation>
    </message>
    <message>
        <source>Took %1 out of the archive</source>
        <translation>%1 tolto dall&apos;archivio</translation>
    </message>
    <message>
        <source>Cannot Delete Contract</source>
        <translation>Impossibile eliminare il contratto</translation>
    </message>
    <message>
        <source>Delete the contract of %1 (%2) with its scenarios and pickup history? The deletion is recorded in the change log; Edit &gt; Undo Delete brings it back until Attrition Desk closes.</source>
        <extracomment>%1 the group&apos;s name, %2 the contract&apos;s reference.</extracomment>
        <translation>Eliminare il contratto di %1 (%2) con i suoi scenari e la cronologia del pickup? L&apos;eliminazione viene registrata nella cronologia delle modifiche; Modifica &gt; Annulla eliminazione lo recupera fino alla chiusura di Attrition Desk.</translation>
    </message>
    <message>
        <source>Its unsaved changes are lost.</source>
        <translation>Le sue modifiche non salvate andranno perse.</translation>
    </message>
    <message>
        <source>Delete Contract</source>
        <translation>Elimina contratto</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Deleted %1. Edit &gt; Undo Delete brings it back until Attrition Desk closes.</source>
        <translation>%1 eliminato. Modifica &gt; Annulla eliminazione lo recupera fino alla chiusura di Attrition Desk.</translation>
    </message>
    <message>
        <source>Cannot Undo Delete</source>
        <translation>Impossibile annullare l&apos;eliminazione</translation>
    </message>
    <message>
        <source>Restored %1 with its scenarios and pickup history</source>
        <translation>%1 ripristinato con i suoi scenari e la cronologia del pickup</translation>
    </message>
    <message>
        <source>Restored %1 with its scenarios and pickup history, under a new id</source>
        <translation>%1 ripristinato con i suoi scenari e la cronologia del pickup, con un nuovo id</translation>
    </message>
    <message>
        <source>Export Propos&amp;al as PDF…</source>
        <translation>Esporta &amp;proposta in PDF…</translation>
    </message>
    <message>
        <source>A one-page group proposal to send the client before the contract is signed</source>
        <translation>Una proposta di gruppo di una pagina da inviare al cliente prima della firma del contratto</translation>
    </message>
    <message>
        <source>Export Proposal as PDF</source>
        <translation>Esporta proposta in PDF</translation>
    </message>
    <message>
        <source>-proposal</source>
        <translation>-proposta</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Preventivo</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Preventivo</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Save Outlook?</source>
        <translation>Salvare le previsioni?</translation>
    </message>
    <message>
        <source>The hotel outlook entered on the Quote page is not saved. Save it before closing?</source>
        <translation>Le previsioni dell&apos;hotel inserite nella pagina Preventivo non sono salvate. Salvarle prima di chiudere?</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>Scri&amp;vania</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Scrivania</translation>
    </message>
    <message>
        <source>The groups at risk and the sales pipeline</source>
        <translation>I gruppi a rischio e la pipeline di vendita</translation>
    </message>
    <message>
        <source>C&amp;ontracts</source>
        <translation>C&amp;ontratti</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratti</translation>
    </message>
    <message>
        <source>The contract list and the contract editor</source>
        <translation>L&apos;elenco dei contratti e l&apos;editor del contratto</translation>
    </message>
    <message>
        <source>Pickup Reminder Letter as PDF…</source>
        <translation>Lettera di sollecito del pickup in PDF…</translation>
    </message>
    <message>
        <source>Export Pickup Reminder Letter as PDF</source>
        <translation>Esporta lettera di sollecito del pickup in PDF</translation>
    </message>
    <message>
        <source>-reminder</source>
        <translation>-sollecito</translation>
    </message>
    <message>
        <source>Desk &amp;Thresholds…</source>
        <translation>&amp;Soglie della Scrivania…</translation>
    </message>
    <message>
        <source>When the desk flags a group at risk or an account</source>
        <translation>Quando la Scrivania segnala un gruppo a rischio o un cliente</translation>
    </message>
    <message>
        <source>Forecasting the groups at risk…</source>
        <translation>Previsione dei gruppi a rischio in corso…</translation>
    </message>
    <message>
        <source>The groups at risk cannot be forecast: %1</source>
        <translation>Impossibile calcolare la previsione dei gruppi a rischio: %1</translation>
    </message>
    <message>
        <source>The hotel outlook entered on the Quote page is not saved in this database. Save it before opening another?</source>
        <translation>Le previsioni dell&apos;hotel inserite nella pagina Preventivo non sono salvate in questo database. Salvarle prima di aprirne un altro?</translation>
    </message>
    <message>
        <source>Reading the contracts: %1 of %2…</source>
        <translation>Lettura dei contratti: %1 di %2…</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portafoglio</translation>
    </message>
</context>
<context>
    <name>attrition::ui::NightBarsChart</name>
    <message>
        <source>Required</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Camere</translation>
    </message>
    <message>
        <source>The stay has no nights: check arrival and departure.</source>
        <translation>Il soggiorno non ha notti: controllare arrivo e partenza.</translation>
    </message>
</context>
<context>
    <name>attrition::ui::NightSummaryModel</name>
    <message>
        <source>Night</source>
        <translation>Notte</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Contrattate</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blocco</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Riportate</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Prenotate</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Carenza</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
</context>
<context>
    <name>attrition::ui::PickupPaceChart</name>
    <message>
        <source>Picked up</source>
        <translation>Prenotate</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blocco</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Cut-off</translation>
    </message>
    <message>
        <source>Pickup report date</source>
        <translation>Data del rapporto di pickup</translation>
    </message>
    <message>
        <source>Room nights</source>
        <translation>Notti camera</translation>
    </message>
    <message>
        <source>No pickup report is stored for this contract yet.</source>
        <translation>Nessun rapporto di pickup ancora salvato per questo contratto.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsione</translation>
    </message>
    <message>
        <source>P10–P90</source>
        <extracomment>The range of the forecast: 8 of 10 past groups ended inside it.</extracomment>
        <translation>P10–P90</translation>
    </message>
    <message numerus="yes">
        <source>Comparable groups (%n)</source>
        <extracomment>%n past groups of the hotel whose average pace the line shows.</extracomment>
        <translation>
            <numerusform>Gruppi comparabili (%n)</numerusform>
            <numerusform>Gruppi comparabili (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Performance level</source>
        <translation>Livello di performance</translation>
    </message>
</context>
<context>
    <name>attrition::ui::PickupPaceModel</name>
    <message>
        <source>Report date</source>
        <translation>Data del rapporto</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Prenotate</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blocco</translation>
    </message>
    <message>
        <source>Of the block</source>
        <translation>Del blocco</translation>
    </message>
    <message>
        <source>The forecast final pickup at arrival, with the range in which 8 of 10 past groups ended (P10 to P90)</source>
        <translation>Il pickup finale previsto all&apos;arrivo, con l&apos;intervallo in cui sono finiti 8 gruppi passati su 10 (da P10 a P90)</translation>
    </message>
    <message>
        <source>%1 (forecast)</source>
        <extracomment>The last row of the pace table: the forecast for the arrival date %1.</extracomment>
        <translation>%1 (previsione)</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <extracomment>A forecast room-night count and its P10-P90 range.</extracomment>
        <translation>%1 (%2–%3)</translation>
    </message>
</context>
<context>
    <name>attrition::ui::PickupSweepModel</name>
    <message>
        <source>Pickup</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <source>Room attrition</source>
        <translation>Attrito camere</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Sala meeting</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>Totale dovuto</translation>
    </message>
</context>
<context>
    <name>attrition::ui::PipelineChart</name>
    <message>
        <source>Room nights</source>
        <translation>Notti camera</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratti</translation>
    </message>
    <message>
        <source>Room revenue, %1</source>
        <translation>Ricavi camere, %1</translation>
    </message>
    <message>
        <source>No contract arrives in these dates.</source>
        <translation>Nessun contratto arriva in queste date.</translation>
    </message>
    <message>
        <source>Damages, %1</source>
        <translation>Penali, %1</translation>
    </message>
    <message>
        <source>No actualized or cancelled group arrives in these dates.</source>
        <translation>Nessun gruppo consuntivato o cancellato arriva in queste date.</translation>
    </message>
    <message>
        <source>F&amp;B minimum, %1</source>
        <translation>Minimo F&amp;B, %1</translation>
    </message>
</context>
<context>
    <name>attrition::ui::PipelineDamagesModel</name>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message numerus="yes">
        <source>%n actualized groups: damages %1</source>
        <translation>
            <numerusform>%n gruppo consuntivato: penali %1</numerusform>
            <numerusform>%n gruppi consuntivati: penali %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled groups: fees %1</source>
        <translation>
            <numerusform>%n gruppo cancellato: penali di cancellazione %1</numerusform>
            <numerusform>%n gruppi cancellati: penali di cancellazione %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Collected: the payments their settlements record; waived: what the settlements waived.</source>
        <translation>Incassato: i pagamenti che registrano le loro liquidazioni; condonato: quanto le liquidazioni hanno condonato.</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppi</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Calcolato</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Incassato</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Condonato</translation>
    </message>
</context>
<context>
    <name>attrition::ui::PipelineModel</name>
    <message>
        <source>Prospect</source>
        <translation>Potenziale</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Opzionato</translation>
    </message>
    <message>
        <source>Definite</source>
        <translation>Confermato</translation>
    </message>
    <message>
        <source>Actualized</source>
        <translation>Consuntivato</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perso</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancellato</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message numerus="yes">
        <source>%n contracts, %1 room nights, room revenue %2, F&amp;B minimum %3, damages as picked up %4</source>
        <translation>
            <numerusform>%n contratto, %1 notti camera, ricavi camere %2, minimo F&amp;B %3, penale al pickup attuale %4</numerusform>
            <numerusform>%n contratti, %1 notti camera, ricavi camere %2, minimo F&amp;B %3, penale al pickup attuale %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <source>%1 won, %2 lost, %3 still open</source>
        <translation>vinti %1, persi %2, ancora aperti %3</translation>
    </message>
    <message>
        <source>Conversion: not known yet (%1).</source>
        <translation>Conversione: non ancora nota (%1).</translation>
    </message>
    <message>
        <source>Conversion: %1 of decided tentatives became definite (%2).</source>
        <translation>Conversione: il %1 degli opzionati decisi è diventato confermato (%2).</translation>
    </message>
    <message>
        <source>Wash: no actualized group arrives in these dates.</source>
        <translation>Wash: nessun gruppo consuntivato arriva in queste date.</translation>
    </message>
    <message numerus="yes">
        <source>Wash: %1 of the blocks of %n actualized groups went unsold (%2 of %3 room nights picked up).</source>
        <translation>
            <numerusform>Wash: il %1 dei blocchi di %n gruppo consuntivato è rimasto invenduto (%2 di %3 notti camera prenotate).</numerusform>
            <numerusform>Wash: il %1 dei blocchi di %n gruppi consuntivati è rimasto invenduto (%2 di %3 notti camera prenotate).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attrition::ui::QuoteClauseChart</name>
    <message>
        <source>Performance level, %</source>
        <translation>Livello di performance, %</translation>
    </message>
    <message>
        <source>Expected damages</source>
        <translation>Penali attese</translation>
    </message>
    <message>
        <source>Factor %1</source>
        <translation>Fattore %1</translation>
    </message>
    <message>
        <source>No clause advice: the quote cannot be made.</source>
        <translation>Nessun consiglio sulla clausola: impossibile fare il preventivo.</translation>
    </message>
</context>
<context>
    <name>attrition::ui::QuoteClauseModel</name>
    <message>
        <source>At %1 performance and a %2 damages factor the group would owe %3 on average; it owes something in %4 of the draws</source>
        <translation>Con una performance del %1 e un fattore di penale del %2 il gruppo dovrebbe in media %3; deve qualcosa nel %4 delle estrazioni</translation>
    </message>
    <message>
        <source>The share of the wash draws in which the group owes any attrition damages</source>
        <translation>La quota delle estrazioni del wash in cui il gruppo deve una penale di attrito</translation>
    </message>
    <message>
        <source>The expected damages under a damages factor of %1</source>
        <translation>La penale attesa con un fattore di penale del %1</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Chance of owing</source>
        <translation>Probabilità di dovere</translation>
    </message>
    <message>
        <source>Factor %1</source>
        <translation>Fattore %1</translation>
    </message>
</context>
<context>
    <name>attrition::ui::QuoteNightsModel</name>
    <message>
        <source>The block less the expected wash</source>
        <translation>Il blocco meno il wash atteso</translation>
    </message>
    <message>
        <source>Transient rooms turned away because the group takes them: transient demand plus group rooms above the capacity</source>
        <translation>Camere transient rifiutate perché le occupa il gruppo: domanda transient più camere del gruppo oltre la capacità</translation>
    </message>
    <message>
        <source>The group&apos;s room revenue less its commission and the rooms&apos; variable cost</source>
        <translation>I ricavi camere del gruppo meno la commissione e il costo variabile delle camere</translation>
    </message>
    <message>
        <source>Displaced rooms × (transient net ADR − variable cost + ancillary profit)</source>
        <translation>Camere spostate × (ADR netto transient − costo variabile + profitto accessorio)</translation>
    </message>
    <message>
        <source>Group room profit less the displacement cost</source>
        <translation>Profitto camere del gruppo meno il costo dello spostamento</translation>
    </message>
    <message>
        <source>The least average group rate at which the night pays for what it displaces</source>
        <translation>La tariffa media di gruppo minima con cui la notte copre ciò che sposta</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Notte</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blocco</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacità</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Group rooms</source>
        <translation>Camere del gruppo</translation>
    </message>
    <message>
        <source>Displaced</source>
        <translation>Spostate</translation>
    </message>
    <message>
        <source>Group profit</source>
        <translation>Profitto del gruppo</translation>
    </message>
    <message>
        <source>Displacement</source>
        <translation>Spostamento</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Break-even rate</source>
        <translation>Tariffa di pareggio</translation>
    </message>
</context>
<context>
    <name>attrition::ui::QuotePanel</name>
    <message>
        <source>Hotel outlook for the stay</source>
        <translation>Previsioni dell&apos;hotel per il soggiorno</translation>
    </message>
    <message>
        <source>The hotel&apos;s nights without the group. Paste from a spreadsheet or import a CSV file; each column&apos;s tooltip says what it holds.</source>
        <translation>Le notti dell&apos;hotel senza il gruppo. Incollare da un foglio di calcolo o importare un file CSV; il suggerimento di ogni colonna ne spiega il contenuto.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importa CSV…</translation>
    </message>
    <message>
        <source>Read the outlook from a CSV file with the columns date, capacity, demand, net-adr and, optionally, ancillary</source>
        <translation>Leggere le previsioni da un file CSV con le colonne date, capacity, demand, net-adr e, facoltativamente, ancillary</translation>
    </message>
    <message>
        <source>Sa&amp;ve Outlook</source>
        <translation>&amp;Salva previsioni</translation>
    </message>
    <message>
        <source>Store the outlook of this hotel&apos;s nights in the database, for every contract of the hotel; it is not part of the contract</source>
        <translation>Salvare nel database le previsioni delle notti di questo hotel, per tutti i contratti dell&apos;hotel; non fanno parte del contratto</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margini</translation>
    </message>
    <message>
        <source>Group &amp;commission:</source>
        <translation>&amp;Commissione del gruppo:</translation>
    </message>
    <message>
        <source>&amp;Variable cost per room:</source>
        <translation>Costo &amp;variabile per camera:</translation>
    </message>
    <message>
        <source>&amp;F&amp;&amp;B margin:</source>
        <translation>Margine &amp;F&amp;&amp;B:</translation>
    </message>
    <message>
        <source>&amp;Meeting room margin:</source>
        <translation>Margine sala &amp;meeting:</translation>
    </message>
    <message>
        <source>The share of the group&apos;s room revenue paid as commission</source>
        <translation>La quota dei ricavi camere del gruppo pagata come commissione</translation>
    </message>
    <message>
        <source>What an occupied room night costs the hotel (housekeeping, amenities, laundry), group or transient, in the contract&apos;s currency</source>
        <translation>Quanto costa all&apos;hotel una notte camera occupata (pulizie, cortesie, lavanderia), di gruppo o transient, nella valuta del contratto</translation>
    </message>
    <message>
        <source>The profit share of F&amp;B revenue; the F&amp;B minimum is assumed to be spent</source>
        <translation>La quota di profitto dei ricavi F&amp;B; si presume che il minimo F&amp;B venga speso</translation>
    </message>
    <message>
        <source>The profit share of the meeting room rental</source>
        <translation>La quota di profitto del noleggio della sala meeting</translation>
    </message>
    <message>
        <source>&amp;Use These Terms</source>
        <translation>&amp;Usa queste condizioni</translation>
    </message>
    <message>
        <source>Put the performance level and damages factor of the cell chosen into the contract&apos;s attrition clause (Edit &gt; Undo takes them back)</source>
        <translation>Inserire il livello di performance e il fattore di penale della cella scelta nella clausola di attrito del contratto (Modifica &gt; Annulla li revoca)</translation>
    </message>
    <message>
        <source>Export Proposal as &amp;PDF…</source>
        <translation>Esporta proposta in &amp;PDF…</translation>
    </message>
    <message>
        <source>Write the proposal to the client, with the attrition terms, as a PDF file</source>
        <translation>Scrivere la proposta al cliente, con le condizioni di attrito, come file PDF</translation>
    </message>
    <message>
        <source>The group cannot be quoted yet</source>
        <translation>Non è ancora possibile fare il preventivo del gruppo</translation>
    </message>
    <message>
        <source>Night by night</source>
        <translation>Notte per notte</translation>
    </message>
    <message>
        <source>Each night of the stay, expected after the wash</source>
        <translation>Ogni notte del soggiorno, attesa dopo il wash</translation>
    </message>
    <message>
        <source>Attrition terms</source>
        <translation>Condizioni di attrito</translation>
    </message>
    <message>
        <source>What each performance level and damages factor would collect, given how this account&apos;s groups wash</source>
        <translation>Quanto incasserebbe ogni livello di performance e fattore di penale, dato il wash dei gruppi di questo cliente</translation>
    </message>
    <message>
        <source>The contract names no hotel: the outlook is kept for the stay&apos;s nights only</source>
        <translation>Il contratto non indica alcun hotel: le previsioni sono conservate solo per le notti del soggiorno</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n night(s) from %2</source>
        <translation>
            <numerusform>%1, %n notte dal %2</numerusform>
            <numerusform>%1, %n notti dal %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The hotel&apos;s outlook could not be read: %1</source>
        <translation>Impossibile leggere le previsioni dell&apos;hotel: %1</translation>
    </message>
    <message>
        <source>No database is open: the outlook is kept while the program runs</source>
        <translation>Nessun database aperto: le previsioni sono conservate finché il programma è in esecuzione</translation>
    </message>
    <message>
        <source>Cannot Save Outlook</source>
        <translation>Impossibile salvare le previsioni</translation>
    </message>
    <message>
        <source>The outlook of %1 was not saved: %2</source>
        <translation>Le previsioni di %1 non sono state salvate: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved the outlook of %n night(s) at %1</source>
        <translation>
            <numerusform>Salvate le previsioni di %n notte dell&apos;hotel %1</numerusform>
            <numerusform>Salvate le previsioni di %n notti dell&apos;hotel %1</numerusform>
        </translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>non deve essere negativo</translation>
    </message>
    <message>
        <source>a commission is from 0% to below 100%</source>
        <translation>una commissione va dallo 0% a meno del 100%</translation>
    </message>
    <message>
        <source>a margin is from 0% to 100%</source>
        <translation>un margine va dallo 0% al 100%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A quote is for a proposed group (prospect or tentative); this contract is %1.</source>
        <translation>Un preventivo è per un gruppo proposto (prospect o tentative); questo contratto è %1.</translation>
    </message>
    <message>
        <source>The past groups could not be read: %1</source>
        <translation>Impossibile leggere i gruppi passati: %1</translation>
    </message>
    <message>
        <source>The group cannot be quoted: %1</source>
        <translation>Impossibile fare il preventivo del gruppo: %1</translation>
    </message>
    <message>
        <source>Worth taking: the group adds %1 and displaces no transient business</source>
        <translation>Conviene accettarlo: il gruppo aggiunge %1 e non sposta business transient</translation>
    </message>
    <message>
        <source>Worth taking: the group adds %1 after displacing %2 of transient business</source>
        <translation>Conviene accettarlo: il gruppo aggiunge %1 dopo aver spostato %2 di business transient</translation>
    </message>
    <message>
        <source>Break-even: the group adds nothing once the transient business it displaces (%1) is counted</source>
        <translation>Pareggio: il gruppo non aggiunge nulla una volta contato il business transient che sposta (%1)</translation>
    </message>
    <message>
        <source>Costs the hotel %1: the transient business it displaces (%2) is worth more than the group</source>
        <translation>Costa all&apos;hotel %1: il business transient che sposta (%2) vale più del gruppo</translation>
    </message>
    <message>
        <source>Net value of the group: %1 (P10 %2, P50 %3, P90 %4)</source>
        <translation>Valore netto del gruppo: %1 (P10 %2, P50 %3, P90 %4)</translation>
    </message>
    <message numerus="yes">
        <source>from the account&apos;s %n past group(s)</source>
        <translation>
            <numerusform>dal %n gruppo passato del cliente</numerusform>
            <numerusform>dai %n gruppi passati del cliente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n comparable group(s)</source>
        <translation>
            <numerusform>da %n gruppo comparabile</numerusform>
            <numerusform>da %n gruppi comparabili</numerusform>
        </translation>
    </message>
    <message>
        <source>no history: a default 0–20%</source>
        <translation>nessuno storico: un valore predefinito 0–20%</translation>
    </message>
    <message>
        <source>Expected wash %1 (P10–P90 %2–%3), %4.</source>
        <translation>Wash atteso %1 (P10–P90 %2–%3), %4.</translation>
    </message>
    <message>
        <source>Group room profit %1, displaced transient business %2, F&amp;B profit %3, meeting room profit %4.</source>
        <translation>Profitto camere del gruppo %1, business transient spostato %2, profitto F&amp;B %3, profitto sala meeting %4.</translation>
    </message>
    <message>
        <source>Use attrition terms %1 at %2</source>
        <translation>Usa condizioni di attrito del %1 al %2</translation>
    </message>
    <message>
        <source>The contract now asks for %1 performance with a %2 damages factor</source>
        <translation>Il contratto ora richiede una performance del %1 con un fattore di penale del %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Read the outlook of %n night(s) from %1</source>
        <translation>
            <numerusform>Lette le previsioni di %n notte da %1</numerusform>
            <numerusform>Lette le previsioni di %n notti da %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Hotel Outlook</source>
        <translation>Importa previsioni dell&apos;hotel</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e %n altro</numerusform>
            <numerusform>… e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Import Outlook</source>
        <translation>Impossibile importare le previsioni</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ScenarioComparisonModel</name>
    <message>
        <source>no change</source>
        <translation>nessuna modifica</translation>
    </message>
    <message>
        <source>The contract has problems: correct them to compare scenarios</source>
        <translation>Il contratto ha problemi: correggerli per confrontare gli scenari</translation>
    </message>
    <message>
        <source>cannot assess</source>
        <translation>non valutabile</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contratto</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <source>Room attrition</source>
        <translation>Attrito camere</translation>
    </message>
    <message>
        <source>Food &amp; beverage</source>
        <translation>Food &amp; beverage</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Sala meeting</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancellazione</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotale</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposta</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>Totale dovuto</translation>
    </message>
    <message>
        <source>Deposits applied</source>
        <translation>Depositi applicati</translation>
    </message>
    <message>
        <source>Net due</source>
        <translation>Netto dovuto</translation>
    </message>
    <message>
        <source>Rebooking credits applied</source>
        <translation>Crediti per nuova prenotazione applicati</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ScenarioCurvesChart</name>
    <message>
        <source>Pickup, % of the block</source>
        <translation>Pickup, % del blocco</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>Totale dovuto</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ScenarioNightsModel</name>
    <message>
        <source>Resold</source>
        <translation>Rivendute</translation>
    </message>
    <message>
        <source>Resale rate</source>
        <translation>Tariffa di rivendita</translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation>Modifica scenario</translation>
    </message>
    <message>
        <source>Choose a scenario first</source>
        <translation>Scegliere prima uno scenario</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Niente da incollare</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>The pasted cells do not fit in the table from here</source>
        <translation>Le celle incollate non entrano nella tabella da qui</translation>
    </message>
    <message>
        <source>Paste into scenario</source>
        <translation>Incolla nello scenario</translation>
    </message>
    <message>
        <source>Clear scenario cells</source>
        <translation>Svuota celle dello scenario</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ScenarioPanel</name>
    <message>
        <source>Actual F&amp;&amp;B spend</source>
        <translation>Spesa F&amp;&amp;B effettiva</translation>
    </message>
    <message>
        <source>Rooms the hotel resells</source>
        <translation>Camere rivendute dall&apos;hotel</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenari</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nuovo scenario</translation>
    </message>
    <message>
        <source>Duplicate the scenario</source>
        <translation>Duplica lo scenario</translation>
    </message>
    <message>
        <source>Remove the scenario</source>
        <translation>Rimuovi lo scenario</translation>
    </message>
    <message>
        <source>A scenario changes the pickup, the F&amp;B spend, the resold rooms or the cancellation date, and shows what the group would owe. Add one with +.</source>
        <translation>Uno scenario cambia il pickup, la spesa F&amp;B, le camere rivendute o la data di cancellazione, e mostra quanto dovrebbe il gruppo. Aggiungerne uno con +.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>Come registrato</translation>
    </message>
    <message>
        <source>A share of the block, every night</source>
        <translation>Una quota del blocco, ogni notte</translation>
    </message>
    <message>
        <source>Per night and room type</source>
        <translation>Per notte e tipo di camera</translation>
    </message>
    <message>
        <source>Pickup:</source>
        <translation>Pickup:</translation>
    </message>
    <message>
        <source>F&amp;B:</source>
        <translation>F&amp;&amp;B:</translation>
    </message>
    <message>
        <source>Resale:</source>
        <translation>Rivendita:</translation>
    </message>
    <message>
        <source>As the contract says</source>
        <translation>Come dice il contratto</translation>
    </message>
    <message>
        <source>The group cancels on</source>
        <translation>Il gruppo cancella il</translation>
    </message>
    <message>
        <source>The group does not cancel</source>
        <translation>Il gruppo non cancella</translation>
    </message>
    <message>
        <source>Cancellation:</source>
        <translation>Cancellazione:</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Affiancati</translation>
    </message>
    <message>
        <source>Damages owed against pickup</source>
        <translation>Penale dovuta in funzione del pickup</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Rinomina scenario</translation>
    </message>
    <message>
        <source>Change scenario pickup</source>
        <translation>Cambia il pickup dello scenario</translation>
    </message>
    <message>
        <source>Change scenario F&amp;B spend</source>
        <translation>Cambia la spesa F&amp;B dello scenario</translation>
    </message>
    <message>
        <source>Change scenario resale</source>
        <translation>Cambia la rivendita dello scenario</translation>
    </message>
    <message>
        <source>Change scenario cancellation</source>
        <translation>Cambia la cancellazione dello scenario</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Duplica scenario</translation>
    </message>
    <message>
        <source>Remove scenario</source>
        <translation>Rimuovi scenario</translation>
    </message>
    <message>
        <source>%1 of the block rounds to %2 of %3 rooms on %4: %5 counted.</source>
        <translation>Il %1 del blocco si arrotonda a %2 di %3 camere il %4: conteggiato il %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) round to whole rooms.</source>
        <translation>
            <numerusform>%n notte si arrotonda a camere intere.</numerusform>
            <numerusform>%n notti si arrotondano a camere intere.</numerusform>
        </translation>
    </message>
    <message>
        <source>The engine counts whole rooms: each night and room type of the block is rounded half-up, so the pickup assessed can differ from the share set.</source>
        <translation>Il motore conta camere intere: ogni notte e tipo di camera del blocco è arrotondato per eccesso dalla metà, quindi il pickup valutato può differire dalla quota impostata.</translation>
    </message>
    <message>
        <source>Add a grid of scenarios: one row per scenario (CSV, or cells copied from a spreadsheet)</source>
        <translation>Aggiungi una griglia di scenari: una riga per scenario (CSV, o celle copiate da un foglio di calcolo)</translation>
    </message>
    <message>
        <source>Import Grid…</source>
        <translation>Importa griglia…</translation>
    </message>
    <message>
        <source>Paste Grid</source>
        <translation>Incolla griglia</translation>
    </message>
    <message>
        <source>No contract is open.</source>
        <translation>Nessun contratto è aperto.</translation>
    </message>
    <message>
        <source>The grid has no scenario: a first line naming the columns, then a line per scenario.</source>
        <translation>La griglia non ha alcuno scenario: una prima riga con i nomi delle colonne, poi una riga per scenario.</translation>
    </message>
    <message numerus="yes">
        <source>The grid has %n scenario(s); with the %1 already here that is more than the %2 the window compares at once. attrition-cli assess --scenarios works out a grid of any size.</source>
        <translation>
            <numerusform>La griglia ha %n scenario; con i %1 già presenti sono più dei %2 che la finestra confronta insieme. attrition-cli assess --scenarios calcola una griglia di qualsiasi dimensione.</numerusform>
            <numerusform>La griglia ha %n scenari; con i %1 già presenti sono più dei %2 che la finestra confronta insieme. attrition-cli assess --scenarios calcola una griglia di qualsiasi dimensione.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n scenario(s) of a grid</source>
        <translation>
            <numerusform>Aggiungi %n scenario di una griglia</numerusform>
            <numerusform>Aggiungi %n scenari di una griglia</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Scenario Grid</source>
        <translation>Importa griglia di scenari</translation>
    </message>
    <message>
        <source>Scenario grids (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Griglie di scenari (*.csv *.tsv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>No scenario of %1 was added.</source>
        <translation>Nessuno scenario di %1 è stato aggiunto.</translation>
    </message>
    <message>
        <source>Paste Scenario Grid</source>
        <translation>Incolla griglia di scenari</translation>
    </message>
    <message>
        <source>No scenario of the grid on the clipboard was added.</source>
        <translation>Nessuno scenario della griglia negli appunti è stato aggiunto.</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ScenarioSet</name>
    <message>
        <source>Pickup %1</source>
        <translation>Pickup %1</translation>
    </message>
    <message>
        <source>Pickup per night</source>
        <translation>Pickup per notte</translation>
    </message>
    <message>
        <source>F&amp;B spend %1</source>
        <translation>Spesa F&amp;B %1</translation>
    </message>
    <message>
        <source>Resold rooms</source>
        <translation>Camere rivendute</translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation>Non cancellato</translation>
    </message>
    <message>
        <source>Notice %1</source>
        <translation>Comunicazione %1</translation>
    </message>
    <message>
        <source>As contracted</source>
        <translation>Come da contratto</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Joins two parts of a scenario&apos;s name, as in &quot;Pickup 75%, Notice 1 Mar 2027&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ShortcutsDialog</name>
    <message>
        <source>Tables of the editor</source>
        <translation>Tabelle dell&apos;editor</translation>
    </message>
    <message>
        <source>Keep the value and move down</source>
        <translation>Mantieni il valore e scendi</translation>
    </message>
    <message>
        <source>Keep the value and move up</source>
        <translation>Mantieni il valore e sali</translation>
    </message>
    <message>
        <source>Move across</source>
        <translation>Spostati in orizzontale</translation>
    </message>
    <message>
        <source>Clear the selected cells</source>
        <translation>Cancella le celle selezionate</translation>
    </message>
    <message>
        <source>Copy the selected cells</source>
        <translation>Copia le celle selezionate</translation>
    </message>
    <message>
        <source>Paste from a spreadsheet</source>
        <translation>Incolla da un foglio di calcolo</translation>
    </message>
    <message>
        <source>Change the cell</source>
        <translation>Modifica la cella</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
</context>
<context>
    <name>attrition::ui::TableSection</name>
    <message>
        <source>Add a row</source>
        <translation>Aggiungi una riga</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Rimuovi le righe selezionate</translation>
    </message>
</context>
<context>
    <name>attrition::ui::UserGuideWindow</name>
    <message>
        <source>Attrition Desk User Guide</source>
        <translation>Guida utente di Attrition Desk</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommario</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <source>Text in the guide</source>
        <translation>Testo nella guida</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Risultato precedente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Risultato successivo</translation>
    </message>
    <message>
        <source>Not found in the guide</source>
        <translation>Non trovato nella guida</translation>
    </message>
</context>
</TS>
