stub: upstream file of 10260 bytes
