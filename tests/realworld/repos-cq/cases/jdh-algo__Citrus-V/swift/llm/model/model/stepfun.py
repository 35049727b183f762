stub: upstream file of 3095 bytes
