stub: upstream file of 33354 bytes
