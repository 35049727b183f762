stub: upstream file of 2347 bytes
