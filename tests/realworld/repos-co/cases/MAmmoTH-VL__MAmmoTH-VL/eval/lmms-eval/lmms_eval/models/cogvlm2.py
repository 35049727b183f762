stub: upstream file of 10262 bytes
