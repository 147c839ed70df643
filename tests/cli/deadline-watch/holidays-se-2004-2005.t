Annandag pingst until 2004; nationaldagen from 2005.
@@ run
deadline-watch --holidays se 2004 | grep -E 'pingst|nationaldag'; deadline-watch --holidays SE 2005 | grep -E 'pingst|nationaldag'
@@ stdout
2004-05-31,Annandag pingst
2005-06-06,Sveriges nationaldag
