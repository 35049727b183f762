stub: upstream file of 12432 bytes
