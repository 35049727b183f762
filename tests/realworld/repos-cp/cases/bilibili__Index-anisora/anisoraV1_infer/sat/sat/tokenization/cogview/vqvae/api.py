stub: upstream file of 7691 bytes
