stub: upstream file of 19160 bytes
