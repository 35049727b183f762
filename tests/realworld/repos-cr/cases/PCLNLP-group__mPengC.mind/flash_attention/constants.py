stub: upstream file of 517 bytes
