stub: upstream file of 15996 bytes
