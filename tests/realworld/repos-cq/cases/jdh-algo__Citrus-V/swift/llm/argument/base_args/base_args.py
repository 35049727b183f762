stub: upstream file of 12948 bytes
