stub: upstream file of 3283 bytes
