stub: upstream file of 8054 bytes
