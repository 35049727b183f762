stub: upstream file of 31303 bytes
