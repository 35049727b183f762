stub: upstream file of 10164 bytes
