# The field catalogue's labels marked for translation. lupdate reads the sources of ui/, not core/domain's
# field_catalogue.h, where the labels are written once (ATTRITION_CONTRACT_FIELDS). This writes, at configure
# time, a file that marks each label in the contexts that translate it, for lupdate to read; it is not compiled.
#
#   attrition_catalogue_marks(CATALOGUE OUTPUT)
#
# The editor's context gets the label and full label of every field it has an input for (the labels of its
# rows and check boxes, the names of its inputs), that is of every field but a list; the messages' context
# gets every full label. A change of the catalogue configures again.
function(attrition_catalogue_marks catalogue output)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${catalogue})
    file(READ ${catalogue} text)
    # One entry a line: the list's lines are continued with a backslash.
    string(REGEX REPLACE "[ ]*\\\\\n[ ]*" " " text "${text}")
    set(entry "X\\(([A-Za-z]+), +[A-Za-z.]+, +([A-Za-z]+), +[A-Za-z]+, +\"([^\"]*)\", +\"([^\"]*)\"\\)")
    string(REGEX MATCHALL "${entry}" entries "${text}")
    list(LENGTH entries count)
    if(count LESS 70)
        message(FATAL_ERROR "${catalogue}: found ${count} fields in ATTRITION_CONTRACT_FIELDS, expected them all")
    endif()
    set(editor "")
    set(messages "")
    foreach(e IN LISTS entries)
        string(REGEX MATCH "${entry}" _ "${e}")
        set(kind ${CMAKE_MATCH_2})
        set(label "${CMAKE_MATCH_3}")
        set(full "${CMAKE_MATCH_4}")
        # A list is edited in a table of its own words: the editor names no input by a list's labels.
        if(NOT kind STREQUAL "List")
            string(APPEND editor "    QT_TRANSLATE_NOOP(\"attrition::ui::ContractEditor\", \"${label}\"),\n")
            if(NOT full STREQUAL "")
                string(APPEND editor "    QT_TRANSLATE_NOOP(\"attrition::ui::ContractEditor\", \"${full}\"),\n")
            endif()
        endif()
        if(NOT full STREQUAL "")
            string(APPEND messages "    QT_TRANSLATE_NOOP(\"MessageText\", \"${full}\"),\n")
        endif()
    endforeach()
    file(CONFIGURE OUTPUT ${output} CONTENT
"// Made by cmake/CatalogueMarks.cmake from ATTRITION_CONTRACT_FIELDS (${count} fields), for lupdate only.
const char* const editorLabels[] = {
${editor}};
const char* const messageLabels[] = {
${messages}};
" @ONLY)
endfunction()
