stub: upstream file of 18444 bytes
