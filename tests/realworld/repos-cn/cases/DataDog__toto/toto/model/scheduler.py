stub: upstream file of 2337 bytes
