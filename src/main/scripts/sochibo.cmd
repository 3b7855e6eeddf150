@echo off
rem Sổ Chi bộ command line, run from the build folder (target\) with its libraries in lib\.
set "DIR=%~dp0"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -cp "%DIR%sochibo.jar;%DIR%lib\*" vn.sochibo.cli.SoChiBoCli %*
