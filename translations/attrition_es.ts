<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Cli</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>--%1: expected a date written YYYY-MM-DD, found &quot;%2&quot;</source>
        <translation>--%1: se esperaba una fecha escrita YYYY-MM-DD, se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1, contract &quot;%2&quot;</source>
        <translation>%1, contrato &quot;%2&quot;</translation>
    </message>
    <message>
        <source>list takes no file; it lists the database (--database)</source>
        <translation>list no admite archivos; lista la base de datos (--database)</translation>
    </message>
    <message>
        <source>--sort: unknown column &quot;%1&quot; (%2)</source>
        <translation>--sort: columna desconocida &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>--%1: expected a whole number of at least %2, found &quot;%3&quot;</source>
        <translation>--%1: se esperaba un número entero de al menos %2, se encontró &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Room nights</source>
        <translation>Noches de habitación</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>%1 of %2 contracts (%3 to %4) in %5
</source>
        <translation>%1 de %2 contratos (%3 a %4) en %5
</translation>
    </message>
    <message>
        <source>import takes one or more contract files (JSON)</source>
        <translation>import necesita uno o más archivos de contrato (JSON)</translation>
    </message>
    <message>
        <source>%1: is a CSV file; a pickup report is imported with import-pickup FILE.csv --db REF</source>
        <translation>%1: es un archivo CSV; los informes de pickup se importan con import-pickup FILE.csv --db REF</translation>
    </message>
    <message>
        <source>%1: the reference &quot;%2&quot; is also given in %3</source>
        <translation>%1: la referencia &quot;%2&quot; también figura en %3</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>no se importó nada</translation>
    </message>
    <message>
        <source>import --replace stores the file&apos;s version as the contract&apos;s next version</source>
        <translation>import --replace guarda la versión del archivo como la siguiente versión del contrato</translation>
    </message>
    <message>
        <source>added    %1 (version %2)</source>
        <translation>añadido     %1 (versión %2)</translation>
    </message>
    <message>
        <source>replaced %1 (version %2)</source>
        <translation>reemplazado %1 (versión %2)</translation>
    </message>
    <message>
        <source>%1 contracts imported into %2: %3 added, %4 replaced, %5 unchanged
</source>
        <translation>%1 contratos importados en %2: %3 añadidos, %4 reemplazados, %5 sin cambios
</translation>
    </message>
    <message>
        <source>import-pickup takes one pickup report (CSV) and --db REFERENCE</source>
        <translation>import-pickup necesita un informe de pickup (CSV) y --db REFERENCE</translation>
    </message>
    <message>
        <source>--report-date: expected a date written YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>--report-date: se esperaba una fecha escrita YYYY-MM-DD, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: advertencia: %2</translation>
    </message>
    <message>
        <source>%1: the pickup report of %2 (1 row) was imported into contract &quot;%3&quot;, version %4</source>
        <translation>%1: el informe de pickup del %2 (1 fila) se importó en el contrato &quot;%3&quot;, versión %4</translation>
    </message>
    <message>
        <source>%1: the pickup report of %2 (%5 rows) was imported into contract &quot;%3&quot;, version %4</source>
        <translation>%1: el informe de pickup del %2 (%5 filas) se importó en el contrato &quot;%3&quot;, versión %4</translation>
    </message>
    <message>
        <source>%1: the pickup report of %2 (1 row) was already in contract &quot;%3&quot;, version %4</source>
        <translation>%1: el informe de pickup del %2 (1 fila) ya estaba en el contrato &quot;%3&quot;, versión %4</translation>
    </message>
    <message>
        <source>%1: the pickup report of %2 (%5 rows) was already in contract &quot;%3&quot;, version %4</source>
        <translation>%1: el informe de pickup del %2 (%5 filas) ya estaba en el contrato &quot;%3&quot;, versión %4</translation>
    </message>
    <message>
        <source>export takes no file; write to one with --out FILE</source>
        <translation>export no admite archivos; escriba en uno con --out FILE</translation>
    </message>
    <message>
        <source>%1 contracts exported from %2 to %3
</source>
        <translation>%1 contratos exportados de %2 a %3
</translation>
    </message>
    <message>
        <source>prints what the group owes under the contract, itemized, each line with the formula that produced it, then the warnings and the totals. What-if options assess a scenario instead of the recorded facts: --pickup 75 (every night at 75% of its block), --notice 2027-03-01 (cancellation notice received that day), --fb-spend 30500.00 (actual F&amp;B spend).</source>
        <translation>muestra lo que debe el grupo según el contrato, desglosado, cada línea con la fórmula que la produjo, y después las advertencias y los totales. Las opciones de escenario hipotético evalúan un escenario en lugar de los hechos registrados: --pickup 75 (cada noche al 75&#xa0;% de su bloque), --notice 2027-03-01 (aviso de cancelación recibido ese día), --fb-spend 30500.00 (consumo real de alimentos y bebidas).</translation>
    </message>
    <message>
        <source>prints every problem in the contract file with its JSON path ($.block[2].rooms), or &quot;valid&quot;.</source>
        <translation>muestra cada problema del archivo de contrato con su ruta JSON ($.block[2].rooms), o &quot;válido&quot;.</translation>
    </message>
    <message>
        <source>prints what is owed as one figure varies:</source>
        <translation>muestra lo que se adeuda al variar una cifra:</translation>
    </message>
    <message>
        <source>pickup from --from% to --to% of the block (default 0 to 150, step 1);</source>
        <translation>pickup del --from% al --to% del bloque (por defecto de 0 a 150, de 1 en 1);</translation>
    </message>
    <message>
        <source>notice received each --step days from --from to --to (default: signing to arrival, every day);</source>
        <translation>aviso recibido cada --step días desde --from hasta --to (por defecto: de la firma a la llegada, cada día);</translation>
    </message>
    <message>
        <source>actual F&amp;B spend from --from to --to (default: 0 to the minimum) in --steps equal intervals (default 20), or every --step amount.</source>
        <translation>consumo real de alimentos y bebidas desde --from hasta --to (por defecto: de 0 al mínimo) en --steps intervalos iguales (por defecto 20), o en incrementos de --step.</translation>
    </message>
    <message>
        <source>lists the stored contracts that pass the filters (default: the first 100 by arrival).</source>
        <translation>lista los contratos guardados que cumplen los filtros (por defecto: los 100 primeros por fecha de llegada).</translation>
    </message>
    <message>
        <source>stores the contracts of JSON contract files, all of them or, if any is invalid, none: a contract whose reference is not stored is added, one stored exactly so is left alone, one stored with other values stops the import unless --replace (then it becomes a new version). Importing a file twice changes nothing.</source>
        <translation>guarda los contratos de archivos de contrato JSON, todos o, si alguno no es válido, ninguno: un contrato cuya referencia no está guardada se añade, uno guardado exactamente igual se deja como está, y uno guardado con otros valores detiene la importación salvo con --replace (entonces pasa a ser una nueva versión). Importar dos veces un archivo no cambia nada.</translation>
    </message>
    <message>
        <source>reads a property system&apos;s group pickup report (CSV: Date, Room Type, Original, Current, Pickup, Available) for the stored contract REF: it becomes the contract&apos;s pickup and is kept as the report of --report-date (default: today) for the pickup pace.</source>
        <translation>lee el informe de pickup del grupo de un sistema de gestión hotelera (CSV: Date, Room Type, Original, Current, Pickup, Available) para el contrato guardado REF: pasa a ser el pickup del contrato y se conserva como el informe de --report-date (por defecto: hoy) para el ritmo del pickup.</translation>
    </message>
    <message>
        <source>writes the stored contracts that pass the filters, as one JSON collection file or, with --csv, as a spreadsheet with each contract&apos;s assessment; to --out FILE or standard output.</source>
        <translation>escribe los contratos guardados que cumplen los filtros, como un único archivo de colección JSON o, con --csv, como una hoja de cálculo con la evaluación de cada contrato; en --out FILE o en la salida estándar.</translation>
    </message>
    <message>
        <source>print JSON instead of text (amounts as decimal strings with the currency)</source>
        <translation>muestra JSON en lugar de texto (importes como cadenas decimales con la moneda)</translation>
    </message>
    <message>
        <source>in a file of several contracts, the one with this reference</source>
        <translation>en un archivo de varios contratos, el que tiene esta referencia</translation>
    </message>
    <message>
        <source>the stored contract with this reference</source>
        <translation>el contrato guardado con esta referencia</translation>
    </message>
    <message>
        <source>an SQLite file or a PostgreSQL server (default: the database the desktop application uses). A PostgreSQL password is never given here: libpq reads PGPASSWORD or ~/.pgpass.</source>
        <translation>un archivo SQLite o un servidor PostgreSQL (por defecto: la base de datos que usa la aplicación de escritorio). Aquí nunca se indica una contraseña de PostgreSQL: libpq lee PGPASSWORD o ~/.pgpass.</translation>
    </message>
    <message>
        <source>who makes the change, for the audit trail (default: the login name)</source>
        <translation>quién hace el cambio, para el registro de auditoría (por defecto: el nombre de inicio de sesión)</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>Every database command also takes %1.</source>
        <translation>Todos los comandos de base de datos admiten también %1.</translation>
    </message>
    <message>
        <source>&apos;attrition-cli --help&apos; explains each command.</source>
        <translation>&apos;attrition-cli --help&apos; explica cada comando.</translation>
    </message>
    <message>
        <source>Options may also be written --name=value.</source>
        <translation>Las opciones también pueden escribirse --name=value.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 invalid input (each message names the file and the place in it) or a database problem (nothing was written); 2 usage error.</source>
        <translation>Códigos de salida: 0 hecho; 1 entrada no válida (cada mensaje indica el archivo y el lugar dentro de él) o un problema de la base de datos (no se escribió nada); 2 error de uso.</translation>
    </message>
    <message>
        <source>%1: no contract has the reference &quot;%2&quot;</source>
        <translation>%1: ningún contrato tiene la referencia &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: holds %2 contracts; name one with --contract REFERENCE</source>
        <translation>%1: contiene %2 contratos; indique uno con --contract REFERENCE</translation>
    </message>
    <message>
        <source>--%1: expected a percentage such as 75 or 82.5, found &quot;%2&quot;</source>
        <translation>--%1: se esperaba un porcentaje como 75 o 82.5, se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1: expected an amount in %2 with at most %3 decimals, such as %4, found &quot;%5&quot;</source>
        <translation>--%1: se esperaba un importe en %2 con %3 decimales como máximo, como %4, se encontró &quot;%5&quot;</translation>
    </message>
    <message>
        <source>--%1: the amount must not be negative</source>
        <translation>--%1: el importe no puede ser negativo</translation>
    </message>
    <message>
        <source>--%1: expected a whole number, found &quot;%2&quot;</source>
        <translation>--%1: se esperaba un número entero, se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the amounts are too large to be computed exactly: %2</source>
        <translation>%1: los importes son demasiado grandes para calcularse con exactitud: %2</translation>
    </message>
    <message>
        <source>%1: cannot be assessed: %2</source>
        <translation>%1: no se puede evaluar: %2</translation>
    </message>
    <message>
        <source>assess takes a contract file or --db REFERENCE, not both</source>
        <translation>assess admite un archivo de contrato o --db REFERENCE, no ambos</translation>
    </message>
    <message>
        <source>assess takes one contract file, or --db REFERENCE</source>
        <translation>assess necesita un archivo de contrato o --db REFERENCE</translation>
    </message>
    <message>
        <source>give --json or --csv, not both</source>
        <translation>indique --json o --csv, no ambos</translation>
    </message>
    <message>
        <source>--pickup: expected a percentage from 0 to 1000, found &quot;%1&quot;</source>
        <translation>--pickup: se esperaba un porcentaje de 0 a 1000, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>validate takes one contract file</source>
        <translation>validate necesita un archivo de contrato</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: válido</translation>
    </message>
    <message>
        <source>%1: valid (%2 contracts)</source>
        <translation>%1: válido (%2 contratos)</translation>
    </message>
    <message>
        <source>sweep cancellation: --step is a number of days, at least 1</source>
        <translation>sweep cancellation: --step es un número de días, como mínimo 1</translation>
    </message>
    <message>
        <source>sweep cancellation: --to (%1) is before --from (%2)</source>
        <translation>sweep cancellation: --to (%1) es anterior a --from (%2)</translation>
    </message>
    <message>
        <source>sweep cancellation: at most 100000 days from --from to --to</source>
        <translation>sweep cancellation: como máximo 100000 días de --from a --to</translation>
    </message>
    <message>
        <source>sweep fb: give --step AMOUNT or --steps N, not both</source>
        <translation>sweep fb: indique --step AMOUNT o --steps N, no ambos</translation>
    </message>
    <message>
        <source>sweep fb: --to is less than --from</source>
        <translation>sweep fb: --to es menor que --from</translation>
    </message>
    <message>
        <source>sweep fb: --step must be more than zero</source>
        <translation>sweep fb: --step debe ser mayor que cero</translation>
    </message>
    <message>
        <source>sweep fb: from 0 to 100000 intervals</source>
        <translation>sweep fb: de 0 a 100000 intervalos</translation>
    </message>
    <message>
        <source>sweep needs pickup, cancellation or fb</source>
        <translation>sweep necesita pickup, cancellation o fb</translation>
    </message>
    <message>
        <source>unknown sweep &quot;%1&quot;: use pickup, cancellation or fb</source>
        <translation>sweep desconocido &quot;%1&quot;: use pickup, cancellation o fb</translation>
    </message>
    <message>
        <source>sweep %1 takes one contract file</source>
        <translation>sweep %1 necesita un archivo de contrato</translation>
    </message>
    <message>
        <source>--steps applies to sweep fb only</source>
        <translation>--steps solo se aplica a sweep fb</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se indicó ningún comando</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Arriving %1 to %2</source>
        <translation>Llegadas del %1 al %2</translation>
    </message>
    <message>
        <source>Arriving from %1</source>
        <translation>Llegadas desde el %1</translation>
    </message>
    <message>
        <source>Arriving until %1</source>
        <translation>Llegadas hasta el %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <source>Every contract</source>
        <translation>Todos los contratos</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>wrote %1 PDF files to %2 in %3 s</source>
        <translation>se escribieron %1 archivos PDF en %2; tiempo: %3 s</translation>
    </message>
    <message>
        <source>report takes one of: a contract file, --db REFERENCE, --all or --portfolio</source>
        <translation>report admite solo uno de estos: un archivo de contrato, --db REFERENCE, --all o --portfolio</translation>
    </message>
    <message>
        <source>report --all writes one PDF per contract: give --out-dir DIR</source>
        <translation>report --all escribe un PDF por contrato: indique --out-dir DIR</translation>
    </message>
    <message>
        <source>report: give --pdf OUT.pdf</source>
        <translation>report: indique --pdf OUT.pdf</translation>
    </message>
    <message>
        <source>report --scenarios compares the scenarios stored with --db REFERENCE</source>
        <translation>report --scenarios compara los escenarios guardados con --db REFERENCE</translation>
    </message>
    <message>
        <source>--page: a4 or letter, not &quot;%1&quot;</source>
        <translation>--page: a4 o letter, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--made-on: expected a date written YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>--made-on: se esperaba una fecha escrita YYYY-MM-DD, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>report --all: the number of processes writing the PDFs side by side (default: the number of processor cores); the files are the same for any number</source>
        <translation>report --all: el número de procesos que escriben los PDF en paralelo (por defecto: el número de núcleos del procesador); los archivos son los mismos con cualquier número</translation>
    </message>
    <message>
        <source>--scenarios takes the what-if figures from the grid, not from --pickup, --notice or --fb-spend</source>
        <translation>--scenarios toma las cifras de los escenarios de la tabla, no de --pickup, --notice ni --fb-spend</translation>
    </message>
    <message>
        <source>--%1: expected a percentage with at most two decimals, such as 75 or 82.25, found &quot;%2&quot;</source>
        <translation>--%1: se esperaba un porcentaje con dos decimales como máximo, como 75 o 82.25, se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>sweep pickup: --from, --to and --step are percentages with at most two decimals, 0 &lt;= from &lt;= to &lt;= 1000 and step &gt; 0</source>
        <translation>sweep pickup: --from, --to y --step son porcentajes con dos decimales como máximo, 0 &lt;= from &lt;= to &lt;= 1000 y step &gt; 0</translation>
    </message>
    <message>
        <source>sweep pickup: at most 100001 points from --from to --to</source>
        <translation>sweep pickup: como máximo 100001 puntos de --from a --to</translation>
    </message>
    <message>
        <source>--jobs: expected a number of processes from 1, found &quot;%1&quot;</source>
        <translation>--jobs: se esperaba un número de procesos a partir de 1, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: línea %2: %3</translation>
    </message>
    <message>
        <source>%1: line %2: cannot be assessed: %3</source>
        <translation>%1: línea %2: no se puede evaluar: %3</translation>
    </message>
    <message>
        <source>%1 contracts read</source>
        <translation>%1 contratos leídos</translation>
    </message>
    <message>
        <source>--today: expected a date written YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>--today: se esperaba una fecha escrita AAAA-MM-DD, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--seed: expected a whole number from 0 to 18446744073709551615, found &quot;%1&quot;</source>
        <translation>--seed: se esperaba un número entero de 0 a 18446744073709551615, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--draws: expected a whole number from %1 to %2, found &quot;%3&quot;</source>
        <translation>--draws: se esperaba un número entero de %1 a %2, se encontró &quot;%3&quot;</translation>
    </message>
    <message>
        <source>--compare: expected hotel, account or all, found &quot;%1&quot;</source>
        <translation>--compare: se esperaba hotel, account o all, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 takes --db REFERENCE: a stored contract</source>
        <translation>%1 necesita --db REFERENCIA: un contrato guardado</translation>
    </message>
    <message>
        <source>--fb-spend: expected an amount in %1 that is not negative, found &quot;%2&quot;</source>
        <translation>--fb-spend: se esperaba un importe en %1 no negativo, se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: cannot be forecast: %2</source>
        <translation>%1: no se puede pronosticar: %2</translation>
    </message>
    <message>
        <source>backtest takes no file; it reads the database (--database)</source>
        <translation>backtest no admite archivos; lee la base de datos (--database)</translation>
    </message>
    <message>
        <source>--horizons: expected days before arrival from 0 to %1 separated by commas, found &quot;%2&quot;</source>
        <translation>--horizons: se esperaban días antes de la llegada de 0 a %1 separados por comas, se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>proposes what to release at the next review date or cutoff, night by night, within what the contract allows, with the expected damages holding the block and after the release, and the reasoning.</source>
        <translation>propone qué liberar en la próxima fecha de revisión o de corte, noche por noche, dentro de lo que permite el contrato, con las penalizaciones esperadas manteniendo el bloqueo y tras la liberación, y el razonamiento.</translation>
    </message>
    <message>
        <source>forecasts every past actualized group that passes the filters as if standing --horizons days before arrival (default 90,60,30,14) and prints each method&apos;s error against two naive baselines and how often the P10-P90 band held the actual final.</source>
        <translation>pronostica cada grupo pasado ya realizado que pasa los filtros como si se estuviera --horizons días antes de la llegada (por defecto 90,60,30,14) e imprime el error de cada método frente a dos referencias ingenuas y con qué frecuencia la banda P10-P90 contuvo el final real.</translation>
    </message>
    <message>
        <source>%1, contract &quot;%2&quot;: the group arrived on %3; a forecast looks at groups still to arrive (--today is %4)</source>
        <translation>%1, contrato &quot;%2&quot;: el grupo llegó el %3; un pronóstico mira grupos que aún no han llegado (--today es %4)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>&apos;attrition-cli --help&apos; describes every command.</source>
        <translation>&apos;attrition-cli --help&apos; describe todos los comandos.</translation>
    </message>
    <message numerus="yes">
        <source>%n pickup reports of their histories recorded
</source>
        <translation>
            <numerusform>%n informe de pickup de su historial registrado
</numerusform>
            <numerusform>%n informes de pickup de su historial registrados
</numerusform>
        </translation>
    </message>
    <message>
        <source>--method: expected multiplicative, additive, account or regression, found &quot;%1&quot;</source>
        <translation>--method: se esperaba multiplicative, additive, account o regression, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>forecasts how the stored contract&apos;s pickup will end, night by night with its P10-P90 range, and what the group will likely owe (a seeded Monte Carlo over the damages engine), from the pickup reports of past actualized groups: those of the same hotel (--compare hotel, the default), the same account, or all. --method: multiplicative, additive, account or regression (default: the one with the lowest backtest error); --seed and --draws: the same seed gives the same figures; --today: stand on another day.</source>
        <translation>pronostica cómo terminará el pickup del contrato guardado, noche por noche con su rango P10-P90, y lo que el grupo probablemente deberá (un Monte Carlo con semilla sobre el motor de penalizaciones), a partir de los informes de pickup de grupos pasados ya realizados: los del mismo hotel (--compare hotel, por defecto), de la misma cuenta, o todos. --method: multiplicative, additive, account o regression (por defecto: el de menor error en el backtest); --seed y --draws: la misma semilla da las mismas cifras; --today: situarse en otro día.</translation>
    </message>
    <message>
        <source>quote takes one contract: FILE.json or --db REFERENCE</source>
        <translation>quote recibe un contrato: FICHERO.json o --db REFERENCIA</translation>
    </message>
    <message>
        <source>%1: a quote is for a proposed group (prospect or tentative); this contract is %2</source>
        <translation>%1: una cotización es para un grupo propuesto (prospect o tentative); este contrato es %2</translation>
    </message>
    <message>
        <source>--variable-cost: expected an amount in %1 that is not negative, found &quot;%2&quot;</source>
        <translation>--variable-cost: se esperaba un importe en %1 no negativo, se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1: expected a percentage from 0 to 100 such as 10 or 32.5, found &quot;%2&quot;</source>
        <translation>--%1: se esperaba un porcentaje de 0 a 100 como 10 o 32.5, se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: cannot be quoted: %2</source>
        <translation>%1: no se puede cotizar: %2</translation>
    </message>
    <message>
        <source>--currency: expected an ISO 4217 currency code such as EUR or USD, found &quot;%1&quot;</source>
        <translation>--currency: se esperaba un código de moneda ISO 4217 como EUR o USD, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>outlook import: &quot;%1&quot; has no stored contract or outlook to take the currency from; give it with --currency CODE</source>
        <translation>outlook import: &quot;%1&quot; no tiene ningún contrato ni previsión guardados de los que tomar la moneda; indíquela con --currency CODE</translation>
    </message>
    <message>
        <source>outlook import: the contracts of &quot;%1&quot; are in several currencies; give the outlook&apos;s with --currency CODE</source>
        <translation>outlook import: los contratos de &quot;%1&quot; están en varias monedas; indique la de la previsión con --currency CODE</translation>
    </message>
    <message>
        <source>outlook import takes one outlook file (CSV) and --hotel NAME</source>
        <translation>outlook import necesita un archivo de previsión (CSV) y --hotel NAME</translation>
    </message>
    <message>
        <source>--from, --to and --out apply to outlook export only</source>
        <translation>--from, --to y --out solo se aplican a outlook export</translation>
    </message>
    <message>
        <source>%1: holds no nights: nothing was imported</source>
        <translation>%1: no contiene ninguna noche: no se importó nada</translation>
    </message>
    <message>
        <source>%1: the outlook of &quot;%2&quot; for the night of %3 was saved in %4</source>
        <translation>%1: la previsión de &quot;%2&quot; para la noche del %3 se guardó en %4</translation>
    </message>
    <message>
        <source>%1: the outlook of &quot;%2&quot; for %3 nights from %4 to %5 was saved in %6</source>
        <translation>%1: la previsión de &quot;%2&quot; para %3 noches, del %4 al %5, se guardó en %6</translation>
    </message>
    <message>
        <source>outlook export takes no file; write to one with --out FILE</source>
        <translation>outlook export no admite archivos; escriba en uno con --out FILE</translation>
    </message>
    <message>
        <source>--currency applies to outlook import only</source>
        <translation>--currency solo se aplica a outlook import</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 es anterior a --from %2</translation>
    </message>
    <message>
        <source>%1: no hotel has an outlook; import one with attrition-cli outlook import OUTLOOK.csv --hotel NAME</source>
        <translation>%1: ningún hotel tiene previsión; importe una con attrition-cli outlook import OUTLOOK.csv --hotel NAME</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has no outlook; the hotels with one: %3</source>
        <translation>%1: &quot;%2&quot; no tiene previsión; los hoteles que la tienen: %3</translation>
    </message>
    <message>
        <source>the outlook of &quot;%1&quot;, %2 nights, exported from %3 to %4</source>
        <translation>la previsión de &quot;%1&quot;, %2 noches, exportada del %3 al %4</translation>
    </message>
    <message>
        <source>outlook needs what to do: import or export</source>
        <translation>outlook necesita una acción: import o export</translation>
    </message>
    <message>
        <source>outlook: unknown action &quot;%1&quot; (import or export)</source>
        <translation>outlook: acción desconocida &quot;%1&quot; (import o export)</translation>
    </message>
    <message>
        <source>outlook %1 needs the hotel: --hotel NAME, written as in its contracts</source>
        <translation>outlook %1 necesita el hotel: --hotel NAME, escrito como en sus contratos</translation>
    </message>
    <message>
        <source>%1: the outlook of &quot;%2&quot; is taken from %3; import its nights with attrition-cli outlook import OUTLOOK.csv --hotel &quot;%2&quot;, or give --outlook OUTLOOK.csv</source>
        <translation>%1: la previsión de &quot;%2&quot; se toma de %3; importe sus noches con attrition-cli outlook import OUTLOOK.csv --hotel &quot;%2&quot;, o indique --outlook OUTLOOK.csv</translation>
    </message>
    <message>
        <source>writes the one-page group proposal the hotel sends a prospect or tentative group before the contract is signed, as PDF, portrait: the stay, the room block with the group rates, the room revenue, F&amp;B minimum and meeting room rental, the proposed attrition and cancellation terms in plain words, what attrition would cost at 100%, 90%, 80% and 70% pickup, the date it is valid until and a place to sign; none of the hotel&apos;s own figures. On the hotel&apos;s letterhead as the desktop application keeps it. --language: the client&apos;s language (en, es, it; default: that of the system&apos;s locale or --locale), in its notation unless --locale names another; --valid-until: default 14 days after --made-on (today).</source>
        <translation>escribe en PDF, en vertical, la propuesta de grupo de una página que el hotel envía a un grupo prospect o tentative antes de firmar el contrato: la estancia, el bloque de habitaciones con las tarifas de grupo, los ingresos por habitaciones, el mínimo de alimentos y bebidas y el alquiler de la sala de reuniones, las condiciones de deserción y cancelación propuestas en palabras sencillas, lo que costaría la deserción con un pickup del 100&#xa0;%, 90&#xa0;%, 80&#xa0;% y 70&#xa0;%, la fecha hasta la que es válida y un espacio para firmar; ninguna cifra interna del hotel. Con el membrete del hotel tal como lo guarda la aplicación de escritorio. --language: el idioma del cliente (en, es, it; por defecto: el de la configuración regional del sistema o --locale), con su notación salvo que --locale indique otra; --valid-until: por defecto, 14 días después de --made-on (hoy).</translation>
    </message>
    <message>
        <source>weighs a proposed group (prospect or tentative) against the transient business it displaces: per night, from the hotel&apos;s capacity, transient demand and net ADR (the outlook stored for the contract&apos;s hotel, or --outlook CSV), the group&apos;s rooms after its expected wash, the rooms it displaces, its net value and the least group rate at which it breaks even; the net value&apos;s P10-P90 range over wash draws from the account&apos;s own past groups (or the comparable ones); and what each performance level from 70% to 95% and damages factor of 100%, 80% or 70% would collect. --variable-cost: per occupied room night; --commission: of the group&apos;s room revenue; --fb-margin and --meeting-margin: profit shares (default 30% and 80%).</source>
        <translation>compara un grupo propuesto (prospect o tentative) con el negocio transient que desplaza: por noche, a partir de la capacidad del hotel, la demanda transient y el ADR neto (la previsión guardada para el hotel del contrato, o --outlook CSV), las habitaciones del grupo tras su wash esperado, las habitaciones que desplaza, su valor neto y la tarifa de grupo mínima con la que cubre lo que desplaza; el rango P10-P90 del valor neto en extracciones del wash a partir de los grupos pasados de la propia cuenta (o de los comparables); y lo que recaudaría cada nivel de cumplimiento del 70&#xa0;% al 95&#xa0;% y cada factor de penalización del 100&#xa0;%, 80&#xa0;% o 70&#xa0;%. --variable-cost: por noche de habitación ocupada; --commission: sobre los ingresos por habitaciones del grupo; --fb-margin y --meeting-margin: porcentajes de beneficio (por defecto, 30&#xa0;% y 80&#xa0;%).</translation>
    </message>
    <message>
        <source>keeps the hotel&apos;s outlook per night in the database, for quotes:</source>
        <translation>guarda en la base de datos la previsión del hotel por noche, para las cotizaciones:</translation>
    </message>
    <message>
        <source>stores the nights of an outlook file (CSV: date, capacity, demand, net-adr, ancillary) for the hotel --hotel, written as in its contracts, all of them or, if any is invalid, none; each replaces the one stored for its night. Amounts are in --currency (default: the currency of the hotel&apos;s stored outlook or contracts);</source>
        <translation>guarda las noches de un archivo de previsión (CSV: date, capacity, demand, net-adr, ancillary) para el hotel --hotel, escrito como en sus contratos, todas o, si alguna no es válida, ninguna; cada una sustituye a la guardada para su noche. Los importes están en --currency (por defecto: la moneda de la previsión o de los contratos guardados del hotel);</translation>
    </message>
    <message>
        <source>writes the hotel&apos;s stored outlook from --from to --to (default: every night) as the same CSV, to --out FILE or standard output.</source>
        <translation>escribe la previsión guardada del hotel desde --from hasta --to (por defecto: todas las noches) en el mismo CSV, en --out FILE o en la salida estándar.</translation>
    </message>
    <message>
        <source>proposal takes one of: a contract file or --db REFERENCE</source>
        <translation>proposal admite solo uno de estos: un archivo de contrato o --db REFERENCE</translation>
    </message>
    <message>
        <source>proposal: give --pdf OUT.pdf</source>
        <translation>proposal: indique --pdf OUT.pdf</translation>
    </message>
    <message>
        <source>--language: one of %1, not &quot;%2&quot;</source>
        <translation>--language: uno de %1, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--valid-until: expected a date written YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>--valid-until: se esperaba una fecha escrita YYYY-MM-DD, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>warning: %1 is %2: a proposal is for a prospect or tentative group</source>
        <translation>aviso: %1 es %2: una propuesta es para un grupo prospect o tentative</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n page(s)), valid until %2</source>
        <translation>
            <numerusform>se escribió %1 (%n página), válida hasta el %2</numerusform>
            <numerusform>se escribió %1 (%n páginas), válida hasta el %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2-%3)</source>
        <translation>%1 (%2-%3)</translation>
    </message>
    <message>
        <source>Groups arriving %1 to %2, standing on %3: %4 groups, %5 with flags</source>
        <translation>Grupos con llegada del %1 al %2, situación al %3: %4 grupos, %5 con alertas</translation>
    </message>
    <message>
        <source>Sorted by risk: the higher expected damages first, then more flags, then the earlier arrival.</source>
        <translation>Ordenados por riesgo: primero la mayor penalización esperada, después más alertas y después la llegada más temprana.</translation>
    </message>
    <message>
        <source>No group arrives in that window.</source>
        <translation>Ningún grupo llega en ese periodo.</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Reservadas</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Forecast (P10-P90)</source>
        <translation>Previsión (P10-P90)</translation>
    </message>
    <message>
        <source>Expected damages (P10-P90)</source>
        <translation>Penalización esperada (P10-P90)</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Próxima fecha</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>cutoff</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revisión</translation>
    </message>
    <message>
        <source>%1 %2 (%3 days)</source>
        <translation>%1 %2 (%3 días)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1: not forecast: %2</source>
        <translation>%1: sin previsión: %2</translation>
    </message>
    <message>
        <source>at-risk takes no file; it reads the database (--database)</source>
        <translation>at-risk no admite archivos; lee la base de datos (--database)</translation>
    </message>
    <message>
        <source>give --days or --from and --to, not both</source>
        <translation>indique --days o --from y --to, no ambos</translation>
    </message>
    <message>
        <source>--from and --to go together: the first and last arrival date of the window</source>
        <translation>--from y --to van juntos: la primera y la última fecha de llegada del periodo</translation>
    </message>
    <message>
        <source>--days: expected 30, 90 or 180, found &quot;%1&quot;</source>
        <translation>--days: se esperaba 30, 90 o 180, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the early warning: every stored group still to arrive (not cancelled, not actualized) in the next --days (30, 90 or 180; default 90) or from --from to --to, of --hotel, --manager or --account, each forecast against the past groups of its own hotel: pickup to date, pace against those groups at the same day before arrival (points ahead or behind, or not known with fewer than 5), forecast final pickup with its P10-P90 range, expected damages with their range, the next review date or cutoff, the action due and the flags (pace more than 10 points behind; no pickup for 14 days while the booking curve expects rooms; a review date within 21 days with the forecast below the performance level; cutoff passed with rooms unsold; F&amp;B spend forecast below the minimum), each with a sentence naming its numbers. Sorted by risk: the higher expected damages first, then more flags, then the earlier arrival. --csv and --json: one row per group, the columns of docs/FORECAST_METHODS.md.</source>
        <translation>la alerta temprana: cada grupo guardado aún por llegar (ni cancelado ni realizado) en los próximos --days días (30, 90 o 180; por defecto 90) o de --from a --to, de --hotel, --manager o --account, cada uno pronosticado a partir de los grupos pasados de su propio hotel: el pickup hasta la fecha, el ritmo frente a esos grupos el mismo día antes de la llegada (puntos por encima o por debajo, o desconocido con menos de 5), el pickup final previsto con su rango P10-P90, la penalización esperada con su rango, la próxima fecha de revisión o fecha límite, la acción pendiente y las alertas (ritmo más de 10 puntos por debajo; ningún pickup en 14 días mientras la curva de reservas prevé habitaciones; una fecha de revisión en los próximos 21 días con la previsión por debajo del nivel de cumplimiento; fecha límite vencida con habitaciones sin vender; consumo de alimentos y bebidas previsto por debajo del mínimo), cada una con una frase que indica sus cifras. Ordenados por riesgo: primero la mayor penalización esperada, después más alertas y después la llegada más temprana. --csv y --json: una fila por grupo, las columnas de docs/FORECAST_METHODS.md.</translation>
    </message>
    <message>
        <source>--status: unknown status &quot;%1&quot; (prospect, tentative, definite, cancelled, actualized or lost)</source>
        <translation>--status: estado desconocido &quot;%1&quot; (prospect, tentative, definite, cancelled, actualized o lost)</translation>
    </message>
    <message>
        <source>adds up the stored contracts that pass the filters by stage (prospect, tentative, definite, actualized; lost and cancelled apart), arrival month and currency: contracts, room nights, room revenue, F&amp;B minimum and the damages the engine assesses at the pickup on the books; then the conversion (definite and actualized against lost), the wash of the actualized groups (final pickup against the original block) and the damages assessed per month. --from and --to: the arrival range, as --arriving-from and --arriving-to.</source>
        <translation>suma los contratos guardados que cumplen los filtros por etapa (prospect, tentative, definite, actualized; lost y cancelled aparte), mes de llegada y moneda: contratos, noches de habitación, ingresos por habitaciones, mínimo de alimentos y bebidas y la penalización que el motor calcula con el pickup reservado; después, la conversión (definite y actualized frente a lost), el wash de los grupos realizados (pickup final frente al bloque original) y la penalización calculada por mes. --from y --to: el periodo de llegada, como --arriving-from y --arriving-to.</translation>
    </message>
    <message numerus="yes">
        <source>Sales pipeline of %n contracts in %1</source>
        <translation>
            <numerusform>Pipeline de ventas de %n contrato en %1</numerusform>
            <numerusform>Pipeline de ventas de %n contratos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Room revenue</source>
        <translation>Ingresos por habitaciones</translation>
    </message>
    <message>
        <source>F&amp;B minimum</source>
        <translation>Mínimo de alimentos y bebidas</translation>
    </message>
    <message>
        <source>Damages</source>
        <translation>Penalización</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Sin medir</translation>
    </message>
    <message>
        <source>Lost and cancelled:</source>
        <translation>Perdidos y cancelados:</translation>
    </message>
    <message>
        <source>Damages: what the engine assesses at the pickup on the books (the cancellation fee after a notice; nothing for a lost contract). Not measured: upcoming contracts with no pickup recorded yet, counted as owing nothing.</source>
        <translation>Penalización: lo que calcula el motor con el pickup reservado (el cargo por cancelación tras un aviso; nada para un contrato perdido). Sin medir: contratos por llegar sin ningún pickup registrado todavía, contados como si no debieran nada.</translation>
    </message>
    <message>
        <source>Conversion: %1 won (definite or actualized), %2 lost, %3 still open (prospect or tentative): %4 of the decided contracts were won.</source>
        <translation>Conversión: ganados %1 (definitivos o realizados), perdidos %2, aún abiertos %3 (prospectos o provisionales): se ganó el %4 de los contratos decididos.</translation>
    </message>
    <message>
        <source>Wash of the actualized groups (final pickup against the original block):</source>
        <translation>Wash de los grupos realizados (pickup final frente al bloque original):</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <source>Pickup %</source>
        <translation>% de pickup</translation>
    </message>
    <message>
        <source>Wash</source>
        <translation>Wash</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Actualized</source>
        <translation>Realizados</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelados</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Left out, the engine refuses them (attrition-cli assess --db REF says why): %1</source>
        <translation>Excluidos porque el motor los rechaza (attrition-cli assess --db REF indica por qué): %1</translation>
    </message>
    <message>
        <source>pipeline takes no file; it reads the database (--database)</source>
        <translation>pipeline no admite archivos; lee la base de datos (--database)</translation>
    </message>
    <message numerus="yes">
        <source>Accounts at risk of not coming back, of %n contracts in %1, on %2</source>
        <translation>
            <numerusform>Cuentas en riesgo de no volver, de %n contrato en %1, a fecha de %2</numerusform>
            <numerusform>Cuentas en riesgo de no volver, de %n contratos en %1, a fecha de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accounts of %n contracts in %1, on %2</source>
        <translation>
            <numerusform>Cuentas de %n contrato en %1, a fecha de %2</numerusform>
            <numerusform>Cuentas de %n contratos en %1, a fecha de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No account is at risk.</source>
        <translation>Ninguna cuenta está en riesgo.</translation>
    </message>
    <message>
        <source>No account.</source>
        <translation>Ninguna cuenta.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: contracts %2 (by arrival year: %3); cancelled %4, lost %5</source>
        <translation>%1: contratos %2 (por año de llegada: %3); cancelados %4, perdidos %5</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(sin cuenta)</translation>
    </message>
    <message>
        <source>Room nights: final pickup %1 of %2 blocked (%3; actualized events: %4); on the books %5 of %6 blocked (%7; events to come: %8)</source>
        <translation>Noches de habitación: pickup final %1 de %2 en bloque (%3; eventos realizados: %4); en libros %5 de %6 en bloque (%7; eventos por venir: %8)</translation>
    </message>
    <message>
        <source>%1 %2 %3 final</source>
        <translation>%1 %2 %3 final</translation>
    </message>
    <message>
        <source>%1 %2 %3 on the books</source>
        <translation>%1 %2 %3 en libros</translation>
    </message>
    <message>
        <source>Pickup by event: %1</source>
        <translation>Pickup por evento: %1</translation>
    </message>
    <message>
        <source>Pickup trend (final pickups, oldest first): %1</source>
        <translation>Tendencia del pickup (pickups finales, el más antiguo primero): %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 on %2, days since: %3</source>
        <translation>%1 el %2, días transcurridos: %3</translation>
    </message>
    <message>
        <source>%1 on %2, days to go: %3</source>
        <translation>%1 el %2, días restantes: %3</translation>
    </message>
    <message>
        <source>none booked</source>
        <translation>ninguna reservada</translation>
    </message>
    <message>
        <source>Last stay: %1; next stay: %2</source>
        <translation>Última estancia: %1; próxima estancia: %2</translation>
    </message>
    <message>
        <source>Rebooking: every %1 days usually (the median of the intervals %2), spread %3 days (the median distance from it), from %4 to %5 days</source>
        <translation>Nueva reserva: normalmente cada %1 días (la mediana de los intervalos %2), dispersión de %3 días (la distancia mediana respecto a ella), de %4 a %5 días</translation>
    </message>
    <message>
        <source>Rebooking: no cycle yet (fewer than 2 events)</source>
        <translation>Nueva reserva: aún sin ciclo (menos de 2 eventos)</translation>
    </message>
    <message>
        <source>At risk: %1</source>
        <translation>En riesgo: %1</translation>
    </message>
    <message>
        <source>accounts takes no file; it reads the database (--database)</source>
        <translation>accounts no admite archivos; lee la base de datos (--database)</translation>
    </message>
    <message>
        <source>--cycle-factor: expected a percentage of the usual rebooking cycle above 0 and at most 1000, such as 125 or 150, found &quot;%1&quot;</source>
        <translation>--cycle-factor: se esperaba un porcentaje del ciclo habitual de nueva reserva mayor que 0 y como máximo 1000, como 125 o 150, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the accounts cannot be worked out: %2</source>
        <translation>%1: no se pueden calcular las cuentas: %2</translation>
    </message>
    <message>
        <source>writes the contract&apos;s attrition and cancellation statement as PDF: its terms, the pickup per night, the itemized assessment, the totals and the charts, and for a stored group still to arrive (--db REF) a last page with its forecast, standing on --made-on; the hotel&apos;s letterhead as the desktop application keeps it; --scenarios: the comparison of the scenarios stored with --db REF; --all: one PDF per stored contract that passes the filters, into --out-dir, with progress on standard error; --portfolio: the contracts that pass the filters with their exposure, then the groups among them at risk in the next 90 days and their pipeline, in one PDF. Amounts and dates in the system&apos;s locale or --locale (en_US, de_DE), and the report&apos;s language with them (es_ES, it_IT: Spanish, Italian; any other: English).</source>
        <translation>escribe el estado de deserción y cancelación del contrato como PDF: sus condiciones, el pickup por noche, el cálculo detallado, los totales y los gráficos, y para un grupo guardado que aún no ha llegado (--db REF) una última página con su previsión, a fecha de --made-on; el membrete del hotel tal como lo guarda la aplicación de escritorio; --scenarios: la comparación de los escenarios guardados con --db REF; --all: un PDF por cada contrato guardado que pase los filtros, en --out-dir, con el progreso en la salida de error estándar; --portfolio: los contratos que pasan los filtros con su exposición, después los grupos entre ellos en riesgo en los próximos 90 días y su embudo de ventas, en un solo PDF. Importes y fechas en la configuración regional del sistema o de --locale (en_US, de_DE), y el idioma del informe con ella (es_ES, it_IT: español, italiano; cualquier otra: inglés).</translation>
    </message>
    <message>
        <source>writes the one-page pickup reminder letter for a stored group still to arrive, as PDF, portrait, addressed to its account: the rooms reserved to date against the block, the attrition clause in the contract&apos;s words, what the group would owe if reservations go on at their current pace (the forecast against the past groups of its hotel, assessed by the damages engine) and at today&apos;s pickup, the next review date or cutoff and what the client is asked to do; none of the hotel&apos;s internal figures. --today: the letter&apos;s date and the day the forecast stands on (default: today); --language as for proposal.</source>
        <translation>escribe la carta de recordatorio de pickup, de una página, para un grupo guardado que aún no ha llegado, como PDF, en vertical, dirigida a su cuenta: las habitaciones reservadas hasta la fecha frente al bloque, la cláusula de deserción con las palabras del contrato, lo que el grupo debería si las reservas siguen a su ritmo actual (la previsión frente a los grupos anteriores de su hotel, calculada por el motor de penalizaciones) y con el pickup de hoy, la próxima fecha de revisión o fecha límite y lo que se pide al cliente; ninguna cifra interna del hotel. --today: la fecha de la carta y el día en que se basa la previsión (por defecto: hoy); --language como para proposal.</translation>
    </message>
    <message>
        <source>customer attrition by account (the organizer) over the stored contracts that pass the filters: per account its contracts by arrival year, cancelled and lost; the room nights blocked and picked up (the final pickup of the actualized groups, the pickup on the books of those to come); the pickup % of each event and the trend of the last five final pickups; the damages the engine assessed for its actualized and cancelled contracts, per currency (what was collected or waived is not recorded); the last and next stay; how regularly it rebooks (the days between its events&apos; arrivals, their median and spread); and whether it is at risk of not coming back, each rule with a sentence naming its numbers: (a) no new contract for longer than the usual cycle times --cycle-factor (default 125%), with at least 3 events; (b) pickup % fell for two events in a row. --at-risk: only the accounts at risk; --today: stand on another day; --from and --to: the arrival range, as --arriving-from and --arriving-to.</source>
        <translation>deserción de clientes por cuenta (el organizador) sobre los contratos guardados que pasan los filtros: por cuenta, sus contratos por año de llegada, cancelados y perdidos; las noches de habitación en bloque y reservadas (el pickup final de los grupos realizados, el pickup en libros de los que están por venir); el % de pickup de cada evento y la tendencia de los cinco últimos pickups finales; la penalización que el motor calculó para sus contratos realizados y cancelados, por moneda (lo cobrado o condonado no se registra); la última y la próxima estancia; con qué regularidad vuelve a reservar (los días entre las llegadas de sus eventos, su mediana y dispersión); y si está en riesgo de no volver, cada regla con una frase que indica sus cifras: (a) ningún contrato nuevo durante más tiempo que el ciclo habitual multiplicado por --cycle-factor (por defecto 125%), con al menos 3 eventos; (b) el % de pickup bajó en dos eventos seguidos. --at-risk: solo las cuentas en riesgo; --today: basarse en otro día; --from y --to: el rango de llegadas, como --arriving-from y --arriving-to.</translation>
    </message>
    <message>
        <source>assess: the assessment&apos;s lines and totals as CSV; at-risk: one row per group; pipeline and accounts: their tables as CSV</source>
        <translation>assess: las líneas y los totales del cálculo como CSV; at-risk: una fila por grupo; pipeline y accounts: sus tablas como CSV</translation>
    </message>
    <message>
        <source>Damages assessed by the engine, by arrival month, with what the settlements record as collected and waived:</source>
        <translation>Penalización calculada por el motor, por mes de llegada, con lo que las liquidaciones registran como cobrado y condonado:</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Condonado</translation>
    </message>
    <message>
        <source>reminder writes the letter of a stored group: give --db REFERENCE</source>
        <translation>reminder escribe la carta de un grupo guardado: indique --db REFERENCE</translation>
    </message>
    <message>
        <source>reminder: give --pdf OUT.pdf</source>
        <translation>reminder: indique --pdf OUT.pdf</translation>
    </message>
    <message>
        <source>warning: %1 is %2: a pickup reminder is for a group still to arrive</source>
        <translation>aviso: %1 es %2: un recordatorio de pickup es para un grupo que aún no ha llegado</translation>
    </message>
    <message>
        <source>warning: %1: no forecast (%2); the letter leaves out the pickup at the current pace</source>
        <translation>aviso: %1: sin previsión (%2); la carta omite el pickup al ritmo actual</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>se escribió %1 (%n página)</numerusform>
            <numerusform>se escribió %1 (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3 actualized: %4; %5 cancelled: %6; collected %7, waived %8)</source>
        <translation>%1 %2 (%3 realizados: %4; %5 cancelados: %6; cobrado %7, condonado %8)</translation>
    </message>
    <message>
        <source>Damages assessed: %1</source>
        <translation>Penalización calculada: %1</translation>
    </message>
    <message>
        <source>contract %1 grants a rebooking credit of %2 %3 on contract %4, which is in %5: a credit in another currency cannot be applied; correct the credit in the settlement of %1</source>
        <translation>el contrato %1 concede un crédito por nueva reserva de %2 %3 en el contrato %4, que está en %5: no se puede aplicar un crédito en otra moneda; corrija el crédito en la liquidación de %1</translation>
    </message>
    <message>
        <source>%1 needs the report module %2, which cannot be loaded: %3</source>
        <translation>%1 necesita el módulo de informes %2, que no se puede cargar: %3</translation>
    </message>
    <message>
        <source>%1 needs the report module %2, which has no entry point %3</source>
        <translation>%1 necesita el módulo de informes %2, que no tiene el punto de entrada %3</translation>
    </message>
    <message>
        <source>%1 needs the report module, which is missing: neither %2 nor %3 exists</source>
        <translation>%1 necesita el módulo de informes, que falta: no existe ni %2 ni %3</translation>
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
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <extracomment>What was found in a contract file, in place of %1 of &quot;expected a string, found %1&quot;.</extracomment>
        <translation>nada</translation>
    </message>
    <message>
        <source>missing &quot;format&quot;: this is not an Attrition Desk contract file</source>
        <translation>falta &quot;format&quot;: no es un archivo de contrato de Attrition Desk</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found %2</source>
        <translation>se esperaba &quot;%1&quot;, se encontró %2</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>expected a format version number, found %1</source>
        <translation>se esperaba un número de versión del formato, se encontró %1</translation>
    </message>
    <message>
        <source>format version %1 is newer than this program supports (%2)</source>
        <translation>la versión %1 del formato es más reciente que la que admite este programa (%2)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>campo desconocido &quot;%1&quot; (¿quería decir &quot;%2&quot;?)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>campo desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>se esperaba una cadena de texto, se encontró %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>se esperaba true o false, se encontró %1</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>se esperaba un número entero, se encontró %1</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 está fuera del intervalo (de %2 a %3)</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD, found %1</source>
        <translation>se esperaba una fecha escrita YYYY-MM-DD, se encontró %1</translation>
    </message>
    <message>
        <source>%1 is not a date in the calendar</source>
        <translation>%1 no es una fecha del calendario</translation>
    </message>
    <message>
        <source>expected an ISO 4217 currency code, found %1</source>
        <translation>se esperaba un código de moneda ISO 4217, se encontró %1</translation>
    </message>
    <message>
        <source>%1 is not a known ISO 4217 currency code</source>
        <translation>%1 no es un código de moneda ISO 4217 conocido</translation>
    </message>
    <message>
        <source>amounts are written as decimal strings (&quot;189.00&quot;), not as JSON numbers; found %1</source>
        <translation>los importes se escriben como cadenas decimales (&quot;189.00&quot;), no como números JSON; se encontró %1</translation>
    </message>
    <message>
        <source>expected an amount written as a decimal string, found %1</source>
        <translation>se esperaba un importe escrito como cadena decimal, se encontró %1</translation>
    </message>
    <message>
        <source>expected an amount such as &quot;1234.50&quot;, found %1</source>
        <translation>se esperaba un importe como &quot;1234.50&quot;, se encontró %1</translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows (%3)</source>
        <translation>%1 tiene más decimales de los que admite %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 es demasiado grande</translation>
    </message>
    <message>
        <source>expected a percentage written as a decimal string (&quot;8.875&quot;), found %1</source>
        <translation>se esperaba un porcentaje escrito como cadena decimal (&quot;8.875&quot;), se encontró %1</translation>
    </message>
    <message>
        <source>expected a percentage such as &quot;8.875&quot;, found %1</source>
        <translation>se esperaba un porcentaje como &quot;8.875&quot;, se encontró %1</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimals</source>
        <translation>%1 tiene más de %2 decimales</translation>
    </message>
    <message>
        <source>expected one of %1, found %2</source>
        <translation>se esperaba uno de estos valores: %1; se encontró %2</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>se esperaba un array, se encontró %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>se esperaba un objeto, se encontró %1</translation>
    </message>
    <message>
        <source>expected an array of contracts, found %1</source>
        <translation>se esperaba un array de contratos, se encontró %1</translation>
    </message>
    <message>
        <source>expected a contract object, found %1</source>
        <translation>se esperaba un objeto de contrato, se encontró %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is UTF-16 or UTF-32 text; contract files are UTF-8: save it as UTF-8 and read it again</source>
        <translation>el archivo es texto UTF-16 o UTF-32; los archivos de contrato son UTF-8: guárdelo como UTF-8 y vuelva a leerlo</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2 (byte %3): %4</source>
        <translation>JSON mal formado en la línea %1, columna %2 (byte %3): %4</translation>
    </message>
    <message>
        <source>expected a contract object, found an array</source>
        <translation>se esperaba un objeto de contrato, se encontró un array</translation>
    </message>
    <message>
        <source>expected one contract, found %1</source>
        <translation>se esperaba un solo contrato, se encontraron %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>is a folder, not a contract file</source>
        <translation>es una carpeta, no un archivo de contrato</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2 (byte %3): a control character (U+%4) inside a string; write it escaped, as \u%4</source>
        <translation>JSON mal formado en la línea %1, columna %2 (byte %3): un carácter de control (U+%4) dentro de una cadena; escríbalo como secuencia de escape, \u%4</translation>
    </message>
    <message>
        <source>the field is given twice in one object (again at line %1, column %2); give it once</source>
        <translation>el campo aparece dos veces en un mismo objeto (de nuevo en la línea %1, columna %2); indíquelo una sola vez</translation>
    </message>
    <message>
        <source>a second pickup report of %1 (the first is %2); a day has one report</source>
        <extracomment>%1 is a date; %2 the place in the file of the first report of that date.</extracomment>
        <translation>un segundo informe de pickup del %1 (el primero es %2); cada día tiene un solo informe</translation>
    </message>
    <message>
        <source>expected a room count of 0 or more, found %1</source>
        <translation>se esperaba un número de habitaciones de 0 o más, se encontró %1</translation>
    </message>
    <message>
        <source>%1 is not a value the program fills in by default; expected one of %2</source>
        <extracomment>%1 is what the file says; %2 the list of the values allowed.</extracomment>
        <translation>%1 no es un valor que el programa rellene por defecto; se esperaba uno de %2</translation>
    </message>
    <message>
        <source>%1 is listed more than once</source>
        <translation>%1 aparece más de una vez</translation>
    </message>
</context>
<context>
    <name>CsvFileText</name>
    <message>
        <source>the quote that opens this field is never closed</source>
        <translation>las comillas que abren este campo no se cierran nunca</translation>
    </message>
    <message>
        <source>a quoted field must end at its closing quote, found &quot;%1&quot; after it</source>
        <translation>un campo entre comillas debe terminar en sus comillas de cierre; después se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>A problem in a CSV file: %1 is the line, %2 what is wrong there.</extracomment>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <extracomment>A problem in a CSV file: %1 is the line, %2 the column&apos;s number, %3 what is wrong there.</extracomment>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <extracomment>A problem in a CSV file: %1 is the line, %2 the column&apos;s number, %3 the column&apos;s header as written in the file, %4 what is wrong there.</extracomment>
        <translation>línea %1, columna %2 (%3): %4</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>no se pudo leer el archivo: %1</translation>
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
        <translation>%1: el archivo no contiene ningún contrato</translation>
    </message>
    <message>
        <source>%1: the reference &quot;%2&quot; is also given in %3</source>
        <translation>%1: la referencia «%2» también figura en %3</translation>
    </message>
</context>
<context>
    <name>EngineMessage</name>
    <message>
        <source>the contract reference is empty</source>
        <translation>la referencia del contrato está vacía</translation>
    </message>
    <message>
        <source>the currency is not a known ISO 4217 code</source>
        <translation>la moneda no es un código ISO 4217 conocido</translation>
    </message>
    <message>
        <source>departure ({0}) must be after arrival ({1})</source>
        <translation>la salida ({0}) debe ser posterior a la llegada ({1})</translation>
    </message>
    <message>
        <source>the signing date ({0}) is after arrival ({1})</source>
        <translation>la fecha de firma ({0}) es posterior a la llegada ({1})</translation>
    </message>
    <message>
        <source>night {0} is outside the stay ({1} to {2})</source>
        <translation>la noche {0} está fuera de la estancia ({1} a {2})</translation>
    </message>
    <message>
        <source>rooms must not be negative ({0})</source>
        <translation>las habitaciones no pueden ser negativas ({0})</translation>
    </message>
    <message>
        <source>{0} rooms is more than the largest block allowed ({1})</source>
        <translation>{0} habitaciones superan el mayor bloque permitido ({1})</translation>
    </message>
    <message>
        <source>the room type is empty</source>
        <translation>el tipo de habitación está vacío</translation>
    </message>
    <message>
        <source>night {0} and this room type appear more than once</source>
        <translation>la noche {0} y este tipo de habitación aparecen más de una vez</translation>
    </message>
    <message>
        <source>the amount must not be negative ({0})</source>
        <translation>el importe no puede ser negativo ({0})</translation>
    </message>
    <message>
        <source>the amount is not in the contract&apos;s currency</source>
        <translation>el importe no está en la moneda del contrato</translation>
    </message>
    <message>
        <source>the percentage {0} must be between 0% and 100%</source>
        <translation>el porcentaje {0} debe estar entre 0 % y 100 %</translation>
    </message>
    <message>
        <source>the tier starts at {0} days but ends at {1} days</source>
        <translation>el tramo empieza en {0} días pero termina en {1} días</translation>
    </message>
    <message>
        <source>the tier from {0} days overlaps the tier covering {1} to {2} days</source>
        <translation>el tramo desde {0} días se solapa con el tramo de {1} a {2} días</translation>
    </message>
    <message>
        <source>no tier covers notice {0} to {1} days before arrival</source>
        <translation>ningún tramo cubre un aviso de {0} a {1} días antes de la llegada</translation>
    </message>
    <message>
        <source>no tier covers notice {0} days or more before arrival</source>
        <translation>ningún tramo cubre un aviso de {0} días o más antes de la llegada</translation>
    </message>
    <message>
        <source>days before arrival must not be negative ({0})</source>
        <translation>los días antes de la llegada no pueden ser negativos ({0})</translation>
    </message>
    <message>
        <source>a reduction cannot raise the block ({0} rooms where {1} were contracted)</source>
        <translation>una reducción no puede aumentar el bloque ({0} habitaciones donde se contrataron {1})</translation>
    </message>
    <message>
        <source>no block entry for night {0} and this room type</source>
        <translation>no hay entrada del bloque para la noche {0} y este tipo de habitación</translation>
    </message>
    <message>
        <source>the comp ratio must not be negative ({0})</source>
        <translation>la proporción de cortesía no puede ser negativa ({0})</translation>
    </message>
    <message>
        <source>the cancellation notice ({0}) is before the signing date ({1})</source>
        <translation>el aviso de cancelación ({0}) es anterior a la fecha de firma ({1})</translation>
    </message>
    <message>
        <source>the amounts are too large to be computed exactly (at most {0})</source>
        <translation>los importes son demasiado grandes para calcularse con exactitud (como máximo {0})</translation>
    </message>
    <message>
        <source>{0} entries is more than the largest allowed ({1})</source>
        <translation>{0} entradas superan el máximo permitido ({1})</translation>
    </message>
    <message>
        <source>the tier from {0} days overlaps the tier covering {1} days or more</source>
        <translation>el tramo desde {0} días se solapa con el tramo de {1} días o más</translation>
    </message>
    <message>
        <source>the scenario pickup {0} must be between 0% and 1000%</source>
        <translation>el pickup del escenario {0} debe estar entre 0 % y 1000 %</translation>
    </message>
    <message>
        <source>the stay of {0} nights is longer than the longest allowed ({1})</source>
        <translation>la estancia de {0} noches supera la más larga permitida ({1})</translation>
    </message>
    <message>
        <source>Block: {0} room nights contracted, {1} after honoured reductions</source>
        <translation>Bloque: {0} noches de habitación contratadas, {1} tras las reducciones aceptadas</translation>
    </message>
    <message>
        <source>Reduction recorded {0}: block {1} to {2} room nights ({3} of the original block), within the {4} allowed by {5}: honoured</source>
        <translation>Reducción registrada el {0}: bloque de {1} a {2} noches de habitación ({3} del bloque original), dentro del {4} permitido hasta el {5}: aceptada</translation>
    </message>
    <message>
        <source>Counted pickup: {0} picked up + {1} outside the block + {2} billed no-shows + {3} walked + {4} comp = {5} room nights ({6} of the block)</source>
        <translation>Pickup computado: {0} reservadas + {1} fuera del bloque + {2} no-shows facturados + {3} reubicados + {4} de cortesía = {5} noches de habitación ({6} del bloque)</translation>
    </message>
    <message>
        <source>Average contracted rate of the {0} room nights not picked up: {1} / {0} = {2}</source>
        <translation>Tarifa media contratada de las {0} noches de habitación no ocupadas: {1} / {0} = {2}</translation>
    </message>
    <message>
        <source>Average contracted rate: room revenue {0} / {1} room nights = {2}</source>
        <translation>Tarifa media contratada: ingresos por habitaciones {0} / {1} noches de habitación = {2}</translation>
    </message>
    <message>
        <source>Cumulative: required {0} x {1} room nights = {2}; counted {3}; shortfall {4} room nights</source>
        <translation>Acumulado: requerido {0} x {1} noches de habitación = {2}; computadas {3}; déficit {4} noches de habitación</translation>
    </message>
    <message>
        <source>Cumulative: required {0} x {1} room nights = {2}, rounded to {3}; counted {4}; shortfall {5} room nights</source>
        <translation>Acumulado: requerido {0} x {1} noches de habitación = {2}, redondeado a {3}; computadas {4}; déficit {5} noches de habitación</translation>
    </message>
    <message>
        <source>{0}: required {1} x {2} rooms = {3}; counted {4}; shortfall {5}</source>
        <translation>{0}: requerido {1} x {2} habitaciones = {3}; computadas {4}; déficit {5}</translation>
    </message>
    <message>
        <source>{0}: required {1} x {2} rooms = {3}, rounded to {4}; counted {5}; shortfall {6}</source>
        <translation>{0}: requerido {1} x {2} habitaciones = {3}, redondeado a {4}; computadas {5}; déficit {6}</translation>
    </message>
    <message>
        <source>Over-block credit: {0} room nights picked up above the block offset the shortfall: {1} - {0} = {2} room nights</source>
        <translation>Crédito por exceso de bloque: {0} noches de habitación reservadas por encima del bloque compensan el déficit: {1} - {0} = {2} noches de habitación</translation>
    </message>
    <message>
        <source>{0}: rooms charged limited to the {1} blocked that night</source>
        <translation>{0}: habitaciones cobradas limitadas a las {1} bloqueadas esa noche</translation>
    </message>
    <message>
        <source>Counted pickup {0} reaches the performance level {1}: no attrition damages</source>
        <translation>El pickup computado {0} alcanza el nivel de cumplimiento {1}: sin penalización por deserción</translation>
    </message>
    <message>
        <source>Resale credit: {0} room nights resold; liable {1} - {0} = {2} room nights</source>
        <translation>Crédito por reventa: {0} noches de habitación revendidas; responsables {1} - {0} = {2} noches de habitación</translation>
    </message>
    <message>
        <source>{0}: {1} room nights resold not credited: occupancy {2} is below {3}</source>
        <translation>{0}: {1} noches de habitación revendidas no acreditadas: ocupación {2} inferior a {3}</translation>
    </message>
    <message>
        <source>{0} room nights x {1} x {2} = {3}</source>
        <translation>{0} noches de habitación x {1} x {2} = {3}</translation>
    </message>
    <message>
        <source>{0}: {1} room nights x {2} x {3} = {4}</source>
        <translation>{0}: {1} noches de habitación x {2} x {3} = {4}</translation>
    </message>
    <message>
        <source>{0}: {1} room nights resold; liable {2} - {1} = {3} room nights</source>
        <translation>{0}: {1} noches de habitación revendidas; responsables {2} - {1} = {3} noches de habitación</translation>
    </message>
    <message>
        <source>{0} comp room nights counted toward pickup offset the shortfall: {1} - {0} = {2} room nights</source>
        <translation>{0} noches de habitación de cortesía computadas en el pickup compensan el déficit: {1} - {0} = {2} noches de habitación</translation>
    </message>
    <message>
        <source>{0}: resale credit, {1} room nights resold for {2}, credited at no more than the contracted rate: {3} x {4} = -{5}</source>
        <translation>{0}: crédito por reventa, {1} noches de habitación revendidas por {2}, acreditadas como máximo a la tarifa contratada: {3} x {4} = -{5}</translation>
    </message>
    <message>
        <source>Resale credit limited to the damages of {0}</source>
        <translation>Crédito por reventa limitado a la penalización de {0}</translation>
    </message>
    <message>
        <source>Resale credit: {0} room nights resold for {1}, credited at no more than the contracted rate: {2} x {3} = -{4}</source>
        <translation>Crédito por reventa: {0} noches de habitación revendidas por {1}, acreditadas como máximo a la tarifa contratada: {2} x {3} = -{4}</translation>
    </message>
    <message>
        <source>Damages capped at {0} (before the cap {1})</source>
        <translation>Penalización limitada a {0} (antes del límite {1})</translation>
    </message>
    <message>
        <source>Room attrition {0} not charged: the meeting room rental applies instead</source>
        <translation>Deserción de habitaciones {0} no cobrada: se aplica en su lugar el alquiler de la sala de reuniones</translation>
    </message>
    <message>
        <source>The greater of room attrition ({0}) and the meeting room rental ({1}) applies: the meeting room rental is not charged</source>
        <translation>Se aplica el mayor entre la deserción de habitaciones ({0}) y el alquiler de la sala de reuniones ({1}): no se cobra el alquiler de la sala</translation>
    </message>
    <message>
        <source>The greater of room attrition ({0}) and the meeting room rental ({1}) applies: room attrition is not charged</source>
        <translation>Se aplica el mayor entre la deserción de habitaciones ({0}) y el alquiler de la sala de reuniones ({1}): no se cobra la deserción de habitaciones</translation>
    </message>
    <message>
        <source>The contract has no room attrition clause</source>
        <translation>El contrato no tiene cláusula de deserción de habitaciones</translation>
    </message>
    <message>
        <source>Tax {0} on room damages {1} = {2}</source>
        <translation>Impuesto {0} sobre la penalización de habitaciones {1} = {2}</translation>
    </message>
    <message>
        <source>F&amp;B minimum {0} less the {1} allowance: required {2}; actual spend {3}; shortfall {4}</source>
        <translation>Mínimo de alimentos y bebidas {0} menos la tolerancia del {1}: requerido {2}; consumo real {3}; déficit {4}</translation>
    </message>
    <message>
        <source>F&amp;B spend {0} reaches the required {1}: no F&amp;B damages</source>
        <translation>El consumo de alimentos y bebidas {0} alcanza el requerido {1}: sin penalización de alimentos y bebidas</translation>
    </message>
    <message>
        <source>F&amp;B shortfall {0} x {1} = {2}</source>
        <translation>Déficit de alimentos y bebidas {0} x {1} = {2}</translation>
    </message>
    <message>
        <source>Service charge {0} on F&amp;B damages {1} = {2}</source>
        <translation>Cargo por servicio {0} sobre la penalización de alimentos y bebidas {1} = {2}</translation>
    </message>
    <message>
        <source>Tax {0} on F&amp;B damages and service charge {1} = {2}</source>
        <translation>Impuesto {0} sobre la penalización de alimentos y bebidas y el cargo por servicio {1} = {2}</translation>
    </message>
    <message>
        <source>Meeting room rental {0}; pickup {1} is in the band from {2}: {3} charged = {4}</source>
        <translation>Alquiler de la sala de reuniones {0}; el pickup {1} está en la franja desde {2}: se cobra {3} = {4}</translation>
    </message>
    <message>
        <source>Meeting room rental {0}; pickup {1} is below every band: nothing charged</source>
        <translation>Alquiler de la sala de reuniones {0}; el pickup {1} está por debajo de todas las franjas: no se cobra nada</translation>
    </message>
    <message>
        <source>Tax {0} on the meeting room rental {1} = {2}</source>
        <translation>Impuesto {0} sobre el alquiler de la sala de reuniones {1} = {2}</translation>
    </message>
    <message>
        <source>Comp rooms: 1 per {0} room nights, {1} room nights picked up: {2} comp room nights, worth {3} at the average rate {4}</source>
        <translation>Habitaciones de cortesía: 1 por cada {0} noches de habitación, {1} noches de habitación reservadas: {2} noches de habitación de cortesía, por valor de {3} a la tarifa media {4}</translation>
    </message>
    <message>
        <source>Comp rooms: 1 per {0} room nights earned night by night: {1} comp room nights, worth {2} at the average rate {3}</source>
        <translation>Habitaciones de cortesía: 1 por cada {0} noches de habitación, ganadas noche a noche: {1} noches de habitación de cortesía, por valor de {2} a la tarifa media {3}</translation>
    </message>
    <message>
        <source>Notice received {0}, {1} days before arrival on {2}: the {3} to {4} days tier applies</source>
        <translation>Aviso recibido el {0}, {1} días antes de la llegada el {2}: se aplica el tramo de {3} a {4} días</translation>
    </message>
    <message>
        <source>Notice received {0}, {1} days before arrival on {2}: the {3} days or more tier applies</source>
        <translation>Aviso recibido el {0}, {1} días antes de la llegada el {2}: se aplica el tramo de {3} días o más</translation>
    </message>
    <message>
        <source>Anticipated room revenue {0} x {1} = {2}</source>
        <translation>Ingresos previstos por habitaciones {0} x {1} = {2}</translation>
    </message>
    <message>
        <source>Anticipated revenue {0} (rooms {1} + F&amp;B minimum {2} + meeting room {3}) x {4} = {5}</source>
        <translation>Ingresos previstos {0} (habitaciones {1} + mínimo de alimentos y bebidas {2} + sala de reuniones {3}) x {4} = {5}</translation>
    </message>
    <message>
        <source>Room revenue {0} x {1} = {2}</source>
        <translation>Ingresos por habitaciones {0} x {1} = {2}</translation>
    </message>
    <message>
        <source>F&amp;B minimum {0} x {1} = {2}</source>
        <translation>Mínimo de alimentos y bebidas {0} x {1} = {2}</translation>
    </message>
    <message>
        <source>Meeting room rental {0} x {1} = {2}</source>
        <translation>Alquiler de la sala de reuniones {0} x {1} = {2}</translation>
    </message>
    <message>
        <source>Resale credit: {0} room nights resold, credited at no more than the contracted rate: -{1}</source>
        <translation>Crédito por reventa: {0} noches de habitación revendidas, acreditadas como máximo a la tarifa contratada: -{1}</translation>
    </message>
    <message>
        <source>Fee rounded to whole units: {0} to {1}</source>
        <translation>Cargo redondeado a unidades enteras: de {0} a {1}</translation>
    </message>
    <message>
        <source>Cancellation fee {0} waived: force majeure</source>
        <translation>Cargo por cancelación {0} condonado: fuerza mayor</translation>
    </message>
    <message>
        <source>Tax {0} on the cancellation fee {1} = {2}</source>
        <translation>Impuesto {0} sobre el cargo por cancelación {1} = {2}</translation>
    </message>
    <message>
        <source>Deposit received {0}: {1}, {2} applied</source>
        <translation>Depósito recibido el {0}: {1}, {2} aplicado</translation>
    </message>
    <message>
        <source>Reduction recorded {0} ({1} of the original block) not honoured: it was made after the last review date, {2}; those rooms stay in the block</source>
        <translation>Reducción registrada el {0} ({1} del bloque original) no aceptada: se hizo después de la última fecha de revisión, {2}; esas habitaciones siguen en el bloque</translation>
    </message>
    <message>
        <source>Reduction recorded {0} ({1} of the original block) not honoured: the contract has no review schedule; those rooms stay in the block</source>
        <translation>Reducción registrada el {0} ({1} del bloque original) no aceptada: el contrato no tiene calendario de revisiones; esas habitaciones siguen en el bloque</translation>
    </message>
    <message>
        <source>Reduction recorded {0} ({1} of the original block) not honoured: more than the {2} allowed by {3}; those rooms stay in the block</source>
        <translation>Reducción registrada el {0} ({1} del bloque original) no aceptada: supera el {2} permitido hasta el {3}; esas habitaciones siguen en el bloque</translation>
    </message>
    <message>
        <source>No pickup is recorded: the assessment assumes no room was picked up</source>
        <translation>No hay pickup registrado: la evaluación supone que no se reservó ninguna habitación</translation>
    </message>
    <message>
        <source>The contract is marked cancelled but has no cancellation notice date: assessed under attrition</source>
        <translation>El contrato está marcado como cancelado pero no tiene fecha de aviso de cancelación: evaluado por deserción</translation>
    </message>
    <message>
        <source>The group cancelled but the contract has no cancellation tiers: no cancellation fee assessed</source>
        <translation>El grupo canceló pero el contrato no tiene tramos de cancelación: no se evalúa cargo por cancelación</translation>
    </message>
    <message>
        <source>Notice received {0}, after arrival on {1}: assessed as 0 days before arrival</source>
        <translation>Aviso recibido el {0}, después de la llegada el {1}: evaluado como 0 días antes de la llegada</translation>
    </message>
    <message>
        <source>Deposits exceed the amount owed by {0}</source>
        <translation>Los depósitos superan el importe adeudado en {0}</translation>
    </message>
    <message>
        <source>another band of the scale also starts at {0} pickup: each band needs its own lowest pickup</source>
        <translation>otra franja de la escala también empieza en un pickup de {0}: cada franja necesita su propio pickup mínimo</translation>
    </message>
    <message>
        <source>Booking curve of {0} comparable groups: {1} of their final pickup was on the books {2} days before arrival</source>
        <translation>Curva de reservas de {0} grupos comparables: el {1} de su pickup final estaba reservado {2} días antes de la llegada</translation>
    </message>
    <message>
        <source>Only {0} comparable groups have a pickup history (at least {1} are needed): the default booking curve is used, {2} on the books {3} days before arrival</source>
        <translation>Solo {0} grupos comparables tienen historial de pickup (se necesitan al menos {1}): se usa la curva de reservas por defecto, {2} reservado {3} días antes de la llegada</translation>
    </message>
    <message>
        <source>Multiplicative pickup: {0} room nights on the books / {1} = {2} room nights expected at arrival</source>
        <translation>Pickup multiplicativo: {0} noches de habitación reservadas / {1} = {2} noches de habitación previstas a la llegada</translation>
    </message>
    <message>
        <source>Additive pickup: {0} room nights on the books + {1} room nights still to come per blocked room x {2} room nights blocked = {3} room nights expected at arrival</source>
        <translation>Pickup aditivo: {0} noches de habitación reservadas + {1} noches de habitación por llegar por habitación bloqueada x {2} noches de habitación bloqueadas = {3} noches de habitación previstas a la llegada</translation>
    </message>
    <message>
        <source>The account&apos;s own {0} past groups: {1} room nights on the books / {2} = {3} room nights expected at arrival</source>
        <translation>Los {0} grupos anteriores de la propia cuenta: {1} noches de habitación reservadas / {2} = {3} noches de habitación previstas a la llegada</translation>
    </message>
    <message>
        <source>Method chosen by backtest over {0} past groups {1} days before arrival: the lowest weighted error, {2}</source>
        <translation>Método elegido por backtest sobre {0} grupos anteriores {1} días antes de la llegada: el menor error ponderado, {2}</translation>
    </message>
    <message>
        <source>Past forecast errors of {0} groups {1} days before arrival: {2} to {3} room nights (P10 to P90)</source>
        <translation>Errores de previsión anteriores de {0} grupos {1} días antes de la llegada: de {2} a {3} noches de habitación (P10 a P90)</translation>
    </message>
    <message>
        <source>Too few past forecast errors {0} days before arrival: the default range of {1} either way gives {2} to {3} room nights (P10 to P90)</source>
        <translation>Muy pocos errores de previsión anteriores {0} días antes de la llegada: el margen por defecto de {1} en cada sentido da de {2} a {3} noches de habitación (P10 a P90)</translation>
    </message>
    <message>
        <source>The group arrived on {0}: the pickup recorded is its final pickup</source>
        <translation>El grupo llegó el {0}: el pickup registrado es su pickup final</translation>
    </message>
    <message>
        <source>Arrival is {0} days away: the forecast looks {1} days ahead at most and uses the curve at {1} days</source>
        <translation>Faltan {0} días para la llegada: la previsión mira como máximo {1} días adelante y usa la curva a {1} días</translation>
    </message>
    <message>
        <source>{0} pickup reports dated after arrival and {1} dated before signing were left out of the history</source>
        <translation>Se dejaron fuera del historial {0} informes de pickup fechados después de la llegada y {1} fechados antes de la firma</translation>
    </message>
    <message>
        <source>Expected damages {0} over {1} draws of the final pickup (seed {2}); {3} of the draws owe anything</source>
        <translation>Penalización esperada {0} sobre {1} simulaciones del pickup final (semilla {2}); el {3} de las simulaciones debe algo</translation>
    </message>
    <message>
        <source>Damages P10 {0}, P50 {1}, P90 {2}; at the expected pickup the group would owe {3}</source>
        <translation>Penalización P10 {0}, P50 {1}, P90 {2}; con el pickup previsto el grupo debería {3}</translation>
    </message>
    <message>
        <source>F&amp;B spend not forecast: assumed to reach the F&amp;B minimum</source>
        <translation>Consumo de alimentos y bebidas no previsto: se supone que alcanza el mínimo de alimentos y bebidas</translation>
    </message>
    <message>
        <source>Release rule: keep the rooms the group picks up with a probability of {0} (a room held unused costs {1} times a room released and then needed)</source>
        <translation>Regla de liberación: conservar las habitaciones que el grupo ocupa con una probabilidad del {0} (una habitación retenida sin usar cuesta {1} veces una liberada y luego necesaria)</translation>
    </message>
    <message>
        <source>Night of {0}: the forecast supports keeping {1} of {2} rooms; release {3}</source>
        <translation>Noche del {0}: la previsión permite conservar {1} de {2} habitaciones; liberar {3}</translation>
    </message>
    <message>
        <source>Night of {0}: the forecast supports keeping {1} of {2} rooms, but the contract allows reducing to {3} at the least: release {4}</source>
        <translation>Noche del {0}: la previsión permite conservar {1} de {2} habitaciones, pero el contrato permite reducir como mínimo a {3}: liberar {4}</translation>
    </message>
    <message>
        <source>Next review date {0}: the block may be reduced by up to {1} of the original block</source>
        <translation>Próxima fecha de revisión {0}: el bloque puede reducirse hasta un {1} del bloque original</translation>
    </message>
    <message>
        <source>No review date is ahead: the contract allows no release</source>
        <translation>No queda ninguna fecha de revisión: el contrato no permite liberar habitaciones</translation>
    </message>
    <message>
        <source>Hold the block: expected damages {0}. Release {1} room nights by {2}: expected damages {3}, and those rooms return to inventory</source>
        <translation>Mantener el bloque: penalización esperada {0}. Liberar {1} noches de habitación antes del {2}: penalización esperada {3}, y esas habitaciones vuelven al inventario</translation>
    </message>
    <message>
        <source>The release was not honoured under the contract&apos;s review schedule: nothing is proposed</source>
        <translation>La liberación no se aceptaría según el calendario de revisiones del contrato: no se propone nada</translation>
    </message>
    <message>
        <source>the {0} cancellation basis does not use this percentage ({1}): it charges nothing</source>
        <translation>la base de cancelación {0} no usa este porcentaje ({1}): no cobra nada</translation>
    </message>
    <message>
        <source>occupancy is recorded but the attrition clause has no resaleOnlyAtOccupancy: it is ignored</source>
        <translation>la ocupación está registrada pero la cláusula de attrition no tiene resaleOnlyAtOccupancy: se ignora</translation>
    </message>
    <message>
        <source>the room type is not in the block: this entry is ignored</source>
        <translation>el tipo de habitación no está en el bloqueo: esta entrada se ignora</translation>
    </message>
    <message>
        <source>the room type is not in the block, which has it in other capitals: room types must match exactly, this entry is ignored</source>
        <translation>el tipo de habitación no está en el bloqueo, que lo tiene con otras mayúsculas: los tipos de habitación deben coincidir exactamente, esta entrada se ignora</translation>
    </message>
    <message>
        <source>the percentage {0} is below 1%: percentages are written in points (85 for 85%), not as fractions (0.85)</source>
        <translation>el porcentaje {0} es inferior al 1%: los porcentajes se escriben en puntos (85 para el 85%), no como fracciones (0.85)</translation>
    </message>
    <message>
        <source>a cancellation notice is recorded but the status is not cancelled: the contract is assessed as cancelled</source>
        <translation>hay un aviso de cancelación registrado pero el estado no es cancelado: el contrato se evalúa como cancelado</translation>
    </message>
    <message>
        <source>Keep the block held: expected damages {0}. The forecast supports no release by {1} that the contract allows</source>
        <translation>Mantener el bloqueo actual: penalización esperada {0}. El pronóstico no respalda ninguna liberación antes del {1} que el contrato permita</translation>
    </message>
    <message>
        <source>Regression pickup fitted on {0} past groups: final pickup = {1} x on the books {2} days before arrival + {3} x the block, so {4} room nights on the books and {5} room nights blocked give {6} room nights expected at arrival</source>
        <translation>Pickup por regresión ajustado sobre {0} grupos pasados: pickup final = {1} x lo reservado {2} días antes de la llegada + {3} x el bloqueo, así que {4} noches de habitación reservadas y {5} noches de habitación bloqueadas dan {6} noches de habitación previstas a la llegada</translation>
    </message>
    <message>
        <source>Expected wash {0} (P10 {1}, P90 {2}) from the account&apos;s own {3} past groups</source>
        <translation>Wash esperado {0} (P10 {1}, P90 {2}) a partir de los {3} grupos pasados de la propia cuenta</translation>
    </message>
    <message>
        <source>Expected wash {0} (P10 {1}, P90 {2}) from {3} past groups: the account has {4} of its own, fewer than the {5} needed</source>
        <translation>Wash esperado {0} (P10 {1}, P90 {2}) a partir de {3} grupos pasados: la cuenta tiene {4} propios, menos de los {5} necesarios</translation>
    </message>
    <message>
        <source>Only {0} past groups have a block and a final pickup (at least {1} are needed): a wash of 0%, 5%, 10%, 15% or 20%, equally likely, is assumed</source>
        <translation>Solo {0} grupos pasados tienen un bloque y un pickup final (se necesitan al menos {1}): se supone un wash del 0%, 5%, 10%, 15% o 20%, igual de probables</translation>
    </message>
    <message>
        <source>Per night: group rooms = block x (1 - wash); displaced transient rooms = max(0, transient demand + group rooms - capacity); net = group rooms x (group rate x (1 - commission) - variable cost) - displaced rooms x (transient net ADR - variable cost + ancillary profit)</source>
        <translation>Por noche: habitaciones del grupo = bloque x (1 - wash); habitaciones transient desplazadas = máx(0, demanda transient + habitaciones del grupo - capacidad); neto = habitaciones del grupo x (tarifa de grupo x (1 - comisión) - coste variable) - habitaciones desplazadas x (ADR neto transient - coste variable + beneficio complementario)</translation>
    </message>
    <message>
        <source>Night of {0}: {1} group rooms and a transient demand of {2} for {3} rooms displace {4} transient rooms; net {5}; the group breaks even at an average rate of {6}</source>
        <translation>Noche del {0}: {1} habitaciones del grupo y una demanda transient de {2} para {3} habitaciones desplazan {4} habitaciones transient; neto {5}; el grupo cubre lo que desplaza con una tarifa media de {6}</translation>
    </message>
    <message>
        <source>Night of {0}: no group rooms are expected after the wash</source>
        <translation>Noche del {0}: no se esperan habitaciones del grupo tras el wash</translation>
    </message>
    <message>
        <source>F&amp;B profit {0}: the minimum of {1} at a {2} margin, assuming the minimum is spent</source>
        <translation>Beneficio de A&amp;B {0}: el mínimo de {1} con un margen del {2}, suponiendo que se gasta el mínimo</translation>
    </message>
    <message>
        <source>Meeting room profit {0}: the rental of {1} at a {2} margin</source>
        <translation>Beneficio de la sala de reuniones {0}: el alquiler de {1} con un margen del {2}</translation>
    </message>
    <message>
        <source>Net value of the group {0}; over {1} wash draws (seed {2}) it ranges from {3} to {4} (P10 to P90)</source>
        <translation>Valor neto del grupo {0}; en {1} extracciones del wash (semilla {2}) va de {3} a {4} (P10 a P90)</translation>
    </message>
    <message>
        <source>The contract has no block: there is nothing to quote</source>
        <translation>El contrato no tiene bloque: no hay nada que cotizar</translation>
    </message>
    <message>
        <source>The night of {0} has no hotel outlook (capacity, transient demand and net ADR)</source>
        <translation>La noche del {0} no tiene previsión del hotel (capacidad, demanda transient y ADR neto)</translation>
    </message>
    <message>
        <source>The night of {0} has two hotel outlooks: each night is entered once</source>
        <translation>La noche del {0} tiene dos previsiones del hotel: cada noche se introduce una sola vez</translation>
    </message>
    <message>
        <source>The block of {1} rooms on the night of {0} is above the hotel&apos;s capacity of {2} rooms</source>
        <translation>El bloque de {1} habitaciones de la noche del {0} supera la capacidad del hotel de {2} habitaciones</translation>
    </message>
    <message>
        <source>The transient demand of {1} rooms for the night of {0} is negative</source>
        <translation>La demanda transient de {1} habitaciones para la noche del {0} es negativa</translation>
    </message>
    <message>
        <source>The amount {1} for the night of {0} is not in the contract&apos;s currency</source>
        <translation>El importe {1} de la noche del {0} no está en la moneda del contrato</translation>
    </message>
    <message>
        <source>The variable cost {0} is not in the contract&apos;s currency</source>
        <translation>El coste variable {0} no está en la moneda del contrato</translation>
    </message>
    <message>
        <source>A group commission of {0} is out of range: it must be at least 0% and below 100%</source>
        <translation>Una comisión de grupo del {0} está fuera de rango: debe ser de al menos el 0% y menor del 100%</translation>
    </message>
    <message>
        <source>A margin of {0} is out of range: margins are from 0% to 100%</source>
        <translation>Un margen del {0} está fuera de rango: los márgenes van del 0% al 100%</translation>
    </message>
    <message>
        <source>this value is the program&apos;s default, not confirmed from the contract: confirm it or enter the contract&apos;s own</source>
        <translation>este valor es el predeterminado del programa, no confirmado en el contrato: confírmelo o introduzca el del contrato</translation>
    </message>
    <message>
        <source>the pickup of {0} rooms on {1} is {2} of the {3} rooms of this room type blocked that night, more than {4}: check that it was entered right</source>
        <translation>el pickup de {0} habitaciones el {1} es el {2} de las {3} habitaciones de este tipo bloqueadas esa noche, más del {4}: compruebe que se introdujo correctamente</translation>
    </message>
    <message>
        <source>the pickup of {0} room nights is {1} of the {2} room nights blocked, more than {3}: check that it was entered right (this entry, {4} rooms on {5} where {6} of this room type were blocked, is the furthest above its block)</source>
        <translation>el pickup de {0} noches de habitación es el {1} de las {2} noches de habitación bloqueadas, más del {3}: compruebe que se introdujo correctamente (esta entrada, {4} habitaciones el {5} con {6} de este tipo bloqueadas, es la que más supera su bloque)</translation>
    </message>
    <message>
        <source>{0} of the block is on the books {1} days before arrival: {2} points ahead of the {3} comparable groups, which had {4} of their block at that day</source>
        <translation>El {0} del bloque está reservado {1} días antes de la llegada: {2} puntos por encima de los {3} grupos comparables, que tenían el {4} de su bloque ese día</translation>
    </message>
    <message>
        <source>{0} of the block is on the books {1} days before arrival: {2} points behind the {3} comparable groups, which had {4} of their block at that day</source>
        <translation>El {0} del bloque está reservado {1} días antes de la llegada: {2} puntos por debajo de los {3} grupos comparables, que tenían el {4} de su bloque ese día</translation>
    </message>
    <message>
        <source>Pace not known: only {0} comparable groups have a pickup history and a block (at least {1} are needed)</source>
        <translation>Ritmo desconocido: solo {0} grupos comparables tienen historial de pickup y bloque (se necesitan al menos {1})</translation>
    </message>
    <message>
        <source>Pace not known: the contract has no block</source>
        <translation>Ritmo desconocido: el contrato no tiene bloque</translation>
    </message>
    <message>
        <source>Pace not known: arrival is {0} days away, beyond the {1} days the pickup history covers</source>
        <translation>Ritmo desconocido: faltan {0} días para la llegada, más allá de los {1} días que cubre el historial de pickup</translation>
    </message>
    <message>
        <source>Expected damages {0}, P10 {1} to P90 {2}, over {3} equally likely final pickups from the forecast&apos;s past errors; {4} of them owe anything</source>
        <translation>Penalización esperada {0}, de P10 {1} a P90 {2}, sobre {3} pickups finales igual de probables según los errores anteriores de la previsión; en el {4} de ellos el grupo debe algo</translation>
    </message>
    <message>
        <source>Pace behind: {0} of the block is on the books {1} days before arrival, where the {2} comparable groups had {3}: {4} points behind, more than the {5} points allowed</source>
        <translation>Ritmo retrasado: el {0} del bloque está reservado {1} días antes de la llegada, cuando los {2} grupos comparables tenían el {3}: {4} puntos por debajo, más de los {5} puntos permitidos</translation>
    </message>
    <message>
        <source>No pickup movement for {0} days: {1} room nights on the books since {2}, while the booking curve expects {3} of the final pickup, about {4} room nights, to arrive over those days</source>
        <translation>Sin movimiento de pickup desde hace {0} días: {1} noches de habitación reservadas desde el {2}, mientras que la curva de reservas prevé que en esos días llegue el {3} del pickup final, unas {4} noches de habitación</translation>
    </message>
    <message>
        <source>Review date {0} in {1} days: the forecast final pickup of {2} room nights is {3} of the block, below the performance level of {4}</source>
        <translation>Fecha de revisión {0} dentro de {1} días: el pickup final previsto de {2} noches de habitación es el {3} del bloque, por debajo del nivel de cumplimiento del {4}</translation>
    </message>
    <message>
        <source>Cutoff {0} passed {1} days ago with {2} of the {3} room nights blocked unsold ({4} of the block picked up)</source>
        <translation>La fecha límite del {0} venció hace {1} días con {2} de las {3} noches de habitación bloqueadas sin vender (reservado el {4} del bloque)</translation>
    </message>
    <message>
        <source>F&amp;B spend forecast {0} is below the {1} required (the minimum {2} less the {3} allowance): a shortfall of {4}</source>
        <translation>El consumo de alimentos y bebidas previsto, {0}, está por debajo de los {1} requeridos (el mínimo de {2} menos la tolerancia del {3}): un déficit de {4}</translation>
    </message>
    <message>
        <source>F&amp;B spend forecast {0} ({1} recorded for {2} room nights on the books, carried to the {3} room nights expected) is below the {4} required (the minimum {5} less the {6} allowance)</source>
        <translation>El consumo de alimentos y bebidas previsto, {0} ({1} registrados para {2} noches de habitación reservadas, extrapolados a las {3} noches de habitación previstas), está por debajo de los {4} requeridos (el mínimo de {5} menos la tolerancia del {6})</translation>
    </message>
    <message>
        <source>Return the {0} unsold room nights to inventory, or agree a later cutoff with the organizer</source>
        <translation>Devolver al inventario las {0} noches de habitación sin vender, o acordar con el organizador una fecha límite posterior</translation>
    </message>
    <message>
        <source>Before the review date {0}, agree with the organizer what to release: up to {1} of the block may go then</source>
        <translation>Antes de la fecha de revisión del {0}, acordar con el organizador qué liberar: en esa fecha se puede liberar hasta el {1} del bloque</translation>
    </message>
    <message>
        <source>Call the organizer about the pace of pickup and ask for the rooming list</source>
        <translation>Llamar al organizador por el ritmo del pickup y pedirle la rooming list</translation>
    </message>
    <message>
        <source>Confirm the F&amp;B plans with the organizer: the forecast spend is below the minimum</source>
        <translation>Confirmar con el organizador los planes de alimentos y bebidas: el consumo previsto está por debajo del mínimo</translation>
    </message>
    <message>
        <source>Nothing due now; the next date to watch is {0}</source>
        <translation>Nada pendiente por ahora; la próxima fecha que vigilar es el {0}</translation>
    </message>
    <message>
        <source>Nothing due now</source>
        <translation>Nada pendiente por ahora</translation>
    </message>
    <message>
        <source>a lost contract needs a lostReason: price, dates, competitor or other</source>
        <translation>un contrato perdido necesita un lostReason: price, dates, competitor o other</translation>
    </message>
    <message>
        <source>a lostReason is given but the status is {0}, not lost: only a lost contract has a lost reason</source>
        <translation>se indica un lostReason pero el estado es {0}, no lost: solo un contrato perdido tiene motivo de pérdida</translation>
    </message>
    <message>
        <source>The contract is lost: the hotel did not win the business, so nothing is owed under it</source>
        <translation>El contrato se perdió: el hotel no consiguió el negocio, así que no se adeuda nada por él</translation>
    </message>
    <message>
        <source>No new contract for {0} days since the last event arrived on {1}: more than {2} days, {3} of the usual rebooking cycle of {4} days (the median of the {5} intervals between its events)</source>
        <translation>Ningún contrato nuevo en {0} días desde la llegada del último evento el {1}: más de {2} días, el {3} del ciclo habitual de nueva reserva de {4} días (la mediana de los {5} intervalos entre sus eventos)</translation>
    </message>
    <message>
        <source>Pickup fell for two events in a row: {0} of the block at the event arriving {1}, {2} at the one arriving {3}, {4} at the one arriving {5}</source>
        <translation>El pickup bajó en dos eventos seguidos: {0} del bloque en el evento con llegada el {1}, {2} en el de llegada el {3}, {4} en el de llegada el {5}</translation>
    </message>
    <message>
        <source>{0} collected and {1} waived come to {2}, more than the {3} of damages agreed with the client (settlement.assessed)</source>
        <translation>{0} cobrado y {1} condonado suman {2}, más que los {3} de penalización acordados con el cliente (settlement.assessed)</translation>
    </message>
    <message>
        <source>{0} collected and {1} waived, but no damages are agreed with the client yet: enter settlement.assessed first</source>
        <translation>{0} cobrado y {1} condonado, pero aún no hay penalización acordada con el cliente: introduzca primero settlement.assessed</translation>
    </message>
    <message>
        <source>an invoice date needs the damages agreed with the client: enter settlement.assessed first</source>
        <translation>una fecha de factura requiere la penalización acordada con el cliente: introduzca primero settlement.assessed</translation>
    </message>
    <message>
        <source>{0} is before the arrival on {1}: damages are invoiced and collected after the stay begins</source>
        <translation>{0} es anterior a la llegada el {1}: la penalización se factura y se cobra después de que empiece la estancia</translation>
    </message>
    <message>
        <source>{0} is before the cancellation notice of {1}: cancellation damages are invoiced and collected after the notice</source>
        <translation>{0} es anterior al aviso de cancelación del {1}: la penalización por cancelación se factura y se cobra después del aviso</translation>
    </message>
    <message>
        <source>the credit of {0} on a future contract is more than the {1} waived: the credit is a part of the waiver</source>
        <translation>el crédito de {0} en un contrato futuro es mayor que los {1} condonados: el crédito es una parte de la condonación</translation>
    </message>
    <message>
        <source>a credit of {0} on a future contract needs that contract&apos;s reference in settlement.creditContract</source>
        <translation>un crédito de {0} en un contrato futuro requiere la referencia de ese contrato en settlement.creditContract</translation>
    </message>
    <message>
        <source>a contract to credit is named but settlement.creditAmount is zero: enter the amount of the credit</source>
        <translation>se indica un contrato al que abonar el crédito, pero settlement.creditAmount es cero: introduzca el importe del crédito</translation>
    </message>
    <message>
        <source>the credit must go to another contract of the account, not to this one</source>
        <translation>el crédito debe ir a otro contrato de la cuenta, no a este</translation>
    </message>
    <message>
        <source>{0} is waived without a reason: say why in settlement.waiverReason</source>
        <translation>{0} se condona sin motivo: indique por qué en settlement.waiverReason</translation>
    </message>
    <message>
        <source>Rebooking credit from contract {0}: {1} of the damages waived there granted on this contract, {2} applied (never more than owed here)</source>
        <translation>Crédito por nueva reserva del contrato {0}: {1} de la penalización condonada allí concedido en este contrato, {2} aplicado (nunca más de lo adeudado aquí)</translation>
    </message>
</context>
<context>
    <name>FieldHelp</name>
    <message>
        <source>The contract&apos;s reference, unique in the database: the list, the reports and the command line find the contract by it.</source>
        <translation>La referencia del contrato, única en la base de datos: la lista, los informes y la línea de comandos encuentran el contrato por ella.</translation>
    </message>
    <message>
        <source>The group&apos;s name as the contract and the reports show it.</source>
        <translation>El nombre del grupo tal como lo muestran el contrato y los informes.</translation>
    </message>
    <message>
        <source>The organizer who signs the contract: an association or a company. The forecast can compare the group with this account&apos;s past groups.</source>
        <translation>El organizador que firma el contrato: una asociación o una empresa. La previsión puede comparar el grupo con los grupos anteriores de esta cuenta.</translation>
    </message>
    <message>
        <source>The hotel the rooms are held at. The forecast compares the group with this hotel&apos;s past groups.</source>
        <translation>El hotel en el que se reservan las habitaciones. La previsión compara el grupo con los grupos anteriores de este hotel.</translation>
    </message>
    <message>
        <source>The sales manager in charge of the group; the contract list can be filtered by it.</source>
        <translation>El gestor comercial a cargo del grupo; la lista de contratos se puede filtrar por él.</translation>
    </message>
    <message>
        <source>The currency every amount of the contract is in. Changing it keeps the figures and changes only the currency.</source>
        <translation>La moneda de todos los importes del contrato. Al cambiarla se conservan las cifras y solo cambia la moneda.</translation>
    </message>
    <message>
        <source>The day the contract was signed. A cancellation notice cannot come before it, and the cancellation chart starts here.</source>
        <translation>El día en que se firmó el contrato. Un aviso de cancelación no puede ser anterior, y el gráfico de cancelación empieza aquí.</translation>
    </message>
    <message>
        <source>The first night of the stay. The cancellation tiers count the days from the notice to this date; a new arrival moves the whole block with it.</source>
        <translation>La primera noche de la estancia. Los tramos de cancelación cuentan los días desde el aviso hasta esta fecha; una nueva llegada desplaza con ella todo el bloque.</translation>
    </message>
    <message>
        <source>The day the group leaves: the last night of the stay is the night before. A later departure adds nights to the block.</source>
        <translation>El día en que se va el grupo: la última noche de la estancia es la anterior. Una salida posterior añade noches al bloque.</translation>
    </message>
    <message>
        <source>The date after which rooms of the block not yet reserved by the group&apos;s guests go back to the hotel. It is marked on the pace chart.</source>
        <translation>La fecha a partir de la cual las habitaciones del bloque aún no reservadas por los huéspedes del grupo vuelven al hotel. Aparece marcada en el gráfico del ritmo del pickup.</translation>
    </message>
    <message>
        <source>How each line of the assessment is rounded to the cent (or the currency&apos;s smallest unit): half up, as most contracts say, or another rule the contract names. Each line is rounded once.</source>
        <translation>Cómo se redondea cada línea del cálculo al céntimo (o a la unidad más pequeña de la moneda): la mitad hacia arriba, como dice la mayoría de los contratos, u otra regla que indique el contrato. Cada línea se redondea una sola vez.</translation>
    </message>
    <message>
        <source>The rooms the hotel holds for the group, per night and room type, with the group rate. Attrition is measured against this block, and room damages are charged at its rates.</source>
        <translation>Las habitaciones que el hotel reserva para el grupo, por noche y tipo de habitación, con la tarifa de grupo. La deserción se mide respecto a este bloque, y la penalización por habitaciones se cobra a sus tarifas.</translation>
    </message>
    <message>
        <source>The review dates: by each one the group may reduce the block by up to the share of the original block given, with no damages. Without review dates no reduction is honoured.</source>
        <translation>Las fechas de revisión: hasta cada una, el grupo puede reducir el bloque hasta la parte indicada del bloque original, sin penalización. Sin fechas de revisión no se acepta ninguna reducción.</translation>
    </message>
    <message>
        <source>The rooms the group asked to release and when. A request made by a review date and within its allowance lowers the block attrition is measured against; a late or too large one is not honoured at all.</source>
        <translation>Las habitaciones que el grupo pidió liberar y cuándo. Una solicitud hecha antes de una fecha de revisión y dentro de su tolerancia reduce el bloque respecto al que se mide la deserción; una tardía o demasiado grande no se acepta en absoluto.</translation>
    </message>
    <message>
        <source>The rooms the group&apos;s guests actually used, per night and room type. Attrition compares this pickup with the performance level of the block.</source>
        <translation>Las habitaciones que usaron realmente los huéspedes del grupo, por noche y tipo de habitación. La deserción compara este pickup con el nivel de cumplimiento del bloque.</translation>
    </message>
    <message>
        <source>Rooms found by the post-event audit: bookings outside the block, billed no-shows and walked guests. They count toward pickup when the attrition clause says so.</source>
        <translation>Habitaciones encontradas en la auditoría posterior al evento: reservas fuera del bloque, no-shows facturados y huéspedes reubicados. Cuentan para el pickup cuando lo indica la cláusula de deserción.</translation>
    </message>
    <message>
        <source>Rooms of the block the hotel resold to other guests. They reduce the damages as the resale credit of the attrition clause (and of the cancellation clause) says.</source>
        <translation>Habitaciones del bloque que el hotel revendió a otros huéspedes. Reducen la penalización según indique el crédito por reventa de la cláusula de deserción (y de la cláusula de cancelación).</translation>
    </message>
    <message>
        <source>The hotel&apos;s occupancy each night. With resale credited only when the hotel sold out, only nights at or above that occupancy credit resale.</source>
        <translation>La ocupación del hotel cada noche. Si la reventa solo se acredita cuando el hotel se llenó, solo las noches con esa ocupación o más acreditan la reventa.</translation>
    </message>
    <message>
        <source>Whether the contract has a room attrition clause. Without one the group owes nothing for rooms it did not pick up.</source>
        <translation>Si el contrato tiene una cláusula de deserción de habitaciones. Sin ella el grupo no debe nada por las habitaciones que no ocupó.</translation>
    </message>
    <message>
        <source>The share of the block the group must pick up without damages, such as 80%. Room nights below this level are the shortfall the group pays for.</source>
        <translation>La parte del bloque que el grupo debe ocupar sin penalización, por ejemplo el 80%. Las noches de habitación por debajo de este nivel son el déficit que paga el grupo.</translation>
    </message>
    <message>
        <source>Cumulatively: one requirement over the whole stay, so a strong night makes up for a weak one. Night by night: each night must reach the performance level on its own, which usually means higher damages.</source>
        <translation>Acumulado: un único requisito para toda la estancia, de modo que una noche fuerte compensa una débil. Noche a noche: cada noche debe alcanzar por sí sola el nivel de cumplimiento, lo que suele suponer una penalización mayor.</translation>
    </message>
    <message>
        <source>Night by night: rooms picked up above the block on some nights make up the shortfall of other nights, earliest first.</source>
        <translation>Noche a noche: las habitaciones ocupadas por encima del bloque en algunas noches compensan el déficit de otras noches, empezando por las más tempranas.</translation>
    </message>
    <message>
        <source>How the rooms the performance level requires are rounded: 80% of 21 rooms is 16.8, which is 17 rounded up (higher damages) or 16 rounded down.</source>
        <translation>Cómo se redondean las habitaciones que exige el nivel de cumplimiento: el 80% de 21 habitaciones es 16,8, que es 17 redondeando hacia arriba (mayor penalización) o 16 redondeando hacia abajo.</translation>
    </message>
    <message>
        <source>The share of the rate charged for each room night of shortfall: 100% for the full rate, less when the contract charges only the hotel&apos;s lost profit.</source>
        <translation>La parte de la tarifa que se cobra por cada noche de habitación de déficit: 100% para la tarifa completa, menos cuando el contrato cobra solo el lucro cesante del hotel.</translation>
    </message>
    <message>
        <source>The rate the shortfall is charged at: each night&apos;s own group rate, or the average rate of the whole block.</source>
        <translation>La tarifa a la que se cobra el déficit: la tarifa de grupo de cada noche, o la tarifa media de todo el bloque.</translation>
    </message>
    <message>
        <source>How rooms the hotel resold reduce the damages: by count (each resold room night is one fewer liable), by revenue (the resale revenue, at most the group rate per room night), or not at all.</source>
        <translation>Cómo reducen la penalización las habitaciones que el hotel revendió: por número (cada noche de habitación revendida es una menos a pagar), por ingresos (los ingresos de la reventa, como máximo la tarifa de grupo por noche de habitación) o en absoluto.</translation>
    </message>
    <message>
        <source>Resale is credited only on nights the hotel reached this occupancy (it sold out). Empty: resale is credited every night.</source>
        <translation>La reventa solo se acredita las noches en que el hotel alcanzó esta ocupación (se llenó). Vacío: la reventa se acredita todas las noches.</translation>
    </message>
    <message>
        <source>Whether attendees who booked outside the block, found by the audit, count toward pickup and so lower the damages.</source>
        <translation>Si los asistentes que reservaron fuera del bloque, encontrados por la auditoría, cuentan para el pickup y así reducen la penalización.</translation>
    </message>
    <message>
        <source>Whether rooms billed to no-shows count toward pickup: they were paid for.</source>
        <translation>Si las habitaciones facturadas a no-shows cuentan para el pickup: se pagaron.</translation>
    </message>
    <message>
        <source>Whether guests the hotel walked to another hotel (it had no room for them) count toward pickup.</source>
        <translation>Si los huéspedes que el hotel reubicó en otro hotel (no tenía habitación para ellos) cuentan para el pickup.</translation>
    </message>
    <message>
        <source>The most the group owes for room attrition, whatever the shortfall. Empty: no cap.</source>
        <translation>Lo máximo que debe el grupo por deserción de habitaciones, sea cual sea el déficit. Vacío: sin límite.</translation>
    </message>
    <message>
        <source>The contract says that no night is charged more rooms than it blocked. The report states it; with a performance level of at most 100% it never changes the figure.</source>
        <translation>El contrato establece que a ninguna noche se le cobran más habitaciones de las que bloqueó. El informe lo indica; con un nivel de cumplimiento de como máximo el 100% nunca cambia la cifra.</translation>
    </message>
    <message>
        <source>Whether tax is added on the room damages, at the tax rate below.</source>
        <translation>Si se añade el impuesto a la penalización por habitaciones, al tipo impositivo de abajo.</translation>
    </message>
    <message>
        <source>The tax added on the room damages when they are taxable.</source>
        <translation>El impuesto que se añade a la penalización por habitaciones cuando está sujeta a impuestos.</translation>
    </message>
    <message>
        <source>The least food and beverage revenue the group commits to, before tax and service charge. Spending less is a shortfall the group pays for.</source>
        <translation>Los ingresos mínimos de alimentos y bebidas a los que se compromete el grupo, antes de impuestos y cargo por servicio. Gastar menos es un déficit que paga el grupo.</translation>
    </message>
    <message>
        <source>The share of the F&amp;B minimum the group may fall short by without damages: with 10% the group must spend 90% of the minimum.</source>
        <translation>La parte del mínimo de alimentos y bebidas que el grupo puede dejar sin cubrir sin penalización: con un 10% el grupo debe gastar el 90% del mínimo.</translation>
    </message>
    <message>
        <source>What the group spent on food and beverage, before tax and service charge. The shortfall is what it falls short of the required spend.</source>
        <translation>Lo que el grupo gastó en alimentos y bebidas, antes de impuestos y cargo por servicio. El déficit es lo que le falta para llegar al gasto exigido.</translation>
    </message>
    <message>
        <source>The share of the F&amp;B shortfall charged: 100% for all of it, less when the contract charges only the lost profit.</source>
        <translation>La parte del déficit de alimentos y bebidas que se cobra: 100% para todo, menos cuando el contrato cobra solo el lucro cesante.</translation>
    </message>
    <message>
        <source>The service charge (gratuity) rate on food and beverage, added on the F&amp;B damages when the contract says so.</source>
        <translation>El porcentaje del cargo por servicio (propina) sobre alimentos y bebidas, que se añade a la penalización de alimentos y bebidas cuando lo indica el contrato.</translation>
    </message>
    <message>
        <source>Whether the service charge is added on the F&amp;B damages, as on a banquet bill.</source>
        <translation>Si el cargo por servicio se añade a la penalización de alimentos y bebidas, como en una factura de banquete.</translation>
    </message>
    <message>
        <source>The tax rate on food and beverage, added on the F&amp;B damages and on the service charge as set below.</source>
        <translation>El tipo impositivo sobre alimentos y bebidas, que se añade a la penalización de alimentos y bebidas y al cargo por servicio según se indica abajo.</translation>
    </message>
    <message>
        <source>Whether tax at the F&amp;B rate is added on the F&amp;B damages.</source>
        <translation>Si se añade el impuesto al tipo de alimentos y bebidas a la penalización de alimentos y bebidas.</translation>
    </message>
    <message>
        <source>Whether tax at the F&amp;B rate is added on the service charge too.</source>
        <translation>Si el impuesto al tipo de alimentos y bebidas se añade también al cargo por servicio.</translation>
    </message>
    <message>
        <source>The meeting room rental the contract names. With a scale by room pickup, a share of it is charged when the group picks up too few rooms; without a scale it is ordinary rent, not assessed here.</source>
        <translation>El alquiler de la sala de reuniones que indica el contrato. Con una escala según el pickup de habitaciones, se cobra una parte cuando el grupo ocupa demasiado pocas habitaciones; sin escala es un alquiler ordinario, que no se calcula aquí.</translation>
    </message>
    <message>
        <source>The sliding scale: the band with the highest pickup the group reaches sets the share of the rental charged; a lower pickup means a larger share.</source>
        <translation>La escala móvil: la franja con el pickup más alto que alcanza el grupo fija la parte del alquiler que se cobra; un pickup menor supone una parte mayor.</translation>
    </message>
    <message>
        <source>How the scaled rental goes with room attrition: owed besides it, only the greater of the two, or instead of it.</source>
        <translation>Cómo se combina el alquiler según escala con la deserción de habitaciones: se debe además de ella, solo el mayor de los dos, o en lugar de ella.</translation>
    </message>
    <message>
        <source>Whether tax is added on the meeting room charge.</source>
        <translation>Si se añade el impuesto al cargo de la sala de reuniones.</translation>
    </message>
    <message>
        <source>The tax added on the meeting room charge when it is taxable.</source>
        <translation>El impuesto que se añade al cargo de la sala de reuniones cuando está sujeto a impuestos.</translation>
    </message>
    <message>
        <source>One complimentary room night for every so many room nights picked up (1 per 40, say), rounded down. Zero: no comp rooms.</source>
        <translation>Una noche de habitación de cortesía por cada tantas noches de habitación ocupadas (por ejemplo, 1 por cada 40), redondeando hacia abajo. Cero: sin habitaciones de cortesía.</translation>
    </message>
    <message>
        <source>Whether comp rooms are earned night by night rather than on the whole stay; night by night a group usually earns fewer.</source>
        <translation>Si las habitaciones de cortesía se obtienen noche a noche en lugar de sobre toda la estancia; noche a noche un grupo suele obtener menos.</translation>
    </message>
    <message>
        <source>Whether the comp room nights earned count toward pickup, and so reduce the attrition shortfall.</source>
        <translation>Si las noches de habitación de cortesía obtenidas cuentan para el pickup y así reducen el déficit por deserción.</translation>
    </message>
    <message>
        <source>The cancellation schedule: how many days before arrival the written notice was received decides the tier, and the tier&apos;s share of the basis is the fee. The tiers must cover every day from 0 up.</source>
        <translation>El calendario de cancelación: los días antes de la llegada en que se recibió el aviso por escrito deciden el tramo, y la parte de la base de ese tramo es el cargo. Los tramos deben cubrir todos los días a partir de 0.</translation>
    </message>
    <message>
        <source>What the tier&apos;s share is taken of: the anticipated room revenue of the block, the total anticipated revenue (rooms, F&amp;B minimum and meeting room rental), or a share of each component.</source>
        <translation>Sobre qué se aplica la parte del tramo: los ingresos previstos por habitaciones del bloque, los ingresos previstos totales (habitaciones, mínimo de alimentos y bebidas y alquiler de la sala de reuniones) o una parte de cada componente.</translation>
    </message>
    <message>
        <source>Whether the cancellation fee is rounded to whole currency units, as some contracts say.</source>
        <translation>Si el cargo por cancelación se redondea a unidades enteras de la moneda, como indican algunos contratos.</translation>
    </message>
    <message>
        <source>Whether rooms the hotel resold reduce the cancellation fee, each at no more than the group rate.</source>
        <translation>Si las habitaciones que el hotel revendió reducen el cargo por cancelación, cada una como máximo por la tarifa de grupo.</translation>
    </message>
    <message>
        <source>Whether tax is added on the cancellation fee.</source>
        <translation>Si se añade el impuesto al cargo por cancelación.</translation>
    </message>
    <message>
        <source>The tax added on the cancellation fee when it is taxable.</source>
        <translation>El impuesto que se añade al cargo por cancelación cuando está sujeto a impuestos.</translation>
    </message>
    <message>
        <source>Whether the contract waives the cancellation fee when the group cancels by force majeure.</source>
        <translation>Si el contrato exime del cargo por cancelación cuando el grupo cancela por fuerza mayor.</translation>
    </message>
    <message>
        <source>The day the hotel received the group&apos;s written notice of cancellation. With a notice date the contract is assessed under the cancellation clause instead of attrition.</source>
        <translation>El día en que el hotel recibió el aviso de cancelación por escrito del grupo. Con una fecha de aviso el contrato se calcula según la cláusula de cancelación en lugar de la de deserción.</translation>
    </message>
    <message>
        <source>The group cancelled for a reason beyond its control (force majeure). The fee is waived when the clause says so.</source>
        <translation>El grupo canceló por una causa ajena a su voluntad (fuerza mayor). Se exime del cargo cuando lo indica la cláusula.</translation>
    </message>
    <message>
        <source>Deposits the group paid. They are applied to what it owes, in the order listed; the net due is what remains.</source>
        <translation>Los depósitos que pagó el grupo. Se aplican a lo que debe, en el orden de la lista; el neto a pagar es lo que queda.</translation>
    </message>
    <message>
        <source>Anything else worth keeping with the contract. The notes are not part of the assessment.</source>
        <translation>Cualquier otra cosa que convenga guardar con el contrato. Las notas no forman parte del cálculo.</translation>
    </message>
    <message>
        <source>The clause values a new contract took from the program&apos;s defaults and that nobody has yet checked against the signed contract. They are marked Default until confirmed or changed, and the report labels them as not confirmed.</source>
        <translation>Los valores de las cláusulas que un contrato nuevo tomó de los valores predeterminados del programa y que nadie ha comprobado todavía con el contrato firmado. Se marcan como Predeterminado hasta que se confirman o se cambian, y el informe los señala como no confirmados.</translation>
    </message>
    <message>
        <source>Where the contract stands: prospect, tentative, definite, cancelled, actualized or lost. Actualized groups, with their final pickup, are the past groups the forecast learns from; a lost contract owes nothing.</source>
        <translation>El estado del contrato: prospecto, provisional, definitivo, cancelado, realizado o perdido. Los grupos realizados, con su pickup final, son los grupos anteriores de los que aprende la previsión; un contrato perdido no debe nada.</translation>
    </message>
    <message>
        <source>Why the hotel did not win the business: price, dates, competitor or other. A lost contract needs one; a contract of any other status has none.</source>
        <translation>Por qué el hotel no consiguió el negocio: precio, fechas, competencia u otro. Un contrato perdido necesita uno; un contrato con cualquier otro estado no tiene ninguno.</translation>
    </message>
    <message>
        <source>Free text on why the business was lost, for the sales pipeline&apos;s review of lost groups.</source>
        <translation>Texto libre sobre por qué se perdió el negocio, para la revisión de los grupos perdidos en el pipeline de ventas.</translation>
    </message>
    <message>
        <source>The damages as agreed with the client, which may differ from what the program assesses. Empty until agreed.</source>
        <translation>La penalización acordada con el cliente, que puede diferir de la que calcula el programa. Vacío hasta que se acuerde.</translation>
    </message>
    <message>
        <source>The date of the damages invoice: not before the arrival, or the cancellation notice. It needs the damages agreed.</source>
        <translation>La fecha de la factura de la penalización: no anterior a la llegada ni al aviso de cancelación. Requiere la penalización acordada.</translation>
    </message>
    <message>
        <source>The number of the damages invoice, as the invoice has it.</source>
        <translation>El número de la factura de la penalización, tal como figura en la factura.</translation>
    </message>
    <message>
        <source>The payments received towards the damages, one per payment.</source>
        <translation>Los pagos recibidos a cuenta de la penalización, uno por pago.</translation>
    </message>
    <message>
        <source>The part of the damages the hotel waived. Collected and waived together are never more than the damages agreed.</source>
        <translation>La parte de la penalización que el hotel condonó. Lo cobrado y lo condonado juntos nunca superan la penalización acordada.</translation>
    </message>
    <message>
        <source>Why the hotel waived the part of the damages it waived.</source>
        <translation>Por qué el hotel condonó la parte de la penalización que condonó.</translation>
    </message>
    <message>
        <source>The part of the waiver granted as a credit on a future contract of the same account; that contract&apos;s assessment applies it.</source>
        <translation>La parte de la condonación concedida como crédito en un contrato futuro de la misma cuenta; el cálculo de ese contrato la aplica.</translation>
    </message>
    <message>
        <source>The reference of the future contract, of the same account, that receives the credit.</source>
        <translation>La referencia del contrato futuro, de la misma cuenta, que recibe el crédito.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ForecastReport</name>
    <message>
        <source>multiplicative pickup</source>
        <translation>pickup multiplicativo</translation>
    </message>
    <message>
        <source>additive pickup</source>
        <translation>pickup aditivo</translation>
    </message>
    <message>
        <source>the account&apos;s own groups</source>
        <translation>los grupos propios de la cuenta</translation>
    </message>
    <message>
        <source>Expected damages</source>
        <translation>Penalizaciones esperadas</translation>
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
        <translation>Probabilidad de deber algo</translation>
    </message>
    <message>
        <source>Owed at the expected pickup</source>
        <translation>Adeudado con el pickup esperado</translation>
    </message>
    <message>
        <source>Forecast for %1 (%2), arriving %3, %4 days before arrival</source>
        <translation>Pronóstico de %1 (%2), llegada %3, %4 días antes de la llegada</translation>
    </message>
    <message>
        <source>Method: %1; booking curve from %2</source>
        <translation>Método: %1; curva de reservas de %2</translation>
    </message>
    <message>
        <source>the default curve</source>
        <translation>la curva por defecto</translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message>
        <source>Room nights of the whole stay:</source>
        <translation>Noches de habitación de toda la estancia:</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>On the books</source>
        <translation>En libros</translation>
    </message>
    <message>
        <source>Expected at arrival</source>
        <translation>Esperado a la llegada</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Tipo de habitación</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
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
            <numerusform>Lo que el grupo probablemente deberá (%n extracción)</numerusform>
            <numerusform>Lo que el grupo probablemente deberá (%n extracciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>How the figures were obtained:</source>
        <translation>Cómo se obtuvieron las cifras:</translation>
    </message>
    <message>
        <source>No review date or cutoff is ahead for %1: there is nothing to release.</source>
        <translation>No queda ninguna fecha de revisión ni de corte para %1: no hay nada que liberar.</translation>
    </message>
    <message numerus="yes">
        <source>Release %n room nights.</source>
        <translation>
            <numerusform>Liberar %n noche de habitación.</numerusform>
            <numerusform>Liberar %n noches de habitación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Respaldado</translation>
    </message>
    <message>
        <source>Least allowed</source>
        <translation>Mínimo permitido</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <source>Holding the block</source>
        <translation>Manteniendo el bloqueo</translation>
    </message>
    <message>
        <source>After the release</source>
        <translation>Tras la liberación</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message numerus="yes">
        <source>Backtest over %n past groups: weighted absolute percentage error of the final room nights (lower is better)</source>
        <translation>
            <numerusform>Backtest sobre %n grupo pasado: error porcentual absoluto ponderado de las noches de habitación finales (menor es mejor)</numerusform>
            <numerusform>Backtest sobre %n grupos pasados: error porcentual absoluto ponderado de las noches de habitación finales (menor es mejor)</numerusform>
        </translation>
    </message>
    <message>
        <source>Days before arrival</source>
        <translation>Días antes de la llegada</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Multiplicative</source>
        <translation>Multiplicativo</translation>
    </message>
    <message>
        <source>Additive</source>
        <translation>Aditivo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Block x wash</source>
        <translation>Bloque x wash</translation>
    </message>
    <message>
        <source>P10-P90 coverage</source>
        <translation>Cobertura P10-P90</translation>
    </message>
    <message>
        <source>The P10-P90 coverage is the share of actual finals inside the band; it should be close to 80%.</source>
        <translation>La cobertura P10-P90 es la proporción de finales reales dentro de la banda; debería rondar el 80%.</translation>
    </message>
    <message>
        <source>Release advice for %1 at the review date %2 (up to %3 of the original block)</source>
        <translation>Consejo de liberación para %1 en la fecha de revisión %2 (hasta el %3 del bloqueo original)</translation>
    </message>
    <message>
        <source>regression pickup</source>
        <translation>pickup por regresión</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regresión</translation>
    </message>
</context>
<context>
    <name>HotelOutlookText</name>
    <message>
        <source>the outlook is empty: expected a header row naming the columns</source>
        <translation>la previsión está vacía: se esperaba una fila de encabezado con los nombres de las columnas</translation>
    </message>
    <message>
        <source>unknown column %1: expected date, capacity, demand, net-adr or ancillary</source>
        <translation>columna desconocida %1: se esperaba date, capacity, demand, net-adr o ancillary</translation>
    </message>
    <message>
        <source>the column %1 is given twice (first as column %2)</source>
        <translation>la columna %1 aparece dos veces (primero como columna %2)</translation>
    </message>
    <message>
        <source>the column %1 is missing: date, capacity, demand and net-adr are needed</source>
        <translation>falta la columna %1: se necesitan date, capacity, demand y net-adr</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>se esperaban %1 campos como en el encabezado, se encontraron %2</translation>
    </message>
    <message>
        <source>expected a date such as 2027-03-01, found %1</source>
        <translation>se esperaba una fecha como 2027-03-01, se encontró %1</translation>
    </message>
    <message>
        <source>the night %1 is given twice (first on line %2)</source>
        <translation>la noche %1 aparece dos veces (primero en la línea %2)</translation>
    </message>
    <message>
        <source>expected a whole number of rooms from 0 to 1000000, found %1</source>
        <translation>se esperaba un número entero de habitaciones de 0 a 1000000, se encontró %1</translation>
    </message>
    <message>
        <source>expected a number of rooms from 0 to 1000000 with at most six decimals, found %1</source>
        <translation>se esperaba un número de habitaciones de 0 a 1000000 con seis decimales como máximo, se encontró %1</translation>
    </message>
    <message>
        <source>expected an amount in %1 of at least zero with at most %2 decimals, found %3</source>
        <translation>se esperaba un importe en %1 no negativo con %2 decimales como máximo, se encontró %3</translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <source>Room block</source>
        <translation>Bloque de habitaciones</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <source>Audit credits</source>
        <translation>Créditos de auditoría</translation>
    </message>
    <message>
        <source>Resold rooms</source>
        <translation>Habitaciones revendidas</translation>
    </message>
    <message>
        <source>Hotel occupancy</source>
        <translation>Ocupación del hotel</translation>
    </message>
    <message>
        <source>Review schedule</source>
        <translation>Calendario de revisiones</translation>
    </message>
    <message>
        <source>Block reductions</source>
        <translation>Reducciones del bloque</translation>
    </message>
    <message>
        <source>Cancellation tiers</source>
        <translation>Tramos de cancelación</translation>
    </message>
    <message>
        <source>Meeting room scale</source>
        <translation>Escala de la sala de reuniones</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Depósitos</translation>
    </message>
    <message>
        <source>rooms</source>
        <translation>habitaciones</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>tarifa</translation>
    </message>
    <message>
        <source>night</source>
        <translation>noche</translation>
    </message>
    <message>
        <source>room type</source>
        <translation>tipo de habitación</translation>
    </message>
    <message>
        <source>outside the block</source>
        <translation>fuera del bloque</translation>
    </message>
    <message>
        <source>billed no-shows</source>
        <translation>no-shows facturados</translation>
    </message>
    <message>
        <source>walked</source>
        <translation>reubicados</translation>
    </message>
    <message>
        <source>room nights</source>
        <translation>noches de habitación</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>ocupación</translation>
    </message>
    <message>
        <source>largest reduction</source>
        <translation>mayor reducción</translation>
    </message>
    <message>
        <source>from days</source>
        <translation>desde días</translation>
    </message>
    <message>
        <source>to days</source>
        <translation>hasta días</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>porcentaje</translation>
    </message>
    <message>
        <source>rooms percentage</source>
        <translation>porcentaje de habitaciones</translation>
    </message>
    <message>
        <source>F&amp;B percentage</source>
        <translation>porcentaje de alimentos y bebidas</translation>
    </message>
    <message>
        <source>meeting room percentage</source>
        <translation>porcentaje de la sala de reuniones</translation>
    </message>
    <message>
        <source>pickup from</source>
        <translation>pickup desde</translation>
    </message>
    <message>
        <source>share charged</source>
        <translation>proporción cobrada</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <source>Cutoff date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Cancellation notice</source>
        <translation>Aviso de cancelación</translation>
    </message>
    <message>
        <source>Attrition clause</source>
        <translation>Cláusula de deserción</translation>
    </message>
    <message>
        <source>Performance level</source>
        <translation>Nivel de cumplimiento</translation>
    </message>
    <message>
        <source>Room damages factor</source>
        <translation>Factor de penalización de habitaciones</translation>
    </message>
    <message>
        <source>Resale credited from occupancy</source>
        <translation>Reventa acreditada desde la ocupación</translation>
    </message>
    <message>
        <source>Damages cap</source>
        <translation>Límite de la penalización</translation>
    </message>
    <message>
        <source>Tax on room damages</source>
        <translation>Impuesto sobre la penalización de habitaciones</translation>
    </message>
    <message>
        <source>F&amp;B minimum</source>
        <translation>Mínimo de alimentos y bebidas</translation>
    </message>
    <message>
        <source>F&amp;B actual spend</source>
        <translation>Consumo real de alimentos y bebidas</translation>
    </message>
    <message>
        <source>F&amp;B allowance</source>
        <translation>Tolerancia de alimentos y bebidas</translation>
    </message>
    <message>
        <source>F&amp;B damages factor</source>
        <translation>Factor de penalización de alimentos y bebidas</translation>
    </message>
    <message>
        <source>Service charge</source>
        <translation>Cargo por servicio</translation>
    </message>
    <message>
        <source>F&amp;B tax</source>
        <translation>Impuesto de alimentos y bebidas</translation>
    </message>
    <message>
        <source>Meeting room rental</source>
        <translation>Alquiler de la sala de reuniones</translation>
    </message>
    <message>
        <source>Meeting room tax</source>
        <translation>Impuesto de la sala de reuniones</translation>
    </message>
    <message>
        <source>Comp ratio</source>
        <translation>Proporción de cortesía</translation>
    </message>
    <message>
        <source>Cancellation tax</source>
        <translation>Impuesto de cancelación</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Motivo de pérdida</translation>
    </message>
    <message>
        <source>Attrition assessment</source>
        <translation>Evaluación de la deserción</translation>
    </message>
    <message>
        <source>Rounding of the required rooms</source>
        <translation>Redondeo de las habitaciones requeridas</translation>
    </message>
    <message>
        <source>Attrition rate basis</source>
        <translation>Base de tarifa de la deserción</translation>
    </message>
    <message>
        <source>Resale credit</source>
        <translation>Crédito por reventa</translation>
    </message>
    <message>
        <source>Cancellation basis</source>
        <translation>Base de cancelación</translation>
    </message>
    <message>
        <source>Cancellation fee waived on force majeure</source>
        <translation>Cargo de cancelación condonado por fuerza mayor</translation>
    </message>
    <message>
        <source>Damages agreed</source>
        <translation>Penalización acordada</translation>
    </message>
    <message>
        <source>Damages invoiced on</source>
        <translation>Penalización facturada el</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Pagos recibidos</translation>
    </message>
    <message>
        <source>Damages waived</source>
        <translation>Penalización condonada</translation>
    </message>
    <message>
        <source>Waiver reason</source>
        <translation>Motivo de la condonación</translation>
    </message>
    <message>
        <source>Credit on a future contract</source>
        <translation>Crédito en un contrato futuro</translation>
    </message>
    <message>
        <source>Credit to contract</source>
        <translation>Crédito al contrato</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>recibido el</translation>
    </message>
</context>
<context>
    <name>PickupReportText</name>
    <message>
        <source>1 room</source>
        <extracomment>One room, in place of %3 of &quot;the current block for %2 is %3&quot; or %2 of &quot;%2 available for %3&quot;.</extracomment>
        <translation>1 habitación</translation>
    </message>
    <message>
        <source>%1 rooms</source>
        <extracomment>A number of rooms other than one, in place of %3 of &quot;the current block for %2 is %3&quot; or %2 of &quot;%2 available for %3&quot;.</extracomment>
        <translation>%1 habitaciones</translation>
    </message>
    <message>
        <source>the night</source>
        <translation>la noche</translation>
    </message>
    <message>
        <source>&quot;Date&quot;, &quot;Night&quot; or &quot;Stay Date&quot;</source>
        <translation>&quot;Date&quot;, &quot;Night&quot; o &quot;Stay Date&quot;</translation>
    </message>
    <message>
        <source>the room type</source>
        <translation>el tipo de habitación</translation>
    </message>
    <message>
        <source>&quot;Room Type&quot;, &quot;Room Type Code&quot; or &quot;Type&quot;</source>
        <translation>&quot;Room Type&quot;, &quot;Room Type Code&quot; o &quot;Type&quot;</translation>
    </message>
    <message>
        <source>the pickup</source>
        <translation>el pickup</translation>
    </message>
    <message>
        <source>&quot;Pickup&quot;, &quot;Picked Up&quot; or &quot;Room Pickup&quot;</source>
        <translation>&quot;Pickup&quot;, &quot;Picked Up&quot; o &quot;Room Pickup&quot;</translation>
    </message>
    <message>
        <source>the original block</source>
        <translation>el bloque original</translation>
    </message>
    <message>
        <source>the current block</source>
        <translation>el bloque actual</translation>
    </message>
    <message>
        <source>the rooms available</source>
        <translation>las habitaciones disponibles</translation>
    </message>
    <message>
        <source>the rate</source>
        <translation>la tarifa</translation>
    </message>
    <message>
        <source>expected a whole number of rooms, found nothing</source>
        <translation>se esperaba un número entero de habitaciones, no se encontró nada</translation>
    </message>
    <message>
        <source>expected a whole number of rooms, found %1</source>
        <translation>se esperaba un número entero de habitaciones, se encontró %1</translation>
    </message>
    <message>
        <source>a number of rooms cannot be negative, found %1</source>
        <translation>un número de habitaciones no puede ser negativo, se encontró %1</translation>
    </message>
    <message>
        <source>%1 is not a plausible number of rooms (at most 1,000,000)</source>
        <translation>%1 no es un número de habitaciones verosímil (como máximo 1.000.000)</translation>
    </message>
    <message>
        <source>expected an amount in %1, found %2</source>
        <translation>se esperaba un importe en %1, se encontró %2</translation>
    </message>
    <message>
        <source>the rate %1 is not in the contract&apos;s currency (%2)</source>
        <translation>la tarifa %1 no está en la moneda del contrato (%2)</translation>
    </message>
    <message>
        <source>a rate cannot be negative, found %1</source>
        <translation>una tarifa no puede ser negativa, se encontró %1</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals, found %2</source>
        <translation>los importes en %1 no tienen decimales, se encontró %2</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals, found %3</source>
        <translation>los importes en %1 tienen como máximo %2 decimales, se encontró %3</translation>
    </message>
    <message>
        <source>the rate %1 is too large</source>
        <translation>la tarifa %1 es demasiado grande</translation>
    </message>
    <message>
        <source>%1 is not a date in the calendar</source>
        <translation>%1 no es una fecha del calendario</translation>
    </message>
    <message>
        <source>expected a date such as 2027-05-12, found %1</source>
        <translation>se esperaba una fecha como 2027-05-12, se encontró %1</translation>
    </message>
    <message>
        <source>expected a date such as 2027-05-12, found nothing</source>
        <translation>se esperaba una fecha como 2027-05-12, no se encontró nada</translation>
    </message>
    <message>
        <source>the year of %1 has two digits; write it with four, as in 2027-05-12</source>
        <translation>el año de %1 tiene dos cifras; escríbalo con cuatro, como en 2027-05-12</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>line %1: skipped a totals row</source>
        <translation>línea %1: se omitió una fila de totales</translation>
    </message>
    <message>
        <source>the file has a header row but no pickup rows</source>
        <translation>el archivo tiene una fila de encabezados pero ninguna fila de pickup</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A span of dates: &quot;2027-05-09 to 2027-05-12&quot;.</extracomment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>a second column for %1 (column %2, %3, is the first)</source>
        <translation>una segunda columna para %1 (la primera es la columna %2, %3)</translation>
    </message>
    <message>
        <source>no column for %1 (headed %2); the columns are all unnamed</source>
        <translation>no hay ninguna columna para %1 (con el encabezado %2); ninguna columna tiene nombre</translation>
    </message>
    <message>
        <source>no column for %1 (headed %2); the columns are %3</source>
        <translation>no hay ninguna columna para %1 (con el encabezado %2); las columnas son %3</translation>
    </message>
    <message>
        <source>expected a room type, found nothing (the block has none)</source>
        <translation>se esperaba un tipo de habitación, no se encontró nada (el bloque no tiene ninguno)</translation>
    </message>
    <message>
        <source>expected a room type of the block (%1), found nothing</source>
        <translation>se esperaba un tipo de habitación del bloque (%1), no se encontró nada</translation>
    </message>
    <message>
        <source>%1 is not a room type of the block, which has none</source>
        <translation>%1 no es un tipo de habitación del bloque, que no tiene ninguno</translation>
    </message>
    <message>
        <source>%1 is not a room type of the block (%2)</source>
        <translation>%1 no es un tipo de habitación del bloque (%2)</translation>
    </message>
    <message>
        <source>%1 is written month first, but %2 on line %3 is written day first; write dates year-month-day, as in 2027-05-12</source>
        <translation>%1 está escrita con el mes primero, pero %2 en la línea %3 está escrita con el día primero; escriba las fechas como año-mes-día, como en 2027-05-12</translation>
    </message>
    <message>
        <source>%1 is written day first, but %2 on line %3 is written month first; write dates year-month-day, as in 2027-05-12</source>
        <translation>%1 está escrita con el día primero, pero %2 en la línea %3 está escrita con el mes primero; escriba las fechas como año-mes-día, como en 2027-05-12</translation>
    </message>
    <message>
        <source>the dates with slashes could be day first or month first (%1 on line %2 could be %3 or %4), and the stay (%5) fits both; write dates year-month-day, as in 2027-05-12</source>
        <translation>las fechas con barras podrían llevar primero el día o primero el mes (%1 en la línea %2 podría ser %3 o %4), y la estancia (%5) encaja con ambas lecturas; escriba las fechas como año-mes-día, como en 2027-05-12</translation>
    </message>
    <message>
        <source>the dates with slashes could be day first or month first (%1 on line %2 could be %3 or %4), and the stay (%5) fits neither; write dates year-month-day, as in 2027-05-12</source>
        <translation>las fechas con barras podrían llevar primero el día o primero el mes (%1 en la línea %2 podría ser %3 o %4), y la estancia (%5) no encaja con ninguna de las dos lecturas; escriba las fechas como año-mes-día, como en 2027-05-12</translation>
    </message>
    <message>
        <source>%1 is not a date in the calendar (read day first, as the other dates are)</source>
        <translation>%1 no es una fecha del calendario (leída con el día primero, como las demás fechas)</translation>
    </message>
    <message>
        <source>%1 is not a date in the calendar (read month first, as the other dates are)</source>
        <translation>%1 no es una fecha del calendario (leída con el mes primero, como las demás fechas)</translation>
    </message>
    <message>
        <source>none of the rows is for a night of the stay of %1 (%2): the report&apos;s nights are %3; is it another group&apos;s report?</source>
        <translation>ninguna fila corresponde a una noche de la estancia de %1 (%2): las noches del informe son %3; ¿es el informe de otro grupo?</translation>
    </message>
    <message>
        <source>the night %1 is the departure day, not a night of the stay (%2)</source>
        <translation>la noche %1 es el día de salida, no una noche de la estancia (%2)</translation>
    </message>
    <message>
        <source>the night %1 is outside the stay (%2)</source>
        <translation>la noche %1 está fuera de la estancia (%2)</translation>
    </message>
    <message>
        <source>%1 %2 is listed twice (first on line %3)</source>
        <extracomment>%1 is a night, %2 a room type, %3 a line of the file.</extracomment>
        <translation>%1 %2 aparece dos veces (la primera, en la línea %3)</translation>
    </message>
    <message>
        <source>%1 %2 is listed again (first on line %3)</source>
        <extracomment>%1 is a night, %2 a room type, %3 a line of the file.</extracomment>
        <translation>%1 %2 aparece otra vez (la primera, en la línea %3)</translation>
    </message>
    <message>
        <source>line %1: the current block for %2 is %3; the contract blocks %4</source>
        <translation>línea %1: el bloque actual de %2 es de %3; el contrato bloquea %4</translation>
    </message>
    <message>
        <source>line %1: %2 available for %3, but the current block of %4 less the pickup of %5 leaves %6</source>
        <translation>línea %1: disponibilidad de %2 para %3, pero el bloque actual de %4 menos el pickup de %5 deja %6</translation>
    </message>
    <message>
        <source>line %1: the rate %2 for %3 differs from the contracted rate %4</source>
        <translation>línea %1: la tarifa %2 de %3 difiere de la tarifa contratada %4</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>no se pudo leer el archivo: %1</translation>
    </message>
</context>
<context>
    <name>QuoteReport</name>
    <message numerus="yes">
        <source>the account&apos;s own %n past groups</source>
        <translation>
            <numerusform>el %n grupo pasado de la propia cuenta</numerusform>
            <numerusform>los %n grupos pasados de la propia cuenta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comparable past groups</source>
        <translation>
            <numerusform>%n grupo pasado comparable</numerusform>
            <numerusform>%n grupos pasados comparables</numerusform>
        </translation>
    </message>
    <message>
        <source>the default (too few past groups)</source>
        <translation>el valor por defecto (muy pocos grupos pasados)</translation>
    </message>
    <message>
        <source>Quote for %1 (%2), arriving %3</source>
        <translation>Cotización de %1 (%2), llegada el %3</translation>
    </message>
    <message>
        <source>Expected wash %1 (P10 %2, P90 %3), from %4</source>
        <translation>Wash esperado %1 (P10 %2, P90 %3), a partir de %4</translation>
    </message>
    <message>
        <source>Group room profit</source>
        <translation>Beneficio de las habitaciones del grupo</translation>
    </message>
    <message>
        <source>Displaced transient business</source>
        <translation>Negocio transient desplazado</translation>
    </message>
    <message>
        <source>F&amp;B profit</source>
        <translation>Beneficio de A&amp;B</translation>
    </message>
    <message>
        <source>Meeting room profit</source>
        <translation>Beneficio de la sala de reuniones</translation>
    </message>
    <message>
        <source>Net value of the group</source>
        <translation>Valor neto del grupo</translation>
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
        <translation>Noche</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Transient demand</source>
        <translation>Demanda transient</translation>
    </message>
    <message>
        <source>Group rooms</source>
        <translation>Habitaciones del grupo</translation>
    </message>
    <message>
        <source>Displaced</source>
        <translation>Desplazadas</translation>
    </message>
    <message>
        <source>Group profit</source>
        <translation>Beneficio del grupo</translation>
    </message>
    <message>
        <source>Displacement cost</source>
        <translation>Coste del desplazamiento</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Break-even rate</source>
        <translation>Tarifa de equilibrio</translation>
    </message>
    <message numerus="yes">
        <source>What each attrition clause would collect (%n wash draws):</source>
        <translation>
            <numerusform>Lo que cobraría cada cláusula de attrition (%n extracción del wash):</numerusform>
            <numerusform>Lo que cobraría cada cláusula de attrition (%n extracciones del wash):</numerusform>
        </translation>
    </message>
    <message>
        <source>Performance level</source>
        <translation>Nivel de cumplimiento</translation>
    </message>
    <message>
        <source>Damages factor</source>
        <translation>Factor de penalización</translation>
    </message>
    <message>
        <source>Expected damages</source>
        <translation>Penalizaciones esperadas</translation>
    </message>
    <message>
        <source>Chance of owing</source>
        <translation>Probabilidad de deber</translation>
    </message>
    <message>
        <source>How the figures were obtained:</source>
        <translation>Cómo se obtuvieron las cifras:</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The contract has no room attrition clause.</source>
        <translation>El contrato no tiene cláusula de deserción de habitaciones.</translation>
    </message>
    <message>
        <source>counted exactly, fractions of a room night included</source>
        <translation>computadas exactamente, incluidas las fracciones de noche de habitación</translation>
    </message>
    <message>
        <source>rounded up to whole room nights</source>
        <translation>redondeadas hacia arriba a noches de habitación enteras</translation>
    </message>
    <message>
        <source>rounded down to whole room nights</source>
        <translation>redondeadas hacia abajo a noches de habitación enteras</translation>
    </message>
    <message>
        <source>Performance level %1 (an attrition allowance of %2): the group must pick up at least %1 of the block, after the reductions honoured; the required room nights are %3.</source>
        <translation>Nivel de cumplimiento %1 (una tolerancia de deserción del %2): el grupo debe alcanzar al menos el %1 del bloque, tras las reducciones aceptadas; las noches de habitación requeridas se cuentan %3.</translation>
    </message>
    <message>
        <source>Assessed cumulatively: the room nights of the whole stay are summed and compared once.</source>
        <translation>Evaluado de forma acumulada: se suman las noches de habitación de toda la estancia y se comparan una sola vez.</translation>
    </message>
    <message>
        <source>Assessed night by night, with credit for rooms picked up above the block on one night against the shortfall of others.</source>
        <translation>Evaluado noche a noche, con crédito por las habitaciones reservadas por encima del bloque en una noche frente al déficit de otras.</translation>
    </message>
    <message>
        <source>Assessed night by night: each night is compared with its own block, without credit for rooms above the block on other nights.</source>
        <translation>Evaluado noche a noche: cada noche se compara con su propio bloque, sin crédito por habitaciones por encima del bloque en otras noches.</translation>
    </message>
    <message>
        <source>Damages are the full group rate of each room night short.</source>
        <translation>La penalización es la tarifa de grupo completa de cada noche de habitación que falta.</translation>
    </message>
    <message>
        <source>Damages are %1 of the group rate of each room night short (a lost-profit factor).</source>
        <translation>La penalización es el %1 de la tarifa de grupo de cada noche de habitación que falta (un factor de lucro cesante).</translation>
    </message>
    <message>
        <source>Rate: each night&apos;s own contracted rate.</source>
        <translation>Tarifa: la tarifa contratada de cada noche.</translation>
    </message>
    <message>
        <source>Rate: the block&apos;s average contracted rate (room revenue over room nights).</source>
        <translation>Tarifa: la tarifa media contratada del bloque (ingresos por habitaciones entre noches de habitación).</translation>
    </message>
    <message>
        <source>Rooms the hotel resells are not credited.</source>
        <translation>Las habitaciones que el hotel revende no se acreditan.</translation>
    </message>
    <message>
        <source>Rooms the hotel resells are credited by count: they reduce the room nights owed.</source>
        <translation>Las habitaciones que el hotel revende se acreditan por número: reducen las noches de habitación adeudadas.</translation>
    </message>
    <message>
        <source>Rooms the hotel resells are credited by the revenue received, each room night at no more than the contracted rate.</source>
        <translation>Las habitaciones que el hotel revende se acreditan por los ingresos recibidos, cada noche de habitación como máximo a la tarifa contratada.</translation>
    </message>
    <message>
        <source>Resale is credited only on nights the hotel was at least %1 occupied.</source>
        <translation>La reventa solo se acredita las noches en que el hotel estuvo ocupado al menos al %1.</translation>
    </message>
    <message>
        <source>attendees found outside the block</source>
        <translation>asistentes encontrados fuera del bloque</translation>
    </message>
    <message>
        <source>billed no-shows</source>
        <translation>no-shows facturados</translation>
    </message>
    <message>
        <source>walked guests</source>
        <translation>huéspedes reubicados</translation>
    </message>
    <message>
        <source>comp rooms</source>
        <translation>habitaciones de cortesía</translation>
    </message>
    <message>
        <source>Only rooms picked up in the block count toward pickup.</source>
        <translation>Solo cuentan para el pickup las habitaciones reservadas en el bloque.</translation>
    </message>
    <message>
        <source>Besides the rooms picked up, pickup counts %1.</source>
        <translation>Además de las habitaciones reservadas, el pickup cuenta %1.</translation>
    </message>
    <message>
        <source>Room attrition damages never exceed %1.</source>
        <translation>La penalización por deserción de habitaciones nunca supera %1.</translation>
    </message>
    <message>
        <source>Never more rooms are charged on a night than were blocked that night.</source>
        <translation>Nunca se cobran en una noche más habitaciones de las bloqueadas esa noche.</translation>
    </message>
    <message>
        <source>Tax of %1 is added to room attrition damages.</source>
        <translation>Se añade un impuesto del %1 a la penalización por deserción de habitaciones.</translation>
    </message>
    <message>
        <source>Room attrition damages are liquidated damages, not taxed.</source>
        <translation>La penalización por deserción de habitaciones es una indemnización pactada, sin impuestos.</translation>
    </message>
    <message>
        <source>The contract has no food &amp; beverage minimum.</source>
        <translation>El contrato no tiene mínimo de alimentos y bebidas.</translation>
    </message>
    <message>
        <source>F&amp;B minimum %1, before tax and service charge.</source>
        <translation>Mínimo de alimentos y bebidas %1, antes de impuestos y cargo por servicio.</translation>
    </message>
    <message>
        <source>The group may spend %1 less than the minimum before it owes damages.</source>
        <translation>El grupo puede gastar un %1 menos que el mínimo antes de deber una penalización.</translation>
    </message>
    <message>
        <source>Damages are the full shortfall.</source>
        <translation>La penalización es el déficit completo.</translation>
    </message>
    <message>
        <source>Damages are %1 of the shortfall (a lost-profit share).</source>
        <translation>La penalización es el %1 del déficit (una parte de lucro cesante).</translation>
    </message>
    <message>
        <source>A service charge of %1 is added to the damages.</source>
        <translation>Se añade a la penalización un cargo por servicio del %1.</translation>
    </message>
    <message>
        <source>the damages and the service charge</source>
        <translation>la penalización y el cargo por servicio</translation>
    </message>
    <message>
        <source>the damages</source>
        <translation>la penalización</translation>
    </message>
    <message>
        <source>the service charge</source>
        <translation>el cargo por servicio</translation>
    </message>
    <message>
        <source>Tax of %1 is added on %2.</source>
        <translation>Se añade un impuesto del %1 sobre %2.</translation>
    </message>
    <message>
        <source>Actual spend recorded: %1.</source>
        <translation>Consumo real registrado: %1.</translation>
    </message>
    <message>
        <source>The contract has no meeting room rental.</source>
        <translation>El contrato no tiene alquiler de sala de reuniones.</translation>
    </message>
    <message>
        <source>Meeting room rental %1, billed as rent on the account; it is not part of the assessment.</source>
        <translation>Alquiler de la sala de reuniones %1, facturado como alquiler en la cuenta; no forma parte de la evaluación.</translation>
    </message>
    <message>
        <source>Meeting room rental %1, charged on a scale by the room pickup reached (below).</source>
        <translation>Alquiler de la sala de reuniones %1, cobrado según una escala por el pickup de habitaciones alcanzado (abajo).</translation>
    </message>
    <message>
        <source>The scaled rental is owed besides room attrition.</source>
        <translation>El alquiler escalonado se debe además de la deserción de habitaciones.</translation>
    </message>
    <message>
        <source>The group owes the greater of the scaled rental and room attrition, not both.</source>
        <translation>El grupo debe el mayor entre el alquiler escalonado y la deserción de habitaciones, no ambos.</translation>
    </message>
    <message>
        <source>The scaled rental replaces room attrition.</source>
        <translation>El alquiler escalonado sustituye a la deserción de habitaciones.</translation>
    </message>
    <message>
        <source>Tax of %1 is added to the meeting room charge.</source>
        <translation>Se añade un impuesto del %1 al cargo de la sala de reuniones.</translation>
    </message>
    <message>
        <source>The contract has no cancellation clause.</source>
        <translation>El contrato no tiene cláusula de cancelación.</translation>
    </message>
    <message>
        <source>If the group cancels, it owes the tier&apos;s share of the anticipated room revenue (block x rates), by the days between the written notice and arrival (below).</source>
        <translation>Si el grupo cancela, debe la parte del tramo sobre los ingresos previstos por habitaciones (bloque x tarifas), según los días entre el aviso escrito y la llegada (abajo).</translation>
    </message>
    <message>
        <source>If the group cancels, it owes the tier&apos;s share of the anticipated revenue: rooms, the F&amp;B minimum and the meeting room rental, by the days between the written notice and arrival (below).</source>
        <translation>Si el grupo cancela, debe la parte del tramo sobre los ingresos previstos: habitaciones, el mínimo de alimentos y bebidas y el alquiler de la sala de reuniones, según los días entre el aviso escrito y la llegada (abajo).</translation>
    </message>
    <message>
        <source>If the group cancels, it owes a share of each component (rooms, F&amp;B minimum, meeting room) by the days between the written notice and arrival (below).</source>
        <translation>Si el grupo cancela, debe una parte de cada componente (habitaciones, mínimo de alimentos y bebidas, sala de reuniones) según los días entre el aviso escrito y la llegada (abajo).</translation>
    </message>
    <message>
        <source>The fee is rounded to whole currency units.</source>
        <translation>El cargo se redondea a unidades enteras de la moneda.</translation>
    </message>
    <message>
        <source>Rooms the hotel resells are credited against the fee.</source>
        <translation>Las habitaciones que el hotel revende se acreditan contra el cargo.</translation>
    </message>
    <message>
        <source>The fee is waived when the cancellation is caused by force majeure.</source>
        <translation>El cargo se condona cuando la cancelación se debe a fuerza mayor.</translation>
    </message>
    <message>
        <source>Tax of %1 is added to the fee.</source>
        <translation>Se añade un impuesto del %1 al cargo.</translation>
    </message>
    <message>
        <source>%1 days or more</source>
        <translation>%1 días o más</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>%1 a %2 días</translation>
    </message>
    <message>
        <source>The contract blocks no rooms.</source>
        <translation>El contrato no bloquea ninguna habitación.</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>%1, rooms at rate</source>
        <translation>%1, habitaciones a tarifa</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Habitac.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Tipo de habitación</translation>
    </message>
    <message>
        <source>Group rate, %1</source>
        <translation>Tarifa de grupo, %1</translation>
    </message>
    <message>
        <source>The contract&apos;s terms</source>
        <translation>Condiciones del contrato</translation>
    </message>
    <message>
        <source>Room block</source>
        <translation>Bloque de habitaciones</translation>
    </message>
    <message numerus="yes">
        <source>%1 room nights blocked over %n night(s); %2 after the reductions honoured.</source>
        <translation>
            <numerusform>%1 noches de habitación bloqueadas en %n noche; %2 tras las reducciones aceptadas.</numerusform>
            <numerusform>%1 noches de habitación bloqueadas en %n noches; %2 tras las reducciones aceptadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>By %1 the block may be reduced by up to %2 of the original block.</source>
        <translation>Hasta el %1 el bloque puede reducirse hasta un %2 del bloque original.</translation>
    </message>
    <message>
        <source>Room attrition</source>
        <translation>Deserción de habitaciones</translation>
    </message>
    <message>
        <source>One comp room night per %1 room nights picked up, %2.</source>
        <translation>Una noche de habitación de cortesía por cada %1 noches de habitación reservadas, %2.</translation>
    </message>
    <message>
        <source>night by night</source>
        <translation>noche a noche</translation>
    </message>
    <message>
        <source>over the whole stay</source>
        <translation>sobre toda la estancia</translation>
    </message>
    <message>
        <source>Food &amp; beverage</source>
        <translation>Alimentos y bebidas</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Sala de reuniones</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>Room pickup</source>
        <translation>Pickup de habitaciones</translation>
    </message>
    <message>
        <source>Share of the rental charged</source>
        <translation>Parte del alquiler cobrada</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Notice before arrival</source>
        <translation>Aviso antes de la llegada</translation>
    </message>
    <message>
        <source>F&amp;B minimum</source>
        <translation>Mínimo de alimentos y bebidas</translation>
    </message>
    <message>
        <source>Fee, share of the basis</source>
        <translation>Cargo, parte de la base</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Depósitos</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Amount, %1</source>
        <translation>Importe, %1</translation>
    </message>
    <message>
        <source>Pickup per night</source>
        <translation>Pickup por noche</translation>
    </message>
    <message>
        <source>%1 room nights picked up; with the credits the contract counts, %2 of %3 room nights (%4).</source>
        <translation>%1 noches de habitación reservadas; con los créditos que computa el contrato, %2 de %3 noches de habitación (%4).</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Estancia</translation>
    </message>
    <message>
        <source>Required and shortfall per night are shown for reading; the contract compares the whole stay at once.</source>
        <translation>El requerido y el déficit por noche se muestran como referencia; el contrato compara toda la estancia de una vez.</translation>
    </message>
    <message>
        <source>The contract cannot be assessed</source>
        <translation>El contrato no se puede evaluar</translation>
    </message>
    <message>
        <source>Assessment under the cancellation clause</source>
        <translation>Evaluación según la cláusula de cancelación</translation>
    </message>
    <message>
        <source>Assessment under attrition</source>
        <translation>Evaluación por deserción</translation>
    </message>
    <message>
        <source>Item and how it was computed</source>
        <translation>Concepto y cómo se calculó</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>Total adeudado</translation>
    </message>
    <message>
        <source>Deposits applied</source>
        <translation>Depósitos aplicados</translation>
    </message>
    <message>
        <source>Net due</source>
        <translation>Neto a pagar</translation>
    </message>
    <message>
        <source>Deposit balance in the group&apos;s favour</source>
        <translation>Saldo de depósitos a favor del grupo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Assessed under the cancellation clause: notice received %1.</source>
        <translation>Evaluado según la cláusula de cancelación: aviso recibido el %1.</translation>
    </message>
    <message>
        <source>Assessed under attrition: pickup %1 (%2 of %3 room nights counted).</source>
        <translation>Evaluado por deserción: pickup %1 (%2 de %3 noches de habitación computadas).</translation>
    </message>
    <message>
        <source>Total owed %1, deposits applied %2.</source>
        <translation>Total adeudado %1, depósitos aplicados %2.</translation>
    </message>
    <message>
        <source>The contract cannot be assessed until its problems are corrected (listed below).</source>
        <translation>El contrato no se puede evaluar hasta que se corrijan sus problemas (abajo).</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Damages owed against pickup</source>
        <translation>Penalización adeudada según el pickup</translation>
    </message>
    <message>
        <source>What the group would owe as pickup runs from 0% to 150% of the block, with the performance level and the pickup now marked.</source>
        <translation>Lo que debería el grupo con un pickup del 0 % al 150 % del bloque, con el nivel de cumplimiento y el pickup actual marcados.</translation>
    </message>
    <message>
        <source>Block against pickup, night by night</source>
        <translation>Bloque frente a pickup, noche a noche</translation>
    </message>
    <message>
        <source>Cancellation fee by the date notice is received</source>
        <translation>Cargo por cancelación según la fecha de recepción del aviso</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>Informe de cartera</translation>
    </message>
    <message>
        <source>Contracts and their exposure</source>
        <translation>Contratos y su exposición</translation>
    </message>
    <message>
        <source>Exposure is what each group would owe if its contract were assessed now, on the pickup and spend recorded; the net due is after the deposits received. Report made %1.</source>
        <translation>La exposición es lo que debería cada grupo si su contrato se evaluara ahora, con el pickup y el consumo registrados; el neto a pagar es tras los depósitos recibidos. Informe elaborado el %1.</translation>
    </message>
    <message>
        <source>cannot assess</source>
        <translation>no evaluable</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>No contract matches.</source>
        <translation>Ningún contrato coincide.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Room nights blocked</source>
        <translation>Noches de habitación bloqueadas</translation>
    </message>
    <message>
        <source>Groups owing</source>
        <translation>Grupos con deuda</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>By status: %1.</source>
        <translation>Por estado: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) cannot be assessed until their problems are corrected; they are left out of the totals.</source>
        <translation>
            <numerusform>%n contrato no se puede evaluar hasta que se corrijan sus problemas; queda fuera de los totales.</numerusform>
            <numerusform>%n contratos no se pueden evaluar hasta que se corrijan sus problemas; quedan fuera de los totales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Group and hotel</source>
        <translation>Grupo y hotel</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Room nights</source>
        <translation>Noches de habitación</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Mon.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Elaborado el %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n night(s))</source>
        <translation>
            <numerusform>%1 a %2 (%n noche)</numerusform>
            <numerusform>%1 a %2 (%n noches)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Gestor comercial</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Informe elaborado</translation>
    </message>
    <message>
        <source>Cancellation notice</source>
        <translation>Aviso de cancelación</translation>
    </message>
    <message>
        <source>none received</source>
        <translation>no recibido</translation>
    </message>
    <message>
        <source>pickup %1 of the block on every night</source>
        <translation>pickup del %1 del bloque cada noche</translation>
    </message>
    <message>
        <source>pickup set night by night: %1 room nights</source>
        <translation>pickup fijado noche a noche: %1 noches de habitación</translation>
    </message>
    <message>
        <source>F&amp;B spend %1</source>
        <translation>consumo de alimentos y bebidas %1</translation>
    </message>
    <message>
        <source>%1 room nights resold</source>
        <translation>%1 noches de habitación revendidas</translation>
    </message>
    <message>
        <source>as if the group had not cancelled</source>
        <translation>como si el grupo no hubiera cancelado</translation>
    </message>
    <message>
        <source>cancellation notice received %1</source>
        <translation>aviso de cancelación recibido el %1</translation>
    </message>
    <message>
        <source>nothing: the contract as recorded</source>
        <translation>nada: el contrato tal como está registrado</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Comparación de escenarios</translation>
    </message>
    <message>
        <source>What each scenario changes</source>
        <translation>Qué cambia cada escenario</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The contract has no scenarios: only its own figures are shown.</source>
        <translation>El contrato no tiene escenarios: solo se muestran sus propias cifras.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Amounts in %1. Under each scenario&apos;s figure, its difference from the contract.</source>
        <translation>Importes en %1. Bajo la cifra de cada escenario, su diferencia con el contrato.</translation>
    </message>
    <message>
        <source>The curve of each scenario, as pickup runs from 0% to 150% of the block; the dots mark each one&apos;s own pickup.</source>
        <translation>La curva de cada escenario, con un pickup del 0 % al 150 % del bloque; los puntos marcan el pickup propio de cada uno.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>%1, difference</source>
        <translation>%1, diferencia</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>This build writes spreadsheets as CSV only.</source>
        <translation>Esta versión solo escribe hojas de cálculo en CSV.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Forecast to arrival</source>
        <translation>Pronóstico hasta la llegada</translation>
    </message>
    <message>
        <source>past groups of the same hotel</source>
        <translation>grupos pasados del mismo hotel</translation>
    </message>
    <message>
        <source>past groups of the same account</source>
        <translation>grupos pasados de la misma cuenta</translation>
    </message>
    <message>
        <source>all past groups</source>
        <translation>todos los grupos pasados</translation>
    </message>
    <message numerus="yes">
        <source>As of %1, %n day(s) before arrival, %2 of %3 room nights are on the books. The forecast compares the group with %4 (%5 with a pickup history).</source>
        <translation>
            <numerusform>Al %1, a %n día de la llegada, hay %2 de %3 noches de habitación en libros. El pronóstico compara el grupo con %4 (%5 con historial de pickup).</numerusform>
            <numerusform>Al %1, a %n días de la llegada, hay %2 de %3 noches de habitación en libros. El pronóstico compara el grupo con %4 (%5 con historial de pickup).</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected damages at arrival</source>
        <translation>Penalización esperada a la llegada</translation>
    </message>
    <message>
        <source>Expected final pickup %1 room nights (P10 to P90: %2 to %3). Damages P10 to P90: %4 to %5; %6 of the draws owe anything. What is owed at today&apos;s pickup is on the first page; this is what the group will likely owe.</source>
        <translation>Pickup final esperado: %1 noches de habitación (P10 a P90: %2 a %3). Penalización P10 a P90: %4 a %5; en el %6 de los sorteos se debe algo. Lo que se debe con el pickup de hoy está en la primera página; esto es lo que el grupo probablemente deberá.</translation>
    </message>
    <message>
        <source>How the forecast was made</source>
        <translation>Cómo se hizo el pronóstico</translation>
    </message>
    <message>
        <source>Pace to arrival</source>
        <translation>Ritmo hasta la llegada</translation>
    </message>
    <message>
        <source>Room nights on the books at each stored pickup report, then the forecast to arrival with the range in which 8 of 10 past groups ended (P10 to P90).</source>
        <translation>Noches de habitación en libros en cada informe de pickup guardado, y luego el pronóstico hasta la llegada con el rango en que terminaron 8 de cada 10 grupos pasados (P10 a P90).</translation>
    </message>
    <message>
        <source>Night by night</source>
        <translation>Noche por noche</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>On the books</source>
        <translation>En libros</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <source>No review date or cutoff is ahead: there is no release to advise.</source>
        <translation>No queda ninguna fecha de revisión ni fecha límite: no hay liberación que aconsejar.</translation>
    </message>
    <message>
        <source>Release at the review date %1</source>
        <translation>Liberación en la fecha de revisión %1</translation>
    </message>
    <message>
        <source>Nothing to release: keep the block held. The expected damages are %1.</source>
        <translation>Nada que liberar: mantenga el bloqueo actual. La penalización esperada es %1.</translation>
    </message>
    <message>
        <source>Holding the block, the expected damages are %1; releasing %2 room nights, %3.</source>
        <translation>Manteniendo el bloqueo, la penalización esperada es %1; liberando %2 noches de habitación, %3.</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Respaldado</translation>
    </message>
    <message>
        <source>Least allowed</source>
        <translation>Mínimo permitido</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <source>Payment terms: %1</source>
        <translation>Condiciones de pago: %1</translation>
    </message>
    <message>
        <source>Attrition and cancellation statement</source>
        <translation>Liquidación por deserción y cancelación</translation>
    </message>
    <message>
        <source>Tax number %1</source>
        <translation>Número fiscal %1</translation>
    </message>
    <message>
        <source>Program default, not confirmed: %1</source>
        <translation>Valor predeterminado del programa, no confirmado: %1</translation>
    </message>
    <message>
        <source>the performance level</source>
        <translation>el nivel de cumplimiento</translation>
    </message>
    <message>
        <source>the attrition assessment method</source>
        <translation>el método de cálculo de la deserción</translation>
    </message>
    <message>
        <source>the rounding of the required room nights</source>
        <translation>el redondeo de las noches de habitación requeridas</translation>
    </message>
    <message>
        <source>the room damages factor</source>
        <translation>el factor de penalización por habitaciones</translation>
    </message>
    <message>
        <source>the rate basis</source>
        <translation>la base de tarifa</translation>
    </message>
    <message>
        <source>the resale credit</source>
        <translation>el crédito por reventa</translation>
    </message>
    <message>
        <source>the F&amp;B damages factor</source>
        <translation>el factor de penalización de alimentos y bebidas</translation>
    </message>
    <message>
        <source>the cancellation tiers</source>
        <translation>los tramos de cancelación</translation>
    </message>
    <message>
        <source>the cancellation basis</source>
        <translation>la base de cancelación</translation>
    </message>
    <message>
        <source>the waiver on force majeure</source>
        <translation>la exención por fuerza mayor</translation>
    </message>
    <message>
        <source>Not final: some terms below are the program&apos;s defaults, not yet confirmed from the contract (%1). They are labelled &quot;Program default, not confirmed&quot; and are not the contract&apos;s terms; the amounts that depend on them may change once they are confirmed.</source>
        <extracomment>%1 lists the values, e.g. &quot;the performance level, the cancellation tiers&quot;.</extracomment>
        <translation>Provisional: algunas condiciones de abajo son valores predeterminados del programa, aún no confirmados en el contrato (%1). Están marcadas como «Valor predeterminado del programa, no confirmado» y no son las condiciones del contrato; los importes que dependen de ellas pueden cambiar cuando se confirmen.</translation>
    </message>
    <message>
        <source>Program default, not confirmed: the tiers below are the program&apos;s usual tiers, not read from the contract.</source>
        <translation>Valor predeterminado del programa, no confirmado: los tramos de abajo son los tramos habituales del programa, no tomados del contrato.</translation>
    </message>
    <message>
        <source>%1 (program default, not confirmed)</source>
        <translation>%1 (valor predeterminado del programa, no confirmado)</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Noches</translation>
    </message>
    <message>
        <source>Rooms a night</source>
        <translation>Habitaciones por noche</translation>
    </message>
    <message>
        <source>Revenue, %1</source>
        <translation>Ingresos, %1</translation>
    </message>
    <message>
        <source>Group rates, %1</source>
        <translation>Tarifas de grupo, %1</translation>
    </message>
    <message>
        <source>Rooms and rates</source>
        <translation>Habitaciones y tarifas</translation>
    </message>
    <message>
        <source>The proposal blocks no rooms.</source>
        <translation>La propuesta no bloquea ninguna habitación.</translation>
    </message>
    <message numerus="yes">
        <source>Room revenue, %n room night(s)</source>
        <translation>
            <numerusform>Ingresos por habitaciones, %n noche de habitación</numerusform>
            <numerusform>Ingresos por habitaciones, %n noches de habitación</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;B minimum, before tax and service charge</source>
        <translation>Mínimo de alimentos y bebidas, antes de impuestos y cargo por servicio</translation>
    </message>
    <message>
        <source>Meeting room rental</source>
        <translation>Alquiler de la sala de reuniones</translation>
    </message>
    <message>
        <source>Total anticipated revenue</source>
        <translation>Total de ingresos previstos</translation>
    </message>
    <message>
        <source>Proposed terms</source>
        <translation>Condiciones propuestas</translation>
    </message>
    <message>
        <source>Review dates.</source>
        <translation>Fechas de revisión.</translation>
    </message>
    <message>
        <source>Cutoff.</source>
        <translation>Fecha límite.</translation>
    </message>
    <message>
        <source>Rooms of the block not reserved by %1 return to the hotel&apos;s general inventory.</source>
        <translation>Las habitaciones del bloque que no se hayan reservado a más tardar el %1 vuelven al inventario general del hotel.</translation>
    </message>
    <message>
        <source>Room attrition.</source>
        <translation>Deserción de habitaciones.</translation>
    </message>
    <message>
        <source>Food &amp; beverage.</source>
        <translation>Alimentos y bebidas.</translation>
    </message>
    <message>
        <source>at least %1 pickup: %2 of the rental</source>
        <extracomment>A band of the meeting room scale: &quot;at least 90% pickup: 0% of the rental&quot;.</extracomment>
        <translation>pickup de al menos el %1: el %2 del alquiler</translation>
    </message>
    <message>
        <source>Scale: %1.</source>
        <translation>Escala: %1.</translation>
    </message>
    <message>
        <source>Meeting room.</source>
        <translation>Sala de reuniones.</translation>
    </message>
    <message>
        <source>Comp rooms.</source>
        <translation>Habitaciones de cortesía.</translation>
    </message>
    <message>
        <source>Cancellation.</source>
        <translation>Cancelación.</translation>
    </message>
    <message>
        <source>If the group picks up less than the block</source>
        <translation>Si el grupo no alcanza el bloque</translation>
    </message>
    <message>
        <source>What attrition would cost cannot be computed until the proposal&apos;s problems are corrected:</source>
        <translation>El coste de la deserción no puede calcularse hasta que se corrijan los problemas de la propuesta:</translation>
    </message>
    <message>
        <source>If the group picks up this share of the block on every night, it would owe under the proposed terms (before tax, without credit for rooms the hotel resells):</source>
        <translation>Si el grupo ocupa este porcentaje del bloque todas las noches, según las condiciones propuestas adeudaría (antes de impuestos y sin crédito por las habitaciones que el hotel revenda):</translation>
    </message>
    <message>
        <source>Pickup of the block</source>
        <translation>Pickup del bloque</translation>
    </message>
    <message>
        <source>Room nights picked up</source>
        <translation>Noches de habitación reservadas</translation>
    </message>
    <message>
        <source>Attrition damages, %1</source>
        <translation>Penalización por deserción, %1</translation>
    </message>
    <message>
        <source>Meeting room rental charged, %1</source>
        <translation>Alquiler de la sala de reuniones cobrado, %1</translation>
    </message>
    <message>
        <source>Rooms and meeting room, %1</source>
        <translation>Habitaciones y sala de reuniones, %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Your contact</source>
        <translation>Su contacto</translation>
    </message>
    <message>
        <source>Proposal date</source>
        <translation>Fecha de la propuesta</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Group proposal</source>
        <translation>Propuesta para grupo</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <source>This proposal is valid until %1. To accept it, sign below and return a copy by that date; the group contract with these terms follows for signature.</source>
        <translation>Esta propuesta es válida hasta el %1. Para aceptarla, le rogamos que la firme a continuación y nos devuelva una copia antes de esa fecha; posteriormente le enviaremos para su firma el contrato de grupo con estas condiciones.</translation>
    </message>
    <message>
        <source>Accepted for the group</source>
        <translation>Aceptada en nombre del grupo</translation>
    </message>
    <message>
        <source>Accepted for %1</source>
        <translation>Aceptada en nombre de %1</translation>
    </message>
    <message>
        <source>For the hotel</source>
        <translation>En nombre del hotel</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>En nombre de %1</translation>
    </message>
    <message>
        <source>Name and title</source>
        <translation>Nombre y cargo</translation>
    </message>
    <message>
        <source>Signature and date</source>
        <translation>Firma y fecha</translation>
    </message>
    <message>
        <source>Groups at risk</source>
        <translation>Grupos en riesgo</translation>
    </message>
    <message>
        <source>Groups arriving %1 to %2, as they stand on %3, each forecast against the past groups of its own hotel; the higher expected damages first.</source>
        <translation>Grupos con llegada del %1 al %2, según su situación a %3, cada uno previsto frente a los grupos anteriores de su propio hotel; primero la penalización esperada más alta.</translation>
    </message>
    <message>
        <source>No group arrives in that window.</source>
        <translation>Ningún grupo llega en ese periodo.</translation>
    </message>
    <message>
        <source>Cutoff %1</source>
        <translation>Fecha límite %1</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Revisión %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Reservadas</translation>
    </message>
    <message>
        <source>Forecast pickup</source>
        <translation>Pickup previsto</translation>
    </message>
    <message>
        <source>Expected damages</source>
        <translation>Penalizaciones esperadas</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Próxima fecha</translation>
    </message>
    <message>
        <source>Actions and flags</source>
        <translation>Acciones y alertas</translation>
    </message>
    <message>
        <source>%1: not forecast: %2</source>
        <translation>%1: sin previsión: %2</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Embudo de ventas</translation>
    </message>
    <message>
        <source>The contracts of this report by stage, month of arrival and currency. Damages are what the engine assesses at the pickup on the books, tax included.</source>
        <translation>Los contratos de este informe por etapa, mes de llegada y moneda. La penalización es la que calcula el motor con el pickup en libros, impuestos incluidos.</translation>
    </message>
    <message>
        <source>Room revenue</source>
        <translation>Ingresos por habitaciones</translation>
    </message>
    <message>
        <source>Damages</source>
        <translation>Penalización</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>%1 won (definite or actualized), %2 lost, %3 still open (prospect or tentative).</source>
        <translation>Ganados %1 (definitivos o realizados), perdidos %2, aún abiertos %3 (prospectos o provisionales).</translation>
    </message>
    <message>
        <source>Conversion: %1 of the decided contracts were won.</source>
        <translation>Conversión: se ganó el %1 de los contratos decididos.</translation>
    </message>
    <message>
        <source>Conversion: not known until a contract is won or lost.</source>
        <translation>Conversión: desconocida hasta que un contrato se gane o se pierda.</translation>
    </message>
    <message>
        <source>Wash of the actualized groups</source>
        <translation>Wash de los grupos realizados</translation>
    </message>
    <message>
        <source>No actualized group among these contracts.</source>
        <translation>Ningún grupo realizado entre estos contratos.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Block, room nights</source>
        <translation>Bloque, noches de habitación</translation>
    </message>
    <message>
        <source>Final pickup</source>
        <translation>Pickup final</translation>
    </message>
    <message>
        <source>Wash</source>
        <translation>Wash</translation>
    </message>
    <message>
        <source>Left out of the pipeline, the engine refuses them: %1.</source>
        <translation>Excluidos del embudo de ventas, el motor los rechaza: %1.</translation>
    </message>
    <message>
        <source>Rooms in the block</source>
        <translation>Habitaciones del bloque</translation>
    </message>
    <message>
        <source>Rooms reserved</source>
        <translation>Habitaciones reservadas</translation>
    </message>
    <message>
        <source>Share reserved</source>
        <translation>Porcentaje reservado</translation>
    </message>
    <message>
        <source>Room nights in the block</source>
        <translation>Noches de habitación del bloque</translation>
    </message>
    <message>
        <source>Room nights reserved</source>
        <translation>Noches de habitación reservadas</translation>
    </message>
    <message>
        <source>Pickup reminder</source>
        <translation>Recordatorio de pickup</translation>
    </message>
    <message>
        <source>Re: %1</source>
        <extracomment>The letter&apos;s subject line: &quot;Re: Smith &amp; Sons reunion, reference SMI-2027&quot;.</extracomment>
        <translation>Ref.: %1</translation>
    </message>
    <message>
        <source>Re: %1, reference %2</source>
        <translation>Ref.: %1, referencia %2</translation>
    </message>
    <message>
        <source>Dear organizer,</source>
        <translation>Estimado organizador:</translation>
    </message>
    <message>
        <source>Dear %1 team,</source>
        <translation>Estimado equipo de %1:</translation>
    </message>
    <message>
        <source>Thank you again for choosing %1 for %2, arriving on %3 and departing on %4. As the dates draw closer, we would like to share where your room block stands and what lies ahead.</source>
        <translation>Le agradecemos de nuevo que haya elegido %1 para %2, con llegada el %3 y salida el %4. A medida que se acercan las fechas, queremos informarle de la situación de su bloque de habitaciones y de los próximos pasos.</translation>
    </message>
    <message>
        <source>Your reservations to date</source>
        <translation>Sus reservas hasta la fecha</translation>
    </message>
    <message>
        <source>As of %1, your attendees have reserved %2 of the %3 room nights in the block (%4).</source>
        <translation>A %1, sus asistentes han reservado %2 de las %3 noches de habitación del bloque (%4).</translation>
    </message>
    <message>
        <source>Your attrition terms</source>
        <translation>Sus condiciones de deserción</translation>
    </message>
    <message>
        <source>If reservations continue at their current pace, we expect about %1 room nights by arrival (%2 of the block).</source>
        <translation>Si las reservas continúan a su ritmo actual, prevemos unas %1 noches de habitación a la llegada (%2 del bloque).</translation>
    </message>
    <message>
        <source>At that pickup the group would owe %1 under the contract.</source>
        <translation>Con ese pickup, el grupo adeudaría %1 según el contrato.</translation>
    </message>
    <message>
        <source>At that pickup the group would owe nothing under the contract.</source>
        <translation>Con ese pickup, el grupo no adeudaría nada según el contrato.</translation>
    </message>
    <message>
        <source>Were the block to close at today&apos;s %1 room nights, the group would owe %2.</source>
        <translation>Si el bloque se cerrara con las %1 noches de habitación actuales, el grupo adeudaría %2.</translation>
    </message>
    <message>
        <source>At today&apos;s %1 room nights the group would owe nothing.</source>
        <translation>Con las %1 noches de habitación actuales, el grupo no adeudaría nada.</translation>
    </message>
    <message>
        <source>What this means for the group.</source>
        <translation>Qué significa esto para el grupo.</translation>
    </message>
    <message>
        <source>Amounts include tax where the contract applies it.</source>
        <translation>Los importes incluyen impuestos cuando el contrato los aplica.</translation>
    </message>
    <message>
        <source>Amounts include tax where the contract applies it and assume the food and beverage minimum is met.</source>
        <translation>Los importes incluyen impuestos cuando el contrato los aplica y suponen que se alcanza el mínimo de alimentos y bebidas.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Your next review date is %1: until then the block may be reduced by up to %2 of the original block.</source>
        <translation>Su próxima fecha de revisión es el %1: hasta entonces, el bloque puede reducirse hasta un %2 del bloque original.</translation>
    </message>
    <message>
        <source>If you expect to need fewer rooms, please let us know by %1 which rooms to release: rooms released in time lower what the group could owe.</source>
        <translation>Si prevé necesitar menos habitaciones, le rogamos que nos indique antes del %1 qué habitaciones desea liberar: las habitaciones liberadas a tiempo reducen lo que el grupo podría adeudar.</translation>
    </message>
    <message>
        <source>The cutoff date is %1: rooms of the block not reserved by then return to the hotel&apos;s general inventory.</source>
        <translation>La fecha límite es el %1: las habitaciones del bloque que no estén reservadas para entonces volverán al inventario general del hotel.</translation>
    </message>
    <message>
        <source>Please encourage your attendees to book before the cutoff date, %1, and send us your rooming list by then.</source>
        <translation>Le rogamos que anime a sus asistentes a reservar antes de la fecha límite, el %1, y que nos envíe su rooming list antes de esa fecha.</translation>
    </message>
    <message>
        <source>The cutoff date, %1, has passed: rooms not reserved by then have returned to the hotel&apos;s general inventory, and we will accommodate further guests as availability allows.</source>
        <translation>La fecha límite, el %1, ya ha pasado: las habitaciones que no se reservaron para entonces han vuelto al inventario general del hotel, y alojaremos a más huéspedes según la disponibilidad.</translation>
    </message>
    <message>
        <source>Please send us the names of any guests still to be added as soon as possible.</source>
        <translation>Le rogamos que nos envíe lo antes posible los nombres de los huéspedes que falten por añadir.</translation>
    </message>
    <message>
        <source>Please send us your rooming list at your earliest convenience.</source>
        <translation>Le rogamos que nos envíe su rooming list a la mayor brevedad posible.</translation>
    </message>
    <message>
        <source>Please confirm your arrival and departure dates and the number of rooms you expect by replying to this letter.</source>
        <translation>Le rogamos que confirme sus fechas de llegada y salida y el número de habitaciones que prevé respondiendo a esta carta.</translation>
    </message>
    <message>
        <source>We look forward to welcoming your group. If there is anything we can do to help your attendees book, or if you have any questions about these figures, please do not hesitate to contact me.</source>
        <translation>Esperamos con interés dar la bienvenida a su grupo. Si podemos ayudar en algo a sus asistentes con sus reservas, o si tiene alguna pregunta sobre estas cifras, no dude en ponerse en contacto conmigo.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Atentamente,</translation>
    </message>
    <message>
        <source>Group sales</source>
        <translation>Ventas de grupos</translation>
    </message>
    <message>
        <source>Rebooking credits applied</source>
        <translation>Créditos por nueva reserva aplicados</translation>
    </message>
    <message>
        <source>Total owed %1, rebooking credits applied %2, deposits applied %3.</source>
        <translation>Total adeudado %1, créditos por nueva reserva aplicados %2, depósitos aplicados %3.</translation>
    </message>
    <message>
        <source>Damages assessed, collected and waived</source>
        <translation>Penalización calculada, cobrada y condonada</translation>
    </message>
    <message>
        <source>No actualized or cancelled group among these contracts.</source>
        <translation>Ningún grupo realizado o cancelado entre estos contratos.</translation>
    </message>
    <message>
        <source>Actualized groups</source>
        <translation>Grupos realizados</translation>
    </message>
    <message>
        <source>Cancelled groups</source>
        <translation>Grupos cancelados</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Calculado</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Condonado</translation>
    </message>
    <message>
        <source>By month of arrival: the damages the engine assesses for the actualized groups and the fees of the cancelled ones, tax included, with the payments and waivers their settlements record.</source>
        <translation>Por mes de llegada: la penalización que el motor calcula para los grupos realizados y los cargos de los cancelados, impuestos incluidos, con los pagos y condonaciones que registran sus liquidaciones.</translation>
    </message>
    <message>
        <source>A cancelled group owes its cancellation fee whatever its pickup: its line is flat, without a dot.</source>
        <translation>Un grupo cancelado debe su cargo de cancelación sea cual sea su pickup: su línea es plana, sin punto.</translation>
    </message>
</context>
<context>
    <name>ScenarioGridText</name>
    <message>
        <source>the grid is empty: expected a header row naming the columns</source>
        <translation>la tabla está vacía: se esperaba una fila de encabezado con los nombres de las columnas</translation>
    </message>
    <message>
        <source>the column %1 is given twice (first as column %2)</source>
        <translation>la columna %1 aparece dos veces (primero como columna %2)</translation>
    </message>
    <message>
        <source>expected a column named pickup:YYYY-MM-DD:ROOM-TYPE, found %1</source>
        <translation>se esperaba una columna llamada pickup:AAAA-MM-DD:TIPO-DE-HABITACIÓN, se encontró %1</translation>
    </message>
    <message>
        <source>the contract&apos;s block holds no %1 rooms on %2</source>
        <translation>el bloque del contrato no tiene habitaciones %1 el %2</translation>
    </message>
    <message>
        <source>unknown column %1: expected name, pickup, pickup:YYYY-MM-DD:ROOM-TYPE, fb-spend or notice</source>
        <translation>columna desconocida %1: se esperaba name, pickup, pickup:AAAA-MM-DD:TIPO-DE-HABITACIÓN, fb-spend o notice</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>se esperaban %1 campos como en el encabezado, se encontraron %2</translation>
    </message>
    <message>
        <source>expected a percentage from 0 to 1000 such as 75 or 82.25, found %1</source>
        <translation>se esperaba un porcentaje de 0 a 1000 como 75 o 82.25, se encontró %1</translation>
    </message>
    <message>
        <source>expected a whole number of rooms from 0 to 1000000, found %1</source>
        <translation>se esperaba un número entero de habitaciones de 0 a 1000000, se encontró %1</translation>
    </message>
    <message>
        <source>expected an amount in %1 of at least zero with at most %2 decimals, found %3</source>
        <translation>se esperaba un importe en %1 no negativo con %2 decimales como máximo, se encontró %3</translation>
    </message>
    <message>
        <source>expected a date such as 2027-03-01, found %1</source>
        <translation>se esperaba una fecha como 2027-03-01, se encontró %1</translation>
    </message>
    <message>
        <source>a row gives either pickup or pickup per night, not both (pickup is column %1)</source>
        <translation>una fila indica el pickup o el pickup por noche, no ambos (pickup es la columna %1)</translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <source>&quot;%1&quot; is not a database location: %2</source>
        <extracomment>%1 what was given as a database location, %2 why it is not one.</extracomment>
        <translation>&quot;%1&quot; no es una ubicación de base de datos: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacía</translation>
    </message>
    <message>
        <source>give an SQLite file or a postgresql:// address</source>
        <translation>indique un archivo SQLite o una dirección postgresql://</translation>
    </message>
    <message>
        <source>it holds a password; never write one on a command line or in a setting, let the server ask for it or keep it in ~/.pgpass</source>
        <translation>contiene una contraseña; no la escriba nunca en una línea de comandos ni en una configuración: deje que el servidor la pida o guárdela en ~/.pgpass</translation>
    </message>
    <message>
        <source>name the database after the server, as in postgresql://ana@db.example/sales</source>
        <translation>indique la base de datos después del servidor, como en postgresql://ana@db.example/sales</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot; (only schema=NAME may follow the database)</source>
        <translation>parámetro desconocido &quot;%1&quot; (después de la base de datos solo puede ir schema=NAME)</translation>
    </message>
    <message>
        <source>The schema migrations in %1 are unusable: %2</source>
        <extracomment>%1 a folder of database schema scripts, %2 what is wrong with them.</extracomment>
        <translation>Las migraciones de esquema de %1 no se pueden usar: %2</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>the file name &quot;%1&quot; is not of the form NNN_name.sql</source>
        <translation>el nombre de archivo &quot;%1&quot; no tiene la forma NNN_name.sql</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>expected migration number %1 but found %2 (numbers must run 1, 2, 3... without gaps or repeats)</source>
        <translation>se esperaba la migración número %1 pero se encontró la %2 (los números deben seguir 1, 2, 3... sin huecos ni repeticiones)</translation>
    </message>
    <message>
        <source>there are no migration files in it</source>
        <translation>no contiene ningún archivo de migración</translation>
    </message>
    <message>
        <source>Could not open the contract database</source>
        <translation>No se pudo abrir la base de datos de contratos</translation>
    </message>
    <message>
        <source>Could not back up the contract database before upgrading it</source>
        <translation>No se pudo hacer una copia de seguridad de la base de datos de contratos antes de actualizarla</translation>
    </message>
    <message>
        <source>Could not upgrade the contract database to schema version %1 (%2)</source>
        <translation>No se pudo actualizar la base de datos de contratos a la versión %1 del esquema (%2)</translation>
    </message>
    <message>
        <source>%1 The database was left at schema version %2.</source>
        <extracomment>%1 is a message saying why an upgrade failed.</extracomment>
        <translation>%1 La base de datos quedó en la versión %2 del esquema.</translation>
    </message>
    <message>
        <source>the file is a database of another program; it was left unchanged</source>
        <translation>el archivo es una base de datos de otro programa; no se ha modificado</translation>
    </message>
    <message>
        <source>it was written by a newer version of Attrition Desk (schema version %1; this version reads up to %2). Install the newer version to open it; the database was left unchanged</source>
        <translation>la escribió una versión más reciente de Attrition Desk (versión %1 del esquema; esta versión lee hasta la %2). Instale la versión más reciente para abrirla; la base de datos no se ha modificado</translation>
    </message>
    <message>
        <source>the file is an SQLite database of another program (it holds no contract tables); it was left unchanged</source>
        <translation>el archivo es una base de datos SQLite de otro programa (no contiene tablas de contratos); no se ha modificado</translation>
    </message>
    <message>
        <source>the database (or schema) holds tables of another program; use an empty database or a schema of its own. Nothing was changed</source>
        <translation>la base de datos (o el esquema) contiene tablas de otro programa; use una base de datos vacía o un esquema propio. No se modificó nada</translation>
    </message>
    <message>
        <source>the file is an empty SQLite database, not a contract database; it was left unchanged</source>
        <translation>el archivo es una base de datos SQLite vacía, no una base de datos de contratos; no se ha modificado</translation>
    </message>
    <message>
        <source>the database cannot be switched to write-ahead logging (journal mode &quot;%1&quot;); its folder may be read-only</source>
        <translation>la base de datos no se puede pasar al registro de escritura anticipada (WAL; modo de diario &quot;%1&quot;); puede que su carpeta sea de solo lectura</translation>
    </message>
    <message>
        <source>no database file is set</source>
        <translation>no se ha indicado ningún archivo de base de datos</translation>
    </message>
    <message>
        <source>it is a folder, not a database file</source>
        <translation>es una carpeta, no un archivo de base de datos</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>no se puede leer el archivo (%1)</translation>
    </message>
    <message>
        <source>the file is empty; it holds no contracts</source>
        <translation>el archivo está vacío; no contiene contratos</translation>
    </message>
    <message>
        <source>the file is not a contract database (it is not an SQLite database: it may be damaged, or a different kind of file); it was left unchanged</source>
        <translation>el archivo no es una base de datos de contratos (no es una base de datos SQLite: puede estar dañado o ser otro tipo de archivo); no se ha modificado</translation>
    </message>
    <message>
        <source>the file is read-only; make it writable, or open a copy of it</source>
        <translation>el archivo es de solo lectura; permita escribir en él o abra una copia</translation>
    </message>
    <message>
        <source>its folder %1 is read-only, and the database needs to keep a journal beside the file</source>
        <translation>su carpeta %1 es de solo lectura, y la base de datos necesita guardar un archivo de diario junto al archivo</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>its folder %1 cannot be created</source>
        <translation>no se puede crear su carpeta %1</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt (QSQLITE) is not installed</source>
        <translation>el controlador SQLite de Qt (QSQLITE) no está instalado</translation>
    </message>
    <message>
        <source>no database name is set</source>
        <translation>no se ha indicado ningún nombre de base de datos</translation>
    </message>
    <message>
        <source>the connection options must not hold a password; it is asked for when connecting and never stored</source>
        <translation>las opciones de conexión no pueden contener una contraseña; se pide al conectar y nunca se guarda</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL) is not installed (package libqt6sql6-psql)</source>
        <translation>el controlador PostgreSQL de Qt (QPSQL) no está instalado (paquete libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>Could not connect to the contract database</source>
        <translation>No se pudo conectar con la base de datos de contratos</translation>
    </message>
    <message>
        <source>the schema &quot;%1&quot; does not exist</source>
        <translation>el esquema &quot;%1&quot; no existe</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The last two names of a list of people (&quot;ana, ben and carl&quot;).</extracomment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Names of a list of people before its last two (&quot;ana, ben and carl&quot;).</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; was not saved</source>
        <translation>El contrato &quot;%1&quot; no se guardó</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; was not renamed</source>
        <translation>El contrato &quot;%1&quot; no se renombró</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; was not removed</source>
        <translation>El contrato &quot;%1&quot; no se eliminó</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; was not updated with the pickup report</source>
        <translation>El contrato &quot;%1&quot; no se actualizó con el informe de pickup</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A change refused because someone else changed the contract first: %1 what was not done (as in &quot;Contract &quot;A-1&quot; was not saved&quot;), %2 who did what, as whole sentences.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no contract with id %1 is stored</source>
        <translation>no hay ningún contrato guardado con id %1</translation>
    </message>
    <message>
        <source>a stored value of a pickup report cannot be read; the database may be damaged</source>
        <translation>no se puede leer un valor guardado de un informe de pickup; puede que la base de datos esté dañada</translation>
    </message>
    <message>
        <source>a stored value of a scenario cannot be read; the database may be damaged</source>
        <translation>no se puede leer un valor guardado de un escenario; puede que la base de datos esté dañada</translation>
    </message>
    <message>
        <source>a stored value of an account cannot be read; the database may be damaged</source>
        <translation>no se puede leer un valor guardado de una cuenta; puede que la base de datos esté dañada</translation>
    </message>
    <message>
        <source>Could not save contract &quot;%1&quot;</source>
        <translation>No se pudo guardar el contrato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>contract %1 has no reference</source>
        <translation>el contrato %1 no tiene referencia</translation>
    </message>
    <message>
        <source>the reference &quot;%1&quot; is given twice</source>
        <translation>la referencia &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>a stored value of contract &quot;%1&quot; cannot be read; the database may be damaged</source>
        <translation>no se puede leer un valor guardado del contrato &quot;%1&quot;; puede que la base de datos esté dañada</translation>
    </message>
    <message>
        <source>a stored value of the contract with id %1 cannot be read; the database may be damaged</source>
        <translation>no se puede leer un valor guardado del contrato con id %1; puede que la base de datos esté dañada</translation>
    </message>
    <message>
        <source>a stored value of contract &quot;%1&quot; (column %2) cannot be read; the database may be damaged</source>
        <translation>no se puede leer un valor guardado del contrato &quot;%1&quot; (columna %2); puede que la base de datos esté dañada</translation>
    </message>
    <message>
        <source>a stored value of table %1 cannot be read; the database may be damaged</source>
        <translation>no se puede leer un valor guardado de la tabla %1; puede que la base de datos esté dañada</translation>
    </message>
    <message>
        <source>a stored value of contract &quot;%1&quot; (table %2) cannot be read; the database may be damaged</source>
        <translation>no se puede leer un valor guardado del contrato &quot;%1&quot; (tabla %2); puede que la base de datos esté dañada</translation>
    </message>
    <message>
        <source>a stored value of a contract cannot be read; the database may be damaged</source>
        <translation>no se puede leer un valor guardado de un contrato; puede que la base de datos esté dañada</translation>
    </message>
    <message>
        <source>%1 removed it at %2, after you opened it.</source>
        <translation>%1 lo eliminó el %2, después de que usted lo abriera.</translation>
    </message>
    <message>
        <source>%1 renamed it to &quot;%2&quot; at %3. Open it under its new reference.</source>
        <translation>%1 lo renombró como &quot;%2&quot; el %3. Ábralo con su nueva referencia.</translation>
    </message>
    <message>
        <source>%1 saved it at %2 after you opened it (you have version %3; version %4 is stored now). Reload the contract to see their changes, then make yours again.</source>
        <translation>%1 lo guardó el %2 después de que usted lo abriera (usted tiene la versión %3; ahora está guardada la versión %4). Recargue el contrato para ver esos cambios y vuelva a hacer los suyos.</translation>
    </message>
    <message>
        <source>%1 saved it (last %2 at %3) after you opened it (you have version %4; version %5 is stored now). Reload the contract to see their changes, then make yours again.</source>
        <translation>%1 lo guardaron (la última vez, %2 el %3) después de que usted lo abriera (usted tiene la versión %4; ahora está guardada la versión %5). Recargue el contrato para ver esos cambios y vuelva a hacer los suyos.</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; was not saved: a contract with this reference is already stored (last saved by %2 at %3). Choose another reference, or open the stored contract.</source>
        <translation>El contrato &quot;%1&quot; no se guardó: ya hay un contrato guardado con esta referencia (guardado por última vez por %2 el %3). Elija otra referencia o abra el contrato guardado.</translation>
    </message>
    <message>
        <source>with id %1</source>
        <extracomment>Stands for the reference of a removed contract that is not known any more, in &quot;Contract &quot;%1&quot; was not saved&quot;.</extracomment>
        <translation>con id %1</translation>
    </message>
    <message>
        <source>the database is now at schema version %1 but was opened at version %2; a newer version of Attrition Desk has upgraded it. Install that version to keep working with it</source>
        <translation>la base de datos está ahora en la versión %1 del esquema, pero se abrió en la versión %2; una versión más reciente de Attrition Desk la ha actualizado. Instale esa versión para seguir trabajando con ella</translation>
    </message>
    <message>
        <source>a stored value of account &quot;%1&quot; cannot be read; the database may be damaged</source>
        <translation>no se puede leer un valor guardado de la cuenta &quot;%1&quot;; puede que la base de datos esté dañada</translation>
    </message>
    <message>
        <source>the database did not return the new contract&apos;s id</source>
        <translation>la base de datos no devolvió el id del contrato nuevo</translation>
    </message>
    <message>
        <source>the database did not return the audit entry&apos;s id</source>
        <translation>la base de datos no devolvió el id de la entrada de auditoría</translation>
    </message>
    <message>
        <source>a contract with this reference is already stored</source>
        <translation>ya hay un contrato guardado con esta referencia</translation>
    </message>
    <message>
        <source>no contract with reference &quot;%1&quot; is stored; save it as a new contract</source>
        <translation>no hay ningún contrato guardado con la referencia &quot;%1&quot;; guárdelo como contrato nuevo</translation>
    </message>
    <message>
        <source>the contract changed while it was being saved</source>
        <translation>el contrato cambió mientras se guardaba</translation>
    </message>
    <message>
        <source>the database did not return the report&apos;s id</source>
        <translation>la base de datos no devolvió el id del informe</translation>
    </message>
    <message>
        <source>a stored value of the pickup report of %1 cannot be read; the database may be damaged</source>
        <translation>no se puede leer un valor guardado del informe de pickup del %1; puede que la base de datos esté dañada</translation>
    </message>
    <message>
        <source>A change needs the name of the person making it; none was given.</source>
        <translation>Un cambio necesita el nombre de la persona que lo hace; no se indicó ninguno.</translation>
    </message>
    <message>
        <source>Could not check the contract database</source>
        <translation>No se pudo comprobar la base de datos de contratos</translation>
    </message>
    <message>
        <source>a row of table %1 refers to a missing row of table %2</source>
        <translation>una fila de la tabla %1 hace referencia a una fila inexistente de la tabla %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contracts have no valid version</source>
        <translation>
            <numerusform>%n contrato no tiene ninguna versión válida</numerusform>
            <numerusform>%n contratos no tienen ninguna versión válida</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the contract list</source>
        <translation>No se pudo leer la lista de contratos</translation>
    </message>
    <message>
        <source>Could not load the contract with id %1</source>
        <translation>No se pudo cargar el contrato con id %1</translation>
    </message>
    <message>
        <source>Could not load contract &quot;%1&quot;</source>
        <translation>No se pudo cargar el contrato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no contract with this reference is stored</source>
        <translation>no hay ningún contrato guardado con esta referencia</translation>
    </message>
    <message>
        <source>Could not read the contracts</source>
        <translation>No se pudieron leer los contratos</translation>
    </message>
    <message>
        <source>The contract was not saved: it needs a reference first.</source>
        <translation>El contrato no se guardó: primero necesita una referencia.</translation>
    </message>
    <message>
        <source>the expected version must not be negative</source>
        <translation>la versión esperada no puede ser negativa</translation>
    </message>
    <message>
        <source>The contract was not saved: it needs a reference.</source>
        <translation>El contrato no se guardó: necesita una referencia.</translation>
    </message>
    <message>
        <source>a stored contract has a version of 1 or more</source>
        <translation>la versión de un contrato guardado es 1 o más</translation>
    </message>
    <message numerus="yes">
        <source>Could not save %n new contracts</source>
        <translation>
            <numerusform>No se pudo guardar %n contrato nuevo</numerusform>
            <numerusform>No se pudieron guardar %n contratos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 None of the %n contracts was saved.</source>
        <extracomment>%1 is a message saying why a contract could not be saved.</extracomment>
        <translation>
            <numerusform>%1 No se guardó %n contrato.</numerusform>
            <numerusform>%1 No se guardó ninguno de los %n contratos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not import %n contracts</source>
        <translation>
            <numerusform>No se pudo importar %n contrato</numerusform>
            <numerusform>No se pudieron importar %n contratos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 None of the %n contracts was imported.</source>
        <extracomment>%1 is a message saying why a contract could not be imported.</extracomment>
        <translation>
            <numerusform>%1 No se importó %n contrato.</numerusform>
            <numerusform>%1 No se importó ninguno de los %n contratos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not rename the contract to &quot;%1&quot;</source>
        <translation>No se pudo renombrar el contrato como &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The contract was not renamed: the new reference is empty.</source>
        <translation>El contrato no se renombró: la nueva referencia está vacía.</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; was not renamed: a contract with the reference &quot;%2&quot; is already stored.</source>
        <translation>El contrato &quot;%1&quot; no se renombró: ya hay un contrato guardado con la referencia &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the contract changed while it was being renamed; reload it</source>
        <translation>el contrato cambió mientras se renombraba; recárguelo</translation>
    </message>
    <message>
        <source>Could not remove the contract with id %1</source>
        <translation>No se pudo eliminar el contrato con id %1</translation>
    </message>
    <message>
        <source>Could not remove contract &quot;%1&quot;</source>
        <translation>No se pudo eliminar el contrato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the contract changed while it was being removed; reload it</source>
        <translation>el contrato cambió mientras se eliminaba; recárguelo</translation>
    </message>
    <message>
        <source>Could not record the pickup report of %1</source>
        <translation>No se pudo registrar el informe de pickup del %1</translation>
    </message>
    <message>
        <source>Could not import the pickup report of %1</source>
        <translation>No se pudo importar el informe de pickup del %1</translation>
    </message>
    <message>
        <source>Could not remove the pickup report of %1</source>
        <translation>No se pudo eliminar el informe de pickup del %1</translation>
    </message>
    <message>
        <source>the contract has no pickup report of that date</source>
        <translation>el contrato no tiene ningún informe de pickup de esa fecha</translation>
    </message>
    <message>
        <source>Could not read the pickup reports</source>
        <translation>No se pudieron leer los informes de pickup</translation>
    </message>
    <message>
        <source>Could not save the scenario &quot;%1&quot;</source>
        <translation>No se pudo guardar el escenario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The scenario was not saved: it needs a name.</source>
        <translation>El escenario no se guardó: necesita un nombre.</translation>
    </message>
    <message>
        <source>the database did not return the scenario&apos;s id</source>
        <translation>la base de datos no devolvió el id del escenario</translation>
    </message>
    <message>
        <source>Could not remove the scenario &quot;%1&quot;</source>
        <translation>No se pudo eliminar el escenario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the contract has no scenario of that name</source>
        <translation>el contrato no tiene ningún escenario con ese nombre</translation>
    </message>
    <message>
        <source>Could not read the scenarios</source>
        <translation>No se pudieron leer los escenarios</translation>
    </message>
    <message>
        <source>Could not read the accounts</source>
        <translation>No se pudieron leer las cuentas</translation>
    </message>
    <message>
        <source>Could not read the sales managers</source>
        <translation>No se pudieron leer los gestores comerciales</translation>
    </message>
    <message>
        <source>a stored value of a sales manager&apos;s name cannot be read; the database may be damaged</source>
        <translation>no se puede leer un valor guardado del nombre de un gestor comercial; puede que la base de datos esté dañada</translation>
    </message>
    <message>
        <source>Could not read the history of account &quot;%1&quot;</source>
        <translation>No se pudo leer el historial de la cuenta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no account of that name is stored</source>
        <translation>no hay ninguna cuenta guardada con ese nombre</translation>
    </message>
    <message>
        <source>Could not read the audit trail</source>
        <translation>No se pudo leer el registro de auditoría</translation>
    </message>
    <message>
        <source>a stored value of an audit entry cannot be read; the database may be damaged</source>
        <translation>no se puede leer un valor guardado de una entrada de auditoría; puede que la base de datos esté dañada</translation>
    </message>
    <message>
        <source>%1 in %2: %3.</source>
        <extracomment>A problem with a database: %1 what could not be done, %2 the database, %3 why.</extracomment>
        <translation>%1 en %2: %3.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>A request refused before the database was asked: %1 what could not be done, %2 why.</extracomment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>another program is using the database and did not let go of it within %1 s; close the other program or try again in a moment</source>
        <translation>otro programa está usando la base de datos y no la liberó en %1 s; cierre el otro programa o vuelva a intentarlo dentro de un momento</translation>
    </message>
    <message>
        <source>the database cannot be written: the file or its folder is read-only, or it is on a read-only disk</source>
        <translation>no se puede escribir en la base de datos: el archivo o su carpeta son de solo lectura, o está en un disco de solo lectura</translation>
    </message>
    <message>
        <source>the system does not allow this program to write the database</source>
        <translation>el sistema no permite a este programa escribir en la base de datos</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from a backup</source>
        <translation>el archivo de la base de datos está dañado; restáurelo desde una copia de seguridad</translation>
    </message>
    <message>
        <source>the file is not a database (it may be damaged or of another kind)</source>
        <translation>el archivo no es una base de datos (puede estar dañado o ser de otro tipo)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>el disco informó de un error de entrada/salida</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>no se puede abrir el archivo de la base de datos</translation>
    </message>
    <message>
        <source>the change breaks a rule of the database</source>
        <translation>el cambio incumple una regla de la base de datos</translation>
    </message>
    <message>
        <source>the database reported an error</source>
        <translation>la base de datos informó de un error</translation>
    </message>
    <message>
        <source>the server refused the login; check the user name and password</source>
        <translation>el servidor rechazó el inicio de sesión; compruebe el nombre de usuario y la contraseña</translation>
    </message>
    <message>
        <source>the database does not exist on the server</source>
        <translation>la base de datos no existe en el servidor</translation>
    </message>
    <message>
        <source>the connection to the server failed; check the server address and that it is running</source>
        <translation>falló la conexión con el servidor; compruebe la dirección del servidor y que esté en funcionamiento</translation>
    </message>
    <message>
        <source>another session held the data and did not let go of it within %1 s; try again in a moment</source>
        <translation>otra sesión tenía bloqueados los datos y no los liberó en %1 s; vuelva a intentarlo dentro de un momento</translation>
    </message>
    <message>
        <source>the server stopped this change because of another one made at the same time; try again</source>
        <translation>el servidor detuvo este cambio por otro hecho al mismo tiempo; vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the server accepts no changes (it is read-only)</source>
        <translation>el servidor no acepta cambios (es de solo lectura)</translation>
    </message>
    <message>
        <source>this database user is not allowed to make the change</source>
        <translation>este usuario de la base de datos no tiene permiso para hacer el cambio</translation>
    </message>
    <message>
        <source>the server is out of disk space or memory</source>
        <translation>el servidor se ha quedado sin espacio en disco o sin memoria</translation>
    </message>
    <message>
        <source>the server reports damaged data</source>
        <translation>el servidor informa de datos dañados</translation>
    </message>
    <message>
        <source>the database lacks a table or column of contract storage</source>
        <translation>a la base de datos le falta una tabla o columna del almacenamiento de contratos</translation>
    </message>
    <message>
        <source>the server reported an error</source>
        <translation>el servidor informó de un error</translation>
    </message>
    <message>
        <source>%1 in %2: %3. (%4)</source>
        <extracomment>An error the database reported: %1 what could not be done, %2 the database, %3 why, %4 the database&apos;s own words.</extracomment>
        <translation>%1 en %2: %3. (%4)</translation>
    </message>
    <message>
        <source>the contracts are being read one by one on this connection; make changes after that reading has finished</source>
        <translation>los contratos se están leyendo uno a uno en esta conexión; haga los cambios cuando termine esa lectura</translation>
    </message>
    <message>
        <source>Could not roll back</source>
        <translation>No se pudo deshacer la transacción</translation>
    </message>
    <message numerus="yes">
        <source>Could not record %n pickup reports</source>
        <translation>
            <numerusform>No se pudo registrar %n informe de pickup</numerusform>
            <numerusform>No se pudieron registrar %n informes de pickup</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; was not archived</source>
        <translation>El contrato «%1» no se archivó</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; was not taken out of the archive</source>
        <translation>El contrato «%1» no se sacó del archivo</translation>
    </message>
    <message>
        <source>Could not rename the scenario &quot;%1&quot;</source>
        <translation>No se pudo cambiar el nombre del escenario «%1»</translation>
    </message>
    <message>
        <source>the contract has another scenario of that name</source>
        <translation>el contrato tiene otro escenario con ese nombre</translation>
    </message>
    <message>
        <source>Could not restore contract &quot;%1&quot;</source>
        <translation>No se pudo restaurar el contrato «%1»</translation>
    </message>
    <message>
        <source>The contract was not restored: it has no reference.</source>
        <translation>El contrato no se restauró: no tiene referencia.</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; was not restored: another contract has been stored under its reference since it was removed (last saved by %2 at %3).</source>
        <translation>El contrato «%1» no se restauró: desde que se eliminó se ha guardado otro contrato con su referencia (guardado por última vez por %2 el %3).</translation>
    </message>
    <message>
        <source>Could not archive the contract with id %1</source>
        <translation>No se pudo archivar el contrato con id %1</translation>
    </message>
    <message>
        <source>Could not unarchive the contract with id %1</source>
        <translation>No se pudo sacar del archivo el contrato con id %1</translation>
    </message>
    <message>
        <source>Could not archive contract &quot;%1&quot;</source>
        <translation>No se pudo archivar el contrato «%1»</translation>
    </message>
    <message>
        <source>Could not unarchive contract &quot;%1&quot;</source>
        <translation>No se pudo sacar del archivo el contrato «%1»</translation>
    </message>
    <message>
        <source>the contract changed while it was being archived; reload it</source>
        <translation>el contrato cambió mientras se archivaba; vuelva a cargarlo</translation>
    </message>
    <message>
        <source>the night of %1 is given twice: each night is entered once</source>
        <translation>la noche del %1 aparece dos veces: cada noche se introduce una sola vez</translation>
    </message>
    <message>
        <source>the capacity of %1 rooms for the night of %2 is negative</source>
        <translation>la capacidad de %1 habitaciones para la noche del %2 es negativa</translation>
    </message>
    <message>
        <source>the transient demand of %1 rooms for the night of %2 is negative</source>
        <translation>la demanda transient de %1 habitaciones para la noche del %2 es negativa</translation>
    </message>
    <message>
        <source>the net ADR %1 for the night of %2 has no currency</source>
        <translation>el ADR neto %1 de la noche del %2 no tiene moneda</translation>
    </message>
    <message>
        <source>the amount %1 for the night of %2 is negative</source>
        <translation>el importe %1 de la noche del %2 es negativo</translation>
    </message>
    <message>
        <source>the amount %1 for the night of %2 is not in %3, the currency of the other nights: an outlook is in one currency</source>
        <extracomment>%1 an amount with its currency, %2 a night, %3 the currency of the first night&apos;s net ADR.</extracomment>
        <translation>el importe %1 de la noche del %2 no está en %3, la moneda de las demás noches: una previsión está en una sola moneda</translation>
    </message>
    <message>
        <source>Could not read the outlook of &quot;%1&quot;</source>
        <translation>No se pudo leer la previsión de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a stored value of the outlook of &quot;%1&quot; cannot be read; the database may be damaged</source>
        <translation>no se puede leer un valor guardado de la previsión de &quot;%1&quot;; puede que la base de datos esté dañada</translation>
    </message>
    <message>
        <source>Could not save the outlook of &quot;%1&quot;</source>
        <translation>No se pudo guardar la previsión de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The outlook was not saved: it needs the name of its hotel.</source>
        <translation>La previsión no se guardó: necesita el nombre de su hotel.</translation>
    </message>
    <message>
        <source>The outlook of &quot;%1&quot; was not saved: %2</source>
        <extracomment>%1 a hotel, %2 what is wrong with one of the nights given.</extracomment>
        <translation>La previsión de &quot;%1&quot; no se guardó: %2</translation>
    </message>
    <message>
        <source>Could not read the hotels with an outlook</source>
        <translation>No se pudieron leer los hoteles con previsión</translation>
    </message>
    <message>
        <source>a stored value of a hotel&apos;s name cannot be read; the database may be damaged</source>
        <translation>no se puede leer un valor guardado del nombre de un hotel; puede que la base de datos esté dañada</translation>
    </message>
    <message>
        <source>the settlement of %1 grants a credit on %2, a contract of another account (%2: &quot;%4&quot;, %1: &quot;%3&quot;): a credit goes only to a contract of the same account</source>
        <extracomment>%1 and %2 are contract references, %3 and %4 account names.</extracomment>
        <translation>la liquidación de %1 concede un crédito en %2, un contrato de otra cuenta (%2: &quot;%4&quot;, %1: &quot;%3&quot;): un crédito solo puede ir a un contrato de la misma cuenta</translation>
    </message>
    <message>
        <source>a stored contract id cannot be read; the database may be damaged</source>
        <translation>no se puede leer un id de contrato guardado; puede que la base de datos esté dañada</translation>
    </message>
    <message>
        <source>Could not read the rebooking credits granted to contract &quot;%1&quot;</source>
        <translation>No se pudieron leer los créditos por nueva reserva concedidos al contrato &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a stored rebooking credit cannot be read; the database may be damaged</source>
        <translation>no se puede leer un crédito por nueva reserva guardado; puede que la base de datos esté dañada</translation>
    </message>
    <message>
        <source>the import was given up</source>
        <translation>se abandonó la importación</translation>
    </message>
    <message>
        <source>a stored night of the outlook cannot be read; the database may be damaged</source>
        <translation>una noche guardada de la previsión no se puede leer; la base de datos puede estar dañada</translation>
    </message>
    <message>
        <source>The outlook of &quot;%1&quot; was not saved: its nights are in %2, and the outlook stored for the hotel is in %3 (the night of %4 among others). An outlook is in one currency: give the nights in %3.</source>
        <extracomment>%1 a hotel, %2 and %3 currency codes, %4 a night.</extracomment>
        <translation>La previsión de &quot;%1&quot; no se guardó: sus noches están en %2, y la previsión guardada del hotel está en %3 (la noche del %4, entre otras). Una previsión está en una sola moneda: indique las noches en %3.</translation>
    </message>
    <message>
        <source>the pickup report of %1 of contract %2 keeps %3 rooms in all, but its entries add up to %4</source>
        <translation>el informe de pickup del %1 del contrato %2 guarda %3 habitaciones en total, pero sus entradas suman %4</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>%1
rooms</source>
        <translation>%1
habitaciones</translation>
    </message>
    <message>
        <source>%1 rooms held for the group on the night</source>
        <translation>Habitaciones %1 reservadas para el grupo esa noche</translation>
    </message>
    <message>
        <source>%1
rate</source>
        <translation>%1
tarifa</translation>
    </message>
    <message>
        <source>The group rate of a %1 room on the night</source>
        <translation>La tarifa de grupo de una habitación %1 esa noche</translation>
    </message>
    <message>
        <source>block entry</source>
        <translation>entrada del bloque</translation>
    </message>
    <message>
        <source>%1
picked up</source>
        <translation>%1
reservadas</translation>
    </message>
    <message>
        <source>%1 rooms the group reserved or occupied on the night</source>
        <translation>Habitaciones %1 que el grupo reservó u ocupó esa noche</translation>
    </message>
    <message>
        <source>Outside
block</source>
        <translation>Fuera del
bloque</translation>
    </message>
    <message>
        <source>Attendees an audit found staying outside the block</source>
        <translation>Asistentes que una auditoría encontró alojados fuera del bloque</translation>
    </message>
    <message>
        <source>Billed
no-shows</source>
        <translation>No-shows
facturados</translation>
    </message>
    <message>
        <source>No-shows the hotel billed</source>
        <translation>No-shows que el hotel facturó</translation>
    </message>
    <message>
        <source>Walked</source>
        <translation>Reubicados</translation>
    </message>
    <message>
        <source>Guests the hotel walked to another hotel</source>
        <translation>Huéspedes que el hotel reubicó en otro hotel</translation>
    </message>
    <message>
        <source>Hotel
occupancy</source>
        <translation>Ocupación
del hotel</translation>
    </message>
    <message>
        <source>The hotel&apos;s occupancy on the night (for resale credited only when sold out)</source>
        <translation>La ocupación del hotel esa noche (para la reventa acreditada solo con el hotel lleno)</translation>
    </message>
    <message>
        <source>pickup entry</source>
        <translation>entrada de pickup</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Room nights resold</source>
        <translation>Noches de habitación revendidas</translation>
    </message>
    <message>
        <source>Resale rate</source>
        <translation>Tarifa de reventa</translation>
    </message>
    <message>
        <source>The rate the hotel received for each resold room night</source>
        <translation>La tarifa que el hotel obtuvo por cada noche de habitación revendida</translation>
    </message>
    <message>
        <source>resale entry</source>
        <translation>entrada de reventa</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>By this date the group may reduce the block</source>
        <translation>Hasta esta fecha el grupo puede reducir el bloque</translation>
    </message>
    <message>
        <source>Largest reduction</source>
        <translation>Mayor reducción</translation>
    </message>
    <message>
        <source>The largest share of the original block the group may release by the date</source>
        <translation>La mayor parte del bloque original que el grupo puede liberar hasta la fecha</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>fecha de revisión</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Solicitada el</translation>
    </message>
    <message>
        <source>The date the group asked for the reduction; entries of one date form one request</source>
        <translation>La fecha en que el grupo pidió la reducción; las entradas de una misma fecha forman una solicitud</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Tipo de habitación</translation>
    </message>
    <message>
        <source>Block becomes</source>
        <translation>El bloque queda en</translation>
    </message>
    <message>
        <source>The rooms the block holds on the night after the reduction</source>
        <translation>Las habitaciones que el bloque mantiene esa noche tras la reducción</translation>
    </message>
    <message>
        <source>reduction</source>
        <translation>reducción</translation>
    </message>
    <message>
        <source>From days</source>
        <translation>Desde días</translation>
    </message>
    <message>
        <source>Notice received this many days before arrival or more</source>
        <translation>Aviso recibido con esta cantidad de días o más antes de la llegada</translation>
    </message>
    <message>
        <source>To days</source>
        <translation>Hasta días</translation>
    </message>
    <message>
        <source>Up to this many days before arrival; empty: and more</source>
        <translation>Hasta esta cantidad de días antes de la llegada; vacío: y más</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>The share of the basis owed</source>
        <translation>La parte de la base que se debe</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Habitaciones</translation>
    </message>
    <message>
        <source>The share of anticipated room revenue owed</source>
        <translation>La parte de los ingresos previstos por habitaciones que se debe</translation>
    </message>
    <message>
        <source>F&amp;B</source>
        <translation>A&amp;B</translation>
    </message>
    <message>
        <source>The share of the F&amp;B minimum owed</source>
        <translation>La parte del mínimo de alimentos y bebidas que se debe</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Sala de reuniones</translation>
    </message>
    <message>
        <source>The share of the meeting room rental owed</source>
        <translation>La parte del alquiler de la sala de reuniones que se debe</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>tramo</translation>
    </message>
    <message>
        <source>Pickup from</source>
        <translation>Pickup desde</translation>
    </message>
    <message>
        <source>The band applies from this share of the block picked up</source>
        <translation>La franja se aplica desde esta parte del bloque reservada</translation>
    </message>
    <message>
        <source>Rental charged</source>
        <translation>Alquiler cobrado</translation>
    </message>
    <message>
        <source>The share of the rental charged in the band</source>
        <translation>La parte del alquiler cobrada en la franja</translation>
    </message>
    <message>
        <source>band</source>
        <translation>franja</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>depósito</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NUEVO</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Grupo nuevo</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>pago</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>Rooms</source>
        <translation>Habitaciones</translation>
    </message>
    <message>
        <source>Food &amp; beverage</source>
        <translation>Alimentos y bebidas</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Sala de reuniones</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Comp rooms</source>
        <translation>Habitaciones de cortesía</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Depósitos</translation>
    </message>
    <message>
        <source>pickup %1 of the block on every night</source>
        <translation>pickup del %1 del bloque cada noche</translation>
    </message>
    <message>
        <source>pickup as given</source>
        <translation>pickup indicado</translation>
    </message>
    <message>
        <source>F&amp;B spend %1</source>
        <translation>consumo de alimentos y bebidas %1</translation>
    </message>
    <message>
        <source>resale as given</source>
        <translation>reventa indicada</translation>
    </message>
    <message>
        <source>cancellation notice received %1</source>
        <translation>aviso de cancelación recibido el %1</translation>
    </message>
    <message>
        <source>as if the group had not cancelled</source>
        <translation>como si el grupo no hubiera cancelado</translation>
    </message>
    <message>
        <source>prospect</source>
        <translation>prospecto</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>definite</source>
        <translation>definitivo</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>actualized</source>
        <translation>realizado</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Estancia</translation>
    </message>
    <message>
        <source>%1 to %2, 1 night</source>
        <translation>%1 a %2, 1 noche</translation>
    </message>
    <message>
        <source>%1 to %2, %3 nights</source>
        <translation>%1 a %2, %3 noches</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Evaluado</translation>
    </message>
    <message>
        <source>under the cancellation clause</source>
        <translation>según la cláusula de cancelación</translation>
    </message>
    <message>
        <source>under the attrition, F&amp;B and meeting room clauses</source>
        <translation>según las cláusulas de deserción, alimentos y bebidas y sala de reuniones</translation>
    </message>
    <message>
        <source>%1 contracted</source>
        <translation>%1 contratadas</translation>
    </message>
    <message>
        <source>, %1 after reductions</source>
        <translation>, %1 tras las reducciones</translation>
    </message>
    <message>
        <source>, %1 picked up, %2 counted (%3)</source>
        <translation>, %1 reservadas, %2 computadas (%3)</translation>
    </message>
    <message>
        <source>, %1 comp earned</source>
        <translation>, %1 de cortesía ganadas</translation>
    </message>
    <message>
        <source>Room nights</source>
        <translation>Noches de habitación</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>Total adeudado</translation>
    </message>
    <message>
        <source>Deposits applied</source>
        <translation>Depósitos aplicados</translation>
    </message>
    <message>
        <source>Net due</source>
        <translation>Neto a pagar</translation>
    </message>
    <message>
        <source>Deposit balance</source>
        <translation>Saldo de depósitos</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Totals (%1)</source>
        <translation>Totales (%1)</translation>
    </message>
    <message>
        <source>pickup</source>
        <translation>pickup</translation>
    </message>
    <message>
        <source>room damages</source>
        <translation>penalización de habitaciones</translation>
    </message>
    <message>
        <source>meeting room</source>
        <translation>sala de reuniones</translation>
    </message>
    <message>
        <source>total owed</source>
        <translation>total adeudado</translation>
    </message>
    <message>
        <source>Damages by pickup for %1, amounts in %2</source>
        <translation>Penalización según el pickup para %1, importes en %2</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>days before arrival</source>
        <translation>días antes de la llegada</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>Cancellation fee by notice date for %1, amounts in %2</source>
        <translation>Cargo por cancelación según la fecha del aviso para %1, importes en %2</translation>
    </message>
    <message>
        <source>F&amp;B spend</source>
        <translation>consumo A&amp;B</translation>
    </message>
    <message>
        <source>damages</source>
        <translation>penalización</translation>
    </message>
    <message>
        <source>F&amp;B damages by actual spend for %1, amounts in %2</source>
        <translation>Penalización de alimentos y bebidas según el consumo real para %1, importes en %2</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdido</translation>
    </message>
    <message>
        <source>Rebooking credits applied</source>
        <translation>Créditos por nueva reserva aplicados</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Enter an amount</source>
        <translation>Introduzca un importe</translation>
    </message>
    <message>
        <source>%1 is not an amount: write it like %2</source>
        <translation>%1 no es un importe: escríbalo como %2</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals</source>
        <translation>Los importes en %1 no tienen decimales</translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts have at most %n decimal(s)</source>
        <translation>
            <numerusform>Los importes en %1 tienen como máximo %n decimal</numerusform>
            <numerusform>Los importes en %1 tienen como máximo %n decimales</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 es demasiado grande</translation>
    </message>
    <message>
        <source>Enter a percentage</source>
        <translation>Introduzca un porcentaje</translation>
    </message>
    <message numerus="yes">
        <source>A percentage has at most %n decimal(s)</source>
        <translation>
            <numerusform>Un porcentaje tiene como máximo %n decimal</numerusform>
            <numerusform>Un porcentaje tiene como máximo %n decimales</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a percentage: write it like %2</source>
        <translation>%1 no es un porcentaje: escríbalo como %2</translation>
    </message>
    <message>
        <source>Enter a number</source>
        <translation>Introduzca un número</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 no es un número entero</translation>
    </message>
    <message>
        <source>Enter a date</source>
        <translation>Introduzca una fecha</translation>
    </message>
    <message>
        <source>%1 is not a valid date: write it like %2</source>
        <translation>%1 no es una fecha válida: escríbala como %2</translation>
    </message>
    <message>
        <source>Enter a number of rooms</source>
        <translation>Introduzca un número de habitaciones</translation>
    </message>
    <message>
        <source>Rooms have at most six decimals</source>
        <translation>Las habitaciones tienen como máximo seis decimales</translation>
    </message>
    <message>
        <source>%1 is not a number of rooms: write it like %2</source>
        <translation>%1 no es un número de habitaciones: escríbalo como %2</translation>
    </message>
</context>
<context>
    <name>attrition::ui</name>
    <message>
        <source>%1 must be from %2 to %3.</source>
        <translation>%1 debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>%1 must be above 0 and at most %2.</source>
        <translation>%1 debe ser mayor que 0 y como máximo %2.</translation>
    </message>
</context>
<context>
    <name>attrition::ui::AccountsModel</name>
    <message>
        <source>(no account)</source>
        <translation>(sin cuenta)</translation>
    </message>
    <message>
        <source>%1 ± %2 days</source>
        <translation>%1 ± %2 días</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>Rebooking overdue</source>
        <translation>Nueva reserva atrasada</translation>
    </message>
    <message>
        <source>Pickup falling</source>
        <translation>Pickup en descenso</translation>
    </message>
    <message>
        <source>Not at risk of not coming back.</source>
        <translation>Sin riesgo de no volver.</translation>
    </message>
    <message numerus="yes">
        <source>%1 arrived %n days ago</source>
        <translation>
            <numerusform>%1 llegó hace %n día</numerusform>
            <numerusform>%1 llegó hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No stay yet.</source>
        <translation>Aún sin estancias.</translation>
    </message>
    <message numerus="yes">
        <source>%1 arrives in %n days</source>
        <translation>
            <numerusform>%1 llega dentro de %n día</numerusform>
            <numerusform>%1 llega dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No stay booked.</source>
        <translation>Ninguna estancia reservada.</translation>
    </message>
    <message numerus="yes">
        <source>Rebooks every %1 days usually (the median of %n intervals), spread %2 days; from %3 to %4 days.</source>
        <translation>
            <numerusform>Suele volver a reservar cada %1 días (la mediana de %n intervalo), dispersión %2 días; de %3 a %4 días.</numerusform>
            <numerusform>Suele volver a reservar cada %1 días (la mediana de %n intervalos), dispersión %2 días; de %3 a %4 días.</numerusform>
        </translation>
    </message>
    <message>
        <source>No cycle yet (fewer than 2 events).</source>
        <translation>Aún sin ciclo (menos de 2 eventos).</translation>
    </message>
    <message>
        <source>Final pickup of the actualized events: %1 of %2 room nights blocked.</source>
        <translation>Pickup final de los eventos realizados: %1 de %2 noches de habitación en bloque.</translation>
    </message>
    <message>
        <source>The pickup of the last events with a final pickup, oldest first.</source>
        <translation>El pickup de los últimos eventos con pickup final, del más antiguo al más reciente.</translation>
    </message>
    <message>
        <source>Not recorded for a currency without the figure.</source>
        <translation>No registrado para una moneda sin la cifra.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Condonado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelados</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>The usual rebooking cycle: the median of the days between the arrivals of the account&apos;s events, ± the median distance from it.</source>
        <translation>El ciclo habitual de nueva reserva: la mediana de los días entre las llegadas de los eventos de la cuenta, ± la distancia mediana respecto a ella.</translation>
    </message>
    <message>
        <source>Room nights picked up of those blocked, over the actualized events (their final pickup).</source>
        <translation>Noches de habitación reservadas de las que estaban en bloque, en los eventos realizados (su pickup final).</translation>
    </message>
    <message>
        <source>The damages the engine assesses for the actualized and cancelled contracts, per currency: amounts in different currencies are never added.</source>
        <translation>La penalización que el motor calcula para los contratos realizados y cancelados, por moneda: los importes en monedas distintas nunca se suman.</translation>
    </message>
    <message>
        <source>What was collected or waived of the damages assessed, per currency, as the contracts&apos; settlements record it.</source>
        <translation>Lo cobrado o condonado de la penalización calculada, por moneda, tal como lo registran las liquidaciones de los contratos.</translation>
    </message>
    <message>
        <source>Contracts cancelled, or with a cancellation notice.</source>
        <translation>Contratos cancelados o con aviso de cancelación.</translation>
    </message>
    <message>
        <source>Why the account may not come back: its usual rebooking cycle has passed without a new contract, or its pickup fell for two events in a row.</source>
        <translation>Por qué la cuenta puede no volver: su ciclo habitual de nueva reserva ha pasado sin un contrato nuevo, o su pickup bajó en dos eventos seguidos.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n contracts (by arrival year: %2); cancelled %3, lost %4.</source>
        <translation>
            <numerusform>%1: %n contrato (por año de llegada: %2); cancelados %3, perdidos %4.</numerusform>
            <numerusform>%1: %n contratos (por año de llegada: %2); cancelados %3, perdidos %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Final pickup: %1 of %2 room nights blocked (%3) over %n actualized events.</source>
        <translation>
            <numerusform>Pickup final: %1 de %2 noches de habitación en bloque (%3) en %n evento realizado.</numerusform>
            <numerusform>Pickup final: %1 de %2 noches de habitación en bloque (%3) en %n eventos realizados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Final pickup: no actualized event.</source>
        <translation>Pickup final: ningún evento realizado.</translation>
    </message>
    <message numerus="yes">
        <source>On the books: %1 of %2 room nights blocked (%3) over %n events to come.</source>
        <translation>
            <numerusform>En libros: %1 de %2 noches de habitación en bloque (%3) en %n evento por venir.</numerusform>
            <numerusform>En libros: %1 de %2 noches de habitación en bloque (%3) en %n eventos por venir.</numerusform>
        </translation>
    </message>
    <message>
        <source>On the books: no event to come.</source>
        <translation>En libros: ningún evento por venir.</translation>
    </message>
    <message numerus="yes">
        <source>Last stay: %1 on %2, %n days ago.</source>
        <translation>
            <numerusform>Última estancia: %1 el %2, hace %n día.</numerusform>
            <numerusform>Última estancia: %1 el %2, hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last stay: none.</source>
        <translation>Última estancia: ninguna.</translation>
    </message>
    <message numerus="yes">
        <source>Next stay: %1 on %2, in %n days.</source>
        <translation>
            <numerusform>Próxima estancia: %1 el %2, dentro de %n día.</numerusform>
            <numerusform>Próxima estancia: %1 el %2, dentro de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next stay: none booked.</source>
        <translation>Próxima estancia: ninguna reservada.</translation>
    </message>
    <message>
        <source>Rebooking: every %1 days usually (the median of the intervals %2), spread %3 days (the median distance from it), from %4 to %5 days.</source>
        <translation>Nueva reserva: normalmente cada %1 días (la mediana de los intervalos %2), dispersión %3 días (la distancia mediana respecto a ella), de %4 a %5 días.</translation>
    </message>
    <message>
        <source>Rebooking: no cycle yet (fewer than 2 events).</source>
        <translation>Nueva reserva: aún sin ciclo (menos de 2 eventos).</translation>
    </message>
    <message>
        <source>Pickup trend (final pickups, oldest first): %1.</source>
        <translation>Tendencia del pickup (pickups finales, del más antiguo al más reciente): %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Damages assessed: none.</source>
        <translation>Penalización calculada: ninguna.</translation>
    </message>
    <message>
        <source>Damages assessed in %1: %2 (%3 actualized groups: %4; %5 cancelled: %6); collected: %7; waived: %8.</source>
        <translation>Penalización calculada en %1: %2 (%3 grupos realizados: %4; %5 cancelados: %6); cobrado: %7; condonado: %8.</translation>
    </message>
    <message>
        <source>At risk: %1</source>
        <translation>En riesgo: %1</translation>
    </message>
    <message>
        <source>Events (tentative, definite and actualized, by arrival):</source>
        <translation>Eventos (provisionales, definitivos y realizados, por llegada):</translation>
    </message>
    <message>
        <source>%1  %2  %3  picked up %4 of %5 room nights (%6), final</source>
        <translation>%1  %2  %3  pickup de %4 de %5 noches de habitación (%6), final</translation>
    </message>
    <message>
        <source>%1  %2  %3  picked up %4 of %5 room nights (%6) so far</source>
        <translation>%1  %2  %3  pickup de %4 de %5 noches de habitación (%6) hasta ahora</translation>
    </message>
    <message>
        <source>Last
stay</source>
        <translation>Última
estancia</translation>
    </message>
    <message>
        <source>Next
stay</source>
        <translation>Próxima
estancia</translation>
    </message>
    <message>
        <source>Rebooks
every</source>
        <translation>Reserva
cada</translation>
    </message>
    <message>
        <source>Final
pickup</source>
        <translation>Pickup
final</translation>
    </message>
    <message>
        <source>Pickup
trend</source>
        <translation>Tendencia
del pickup</translation>
    </message>
    <message>
        <source>Damages
assessed</source>
        <translation>Penalización
calculada</translation>
    </message>
</context>
<context>
    <name>attrition::ui::AccountsPanel</name>
    <message>
        <source>The accounts cannot be worked out: %1</source>
        <translation>No se pueden calcular las cuentas: %1</translation>
    </message>
    <message>
        <source>Accounts at &amp;risk only</source>
        <translation>Solo cuentas en &amp;riesgo</translation>
    </message>
    <message>
        <source>Only the accounts whose usual rebooking cycle has passed without a new contract, or whose pickup fell for two events in a row.</source>
        <translation>Solo las cuentas cuyo ciclo habitual de nueva reserva ha pasado sin un contrato nuevo, o cuyo pickup bajó en dos eventos seguidos.</translation>
    </message>
    <message>
        <source>The account chosen</source>
        <translation>La cuenta elegida</translation>
    </message>
    <message>
        <source>Show Contracts</source>
        <translation>Mostrar contratos</translation>
    </message>
    <message>
        <source>The account&apos;s contracts in the contract list</source>
        <translation>Los contratos de la cuenta en la lista de contratos</translation>
    </message>
    <message>
        <source>Open Latest Contract</source>
        <translation>Abrir el último contrato</translation>
    </message>
    <message>
        <source>The account&apos;s contract arriving last, in the editor</source>
        <translation>El contrato de la cuenta con la llegada más tardía, en el editor</translation>
    </message>
    <message>
        <source>Double-click an account to list its contracts; right-click for more.</source>
        <translation>Haga doble clic en una cuenta para ver sus contratos; clic derecho para más opciones.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contracts of every arrival date, standing on %1</source>
        <translation>
            <numerusform>%n contrato de todas las fechas de llegada, situación al %1</numerusform>
            <numerusform>%n contratos de todas las fechas de llegada, situación al %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk of not coming back</source>
        <translation>
            <numerusform>%n en riesgo de no volver</numerusform>
            <numerusform>%n en riesgo de no volver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contracts left out (the engine refuses them)</source>
        <translation>
            <numerusform>%n contrato excluido (el motor lo rechaza)</numerusform>
            <numerusform>%n contratos excluidos (el motor los rechaza)</numerusform>
        </translation>
    </message>
    <message>
        <source>read in %1 ms, computed in %2 ms</source>
        <translation>leído en %1 ms, calculado en %2 ms</translation>
    </message>
    <message>
        <source>Choose an account to read its events, its pickup and why it may not come back.</source>
        <translation>Elija una cuenta para leer sus eventos, su pickup y por qué puede no volver.</translation>
    </message>
    <message>
        <source>Show Contracts of %1</source>
        <translation>Mostrar contratos de %1</translation>
    </message>
    <message>
        <source>Open Latest Contract (%1)</source>
        <translation>Abrir el último contrato (%1)</translation>
    </message>
</context>
<context>
    <name>attrition::ui::AssessmentModel</name>
    <message numerus="yes">
        <source>%1: %n room night(s)</source>
        <translation>
            <numerusform>%1: %n noche de habitación</numerusform>
            <numerusform>%1: %n noches de habitación</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Room attrition</source>
        <translation>Deserción de habitaciones</translation>
    </message>
    <message>
        <source>Food &amp; beverage</source>
        <translation>Alimentos y bebidas</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Sala de reuniones</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Comp rooms</source>
        <translation>Habitaciones de cortesía</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Depósitos</translation>
    </message>
    <message>
        <source>Rebooking credits and deposits</source>
        <translation>Créditos por nueva reserva y depósitos</translation>
    </message>
    <message>
        <source>Rebooking credits</source>
        <translation>Créditos por nueva reserva</translation>
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
        <translation>Sin alertas: nada en las cifras de este grupo requiere revisarlo antes de su próxima fecha.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>%1 (%2-%3)</source>
        <translation>%1 (%2-%3)</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (in %n days): %3</source>
        <translation>
            <numerusform>%1 %2 (en %n día): %3</numerusform>
            <numerusform>%1 %2 (en %n días): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Pace behind</source>
        <translation>Ritmo por detrás</translation>
    </message>
    <message>
        <source>No pickup movement</source>
        <translation>Sin movimiento de pickup</translation>
    </message>
    <message>
        <source>Review below performance</source>
        <translation>Revisión por debajo del rendimiento</translation>
    </message>
    <message>
        <source>Cutoff passed unsold</source>
        <translation>Fecha límite pasada sin vender</translation>
    </message>
    <message>
        <source>F&amp;B below minimum</source>
        <translation>A&amp;B por debajo del mínimo</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Reservadas</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Forecast (P10-P90)</source>
        <translation>Previsión (P10-P90)</translation>
    </message>
    <message>
        <source>Expected damages (P10-P90)</source>
        <translation>Penalización esperada (P10-P90)</translation>
    </message>
    <message>
        <source>Next date and action</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>The risk order: the higher expected damages first, then more flags, then the earlier arrival.</source>
        <translation>El orden de riesgo: primero la penalización esperada más alta, después más alertas, después la llegada más próxima.</translation>
    </message>
    <message>
        <source>Points of the block ahead (+) or behind (-) comparable past groups at the same day before arrival.</source>
        <translation>Puntos del bloque por delante (+) o por detrás (-) de grupos anteriores comparables el mismo día antes de la llegada.</translation>
    </message>
    <message>
        <source>The forecast final pickup as a share of the block, with its P10-P90 range.</source>
        <translation>El pickup final previsto como porcentaje del bloque, con su rango P10-P90.</translation>
    </message>
    <message>
        <source>The expected attrition damages at arrival, with their P10-P90 range.</source>
        <translation>La penalización por deserción esperada a la llegada, con su rango P10-P90.</translation>
    </message>
</context>
<context>
    <name>attrition::ui::CancellationChart</name>
    <message>
        <source>Cancellation fee</source>
        <translation>Cargo por cancelación</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Notice received</source>
        <translation>Aviso recibido</translation>
    </message>
    <message>
        <source>Date the notice is received</source>
        <translation>Fecha de recepción del aviso</translation>
    </message>
    <message>
        <source>Fee, %1</source>
        <translation>Cargo, %1</translation>
    </message>
    <message>
        <source>The fee schedule appears once the contract can be assessed.</source>
        <translation>El calendario de cargos aparece cuando el contrato se puede evaluar.</translation>
    </message>
    <message>
        <source>The contract has no cancellation tiers.</source>
        <translation>El contrato no tiene tramos de cancelación.</translation>
    </message>
</context>
<context>
    <name>attrition::ui::CancellationScheduleModel</name>
    <message>
        <source>Notice from</source>
        <translation>Aviso desde</translation>
    </message>
    <message>
        <source>Notice to</source>
        <translation>Aviso hasta</translation>
    </message>
    <message>
        <source>Days before arrival</source>
        <translation>Días antes de la llegada</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>With tax</source>
        <translation>Con impuestos</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ChartsPanel</name>
    <message>
        <source>Damages</source>
        <translation>Penalización</translation>
    </message>
    <message>
        <source>Damages owed against pickup, 0% to 150% of the block</source>
        <translation>Penalización adeudada según el pickup, del 0 % al 150 % del bloque</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Noches</translation>
    </message>
    <message>
        <source>The block against the pickup, night by night</source>
        <translation>El bloque frente al pickup, noche a noche</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>The cancellation fee by the date notice is received</source>
        <translation>El cargo por cancelación según la fecha de recepción del aviso</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Show the figures behind the charts as tables</source>
        <translation>Mostrar como tablas las cifras de los gráficos</translation>
    </message>
    <message>
        <source>Show the charts</source>
        <translation>Mostrar los gráficos</translation>
    </message>
    <message>
        <source>Room nights picked up as of each stored pickup report, against the block and the cutoff, and the forecast to arrival</source>
        <translation>Noches de habitación reservadas en cada informe de pickup guardado, frente al bloqueo y la fecha límite, y el pronóstico hasta la llegada</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Pronóstico</translation>
    </message>
    <message>
        <source>How the pickup will likely end, what the group will likely owe, and what to release at the next review date</source>
        <translation>Cómo terminará probablemente el pickup, qué deberá probablemente el grupo y qué liberar en la próxima fecha de revisión</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ContractDocument</name>
    <message>
        <source>Contract %1 grants a rebooking credit of %2 on contract %3, which is in %4: a credit in another currency cannot be applied. Correct the credit in the settlement of %1.</source>
        <extracomment>%1 the contract granting the credit, %2 its amount, %3 the contract assessed, %4 its currency.</extracomment>
        <translation>El contrato %1 concede un crédito por nueva reserva de %2 en el contrato %3, que está en %4: no se puede aplicar un crédito en otra moneda. Corrija el crédito en la liquidación de %1.</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ContractEditor</name>
    <message>
        <source>Performance level:</source>
        <translation>Nivel de cumplimiento:</translation>
    </message>
    <message>
        <source>General terms</source>
        <translation>Condiciones generales</translation>
    </message>
    <message>
        <source>Room block</source>
        <translation>Bloque de habitaciones</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <source>Food &amp; beverage</source>
        <translation>Alimentos y bebidas</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Sala de reuniones</translation>
    </message>
    <message>
        <source>Attrition &amp; comps</source>
        <translation>Deserción y cortesías</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Depósitos</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>The organizer: an association or company</source>
        <translation>El organizador: una asociación o empresa</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Gestor comercial</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>Definite</source>
        <translation>Definitivo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Actualized</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Redondeo</translation>
    </message>
    <message>
        <source>Half up (commercial)</source>
        <translation>Mitad hacia arriba (comercial)</translation>
    </message>
    <message>
        <source>Half even (banker&apos;s)</source>
        <translation>Mitad al par (bancario)</translation>
    </message>
    <message>
        <source>Half down</source>
        <translation>Mitad hacia abajo</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hacia arriba</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Hacia abajo</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Techo</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Suelo</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>The nights of the stay run from arrival to the night before departure.</source>
        <translation>Las noches de la estancia van de la llegada a la noche anterior a la salida.</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Cutoff date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>No cutoff date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Rooms held per night and room type</source>
        <translation>Habitaciones reservadas por noche y tipo de habitación</translation>
    </message>
    <message>
        <source>Type or paste from a spreadsheet (Ctrl+V): rooms and rate for each room type. Delete clears cells.</source>
        <translation>Escriba o pegue desde una hoja de cálculo (Ctrl+V): habitaciones y tarifa de cada tipo de habitación. Supr borra las celdas.</translation>
    </message>
    <message>
        <source>Remove the selected room type</source>
        <translation>Eliminar el tipo de habitación seleccionado</translation>
    </message>
    <message>
        <source>Rename the selected room type</source>
        <translation>Renombrar el tipo de habitación seleccionado</translation>
    </message>
    <message>
        <source>Add a room type</source>
        <translation>Añadir un tipo de habitación</translation>
    </message>
    <message>
        <source>Night by night</source>
        <translation>Noche a noche</translation>
    </message>
    <message>
        <source>The block after honoured reductions against the pickup the contract counts, and the rooms the performance level requires of each night.</source>
        <translation>El bloque tras las reducciones aceptadas frente al pickup que computa el contrato, y las habitaciones que el nivel de cumplimiento exige cada noche.</translation>
    </message>
    <message>
        <source>Review schedule</source>
        <translation>Calendario de revisiones</translation>
    </message>
    <message>
        <source>By each date the group may reduce the block by up to a share of the original block.</source>
        <translation>Hasta cada fecha el grupo puede reducir el bloque hasta una parte del bloque original.</translation>
    </message>
    <message>
        <source>No review dates: the group may not reduce the block. Add one with +.</source>
        <translation>Sin fechas de revisión: el grupo no puede reducir el bloque. Añada una con +.</translation>
    </message>
    <message>
        <source>Block reductions</source>
        <translation>Reducciones del bloque</translation>
    </message>
    <message>
        <source>What the group asked to release, per night and room type. Entries requested on one date form one request; the damages panel says which were honoured.</source>
        <translation>Lo que el grupo pidió liberar, por noche y tipo de habitación. Las entradas solicitadas en una misma fecha forman una solicitud; el panel de penalizaciones indica cuáles se aceptaron.</translation>
    </message>
    <message>
        <source>No reductions requested. Add one with +.</source>
        <translation>No se han solicitado reducciones. Añada una con +.</translation>
    </message>
    <message>
        <source>Rooms picked up per night</source>
        <translation>Habitaciones reservadas por noche</translation>
    </message>
    <message>
        <source>Type, paste from a spreadsheet, or import a property system&apos;s pickup report. Audit credits and the hotel&apos;s occupancy are per night.</source>
        <translation>Escriba, pegue desde una hoja de cálculo o importe el informe de pickup de un sistema de gestión hotelera. Los créditos de auditoría y la ocupación del hotel son por noche.</translation>
    </message>
    <message>
        <source>Import a pickup report (CSV)</source>
        <translation>Importar un informe de pickup (CSV)</translation>
    </message>
    <message>
        <source>Rooms the hotel resold</source>
        <translation>Habitaciones que el hotel revendió</translation>
    </message>
    <message>
        <source>Credited against the damages as the attrition clause says.</source>
        <translation>Se acreditan contra la penalización según dice la cláusula de deserción.</translation>
    </message>
    <message>
        <source>No rooms resold. Add a night with +.</source>
        <translation>No hay habitaciones revendidas. Añada una noche con +.</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>The least food and beverage revenue the group commits to, before tax and service charge.</source>
        <translation>Los ingresos mínimos de alimentos y bebidas que el grupo se compromete a generar, antes de impuestos y cargo por servicio.</translation>
    </message>
    <message>
        <source>F&amp;B minimum</source>
        <translation>Mínimo de alimentos y bebidas</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <source>F&amp;B allowance</source>
        <translation>Tolerancia de alimentos y bebidas</translation>
    </message>
    <message>
        <source>Actual spend</source>
        <translation>Consumo real</translation>
    </message>
    <message>
        <source>F&amp;B actual spend</source>
        <translation>Consumo real de alimentos y bebidas</translation>
    </message>
    <message>
        <source>Damages factor</source>
        <translation>Factor de penalización</translation>
    </message>
    <message>
        <source>F&amp;B damages factor</source>
        <translation>Factor de penalización de alimentos y bebidas</translation>
    </message>
    <message>
        <source>Service charge and tax</source>
        <translation>Cargo por servicio e impuestos</translation>
    </message>
    <message>
        <source>Service charge</source>
        <translation>Cargo por servicio</translation>
    </message>
    <message>
        <source>Add the service charge to the damages</source>
        <translation>Añadir el cargo por servicio a la penalización</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tipo impositivo</translation>
    </message>
    <message>
        <source>F&amp;B tax</source>
        <translation>Impuesto de alimentos y bebidas</translation>
    </message>
    <message>
        <source>Tax the damages</source>
        <translation>Gravar la penalización</translation>
    </message>
    <message>
        <source>Tax the service charge</source>
        <translation>Gravar el cargo por servicio</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>Alquiler</translation>
    </message>
    <message>
        <source>Meeting room rental</source>
        <translation>Alquiler de la sala de reuniones</translation>
    </message>
    <message>
        <source>With attrition</source>
        <translation>Con la deserción</translation>
    </message>
    <message>
        <source>Meeting room policy</source>
        <translation>Política de la sala de reuniones</translation>
    </message>
    <message>
        <source>Owed besides room attrition</source>
        <translation>Se debe además de la deserción de habitaciones</translation>
    </message>
    <message>
        <source>The greater of the two</source>
        <translation>El mayor de los dos</translation>
    </message>
    <message>
        <source>Instead of room attrition</source>
        <translation>En lugar de la deserción de habitaciones</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Sujeto a impuestos</translation>
    </message>
    <message>
        <source>Meeting room tax</source>
        <translation>Impuesto de la sala de reuniones</translation>
    </message>
    <message>
        <source>Scale by room pickup</source>
        <translation>Escala según el pickup de habitaciones</translation>
    </message>
    <message>
        <source>The band with the highest pickup the group reaches sets the share of the rental charged. Without bands the rental is ordinary rent, not assessed here.</source>
        <translation>La franja con el mayor pickup que alcanza el grupo fija la parte del alquiler que se cobra. Sin franjas el alquiler es un alquiler ordinario, que no se evalúa aquí.</translation>
    </message>
    <message>
        <source>No scale: the rental is not assessed here. Add a band with +.</source>
        <translation>Sin escala: el alquiler no se evalúa aquí. Añada una franja con +.</translation>
    </message>
    <message>
        <source>Room attrition</source>
        <translation>Deserción de habitaciones</translation>
    </message>
    <message>
        <source>The contract has an attrition clause</source>
        <translation>El contrato tiene cláusula de deserción</translation>
    </message>
    <message>
        <source>Performance level</source>
        <translation>Nivel de cumplimiento</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Evaluado</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Cumulatively, all nights summed</source>
        <translation>Acumulada, todas las noches sumadas</translation>
    </message>
    <message>
        <source>Rooms above the block offset other nights&apos; shortfalls</source>
        <translation>Las habitaciones por encima del bloque compensan el déficit de otras noches</translation>
    </message>
    <message>
        <source>Required rooms</source>
        <translation>Habitaciones requeridas</translation>
    </message>
    <message>
        <source>Rounding of the required rooms</source>
        <translation>Redondeo de las habitaciones requeridas</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exacto</translation>
    </message>
    <message>
        <source>Rounded up</source>
        <translation>Hacia arriba</translation>
    </message>
    <message>
        <source>Rounded down</source>
        <translation>Hacia abajo</translation>
    </message>
    <message>
        <source>Room damages factor</source>
        <translation>Factor de penalización de habitaciones</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Rate basis</source>
        <translation>Base de tarifa</translation>
    </message>
    <message>
        <source>Each night&apos;s own rate</source>
        <translation>La tarifa propia de cada noche</translation>
    </message>
    <message>
        <source>The block&apos;s average rate</source>
        <translation>La tarifa media del bloque</translation>
    </message>
    <message>
        <source>Resale and credits</source>
        <translation>Reventa y créditos</translation>
    </message>
    <message>
        <source>Resale credit</source>
        <translation>Crédito por reventa</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>By count of room nights</source>
        <translation>Por número de noches de habitación</translation>
    </message>
    <message>
        <source>By revenue, capped at the rate</source>
        <translation>Por ingresos, con límite en la tarifa</translation>
    </message>
    <message>
        <source>Only when occupancy reaches</source>
        <translation>Solo cuando la ocupación alcanza</translation>
    </message>
    <message>
        <source>Resale credited from occupancy</source>
        <translation>Reventa acreditada desde la ocupación</translation>
    </message>
    <message>
        <source>Every night</source>
        <translation>Todas las noches</translation>
    </message>
    <message>
        <source>Count bookings found outside the block</source>
        <translation>Computar reservas encontradas fuera del bloque</translation>
    </message>
    <message>
        <source>Count billed no-shows</source>
        <translation>Computar no-shows facturados</translation>
    </message>
    <message>
        <source>Count walked guests</source>
        <translation>Computar huéspedes reubicados</translation>
    </message>
    <message>
        <source>Cap and tax</source>
        <translation>Límite e impuestos</translation>
    </message>
    <message>
        <source>Damages cap</source>
        <translation>Límite de la penalización</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Charge no more rooms on a night than it blocked</source>
        <translation>No cobrar en una noche más habitaciones de las bloqueadas</translation>
    </message>
    <message>
        <source>Tax the room damages</source>
        <translation>Gravar la penalización de habitaciones</translation>
    </message>
    <message>
        <source>Tax on room damages</source>
        <translation>Impuesto sobre la penalización de habitaciones</translation>
    </message>
    <message>
        <source>Comp rooms</source>
        <translation>Habitaciones de cortesía</translation>
    </message>
    <message>
        <source>Complimentary room nights earned by ratio, rounded down.</source>
        <translation>Noches de habitación de cortesía ganadas por proporción, redondeadas hacia abajo.</translation>
    </message>
    <message>
        <source>One per</source>
        <translation>Una por cada</translation>
    </message>
    <message>
        <source>Comp ratio</source>
        <translation>Proporción de cortesía</translation>
    </message>
    <message>
        <source>Earned night by night</source>
        <translation>Ganadas noche a noche</translation>
    </message>
    <message>
        <source>Comp rooms count toward pickup</source>
        <translation>Las habitaciones de cortesía cuentan para el pickup</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>With a notice date the contract is assessed under the cancellation clause instead of attrition.</source>
        <translation>Con una fecha de aviso el contrato se evalúa según la cláusula de cancelación en lugar de la de deserción.</translation>
    </message>
    <message>
        <source>Notice received</source>
        <translation>Aviso recibido</translation>
    </message>
    <message>
        <source>Cancellation notice</source>
        <translation>Aviso de cancelación</translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation>No cancelado</translation>
    </message>
    <message>
        <source>Cancelled by force majeure</source>
        <translation>Cancelado por fuerza mayor</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Cláusula</translation>
    </message>
    <message>
        <source>Fee basis</source>
        <translation>Base del cargo</translation>
    </message>
    <message>
        <source>Cancellation basis</source>
        <translation>Base de cancelación</translation>
    </message>
    <message>
        <source>Anticipated room revenue</source>
        <translation>Ingresos previstos por habitaciones</translation>
    </message>
    <message>
        <source>Total anticipated revenue</source>
        <translation>Ingresos previstos totales</translation>
    </message>
    <message>
        <source>A share of each component</source>
        <translation>Una parte de cada componente</translation>
    </message>
    <message>
        <source>Round the fee to whole currency units</source>
        <translation>Redondear el cargo a unidades enteras de la moneda</translation>
    </message>
    <message>
        <source>Credit rooms the hotel resold</source>
        <translation>Acreditar las habitaciones que el hotel revendió</translation>
    </message>
    <message>
        <source>Waived on force majeure</source>
        <translation>Condonado por fuerza mayor</translation>
    </message>
    <message>
        <source>Cancellation tax</source>
        <translation>Impuesto de cancelación</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tramos</translation>
    </message>
    <message>
        <source>Days before arrival the notice was received, and the share of the basis owed. Leave &quot;To days&quot; empty on the open-ended tier.</source>
        <translation>Días antes de la llegada en que se recibió el aviso, y la parte de la base que se debe. Deje «Hasta días» vacío en el tramo abierto.</translation>
    </message>
    <message>
        <source>No tiers: the contract has no cancellation clause. Add one with +.</source>
        <translation>Sin tramos: el contrato no tiene cláusula de cancelación. Añada uno con +.</translation>
    </message>
    <message>
        <source>Deposits received</source>
        <translation>Depósitos recibidos</translation>
    </message>
    <message>
        <source>Applied, in this order, to whatever the group owes.</source>
        <translation>Se aplican, en este orden, a lo que deba el grupo.</translation>
    </message>
    <message>
        <source>No deposits received. Add one with +.</source>
        <translation>No se han recibido depósitos. Añada uno con +.</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s): %1 to %2</source>
        <translation>
            <numerusform>%n noche: %1 a %2</numerusform>
            <numerusform>%n noches: %1 a %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; room nights &amp;nbsp;·&amp;nbsp; peak night %2 with %3 rooms &amp;nbsp;·&amp;nbsp; room revenue &lt;b&gt;%4&lt;/b&gt; &amp;nbsp;·&amp;nbsp; average rate %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; noches de habitación &amp;nbsp;·&amp;nbsp; noche pico %2 con %3 habitaciones &amp;nbsp;·&amp;nbsp; ingresos por habitaciones &lt;b&gt;%4&lt;/b&gt; &amp;nbsp;·&amp;nbsp; tarifa media %5</translation>
    </message>
    <message>
        <source>No rooms are blocked yet.</source>
        <translation>Aún no hay habitaciones bloqueadas.</translation>
    </message>
    <message>
        <source>Picked up &lt;b&gt;%1&lt;/b&gt; room nights; counted with credits &lt;b&gt;%2&lt;/b&gt; of a block of %3: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Reservadas &lt;b&gt;%1&lt;/b&gt; noches de habitación; computadas con créditos &lt;b&gt;%2&lt;/b&gt; de un bloque de %3: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add Room Type</source>
        <translation>Añadir tipo de habitación</translation>
    </message>
    <message>
        <source>Room type code (for example KING or DBL):</source>
        <translation>Código del tipo de habitación (por ejemplo KING o DBL):</translation>
    </message>
    <message>
        <source>The block already has the room type %1</source>
        <translation>El bloque ya tiene el tipo de habitación %1</translation>
    </message>
    <message>
        <source>Add room type %1</source>
        <translation>Añadir el tipo de habitación %1</translation>
    </message>
    <message>
        <source>Select a cell of the room type to rename</source>
        <translation>Seleccione una celda del tipo de habitación que quiere renombrar</translation>
    </message>
    <message>
        <source>Rename Room Type</source>
        <translation>Renombrar tipo de habitación</translation>
    </message>
    <message>
        <source>New code for %1:</source>
        <translation>Nuevo código para %1:</translation>
    </message>
    <message>
        <source>Rename room type %1</source>
        <translation>Renombrar el tipo de habitación %1</translation>
    </message>
    <message>
        <source>Select a cell of the room type to remove</source>
        <translation>Seleccione una celda del tipo de habitación que quiere eliminar</translation>
    </message>
    <message>
        <source>Remove room type %1</source>
        <translation>Eliminar el tipo de habitación %1</translation>
    </message>
    <message>
        <source>Removed the room type %1 (Undo brings it back)</source>
        <translation>Se eliminó el tipo de habitación %1 (Deshacer lo recupera)</translation>
    </message>
    <message>
        <source>Remove the room type %1 with its %2 blocked room nights and %3 picked up?</source>
        <translation>¿Eliminar el tipo de habitación %1 con sus %2 noches de habitación bloqueadas y %3 reservadas?</translation>
    </message>
    <message>
        <source>Remove Room Type</source>
        <translation>Eliminar tipo de habitación</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Keep these values as the contract&apos;s own terms</source>
        <translation>Conservar estos valores como condiciones del contrato</translation>
    </message>
    <message>
        <source>Confirm the defaults of %1</source>
        <translation>Confirmar los valores predeterminados de %1</translation>
    </message>
    <message>
        <source>Confirmed as the contract&apos;s terms (Undo takes it back)</source>
        <translation>Confirmado como condiciones del contrato (Deshacer lo revierte)</translation>
    </message>
    <message>
        <source>the cancellation tiers</source>
        <translation>los tramos de cancelación</translation>
    </message>
    <message>
        <source>These values are the program&apos;s defaults, not yet confirmed from the contract: %1. Change them to the contract&apos;s own, or confirm them as they are.</source>
        <extracomment>%1 lists the values, e.g. &quot;the cancellation tiers, Cancellation basis&quot;.</extracomment>
        <translation>Estos valores son los predeterminados del programa, aún no confirmados en el contrato: %1. Cámbielos por los del contrato o confírmelos tal como están.</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Motivo de pérdida</translation>
    </message>
    <message>
        <source>Not lost</source>
        <translation>No perdido</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Lost note</source>
        <translation>Nota de pérdida</translation>
    </message>
    <message>
        <source>Why the business was lost</source>
        <translation>Por qué se perdió el negocio</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Liquidación</translation>
    </message>
    <message>
        <source>What became of the damages: the amount agreed with the client, the invoice, what was waived and the credit granted on a future contract of the account.</source>
        <translation>Qué fue de la penalización: el importe acordado con el cliente, la factura, lo condonado y el crédito concedido en un contrato futuro de la cuenta.</translation>
    </message>
    <message>
        <source>Damages agreed</source>
        <translation>Penalización acordada</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Aún no acordada</translation>
    </message>
    <message>
        <source>Invoiced on</source>
        <translation>Facturada el</translation>
    </message>
    <message>
        <source>Not invoiced</source>
        <translation>Sin facturar</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Número de factura</translation>
    </message>
    <message>
        <source>As on the invoice</source>
        <translation>Como en la factura</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Condonado</translation>
    </message>
    <message>
        <source>Waiver reason</source>
        <translation>Motivo de la condonación</translation>
    </message>
    <message>
        <source>Why it was waived</source>
        <translation>Por qué se condonó</translation>
    </message>
    <message>
        <source>Credit on a future contract</source>
        <translation>Crédito en un contrato futuro</translation>
    </message>
    <message>
        <source>Credit to contract</source>
        <translation>Crédito al contrato</translation>
    </message>
    <message>
        <source>Reference of the contract credited</source>
        <translation>Referencia del contrato que recibe el crédito</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Pagos recibidos</translation>
    </message>
    <message>
        <source>What the client paid towards the damages, and when.</source>
        <translation>Lo que el cliente pagó a cuenta de la penalización, y cuándo.</translation>
    </message>
    <message>
        <source>Nothing collected yet. Add a payment with +.</source>
        <translation>Aún no se ha cobrado nada. Añada un pago con +.</translation>
    </message>
    <message>
        <source>Waiver and credit</source>
        <translation>Condonación y crédito</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not assessed&lt;/b&gt;: no damages have been agreed with the client yet.</source>
        <translation>&lt;b&gt;Sin acordar&lt;/b&gt;: aún no se ha acordado ninguna penalización con el cliente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assessed&lt;/b&gt;: the damages are agreed with the client, not invoiced yet.</source>
        <translation>&lt;b&gt;Acordada&lt;/b&gt;: la penalización está acordada con el cliente, aún sin facturar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invoiced&lt;/b&gt;: nothing has been collected yet.</source>
        <translation>&lt;b&gt;Facturada&lt;/b&gt;: aún no se ha cobrado nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partly collected&lt;/b&gt;: some of the damages are paid, the rest is still to collect.</source>
        <translation>&lt;b&gt;Cobrada en parte&lt;/b&gt;: parte de la penalización está pagada, el resto queda por cobrar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Collected&lt;/b&gt;: the damages agreed are paid in full.</source>
        <translation>&lt;b&gt;Cobrada&lt;/b&gt;: la penalización acordada está pagada en su totalidad.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waived&lt;/b&gt;: the hotel waived the damages agreed in full.</source>
        <translation>&lt;b&gt;Condonada&lt;/b&gt;: el hotel condonó la totalidad de la penalización acordada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Settled&lt;/b&gt;: nothing is left open; what was not paid was waived.</source>
        <translation>&lt;b&gt;Liquidada&lt;/b&gt;: no queda nada pendiente; lo que no se pagó se condonó.</translation>
    </message>
    <message>
        <source>The payments cannot be added up until their problems are corrected.</source>
        <translation>Los pagos no se pueden sumar hasta que se corrijan sus problemas.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n pago</numerusform>
            <numerusform>%n pagos</numerusform>
        </translation>
    </message>
    <message>
        <source>Collected &lt;b&gt;%1&lt;/b&gt; (%2) of %3 agreed &amp;nbsp;·&amp;nbsp; waived %4 &amp;nbsp;·&amp;nbsp; left to collect &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>Cobrado &lt;b&gt;%1&lt;/b&gt; (%2) de %3 acordado &amp;nbsp;·&amp;nbsp; condonado %4 &amp;nbsp;·&amp;nbsp; pendiente de cobro &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Collected &lt;b&gt;%1&lt;/b&gt; (%2); nothing is left to collect until the damages are agreed.</source>
        <translation>Cobrado &lt;b&gt;%1&lt;/b&gt; (%2); no queda nada por cobrar hasta que se acuerde la penalización.</translation>
    </message>
    <message>
        <source>Attrition clause</source>
        <translation>Cláusula de deserción</translation>
    </message>
    <message>
        <source>Attrition assessment</source>
        <translation>Evaluación de la deserción</translation>
    </message>
    <message>
        <source>Attrition rate basis</source>
        <translation>Base de tarifa de la deserción</translation>
    </message>
    <message>
        <source>Cancellation fee waived on force majeure</source>
        <translation>Cargo de cancelación condonado por fuerza mayor</translation>
    </message>
    <message>
        <source>Damages invoiced on</source>
        <translation>Penalización facturada el</translation>
    </message>
    <message>
        <source>Damages waived</source>
        <translation>Penalización condonada</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ContractListModel</name>
    <message>
        <source>Cannot be assessed: %1</source>
        <translation>No se puede evaluar: %1</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (y %n más)</numerusform>
            <numerusform> (y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>Definite</source>
        <translation>Definitivo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Actualized</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>What the group would owe if assessed today, before deposits (not sortable: worked out for the rows shown)</source>
        <translation>Lo que debería el grupo si se evaluara hoy, antes de depósitos (no ordenable: se calcula para las filas visibles)</translation>
    </message>
    <message>
        <source>Worked out for the rows shown; the list cannot be sorted by it</source>
        <translation>Se calcula para las filas visibles; la lista no se puede ordenar por esta columna</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Gestor comercial</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Noches</translation>
    </message>
    <message>
        <source>Room
nights</source>
        <translation>Noches de
habitación</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <extracomment>An archived contract&apos;s status in the contract list: %1 the status (&quot;Definite&quot;).</extracomment>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ContractListPanel</name>
    <message>
        <source>Search group, reference, account, hotel…</source>
        <translation>Buscar grupo, referencia, cuenta, hotel…</translation>
    </message>
    <message>
        <source>Show contracts of one status</source>
        <translation>Mostrar contratos de un estado</translation>
    </message>
    <message>
        <source>Show one sales manager&apos;s contracts</source>
        <translation>Mostrar los contratos de un gestor comercial</translation>
    </message>
    <message>
        <source>Show one account&apos;s contracts</source>
        <translation>Mostrar los contratos de una cuenta</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All sales managers</source>
        <translation>Todos los gestores</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln contrato</numerusform>
            <numerusform>%Ln contratos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contract(s)</source>
        <translation>
            <numerusform>%1 de %Ln contrato</numerusform>
            <numerusform>%1 de %Ln contratos</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrival Dates</source>
        <translation>Fechas de llegada</translation>
    </message>
    <message>
        <source>Arriving &amp;from:</source>
        <translation>Llegada &amp;desde:</translation>
    </message>
    <message>
        <source>Arriving &amp;to:</source>
        <translation>Llegada &amp;hasta:</translation>
    </message>
    <message>
        <source>The last arrival date is before the first.</source>
        <translation>La última fecha de llegada es anterior a la primera.</translation>
    </message>
    <message>
        <source>Show contracts arriving soon, in a quarter, a month or between two dates</source>
        <translation>Mostrar los contratos que llegan pronto, en un trimestre, un mes o entre dos fechas</translation>
    </message>
    <message>
        <source>Any arrival date</source>
        <translation>Cualquier fecha de llegada</translation>
    </message>
    <message>
        <source>Arriving in the next 30 days</source>
        <translation>Llegan en los próximos 30 días</translation>
    </message>
    <message>
        <source>Arriving in the next 90 days</source>
        <translation>Llegan en los próximos 90 días</translation>
    </message>
    <message>
        <source>Arriving this quarter</source>
        <translation>Llegan este trimestre</translation>
    </message>
    <message>
        <source>Arriving next quarter</source>
        <translation>Llegan el próximo trimestre</translation>
    </message>
    <message>
        <source>Arriving %1 to %2</source>
        <translation>Llegan del %1 al %2</translation>
    </message>
    <message>
        <source>Arrival dates…</source>
        <translation>Fechas de llegada…</translation>
    </message>
    <message>
        <source>Show &amp;archived contracts</source>
        <translation>Mostrar contratos &amp;archivados</translation>
    </message>
    <message>
        <source>Archived contracts are hidden from the list unless this is checked</source>
        <translation>Los contratos archivados no aparecen en la lista salvo que se marque esta opción</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(sin cuenta)</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ContractTableModel</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n %1(s)</source>
        <translation>
            <numerusform>Eliminar %1 (%n)</numerusform>
            <numerusform>Eliminar %1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Nada que pegar</translation>
    </message>
    <message>
        <source>%1 cannot be edited</source>
        <translation>%1 no se puede editar</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2 needs a value</source>
        <translation>%1, %2 necesita un valor</translation>
    </message>
    <message>
        <source>The pasted cells (%1 rows, %2 columns) do not fit in the table from here</source>
        <translation>Las celdas pegadas (%1 filas, %2 columnas) no caben en la tabla desde aquí</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Pegar %n celda</numerusform>
            <numerusform>Pegar %n celdas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Borrar %n celda</numerusform>
            <numerusform>Borrar %n celdas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attrition::ui::CurrencyField</name>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code</source>
        <translation>%1 no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <source>Some amounts have more decimals than %1 allows</source>
        <translation>Algunos importes tienen más decimales de los que admite %1</translation>
    </message>
</context>
<context>
    <name>attrition::ui::DamagesCurveChart</name>
    <message>
        <source>Total owed</source>
        <translation>Total adeudado</translation>
    </message>
    <message>
        <source>Room attrition</source>
        <translation>Deserción de habitaciones</translation>
    </message>
    <message>
        <source>Pickup, % of the block</source>
        <translation>Pickup, % del bloque</translation>
    </message>
    <message>
        <source>The curve appears once the contract can be assessed.</source>
        <translation>La curva aparece cuando el contrato se puede evaluar.</translation>
    </message>
    <message>
        <source>Owed, %1</source>
        <translation>Adeudado, %1</translation>
    </message>
    <message>
        <source>Performance level %1</source>
        <translation>Nivel de cumplimiento %1</translation>
    </message>
    <message>
        <source>%1 performance level</source>
        <translation>Nivel de cumplimiento %1</translation>
    </message>
    <message>
        <source>Now: %1 picked up</source>
        <translation>Ahora: %1 reservado</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Ahora %1</translation>
    </message>
</context>
<context>
    <name>attrition::ui::DamagesPanel</name>
    <message>
        <source>Cannot assess</source>
        <translation>No se puede evaluar</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct before the damages can be assessed.</source>
        <translation>
            <numerusform>%n problema que corregir antes de poder evaluar la penalización.</numerusform>
            <numerusform>%n problemas que corregir antes de poder evaluar la penalización.</numerusform>
        </translation>
    </message>
    <message>
        <source>The engine could not assess the contract: %1</source>
        <translation>El motor no pudo evaluar el contrato: %1</translation>
    </message>
    <message>
        <source>Show the field</source>
        <translation>Mostrar el campo</translation>
    </message>
    <message>
        <source>Net due (deposits exceed)</source>
        <translation>Neto a pagar (los depósitos superan)</translation>
    </message>
    <message>
        <source>Net due</source>
        <translation>Neto a pagar</translation>
    </message>
    <message>
        <source>Assessed under the cancellation clause</source>
        <translation>Evaluado según la cláusula de cancelación</translation>
    </message>
    <message>
        <source>Assessed under the attrition, F&amp;B and meeting room clauses</source>
        <translation>Evaluado según las cláusulas de deserción, alimentos y bebidas y sala de reuniones</translation>
    </message>
    <message>
        <source>Block %1 room nights · notice received %2</source>
        <translation>Bloque %1 noches de habitación · aviso recibido el %2</translation>
    </message>
    <message>
        <source>Pickup &lt;b&gt;%1&lt;/b&gt; · %2 of %3 room nights counted</source>
        <translation>Pickup &lt;b&gt;%1&lt;/b&gt; · %2 de %3 noches de habitación computadas</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>Total adeudado</translation>
    </message>
    <message>
        <source>Deposits applied</source>
        <translation>Depósitos aplicados</translation>
    </message>
    <message>
        <source>Deposit balance in the group&apos;s favour</source>
        <translation>Saldo de depósitos a favor del grupo</translation>
    </message>
    <message>
        <source>Expected at arrival &lt;b&gt;%1&lt;/b&gt; (P10–P90 %2–%3) · %4 likely to owe</source>
        <extracomment>%1 the expected damages, %2 and %3 their P10 and P90, %4 the chance of owing anything.</extracomment>
        <translation>Esperado a la llegada &lt;b&gt;%1&lt;/b&gt; (P10–P90 %2–%3) · %4 de probabilidad de deber</translation>
    </message>
    <message>
        <source>The net due above is owed at today&apos;s pickup. The expected damages come from the forecast final pickup, %1 of %2 room nights (P10–P90 %3–%4):</source>
        <translation>El neto a pagar de arriba se debe con el pickup de hoy. La penalización esperada viene del pickup final pronosticado, %1 de %2 noches de habitación (P10–P90 %3–%4):</translation>
    </message>
    <message>
        <source>Rebooking credits applied</source>
        <translation>Créditos por nueva reserva aplicados</translation>
    </message>
</context>
<context>
    <name>attrition::ui::DeskThresholdsDialog</name>
    <message>
        <source>Desk Thresholds</source>
        <translation>Umbrales del Escritorio</translation>
    </message>
    <message>
        <source>When the desk flags a group or an account. The defaults are those of attrition-cli; a change recomputes the desk.</source>
        <translation>Cuándo el Escritorio marca con una alerta un grupo o una cuenta. Los valores predeterminados son los de attrition-cli; un cambio vuelve a calcular el Escritorio.</translation>
    </message>
    <message>
        <source> points</source>
        <translation> puntos</translation>
    </message>
    <message>
        <source> groups</source>
        <translation> grupos</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source> pickups</source>
        <translation> pickups</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> events</source>
        <translation> eventos</translation>
    </message>
    <message>
        <source>Groups at risk</source>
        <translation>Grupos en riesgo</translation>
    </message>
    <message>
        <source>&amp;Pace behind by more than</source>
        <translation>&amp;Ritmo por detrás en más de</translation>
    </message>
    <message>
        <source>Flags a group whose share of the block on the books trails the comparable past groups at the same day before arrival by more than this many points of the block.</source>
        <translation>Marca con una alerta un grupo cuya parte del bloque en libros va por detrás de los grupos pasados comparables, el mismo día antes de la llegada, en más de estos puntos del bloque.</translation>
    </message>
    <message>
        <source>&amp;Comparable groups for the pace</source>
        <translation>Grupos &amp;comparables para el ritmo</translation>
    </message>
    <message>
        <source>With fewer comparable past groups having a pickup history, the pace is not known and never flagged.</source>
        <translation>Con menos grupos pasados comparables con historial de pickup, el ritmo es desconocido y nunca genera alerta.</translation>
    </message>
    <message>
        <source>&amp;No pickup movement for</source>
        <translation>Sin movimiento de &amp;pickup durante</translation>
    </message>
    <message>
        <source>Flags a group whose pickup reports have not moved for this many days while its forecast expects rooms to be picked up over them.</source>
        <translation>Marca con una alerta un grupo cuyos informes de pickup no se han movido durante estos días mientras su previsión espera que se reserven habitaciones en ese tiempo.</translation>
    </message>
    <message>
        <source>&amp;Review date within</source>
        <translation>Fecha de re&amp;visión dentro de</translation>
    </message>
    <message>
        <source>Flags a group whose next review date is this near while its forecast final pickup is below the performance level.</source>
        <translation>Marca con una alerta un grupo cuya próxima fecha de revisión está así de cerca mientras su pickup final previsto está por debajo del nivel de cumplimiento.</translation>
    </message>
    <message>
        <source>&amp;Final pickups behind the damages</source>
        <translation>Pickups &amp;finales detrás de la penalización</translation>
    </message>
    <message>
        <source>The expected damages are the mean over this many equally likely final pickups; more is smoother and slower.</source>
        <translation>La penalización esperada es la media de este número de pickups finales igualmente probables; más da un resultado más estable y más lento.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Rebooking c&amp;ycle passed by</source>
        <translation>Ciclo de nueva reserva &amp;superado en</translation>
    </message>
    <message>
        <source>Flags an account whose last event is longer ago than its usual time between events times this percentage.</source>
        <translation>Marca con una alerta una cuenta cuyo último evento es más antiguo que su tiempo habitual entre eventos multiplicado por este porcentaje.</translation>
    </message>
    <message>
        <source>&amp;Events for a usual cycle</source>
        <translation>&amp;Eventos para un ciclo habitual</translation>
    </message>
    <message>
        <source>An account with fewer events has no usual rebooking cycle and is never flagged for it.</source>
        <translation>Una cuenta con menos eventos no tiene ciclo habitual de nueva reserva y nunca recibe una alerta por ello.</translation>
    </message>
    <message>
        <source>Events in the pickup &amp;trend</source>
        <translation>Eventos en la &amp;tendencia del pickup</translation>
    </message>
    <message>
        <source>How many of the account&apos;s last events with a final pickup its pickup trend shows.</source>
        <translation>Cuántos de los últimos eventos de la cuenta con pickup final muestra su tendencia del pickup.</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>Restaurar v&amp;alores predeterminados</translation>
    </message>
    <message>
        <source>Pace behind by more than</source>
        <translation>Ritmo por detrás en más de</translation>
    </message>
    <message>
        <source>Comparable groups for the pace</source>
        <translation>Grupos comparables para el ritmo</translation>
    </message>
    <message>
        <source>No pickup movement for</source>
        <translation>Sin movimiento de pickup durante</translation>
    </message>
    <message>
        <source>Review date within</source>
        <translation>Fecha de revisión dentro de</translation>
    </message>
    <message>
        <source>Final pickups behind the damages</source>
        <translation>Pickups finales detrás de la penalización</translation>
    </message>
    <message>
        <source>Events for a usual cycle</source>
        <translation>Eventos para un ciclo habitual</translation>
    </message>
    <message>
        <source>Events in the pickup trend</source>
        <translation>Eventos en la tendencia del pickup</translation>
    </message>
</context>
<context>
    <name>attrition::ui::DeskView</name>
    <message>
        <source>Groups at risk: %1</source>
        <translation>Grupos en riesgo: %1</translation>
    </message>
    <message>
        <source>&amp;Arrivals</source>
        <translation>&amp;Llegadas</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Próximos 30 días</translation>
    </message>
    <message>
        <source>Next 90 days</source>
        <translation>Próximos 90 días</translation>
    </message>
    <message>
        <source>Next 180 days</source>
        <translation>Próximos 180 días</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>The first arrival date</source>
        <translation>La primera fecha de llegada</translation>
    </message>
    <message>
        <source>The last arrival date</source>
        <translation>La última fecha de llegada</translation>
    </message>
    <message>
        <source>&amp;Hotel</source>
        <translation>&amp;Hotel</translation>
    </message>
    <message>
        <source>Sales &amp;manager</source>
        <translation>&amp;Gestor comercial</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>C&amp;uenta</translation>
    </message>
    <message>
        <source>Any hotel</source>
        <translation>Cualquier hotel</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>Cualquier cuenta</translation>
    </message>
    <message>
        <source>Groups at risk</source>
        <translation>Grupos en riesgo</translation>
    </message>
    <message>
        <source>The group chosen</source>
        <translation>El grupo elegido</translation>
    </message>
    <message>
        <source>Double-click a group to open its contract; right-click for more.</source>
        <translation>Haga doble clic en un grupo para abrir su contrato; clic derecho para más opciones.</translation>
    </message>
    <message>
        <source>Open Contract</source>
        <translation>Abrir contrato</translation>
    </message>
    <message>
        <source>Open Forecast</source>
        <translation>Abrir previsión</translation>
    </message>
    <message>
        <source>Pipeline by arrival month</source>
        <translation>Embudo de ventas por mes de llegada</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <source>Room nights</source>
        <translation>Noches de habitación</translation>
    </message>
    <message>
        <source>Room revenue</source>
        <translation>Ingresos por habitaciones</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>Amounts in different currencies are never added: the pipeline shows one currency at a time.</source>
        <translation>Los importes en monedas distintas nunca se suman: el embudo de ventas muestra una moneda cada vez.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message numerus="yes">
        <source>%n groups arriving %1 to %2, standing on %3</source>
        <translation>
            <numerusform>%n grupo con llegada del %1 al %2, a fecha de %3</numerusform>
            <numerusform>%n grupos con llegada del %1 al %2, a fecha de %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with flags</source>
        <translation>
            <numerusform>%n con alertas</numerusform>
            <numerusform>%n con alertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not forecast (the engine refuses them)</source>
        <translation>
            <numerusform>%n sin previsión (el motor lo rechaza)</numerusform>
            <numerusform>%n sin previsión (el motor los rechaza)</numerusform>
        </translation>
    </message>
    <message>
        <source>read in %1 ms, computed in %2 ms</source>
        <translation>leído en %1 ms, calculado en %2 ms</translation>
    </message>
    <message>
        <source>Choose a group to read what its figures say and why it is flagged.</source>
        <translation>Elija un grupo para leer lo que dicen sus cifras y por qué tiene alertas.</translation>
    </message>
    <message>
        <source>&amp;Thresholds…</source>
        <translation>&amp;Umbrales…</translation>
    </message>
    <message>
        <source>When a group is flagged: the pace, the days without pickup movement, the days before a review date (Desk Thresholds)</source>
        <translation>Cuándo un grupo recibe una alerta: el ritmo, los días sin movimiento de pickup, los días antes de una fecha de revisión (Umbrales del Escritorio)</translation>
    </message>
    <message>
        <source>&amp;Groups at Risk and Pipeline</source>
        <translation>Grupos en riesgo y &amp;embudo de ventas</translation>
    </message>
    <message>
        <source>Acc&amp;ounts</source>
        <translation>Cuen&amp;tas</translation>
    </message>
    <message>
        <source>Customer attrition by account, over every arrival date</source>
        <translation>Deserción de clientes por cuenta, en todas las fechas de llegada</translation>
    </message>
    <message>
        <source>F&amp;B minimum</source>
        <translation>Mínimo de alimentos y bebidas</translation>
    </message>
    <message>
        <source>Damages as picked up</source>
        <translation>Penalización con el pickup actual</translation>
    </message>
    <message>
        <source>Damages collected and waived</source>
        <translation>Penalización cobrada y condonada</translation>
    </message>
    <message>
        <source>Damages as picked up: what the engine assesses if the pickup stays as it is (the cancellation fee of a cancelled group). Damages collected and waived: the damages of the actualized and cancelled groups by arrival month, with what their settlements record.</source>
        <translation>Penalización con el pickup actual: lo que el motor calcula si el pickup se queda como está (el cargo de cancelación de un grupo cancelado). Penalización cobrada y condonada: la penalización de los grupos realizados y cancelados por mes de llegada, con lo que registran sus liquidaciones.</translation>
    </message>
</context>
<context>
    <name>attrition::ui::FieldEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation>Confirmar %1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>This is the program&apos;s default, not yet confirmed from the contract. Change it to the contract&apos;s value, or click to confirm it as it is.</source>
        <translation>Este es el valor predeterminado del programa, aún no confirmado en el contrato. Cámbielo por el valor del contrato o haga clic para confirmarlo tal como está.</translation>
    </message>
    <message>
        <source>Confirm the default %1</source>
        <translation>Confirmar el valor predeterminado de %1</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ForecastPanel</name>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Co&amp;mparar con:</translation>
    </message>
    <message>
        <source>Past groups of the same hotel</source>
        <translation>Grupos pasados del mismo hotel</translation>
    </message>
    <message>
        <source>Past groups of the same account</source>
        <translation>Grupos pasados de la misma cuenta</translation>
    </message>
    <message>
        <source>All past groups</source>
        <translation>Todos los grupos pasados</translation>
    </message>
    <message>
        <source>The past groups whose booking curve, forecast errors and damages the forecast learns from</source>
        <translation>Los grupos pasados de cuya curva de reservas, errores de pronóstico y penalizaciones aprende el pronóstico</translation>
    </message>
    <message>
        <source>Open a contract of a group still to arrive to see how its pickup will likely end.</source>
        <translation>Abra el contrato de un grupo que aún no ha llegado para ver cómo terminará probablemente su pickup.</translation>
    </message>
    <message>
        <source>Expected at arrival: %1 room nights of %2 blocked (P10–P90 %3–%4)</source>
        <translation>Esperado a la llegada: %1 noches de habitación de %2 bloqueadas (P10–P90 %3–%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 room nights on the books %n day(s) before arrival, as of %2.</source>
        <translation>
            <numerusform>%1 noches de habitación en libros a %n día de la llegada, al %2.</numerusform>
            <numerusform>%1 noches de habitación en libros a %n días de la llegada, al %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected damages: %1 (P10–P90 %2–%3)</source>
        <translation>Penalización esperada: %1 (P10–P90 %2–%3)</translation>
    </message>
    <message>
        <source>Night by night</source>
        <translation>Noche por noche</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>Tipo de habitación</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>On the books</source>
        <translation>En libros</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <source>At the review date %1: keep the block held</source>
        <translation>En la fecha de revisión %1: mantenga el bloqueo actual</translation>
    </message>
    <message numerus="yes">
        <source>At the review date %1: release %n room night(s)</source>
        <translation>
            <numerusform>En la fecha de revisión %1: liberar %n noche de habitación</numerusform>
            <numerusform>En la fecha de revisión %1: liberar %n noches de habitación</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected damages holding the block: %1.</source>
        <translation>Penalización esperada manteniendo el bloqueo: %1.</translation>
    </message>
    <message>
        <source>Expected damages holding the block: %1; after the release: %2.</source>
        <translation>Penalización esperada manteniendo el bloqueo: %1; tras la liberación: %2.</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Respaldado</translation>
    </message>
    <message>
        <source>Least allowed</source>
        <translation>Mínimo permitido</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <source>No review date or cutoff is ahead: there is no release to advise.</source>
        <translation>No queda ninguna fecha de revisión ni fecha límite: no hay liberación que aconsejar.</translation>
    </message>
</context>
<context>
    <name>attrition::ui::Forecaster</name>
    <message>
        <source>The group has cancelled: there is no pickup to forecast.</source>
        <translation>El grupo ha cancelado: no hay pickup que pronosticar.</translation>
    </message>
    <message>
        <source>The contract is actualized: its pickup is final.</source>
        <translation>El contrato está cerrado: su pickup es definitivo.</translation>
    </message>
    <message>
        <source>The group arrived on %1: a forecast looks at groups still to arrive.</source>
        <translation>El grupo llegó el %1: un pronóstico mira a los grupos que aún no han llegado.</translation>
    </message>
    <message>
        <source>The past groups could not be read: %1</source>
        <translation>No se pudieron leer los grupos pasados: %1</translation>
    </message>
    <message>
        <source>The contract cannot be forecast: %1</source>
        <translation>No se puede pronosticar el contrato: %1</translation>
    </message>
</context>
<context>
    <name>attrition::ui::GridView</name>
    <message>
        <source>Pasted</source>
        <translation>Pegado</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Remove Rows</source>
        <translation>Eliminar filas</translation>
    </message>
</context>
<context>
    <name>attrition::ui::HotelOutlookModel</name>
    <message>
        <source>%1: enter %2</source>
        <translation>%1: introduzca %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of missing columns</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Rooms the hotel can sell that night</source>
        <translation>Habitaciones que el hotel puede vender esa noche</translation>
    </message>
    <message>
        <source>Unconstrained transient demand: the rooms transient guests would ask for without the group, may be fractional</source>
        <translation>Demanda transient sin restricciones: las habitaciones que pedirían los huéspedes transient sin el grupo; puede tener decimales</translation>
    </message>
    <message>
        <source>The transient rate net of commissions and distribution costs, in %1</source>
        <translation>La tarifa transient neta de comisiones y costes de distribución, en %1</translation>
    </message>
    <message>
        <source>Profit per occupied transient room beyond the room (F&amp;B, parking…), in %1; empty: none</source>
        <translation>Beneficio por habitación transient ocupada además de la habitación (alimentos y bebidas, aparcamiento…), en %1; vacío: ninguno</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <source>Net ADR</source>
        <translation>ADR neto</translation>
    </message>
    <message>
        <source>Ancillary</source>
        <translation>Complementario</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>no debe ser negativo</translation>
    </message>
    <message>
        <source>at most 1,000,000 rooms</source>
        <translation>como máximo 1.000.000 habitaciones</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Nada que pegar</translation>
    </message>
    <message numerus="yes">
        <source>The pasted cells do not fit in the outlook from here: it has %n night(s) and 4 columns</source>
        <translation>
            <numerusform>Las celdas pegadas no caben en la previsión a partir de aquí: tiene %n noche y 4 columnas</numerusform>
            <numerusform>Las celdas pegadas no caben en la previsión a partir de aquí: tiene %n noches y 4 columnas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attrition::ui::LetterheadDialog</name>
    <message>
        <source>Report Letterhead</source>
        <translation>Membrete de los informes</translation>
    </message>
    <message>
        <source>What every report you print or export says about your hotel. Left empty, a report names the contract&apos;s hotel.</source>
        <translation>Lo que cada informe que imprime o exporta dice de su hotel. Si se deja vacío, el informe nombra el hotel del contrato.</translation>
    </message>
    <message>
        <source>The title of a contract&apos;s report, on its first page and in every page&apos;s header</source>
        <translation>El título del informe de un contrato, en su primera página y en la cabecera de cada página</translation>
    </message>
    <message>
        <source>The contract&apos;s hotel</source>
        <translation>El hotel del contrato</translation>
    </message>
    <message>
        <source>Street, city, country</source>
        <translation>Calle, ciudad, país</translation>
    </message>
    <message>
        <source>For example: due within 30 days of this statement, by bank transfer</source>
        <translation>Por ejemplo: a pagar en 30 días desde esta liquidación, por transferencia bancaria</translation>
    </message>
    <message>
        <source>Printed under the net due of a contract&apos;s report</source>
        <translation>Se imprime bajo el neto a pagar del informe de un contrato</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;No Logo</source>
        <translation>&amp;Sin logotipo</translation>
    </message>
    <message>
        <source>Report &amp;title:</source>
        <translation>&amp;Título del informe:</translation>
    </message>
    <message>
        <source>&amp;Hotel:</source>
        <translation>&amp;Hotel:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Ta&amp;x number:</source>
        <translation>Número &amp;fiscal:</translation>
    </message>
    <message>
        <source>&amp;Payment terms:</source>
        <translation>Condiciones de &amp;pago:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>%1 cannot be used as a logo: %2</source>
        <translation>%1 no se puede usar como logotipo: %2</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Cannot Use the Image</source>
        <translation>No se puede usar la imagen</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>%1 cannot be read; reports leave the logo out</source>
        <translation>%1 no se puede leer; los informes no llevan logotipo</translation>
    </message>
</context>
<context>
    <name>attrition::ui::LineField</name>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
</context>
<context>
    <name>attrition::ui::MainWindow</name>
    <message>
        <source>Connect to PostgreSQL Server</source>
        <translation>Conectar a un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>the server&apos;s default</source>
        <translation>el predeterminado del servidor</translation>
    </message>
    <message>
        <source>asked each time, never stored</source>
        <translation>se pide cada vez, nunca se guarda</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation>&amp;Esquema:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Attrition Desk</source>
        <translation>Attrition Desk</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>What-if scenarios</source>
        <translation>Escenarios hipotéticos</translation>
    </message>
    <message>
        <source>Recalculated in %1 ms</source>
        <translation>Recalculado en %1 ms</translation>
    </message>
    <message>
        <source>&amp;New Contract</source>
        <translation>&amp;Nuevo contrato</translation>
    </message>
    <message>
        <source>Start a new contract</source>
        <translation>Empezar un contrato nuevo</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Abrir archivo…</translation>
    </message>
    <message>
        <source>Import a contract file into the database and open it</source>
        <translation>Importar un archivo de contrato a la base de datos y abrirlo</translation>
    </message>
    <message>
        <source>New &amp;Database…</source>
        <translation>Nueva base de &amp;datos…</translation>
    </message>
    <message>
        <source>Open Data&amp;base…</source>
        <translation>A&amp;brir base de datos…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL Server…</source>
        <translation>&amp;Conectar a un servidor PostgreSQL…</translation>
    </message>
    <message>
        <source>Import &amp;Contracts…</source>
        <translation>Importar &amp;contratos…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>E&amp;xport Contracts…</source>
        <translation>E&amp;xportar contratos…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Write the contracts the list shows to a contract file</source>
        <translation>Escribir en un archivo de contratos los contratos que muestra la lista</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save as New &amp;Contract…</source>
        <translation>Guardar como nuevo &amp;contrato…</translation>
    </message>
    <message>
        <source>Your &amp;Name for Saves…</source>
        <translation>Su &amp;nombre al guardar…</translation>
    </message>
    <message>
        <source>&amp;Import Pickup Report…</source>
        <translation>&amp;Importar informe de pickup…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Im&amp;primir informe…</translation>
    </message>
    <message>
        <source>&amp;Export Report as PDF…</source>
        <translation>&amp;Exportar informe como PDF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Page Set&amp;up…</source>
        <translation>Config&amp;urar página…</translation>
    </message>
    <message>
        <source>Export &amp;Spreadsheet…</source>
        <translation>Exportar &amp;hoja de cálculo…</translation>
    </message>
    <message>
        <source>The assessment as an Excel workbook or CSV</source>
        <translation>La evaluación como libro de Excel o CSV</translation>
    </message>
    <message>
        <source>The assessment as CSV</source>
        <translation>La evaluación como CSV</translation>
    </message>
    <message>
        <source>&amp;Reload List</source>
        <translation>&amp;Recargar lista</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Find Contract</source>
        <translation>&amp;Buscar contrato</translation>
    </message>
    <message>
        <source>Contract &amp;List</source>
        <translation>&amp;Lista de contratos</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Charts as &amp;Tables</source>
        <translation>Gráficos como &amp;tablas</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>Tema &amp;oscuro</translation>
    </message>
    <message>
        <source>&amp;Contract</source>
        <translation>&amp;Contrato</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>&amp;What-if Scenarios</source>
        <translation>&amp;Escenarios hipotéticos</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>&amp;Next Contract</source>
        <translation>Contrato &amp;siguiente</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Previous Contract</source>
        <translation>Contrato &amp;anterior</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>New &amp;Scenario</source>
        <translation>Nuevo &amp;escenario</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Other &amp;Reports</source>
        <translation>Otros &amp;informes</translation>
    </message>
    <message>
        <source>Print Scenario Comparison…</source>
        <translation>Imprimir comparación de escenarios…</translation>
    </message>
    <message>
        <source>Export Scenario Comparison as PDF…</source>
        <translation>Exportar comparación de escenarios como PDF…</translation>
    </message>
    <message>
        <source>Export Scenarios as Spreadsheet…</source>
        <translation>Exportar escenarios como hoja de cálculo…</translation>
    </message>
    <message>
        <source>Print Portfolio of the Contracts Listed…</source>
        <translation>Imprimir cartera de los contratos listados…</translation>
    </message>
    <message>
        <source>Export Portfolio as PDF…</source>
        <translation>Exportar cartera como PDF…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Go to &amp;Section</source>
        <translation>Ir a la &amp;sección</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Attrition Desk</source>
        <translation>&amp;Acerca de Attrition Desk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Import Pickup</source>
        <translation>Importar pickup</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>The contract</source>
        <translation>El contrato</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>¿Guardarlos antes de continuar?</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Sin conexión con %1.</translation>
    </message>
    <message>
        <source>Sample Contracts</source>
        <translation>Contratos de ejemplo</translation>
    </message>
    <message>
        <source>The sample contracts could not all be stored:

%1</source>
        <translation>No se pudieron guardar todos los contratos de ejemplo:

%1</translation>
    </message>
    <message>
        <source>Made a database of sample contracts at %1</source>
        <translation>Se creó una base de datos de contratos de ejemplo en %1</translation>
    </message>
    <message>
        <source>Cannot Open the Contract Database</source>
        <translation>No se puede abrir la base de datos de contratos</translation>
    </message>
    <message>
        <source>The contract database cannot be opened.

%1</source>
        <translation>La base de datos de contratos no se puede abrir.

%1</translation>
    </message>
    <message>
        <source>Nothing was changed in it. Open another database, or quit.</source>
        <translation>No se modificó nada en ella. Abra otra base de datos o salga.</translation>
    </message>
    <message>
        <source>Open Another Database…</source>
        <translation>Abrir otra base de datos…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Open Contract Database</source>
        <translation>Abrir base de datos de contratos</translation>
    </message>
    <message>
        <source>Contract databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de contratos (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
    </message>
    <message>
        <source>Cannot Make a New Database</source>
        <translation>No se puede crear una base de datos nueva</translation>
    </message>
    <message>
        <source>%1 exists already. Choose File &gt; Open Database to open it.</source>
        <translation>%1 ya existe. Elija Archivo &gt; Abrir base de datos para abrirla.</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes?</source>
        <translation>¿Restaurar los cambios sin guardar?</translation>
    </message>
    <message>
        <source>Changes to %1 made until %2 were not saved when Attrition Desk last stopped.</source>
        <translation>Los cambios en %1 hechos hasta %2 no se guardaron la última vez que se detuvo Attrition Desk.</translation>
    </message>
    <message>
        <source>a new contract</source>
        <translation>un contrato nuevo</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore them to look them over and save them, or discard them.</source>
        <translation>Restáurelos para revisarlos y guardarlos, o descártelos.</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurar cambios sin guardar</translation>
    </message>
    <message>
        <source>Restored the unsaved changes to %1: save them to keep them</source>
        <translation>Se restauraron los cambios sin guardar en %1: guárdelos para conservarlos</translation>
    </message>
    <message>
        <source>New Contract Database</source>
        <translation>Nueva base de datos de contratos</translation>
    </message>
    <message>
        <source>contracts.sqlite</source>
        <translation>contracts.sqlite</translation>
    </message>
    <message>
        <source>Contract databases (*.sqlite)</source>
        <translation>Bases de datos de contratos (*.sqlite)</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Cannot Open Contract</source>
        <translation>No se puede abrir el contrato</translation>
    </message>
    <message>
        <source>Opened %1, version %2, last saved by %3</source>
        <translation>Abierto %1, versión %2, guardado por última vez por %3</translation>
    </message>
    <message>
        <source>Cannot Reload Contract</source>
        <translation>No se puede recargar el contrato</translation>
    </message>
    <message>
        <source>Reloaded %1: version %2, saved by %3</source>
        <translation>Recargado %1: versión %2, guardada por %3</translation>
    </message>
    <message>
        <source>Scenarios Not Saved</source>
        <translation>Escenarios no guardados</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>%1 could not be read:

%2</source>
        <translation>No se pudo leer %1:

%2</translation>
    </message>
    <message>
        <source>%1 is stored already: opened the stored contract</source>
        <translation>%1 ya está guardado: se abrió el contrato guardado</translation>
    </message>
    <message>
        <source>Imported and opened %1</source>
        <translation>Importado y abierto %1</translation>
    </message>
    <message>
        <source>Open Contract File</source>
        <translation>Abrir archivo de contrato</translation>
    </message>
    <message>
        <source>Contract files (*.json);;All files (*)</source>
        <translation>Archivos de contrato (*.json);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(y %n más)</numerusform>
            <numerusform>(y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>No contract was imported:

%1</source>
        <translation>No se importó ningún contrato:

%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contract(s)</source>
        <translation>
            <numerusform>Importado %n contrato</numerusform>
            <numerusform>Importados %n contratos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; replaced %n stored contract(s)</source>
        <translation>
            <numerusform>; reemplazado %n contrato guardado</numerusform>
            <numerusform>; reemplazados %n contratos guardados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n stored already as in the file: </source>
        <translation>
            <numerusform>; %n ya guardado como en el archivo: </numerusform>
            <numerusform>; %n ya guardados como en el archivo: </numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Stored Contracts?</source>
        <translation>¿Reemplazar los contratos guardados?</translation>
    </message>
    <message>
        <source>%1

Replace the stored contracts with the versions in the file? Each replaced contract keeps its history: the changes are recorded in its audit trail.</source>
        <translation>%1

¿Reemplazar los contratos guardados por las versiones del archivo? Cada contrato reemplazado conserva su historial: los cambios quedan registrados en su registro de auditoría.</translation>
    </message>
    <message>
        <source>Import Contracts</source>
        <translation>Importar contratos</translation>
    </message>
    <message>
        <source>Exporting contracts…</source>
        <translation>Exportando contratos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <source>The list shows no contract.</source>
        <translation>La lista no muestra ningún contrato.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contract(s) to %1</source>
        <translation>
            <numerusform>Exportado %n contrato a %1</numerusform>
            <numerusform>Exportados %n contratos a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Contracts</source>
        <translation>Exportar contratos</translation>
    </message>
    <message>
        <source>contracts.json</source>
        <translation>contratos.json</translation>
    </message>
    <message>
        <source>Contract files (*.json)</source>
        <translation>Archivos de contrato (*.json)</translation>
    </message>
    <message>
        <source>Your Name for Saves</source>
        <translation>Su nombre al guardar</translation>
    </message>
    <message>
        <source>Saves are recorded under this name (empty: your user name on this computer, %1):</source>
        <translation>Los guardados se registran con este nombre (vacío: su nombre de usuario en este equipo, %1):</translation>
    </message>
    <message>
        <source>Saves are recorded as %1</source>
        <translation>Los guardados se registran como %1</translation>
    </message>
    <message>
        <source>New contract: it is stored in the database when you save it</source>
        <translation>Contrato nuevo: se guarda en la base de datos al guardarlo</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>No contract database is open.</source>
        <translation>No hay ninguna base de datos de contratos abierta.</translation>
    </message>
    <message>
        <source>Saved by Someone Else</source>
        <translation>Guardado por otra persona</translation>
    </message>
    <message>
        <source>Reload Their Version</source>
        <translation>Recargar su versión</translation>
    </message>
    <message>
        <source>Keep My Changes</source>
        <translation>Conservar mis cambios</translation>
    </message>
    <message>
        <source>Reloading shows their changes and drops yours; keeping yours lets you note them first.</source>
        <translation>Recargar muestra sus cambios y descarta los suyos; conservar los suyos le permite anotarlos antes.</translation>
    </message>
    <message>
        <source>Your changes are kept on screen; File &gt; Save as New Contract stores them as a new contract.</source>
        <translation>Sus cambios se conservan en pantalla; Archivo &gt; Guardar como nuevo contrato los guarda como un contrato nuevo.</translation>
    </message>
    <message>
        <source>%1

Your changes are kept; nothing was written.</source>
        <translation>%1

Sus cambios se conservan; no se escribió nada.</translation>
    </message>
    <message>
        <source>Saved %1 as version %2</source>
        <translation>Guardado %1 como versión %2</translation>
    </message>
    <message>
        <source>%1 is stored exactly so already</source>
        <translation>%1 ya está guardado exactamente así</translation>
    </message>
    <message>
        <source>Save as New Contract</source>
        <translation>Guardar como nuevo contrato</translation>
    </message>
    <message>
        <source>Reference of the new contract:</source>
        <translation>Referencia del contrato nuevo:</translation>
    </message>
    <message>
        <source>-COPY</source>
        <translation>-COPIA</translation>
    </message>
    <message>
        <source>Saved as new contract %1</source>
        <translation>Guardado como nuevo contrato %1</translation>
    </message>
    <message numerus="yes">
        <source>Listed %Ln contract(s)</source>
        <translation>
            <numerusform>%Ln contrato listado</numerusform>
            <numerusform>%Ln contratos listados</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Pickup Report</source>
        <translation>Importar informe de pickup</translation>
    </message>
    <message>
        <source>Pickup reports (*.csv *.txt);;All files (*)</source>
        <translation>Informes de pickup (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:

%2</source>
        <translation>No se importó nada de %1:

%2</translation>
    </message>
    <message>
        <source>Import pickup</source>
        <translation>Importar pickup</translation>
    </message>
    <message numerus="yes">
        <source>Imported the pickup of %n night(s) and room type(s) from %1</source>
        <translation>
            <numerusform>Importado el pickup de %n noche y tipo de habitación desde %1</numerusform>
            <numerusform>Importado el pickup de %n noches y tipos de habitación desde %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pickup Imported</source>
        <translation>Pickup importado</translation>
    </message>
    <message>
        <source>The pickup of %1 was imported. Worth checking:

%2</source>
        <translation>Se importó el pickup de %1. Conviene revisar:

%2</translation>
    </message>
    <message>
        <source>About Attrition Desk</source>
        <translation>Acerca de Attrition Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Attrition Desk %1&lt;/h3&gt;&lt;p&gt;Attrition and cancellation damages for hotel group contracts, itemized to the cent.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Attrition Desk %1&lt;/h3&gt;&lt;p&gt;Penalizaciones por deserción y cancelación de contratos de grupo hoteleros, desglosadas al céntimo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1[*] — Attrition Desk</source>
        <translation>%1[*] — Attrition Desk</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Untitled contract</source>
        <translation>Contrato sin título</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2, %n night(s)</source>
        <translation>
            <numerusform>%1 a %2, %n noche</numerusform>
            <numerusform>%1 a %2, %n noches</numerusform>
        </translation>
    </message>
    <message>
        <source>Every contract of %1</source>
        <translation>Todos los contratos de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) the list shows</source>
        <translation>
            <numerusform>%n contrato que muestra la lista</numerusform>
            <numerusform>%n contratos que muestra la lista</numerusform>
        </translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-informe</translation>
    </message>
    <message>
        <source>-scenarios</source>
        <translation>-escenarios</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>cartera</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>Exportado %1 (%n página)</numerusform>
            <numerusform>Exportado %1 (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports print on %1, %2</source>
        <translation>Los informes se imprimen en %1, %2</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>horizontal</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>vertical</translation>
    </message>
    <message>
        <source>Export Spreadsheet</source>
        <translation>Exportar hoja de cálculo</translation>
    </message>
    <message>
        <source>The contract has problems: correct them to export its assessment.</source>
        <translation>El contrato tiene problemas: corríjalos para exportar su evaluación.</translation>
    </message>
    <message>
        <source>-assessment</source>
        <translation>-evaluacion</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>&amp;Sistema (%1)</translation>
    </message>
    <message>
        <source>Report &amp;Language</source>
        <translation>Idio&amp;ma de los informes</translation>
    </message>
    <message>
        <source>The language and notation of printed and exported reports</source>
        <translation>El idioma y la notación de los informes impresos y exportados</translation>
    </message>
    <message>
        <source>&amp;Same as the Program</source>
        <translation>&amp;Igual que el programa</translation>
    </message>
    <message>
        <source>Reports are made in the program&apos;s language</source>
        <translation>Los informes se elaboran en el idioma del programa</translation>
    </message>
    <message>
        <source>Reports are made in %1</source>
        <translation>Los informes se elaboran en %1</translation>
    </message>
    <message>
        <source>Save a Contract with Problems</source>
        <translation>Guardar un contrato con problemas</translation>
    </message>
    <message numerus="yes">
        <source>The contract has %n problem(s): its damages cannot be assessed until they are fixed. Save it as it is?</source>
        <translation>
            <numerusform>El contrato tiene %n problema: su penalización no puede calcularse hasta corregirlo. ¿Guardarlo tal como está?</numerusform>
            <numerusform>El contrato tiene %n problemas: su penalización no puede calcularse hasta corregirlos. ¿Guardarlo tal como está?</numerusform>
        </translation>
    </message>
    <message>
        <source>The damages panel lists the problems; choosing one shows its field.</source>
        <translation>El panel de penalizaciones enumera los problemas; al elegir uno se muestra su campo.</translation>
    </message>
    <message>
        <source>Not saved: the contract has problems</source>
        <translation>No guardado: el contrato tiene problemas</translation>
    </message>
    <message numerus="yes">
        <source>; recorded %n pickup report(s) of their histories</source>
        <translation>
            <numerusform>; registrado %n informe de pickup de su historial</numerusform>
            <numerusform>; registrados %n informes de pickup de su historial</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the contract&apos;s attrition and cancellation statement, with a preview</source>
        <translation>Imprimir la liquidación por deserción y cancelación del contrato, con vista previa</translation>
    </message>
    <message>
        <source>Report &amp;Letterhead…</source>
        <translation>M&amp;embrete de los informes…</translation>
    </message>
    <message>
        <source>The hotel&apos;s logo, address, tax number and payment terms, and the title of the contract&apos;s report</source>
        <translation>El logotipo, la dirección, el número fiscal y las condiciones de pago del hotel, y el título del informe del contrato</translation>
    </message>
    <message>
        <source>Reports print the letterhead of %1</source>
        <translation>Los informes imprimen el membrete de %1</translation>
    </message>
    <message>
        <source>the contract&apos;s hotel</source>
        <translation>el hotel del contrato</translation>
    </message>
    <message>
        <source>Each save is recorded in the contract&apos;s change log under your name. Who are you?</source>
        <translation>Cada guardado se registra en el historial de cambios del contrato con su nombre. ¿Quién es usted?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>&amp;Use This Name</source>
        <translation>&amp;Usar este nombre</translation>
    </message>
    <message>
        <source>Keep the name of this computer&apos;s user, %1; Edit &gt; Your Name for Saves changes it later</source>
        <translation>Mantener el nombre del usuario de este equipo, %1; Editar &gt; Su nombre al guardar lo cambia más adelante</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>¿&amp;Qué es esto?</translation>
    </message>
    <message>
        <source>Click a field of the contract to learn what its clause means</source>
        <translation>Haga clic en un campo del contrato para saber qué significa su cláusula</translation>
    </message>
    <message>
        <source>Take Out of &amp;Archive</source>
        <translation>Sacar del arc&amp;hivo</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>A&amp;rchivar</translation>
    </message>
    <message>
        <source>Archived contracts are kept with everything they have, and hidden from the list unless it shows archived contracts</source>
        <translation>Los contratos archivados se conservan con todo su contenido y no aparecen en la lista salvo que esta muestre los contratos archivados</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the contract with its scenarios and pickup history (Undo Delete brings it back until Attrition Desk closes)</source>
        <translation>Eliminar el contrato con sus escenarios e historial de pickup (Deshacer eliminación lo recupera hasta que se cierre Attrition Desk)</translation>
    </message>
    <message>
        <source>Undo &amp;Delete</source>
        <translation>Deshacer eli&amp;minación</translation>
    </message>
    <message>
        <source>Undo &amp;Delete of %1</source>
        <extracomment>%1 the reference of the contract deleted last.</extracomment>
        <translation>Deshacer eli&amp;minación de %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Cannot Archive Contract</source>
        <translation>No se puede archivar el contrato</translation>
    </message>
    <message>
        <source>Cannot Take Contract Out of Archive</source>
        <translation>No se puede sacar el contrato del archivo</translation>
    </message>
    <message>
        <source>Archived %1; the list shows it only with “Show archived contracts”</source>
        <translation>Se archivó %1; la lista solo lo muestra con «Mostrar contratos archivados»</translation>
    </message>
    <message>
        <source>Took %1 out of the archive</source>
        <translation>Se sacó %1 del archivo</translation>
    </message>
    <message>
        <source>Cannot Delete Contract</source>
        <translation>No se puede eliminar el contrato</translation>
    </message>
    <message>
        <source>Delete the contract of %1 (%2) with its scenarios and pickup history? The deletion is recorded in the change log; Edit &gt; Undo Delete brings it back until Attrition Desk closes.</source>
        <extracomment>%1 the group&apos;s name, %2 the contract&apos;s reference.</extracomment>
        <translation>¿Eliminar el contrato de %1 (%2) con sus escenarios e historial de pickup? La eliminación se registra en el historial de cambios; Editar &gt; Deshacer eliminación lo recupera hasta que se cierre Attrition Desk.</translation>
    </message>
    <message>
        <source>Its unsaved changes are lost.</source>
        <translation>Se pierden sus cambios sin guardar.</translation>
    </message>
    <message>
        <source>Delete Contract</source>
        <translation>Eliminar contrato</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleted %1. Edit &gt; Undo Delete brings it back until Attrition Desk closes.</source>
        <translation>Se eliminó %1. Editar &gt; Deshacer eliminación lo recupera hasta que se cierre Attrition Desk.</translation>
    </message>
    <message>
        <source>Cannot Undo Delete</source>
        <translation>No se puede deshacer la eliminación</translation>
    </message>
    <message>
        <source>Restored %1 with its scenarios and pickup history</source>
        <translation>Se restauró %1 con sus escenarios e historial de pickup</translation>
    </message>
    <message>
        <source>Restored %1 with its scenarios and pickup history, under a new id</source>
        <translation>Se restauró %1 con sus escenarios e historial de pickup, con un id nuevo</translation>
    </message>
    <message>
        <source>Export Propos&amp;al as PDF…</source>
        <translation>Exportar propues&amp;ta como PDF…</translation>
    </message>
    <message>
        <source>A one-page group proposal to send the client before the contract is signed</source>
        <translation>Una propuesta de grupo de una página para enviar al cliente antes de firmar el contrato</translation>
    </message>
    <message>
        <source>Export Proposal as PDF</source>
        <translation>Exportar propuesta como PDF</translation>
    </message>
    <message>
        <source>-proposal</source>
        <translation>-propuesta</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cotización</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>C&amp;otización</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Save Outlook?</source>
        <translation>¿Guardar la previsión?</translation>
    </message>
    <message>
        <source>The hotel outlook entered on the Quote page is not saved. Save it before closing?</source>
        <translation>La previsión del hotel introducida en la página Cotización no está guardada. ¿Guardarla antes de cerrar?</translation>
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
        <translation>Esc&amp;ritorio</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>The groups at risk and the sales pipeline</source>
        <translation>Los grupos en riesgo y el embudo de ventas</translation>
    </message>
    <message>
        <source>C&amp;ontracts</source>
        <translation>Co&amp;ntratos</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>The contract list and the contract editor</source>
        <translation>La lista de contratos y el editor de contratos</translation>
    </message>
    <message>
        <source>Pickup Reminder Letter as PDF…</source>
        <translation>Carta de recordatorio de pickup en PDF…</translation>
    </message>
    <message>
        <source>Export Pickup Reminder Letter as PDF</source>
        <translation>Exportar carta de recordatorio de pickup como PDF</translation>
    </message>
    <message>
        <source>-reminder</source>
        <translation>-recordatorio</translation>
    </message>
    <message>
        <source>Desk &amp;Thresholds…</source>
        <translation>&amp;Umbrales del Escritorio…</translation>
    </message>
    <message>
        <source>When the desk flags a group at risk or an account</source>
        <translation>Cuándo el Escritorio marca con una alerta un grupo en riesgo o una cuenta</translation>
    </message>
    <message>
        <source>Forecasting the groups at risk…</source>
        <translation>Calculando la previsión de los grupos en riesgo…</translation>
    </message>
    <message>
        <source>The groups at risk cannot be forecast: %1</source>
        <translation>No se puede calcular la previsión de los grupos en riesgo: %1</translation>
    </message>
    <message>
        <source>The hotel outlook entered on the Quote page is not saved in this database. Save it before opening another?</source>
        <translation>La previsión del hotel introducida en la página Cotización no está guardada en esta base de datos. ¿Guardarla antes de abrir otra?</translation>
    </message>
    <message>
        <source>Reading the contracts: %1 of %2…</source>
        <translation>Leyendo los contratos: %1 de %2…</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
</context>
<context>
    <name>attrition::ui::NightBarsChart</name>
    <message>
        <source>Required</source>
        <translation>Requeridas</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Habitaciones</translation>
    </message>
    <message>
        <source>The stay has no nights: check arrival and departure.</source>
        <translation>La estancia no tiene noches: compruebe la llegada y la salida.</translation>
    </message>
</context>
<context>
    <name>attrition::ui::NightSummaryModel</name>
    <message>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Contratadas</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Informadas</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Reservadas</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requeridas</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Déficit</translation>
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
        <translation>Reservadas</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Cutoff</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Pickup report date</source>
        <translation>Fecha del informe de pickup</translation>
    </message>
    <message>
        <source>Room nights</source>
        <translation>Noches de habitación</translation>
    </message>
    <message>
        <source>No pickup report is stored for this contract yet.</source>
        <translation>Aún no hay ningún informe de pickup guardado para este contrato.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Pronóstico</translation>
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
            <numerusform>Grupos comparables (%n)</numerusform>
            <numerusform>Grupos comparables (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Performance level</source>
        <translation>Nivel de cumplimiento</translation>
    </message>
</context>
<context>
    <name>attrition::ui::PickupPaceModel</name>
    <message>
        <source>Report date</source>
        <translation>Fecha del informe</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Reservadas</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Of the block</source>
        <translation>Del bloque</translation>
    </message>
    <message>
        <source>The forecast final pickup at arrival, with the range in which 8 of 10 past groups ended (P10 to P90)</source>
        <translation>El pickup final pronosticado a la llegada, con el rango en que terminaron 8 de cada 10 grupos pasados (P10 a P90)</translation>
    </message>
    <message>
        <source>%1 (forecast)</source>
        <extracomment>The last row of the pace table: the forecast for the arrival date %1.</extracomment>
        <translation>%1 (pronóstico)</translation>
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
        <translation>Deserción de habitaciones</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Sala de reuniones</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>Total adeudado</translation>
    </message>
</context>
<context>
    <name>attrition::ui::PipelineChart</name>
    <message>
        <source>Room nights</source>
        <translation>Noches hab.</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Room revenue, %1</source>
        <translation>Ingresos hab., %1</translation>
    </message>
    <message>
        <source>No contract arrives in these dates.</source>
        <translation>Ningún contrato llega en estas fechas.</translation>
    </message>
    <message>
        <source>Damages, %1</source>
        <translation>Penalización, %1</translation>
    </message>
    <message>
        <source>No actualized or cancelled group arrives in these dates.</source>
        <translation>Ningún grupo realizado o cancelado llega en estas fechas.</translation>
    </message>
    <message>
        <source>F&amp;B minimum, %1</source>
        <translation>Mínimo A&amp;B, %1</translation>
    </message>
</context>
<context>
    <name>attrition::ui::PipelineDamagesModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n actualized groups: damages %1</source>
        <translation>
            <numerusform>%n grupo realizado: penalización %1</numerusform>
            <numerusform>%n grupos realizados: penalización %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled groups: fees %1</source>
        <translation>
            <numerusform>%n grupo cancelado: cargos %1</numerusform>
            <numerusform>%n grupos cancelados: cargos %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Collected: the payments their settlements record; waived: what the settlements waived.</source>
        <translation>Cobrado: los pagos que registran sus liquidaciones; condonado: lo que las liquidaciones condonaron.</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Calculado</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Condonado</translation>
    </message>
</context>
<context>
    <name>attrition::ui::PipelineModel</name>
    <message>
        <source>Prospect</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>Definite</source>
        <translation>Definitivo</translation>
    </message>
    <message>
        <source>Actualized</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n contracts, %1 room nights, room revenue %2, F&amp;B minimum %3, damages as picked up %4</source>
        <translation>
            <numerusform>%n contrato, %1 noches de habitación, ingresos por habitaciones %2, mínimo de alimentos y bebidas %3, penalización según el pickup %4</numerusform>
            <numerusform>%n contratos, %1 noches de habitación, ingresos por habitaciones %2, mínimo de alimentos y bebidas %3, penalización según el pickup %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>%1 won, %2 lost, %3 still open</source>
        <translation>ganados %1, perdidos %2, aún abiertos %3</translation>
    </message>
    <message>
        <source>Conversion: not known yet (%1).</source>
        <translation>Conversión: aún desconocida (%1).</translation>
    </message>
    <message>
        <source>Conversion: %1 of decided tentatives became definite (%2).</source>
        <translation>Conversión: el %1 de los provisionales decididos pasaron a definitivos (%2).</translation>
    </message>
    <message>
        <source>Wash: no actualized group arrives in these dates.</source>
        <translation>Wash: ningún grupo realizado llega en estas fechas.</translation>
    </message>
    <message numerus="yes">
        <source>Wash: %1 of the blocks of %n actualized groups went unsold (%2 of %3 room nights picked up).</source>
        <translation>
            <numerusform>Wash: el %1 de los bloques de %n grupo realizado quedó sin vender (%2 de %3 noches de habitación reservadas).</numerusform>
            <numerusform>Wash: el %1 de los bloques de %n grupos realizados quedó sin vender (%2 de %3 noches de habitación reservadas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attrition::ui::QuoteClauseChart</name>
    <message>
        <source>Performance level, %</source>
        <translation>Nivel de cumplimiento, %</translation>
    </message>
    <message>
        <source>Expected damages</source>
        <translation>Penalizaciones esperadas</translation>
    </message>
    <message>
        <source>Factor %1</source>
        <translation>Factor %1</translation>
    </message>
    <message>
        <source>No clause advice: the quote cannot be made.</source>
        <translation>Sin recomendación de cláusula: no se puede hacer la cotización.</translation>
    </message>
</context>
<context>
    <name>attrition::ui::QuoteClauseModel</name>
    <message>
        <source>At %1 performance and a %2 damages factor the group would owe %3 on average; it owes something in %4 of the draws</source>
        <translation>Con un cumplimiento del %1 y un factor de penalización del %2, el grupo debería %3 de media; debe algo en el %4 de las extracciones</translation>
    </message>
    <message>
        <source>The share of the wash draws in which the group owes any attrition damages</source>
        <translation>El porcentaje de extracciones del wash en que el grupo debe alguna penalización por deserción</translation>
    </message>
    <message>
        <source>The expected damages under a damages factor of %1</source>
        <translation>La penalización esperada con un factor de penalización del %1</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Chance of owing</source>
        <translation>Probabilidad de deber</translation>
    </message>
    <message>
        <source>Factor %1</source>
        <translation>Factor %1</translation>
    </message>
</context>
<context>
    <name>attrition::ui::QuoteNightsModel</name>
    <message>
        <source>The block less the expected wash</source>
        <translation>El bloque menos el wash esperado</translation>
    </message>
    <message>
        <source>Transient rooms turned away because the group takes them: transient demand plus group rooms above the capacity</source>
        <translation>Habitaciones transient rechazadas porque las ocupa el grupo: demanda transient más habitaciones del grupo por encima de la capacidad</translation>
    </message>
    <message>
        <source>The group&apos;s room revenue less its commission and the rooms&apos; variable cost</source>
        <translation>Los ingresos por habitaciones del grupo menos su comisión y el coste variable de las habitaciones</translation>
    </message>
    <message>
        <source>Displaced rooms × (transient net ADR − variable cost + ancillary profit)</source>
        <translation>Habitaciones desplazadas × (ADR neto transient − coste variable + beneficio complementario)</translation>
    </message>
    <message>
        <source>Group room profit less the displacement cost</source>
        <translation>Beneficio de las habitaciones del grupo menos el coste del desplazamiento</translation>
    </message>
    <message>
        <source>The least average group rate at which the night pays for what it displaces</source>
        <translation>La tarifa media de grupo mínima con la que la noche cubre lo que desplaza</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <source>Group rooms</source>
        <translation>Habitaciones del grupo</translation>
    </message>
    <message>
        <source>Displaced</source>
        <translation>Desplazadas</translation>
    </message>
    <message>
        <source>Group profit</source>
        <translation>Beneficio del grupo</translation>
    </message>
    <message>
        <source>Displacement</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Break-even rate</source>
        <translation>Tarifa de equilibrio</translation>
    </message>
</context>
<context>
    <name>attrition::ui::QuotePanel</name>
    <message>
        <source>Hotel outlook for the stay</source>
        <translation>Previsión del hotel para la estancia</translation>
    </message>
    <message>
        <source>The hotel&apos;s nights without the group. Paste from a spreadsheet or import a CSV file; each column&apos;s tooltip says what it holds.</source>
        <translation>Las noches del hotel sin el grupo. Pegue desde una hoja de cálculo o importe un archivo CSV; la información sobre herramientas de cada columna indica qué contiene.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Read the outlook from a CSV file with the columns date, capacity, demand, net-adr and, optionally, ancillary</source>
        <translation>Leer la previsión de un archivo CSV con las columnas date, capacity, demand, net-adr y, opcionalmente, ancillary</translation>
    </message>
    <message>
        <source>Sa&amp;ve Outlook</source>
        <translation>&amp;Guardar previsión</translation>
    </message>
    <message>
        <source>Store the outlook of this hotel&apos;s nights in the database, for every contract of the hotel; it is not part of the contract</source>
        <translation>Guardar en la base de datos la previsión de las noches de este hotel, para todos los contratos del hotel; no forma parte del contrato</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Márgenes</translation>
    </message>
    <message>
        <source>Group &amp;commission:</source>
        <translation>&amp;Comisión del grupo:</translation>
    </message>
    <message>
        <source>&amp;Variable cost per room:</source>
        <translation>Coste &amp;variable por habitación:</translation>
    </message>
    <message>
        <source>&amp;F&amp;&amp;B margin:</source>
        <translation>Margen de &amp;A&amp;&amp;B:</translation>
    </message>
    <message>
        <source>&amp;Meeting room margin:</source>
        <translation>Margen de la &amp;sala de reuniones:</translation>
    </message>
    <message>
        <source>The share of the group&apos;s room revenue paid as commission</source>
        <translation>El porcentaje de los ingresos por habitaciones del grupo que se paga como comisión</translation>
    </message>
    <message>
        <source>What an occupied room night costs the hotel (housekeeping, amenities, laundry), group or transient, in the contract&apos;s currency</source>
        <translation>Lo que cuesta al hotel una noche de habitación ocupada (limpieza, amenities, lavandería), de grupo o transient, en la moneda del contrato</translation>
    </message>
    <message>
        <source>The profit share of F&amp;B revenue; the F&amp;B minimum is assumed to be spent</source>
        <translation>El porcentaje de beneficio de los ingresos de alimentos y bebidas; se supone que se consume el mínimo de alimentos y bebidas</translation>
    </message>
    <message>
        <source>The profit share of the meeting room rental</source>
        <translation>El porcentaje de beneficio del alquiler de la sala de reuniones</translation>
    </message>
    <message>
        <source>&amp;Use These Terms</source>
        <translation>&amp;Usar estas condiciones</translation>
    </message>
    <message>
        <source>Put the performance level and damages factor of the cell chosen into the contract&apos;s attrition clause (Edit &gt; Undo takes them back)</source>
        <translation>Poner el nivel de cumplimiento y el factor de penalización de la celda elegida en la cláusula de deserción del contrato (Edición &gt; Deshacer los revierte)</translation>
    </message>
    <message>
        <source>Export Proposal as &amp;PDF…</source>
        <translation>Exportar propuesta como &amp;PDF…</translation>
    </message>
    <message>
        <source>Write the proposal to the client, with the attrition terms, as a PDF file</source>
        <translation>Escribir la propuesta al cliente, con las condiciones de deserción, como archivo PDF</translation>
    </message>
    <message>
        <source>The group cannot be quoted yet</source>
        <translation>Todavía no se puede cotizar el grupo</translation>
    </message>
    <message>
        <source>Night by night</source>
        <translation>Noche a noche</translation>
    </message>
    <message>
        <source>Each night of the stay, expected after the wash</source>
        <translation>Cada noche de la estancia, prevista tras el wash</translation>
    </message>
    <message>
        <source>Attrition terms</source>
        <translation>Condiciones de deserción</translation>
    </message>
    <message>
        <source>What each performance level and damages factor would collect, given how this account&apos;s groups wash</source>
        <translation>Lo que cobraría cada nivel de cumplimiento y factor de penalización, según el wash de los grupos de esta cuenta</translation>
    </message>
    <message>
        <source>The contract names no hotel: the outlook is kept for the stay&apos;s nights only</source>
        <translation>El contrato no indica ningún hotel: la previsión se conserva solo para las noches de la estancia</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n night(s) from %2</source>
        <translation>
            <numerusform>%1, %n noche desde el %2</numerusform>
            <numerusform>%1, %n noches desde el %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The hotel&apos;s outlook could not be read: %1</source>
        <translation>No se pudo leer la previsión del hotel: %1</translation>
    </message>
    <message>
        <source>No database is open: the outlook is kept while the program runs</source>
        <translation>No hay ninguna base de datos abierta: la previsión se conserva mientras el programa esté en ejecución</translation>
    </message>
    <message>
        <source>Cannot Save Outlook</source>
        <translation>No se puede guardar la previsión</translation>
    </message>
    <message>
        <source>The outlook of %1 was not saved: %2</source>
        <translation>La previsión de %1 no se guardó: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved the outlook of %n night(s) at %1</source>
        <translation>
            <numerusform>Se guardó la previsión de %n noche del hotel %1</numerusform>
            <numerusform>Se guardó la previsión de %n noches del hotel %1</numerusform>
        </translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>no debe ser negativo</translation>
    </message>
    <message>
        <source>a commission is from 0% to below 100%</source>
        <translation>una comisión va del 0% a menos del 100%</translation>
    </message>
    <message>
        <source>a margin is from 0% to 100%</source>
        <translation>un margen va del 0% al 100%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A quote is for a proposed group (prospect or tentative); this contract is %1.</source>
        <translation>Una cotización es para un grupo propuesto (prospect o tentative); este contrato es %1.</translation>
    </message>
    <message>
        <source>The past groups could not be read: %1</source>
        <translation>No se pudieron leer los grupos pasados: %1</translation>
    </message>
    <message>
        <source>The group cannot be quoted: %1</source>
        <translation>No se puede cotizar el grupo: %1</translation>
    </message>
    <message>
        <source>Worth taking: the group adds %1 and displaces no transient business</source>
        <translation>Conviene aceptarlo: el grupo aporta %1 y no desplaza negocio transient</translation>
    </message>
    <message>
        <source>Worth taking: the group adds %1 after displacing %2 of transient business</source>
        <translation>Conviene aceptarlo: el grupo aporta %1 tras desplazar %2 de negocio transient</translation>
    </message>
    <message>
        <source>Break-even: the group adds nothing once the transient business it displaces (%1) is counted</source>
        <translation>En equilibrio: el grupo no aporta nada una vez contado el negocio transient que desplaza (%1)</translation>
    </message>
    <message>
        <source>Costs the hotel %1: the transient business it displaces (%2) is worth more than the group</source>
        <translation>Le cuesta al hotel %1: el negocio transient que desplaza (%2) vale más que el grupo</translation>
    </message>
    <message>
        <source>Net value of the group: %1 (P10 %2, P50 %3, P90 %4)</source>
        <translation>Valor neto del grupo: %1 (P10 %2, P50 %3, P90 %4)</translation>
    </message>
    <message numerus="yes">
        <source>from the account&apos;s %n past group(s)</source>
        <translation>
            <numerusform>a partir del %n grupo pasado de la cuenta</numerusform>
            <numerusform>a partir de los %n grupos pasados de la cuenta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n comparable group(s)</source>
        <translation>
            <numerusform>a partir de %n grupo comparable</numerusform>
            <numerusform>a partir de %n grupos comparables</numerusform>
        </translation>
    </message>
    <message>
        <source>no history: a default 0–20%</source>
        <translation>sin historial: un valor por defecto del 0–20%</translation>
    </message>
    <message>
        <source>Expected wash %1 (P10–P90 %2–%3), %4.</source>
        <translation>Wash esperado %1 (P10–P90 %2–%3), %4.</translation>
    </message>
    <message>
        <source>Group room profit %1, displaced transient business %2, F&amp;B profit %3, meeting room profit %4.</source>
        <translation>Beneficio de las habitaciones del grupo %1, negocio transient desplazado %2, beneficio de alimentos y bebidas %3, beneficio de la sala de reuniones %4.</translation>
    </message>
    <message>
        <source>Use attrition terms %1 at %2</source>
        <translation>Usar condiciones de deserción del %1 al %2</translation>
    </message>
    <message>
        <source>The contract now asks for %1 performance with a %2 damages factor</source>
        <translation>El contrato exige ahora un cumplimiento del %1 con un factor de penalización del %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Read the outlook of %n night(s) from %1</source>
        <translation>
            <numerusform>Se leyó la previsión de %n noche de %1</numerusform>
            <numerusform>Se leyó la previsión de %n noches de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Hotel Outlook</source>
        <translation>Importar previsión del hotel</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Import Outlook</source>
        <translation>No se puede importar la previsión</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ScenarioComparisonModel</name>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>The contract has problems: correct them to compare scenarios</source>
        <translation>El contrato tiene problemas: corríjalos para comparar escenarios</translation>
    </message>
    <message>
        <source>cannot assess</source>
        <translation>no evaluable</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <source>Room attrition</source>
        <translation>Deserción de habitaciones</translation>
    </message>
    <message>
        <source>Food &amp; beverage</source>
        <translation>Alimentos y bebidas</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Sala de reuniones</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>Total adeudado</translation>
    </message>
    <message>
        <source>Deposits applied</source>
        <translation>Depósitos aplicados</translation>
    </message>
    <message>
        <source>Net due</source>
        <translation>Neto a pagar</translation>
    </message>
    <message>
        <source>Rebooking credits applied</source>
        <translation>Créditos por nueva reserva aplicados</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ScenarioCurvesChart</name>
    <message>
        <source>Pickup, % of the block</source>
        <translation>Pickup, % del bloque</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>Total adeudado</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ScenarioNightsModel</name>
    <message>
        <source>Resold</source>
        <translation>Revendidas</translation>
    </message>
    <message>
        <source>Resale rate</source>
        <translation>Tarifa de reventa</translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation>Editar escenario</translation>
    </message>
    <message>
        <source>Choose a scenario first</source>
        <translation>Elija primero un escenario</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Nada que pegar</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>The pasted cells do not fit in the table from here</source>
        <translation>Las celdas pegadas no caben en la tabla desde aquí</translation>
    </message>
    <message>
        <source>Paste into scenario</source>
        <translation>Pegar en el escenario</translation>
    </message>
    <message>
        <source>Clear scenario cells</source>
        <translation>Borrar celdas del escenario</translation>
    </message>
</context>
<context>
    <name>attrition::ui::ScenarioPanel</name>
    <message>
        <source>Actual F&amp;&amp;B spend</source>
        <translation>Consumo real de A&amp;&amp;B</translation>
    </message>
    <message>
        <source>Rooms the hotel resells</source>
        <translation>Habitaciones que revende el hotel</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nuevo escenario</translation>
    </message>
    <message>
        <source>Duplicate the scenario</source>
        <translation>Duplicar el escenario</translation>
    </message>
    <message>
        <source>Remove the scenario</source>
        <translation>Eliminar el escenario</translation>
    </message>
    <message>
        <source>A scenario changes the pickup, the F&amp;B spend, the resold rooms or the cancellation date, and shows what the group would owe. Add one with +.</source>
        <translation>Un escenario cambia el pickup, el consumo de alimentos y bebidas, las habitaciones revendidas o la fecha de cancelación, y muestra lo que debería el grupo. Añada uno con +.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>Tal como está registrado</translation>
    </message>
    <message>
        <source>A share of the block, every night</source>
        <translation>Una parte del bloque, cada noche</translation>
    </message>
    <message>
        <source>Per night and room type</source>
        <translation>Por noche y tipo de habitación</translation>
    </message>
    <message>
        <source>Pickup:</source>
        <translation>Pickup:</translation>
    </message>
    <message>
        <source>F&amp;B:</source>
        <translation>A&amp;&amp;B:</translation>
    </message>
    <message>
        <source>Resale:</source>
        <translation>Reventa:</translation>
    </message>
    <message>
        <source>As the contract says</source>
        <translation>Según el contrato</translation>
    </message>
    <message>
        <source>The group cancels on</source>
        <translation>El grupo cancela el</translation>
    </message>
    <message>
        <source>The group does not cancel</source>
        <translation>El grupo no cancela</translation>
    </message>
    <message>
        <source>Cancellation:</source>
        <translation>Cancelación:</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Damages owed against pickup</source>
        <translation>Penalización adeudada según el pickup</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Renombrar escenario</translation>
    </message>
    <message>
        <source>Change scenario pickup</source>
        <translation>Cambiar el pickup del escenario</translation>
    </message>
    <message>
        <source>Change scenario F&amp;B spend</source>
        <translation>Cambiar el consumo de A&amp;B del escenario</translation>
    </message>
    <message>
        <source>Change scenario resale</source>
        <translation>Cambiar la reventa del escenario</translation>
    </message>
    <message>
        <source>Change scenario cancellation</source>
        <translation>Cambiar la cancelación del escenario</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Duplicar escenario</translation>
    </message>
    <message>
        <source>Remove scenario</source>
        <translation>Eliminar escenario</translation>
    </message>
    <message>
        <source>%1 of the block rounds to %2 of %3 rooms on %4: %5 counted.</source>
        <translation>El %1 del bloque se redondea a %2 de %3 habitaciones el %4: se computa el %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) round to whole rooms.</source>
        <translation>
            <numerusform>%n noche se redondea a habitaciones enteras.</numerusform>
            <numerusform>%n noches se redondean a habitaciones enteras.</numerusform>
        </translation>
    </message>
    <message>
        <source>The engine counts whole rooms: each night and room type of the block is rounded half-up, so the pickup assessed can differ from the share set.</source>
        <translation>El motor cuenta habitaciones enteras: cada noche y tipo de habitación del bloque se redondea a la mitad hacia arriba, por lo que el pickup evaluado puede diferir del porcentaje fijado.</translation>
    </message>
    <message>
        <source>Add a grid of scenarios: one row per scenario (CSV, or cells copied from a spreadsheet)</source>
        <translation>Añadir una cuadrícula de escenarios: una fila por escenario (CSV, o celdas copiadas de una hoja de cálculo)</translation>
    </message>
    <message>
        <source>Import Grid…</source>
        <translation>Importar cuadrícula…</translation>
    </message>
    <message>
        <source>Paste Grid</source>
        <translation>Pegar cuadrícula</translation>
    </message>
    <message>
        <source>No contract is open.</source>
        <translation>No hay ningún contrato abierto.</translation>
    </message>
    <message>
        <source>The grid has no scenario: a first line naming the columns, then a line per scenario.</source>
        <translation>La cuadrícula no tiene ningún escenario: una primera línea con los nombres de las columnas y luego una línea por escenario.</translation>
    </message>
    <message numerus="yes">
        <source>The grid has %n scenario(s); with the %1 already here that is more than the %2 the window compares at once. attrition-cli assess --scenarios works out a grid of any size.</source>
        <translation>
            <numerusform>La cuadrícula tiene %n escenario; con los %1 que ya hay, son más de los %2 que la ventana compara a la vez. attrition-cli assess --scenarios calcula una cuadrícula de cualquier tamaño.</numerusform>
            <numerusform>La cuadrícula tiene %n escenarios; con los %1 que ya hay, son más de los %2 que la ventana compara a la vez. attrition-cli assess --scenarios calcula una cuadrícula de cualquier tamaño.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n scenario(s) of a grid</source>
        <translation>
            <numerusform>Añadir %n escenario de una cuadrícula</numerusform>
            <numerusform>Añadir %n escenarios de una cuadrícula</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Scenario Grid</source>
        <translation>Importar cuadrícula de escenarios</translation>
    </message>
    <message>
        <source>Scenario grids (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Cuadrículas de escenarios (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No scenario of %1 was added.</source>
        <translation>No se ha añadido ningún escenario de %1.</translation>
    </message>
    <message>
        <source>Paste Scenario Grid</source>
        <translation>Pegar cuadrícula de escenarios</translation>
    </message>
    <message>
        <source>No scenario of the grid on the clipboard was added.</source>
        <translation>No se ha añadido ningún escenario de la cuadrícula del portapapeles.</translation>
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
        <translation>Pickup por noche</translation>
    </message>
    <message>
        <source>F&amp;B spend %1</source>
        <translation>Consumo de alimentos y bebidas %1</translation>
    </message>
    <message>
        <source>Resold rooms</source>
        <translation>Habitaciones revendidas</translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation>Sin cancelación</translation>
    </message>
    <message>
        <source>Notice %1</source>
        <translation>Aviso %1</translation>
    </message>
    <message>
        <source>As contracted</source>
        <translation>Según contrato</translation>
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
        <translation>Tablas del editor</translation>
    </message>
    <message>
        <source>Keep the value and move down</source>
        <translation>Conservar el valor y bajar</translation>
    </message>
    <message>
        <source>Keep the value and move up</source>
        <translation>Conservar el valor y subir</translation>
    </message>
    <message>
        <source>Move across</source>
        <translation>Moverse en horizontal</translation>
    </message>
    <message>
        <source>Clear the selected cells</source>
        <translation>Borrar las celdas seleccionadas</translation>
    </message>
    <message>
        <source>Copy the selected cells</source>
        <translation>Copiar las celdas seleccionadas</translation>
    </message>
    <message>
        <source>Paste from a spreadsheet</source>
        <translation>Pegar desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>Change the cell</source>
        <translation>Modificar la celda</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>attrition::ui::TableSection</name>
    <message>
        <source>Add a row</source>
        <translation>Añadir una fila</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Eliminar las filas seleccionadas</translation>
    </message>
</context>
<context>
    <name>attrition::ui::UserGuideWindow</name>
    <message>
        <source>Attrition Desk User Guide</source>
        <translation>Guía del usuario de Attrition Desk</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Text in the guide</source>
        <translation>Texto en la guía</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Not found in the guide</source>
        <translation>No se encuentra en la guía</translation>
    </message>
</context>
</TS>
