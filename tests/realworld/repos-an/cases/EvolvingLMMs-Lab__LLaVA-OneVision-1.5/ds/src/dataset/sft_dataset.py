stub: upstream file of 11262 bytes
