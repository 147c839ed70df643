Denmark: store bededag until 2023 only; grundlovsdag is not a holiday.
@@ run
deadline-watch --holidays DK 2023; deadline-watch --holidays DK 2024
@@ stdout
date,name
2023-01-01,Nytårsdag
2023-04-06,Skærtorsdag
2023-04-07,Langfredag
2023-04-09,Påskedag
2023-04-10,2. påskedag
2023-05-05,Store bededag
2023-05-18,Kristi himmelfartsdag
2023-05-28,Pinsedag
2023-05-29,2. pinsedag
2023-12-25,1. juledag
2023-12-26,2. juledag
date,name
2024-01-01,Nytårsdag
2024-03-28,Skærtorsdag
2024-03-29,Langfredag
2024-03-31,Påskedag
2024-04-01,2. påskedag
2024-05-09,Kristi himmelfartsdag
2024-05-19,Pinsedag
2024-05-20,2. pinsedag
2024-12-25,1. juledag
2024-12-26,2. juledag
