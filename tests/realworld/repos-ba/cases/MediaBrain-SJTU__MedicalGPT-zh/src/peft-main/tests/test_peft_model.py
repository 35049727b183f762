stub: upstream file of 6444 bytes
