stub: upstream file of 3230 bytes
