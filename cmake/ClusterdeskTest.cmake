# One test executable per class: clusterdesk_add_test(tst_Foo LIBS lib...)
# builds tst_Foo.cpp from the current folder and registers it with ctest.
# LABELS: "unit" runs without servers, "cluster" starts real nodes and HAProxy.
function(clusterdesk_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "LIBS;LABELS;SOURCES" ${ARGN})
    add_executable(${name} ${name}.cpp ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;CLUSTERDESK_SOURCE_DIR=${PROJECT_SOURCE_DIR};CLUSTERDESK_NODE_BIN=$<TARGET_FILE:clusterdesk-node>;QT_LOGGING_RULES=qt.qpa.*=false")
endfunction()
