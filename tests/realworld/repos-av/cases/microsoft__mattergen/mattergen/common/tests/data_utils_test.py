stub: upstream file of 18377 bytes
