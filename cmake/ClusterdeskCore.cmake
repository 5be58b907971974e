# clusterdesk_add_core_library(<concern> [DEPS target...] [PRIVATE_DEPS target...])
# One static library per folder of the core: clusterdesk_<concern> from every .h/.cpp in the
# current folder, which is its include directory. DEPS are what its headers use (public);
# PRIVATE_DEPS what only its sources use. scripts/check-layering fails when a file includes a
# header of a target its own target does not declare.
function(clusterdesk_add_core_library concern)
    cmake_parse_arguments(ARG "" "" "DEPS;PRIVATE_DEPS" ${ARGN})
    file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
    add_library(clusterdesk_${concern} STATIC ${sources})
    target_include_directories(clusterdesk_${concern} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(clusterdesk_${concern} PUBLIC ${ARG_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
endfunction()
