stub: upstream file of 13444 bytes
