stub: upstream file of 10398 bytes
