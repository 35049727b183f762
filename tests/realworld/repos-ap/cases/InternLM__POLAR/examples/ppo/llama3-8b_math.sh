stub: upstream file of 4466 bytes
