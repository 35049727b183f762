stub: upstream file of 303 bytes
