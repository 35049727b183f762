stub: upstream file of 4501 bytes
