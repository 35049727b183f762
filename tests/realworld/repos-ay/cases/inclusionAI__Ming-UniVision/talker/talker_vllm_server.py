stub: upstream file of 11444 bytes
