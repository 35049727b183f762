stub: upstream file of 262 bytes
