stub: upstream file of 14290 bytes
