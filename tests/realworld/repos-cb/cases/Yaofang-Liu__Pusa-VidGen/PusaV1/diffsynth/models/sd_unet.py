stub: upstream file of 99140 bytes
