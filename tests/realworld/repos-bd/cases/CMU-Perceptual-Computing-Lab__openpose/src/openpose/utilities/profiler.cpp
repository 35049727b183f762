stub: upstream file of 8273 bytes
