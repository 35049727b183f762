stub: upstream file of 18604 bytes
