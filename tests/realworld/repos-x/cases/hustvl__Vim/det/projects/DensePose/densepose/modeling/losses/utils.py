stub: upstream file of 18137 bytes
