stub: upstream file of 4433 bytes
