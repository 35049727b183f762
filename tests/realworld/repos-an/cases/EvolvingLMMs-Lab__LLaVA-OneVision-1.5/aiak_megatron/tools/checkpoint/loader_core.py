stub: upstream file of 16444 bytes
