# One libFuzzer executable per *_fuzz.cpp (named after the file), linked
# against the instrumented library; `cmake --build ... --target concord_fuzz`
# builds them all. scripts/fuzz seeds and runs them.
file(GLOB_RECURSE CONCORD_FUZZ_SOURCES CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/common/*_fuzz.cpp ${PROJECT_SOURCE_DIR}/analysis/*_fuzz.cpp
     ${PROJECT_SOURCE_DIR}/indexer/*_fuzz.cpp ${PROJECT_SOURCE_DIR}/searcher/*_fuzz.cpp)
add_custom_target(concord_fuzz)
foreach(source ${CONCORD_FUZZ_SOURCES})
  get_filename_component(name ${source} NAME_WE)
  add_executable(${name} ${source})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR} ${XAPIAN_INCLUDE_DIR}
                             ${HTTPLIB_INCLUDE_DIR})
  target_link_libraries(${name} PRIVATE concord ${XAPIAN_LIBRARIES} ICU::uc ICU::i18n
                        nlohmann_json::nlohmann_json PkgConfig::HTTPLIB concord_warnings)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  add_dependencies(concord_fuzz ${name})
endforeach()
