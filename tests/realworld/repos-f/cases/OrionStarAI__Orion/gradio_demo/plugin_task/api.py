stub: upstream file of 8444 bytes
