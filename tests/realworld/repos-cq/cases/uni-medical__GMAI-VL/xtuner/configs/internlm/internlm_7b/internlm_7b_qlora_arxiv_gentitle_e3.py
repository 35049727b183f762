stub: upstream file of 9383 bytes
