stub: upstream file of 11988 bytes
