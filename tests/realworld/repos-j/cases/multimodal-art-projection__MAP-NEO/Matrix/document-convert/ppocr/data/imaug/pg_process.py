stub: upstream file of 41303 bytes
