stub: upstream file of 32245 bytes
