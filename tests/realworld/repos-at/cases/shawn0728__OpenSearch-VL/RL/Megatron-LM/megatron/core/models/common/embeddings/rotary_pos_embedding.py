stub: upstream file of 13520 bytes
