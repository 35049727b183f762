stub: upstream file of 14099 bytes
