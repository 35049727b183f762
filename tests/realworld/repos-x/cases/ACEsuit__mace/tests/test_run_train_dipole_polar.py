stub: upstream file of 13980 bytes
