stub: upstream file of 3236 bytes
