stub: upstream file of 1024 bytes
