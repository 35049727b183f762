stub: upstream file of 2429 bytes
