stub: upstream file of 19314 bytes
