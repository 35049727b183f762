stub: upstream file of 15934 bytes
