stub: upstream file of 22348 bytes
