stub: upstream file of 13506 bytes
