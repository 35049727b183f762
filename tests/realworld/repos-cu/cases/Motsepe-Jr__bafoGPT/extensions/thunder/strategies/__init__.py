stub: upstream file of 90 bytes
