stub: upstream file of 50942 bytes
