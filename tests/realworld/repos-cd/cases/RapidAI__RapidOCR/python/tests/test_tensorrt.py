stub: upstream file of 10989 bytes
