stub: upstream file of 4303 bytes
