stub: upstream file of 19284 bytes
