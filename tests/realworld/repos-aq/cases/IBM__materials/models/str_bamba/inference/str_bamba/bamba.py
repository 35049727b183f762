stub: upstream file of 21470 bytes
