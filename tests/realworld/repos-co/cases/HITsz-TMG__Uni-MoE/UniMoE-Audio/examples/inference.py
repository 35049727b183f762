stub: upstream file of 7897 bytes
