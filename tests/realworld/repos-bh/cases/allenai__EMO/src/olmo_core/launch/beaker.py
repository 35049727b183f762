stub: upstream file of 35968 bytes
