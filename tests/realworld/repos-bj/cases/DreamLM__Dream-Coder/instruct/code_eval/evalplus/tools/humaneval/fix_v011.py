stub: upstream file of 2236 bytes
