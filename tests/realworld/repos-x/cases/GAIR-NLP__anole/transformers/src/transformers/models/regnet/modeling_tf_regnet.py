stub: upstream file of 24300 bytes
