stub: upstream file of 1130 bytes
