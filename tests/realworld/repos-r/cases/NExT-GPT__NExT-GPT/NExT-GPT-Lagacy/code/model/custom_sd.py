stub: upstream file of 34206 bytes
