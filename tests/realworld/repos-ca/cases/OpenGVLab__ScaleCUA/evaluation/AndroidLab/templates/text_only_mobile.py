stub: upstream file of 32461 bytes
