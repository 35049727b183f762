stub: upstream file of 25342 bytes
