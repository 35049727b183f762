stub: upstream file of 16262 bytes
