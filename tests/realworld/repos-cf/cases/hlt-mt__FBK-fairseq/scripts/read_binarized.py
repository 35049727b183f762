stub: upstream file of 1370 bytes
