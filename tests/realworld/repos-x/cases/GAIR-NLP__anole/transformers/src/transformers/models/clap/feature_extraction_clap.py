stub: upstream file of 18691 bytes
