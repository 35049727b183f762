stub: upstream file of 41377 bytes
