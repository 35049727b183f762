stub: upstream file of 5247 bytes
