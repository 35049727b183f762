stub: upstream file of 11290 bytes
