stub: upstream file of 16390 bytes
