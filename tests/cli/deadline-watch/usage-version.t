@@ run
deadline-watch --version
@@ stdout
deadline-watch (caretools) 0.1.0
