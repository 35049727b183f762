stub: upstream file of 2057 bytes
