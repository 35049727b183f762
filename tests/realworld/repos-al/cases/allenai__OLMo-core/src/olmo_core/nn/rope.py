stub: upstream file of 34332 bytes
