stub: upstream file of 54586 bytes
