stub: upstream file of 1220 bytes
