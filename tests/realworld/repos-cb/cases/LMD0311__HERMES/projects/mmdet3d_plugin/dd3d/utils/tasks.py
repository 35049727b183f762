stub: upstream file of 2474 bytes
