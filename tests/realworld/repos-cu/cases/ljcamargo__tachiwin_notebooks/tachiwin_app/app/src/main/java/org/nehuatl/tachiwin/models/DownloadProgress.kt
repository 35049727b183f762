stub: upstream file of 300 bytes
