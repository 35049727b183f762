stub: upstream file of 31107 bytes
