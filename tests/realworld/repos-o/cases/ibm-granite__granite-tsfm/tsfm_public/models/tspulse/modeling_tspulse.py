stub: upstream file of 155285 bytes
