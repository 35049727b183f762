stub: upstream file of 34105 bytes
