stub: upstream file of 13948 bytes
