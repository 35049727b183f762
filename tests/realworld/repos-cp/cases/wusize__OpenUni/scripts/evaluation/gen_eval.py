stub: upstream file of 6290 bytes
