stub: upstream file of 17262 bytes
