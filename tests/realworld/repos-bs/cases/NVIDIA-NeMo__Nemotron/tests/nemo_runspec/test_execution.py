stub: upstream file of 42691 bytes
