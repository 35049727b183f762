stub: upstream file of 8480 bytes
