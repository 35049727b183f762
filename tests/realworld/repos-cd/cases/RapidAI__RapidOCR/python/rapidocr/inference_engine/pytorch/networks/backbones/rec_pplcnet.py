stub: upstream file of 8901 bytes
