stub: upstream file of 39445 bytes
