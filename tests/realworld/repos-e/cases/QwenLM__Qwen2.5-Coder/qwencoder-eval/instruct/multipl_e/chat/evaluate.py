stub: upstream file of 27261 bytes
