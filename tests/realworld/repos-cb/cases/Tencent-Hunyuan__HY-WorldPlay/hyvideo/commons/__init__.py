stub: upstream file of 8122 bytes
