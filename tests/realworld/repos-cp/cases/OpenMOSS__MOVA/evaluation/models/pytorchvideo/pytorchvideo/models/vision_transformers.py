stub: upstream file of 21083 bytes
