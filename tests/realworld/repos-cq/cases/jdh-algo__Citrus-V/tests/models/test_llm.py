stub: upstream file of 370 bytes
