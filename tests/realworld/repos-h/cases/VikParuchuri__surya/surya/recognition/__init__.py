stub: upstream file of 35466 bytes
