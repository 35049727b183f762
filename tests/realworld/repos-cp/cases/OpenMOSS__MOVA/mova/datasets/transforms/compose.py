stub: upstream file of 2398 bytes
