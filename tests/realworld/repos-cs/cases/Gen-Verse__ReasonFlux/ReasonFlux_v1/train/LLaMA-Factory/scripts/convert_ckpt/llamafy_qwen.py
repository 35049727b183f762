stub: upstream file of 7517 bytes
