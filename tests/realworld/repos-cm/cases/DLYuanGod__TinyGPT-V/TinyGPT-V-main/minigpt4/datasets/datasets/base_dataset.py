stub: upstream file of 2409 bytes
