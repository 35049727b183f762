stub: upstream file of 12096 bytes
