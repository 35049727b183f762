stub: upstream file of 29398 bytes
