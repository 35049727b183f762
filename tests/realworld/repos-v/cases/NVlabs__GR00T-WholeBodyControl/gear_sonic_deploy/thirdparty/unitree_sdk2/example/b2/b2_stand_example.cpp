stub: upstream file of 10533 bytes
