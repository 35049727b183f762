stub: upstream file of 36510 bytes
