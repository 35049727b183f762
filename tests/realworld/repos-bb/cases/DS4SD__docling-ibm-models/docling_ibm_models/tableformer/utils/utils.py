stub: upstream file of 10980 bytes
