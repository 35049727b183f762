stub: upstream file of 10236 bytes
