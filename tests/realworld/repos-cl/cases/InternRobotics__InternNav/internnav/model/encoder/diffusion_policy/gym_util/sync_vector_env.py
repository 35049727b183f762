stub: upstream file of 6459 bytes
