stub: upstream file of 36164 bytes
