stub: upstream file of 12300 bytes
