stub: upstream file of 14355 bytes
