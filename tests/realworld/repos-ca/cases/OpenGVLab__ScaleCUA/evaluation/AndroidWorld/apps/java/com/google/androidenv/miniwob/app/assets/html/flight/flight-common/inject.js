stub: upstream file of 12115 bytes
