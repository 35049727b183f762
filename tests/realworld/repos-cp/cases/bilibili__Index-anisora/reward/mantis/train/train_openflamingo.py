stub: upstream file of 14600 bytes
