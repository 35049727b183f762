stub: upstream file of 13002 bytes
