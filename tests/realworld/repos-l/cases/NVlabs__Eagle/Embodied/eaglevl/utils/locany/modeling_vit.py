stub: upstream file of 21282 bytes
