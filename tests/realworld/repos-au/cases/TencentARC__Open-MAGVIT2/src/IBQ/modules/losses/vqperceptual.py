stub: upstream file of 16078 bytes
