stub: upstream file of 48 bytes
