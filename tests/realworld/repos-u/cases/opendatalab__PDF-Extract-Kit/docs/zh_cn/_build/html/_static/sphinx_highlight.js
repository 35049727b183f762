stub: upstream file of 5123 bytes
