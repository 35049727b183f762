stub: upstream file of 6123 bytes
