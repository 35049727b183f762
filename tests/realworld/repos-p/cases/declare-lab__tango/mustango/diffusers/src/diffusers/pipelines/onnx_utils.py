stub: upstream file of 8282 bytes
