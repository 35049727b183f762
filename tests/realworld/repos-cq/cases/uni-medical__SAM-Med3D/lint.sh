stub: upstream file of 123 bytes
