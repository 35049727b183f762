stub: upstream file of 10214 bytes
